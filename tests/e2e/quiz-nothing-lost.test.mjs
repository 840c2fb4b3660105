// Nothing a person enters is lost, by mouse: a check answer picked and left by reload,
// Back or a jump; Finish during the checks says which questions are left; two tabs never
// overwrite each other's answers; answers saved by a newer version are kept; a browser
// that refuses to save keeps them for the tab, and says so. Re-rating
// 3 → 2 → 3 and Skip on a rated skill (asks first, sets the check answer aside):
// tests/ui/quiz_checks.rs and tests/ui/quiz.rs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, useTab, newTab, newPage, heading } from "./harness.mjs";
import { question, storedQuiz, words } from "./personas.mjs";
import { storeAnswers, storedAnswers } from "./own-result.mjs";
import { FIRST_SKILL, openQuiz, stepHeading, stored, waitForStep } from "./quiz-page.mjs";

const site = useSite();
// One tab for every test, its storage emptied as each starts (as a fresh profile's).
const tab = useTab(site);
/** The question a Coding rating of 3 asks first. */
const CODING_3 = question("coding", 3, 3);
/** The question a Coding rating of 4 asks first, with its answer. */
const CODING_4 = words(question("coding", 4, 4));

/** Opens the quiz with Coding rated 3 and positioned on its first check question. */
async function atCodingCheck(page) {
  const quiz = JSON.parse(storedQuiz({ coding: 3 }, {}, { check: CODING_3 }));
  quiz.finished = false;
  await storeAnswers(page, site.root.url, JSON.stringify(quiz));
  await openQuiz(page, site.root.url);
  assert.match(await stepHeading(page), /^Check question: Coding/);
}

test("a picked check answer survives a reload, Back and a jump, and shows again", async () => {
  const page = tab.page;
  await atCodingCheck(page);
  await page.getByRole("radio").nth(2).click();
  await page.reload();
  await page.locator("#quiz-step-heading").waitFor();
  assert.ok(await page.getByRole("radio").nth(2).isChecked(), "the pick is shown after a reload");
  assert.ok((await stored(page)).answers.checks[CODING_3]);

  await page.getByRole("radio").nth(0).click();
  await page.getByRole("button", { name: "← Back" }).click();
  await page.waitForFunction(() => !document.querySelector("#quiz-step-heading").textContent.startsWith("Check"));
  assert.equal((await stored(page)).choices[CODING_3], 0, "Back keeps the pick");

  // The overview lists the check question, so a jump comes back to it.
  await page.locator("details.quiz-overview summary").click();
  await page.getByRole("button", { name: /^Check question: Coding/ }).click();
  await page.waitForFunction(() => document.querySelector("#quiz-step-heading").textContent.startsWith("Check"));
  assert.ok(await page.getByRole("radio").nth(0).isChecked());
  await page.getByText("Your answer is saved.").waitFor();
  assert.deepEqual(page.errors, []);
});

test("Finish during the checks names the unanswered check questions and goes to them", async () => {
  const page = tab.page;
  const ratings = Object.fromEntries(
    ["coding", "software-engineering", "python", "sql"].map((id) => [id, 4]),
  );
  const quiz = JSON.parse(storedQuiz(ratings, {}, { skill: "coding" }));
  quiz.finished = false;
  await storeAnswers(page, site.root.url, JSON.stringify(quiz));
  await openQuiz(page, site.root.url);
  // Jump from the overview to the first check question and miss it: Coding's level-3
  // question opens, and is left unanswered like the other three skills' questions.
  await page.locator("details.quiz-overview summary").click();
  await page.getByRole("button", { name: /^Check question: Coding/ }).first().click();
  await page.getByRole("radio").nth((CODING_4.answer + 1) % CODING_4.choices.length).click();
  await page.getByRole("button", { name: "Finish and see results" }).click();
  const panel = page.locator(".quiz-finish-panel h2");
  await panel.waitFor();
  assert.match(await panel.textContent(), /skills and 4 check questions are still unanswered/);
  assert.match(await page.locator(".quiz-finish-panel").textContent(), /Check questions on: Coding/);
  await page.getByRole("button", { name: "Show my results anyway" }).click();
  await page.waitForURL(/\/results$/);
  await page.getByText("You rated Python 4: the level-4 question was not answered, so we count it at 4.").waitFor({ state: "attached" });
  await page
    .getByText("You rated Coding (general programming) 4: the level-4 question was missed and the level-3 one not answered, so we count it at 3.")
    .waitFor({ state: "attached" });
  assert.deepEqual(page.errors, []);
});

test("two tabs never lose each other's answers", async () => {
  const tabA = tab.page;
  await storeAnswers(tabA, site.root.url, null);
  await openQuiz(tabA, site.root.url);
  const tabB = await newTab(tabA);
  await openQuiz(tabB, site.root.url);

  // Tab A rates every skill by mouse; tab B has not seen any of it. The tab in front is the
  // one clicked (a background tab gets no animation frames, which made each click wait).
  await tabA.bringToFront();
  for (let n = 1; n <= 22; n++) {
    await tabA.locator(".quiz-step").getByText("Level 1 —").click();
    if (n < 22) {
      await tabA.getByRole("button", { name: "Next →" }).click();
      await waitForStep(tabA, n + 1);
    }
  }
  assert.equal(Object.keys((await stored(tabA)).answers.ratings).length, 22);

  // Tab B says what changed and keeps it when it writes.
  await tabB.bringToFront();
  await tabB.getByText("This quiz is also open in another tab.").waitFor();
  await tabB.getByRole("button", { name: "Next →" }).click();
  await waitForStep(tabB, 2);
  await tabB.locator(".quiz-step").getByText("Level 4 —").click();
  const saved = await stored(tabB);
  assert.equal(Object.keys(saved.answers.ratings).length, 22, "tab B kept tab A's ratings");
  assert.equal(saved.answers.ratings["software-engineering"], 4, "and added its own");

  // Tab A's results show both tabs' answers.
  await tabA.bringToFront();
  await tabA.goto(`${site.root.url}/results`);
  assert.equal(await heading(tabA), "Your results");
  assert.equal(await tabA.getByRole("heading", { name: "No answers yet" }).count(), 0);
  assert.equal((await stored(tabA)).answers.ratings["software-engineering"], 4);
  assert.deepEqual([...tabA.errors, ...tabB.errors], []);
  await tabB.close();
});

test("answers saved by a newer version are kept, with a way to reload", async () => {
  const page = tab.page;
  const newer = JSON.stringify({ format: 2, answers: { something: "new" } });
  await storeAnswers(page, site.root.url, newer);
  for (const path of ["/quiz", "/results"]) {
    await page.goto(`${site.root.url}${path}`);
    await page.getByRole("button", { name: "Reload the page" }).waitFor();
    assert.equal(await storedAnswers(page), newer, path);
  }
  await page.goto(`${site.root.url}/quiz`);
  await page.getByText("Your answers were saved by a newer version").waitFor();
  assert.equal(await page.locator("#quiz-step-heading").count(), 0, "no quiz to answer into the void");
  // Start over is the person's own choice: then the quiz starts.
  await page.getByRole("button", { name: "Start over" }).click();
  await page.getByRole("button", { name: "Yes, clear my answers" }).click();
  await page.locator("#quiz-step-heading").waitFor();
  assert.equal(await stepHeading(page), FIRST_SKILL);
  assert.deepEqual(page.errors, []);
});

test("a browser that refuses to save: the answers stay for the tab across pages, and it says so", async () => {
  const page = await newPage(site.browser);
  // Private browsing with no storage, or full storage: every write throws.
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException("full", "QuotaExceededError");
    };
  });
  await page.goto(`${site.root.url}/quick`);
  await page.getByRole("group", { name: "SQL", exact: true }).getByRole("radio", { name: "3 Intermediate" }).check();
  await page.getByRole("group", { name: "Python", exact: true }).getByRole("radio", { name: "4 Advanced" }).check();
  const warning = /isn't letting the app save your answers.*kept while this tab stays open, but lost if you close or reload it/s;
  await page.getByText(warning).first().waitFor();
  // To the results (the app's own navigation): the answers are there, not "No answers yet".
  await page.getByRole("button", { name: "See your results" }).click();
  await page.waitForURL(/\/results$/);
  await page.locator(".answer-counts").waitFor();
  assert.match(await page.locator(".answer-counts").textContent(), /rated 2 of \d+ skills/);
  // ...and back: the ratings are still picked.
  await page.goBack();
  const sql = page.getByRole("group", { name: "SQL", exact: true }).getByRole("radio", { name: "3 Intermediate" });
  await sql.waitFor();
  assert.ok(await sql.isChecked());
  assert.equal(await page.evaluate(() => localStorage.length), 0, "nothing was stored");
  // An imported file is kept for the tab too, and shown, with the same warning.
  await page.goto(`${site.root.url}/results`);
  await page.getByText("No answers yet").waitFor();
  await page.getByLabel("Import answers from a file").setInputFiles({
    name: "answers.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ app: "skillcheck", format: 1, data_version: 2, answers: { ratings: { sql: { level: 2 } }, checks: {} } })),
  });
  await page.getByText(/Answers imported for 1 skill.*kept while this tab stays open/s).waitFor();
  assert.match(await page.locator(".answer-counts").textContent(), /rated 1 of \d+ skills/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
