// The app shell in a real browser: routes, deep links and reloads on a plain static
// server (at the root and under a sub-path), per-page titles, not-found, and data errors.
// The first paint and the hand-over to the app: first-paint.test.mjs.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, useTab, DIST, heading } from "./harness.mjs";
import { serveStatic } from "../../scripts/static-server.mjs";

const site = useSite({ sub: true });

const LANDING = "Am I ready for a back-end job?";
// A page of every kind but the landing, and its heading.
const DEEP_LINKS = [
  ["/quiz", "Rate your skills"],
  ["/results", "Your results"],
  ["/roles", "Job titles"],
  ["/roles/sql-developer", "SQL Developer"],
];
// No test here needs a fresh profile: they share one tab, and the tests that intercept data
// requests another that keeps the service worker out of the way (see newPage).
const tab = useTab(site);
const noWorkerTab = useTab(site, { serviceWorkers: "block" });

test("landing, a link to another route, and a reload of that deep link", async () => {
  const page = tab.page;
  await page.goto(`${site.root.url}/`);
  assert.equal(await heading(page), LANDING);
  assert.equal(await page.getAttribute("html", "lang"), "en");
  const landingTitle = await page.title();

  await page.getByRole("link", { name: "Browse job titles" }).first().click();
  await page.waitForURL(`${site.root.url}/roles`);
  assert.equal(await heading(page), "Job titles");
  assert.notEqual(await page.title(), landingTitle, "each page has its own title");

  await page.getByRole("link", { name: "Python Developer" }).click();
  await page.waitForURL(`${site.root.url}/roles/python-developer`);
  assert.equal(await heading(page), "Python Developer");
  const description = await page.getAttribute('meta[name="description"]', "content");
  assert.match(description, /Python/);

  await page.reload();
  assert.equal(await heading(page), "Python Developer");
  assert.deepEqual(page.errors, []);
});

test("every route answers a direct visit (deep link) on a plain static server", async () => {
  const page = tab.page;
  for (const [path, expected] of DEEP_LINKS) {
    const response = await page.goto(`${site.root.url}${path}`);
    assert.equal(response.status(), 200, path);
    assert.equal(await heading(page), expected, path);
  }
  assert.deepEqual(page.errors, []);
});

test("on hosts that answer /quiz with quiz.html, deep links open without a redirect", async () => {
  // serveStatic answers as GitHub Pages, Netlify and Cloudflare Pages do (quiz.html for /quiz).
  const host = await serveStatic(DIST);
  try {
    const page = tab.page;
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
  const page = tab.page;
  await page.goto(`${site.root.url}/`);
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
  const notFound = await page.goto(`${site.root.url}/404.html`);
  assert.equal(notFound.status(), 200);
  assert.equal(await heading(page), "We couldn't find that page");
  assert.deepEqual(page.errors, []);
});

test("an unknown role id shows a clear message", async () => {
  const page = tab.page;
  await page.goto(`${site.root.url}/roles`);
  await heading(page);
  await page.evaluate(() => {
    history.pushState(null, "", "/roles/astronaut");
    dispatchEvent(new PopStateEvent("popstate"));
  });
  assert.equal(await heading(page), "We don't know that job title");
});

// roles.json as another build would have written it: another edition (docs/data.md).
const rolesOfAnotherBuild = () => {
  const { edition, ...roles } = JSON.parse(readFileSync(join(DIST, "data", "roles.json"), "utf8"));
  return JSON.stringify({ edition: `${edition}0`, ...roles });
};

for (const [name, fulfil, expected] of [
  ["a missing data file (404)", { status: 404, body: "Not found" }, /error 404/],
  ["a damaged data file (invalid JSON)", { status: 200, body: "{ not json" }, /damaged/],
  ["a data file from another version of the site", { status: 200, body: rolesOfAnotherBuild() }, /site was updated/],
]) {
  test(`${name} shows an explained error, and Retry recovers`, async () => {
    const page = noWorkerTab.page;
    await page.route("**/data/roles.json", (r) => r.fulfill(fulfil));
    await page.goto(`${site.root.url}/roles`);
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
  const page = noWorkerTab.page;
  await page.route("**/data/skills.json", (r) => r.abort("internetdisconnected"));
  await page.goto(`${site.root.url}/quiz`);
  const alert = page.getByRole("alert");
  await alert.waitFor();
  assert.match(await alert.textContent(), /internet connection/);
  await page.unroute("**/data/skills.json");
});

test("under a sub-path: links, deep links and reloads stay under it", async () => {
  const page = tab.page;
  await page.goto(`${site.sub.url}/sub/`);
  assert.equal(await heading(page), LANDING);
  await page.getByRole("link", { name: "Browse job titles" }).first().click();
  await page.waitForURL(`${site.sub.url}/sub/roles`);
  assert.equal(await heading(page), "Job titles");
  await page.getByRole("link", { name: "Java Developer" }).click();
  await page.waitForURL(`${site.sub.url}/sub/roles/java-developer`);
  await page.reload();
  assert.equal(await heading(page), "Java Developer");
  await page.goto(`${site.sub.url}/sub/quiz`);
  assert.equal(await heading(page), "Rate your skills");
  assert.deepEqual(page.errors, []);
});

test("the skip link moves focus to the content and stays on the page", async () => {
  const page = tab.page;
  await page.goto(`${site.root.url}/roles`);
  await page.getByRole("link", { name: "Python Developer" }).waitFor();
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), "Skip to content");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement?.id === "main");
  assert.match(new URL(page.url()).pathname, /^\/roles\/?$/);
  assert.equal(await heading(page), "Job titles");
  assert.deepEqual(page.errors, []);
});
