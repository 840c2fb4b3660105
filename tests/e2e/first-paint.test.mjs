// The first paint before the wasm, and the hand-over to the app: the static and prerendered
// copies match what the app renders, /results picks its static start by the address, and
// the app replaces the copy in one step without a layout shift (docs/first-paint.md).
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, newPage, newTab } from "./harness.mjs";
import { inLanes } from "../../scripts/lanes.mjs";
import { samShareCode } from "./own-result.mjs";

const site = useSite();

// The tests that intercept requests keep the service worker out of the way (see newPage).
const NO_SERVICE_WORKER = { serviceWorkers: "block" };

// Sam's share code (#...), as the app makes it: asked for once, since it takes two page visits.
let samCodeOnce;
const samCode = () => (samCodeOnce ??= samShareCode(site.browser, site.root.url));

/** The visible text and links of each of `parts` (first match each) and the title, in one call. */
const visibleParts = (page, parts) =>
  page.evaluate((parts) => {
    const visible = (el) => ({
      text: el.innerText.replace(/\s+/g, " ").trim(),
      // The static copy holds a variant per saved state (index.html's script picks one).
      links: [...el.querySelectorAll("a")].filter((a) => a.checkVisibility()).map((a) => [a.textContent.trim(), a.href]),
    });
    const found = Object.fromEntries(parts.map((part) => [part, visible(document.querySelector(part))]));
    return { ...found, title: document.title };
  }, parts);

/**
 * A page in a fresh context (nothing saved, unless `initScript` saves it) whose wasm download
 * waits until `page.releaseWasm()`: until then the static copy shows, its inline script run
 * and the app not started (as if the wasm never arrived); after it the app takes over on the
 * same page. Open it with `openStatic`, since the held preload holds back the load event.
 */
async function heldWasmPage(initScript, arg) {
  const context = await site.browser.newContext(NO_SERVICE_WORKER);
  const page = await context.newPage();
  page.errors = [];
  page.on("console", (m) => m.type() === "error" && page.errors.push(m.text()));
  page.on("pageerror", (e) => page.errors.push(String(e)));
  if (initScript) await page.addInitScript(initScript, arg);
  let release;
  const released = new Promise((resolve) => (release = resolve));
  await page.route("**/*.wasm", async (route) => {
    await released;
    await route.continue();
  });
  page.releaseWasm = async () => {
    release();
    await page.waitForFunction(() => !document.getElementById("boot"));
  };
  return page;
}

/** Opens `path` on a held-wasm page: returns once the static copy is parsed and its script has run. */
async function openStatic(page, path) {
  await page.goto(`${site.root.url}${path}`, { waitUntil: "domcontentloaded" });
  assert.equal(await page.locator("#boot").count(), 1, `${path}: the static copy shows, no app yet`);
}

test("pages paint before the wasm (static or prerendered) the same as the app renders them", async () => {
  // What a visitor sees before the wasm runs (JavaScript off shows exactly that markup), and
  // what the app renders once it has taken over (newPage waits for that). Neither stores
  // anything, so two pairs of pages, side by side, visit every path between them.
  const app = await newPage(site.browser);
  const pairs = [
    [await newPage(site.browser, { javaScriptEnabled: false }), app],
    [await newPage(site.browser, { javaScriptEnabled: false }), await newTab(app)],
  ];
  // The landing page the build writes from core::site::landing, and the pages it prerenders.
  await inLanes(["/", "/roles", "/roles/python-developer", "/compare"], async (path, lane) => {
    const [before, after] = pairs[lane];
    await before.goto(`${site.root.url}${path}`);
    assert.doesNotMatch(await before.locator("main").innerText(), /Loading/, `${path}: content, not a loading note`);
    await after.goto(`${site.root.url}${path}`);
    assert.equal(await after.locator("main").count(), 1, `${path}: the static copy is gone`);
    // Each part and the title are the same.
    const parts = ["header", "main", "footer p"];
    assert.deepEqual(await visibleParts(before, parts), await visibleParts(after, parts), path);
    assert.deepEqual(after.errors, [], path);
  });
  for (const [before] of pairs) await before.context().close();
  await app.context().close();

  // The copies for the other routes show a loading note instead of the landing content.
  const quizCopy = await (await fetch(`${site.root.url}/quiz/`)).text();
  const quizMain = quizCopy.slice(quizCopy.indexOf("<main"), quizCopy.indexOf("</main>"));
  assert.doesNotMatch(quizMain, /Am I ready for a back-end job/);
  assert.match(quizMain, /Loading/);
});

test("the landing page and header paint the variant for what this browser has saved, as the app renders it", async () => {
  // Stored texts core::storage::saved reads as an unfinished quiz and a finished result.
  const variants = [
    [null, "Start the quiz"],
    ['{"format":1}', "Continue the quiz"],
    ['{"format":1,"finished":true}', "Your results"],
  ];
  // Each in its own context, two side by side.
  await inLanes(variants, async ([stored, button]) => {
    const page = await heldWasmPage((text) => text !== null && localStorage.setItem("skillcheck.quiz", text), stored);
    // The static copy alone: its inline script picks the variant, the wasm not arrived yet.
    await openStatic(page, "/");
    const painted = await visibleParts(page, ["header", "main"]);
    assert.ok(painted.main.links.some(([text]) => text === button), `${stored}: ${button}`);
    // ...and the app's render on the same page once the wasm arrives: parts and title equal.
    await page.releaseWasm();
    assert.deepEqual(painted, await visibleParts(page, ["header", "main"]), String(stored));
    assert.deepEqual(page.errors, [], String(stored));
    await page.context().close();
  });
});

test("the quiz and /results (a shared result, or the own results) paint their start before the wasm, as the app renders it", async () => {
  // The visible headings and banner in <main>: the part both the static copy and the app show.
  const start = (page) =>
    page.evaluate(() =>
      [...document.querySelectorAll("main h1, main .shared-banner")]
        .filter((el) => el.checkVisibility())
        .map((el) => ({
          text: el.innerText.replace(/\s+/g, " ").trim(),
          links: [...el.querySelectorAll("a")].map((a) => [a.textContent.trim(), a.href]),
        })),
    );
  const code = await samCode();
  const paths = [
    ["/quiz", "Rate your skills"],
    ["/quick", "Quick check"],
    [`/results${code}`, "A shared result"],
    ["/results", "Your results"],
    // An in-page link's fragment (the skip link's) is not a share code.
    ["/results#main", "Your results"],
  ];
  // Each in its own context, two side by side.
  await inLanes(paths, async ([path, h1]) => {
    // The static copy alone: its inline script runs, the wasm not arrived yet.
    const page = await heldWasmPage();
    await openStatic(page, path);
    const painted = await start(page);
    assert.equal(painted[0]?.text, h1, `${path}: the static copy's heading`);
    await page.releaseWasm();
    assert.deepEqual(painted, await start(page), `${path}: the app renders the same start`);
    assert.deepEqual(page.errors, [], path);
    await page.context().close();
  });
});

test("the app replaces the static copy in one step, with its first screen, and nothing moves", async () => {
  const code = await samCode();
  const paths = [
    ["/", "Am I ready for a back-end job?"],
    ["/quiz", "Rate your skills"],
    ["/results", "Your results"],
    [`/results${code}`, "A shared result"],
    ["/roles/python-developer", "Python Developer"],
  ];
  // A fresh context per path: a first visit's hand-over (nothing cached); two side by side.
  await inLanes(paths, async ([path, expected]) => {
    const page = await newPage(site.browser, NO_SERVICE_WORKER);
    await page.addInitScript(() => {
      const handover = (window.handover = { shift: 0, bootSeen: false });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) handover.shift += entry.value;
      }).observe({ type: "layout-shift", buffered: true });
      // Runs before the next paint after each change: what shows the moment #boot gives
      // way (hidden while the sections below the fold are built, then removed).
      new MutationObserver((_, observer) => {
        const boot = document.getElementById("boot");
        if (boot && !boot.hidden) return void (handover.bootSeen = true);
        if (!handover.bootSeen) return;
        observer.disconnect();
        handover.h1 = document.querySelector("main h1")?.textContent.trim();
        // Visible ones: a folded list may wait for the question texts unseen.
        handover.loadingNote = [...document.querySelectorAll("main .loading")].some((e) => e.checkVisibility());
        handover.verdict = !!document.querySelector("main .verdict");
        handover.review = !!document.querySelector("main .calibration-review");
      }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ["hidden"] });
    });
    await page.goto(`${site.root.url}${path}`);
    // Layout-shift entries arrive with the frame that shifted: wait two frames.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const handover = await page.evaluate(() => window.handover);
    assert.equal(handover.h1, expected, `${path}: the page's own heading shows as #boot goes`);
    assert.equal(handover.loadingNote, false, `${path}: no loading note in between`);
    assert.equal(handover.shift, 0, `${path}: no layout shift, also while the sections below the fold arrive`);
    if (path.startsWith("/results#")) {
      // The verdict shows without waiting for the sections below it, which follow.
      assert.ok(handover.verdict && !handover.review, `${path}: the verdict before the check review`);
      assert.ok(await page.locator("main .calibration-review").count(), `${path}: the review follows`);
    }
    assert.deepEqual(page.errors, [], path);
    await page.context().close();
  });
});
