// The first paint before the wasm, and the hand-over to the app: the static and prerendered
// copies match what the app renders, /results picks its static start by the address, the
// app replaces the copy in one step without a layout shift, and the data files arrive
// compact and preloaded by the pages that need them (docs/performance.md).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { useSite, DIST, ROOT, newPage, newTab, heading } from "./harness.mjs";
import { inLanes } from "../../scripts/lanes.mjs";
import { samShareCode } from "./own-result.mjs";
import { apart, shipped } from "../../scripts/compact-data.mjs";
import { siteManifest } from "../../scripts/site-manifest.mjs";

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

test("the app replaces the static copy in one step, with its content, and nothing moves", async () => {
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
      // Runs before the next paint after each change: what shows the moment #boot goes.
      new MutationObserver((_, observer) => {
        if (document.getElementById("boot")) return void (handover.bootSeen = true);
        if (!handover.bootSeen) return;
        observer.disconnect();
        handover.h1 = document.querySelector("main h1")?.textContent.trim();
        // Visible ones: a folded list may wait for the question texts unseen.
        handover.loadingNote = [...document.querySelectorAll("main .loading")].some((e) => e.checkVisibility());
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${site.root.url}${path}`);
    // Layout-shift entries arrive with the frame that shifted: wait two frames.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const handover = await page.evaluate(() => window.handover);
    assert.equal(handover.h1, expected, `${path}: the page's own heading shows as #boot goes`);
    assert.equal(handover.loadingNote, false, `${path}: no loading note in between`);
    assert.equal(handover.shift, 0, `${path}: no layout shift`);
    assert.deepEqual(page.errors, [], path);
    await page.context().close();
  });
});

test("the build serves the data files as compact JSON with the same data, all of one edition", () => {
  const source = join(ROOT, "public", "data");
  const files = readdirSync(source).filter((f) => f.endsWith(".json"));
  assert.ok(files.length >= 6, "every data file is checked");
  // Fields only the build's validator reads are left out (the manifest's unshipped_fields),
  // and the retired questions' words are shipped in a file of their own (shipped_apart).
  const manifest = siteManifest();
  const rules = manifest.unshipped_fields;
  assert.ok(rules.length > 0);
  const read = (file) => JSON.parse(readFileSync(join(source, file), "utf8"));
  const expected = apart(
    Object.fromEntries(files.map((file) => [file, shipped(file, read(file), rules)])),
    manifest.shipped_apart,
  );
  assert.deepEqual(readdirSync(join(DIST, "data")).sort(), Object.keys(expected).sort());
  const editions = new Set();
  for (const [file, original] of Object.entries(expected)) {
    const built = readFileSync(join(DIST, "data", file), "utf8");
    // The build's stamp comes first (src/core/catalog/edition.rs); the rest is the source.
    const { edition, ...data } = JSON.parse(built);
    assert.match(edition, /^[0-9a-f]{16}$/, file);
    editions.add(edition);
    assert.equal(built, JSON.stringify({ edition, ...original }), file);
    assert.deepEqual(data, original, file);
  }
  assert.equal(editions.size, 1, "one edition for every file");
  const texts = expected["question-texts.json"].questions;
  for (const field of rules[0].fields) assert.ok(texts.every((q) => !(field in q)), field);
  // Apart: exactly the questions no longer asked (those with `until`), in their order.
  const retired = read("questions.json").questions.filter((q) => q.until !== undefined).map((q) => q.id);
  assert.ok(retired.length > 0);
  assert.deepEqual(expected["retired-question-texts.json"].questions.map((q) => q.id), retired);
  assert.ok(texts.every((q) => !retired.includes(q.id)));
  // Together, every question's words, none lost in the split.
  const all = read("question-texts.json").questions.map((q) => q.id);
  assert.deepEqual([...texts.map((q) => q.id), ...retired].sort(), [...all].sort());
});

test("route pages that start the app at once preload the data files they need and the app reuses those downloads; pages complete as static HTML and the landing preload none", async () => {
  const page = await newPage(site.browser, NO_SERVICE_WORKER);
  const requests = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  const dataRequests = () => requests.filter((path) => path.startsWith("/data/")).sort();
  // Who started each download: "link" is the preload, "fetch" the app's own request.
  const initiators = () =>
    page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .filter((e) => new URL(e.name).pathname.startsWith("/data/"))
        .map((e) => `${new URL(e.name).pathname} ${e.initiatorType}`)
        .sort(),
    );
  // The question texts load apart, only where a page shows a question's words; the
  // retired questions' words only for a result from before they retired.
  const texts = "/data/question-texts.json";
  const all = readdirSync(join(DIST, "data"))
    .map((f) => `/data/${f}`)
    .filter((f) => f !== texts && f !== "/data/retired-question-texts.json")
    .sort();
  // The job-title list and compare show no job-search advice.
  const allButJobSearch = all.filter((f) => f !== "/data/job-search.json");
  assert.ok(all.includes("/data/job-search.json") && allButJobSearch.length === all.length - 1);
  const quizFiles = ["/data/meta.json", "/data/questions.json", "/data/skills.json"];
  // Pages complete as static HTML (a job title, the job titles) preload nothing: their app
  // fetches the data itself when it starts, after the first paint (route-pages.mjs).
  for (const [path, files, later] of [
    ["/roles/python-developer", [], all],
    ["/roles", [], allButJobSearch],
    ["/compare", allButJobSearch, []],
    // The quiz needs no roles, salaries or resources; the words of its check questions it
    // asks for once it shows, so they are in before the first check.
    ["/quiz", quizFiles, [texts]],
    ["/quick", quizFiles, []],
  ]) {
    requests.length = 0;
    await page.goto(`${site.root.url}${path}`);
    await page.locator("footer").getByText(/as of/).waitFor();
    for (const file of later) {
      await page.waitForFunction(
        (f) => performance.getEntriesByType("resource").some((e) => new URL(e.name).pathname === f),
        file,
      );
    }
    assert.deepEqual(dataRequests(), [...files, ...later].sort(), `${path}: each file requested once, the preload reused by the app`);
    const expected = [...files.map((f) => `${f} link`), ...later.map((f) => `${f} fetch`)].sort();
    assert.deepEqual(await initiators(), expected, path);
  }
  // Chromium warns when a preload goes unused or does not match the later request.
  assert.deepEqual(warnings.filter((w) => /preloaded/i.test(w)), [], "no unused or mismatched preload");

  // From the quiz on to a page that needs everything: the rest is loaded then.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Job titles" }).click();
  assert.equal(await heading(page), "Job titles");
  await page.getByRole("link", { name: "Python Developer" }).waitFor();
  assert.ok(dataRequests().includes("/data/roles.json"), "the job titles page loads the roles");

  // The landing page needs no data: it neither preloads nor fetches any...
  requests.length = 0;
  await page.goto(`${site.root.url}/`);
  await page.getByRole("link", { name: "Browse job titles" }).first().waitFor();
  assert.deepEqual(requests.filter((path) => path.startsWith("/data/")), [], "landing");
  // ...until the visitor moves on to a page that does.
  await page.getByRole("link", { name: "Browse job titles" }).first().click();
  assert.equal(await heading(page), "Job titles");
  await page.locator("footer").getByText(/as of/).waitFor();
  assert.ok(requests.some((path) => path.startsWith("/data/")), "the job titles page loads the data");
  assert.deepEqual(page.errors, []);
});
