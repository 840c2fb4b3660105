// Stored answer sets for browser tests and the benchmark, in the stored quiz format of
// src/core/storage.rs (localStorage key "skillcheck.quiz").
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, newPage } from "./harness.mjs";

export const QUIZ_KEY = "skillcheck.quiz";

const questions = JSON.parse(
  readFileSync(join(ROOT, "public", "data", "questions.json"), "utf8"),
).questions;

/** The id of the question on `skill` at `level` (the one the quiz asks for that rating). */
function question(skill, level) {
  const q = questions.find((q) => q.skill === skill && q.level === level);
  assert.ok(q, `no ${skill} question at level ${level}`);
  return q.id;
}

/** Sam's answers (docs/scoring.md) in the stored quiz format of src/core/storage.rs. */
export function samStored() {
  const ratings = {
    coding: 3, "software-engineering": 1, git: 2, "developer-tools": 2, "debugging-testing": 2,
    python: 3, java: 0, "ruby-rails": 0, "php-mysql": 0, javascript: 1, nodejs: 0, sql: 3,
    "web-development": 2, "html-css": 2, "rest-apis": 2, "cloud-infrastructure": 1,
    automation: "skipped", security: 1, optimisation: 1, communication: 3,
    "problem-solving": 3, organisation: 2,
  };
  const checks = {};
  for (const [skill, level, outcome] of [
    ["python", 3, "wrong"], ["coding", 3, "right"], ["sql", 3, "right"],
    ["rest-apis", 2, "skipped"], ["git", 2, "right"], ["debugging-testing", 2, "wrong"],
    ["web-development", 2, "right"], ["html-css", 2, "right"], ["developer-tools", 2, "right"],
  ]) {
    checks[question(skill, level)] = outcome;
  }
  return JSON.stringify({
    format: 1,
    data_version: 1,
    answers: { ratings, checks },
    position: { skill: "organisation" },
    finished: true,
  });
}

/** The share link's fragment (`#CODE`) for Sam's answers, as the app at `siteUrl` shows it. */
export async function samShareCode(browser, siteUrl) {
  const page = await newPage(browser);
  await page.goto(`${siteUrl}/`);
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [QUIZ_KEY, samStored()]);
  await page.goto(`${siteUrl}/results`);
  await page.waitForFunction(() => document.querySelector("#share-link")?.value.includes("#"));
  const link = await page.locator("#share-link").inputValue();
  await page.context().close();
  return link.slice(link.indexOf("#"));
}
