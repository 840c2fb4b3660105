// Lighthouse's accessibility category scores 100 on every page of the built dist/, in
// Debian's headless Chromium (started here on a free loopback debugging port; nothing is
// downloaded). One Lighthouse snapshot per page, with a stored quiz (Sam's answers from
// docs/scoring.md), so the quiz, results, shared-result and compare pages show their full
// content. Snapshot mode audits the page as it is once the app has handed over (#boot
// gone: data settled, every deferred part built; src/first_paint/), instead of navigation
// mode's fixed quiet-window waits (59 s for these 11 runs, against about 15 s).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { snapshot } from "lighthouse";
import puppeteer from "puppeteer-core";
import { launchDebugChromium, serve } from "../e2e/harness.mjs";
import { QUIZ_KEY } from "../e2e/personas.mjs";
import { mentorStored, samStored } from "../engines/journeys/common.mjs";
import { serveSite } from "../engines/sites.mjs";

// Every page a person can reach; {sam} and {mentor} stand for those results' share codes.
const PAGES = [
  "/",
  "/quiz",
  "/quick",
  "/roles",
  "/roles/python-developer",
  "/results",
  "/results#{mentor}",
  "/compare",
  "/compare#a={sam}&b={mentor}",
  "/404.html",
];


// Opened first in Chromium: stores each person's answers in turn, reads the share code
// the results page (in a frame) offers for them, and ends with Sam's answers stored
// (Lighthouse keeps them: disableStorageReset). Its title then carries the codes.
const SEED_PAGE = `<!DOCTYPE html><title>seeding</title><body><script>
const frame = document.body.appendChild(document.createElement("iframe"));
async function codeFor(quiz) {
  localStorage.setItem(${JSON.stringify(QUIZ_KEY)}, quiz);
  frame.src = "results?" + Math.random();
  for (;;) {
    await new Promise((r) => setTimeout(r, 100));
    const value = frame.contentDocument?.querySelector("#share-link")?.value ?? "";
    if (value.includes("#")) return value.split("#")[1];
  }
}
(async () => {
  const mentor = await codeFor(${JSON.stringify(mentorStored())});
  const sam = await codeFor(${JSON.stringify(samStored())});
  document.title = "seeded " + sam + " " + mentor;
})();
</script>`;

let site, chromium, port, codes, browser;

/** The share codes, once the seed page has run (DevTools' plain-HTTP tab list). */
async function seeded() {
  for (let i = 0; i < 300; i++) {
    const tabs = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
    const tab = tabs.find((t) => t.title.startsWith("seeded "));
    if (tab) {
      const [, sam, mentor] = tab.title.split(" ");
      return { sam, mentor };
    }
    await sleep(100);
  }
  throw new Error("the seed page did not finish");
}

before(async () => {
  site = await serveSite({ add: { "seed.html": SEED_PAGE } });
  chromium = await launchDebugChromium(`${site.url}/seed.html`);
  port = chromium.port;
  codes = await seeded();
  browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}`, defaultViewport: null });
});

after(async () => {
  await browser?.disconnect();
  await site?.stop();
  await chromium?.stop();
});

/** The audits that lost points: id, title, and the elements they name. */
function failingAudits(lhr) {
  return lhr.categories.accessibility.auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => audit.score !== null && audit.score < 1)
    .map((audit) => {
      const items = (audit.details?.items ?? []).map(
        (item) => `    - ${item.node?.selector ?? ""} ${item.node?.explanation ?? ""}`,
      );
      return `  ${audit.id}: ${audit.title}\n${items.join("\n")}`;
    });
}

// Lighthouse's phone width, but tall enough to show a whole page at once: the results page
// lays out sections below the first screenful only when scrolled near (content-visibility),
// and axe measuring their placeholders reports overlaps (target size) that no one sees.
const PHONE = { width: 412, height: 16_000, deviceScaleFactor: 1, isMobile: true, hasTouch: true };

/**
 * Lighthouse's accessibility score (0–100) for `url` once the app has taken over the page,
 * and the audits that lost points. The tab shares the seeded profile (Sam's answers).
 */
async function accessibility(url) {
  const page = await browser.newPage();
  try {
    await page.setViewport(PHONE);
    await page.goto(url, { waitUntil: "load" });
    await page.waitForFunction(() => !document.getElementById("boot"), { timeout: 30_000 });
    const { lhr } = await snapshot(page, {
      config: { extends: "lighthouse:default", settings: { onlyCategories: ["accessibility"], disableFullPageScreenshot: true } },
      flags: { logLevel: "error" },
    });
    assert.equal(lhr.runtimeError, undefined, `${url}: ${lhr.runtimeError?.message}`);
    return { score: Math.round(lhr.categories.accessibility.score * 100), failing: failingAudits(lhr) };
  } finally {
    await page.close();
  }
}

for (const page of PAGES) {
  test(`Lighthouse accessibility 100: ${page}`, { timeout: 120_000 }, async () => {
    const path = page.replace(/\{(\w+)\}/g, (_, name) => codes[name]);
    const { score, failing } = await accessibility(`${site.url}${path}`);
    assert.equal(score, 100, `${path} scores ${score}:\n${failing.join("\n")}`);
  });
}

test("Lighthouse marks down a page with planted problems", { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "skillcheck-planted-"));
  writeFileSync(
    join(dir, "index.html"),
    '<!DOCTYPE html><title>t</title><p style="color:#bbb">pale</p><a href="#x"></a>',
  );
  const planted = await serve(dir);
  try {
    const { score, failing } = await accessibility(`${planted.url}/`);
    assert.ok(score < 100, `expected a score below 100, got ${score}`);
    const ids = failing.map((line) => line.trim().split(":")[0]);
    for (const id of ["color-contrast", "link-name", "html-has-lang"]) assert.ok(ids.includes(id), id);
  } finally {
    planted.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
