// The check questions' words load apart, after the page shows (src/data/texts.rs). A shared
// result shows its verdict and the review's sentences without them; when they fail to load,
// the folded question lists say why and offer Retry, and Retry brings the questions.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, newPage, layOutAllSections } from "./harness.mjs";
import { samShareCode } from "./own-result.mjs";

const site = useSite();

test("when the question texts fail to load, the result stays, the review says why, and Retry brings the questions", async () => {
  const code = await samShareCode(site.browser, site.root.url);
  // No service worker: it would answer the request before page.route() sees it.
  const page = await newPage(site.browser, { serviceWorkers: "block" });
  let fail = true;
  await page.route("**/question-texts.json", (route) => (fail ? route.abort() : route.continue()));
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
  assert.match(message, /question-texts\.json/);
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
