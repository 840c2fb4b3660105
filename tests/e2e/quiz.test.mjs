// The quiz in a real browser: a whole run by keyboard only (real key presses: Tab, the
// radio group's own arrow keys), under a sub-path, and a 320 px wide screen. Saved answers
// (resume, start over, damaged, older): quiz-saved.test.mjs. The quiz view's behaviour on
// its own (a run by mouse, Skip versus level 0, focus and announcements, Finish with
// unanswered skills): tests/ui/quiz.rs, in seconds.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, newPage, heading } from "./harness.mjs";
import { QUIZ_KEY, question } from "./personas.mjs";
import {
  FIRST_SKILL,
  SECOND_SKILL,
  openQuiz,
  stepHeading,
  stepState,
  stored,
  waitForStep,
} from "./quiz-page.mjs";

const site = useSite({ sub: true });

/** Waits until focus is on the step heading (it moves there after each step change). */
function waitForHeadingFocus(page) {
  return page.waitForFunction(() => document.activeElement?.id === "quiz-step-heading");
}

function isCheck(headingText) {
  return headingText.startsWith("Check question:");
}

/** Presses Tab until the focused element's text is `label` (at most 60 presses). */
async function tabTo(page, label) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    const text = await page.evaluate(() => document.activeElement?.textContent.trim());
    if (text === label) return;
  }
  throw new Error(`Tab never reached "${label}"`);
}

async function expectResultsPage(page) {
  await page.waitForURL(/\/results$/);
  assert.equal(await heading(page), "Your results");
}

test("the whole quiz by keyboard only, with check questions, then the results", async () => {
  const page = await newPage(site.browser);
  await openQuiz(page, site.root.url);
  assert.equal(await stepHeading(page), FIRST_SKILL);

  // Step 1: a number key picks the level, Enter moves on.
  await page.keyboard.press("2");
  assert.ok(await page.getByRole("radio", { name: /^Level 2/ }).isChecked());
  await page.keyboard.press("Enter");
  await waitForStep(page, 2);
  await waitForHeadingFocus(page);

  // Step 2: Tab into the radio group; arrow keys there move between levels (native
  // radio behaviour), not between questions.
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.type), "radio");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowRight");
  assert.equal(await stepHeading(page), SECOND_SKILL);
  assert.ok(await page.getByRole("radio", { name: /^Level 2/ }).isChecked());
  await page.keyboard.press("Enter"); // Enter on a radio goes on
  await waitForStep(page, 3);

  // ← goes back with the answer kept, → comes forward again.
  await waitForHeadingFocus(page);
  await page.keyboard.press("ArrowLeft");
  await waitForStep(page, 2);
  assert.ok(await page.getByRole("radio", { name: /^Level 2/ }).isChecked());
  await page.keyboard.press("ArrowRight");
  await waitForStep(page, 3);

  // The rest: a level per skill (a mix, so some skills bring check questions), and
  // the first choice on every check question.
  const levels = [3, 0, 1, 4, 2, 5];
  let checks = 0;
  for (let guard = 0; guard < 120; guard++) {
    const { n, title } = await stepState(page);
    if (isCheck(title)) {
      checks++;
      await page.keyboard.press("1");
    } else {
      await page.keyboard.press(String(levels[n % levels.length]));
    }
    // After the pick (a rating may add check questions to the road).
    const { total, firstChecked } = await stepState(page);
    if (isCheck(title)) assert.ok(firstChecked);
    if (n === total) break;
    await page.keyboard.press(n % 2 ? "Enter" : "ArrowRight");
    await waitForStep(page, n + 1);
  }
  assert.ok(checks > 0, "some ratings of 2 or more bring check questions");
  // The last step is a check question: the pick is saved at once; Enter has nowhere to go.
  await page.getByText("Your answer is saved.").waitFor();
  await page.keyboard.press("Enter");

  const saved = await stored(page);
  assert.equal(Object.keys(saved.answers.ratings).length, 22);
  assert.equal(Object.keys(saved.answers.checks).length, checks);
  assert.equal(saved.answers.ratings.coding, 2);
  assert.equal(saved.answers.ratings["software-engineering"], 2);

  await tabTo(page, "Finish and see results");
  await page.keyboard.press("Enter");
  await expectResultsPage(page);
  assert.equal((await stored(page)).finished, true);
  assert.deepEqual(page.errors, []);
});

test("under a sub-path, Finish leads to the results under it", async () => {
  const page = await newPage(site.browser);
  await page.goto(`${site.sub.url}/sub/quiz`);
  await page.locator("#quiz-step-heading").waitFor();
  await page.getByRole("button", { name: "Finish and see results" }).click();
  await page.getByRole("button", { name: "Show my results anyway" }).click();
  await page.waitForURL(`${site.sub.url}/sub/results`);
  assert.equal(await heading(page), "Your results");
  assert.deepEqual(page.errors, []);
});

test("a 320 px wide phone screen has no sideways scrolling", async () => {
  const page = await newPage(site.browser);
  await page.setViewportSize({ width: 320, height: 640 });
  const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= 320);
  await page.goto(`${site.root.url}/`);
  await heading(page);
  assert.ok(await fits(), "landing");

  // A check question (long code prompts) and the open overview.
  const atCheck = {
    format: 1,
    data_version: 2,
    answers: { ratings: { coding: 3 }, checks: {} },
    position: { check: question("coding", 3, 3) },
  };
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [QUIZ_KEY, JSON.stringify(atCheck)]);
  await openQuiz(page, site.root.url);
  assert.ok(isCheck(await stepHeading(page)));
  await page.locator("details.quiz-overview summary").click();
  assert.ok(await fits(), "check question and overview");
  await page.getByRole("button", { name: /^Coding/ }).click();
  await waitForStep(page, 1);
  assert.ok(await fits(), "skill step");
  assert.deepEqual(page.errors, []);
});
