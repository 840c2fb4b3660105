// Test harness for the browser end-to-end tests: a plain static file server over a built
// dist/ (python's http.server, as a static host would serve it) on a free loopback port,
// and headless Debian Chromium driven by playwright-core. Everything started here is
// stopped by the returned `stop` functions (the tests call them in `after`, or `useSite` does),
// and every temporary folder made here is removed when the test file's process exits.
import { after, before, beforeEach } from "node:test";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../scripts/chromium.mjs";

export const ROOT = resolve(import.meta.dirname, "..", "..");
export const DIST = join(ROOT, "dist");
export const DIST_SUB = join(ROOT, "target", "dist-sub");

const tempDirs = [];
process.on("exit", () => {
  for (const dir of tempDirs) {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // a browser helper still writing into it; the OS cleans its temporary folder
    }
  }
});

/** A new temporary folder, removed when this test file's process exits. */
export function tempDir(name) {
  const dir = mkdtempSync(join(tmpdir(), `skillcheck-${name}-`));
  tempDirs.push(dir);
  return dir;
}

/**
 * The usual set-up of a test file: headless Chromium and dist/ served at the root (with
 * `{ sub: true }`, also the sub-path build at /sub/), started before the file's tests and
 * stopped after them. Returns { browser, root, sub }, filled in once the tests run.
 */
export function useSite({ sub = false } = {}) {
  const site = {};
  before(() => {
    // site.ready: for other set-up hooks to wait on (Node 20 starts a file's hooks at once).
    site.ready = Promise.all([launchChromium(), serve(DIST), sub ? serveSubPath() : undefined]).then(
      (started) => ([site.browser, site.root, site.sub] = started),
    );
    return site.ready;
  });
  after(async () => {
    await site.browser?.close();
    site.root?.stop();
    site.sub?.stop();
  });
  return site;
}

/** Serves `dir` on 127.0.0.1 with a free port; resolves to { url, stop }. */
export function serve(dir) {
  return new Promise((resolvePromise, reject) => {
    // Port 0: the OS picks a free port, which http.server prints.
    const server = spawn(
      "python3",
      ["-u", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory", dir],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    let output = "";
    const onData = (chunk) => {
      output += chunk;
      const match = output.match(/port (\d+)/);
      if (match) {
        server.stdout.off("data", onData);
        resolvePromise({
          url: `http://127.0.0.1:${match[1]}`,
          stop: () => server.kill(),
        });
      }
    };
    server.stdout.on("data", onData);
    server.stderr.on("data", () => {}); // request log; ignore
    server.on("exit", (code) => reject(new Error(`http.server exited (${code}): ${output}`)));
  });
}

/** Serves the sub-path build at /sub/ of a fresh folder (as a host serving under a path). */
export function serveSubPath() {
  const parent = tempDir("sub");
  symlinkSync(DIST_SUB, join(parent, "sub"));
  return serve(parent);
}

const CHROMIUM = { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS };

/**
 * Headless Debian Chromium with a DevTools port on loopback, for Lighthouse: opens `url`,
 * resolves to { port, stop }, where stop() ends it and removes its temporary profile.
 * `extraArgs`: more command-line flags (the benchmark's over HTTP/2 accepts its own certificate).
 */
export function launchDebugChromium(url = "about:blank", extraArgs = []) {
  const profile = mkdtempSync(join(tmpdir(), "skillcheck-devtools-"));
  const child = spawn(
    CHROMIUM.executablePath,
    [
      "--headless=new",
      ...CHROMIUM.args,
      "--remote-debugging-address=127.0.0.1",
      "--remote-debugging-port=0",
      `--user-data-dir=${profile}`,
      ...extraArgs,
      url,
    ],
    // Its own process group, so stop() can end the helper processes (zygote, crashpad) too.
    { stdio: ["ignore", "ignore", "pipe"], detached: true },
  );
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolveExit) => child.once("exit", resolveExit));
      process.kill(-child.pid, "SIGTERM");
      await exited; // before removing the profile it writes to
    }
    try {
      process.kill(-child.pid, "SIGKILL"); // any helper that outlived the browser
    } catch {
      // none left
    }
    await removeProfile(profile);
  };
  return new Promise((resolvePort, reject) => {
    let output = "";
    child.stderr.on("data", (chunk) => {
      output += chunk;
      const match = output.match(/DevTools listening on ws:\/\/127\.0\.0\.1:(\d+)\//);
      if (match) resolvePort({ port: Number(match[1]), stop });
    });
    child.on("exit", (code) => reject(new Error(`chromium exited (${code}):\n${output}`)));
  });
}

/**
 * Removes a temporary browser profile. A helper process may still be flushing into it for a
 * moment, so retry for a few seconds; a leftover temporary folder is not worth failing a test.
 */
async function removeProfile(profile) {
  for (let attempt = 0; attempt < 30; attempt++) {
    try {
      rmSync(profile, { recursive: true, force: true });
      return;
    } catch {
      await new Promise((resolveLater) => setTimeout(resolveLater, 200));
    }
  }
  console.warn(`could not remove the temporary profile ${profile}`);
}

/** Headless Chromium from Debian (never a downloaded browser). */
export function launchChromium() {
  return chromium.launch(CHROMIUM);
}

/**
 * A browser context with a real (non-incognito) profile in a new temporary folder, for
 * what private windows lack (installing the app). Close it when done.
 */
export function launchPersistentChromium() {
  const profile = tempDir("profile");
  return chromium.launchPersistentContext(profile, CHROMIUM);
}

/**
 * A new page in a fresh context that records console errors and uncaught exceptions.
 * `contextOptions` go to browser.newContext. The app registers a service worker after the
 * first load; page.route() does not see requests the worker answers, so tests that
 * intercept requests pass { serviceWorkers: "block" }.
 */
export async function newPage(browser, contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  return watched(await context.newPage(), contextOptions.javaScriptEnabled !== false);
}

/**
 * One page (in a context of its own) shared by a test file's tests that need no fresh
 * profile: a context and a wasm compile fewer per test. `useTab(site).page` once the tests
 * run (or `tab.ready` has resolved); its errors are emptied before each test, and it closes
 * with the browser.
 */
export function useTab(site, contextOptions = {}) {
  const tab = {};
  before(() => {
    // tab.ready: for the file's own set-up hooks to wait on, as site.ready.
    tab.ready = site.ready.then(async () => {
      tab.page = await newPage(site.browser, contextOptions);
    });
    return tab.ready;
  });
  beforeEach(() => {
    if (tab.page) tab.page.errors.length = 0;
  });
  return tab;
}

/**
 * page.goto(url) as a whole new load of the app, also where only the fragment differs from
 * the page's address (which would be an in-page jump): via about:blank then.
 */
export async function load(page, url) {
  const strip = (u) => u.split("#")[0];
  if (url.includes("#") && strip(url) === strip(page.url())) await page.goto("about:blank");
  return page.goto(url);
}

/** A new page in an existing `context` (a persistent one, say), watched as newPage's are. */
export async function newPageIn(context) {
  return watched(await context.newPage(), true);
}

/** A second tab beside `page`: same context (so the same localStorage), watched the same way. */
export function newTab(page) {
  return newPageIn(page.context());
}

function watched(page, javaScript) {
  if (javaScript) waitForMountAfterLoads(page);
  page.errors = [];
  page.on("console", (m) => m.type() === "error" && page.errors.push(m.text()));
  page.on("pageerror", (e) => page.errors.push(String(e)));
  return page;
}

/**
 * Pages paint a static copy (#boot, prerendered content for some routes) before the wasm
 * arrives; page.goto and page.reload resolve only once the app has replaced it with the
 * complete page (src/first_paint/), so a test never clicks the static copy by mistake.
 */
function waitForMountAfterLoads(page) {
  for (const method of ["goto", "reload"]) {
    const load = page[method].bind(page);
    page[method] = async (...args) => {
      const response = await load(...args);
      await page.waitForFunction(() => !document.getElementById("boot"));
      return response;
    };
  }
}

/**
 * Opens an empty page the test serves on the site's origin, so a test can set localStorage
 * before the app's first start without starting it once just for that. For a page that has
 * not opened the site yet (no service worker answers it). It has an icon of its own, so the
 * browser asks the site for no /favicon.ico (a 404 in the console).
 */
export async function openBlankOnSite(page, base) {
  const blank = `${base}/test-blank-page`;
  await page.route(blank, (route) => route.fulfill({ contentType: "text/html", body: '<link rel="icon" href="data:,">' }));
  await page.goto(blank);
  await page.unroute(blank);
}

/**
 * Lays out every section of the page now. Sections below the first screenful are laid out
 * only when scrolled near (content-visibility: auto in style/main.css): as Playwright
 * scrolls to an element far down, the sections it passes take their real height and the
 * element moves, so a click can land beside it (a click on <body>, seen in CI).
 */
export async function layOutAllSections(page) {
  await page.evaluate(() => {
    for (const s of document.querySelectorAll("main section")) s.style.contentVisibility = "visible";
  });
}

/** The text of the page's first h1 once it is shown. */
export async function heading(page) {
  const h1 = page.locator("main h1").first();
  await h1.waitFor();
  return (await h1.textContent()).trim();
}
