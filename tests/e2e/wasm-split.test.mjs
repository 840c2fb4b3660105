// The split wasm (scripts/split-wasm.mjs, docs/wasm-split.md): every page family's code is
// a piece the page downloads when opened. The pages that start at once preload their
// piece; the others don't; a slow piece keeps the static copy up (no loading note, no
// blank page); a piece that can't be downloaded is explained, and Retry brings the page.
// That each page works with its piece, every other e2e test shows (they run on this build).
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST, heading, useSite } from "./harness.mjs";
import { loaderPieces } from "../../scripts/split-wasm.mjs";
import { routeName, siteManifest } from "../../scripts/site-manifest.mjs";
import { routeFiles } from "../../scripts/staging.mjs";

const site = useSite();
const manifest = siteManifest();
const index = readFileSync(join(DIST, "index.html"), "utf8");
const glue = index.match(/<link rel="modulepreload" href="\/([^"]+)\.js"/)[1];
const families = loaderPieces(readFileSync(join(DIST, `${glue}-split.js`), "utf8"));
const linkedPieces = (html, rel) => [...html.matchAll(new RegExp(`<link rel="${rel}" href="([^"]+\\.wasm)" as="fetch" crossorigin`, "g"))].map(([, f]) => f);
const preloadedPieces = (html) => linkedPieces(html, "preload");

test("the loader's pieces are there, one family per piece the site manifest names", () => {
  const named = new Set(manifest.pages.map((page) => page.piece).filter(Boolean));
  assert.deepEqual(Object.keys(families).sort(), [...named].sort());
  for (const files of Object.values(families)) {
    for (const file of files) assert.ok(existsSync(join(DIST, file)), file);
  }
  assert.equal(manifest.pages.find((page) => page.route === "/").piece, null, "the landing page is in the main wasm");
});

test("pages that start at once preload their piece; the landing and job-title pages none", () => {
  assert.deepEqual(preloadedPieces(index), []);
  for (const page of manifest.pages.filter((p) => p.route !== "/")) {
    const html = readFileSync(join(DIST, routeFiles(routeName(page.route))[0]), "utf8");
    const expected = page.starts_when_idle ? [] : families[page.piece];
    assert.deepEqual(preloadedPieces(html), expected, page.route);
  }
});

/**
 * A page whose quiz piece answers only when `release()` is called (or fails, `abort`);
 * `requested` resolves when it is asked for. Its goto returns at once (not, as the
 * harness's pages do, once the app has replaced the static copy).
 */
async function withHeldPiece({ abort = false } = {}) {
  const context = await site.browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  page.errors = [];
  page.on("console", (m) => m.type() === "error" && page.errors.push(m.text()));
  page.on("pageerror", (e) => page.errors.push(String(e)));
  let release;
  let requested;
  const released = new Promise((resolve) => (release = resolve));
  const asked = new Promise((resolve) => (requested = resolve));
  const pattern = `**/${families.quiz[0]}`;
  await page.route(pattern, async (route) => {
    requested();
    await released;
    await (abort ? route.abort() : route.continue());
  });
  return { page, release, requested: asked, allow: () => page.unroute(pattern) };
}

test("a piece that arrives late: the static copy stays until the page is complete", async () => {
  const { page, release, requested } = await withHeldPiece();
  // Every frame: is one of the app's loading notes showing (the static copy of the quiz
  // has its own), or no heading at all (a blank page)?
  await page.addInitScript(() => {
    window.seen = { note: false, blank: false };
    const look = () => {
      const visible = (el) => el.checkVisibility({ visibilityProperty: true });
      const notes = [...document.querySelectorAll(".loading")].filter((el) => !el.closest("#boot") && visible(el));
      if (notes.length) window.seen.note = notes[0].textContent;
      if (document.body && ![...document.querySelectorAll("main h1")].some(visible)) window.seen.blank = true;
      requestAnimationFrame(look);
    };
    addEventListener("DOMContentLoaded", look);
  });
  await page.goto(`${site.root.url}/quiz`);
  await requested;
  // A negative: give a wrongly handed-over page time to show itself.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 600)));
  assert.ok(await page.locator("#boot").isVisible(), "the static copy shows while the piece is held back");
  release();
  await page.waitForFunction(() => !document.getElementById("boot"));
  assert.equal(await heading(page), "Rate your skills");
  assert.deepEqual(await page.evaluate(() => window.seen), { note: false, blank: false });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("a piece that cannot be downloaded: the page says so, and Retry brings it", async () => {
  const { page, release, allow } = await withHeldPiece({ abort: true });
  release();
  await page.goto(`${site.root.url}/quiz`);
  const alert = page.getByRole("alert");
  await alert.getByRole("heading", { name: "This page didn't load" }).waitFor();
  assert.match(await alert.textContent(), /Check that you are online, then retry\..*saved answers are safe/s);
  assert.equal(await page.locator("#boot").count(), 0, "the message replaced the static copy");
  await allow();
  await alert.getByRole("button", { name: "Retry" }).click();
  assert.equal(await heading(page), "Rate your skills");
  assert.equal(await page.getByRole("alert").count(), 0);
  // The loader reports the failed download in the console; nothing else went wrong.
  assert.ok(page.errors.length > 0 && page.errors.every((e) => /fetch|Failed to load resource/i.test(e)), page.errors.join("\n"));
  await page.context().close();
});

test("from the landing page the quiz opens at once: its piece was fetched while the landing page sat idle", { timeout: 60_000 }, async () => {
  const context = await site.browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  // Every request for each of the quiz's files, and a promise for when each has one.
  const quizFiles = families.quiz;
  const requests = new Map(quizFiles.map((file) => [file, 0]));
  let fetched;
  const allFetched = new Promise((resolve) => (fetched = resolve));
  // Counted as each download ends: the piece is ready only once all of it is in.
  page.on("requestfinished", (request) => {
    const file = quizFiles.find((f) => request.url().endsWith(`/${f}`));
    if (!file) return;
    requests.set(file, requests.get(file) + 1);
    if ([...requests.values()].every((n) => n > 0)) fetched();
  });
  await page.addInitScript(() => {
    window.sawLoadingNote = false;
    new MutationObserver(() => {
      if (document.body?.textContent.includes("Loading this page")) window.sawLoadingNote = true;
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await page.goto(`${site.root.url}/`);
  await allFetched;
  await page.waitForFunction(() => !document.getElementById("boot"));
  // The downloaded piece is compiled and linked in the tasks after its download ends.
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
  await page.getByRole("link", { name: "Start the quiz" }).click();
  assert.equal(await heading(page), "Rate your skills");
  assert.deepEqual(Object.fromEntries(requests), Object.fromEntries(quizFiles.map((f) => [f, 1])), "each fetched once, before the click");
  assert.equal(await page.evaluate(() => window.sawLoadingNote), false, "no loading note on the way");
  await context.close();
});
