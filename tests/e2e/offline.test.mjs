// Offline use and installability: after one visit Chromium finds the app installable and it
// works with the network off, and a new deployment replaces the cached app by itself.
//
// "Network off" here means both: the browser context is offline and the test server is
// stopped, so nothing can come from the network, whatever the browser's emulation covers.
//
// One browser with a normal profile serves every test (Chromium never offers to install from
// a private window); each test serves the site on its own port, so its own origin: its own
// storage, service worker and caches.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import {
  cpSync,
  readdirSync,
  readFileSync,
  renameSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { DIST, ROOT, serve, launchPersistentChromium, tempDir, newPageIn, heading } from "./harness.mjs";

let context;
const servers = [];

before(async () => {
  context = await launchPersistentChromium();
});

after(async () => {
  await context?.close();
  for (const server of servers) server.stop();
});

async function serveForTest(dir) {
  const server = await serve(dir);
  servers.push(server);
  return server;
}

/** Waits until the service worker is active and controls the page; returns its cache names. */
async function controlledByServiceWorker(page) {
  return page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }),
      );
    }
    return caches.keys();
  });
}

/** Waits (up to 20 s) until the page's origin holds one cache, of `version`; returns the names. */
function onlyCacheBecomes(page, version) {
  return page.evaluate(async (expected) => {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const keys = await caches.keys();
      if ((keys.length === 1 && keys[0].endsWith(expected)) || Date.now() > deadline) return keys;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }, version);
}

/** The footer names the data version once the catalog has loaded. */
const dataDate = async (page) => {
  const version = page.locator("footer").getByText(/as of/);
  await version.waitFor();
  return (await version.textContent()).match(/as of ([\d-]+)/)[1];
};

async function goOffline(page, server) {
  server.stop();
  await page.context().setOffline(true);
}

/** A new page, with the network on (a test before may have left the context offline). */
async function onlinePage() {
  await context.setOffline(false);
  return newPageIn(context);
}

test("after one visit, Chromium finds the app installable and every page works with the network off", async () => {
  const server = await serveForTest(DIST);
  const page = await onlinePage();
  await page.goto(`${server.url}/`);
  await heading(page);
  const cachesOnline = await controlledByServiceWorker(page);
  assert.equal(cachesOnline.length, 1, "one cache for the one deployed version");

  // Installable: manifest, icons, service worker.
  const cdp = await context.newCDPSession(page);
  const manifest = await cdp.send("Page.getAppManifest");
  assert.deepEqual(manifest.errors, [], "the manifest parses without errors");
  assert.equal(manifest.url, `${server.url}/manifest.webmanifest`);
  const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
  assert.deepEqual(installabilityErrors, []);
  await cdp.detach();

  await goOffline(page, server);
  await page.reload();
  assert.equal(await heading(page), "Am I ready for a back-end job?");
  for (const [path, expected] of [
    ["/quiz", "Rate your skills"],
    ["/roles", "Job titles"],
    ["/roles/python-developer", "Python Developer"],
    ["/results", "Your results"],
  ]) {
    await page.goto(`${server.url}${path}`);
    assert.equal(await heading(page), expected, path);
    assert.match(await dataDate(page), /^\d{4}-\d\d-\d\d$/, `${path}: data loaded offline`);
  }

  // The quiz can be taken offline: rate the first skill, move on to the second.
  await page.goto(`${server.url}/quiz`);
  await page.getByRole("heading", { name: "Coding (general programming)" }).waitFor();
  const level = page.getByRole("radio", { name: /^Level 2/ });
  await level.check();
  assert.equal(await level.isChecked(), true);
  await page.getByRole("button", { name: "Next →" }).click();
  await page.getByRole("heading", { name: "Software Engineering" }).waitFor();
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("a new deployment replaces the cached app on the next visit, no cache clearing", async () => {
  // Two deployments of the same build; v2 changes a data file (as a data-only release
  // would) and gets its sw.js rewritten by the build step, so its cache version differs.
  const site = tempDir("deploy");
  cpSync(DIST, join(site, "v1"), { recursive: true, dereference: true });
  cpSync(DIST, join(site, "v2"), { recursive: true, dereference: true });
  // v1 went live an hour ago (http.server validates by modification time, to the second).
  const anHourAgo = new Date(Date.now() - 3600_000);
  for (const file of readdirSync(join(site, "v1"), { recursive: true })) {
    utimesSync(join(site, "v1", file), anHourAgo, anHourAgo);
  }
  const meta = join(site, "v2", "data", "meta.json");
  writeFileSync(meta, JSON.stringify({ ...JSON.parse(readFileSync(meta, "utf8")), as_of: "2027-01-31" }));
  execFileSync(process.execPath, [join(ROOT, "scripts", "service-worker.mjs")], {
    env: { ...process.env, TRUNK_STAGING_DIR: join(site, "v2") },
  });
  const version = (dir) =>
    readFileSync(join(site, dir, "sw.js"), "utf8").match(/VERSION = "(\w+)"/)[1];
  assert.notEqual(version("v1"), version("v2"));

  // The host serves whatever `live` points at; deploying swaps the link.
  symlinkSync("v1", join(site, "live"));
  const server = await serveForTest(join(site, "live"));
  const page = await onlinePage();
  await page.goto(`${server.url}/roles`);
  const oldDate = await dataDate(page);
  const [oldCache] = await controlledByServiceWorker(page);
  assert.ok(oldCache.endsWith(version("v1")), oldCache);

  symlinkSync("v2", join(site, "live.next"));
  renameSync(join(site, "live.next"), join(site, "live"));

  // Next visit: the page is fetched network-first, so it is already the new version, and
  // the browser finds the changed sw.js, which installs and deletes the old cache.
  await page.reload();
  assert.equal(await dataDate(page), "2027-01-31");
  assert.notEqual(oldDate, "2027-01-31");
  const newCache = oldCache.replace(version("v1"), version("v2"));
  assert.deepEqual(await onlyCacheBecomes(page, version("v2")), [newCache]);

  await page.reload();
  assert.equal(await dataDate(page), "2027-01-31");
  // And offline, the cached copy is the new one.
  await goOffline(page, server);
  await page.reload();
  assert.equal(await heading(page), "Job titles");
  assert.equal(await dataDate(page), "2027-01-31");
  assert.deepEqual(page.errors, []);
  await page.close();
});
