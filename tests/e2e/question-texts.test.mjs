// The check questions' words load apart, by skill, after the page shows and only where
// shown (src/data/texts.rs): in the quiz as a rating brings a check question, in the
// results' review as a folded list of questions opens. A shared result shows its verdict
// and the review's sentences without them; when they fail to load, the list says why and
// offers Retry, and Retry brings the questions.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, newPage, layOutAllSections } from "./harness.mjs";
import { samShareCode } from "./own-result.mjs";
import { openQuiz, FIRST_SKILL } from "./quiz-page.mjs";

const site = useSite();
/** The question-text files the page has downloaded so far, by name. */
const textFiles = (page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .map((e) => new URL(e.name).pathname)
      .filter((path) => path.includes("question-texts"))
      .map((path) => path.replace("/data/", "")),
  );

test("the quiz loads a skill's question words once a rating brings a check of it, and no other skill's", async () => {
  const page = await newPage(site.browser, { serviceWorkers: "block" });
  await openQuiz(page, site.root.url);
  await page.getByRole("heading", { name: FIRST_SKILL }).waitFor();
  await page.locator("footer").getByText(/as of/).waitFor();
  await page.waitForLoadState("networkidle");
  assert.deepEqual(await textFiles(page), [], "no words before a rating brings a check");
  // Level 3 of the first skill (coding) brings its level-3 check question.
  await page.getByRole("radio", { name: /^Level 3/ }).check();
  await page.waitForFunction(() =>
    performance.getEntriesByType("resource").some((e) => e.name.endsWith("/data/question-texts-coding.json")),
  );
  await page.getByRole("button", { name: "Next →" }).click();
  await page.getByRole("heading", { name: "Software Engineering" }).waitFor();
  assert.deepEqual(await textFiles(page), ["question-texts-coding.json"]);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("a shared result loads no question words until a list of questions opens, then that list's skill's", async () => {
  const code = await samShareCode(site.browser, site.root.url);
  const page = await newPage(site.browser, { serviceWorkers: "block" });
  await page.goto(`${site.root.url}/results${code}`);
  await page.locator("p.verdict").waitFor();
  const review = page.locator(".calibration-review");
  await review.locator(".sentence").first().waitFor();
  await layOutAllSections(page);
  await page.waitForLoadState("networkidle");
  // The review's sentences need no question words.
  assert.deepEqual(await textFiles(page), []);
  await review.locator("details.missed-checks > summary").first().click();
  await review.locator(".check-prompt").first().waitFor();
  const files = await textFiles(page);
  assert.equal(files.length, 1, files.join(", "));
  assert.match(files[0], /^question-texts-[a-z-]+\.json$/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("when the question texts fail to load, the result stays, the review says why, and Retry brings the questions", async () => {
  const code = await samShareCode(site.browser, site.root.url);
  // No service worker: it would answer the request before page.route() sees it.
  const page = await newPage(site.browser, { serviceWorkers: "block" });
  let fail = true;
  await page.route("**/question-texts-*.json", (route) => (fail ? route.abort() : route.continue()));
  await page.goto(`${site.root.url}/results${code}`);
  await page.locator("p.verdict").waitFor();
  const review = page.locator(".calibration-review");
  await review.locator(".sentence").first().waitFor();
  await layOutAllSections(page);

  await review.locator("details.missed-checks > summary").first().click();
  const alert = review.getByRole("alert").first();
  await alert.waitFor();
  const message = (await alert.textContent()).replace(/\s+/g, " ");
  assert.match(message, /The check questions didn't load\./);
  assert.match(message, /question-texts-[a-z-]+\.json/);
  assert.match(message, /Check your internet connection/);
  assert.equal(await review.locator(".check-prompt").count(), 0);

  fail = false;
  await alert.getByRole("button", { name: "Retry" }).click();
  await review.locator(".check-prompt").first().waitFor();
  assert.equal(await review.getByRole("alert").count(), 0, "every list has its questions again");
  assert.ok((await review.locator(".explanation").count()) > 0);
  // Sam's checks are all still asked: the retired questions' words never load.
  const retired = await page.evaluate(() =>
    performance.getEntriesByType("resource").filter((e) => e.name.includes("retired-question-texts")).length,
  );
  assert.equal(retired, 0);
  await page.context().close();
});
