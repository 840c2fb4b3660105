// Share links, compare, export/import and print in a real browser: a link opened in a
// fresh profile shows the same result read-only; the visitor's own answers are never
// touched; compare from a shared result and from two pasted links; damaged, empty,
// garbage and newer-version links get their own message; the answers file round trip
// and bad files; and the printed result fits on two pages.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DIST, serve, serveSubPath, launchChromium, newPage, heading } from "./harness.mjs";

const KEY = "skillcheck.quiz";
const CITY_KEY = "skillcheck.city";
const SHARED = "A shared result";
const BROKEN = "This link didn't open a result";

/** A finished quiz in core::storage's format 1. */
function quiz(ratings, checks = {}) {
  return JSON.stringify({
    format: 1,
    data_version: 1,
    answers: { ratings, checks },
    position: { skill: "coding" },
    finished: true,
  });
}

// A career switcher: python rated 4 but its level-4 check wrong (trusted 3), some skills
// skipped, most not reached.
const MENTEE = quiz(
  { coding: 2, git: 2, python: 4, sql: 3, "html-css": 1, javascript: "skipped", communication: 3 },
  { "coding-2": "right", "git-2": "right", "python-4": "wrong", "python-3": "right", "sql-3": "right" },
);
// Their mentor: strong across the board.
const MENTOR = quiz(
  {
    coding: 5, "software-engineering": 4, git: 5, "developer-tools": 4, "debugging-testing": 4,
    python: 5, java: 3, sql: 5, "web-development": 4, "rest-apis": 5, "cloud-infrastructure": 3,
    automation: 4, security: 3, optimisation: 4, communication: 5, "problem-solving": 5,
    organisation: 4, javascript: 2, nodejs: 1, "html-css": 3, "ruby-rails": 0, "php-mysql": "skipped",
  },
  { "python-4": "right", "python-3": "right", "sql-4": "right", "sql-3": "right" },
);

// Every skill at level 0: the longest result (every role lists every skill as a gap).
const BEGINNER = quiz(
  Object.fromEntries(
    [
      "coding", "software-engineering", "git", "developer-tools", "debugging-testing", "python",
      "java", "ruby-rails", "php-mysql", "javascript", "nodejs", "sql", "web-development",
      "html-css", "rest-apis", "cloud-infrastructure", "automation", "security", "optimisation",
      "communication", "problem-solving", "organisation",
    ].map((id) => [id, 0]),
  ),
);

let browser, root, sub;

before(async () => {
  [browser, root, sub] = await Promise.all([launchChromium(), serve(DIST), serveSubPath()]);
});

after(async () => {
  await browser?.close();
  root?.stop();
  sub?.stop();
});

/** Stores `quizText` (and a city) in the page's profile, then opens the own results. */
async function withOwnResult(page, quizText, city, base = root.url) {
  await page.goto(`${base}/`);
  await page.evaluate(
    ([key, value, cityKey, city]) => {
      localStorage.setItem(key, value);
      if (city) localStorage.setItem(cityKey, city);
    },
    [KEY, quizText, CITY_KEY, city],
  );
  await page.goto(`${base}/results`);
  await page.locator("#share-link").waitFor();
}

async function shareLink(page) {
  const field = page.locator("#share-link");
  await page.waitForFunction(() => document.querySelector("#share-link")?.value.includes("#"));
  return field.inputValue();
}

/** The top role cards as "title: NN% match, readiness". */
async function topRoles(page) {
  const cards = page.locator(".role-card");
  await cards.first().waitFor();
  return cards.evaluateAll((all) =>
    all.map((c) =>
      [c.querySelector("h3"), c.querySelector(".match-percent"), c.querySelector(".readiness")]
        .map((e) => e.textContent.trim())
        .join(" | "),
    ),
  );
}

const stored = (page) => page.evaluate((key) => localStorage.getItem(key), KEY);

/** Text of the alert once it says `pattern`. */
async function alertText(page, pattern) {
  const alert = page.getByRole("alert").filter({ hasText: pattern });
  await alert.first().waitFor();
  return (await alert.first().textContent()).trim();
}

/** Skill row of the compare table: [name, A, B, difference]. */
async function compareRow(page, skill) {
  const row = page.locator(".compare-skills tbody tr").filter({
    has: page.locator("th", { hasText: new RegExp(`^${skill}$`) }),
  });
  await row.waitFor();
  return row.locator("th, td").allTextContents();
}

// CRC-16/IBM-3740 and base64url, as docs/share-format.md specifies: only for crafting
// codes the app itself would never write (a newer format or data version).
function crc16(bytes) {
  let crc = 0xffff;
  for (const b of bytes) {
    crc ^= b << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}
function codeFromPayload(bytes) {
  const sum = crc16(bytes);
  return Buffer.from([...bytes, sum >> 8, sum & 0xff]).toString("base64url");
}

test("a share link opened in a fresh profile shows the same result, read-only", async () => {
  const owner = await newPage(browser);
  await owner.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await withOwnResult(owner, MENTEE, "chicago-il");
  const before = await stored(owner);
  const roles = await topRoles(owner);
  assert.equal(roles.length, 5);
  const link = await shareLink(owner);
  assert.match(link, new RegExp(`^${root.url}/results#[A-Za-z0-9_-]{8,32}$`));
  assert.ok(await owner.getByLabel("Link to your result").isVisible());

  // Headless Chromium has no share sheet, so the link goes to the clipboard.
  await owner.getByRole("button", { name: "Share result" }).click();
  const status = owner.locator(".share-status[role=status]");
  await status.filter({ hasText: "Link copied" }).waitFor();
  assert.equal(await owner.evaluate(() => navigator.clipboard.readText()), link);

  const visitor = await newPage(browser);
  await visitor.goto(link);
  assert.equal(await heading(visitor), SHARED);
  await visitor.getByText("You're viewing a shared result").waitFor();
  assert.deepEqual(await topRoles(visitor), roles);
  // The shared city comes along: the salary panel shows the same city.
  assert.equal(await visitor.locator("#city-select").inputValue(), "chicago-il");
  assert.ok(await visitor.getByRole("link", { name: "Take the quiz yourself" }).isVisible());
  assert.equal(await visitor.getByRole("link", { name: "Compare with my result" }).count(), 0);
  assert.equal(await stored(visitor), null, "opening a link stores nothing");

  assert.equal(await stored(owner), before, "the owner's answers are untouched");
  assert.deepEqual(owner.errors, []);
  assert.deepEqual(visitor.errors, []);
  await owner.context().close();
  await visitor.context().close();
});

test("where the browser has a share sheet, Share result uses it", async () => {
  const page = await newPage(browser);
  await page.addInitScript(() => {
    navigator.share = (data) => {
      window.sharedData = data;
      return Promise.resolve();
    };
  });
  await withOwnResult(page, MENTEE);
  const link = await shareLink(page);
  await page.getByRole("button", { name: "Share result" }).click();
  await page.locator(".share-status").filter({ hasText: "Link shared." }).waitFor();
  assert.equal(await page.evaluate(() => window.sharedData.url), link);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("a visitor with their own answers can compare, and keeps their answers", async () => {
  const owner = await newPage(browser);
  await withOwnResult(owner, MENTEE);
  const link = await shareLink(owner);
  const menteeCode = link.split("#")[1];

  const mentor = await newPage(browser);
  await withOwnResult(mentor, MENTOR);
  const mentorCode = (await shareLink(mentor)).split("#")[1];
  const before = await stored(mentor);
  await mentor.goto(link);
  assert.equal(await heading(mentor), SHARED);
  const compare = mentor.getByRole("link", { name: "Compare with my result" });
  await compare.click();
  await mentor.waitForURL(`${root.url}/compare#a=${mentorCode}&b=${menteeCode}`);
  assert.equal(await heading(mentor), "Compare two results");
  // A is the visitor (mentor), B the shared result (mentee); differences are B - A.
  assert.deepEqual(await compareRow(mentor, "Python"), ["Python", "5", "3", "\u22122"]);
  assert.equal(await stored(mentor), before, "the visitor's answers are untouched");
  assert.deepEqual(mentor.errors, []);
  await owner.context().close();
  await mentor.context().close();
});

test("compare by pasting two links: skills, roles and what each lacks", async () => {
  const page = await newPage(browser);
  await withOwnResult(page, MENTEE);
  const before = await shareLink(page);
  await page.evaluate((key) => localStorage.removeItem(key), KEY);
  await withOwnResult(page, MENTOR);
  const after = await shareLink(page);

  await page.goto(`${root.url}/compare`);
  assert.equal(await heading(page), "Compare two results");
  assert.equal(await page.locator(".compare-skills").count(), 0, "only the form at first");
  // A whole link, and a bare code with stray spaces and a full stop copied along.
  await page.getByLabel("Result A: link or code").fill(before);
  await page.getByLabel("Result B: link or code").fill(`  ${after.split("#")[1]}. `);
  await page.getByRole("button", { name: "Compare" }).click();
  await page.waitForURL(`${root.url}/compare#a=${before.split("#")[1]}&b=${after.split("#")[1]}`);

  assert.deepEqual(await compareRow(page, "Python"), ["Python", "3", "5", "+2"]);
  assert.deepEqual(await compareRow(page, "Git"), ["Git", "2", "5", "+3"]);
  assert.deepEqual(await compareRow(page, "JavaScript"), ["JavaScript", "skipped", "2", "can't tell"]);
  assert.deepEqual(await compareRow(page, "Java"), ["Java", "not rated", "3", "can't tell"]);
  const roleRows = page.locator(".compare-roles tbody tr");
  assert.ok((await roleRows.count()) >= 5);
  assert.match(await roleRows.first().textContent(), /\d+%.*\d+%.*points|same/);
  const bLead = page.locator(".compare-lead").filter({ hasText: "What B has that A lacks" });
  assert.match(await bLead.textContent(), /Git: 5 against 2/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("a damaged link shows the damaged-link message; compare still shows the good side", async () => {
  const page = await newPage(browser);
  await withOwnResult(page, MENTEE);
  const link = await shareLink(page);
  const code = link.split("#")[1];
  const i = Math.floor(code.length / 2);
  const damaged = code.slice(0, i) + (code[i] === "A" ? "B" : "A") + code.slice(i + 1);

  const visitor = await newPage(browser);
  await visitor.goto(`${root.url}/results#${damaged}`);
  assert.equal(await heading(visitor), BROKEN);
  assert.match(await alertText(visitor, "damaged"), /This link is damaged/);
  assert.ok(await visitor.getByRole("link", { name: "Take the quiz yourself" }).isVisible());
  assert.ok(await visitor.getByRole("link", { name: "Browse job titles" }).first().isVisible());

  await visitor.goto(`${root.url}/compare#a=${code}&b=${damaged}`);
  await visitor.getByRole("heading", { name: "Result B" }).waitFor();
  assert.match(await alertText(visitor, "damaged"), /damaged/);
  const sideA = visitor.locator(".compare-side").filter({ hasText: "Result A" });
  assert.equal(await sideA.locator(".summary-roles li").count(), 5);
  assert.deepEqual(page.errors, []);
  assert.deepEqual(visitor.errors, []);
  await page.context().close();
  await visitor.context().close();
});

test("empty, garbage and newer-version links each get a clear message", async () => {
  // The helper agrees with the documented worked example.
  assert.equal(codeFromPayload([0x10, 0x82, 0x6e, 0xc0]), "EIJuwDs0");
  const page = await newPage(browser);
  const cases = [
    ["/results/#", "There is no result code here"],
    ["/results#hello world!", "doesn't look like a result link"],
    ["/results#%3Cscript%3Ealert(1)%3C/script%3E", "doesn't look like a result link"],
    ["/results#AAAA", "damaged"],
    // Format version 2 (first four bits 0010).
    [`/results#${codeFromPayload([0x20])}`, "made by a newer version of the app"],
    // Format 1, data version 2 (0001, then 0 0010): newer data than this app has.
    [`/results#${codeFromPayload([0x11, 0x00])}`, "made by a newer version of the app"],
  ];
  for (const [path, message] of cases) {
    await page.goto("about:blank");
    await page.goto(`${root.url}${path}`);
    assert.equal(await heading(page), BROKEN, path);
    assert.match(await alertText(page, message), new RegExp(message), path);
  }
  // An in-page link (the skip link's #main) is not a code: the pages stay as they are.
  for (const path of ["/compare", "/results"]) {
    await page.goto(`${root.url}${path}`);
    const title = await heading(page);
    await page.evaluate(() => {
      history.pushState(null, "", `${location.pathname}#main`);
      dispatchEvent(new PopStateEvent("popstate"));
    });
    // Let the router react (two frames), then the page must be unchanged.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    assert.equal(await heading(page), title, path);
    assert.equal(await page.getByRole("alert").count(), 0, path);
  }
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("export the answers as a file and import them in another profile", async () => {
  const owner = await newPage(browser, { acceptDownloads: true });
  await withOwnResult(owner, MENTEE, "chicago-il");
  const roles = await topRoles(owner);
  const [download] = await Promise.all([
    owner.waitForEvent("download"),
    owner.getByRole("button", { name: "Export answers" }).click(),
  ]);
  assert.equal(download.suggestedFilename(), "skillcheck-answers.json");
  const file = join(mkdtempSync(join(tmpdir(), "skillcheck-export-")), "answers.json");
  await download.saveAs(file);
  const exported = JSON.parse(readFileSync(file, "utf8"));
  assert.equal(exported.app, "skillcheck");
  assert.equal(exported.format, 1);
  assert.deepEqual(exported.answers.ratings.python, { level: 4 });
  assert.equal(exported.city, "chicago-il");

  // A new profile with no answers: import straight away.
  const other = await newPage(browser);
  await other.goto(`${root.url}/results`);
  await other.getByText("No answers yet").waitFor();
  await other.getByLabel("Import answers from a file").setInputFiles(file);
  await other.getByText("Answers imported for 7 skills.").waitFor();
  assert.deepEqual(await topRoles(other), roles);
  const imported = JSON.parse(await stored(other));
  assert.deepEqual(imported.answers, JSON.parse(MENTEE).answers);

  // A profile with answers of its own is asked first; "Keep" changes nothing.
  const mentor = await newPage(browser);
  await withOwnResult(mentor, MENTOR);
  const before = await stored(mentor);
  await mentor.getByLabel("Import answers from a file").setInputFiles(file);
  await mentor.getByRole("button", { name: "Keep my answers" }).click();
  await mentor.getByText("Import cancelled. Nothing was changed.").waitFor();
  assert.equal(await stored(mentor), before);
  await mentor.getByLabel("Import answers from a file").setInputFiles(file);
  const replace = mentor.getByRole("button", { name: "Replace my answers" });
  await replace.waitFor();
  assert.ok(await replace.evaluate((b) => b === document.activeElement), "focus moves to the question");
  await replace.click();
  await mentor.getByText("Answers imported").waitFor();
  assert.deepEqual(JSON.parse(await stored(mentor)).answers, JSON.parse(MENTEE).answers);
  assert.deepEqual(await topRoles(mentor), roles);

  for (const p of [owner, other, mentor]) assert.deepEqual(p.errors, []);
  for (const p of [owner, other, mentor]) await p.context().close();
});

test("a bad answers file gets a clear message and changes nothing", async () => {
  const page = await newPage(browser);
  await withOwnResult(page, MENTEE);
  const before = await stored(page);
  const input = page.getByLabel("Import answers from a file");
  const cases = [
    ["photo.json", "\u0089PNG not json at all", "isn't JSON"],
    ["other.json", JSON.stringify({ name: "some other app" }), "wasn't exported from Back-End Skill Check"],
    ["newer.json", JSON.stringify({ app: "skillcheck", format: 9 }), "newer version of the app"],
    ["cut.json", JSON.stringify({ app: "skillcheck", format: 1, answers: [] }), "damaged"],
  ];
  for (const [name, text, message] of cases) {
    await input.setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
    const alert = await alertText(page, message);
    assert.match(alert, /Nothing was changed\./, name);
    assert.equal(await stored(page), before, name);
  }
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

/** Page count of the page printed to PDF. */
async function printedPages(page, format) {
  const pdf = (await page.pdf({ format })).toString("latin1");
  return pdf.match(/\/Type\s*\/Page[^s]/g).length;
}

test("printed, a full result is a clean document of at most two pages", async () => {
  const page = await newPage(browser);
  await withOwnResult(page, MENTOR, "chicago-il");
  await topRoles(page);
  await page.emulateMedia({ media: "print" });
  for (const hidden of ["header nav", "footer", "button", "#share-link", ".export-import", ".other-roles"]) {
    const visible = await page.locator(hidden).evaluateAll((all) => all.some((e) => e.checkVisibility()));
    assert.equal(visible, false, `${hidden} is hidden in print`);
  }
  assert.ok(await page.locator("main h1").isVisible());
  assert.ok(await page.locator(".learning-plan").isVisible());
  // Resources print their address after the link text.
  const after = await page
    .locator(".learning-plan a[href^='http']")
    .first()
    .evaluate((a) => getComputedStyle(a, "::after").content);
  assert.match(after, /https?:/);
  const colour = await page.locator("main h1").evaluate((h) => getComputedStyle(h).color);
  assert.equal(colour, "rgb(0, 0, 0)");

  // The longest result there is, opened from its share link (the banner prints too).
  const beginner = await newPage(browser);
  await withOwnResult(beginner, BEGINNER, "chicago-il");
  const link = await shareLink(beginner);
  const visitor = await newPage(browser);
  await visitor.goto(link);
  await topRoles(visitor);
  await visitor.emulateMedia({ media: "print" });
  for (const [p, name] of [[page, "mentor"], [beginner, "beginner, own"], [visitor, "beginner, shared"]]) {
    for (const format of ["A4", "Letter"]) {
      const pages = await printedPages(p, format);
      assert.ok(pages >= 1 && pages <= 2, `${name}, ${format}: ${pages} pages`);
    }
  }
  for (const p of [page, beginner, visitor]) assert.deepEqual(p.errors, []);
  for (const p of [page, beginner, visitor]) await p.context().close();
});

test("under a sub-path: share links and compare keep the base path", async () => {
  const page = await newPage(browser);
  await withOwnResult(page, MENTEE, null, `${sub.url}/sub`);
  const link = await shareLink(page);
  assert.match(link, new RegExp(`^${sub.url}/sub/results#`));
  const visitor = await newPage(browser);
  await visitor.goto(link);
  assert.equal(await heading(visitor), SHARED);
  await visitor.goto(`${sub.url}/sub/compare`);
  await visitor.getByLabel("Result A: link or code").fill(link);
  await visitor.getByLabel("Result B: link or code").fill(link);
  await visitor.getByRole("button", { name: "Compare" }).click();
  await visitor.waitForURL(new RegExp(`^${sub.url}/sub/compare#a=`));
  assert.deepEqual(await compareRow(visitor, "Python"), ["Python", "3", "3", "same"]);
  assert.deepEqual(page.errors, []);
  assert.deepEqual(visitor.errors, []);
  await page.context().close();
  await visitor.context().close();
});
