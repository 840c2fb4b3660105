// Lighthouse's accessibility category scores 100 on every page of the built dist/, in
// Debian's headless Chromium (started here on a free loopback debugging port; nothing is
// downloaded). One Lighthouse run per page, with a stored quiz (Sam's answers from
// docs/scoring.md), so the quiz and results pages show their full content.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import lighthouse from "lighthouse";
import { serve } from "../e2e/harness.mjs";
import { QUIZ_KEY, samStored } from "../e2e/personas.mjs";
import { serveSite } from "../engines/sites.mjs";

// Every page a person can reach (more join as they land).
const PAGES = ["/", "/quiz", "/roles", "/roles/python-developer", "/results", "/404.html"];

const CHROMIUM_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--remote-debugging-address=127.0.0.1",
  "--remote-debugging-port=0",
];

// Opened first in Chromium: stores the quiz in the site's localStorage (Lighthouse keeps
// it: disableStorageReset), then says so in its title.
const SEED_PAGE = `<!DOCTYPE html><title>seeding</title><script>
localStorage.setItem(${JSON.stringify(QUIZ_KEY)}, ${JSON.stringify(samStored())});
document.title = "seeded";
</script>`;

let site, chromium, profile, port;

/** Starts Chromium on `url`; resolves to the debugging port it chose (from its stderr). */
function launchChromium(url) {
  profile = mkdtempSync(join(tmpdir(), "skillcheck-lighthouse-"));
  chromium = spawn(
    process.env.CHROME_PATH || "/usr/bin/chromium",
    [...CHROMIUM_FLAGS, `--user-data-dir=${profile}`, url],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  return new Promise((resolvePort, reject) => {
    let output = "";
    chromium.stderr.on("data", (chunk) => {
      output += chunk;
      const match = output.match(/DevTools listening on ws:\/\/127\.0\.0\.1:(\d+)\//);
      if (match) resolvePort(Number(match[1]));
    });
    chromium.on("exit", (code) => reject(new Error(`chromium exited (${code}):\n${output}`)));
  });
}

/** Waits until a tab's title says the seed page ran (DevTools' plain-HTTP tab list). */
async function seeded() {
  for (let i = 0; i < 100; i++) {
    const tabs = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
    if (tabs.some((tab) => tab.title === "seeded")) return;
    await sleep(100);
  }
  throw new Error("the seed page did not run");
}

before(async () => {
  site = await serveSite({ add: { "seed.html": SEED_PAGE } });
  port = await launchChromium(`${site.url}/seed.html`);
  await seeded();
});

after(async () => {
  await site?.stop();
  if (chromium && chromium.exitCode === null) {
    const exited = new Promise((resolveExit) => chromium.once("exit", resolveExit));
    chromium.kill();
    await exited; // before removing the profile it writes to
  }
  if (profile) rmSync(profile, { recursive: true, force: true });
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

/** Lighthouse's accessibility score (0–100) for `url`, and the audits that lost points. */
async function accessibility(url) {
  const { lhr } = await lighthouse(
    url,
    { port, output: "json", logLevel: "error", onlyCategories: ["accessibility"] },
    {
      extends: "lighthouse:default",
      settings: { disableFullPageScreenshot: true, disableStorageReset: true },
    },
  );
  assert.equal(lhr.runtimeError, undefined, `${url}: ${lhr.runtimeError?.message}`);
  return { score: Math.round(lhr.categories.accessibility.score * 100), failing: failingAudits(lhr) };
}

for (const path of PAGES) {
  test(`Lighthouse accessibility 100: ${path}`, { timeout: 120_000 }, async () => {
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
