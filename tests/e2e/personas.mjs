// Stored answer sets for browser tests and the benchmark, in the stored quiz format of
// src/core/storage.rs (localStorage key "skillcheck.quiz"): Sam (docs/scoring.md), and a
// mentee, their mentor and a beginner for the share tests.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./harness.mjs";

export const QUIZ_KEY = "skillcheck.quiz";

/** A finished quiz in core::storage's format 1. */
export function storedQuiz(ratings, checks = {}, position = { skill: "coding" }) {
  const answers = { ratings, checks };
  return JSON.stringify({ format: 1, data_version: 2, answers, position, finished: true });
}

const questions = JSON.parse(
  readFileSync(join(ROOT, "public", "data", "questions.json"), "utf8"),
).questions.filter((q) => q.until === undefined);

const texts = JSON.parse(
  readFileSync(join(ROOT, "public", "data", "question-texts.json"), "utf8"),
).questions;

/** The words of question `id` (question-texts.json): its prompt, choices and answer. */
export function words(id) {
  const found = texts.find((q) => q.id === id);
  assert.ok(found, `no words for question ${id}`);
  return found;
}

/** The id of the question asked on `skill` rated `rated`, at `level`: the level's questions
 * take turns by `rated - level` (as `question_at` in src/core/checks/mod.rs; the results
 * tests fail if the two differ, since the outcomes would then be set aside). */
export function question(skill, rated, level) {
  const atLevel = questions.filter((q) => q.skill === skill && q.level === level);
  assert.ok(atLevel.length, `no ${skill} question at level ${level}`);
  return atLevel[(rated - level) % atLevel.length].id;
}

/** The check outcomes of `skill` rated `rated`, answered in turn with `outcomes`: each miss
 * asks the next level down (the adaptive checks). */
export function checked(skill, rated, outcomes) {
  return Object.fromEntries(outcomes.map((outcome, i) => [question(skill, rated, rated - i), outcome]));
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
  for (const [skill, outcomes] of [
    ["python", ["wrong", "right"]], ["coding", ["right"]], ["sql", ["right"]],
    ["rest-apis", ["skipped"]], ["git", ["right"]], ["debugging-testing", ["wrong"]],
    ["web-development", ["right"]], ["html-css", ["right"]], ["developer-tools", ["right"]],
    ["problem-solving", ["right"]], ["communication", ["right"]], ["organisation", ["right"]],
  ]) {
    Object.assign(checks, checked(skill, ratings[skill], outcomes));
  }
  return storedQuiz(ratings, checks, { skill: "organisation" });
}

// A career switcher: python rated 4 but its level-4 check wrong and the level-3 one right
// (trusted 3), some skills skipped, most not reached.
export const MENTEE = storedQuiz(
  { coding: 2, git: 2, python: 4, sql: 3, "html-css": 1, javascript: "skipped", communication: 3 },
  {
    ...checked("coding", 2, ["right"]), ...checked("git", 2, ["right"]),
    ...checked("python", 4, ["wrong", "right"]), ...checked("sql", 3, ["right"]),
  },
);
// Their mentor: strong across the board.
export const MENTOR = storedQuiz(
  {
    coding: 5, "software-engineering": 4, git: 5, "developer-tools": 4, "debugging-testing": 4,
    python: 5, java: 3, sql: 5, "web-development": 4, "rest-apis": 5, "cloud-infrastructure": 3,
    automation: 4, security: 3, optimisation: 4, communication: 5, "problem-solving": 5,
    organisation: 4, javascript: 2, nodejs: 1, "html-css": 3, "ruby-rails": 0, "php-mysql": "skipped",
  },
  { ...checked("python", 5, ["right"]), ...checked("sql", 5, ["right"]) },
);

// Every skill at level 0: the longest result (every role lists every skill as a gap).
export const BEGINNER = storedQuiz(
  Object.fromEntries(
    [
      "coding", "software-engineering", "git", "developer-tools", "debugging-testing", "python",
      "java", "ruby-rails", "php-mysql", "javascript", "nodejs", "sql", "web-development",
      "html-css", "rest-apis", "cloud-infrastructure", "automation", "security", "optimisation",
      "communication", "problem-solving", "organisation",
    ].map((id) => [id, 0]),
  ),
);
