// When the app starts (src/first_paint/start.rs): on pages complete as static HTML (the
// landing page, the job titles, a job title) the wasm loads after the first paint but the
// app mounts only when the browser is idle or at the first interaction, which is not lost;
// every other page starts at once. requestIdleCallback is replaced by a stub here, so "idle" comes only when
// a test says so.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite } from "./harness.mjs";

const site = useSite();

// One context for every page here (closed with the browser): none of them needs a fresh
// profile (the app stores nothing on these pages, the service worker is blocked).
let contextOnce;

/** A page whose browser never turns idle until `idleNow(page)`; `rIC: false` removes it (Safari). */
async function stubbedPage({ rIC = true } = {}) {
  const context = await (contextOnce ??= site.browser.newContext({ serviceWorkers: "block" }));
  const page = await context.newPage();
  page.errors = [];
  page.on("pageerror", (e) => page.errors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && page.errors.push(m.text()));
  await page.addInitScript((withIdle) => {
    window.idleWaits = [];
    // Idle waits asked for while the static copy shows: the app's start (the app also
    // waits for idle once its page is on screen, to fetch the next step's piece ahead).
    window.startWaits = 0;
    const asked = () => (window.startWaits += document.getElementById("boot") ? 1 : 0);
    if (withIdle) window.requestIdleCallback = (callback) => (asked(), window.idleWaits.push(callback));
    else delete window.requestIdleCallback;
    addEventListener("TrunkApplicationStarted", () => (window.wasmStarted = true));
  }, rIC);
  return page;
}

const idleNow = (page) => page.evaluate(() => window.idleWaits.forEach((cb) => cb({ didTimeout: false, timeRemaining: () => 50 })));
// The app renders its elements after #boot (hidden there until the hand-over).
const appMounted = (page) => page.evaluate(() => [...document.body.children].some((el) => el.id !== "boot" && el.tagName !== "SCRIPT"));
const bootGone = (page) => page.waitForFunction(() => !document.getElementById("boot"));

/** Loads `path` and waits until the app waits for idle; checks it has not mounted. */
async function openWaiting(page, path) {
  await page.goto(`${site.root.url}${path}`);
  await page.waitForFunction(() => window.wasmStarted && window.idleWaits.length > 0);
  // A negative: give a wrongly started app time to show itself (its start takes a few tasks).
  await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
  assert.equal(await appMounted(page), false, `${path}: the app waits`);
  assert.ok(await page.locator("#boot").isVisible(), `${path}: the static copy shows`);
}

test("on the landing page and the role pages the app waits for idle, then mounts", async () => {
  // A tab per path, side by side: their waits overlap.
  const paths = ["/", "/roles", "/roles/python-developer"];
  const pages = await Promise.all(paths.map(() => stubbedPage()));
  await Promise.all(paths.map((path, i) => openWaiting(pages[i], path)));
  for (const [i, path] of paths.entries()) {
    const page = pages[i];
    await idleNow(page);
    await bootGone(page);
    assert.ok(await appMounted(page), path);
    assert.deepEqual(page.errors, [], path);
    await page.close();
  }
});

test("without requestIdleCallback (Safari) the landing page's app mounts after a short wait", async () => {
  const page = await stubbedPage({ rIC: false });
  await page.goto(`${site.root.url}/`);
  await bootGone(page);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("a first key press starts the app and is not lost: focus carries over to the app", async () => {
  const page = await stubbedPage();
  await openWaiting(page, "/");
  await page.keyboard.press("Tab");
  await bootGone(page);
  const focused = () => page.evaluate(() => [document.activeElement.tagName, document.activeElement.textContent.trim()]);
  assert.deepEqual(await focused(), ["A", "Skip to content"], "the app's skip link, as in the static copy");
  await page.keyboard.press("Tab");
  assert.deepEqual(await focused(), ["A", "Back-End Skill Check"], "the next Tab goes on from there");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("a click on a link before the app started follows the link (a quick tap, and a slow press)", async () => {
  // A tab per press, side by side: their waits overlap.
  const clickAndFollow = async (delay) => {
    const page = await stubbedPage();
    await openWaiting(page, "/");
    await page.locator("#boot").getByRole("link", { name: "Browse job titles" }).click({ delay });
    // http.server answers /roles with a redirect to /roles/ (its folder); the app's route is /roles.
    await page.waitForURL(/\/roles\/?$/);
    // Either a page load of the static /roles (its app waits again) or the app's own page.
    await page.waitForFunction(() =>
      [...document.querySelectorAll("main h1")].some((h1) => h1.checkVisibility({ visibilityProperty: true }) && h1.textContent.trim() === "Job titles"),
    );
    assert.deepEqual(page.errors, [], `delay ${delay}`);
    await page.close();
  };
  await Promise.all([0, 400].map(clickAndFollow));
});

test("the quiz, quick check, results and compare pages start at once", async () => {
  const page = await stubbedPage();
  for (const path of ["/quiz", "/quick", "/results", "/compare"]) {
    await page.goto(`${site.root.url}${path}`);
    await bootGone(page);
    assert.equal(await page.evaluate(() => window.startWaits), 0, `${path}: no wait for idle`);
    assert.deepEqual(page.errors, [], path);
  }
  await page.close();
});
