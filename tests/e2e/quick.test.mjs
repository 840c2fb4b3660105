// The quick check (/quick): every skill on one page, by keyboard at most two key presses a
// skill, results marked as self-rated, "Check them now" opening the full quiz at its first
// check question with the ratings kept, check answers from the full quiz kept through a
// quick edit, the mode travelling in the share link, and axe with no violations in light
// and dark.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { newPage, useSite } from "./harness.mjs";
import { shareLink, storeAnswers, storedAnswers, topRoles } from "./own-result.mjs";
import { samStored } from "./personas.mjs";

const site = useSite();
const skills = JSON.parse(readFileSync(new URL("../../public/data/skills.json", import.meta.url), "utf8"));
// The page lists skills by category, in the file's order within each.
const onPage = skills.categories.flatMap((c) => skills.skills.filter((s) => s.category === c.id).map((s) => s.id));
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** A level for the i-th skill on the page (every level used), "s" (Skip) for the fifth. */
const keyFor = (i) => (i === 4 ? "s" : String([3, 2, 4, 0, 1, 5][i % 6]));

/** Presses a key and counts it. */
async function press(page, counter, key) {
  counter.n += 1;
  await page.keyboard.press(key);
}

const focusedId = (page) => page.evaluate(() => document.activeElement?.id ?? "");

// The share link of the keyboard run's quick result, kept for the share link test.
let quickLink;

test("the quick check by keyboard only: at most two key presses per skill, then results marked self-rated", async () => {
  const page = await newPage(site.browser);
  await page.goto(`${site.root.url}/`);
  // From the landing page to the quick check: Tab to its link, Enter.
  const toLink = { n: 0 };
  while (!/quick/.test(await page.evaluate(() => document.activeElement?.getAttribute("href") ?? ""))) {
    await press(page, toLink, "Tab");
    assert.ok(toLink.n < 40, "the quick check's link is reachable by Tab");
  }
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/quick$/);
  await page.locator(".quick-levels").first().waitFor();
  // Into the first skill's group.
  const toFirst = { n: 0 };
  while (!(await focusedId(page)).startsWith(`quick-${onPage[0]}-`)) {
    await press(page, toFirst, "Tab");
    assert.ok(toFirst.n < 40, "the first skill is reachable by Tab");
  }
  // Where focus is as each key goes down, noted by the page (no extra round trip a key).
  await page.evaluate(() => {
    window.focusAtKey = [];
    document.addEventListener("keydown", () => window.focusAtKey.push(document.activeElement?.id ?? ""), true);
  });
  const perSkill = { n: 0 };
  for (let i = 0; i < onPage.length; i++) await press(page, perSkill, keyFor(i));
  const focusAtKey = await page.evaluate(() => window.focusAtKey);
  onPage.forEach((id, i) => assert.ok((focusAtKey[i] ?? "").startsWith(`quick-${id}-`), `focus on skill ${id}`));
  assert.ok(perSkill.n <= 2 * onPage.length, `${perSkill.n} presses for ${onPage.length} skills`);
  assert.equal(await focusedId(page), "quick-finish", "after the last skill: Finish");
  await press(page, perSkill, "Enter");
  await page.waitForURL(/\/results$/);
  await page.getByRole("heading", { name: "Self-ratings, not checked" }).waitFor();
  const stored = JSON.parse(await storedAnswers(page));
  onPage.forEach((id, i) => {
    const key = keyFor(i);
    assert.deepEqual(stored.answers.ratings[id], key === "s" ? "skipped" : Number(key), id);
  });
  assert.equal(await page.evaluate(() => localStorage.getItem("skillcheck.mode")), "quick");
  quickLink = await shareLink(page); // for the share link test below
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("by mouse, answers resume after a reload; 'Check them now' opens the first check question with the ratings kept", async () => {
  const page = await newPage(site.browser);
  await page.goto(`${site.root.url}/quick`);
  const sql = page.getByRole("group", { name: "SQL", exact: true });
  await sql.getByRole("radio", { name: "3 Intermediate" }).check();
  const python = page.getByRole("group", { name: "Python", exact: true });
  await python.getByRole("radio", { name: "4 Advanced" }).check();
  // The six descriptions are one tap away.
  await page.locator("details.quick-descriptions").first().locator("summary").click();
  await page.locator("details.quick-descriptions[open] li").first().waitFor();
  await page.reload();
  assert.equal(await page.getByRole("group", { name: "SQL", exact: true }).getByRole("radio", { name: "3 Intermediate" }).isChecked(), true);
  await page.getByRole("button", { name: "See your results" }).click();
  await page.waitForURL(/\/results$/);
  await page.getByRole("button", { name: "Check them now" }).click();
  await page.waitForURL(/\/quiz$/);
  await page.locator(".quiz-choices").waitFor();
  const stored = JSON.parse(await storedAnswers(page));
  assert.equal(stored.answers.ratings.sql, 3);
  assert.equal(stored.answers.ratings.python, 4);
  assert.ok(stored.position.check, "the quiz is at a check question");
  assert.equal(await page.evaluate(() => localStorage.getItem("skillcheck.mode")), null, "now the full quiz");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("after the full quiz, the quick check keeps the check answers: it says so, and the result stays checked", async () => {
  const page = await newPage(site.browser);
  const sam = samStored();
  const answeredChecks = Object.values(JSON.parse(sam).answers.checks).filter((o) => o !== "skipped").length;
  await storeAnswers(page, site.root.url, sam);
  await page.goto(`${site.root.url}/quick`);
  const note = page.locator(".quick-checked");
  await note.waitFor();
  assert.match(await note.textContent(), new RegExp(`You answered ${answeredChecks} check questions in the full quiz, and your results keep using them`));
  // Seeing the results changes nothing: still the checked result, every answer kept.
  await page.getByRole("button", { name: "See your results" }).click();
  await page.waitForURL(/\/results$/);
  await page.locator("#share-link").waitFor();
  assert.equal(await page.getByRole("heading", { name: "Self-ratings, not checked" }).count(), 0);
  assert.equal(await page.getByText("didn't answer any check question").count(), 0);
  assert.equal(await page.evaluate(() => localStorage.getItem("skillcheck.mode")), null, "still checked");
  assert.deepEqual(JSON.parse(await storedAnswers(page)).answers.checks, JSON.parse(sam).answers.checks);
  // SQL from 3 to 4: its level-3 answer no longer fits (set aside, not lost), and the note follows.
  await page.goto(`${site.root.url}/quick`);
  await page.getByRole("group", { name: "SQL", exact: true }).getByRole("radio", { name: "4 Advanced" }).check();
  await page.waitForFunction((n) => document.querySelector(".quick-checked")?.textContent.includes(`You answered ${n} check`), answeredChecks - 1);
  assert.equal(await page.evaluate(() => localStorage.getItem("skillcheck.mode")), null, "still checked");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("a quick result's share link opens marked as quick in a fresh profile", async () => {
  // The keyboard run's result; made here only if that test did not run.
  let link = quickLink;
  if (!link) {
    const page = await newPage(site.browser);
    await page.goto(`${site.root.url}/quick`);
    await page.getByRole("group", { name: "SQL", exact: true }).getByRole("radio", { name: "3 Intermediate" }).check();
    await page.getByRole("button", { name: "See your results" }).click();
    await page.waitForURL(/\/results$/);
    link = await shareLink(page);
    await page.context().close();
  }

  const fresh = await newPage(site.browser);
  await fresh.goto(link);
  await fresh.getByRole("heading", { name: "A shared result" }).waitFor();
  await fresh.locator(".share-mode", { hasText: "Quick check: self-ratings, not checked." }).waitFor();
  // Compare says it too, for each quick side.
  const code = link.slice(link.indexOf("#") + 1);
  await fresh.goto(`${site.root.url}/compare#a=${code}&b=${code}`);
  await fresh.getByRole("heading", { name: "What each aims at" }).waitFor();
  const notes = await fresh.locator(".share-mode").allTextContents();
  assert.deepEqual(notes, ["A: Quick check: self-ratings, not checked.", "B: Quick check: self-ratings, not checked."]);
  assert.deepEqual(fresh.errors, []);
  await fresh.context().close();
});

test("on a phone: no keyboard help, and picking a level moves none of the options", async () => {
  const page = await newPage(site.browser, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  await page.goto(`${site.root.url}/quick`);
  const group = page.getByRole("group", { name: "Software Engineering", exact: true });
  await group.waitFor();
  assert.equal(await page.locator("#quick-keys").isVisible(), false, "no keyboard help on a touch screen");
  const boxes = () => group.locator(".quick-option").evaluateAll((all) => all.map((o) => JSON.stringify(o.getBoundingClientRect())));
  const before = await boxes();
  await group.getByRole("radio", { name: "2 Basic" }).check();
  assert.deepEqual(await boxes(), before);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

// One quick check page, a level picked and the first descriptions open, for axe in both
// schemes (only CSS follows the scheme, so emulating it needs no new page) and at 320 px.
let quick;
async function quickPage() {
  if (!quick) {
    // The CSP forbids inline scripts; axe is injected by the test, not the page.
    quick = await newPage(site.browser, { bypassCSP: true });
    await quick.goto(`${site.root.url}/quick`);
    await quick.getByRole("group", { name: "SQL", exact: true }).getByRole("radio", { name: "3 Intermediate" }).check();
    await quick.locator("details.quick-descriptions").first().locator("summary").click();
  }
  return quick;
}

for (const colorScheme of ["light", "dark"]) {
  test(`axe finds no violations on the quick check (${colorScheme})`, async () => {
    const page = await quickPage();
    if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: AXE });
    await page.emulateMedia({ colorScheme });
    const violations = await page.evaluate(async () => {
      const r = await window.axe.run(document, {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
      });
      return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    });
    assert.deepEqual(violations, []);
  });
}

test("at 320 px wide neither the quick check nor the landing page scrolls sideways", async () => {
  // The axe tests' quick check (its first descriptions open) at 320 px, then the landing page.
  const page = await quickPage();
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ["/quick", "/"]) {
    if (path === "/") await page.goto(`${site.root.url}${path}`);
    await page.locator("main h1").waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${path} is ${overflow} px wider than the window`);
  }
  await page.context().close();
});

test("the example result opens from the landing page, read-only, with the worked example's ranking", async () => {
  const roles = JSON.parse(readFileSync(new URL("../../public/data/roles.json", import.meta.url), "utf8")).roles;
  const name = (id) => roles.find((r) => r.id === id).title ?? roles.find((r) => r.id === id).name;
  // tests/scoring_doc_example.rs, ranking_top_three: the two titles shown as full cards.
  const expected = [
    ["junior-back-end-developer", 94],
    ["back-end-developer", 71],
  ];
  const page = await newPage(site.browser);
  await page.goto(`${site.root.url}/`);
  await page.getByRole("link", { name: "See an example result" }).click();
  await page.getByRole("heading", { name: "A shared result" }).waitFor();
  const top = (await topRoles(page)).slice(0, expected.length);
  assert.equal(top.length, expected.length, top.join("\n"));
  expected.forEach(([id, percent], i) => {
    const [title, match] = top[i].split(" | ");
    assert.equal(title, name(id), top.join("\n"));
    assert.match(match, new RegExp(`^${percent}%`), top.join("\n"));
  });
  assert.equal(await storedAnswers(page), null, "opening the example stores nothing");
  assert.equal(await page.locator(".share-mode").count(), 0, "a checked result has no quick note");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
