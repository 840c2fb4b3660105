// Page changes and returning people: after Finish, a role link or any route change, focus
// lands on the new page's heading and a live region names the page; a person with a
// finished result finds "Your results" on the landing page and in the header (an unfinished
// quiz keeps "Continue the quiz"), in the static first paint as in the app; Back returns to
// where the page was left.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, newPage, heading } from "./harness.mjs";
import { QUIZ_KEY, samStored } from "./personas.mjs";
import { openQuiz } from "./quiz-page.mjs";

const site = useSite();

/** Waits until focus is on the page's h1 with this text; returns the live region's text. */
async function focusOnHeading(page, text) {
  await page
    .waitForFunction((text) => {
      const el = document.activeElement;
      return el?.tagName === "H1" && el.closest("main") && el.textContent.trim() === text;
    }, text, { timeout: 5_000 })
    .catch(async () => {
      const at = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
      assert.fail(`focus should be on the heading "${text}", it is on ${at}`);
    });
  return (await page.locator("main .page-announcer").textContent()).trim();
}

test("focus and an announcement land on the new page's heading after Finish, a role link and any route", async () => {
  const page = await newPage(site.browser);
  await openQuiz(page, site.root.url);
  await page.keyboard.press("3");
  await page.getByRole("button", { name: "Finish and see results" }).click();
  await page.getByRole("button", { name: "Show my results anyway" }).click();
  await page.waitForURL(/\/results$/);
  assert.equal(await focusOnHeading(page, "Your results"), "Your results");
  // The first Tab goes on from the heading, not from the page's start or its bottom (once
  // the summary, the page's first part, is built).
  await page.locator(".results-summary a, .results-summary button").first().waitFor();
  await page.keyboard.press("Tab");
  const tabbed = await page.evaluate(() => document.activeElement.closest("main") !== null);
  assert.ok(tabbed, "the first Tab stays in the page's content");

  // A role link from the job-title list (by keyboard: the heading shows its focus ring).
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Job titles" }).click();
  assert.equal(await focusOnHeading(page, "Job titles"), "Job titles");
  const role = page.getByRole("link", { name: "Python Developer" });
  await role.focus();
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/roles\/python-developer$/);
  assert.equal(await focusOnHeading(page, "Python Developer"), "Python Developer");
  const ring = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(ring, "none", "after a key press the focused heading shows the focus ring");

  // Back and forward in history are page changes too.
  await page.goBack();
  assert.equal(await focusOnHeading(page, "Job titles"), "Job titles");
  assert.deepEqual(page.errors, []);
});

test("Back returns to where the page was left, on a phone", async () => {
  const page = await newPage(site.browser, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  await page.goto(`${site.root.url}/roles`);
  await page.waitForFunction(() => !document.getElementById("boot")); // the app follows the links
  // A link far down the list, scrolled to the middle of the screen.
  const link = page.locator("main a[href$='/roles/sql-developer']").first();
  await link.evaluate((a) => a.scrollIntoView({ block: "center" }));
  const left = await page.evaluate(() => scrollY);
  assert.ok(left > 500, `the link is far down (${left} px)`);
  await link.click();
  await page.waitForURL(/\/roles\/sql-developer$/);
  await focusOnHeading(page, "SQL Developer");
  assert.ok(await page.evaluate(() => scrollY) < 100, "a new page starts at the top");
  await page.goBack();
  await focusOnHeading(page, "Job titles");
  await page.waitForFunction((y) => Math.abs(scrollY - y) <= 2, left, { timeout: 5_000 });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("the first page of a visit keeps focus where the browser puts it", async () => {
  const page = await newPage(site.browser);
  await page.goto(`${site.root.url}/roles`);
  assert.equal(await heading(page), "Job titles");
  assert.equal(await page.evaluate(() => document.activeElement === document.body), true);
  assert.equal((await page.locator("main .page-announcer").textContent()).trim(), "");
  assert.deepEqual(page.errors, []);
});

/** The main button of the landing page and the header's first link: [text, path]. */
async function offers(page) {
  return page.evaluate(() => {
    const shown = (selector) =>
      [...document.querySelectorAll(selector)]
        .filter((a) => a.checkVisibility())
        .map((a) => [a.textContent.trim(), new URL(a.href).pathname]);
    return {
      // The full quiz's way in (the quick check's button comes first and never changes).
      button: shown("main .hero .ways-in li:nth-child(2) .button"),
      // Its time and what it asks, until there is a result: then where the answers are.
      timed: /About \d+ minutes/.test(document.querySelector("main .hero .ways-in li:nth-child(2)")?.innerText),
      header: shown(".site-header nav a"),
    };
  });
}

// What the landing page's button and the header offer, by what is saved.
const FRESH = { button: [["Start the quiz", "/quiz"]], timed: true, header: [["Take the quiz", "/quiz"], ["Job titles", "/roles"]] };
const UNFINISHED = { button: [["Continue the quiz", "/quiz"]], timed: true, header: FRESH.header };
const FINISHED_HEADER = [["Your results", "/results"], ["Job titles", "/roles"]];
const FINISHED = { button: [["Your results", "/results"]], timed: false, header: FINISHED_HEADER };
// Saved texts and what they get offered: a finished quiz, an unfinished one, unreadable text.
const SAVED = [
  [samStored(), FINISHED],
  [samStored().replace('"finished":true', '"finished":false'), UNFINISHED],
  ["{ not json", UNFINISHED],
];

/** A fresh person takes the quiz in `page`: the offers change as they go. */
async function offersAlongTheQuiz(page) {
  await page.goto(`${site.root.url}/`);
  assert.deepEqual(await offers(page), FRESH);

  // An unfinished quiz: continue it.
  await openQuiz(page, site.root.url);
  await page.keyboard.press("2");
  await page.locator("header").getByRole("link", { name: "Back-End Skill Check" }).click();
  assert.equal(await heading(page), "Am I ready for a back-end job?");
  assert.deepEqual(await offers(page), UNFINISHED);

  // Finish: the header offers the results at once, the landing page too.
  await page.getByRole("link", { name: "Continue the quiz" }).click();
  await page.getByRole("button", { name: "Finish and see results" }).click();
  await page.getByRole("button", { name: "Show my results anyway" }).click();
  await page.waitForURL(/\/results$/);
  await page.waitForFunction(() => document.querySelector(".site-header nav a")?.textContent === "Your results");
  assert.deepEqual((await offers(page)).header, FINISHED_HEADER);
  await page.locator("header").getByRole("link", { name: "Back-End Skill Check" }).click();
  assert.equal(await heading(page), "Am I ready for a back-end job?");
  assert.deepEqual(await offers(page), FINISHED);
  await page.locator("main").getByRole("link", { name: "Your results" }).click();
  assert.equal(await focusOnHeading(page, "Your results"), "Your results");
}

/** The static first paint (the wasm never arrives) offers the same, for each kind of saved
 * state, on the landing page and in another page's header. */
async function offersInTheStaticCopy() {
  const context = await site.browser.newContext({ serviceWorkers: "block" });
  const before = await context.newPage();
  await before.route("**/*.wasm", (route) => route.abort());
  await before.goto(`${site.root.url}/`);
  assert.deepEqual(await offers(before), FRESH, "static, nothing saved");
  for (const [text, expected] of SAVED) {
    const saved = `saved ${text.slice(0, 40)}`;
    // (Stored from whichever static page is open: the same site.)
    await before.evaluate(([key, value]) => localStorage.setItem(key, value), [QUIZ_KEY, text]);
    await before.goto(`${site.root.url}/`);
    assert.deepEqual(await offers(before), expected, `static, ${saved}`);
    await before.goto(`${site.root.url}/roles`);
    assert.deepEqual((await offers(before)).header, expected.header, `static /roles header, ${saved}`);
  }
  await context.close();
}

test("a returning person is offered their results once they have finished, in the static first paint as in the app", async () => {
  const page = await newPage(site.browser);
  // The static copy's pages are quick (no wasm): check them in their own context meanwhile.
  await Promise.all([offersAlongTheQuiz(page), offersInTheStaticCopy()]);
  // ...and the app, on the same stored texts.
  for (const [text, expected] of SAVED) {
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [QUIZ_KEY, text]);
    await page.goto(`${site.root.url}/`);
    assert.deepEqual(await offers(page), expected, `app, saved ${text.slice(0, 40)}`);
  }
  assert.deepEqual(page.errors, []);
});
