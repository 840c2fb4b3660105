// The adaptive checks in the browser: a person who rates Node.js 5 and misses the level-5
// question is asked a level-4 one next, and the results say what happened and the level
// that counts.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, newPage, openBlankOnSite } from "./harness.mjs";
import { QUIZ_KEY, question, storedQuiz, words } from "./personas.mjs";
import { openQuiz, stepHeading } from "./quiz-page.mjs";

const site = useSite();
/** The prompt as the page shows it: inline code loses its backticks. */
const shown = (q) => q.prompt.replaceAll("`", "");

test("Node.js 5 with the level-5 question missed: the level-4 one comes next, and the results explain", async () => {
  const page = await newPage(site.browser);
  await openBlankOnSite(page, site.root.url); // to store answers before the app starts
  const five = words(question("nodejs", 5, 5));
  const four = words(question("nodejs", 5, 4));
  const quiz = JSON.parse(storedQuiz({ nodejs: 5 }, {}, { check: five.id }));
  quiz.finished = false;
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [QUIZ_KEY, JSON.stringify(quiz)]);
  await openQuiz(page, site.root.url);
  assert.equal(await stepHeading(page), "Check question: Node.js");
  const legend = page.locator(".quiz-choices legend");
  assert.equal((await legend.textContent()).trim(), shown(five));

  // A wrong choice, then Next: the level-4 question, not the end of the quiz.
  await page.getByRole("radio").nth((five.answer + 1) % five.choices.length).click();
  await page.getByRole("button", { name: /^Next/ }).click();
  await page.waitForFunction((text) => document.querySelector(".quiz-choices legend")?.textContent.trim() === text, shown(four));
  assert.equal(await stepHeading(page), "Check question: Node.js");

  // Right this time: no level-3 question follows, so Finish is the way on.
  await page.getByRole("radio").nth(four.answer).click();
  const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)), QUIZ_KEY);
  assert.deepEqual(saved.answers.checks, { [five.id]: "wrong", [four.id]: "right" });
  await page.getByRole("button", { name: /^Finish/ }).first().click();
  const showAnyway = page.getByRole("button", { name: "Show my results anyway" });
  await Promise.race([showAnyway.waitFor(), page.waitForURL(/\/results/)]);
  if (await showAnyway.isVisible()) await showAnyway.click();
  await page.waitForURL(/\/results/);
  await page
    .getByText("You rated Node.js 5: the level-5 question was missed and the level-4 one answered right, so we count it at 4.")
    .first()
    .waitFor({ state: "attached" });
  assert.deepEqual(page.errors, []);
});
