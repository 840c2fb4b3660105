// The quiz's saved answers in a real browser: answers and position survive a reload and a
// closed tab, Start over asks first and clears everything, and damaged answers or answers
// from an older catalog are explained without a crash.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, newPage, openBlankOnSite } from "./harness.mjs";
import { QUIZ_KEY } from "./personas.mjs";
import {
  FIRST_SKILL,
  SECOND_SKILL,
  openQuiz,
  overviewState,
  progress,
  stepHeading,
  stored,
  waitForStep,
} from "./quiz-page.mjs";

const site = useSite();

test("answers and position survive a reload and a closed tab", async () => {
  const page = await newPage(site.browser);
  await openQuiz(page, site.root.url);
  for (const [i, level] of [3, 1, 4, 0, 2].entries()) {
    await page.keyboard.press(String(level));
    await page.keyboard.press("Enter");
    await waitForStep(page, i + 2);
  }
  const where = await stepHeading(page);
  assert.equal(where, "Python");

  await page.reload();
  await page.locator("#quiz-step-heading").waitFor();
  assert.equal(await stepHeading(page), where);
  await page.getByRole("button", { name: "← Back" }).click();
  await waitForStep(page, 5);
  assert.ok(await page.getByRole("radio", { name: /^Level 2/ }).isChecked());

  // A new tab in the same browser profile, after closing this one.
  const context = page.context();
  const tab = await context.newPage();
  tab.errors = [];
  tab.on("console", (m) => m.type() === "error" && tab.errors.push(m.text()));
  await page.close();
  await tab.goto(`${site.root.url}/`);
  await tab.getByRole("link", { name: "Continue the quiz" }).click();
  await tab.locator("#quiz-step-heading").waitFor();
  assert.equal(await stepHeading(tab), "Debugging and testing");
  assert.ok(await tab.getByRole("radio", { name: /^Level 2/ }).isChecked());
  assert.equal(await overviewState(tab, FIRST_SKILL), "Level 3 — Intermediate");
  assert.equal(await overviewState(tab, "Git"), "Level 4 — Advanced");
  assert.deepEqual([...page.errors, ...tab.errors], []);
});

test("Start over asks first, then clears every answer", async () => {
  const page = await newPage(site.browser);
  await openQuiz(page, site.root.url);
  await page.keyboard.press("4");
  await page.keyboard.press("Enter");
  await waitForStep(page, 2);

  await page.getByRole("button", { name: "Start over" }).click();
  await page.getByRole("heading", { name: "Start over?" }).waitFor();
  // Focus is on the question; quiz shortcuts stay quiet inside it.
  await page.waitForFunction(() => document.activeElement?.textContent === "Start over?");
  await page.keyboard.press("Enter");
  await page.keyboard.press("5");
  assert.equal((await progress(page)).n, 2);
  assert.equal(await page.getByRole("radio", { checked: true }).count(), 0);
  await page.getByRole("button", { name: "Cancel" }).click();
  assert.equal(await stepHeading(page), SECOND_SKILL);
  assert.equal((await stored(page)).answers.ratings.coding, 4);

  await page.getByRole("button", { name: "Start over" }).click();
  await page.getByRole("button", { name: "Yes, clear my answers" }).click();
  await waitForStep(page, 1);
  assert.equal(await stepHeading(page), FIRST_SKILL);
  await page.getByText("Your answers were cleared.").waitFor();
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), QUIZ_KEY), null);
  assert.equal(await overviewState(page, FIRST_SKILL), "Unanswered");
  assert.equal(await page.getByRole("radio", { checked: true }).count(), 0);

  await page.goto(`${site.root.url}/`);
  await page.getByRole("link", { name: "Start the quiz" }).waitFor();
  assert.deepEqual(page.errors, []);
});

test("damaged saved answers: a notice once, a fresh quiz, no crash", async () => {
  const page = await newPage(site.browser);
  await openBlankOnSite(page, site.root.url); // to store answers before the app starts
  await page.evaluate((key) => localStorage.setItem(key, "{ this is not json"), QUIZ_KEY);
  await openQuiz(page, site.root.url);
  const notice = page.getByText("We couldn't read your saved answers");
  await notice.waitFor();
  assert.equal(await stepHeading(page), FIRST_SKILL);
  await page.getByRole("button", { name: "OK, dismiss" }).click();
  assert.equal(await notice.count(), 0);

  await page.reload();
  await page.locator("#quiz-step-heading").waitFor();
  assert.equal(await notice.count(), 0, "the notice is shown only once");
  assert.deepEqual(page.errors, []);
});

test("answers from an older catalog: what still fits is kept, the rest explained", async () => {
  const page = await newPage(site.browser);
  await openBlankOnSite(page, site.root.url); // to store answers before the app starts
  const old = {
    format: 1,
    data_version: 1,
    answers: { ratings: { cobol: 3, sql: 1, git: 9 }, checks: {} },
    position: { skill: "cobol" },
  };
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [QUIZ_KEY, JSON.stringify(old)]);
  await openQuiz(page, site.root.url);
  await page.getByText("removed answers that no longer fit: 2 skill ratings").waitFor();
  assert.equal(await stepHeading(page), FIRST_SKILL, "a lost position resumes at the first unanswered skill");
  assert.equal(await overviewState(page, "SQL"), "Level 1 — Beginner");
  assert.equal(await overviewState(page, "Git"), "Unanswered");
  assert.deepEqual(page.errors, []);
});
