// The app shell in a real browser: routes, deep links and reloads on a plain static
// server (at the root and under a sub-path), per-page titles, not-found, and data errors.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST, ROOT, serve, serveSubPath, launchChromium, newPage, heading } from "./harness.mjs";
import { serveStatic } from "../../scripts/static-server.mjs";
import { samShareCode } from "./personas.mjs";

let browser, root, sub;

before(async () => {
  [browser, root, sub] = await Promise.all([launchChromium(), serve(DIST), serveSubPath()]);
});

after(async () => {
  await browser?.close();
  root?.stop();
  sub?.stop();
});

const LANDING = "Am I ready for a back-end job?";
// A page of every kind but the landing, and its heading.
const DEEP_LINKS = [
  ["/quiz", "Rate your skills"],
  ["/results", "Your results"],
  ["/roles", "Job titles"],
  ["/roles/sql-developer", "SQL Developer"],
];
// The tests that intercept data requests keep the service worker out of the way (see newPage).
const NO_SERVICE_WORKER = { serviceWorkers: "block" };

test("landing, a link to another route, and a reload of that deep link", async () => {
  const page = await newPage(browser);
  await page.goto(`${root.url}/`);
  assert.equal(await heading(page), LANDING);
  assert.equal(await page.getAttribute("html", "lang"), "en");
  const landingTitle = await page.title();

  await page.getByRole("link", { name: "Browse job titles" }).first().click();
  await page.waitForURL(`${root.url}/roles`);
  assert.equal(await heading(page), "Job titles");
  assert.notEqual(await page.title(), landingTitle, "each page has its own title");

  await page.getByRole("link", { name: "Python Developer" }).click();
  await page.waitForURL(`${root.url}/roles/python-developer`);
  assert.equal(await heading(page), "Python Developer");
  const description = await page.getAttribute('meta[name="description"]', "content");
  assert.match(description, /Python/);

  await page.reload();
  assert.equal(await heading(page), "Python Developer");
  assert.deepEqual(page.errors, []);
});

test("every route answers a direct visit (deep link) on a plain static server", async () => {
  const page = await newPage(browser);
  for (const [path, expected] of DEEP_LINKS) {
    const response = await page.goto(`${root.url}${path}`);
    assert.equal(response.status(), 200, path);
    assert.equal(await heading(page), expected, path);
  }
  assert.deepEqual(page.errors, []);
});

test("on hosts that answer /quiz with quiz.html, deep links open without a redirect", async () => {
  // serveStatic answers as GitHub Pages, Netlify and Cloudflare Pages do (quiz.html for /quiz).
  const host = await serveStatic(DIST);
  try {
    const page = await newPage(browser);
    for (const [path, expected] of DEEP_LINKS) {
      const response = await page.goto(`${host.url}${path}`);
      assert.equal(response.status(), 200, path);
      assert.equal(response.request().redirectedFrom(), null, `${path} answered without a redirect`);
      assert.equal(new URL(page.url()).pathname, path);
      assert.equal(await heading(page), expected, path);
    }
    assert.deepEqual(page.errors, []);
  } finally {
    host.stop();
  }
});

test("an unknown address inside the app shows the friendly not-found page", async () => {
  const page = await newPage(browser);
  await page.goto(`${root.url}/`);
  await heading(page);
  // A host that serves 404.html for unknown paths boots the app there; emulate by
  // navigating the app's own router to an unknown path.
  await page.evaluate(() => {
    history.pushState(null, "", "/no/such/page");
    dispatchEvent(new PopStateEvent("popstate"));
  });
  assert.equal(await heading(page), "We couldn't find that page");
  await page.getByRole("link", { name: "Go to the start page" }).click();
  assert.equal(await heading(page), LANDING);

  // Hosts that serve 404.html for unknown paths get the app there, so the page above shows.
  const notFound = await page.goto(`${root.url}/404.html`);
  assert.equal(notFound.status(), 200);
  assert.equal(await heading(page), "We couldn't find that page");
  assert.deepEqual(page.errors, []);
});

test("an unknown role id shows a clear message", async () => {
  const page = await newPage(browser);
  await page.goto(`${root.url}/roles`);
  await heading(page);
  await page.evaluate(() => {
    history.pushState(null, "", "/roles/astronaut");
    dispatchEvent(new PopStateEvent("popstate"));
  });
  assert.equal(await heading(page), "We don't know that job title");
});

for (const [name, fulfil, expected] of [
  ["a missing data file (404)", { status: 404, body: "Not found" }, /error 404/],
  ["a damaged data file (invalid JSON)", { status: 200, body: "{ not json" }, /damaged/],
]) {
  test(`${name} shows an explained error, and Retry recovers`, async () => {
    const page = await newPage(browser, NO_SERVICE_WORKER);
    await page.route("**/data/roles.json", (r) => r.fulfill(fulfil));
    await page.goto(`${root.url}/roles`);
    const alert = page.getByRole("alert");
    await alert.waitFor();
    assert.match(await alert.textContent(), expected);
    assert.match(await alert.textContent(), /roles\.json/);

    await page.unroute("**/data/roles.json");
    await page.getByRole("button", { name: "Retry" }).click();
    await page.getByRole("link", { name: "Python Developer" }).waitFor();
    assert.equal(await alert.count(), 0);
  });
}

test("a network failure shows an explained error", async () => {
  const page = await newPage(browser, NO_SERVICE_WORKER);
  await page.route("**/data/skills.json", (r) => r.abort("internetdisconnected"));
  await page.goto(`${root.url}/quiz`);
  const alert = page.getByRole("alert");
  await alert.waitFor();
  assert.match(await alert.textContent(), /internet connection/);
});

test("under a sub-path: links, deep links and reloads stay under it", async () => {
  const page = await newPage(browser);
  await page.goto(`${sub.url}/sub/`);
  assert.equal(await heading(page), LANDING);
  await page.getByRole("link", { name: "Browse job titles" }).first().click();
  await page.waitForURL(`${sub.url}/sub/roles`);
  assert.equal(await heading(page), "Job titles");
  await page.getByRole("link", { name: "Java Developer" }).click();
  await page.waitForURL(`${sub.url}/sub/roles/java-developer`);
  await page.reload();
  assert.equal(await heading(page), "Java Developer");
  await page.goto(`${sub.url}/sub/quiz`);
  assert.equal(await heading(page), "Rate your skills");
  assert.deepEqual(page.errors, []);
});

test("pages paint before the wasm (static or prerendered) the same as the app renders them", async () => {
  const visible = (page, selector) =>
    page.locator(selector).first().evaluate((el) => ({
      text: el.innerText.replace(/\s+/g, " ").trim(),
      links: [...el.querySelectorAll("a")].map((a) => [a.textContent.trim(), a.href]),
    }));
  // index.html's hand-written landing, and the pages the build prerenders.
  for (const path of ["/", "/roles", "/roles/python-developer", "/compare"]) {
    // What a visitor sees before the wasm runs (JavaScript off shows exactly that markup)...
    const before = await newPage(browser, { javaScriptEnabled: false });
    await before.goto(`${root.url}${path}`);
    assert.doesNotMatch(await before.locator("main").innerText(), /Loading/, `${path}: content, not a loading note`);
    // ...and what the app renders once it has taken over (newPage waits for that).
    const after = await newPage(browser);
    await after.goto(`${root.url}${path}`);
    assert.equal(await after.locator("main").count(), 1, `${path}: the static copy is gone`);
    for (const part of ["header", "main"]) {
      assert.deepEqual(await visible(before, part), await visible(after, part), `${path} ${part}`);
    }
    assert.equal(await before.title(), await after.title(), `${path}: title`);
    assert.deepEqual(after.errors, [], path);
    await before.context().close();
    await after.context().close();
  }

  // The copies for the other routes show a loading note instead of the landing content.
  const quizCopy = await (await fetch(`${root.url}/quiz/`)).text();
  assert.doesNotMatch(quizCopy, /Am I ready for a back-end job/);
  assert.match(quizCopy, /Loading/);
});

test("/results paints the start of a shared result, or of the own results, before the wasm, as the app renders it", async () => {
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
  const code = await samShareCode(browser, root.url);
  for (const [path, h1] of [
    [`/results${code}`, "A shared result"],
    ["/results", "Your results"],
    // An in-page link's fragment (the skip link's) is not a share code.
    ["/results#main", "Your results"],
  ]) {
    // The static copy alone: its inline script runs, the wasm never arrives.
    const context = await browser.newContext(NO_SERVICE_WORKER);
    const before = await context.newPage();
    await before.route("**/*.wasm", (route) => route.abort());
    await before.goto(`${root.url}${path}`);
    const painted = await start(before);
    assert.equal(painted[0]?.text, h1, `${path}: the static copy's heading`);
    await context.close();

    const after = await newPage(browser);
    await after.goto(`${root.url}${path}`);
    assert.deepEqual(painted, await start(after), `${path}: the app renders the same start`);
    assert.deepEqual(after.errors, [], path);
    await after.context().close();
  }
});

test("the app replaces the static copy in one step, with its content, and nothing moves", async () => {
  const code = await samShareCode(browser, root.url);
  for (const [path, expected] of [
    ["/", LANDING],
    ["/quiz", "Rate your skills"],
    ["/results", "Your results"],
    [`/results${code}`, "A shared result"],
    ["/roles/python-developer", "Python Developer"],
  ]) {
    const page = await newPage(browser, NO_SERVICE_WORKER);
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
        handover.loadingNote = Boolean(document.querySelector("main .loading"));
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${root.url}${path}`);
    // Layout-shift entries arrive with the frame that shifted: wait two frames.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const handover = await page.evaluate(() => window.handover);
    assert.equal(handover.h1, expected, `${path}: the page's own heading shows as #boot goes`);
    assert.equal(handover.loadingNote, false, `${path}: no loading note in between`);
    assert.equal(handover.shift, 0, `${path}: no layout shift`);
    assert.deepEqual(page.errors, [], path);
    await page.context().close();
  }
});

test("the skip link moves focus to the content and stays on the page", async () => {
  const page = await newPage(browser);
  await page.goto(`${root.url}/roles`);
  await page.getByRole("link", { name: "Python Developer" }).waitFor();
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), "Skip to content");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement?.id === "main");
  assert.match(new URL(page.url()).pathname, /^\/roles\/?$/);
  assert.equal(await heading(page), "Job titles");
  assert.deepEqual(page.errors, []);
});

test("the build serves the data files as compact JSON with the same data", () => {
  const source = join(ROOT, "public", "data");
  const files = readdirSync(source).filter((f) => f.endsWith(".json"));
  assert.ok(files.length >= 6, "every data file is checked");
  for (const file of files) {
    const built = readFileSync(join(DIST, "data", file), "utf8");
    const original = readFileSync(join(source, file), "utf8");
    assert.equal(built, JSON.stringify(JSON.parse(original)), file);
  }
});

test("route pages preload every data file and the app reuses those downloads; the landing loads none", async () => {
  const page = await newPage(browser, NO_SERVICE_WORKER);
  const requests = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  await page.goto(`${root.url}/roles/python-developer`);
  await page.locator("footer").getByText(/as of/).waitFor();
  const data = requests.filter((path) => path.startsWith("/data/")).sort();
  const files = readdirSync(join(DIST, "data")).map((f) => `/data/${f}`).sort();
  assert.deepEqual(data, files, "each data file requested once: the preload, reused by the app");
  // Who started each download: "link" is the preload (the app's fetch would be "fetch").
  const initiators = await page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .filter((e) => new URL(e.name).pathname.startsWith("/data/"))
      .map((e) => e.initiatorType),
  );
  assert.deepEqual(initiators, files.map(() => "link"));
  // Chromium warns when a preload goes unused or does not match the later request.
  assert.deepEqual(warnings.filter((w) => /preloaded/i.test(w)), [], "no unused or mismatched preload");

  // The landing page needs no data: it neither preloads nor fetches any...
  requests.length = 0;
  await page.goto(`${root.url}/`);
  await page.getByRole("link", { name: "Browse job titles" }).first().waitFor();
  assert.deepEqual(requests.filter((path) => path.startsWith("/data/")), [], "landing");
  // ...until the visitor moves on to a page that does.
  await page.getByRole("link", { name: "Browse job titles" }).first().click();
  assert.equal(await heading(page), "Job titles");
  await page.locator("footer").getByText(/as of/).waitFor();
  assert.ok(requests.some((path) => path.startsWith("/data/")), "the job titles page loads the data");
  assert.deepEqual(page.errors, []);
});
