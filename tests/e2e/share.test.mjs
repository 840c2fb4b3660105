// Share links and compare in a real browser: a link opened in a fresh profile shows the
// same result read-only; the visitor's own answers are never touched; compare from a
// shared result and from two pasted links; a damaged link, and a bad fragment reaching its
// page; all of it under a sub-path too. Export and print: export-print.test.mjs. The share
// sheet and every bad code's own message: tests/ui/share.rs.
import { before, test } from "node:test";
import assert from "node:assert/strict";
import { useSite, useTab, newPage, heading, load } from "./harness.mjs";
import { MENTEE, MENTOR } from "./personas.mjs";
import { alertText, openOwnResult, shareLink, storeAnswers, storedAnswers, topRoles } from "./own-result.mjs";

const SHARED = "A shared result";
const BROKEN = "This link didn't open a result";

const site = useSite({ sub: true });
// Tests that need no fresh profile share one tab (its storage emptied as they start).
const tab = useTab(site);
// The mentee's and the mentor's share links (no city), as the app makes them: once per file.
const links = {};
before(async () => {
  await tab.ready;
  for (const [name, answers] of [["mentee", MENTEE], ["mentor", MENTOR]]) {
    await openOwnResult(tab.page, site.root.url, answers);
    links[name] = await shareLink(tab.page);
  }
  assert.deepEqual(tab.page.errors, []);
});
const code = (link) => link.slice(link.indexOf("#") + 1);

/** Skill row of the compare table: [name, A, B, difference]. */
async function compareRow(page, skill) {
  const row = page.locator(".compare-skills tbody tr").filter({
    has: page.locator("th", { hasText: new RegExp(`^${skill}$`) }),
  });
  await row.waitFor();
  return row.locator("th, td").allTextContents();
}

test("a share link opened in a fresh profile shows the same result, read-only", async () => {
  const owner = tab.page;
  await owner.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await openOwnResult(owner, site.root.url, MENTEE, "chicago-il");
  const before = await storedAnswers(owner);
  const roles = await topRoles(owner);
  // Two full cards; the other titles are listed behind a disclosure (a short phone page).
  assert.equal(roles.length, 2);
  const link = await shareLink(owner);
  assert.match(link, new RegExp(`^${site.root.url}/results#[A-Za-z0-9_-]{8,32}$`));
  assert.ok(await owner.getByLabel("Link to your result").isVisible());

  // Headless Chromium has no share sheet, so the link goes to the clipboard.
  await owner.getByRole("button", { name: "Share result" }).click();
  const status = owner.locator(".share-status[role=status]");
  await status.filter({ hasText: "Link copied" }).waitFor();
  assert.equal(await owner.evaluate(() => navigator.clipboard.readText()), link);

  const visitor = await newPage(site.browser); // a fresh profile: the result comes from the link alone
  await visitor.goto(link);
  assert.equal(await heading(visitor), SHARED);
  await visitor.getByText("You're viewing a shared result").waitFor();
  assert.deepEqual(await topRoles(visitor), roles);
  // The shared city comes along: the salary panel shows the same city.
  assert.equal(await visitor.locator("#city-select").inputValue(), "chicago-il");
  assert.ok(await visitor.getByRole("link", { name: "Take the quiz yourself" }).isVisible());
  assert.equal(await visitor.getByRole("link", { name: "Compare with my result" }).count(), 0);
  assert.equal(await storedAnswers(visitor), null, "opening a link stores nothing");

  assert.equal(await storedAnswers(owner), before, "the owner's answers are untouched");
  assert.deepEqual(owner.errors, []);
  assert.deepEqual(visitor.errors, []);
  await owner.context().clearPermissions();
  await visitor.context().close();
});

test("a visitor with their own answers can compare, and keeps their answers", async () => {
  const link = links.mentee;
  const menteeCode = code(link);

  const mentor = tab.page;
  await openOwnResult(mentor, site.root.url, MENTOR);
  const mentorCode = (await shareLink(mentor)).split("#")[1];
  const before = await storedAnswers(mentor);
  await mentor.goto(link);
  assert.equal(await heading(mentor), SHARED);
  const compare = mentor.getByRole("link", { name: "Compare with my result" });
  await compare.click();
  await mentor.waitForURL(`${site.root.url}/compare#a=${mentorCode}&b=${menteeCode}`);
  assert.equal(await heading(mentor), "Compare two results");
  // A is the visitor (mentor), B the shared result (mentee); differences are B - A.
  assert.deepEqual(await compareRow(mentor, "Python"), ["Python", "5", "3", "\u22122"]);
  assert.equal(await storedAnswers(mentor), before, "the visitor's answers are untouched");
  assert.deepEqual(mentor.errors, []);
});

test("compare by pasting two links: skills, roles and what each lacks", async () => {
  const page = tab.page;
  const [before, after] = [links.mentee, links.mentor];
  await storeAnswers(page, site.root.url, null);
  await page.goto(`${site.root.url}/compare`);
  assert.equal(await heading(page), "Compare two results");
  assert.equal(await page.locator(".compare-skills").count(), 0, "only the form at first");
  // With B empty, the browser says so at the field and the page stays as it is.
  await page.getByLabel("Result A: link or code").fill(before);
  await page.getByRole("button", { name: "Compare" }).click();
  assert.equal(await page.getByLabel("Result B: link or code").evaluate((input) => input.validity.valueMissing), true);
  assert.equal(new URL(page.url()).hash, "", "nothing compared yet");
  // A whole link, and a bare code with stray spaces and a full stop copied along.
  await page.getByLabel("Result B: link or code").fill(`  ${after.split("#")[1]}. `);
  await page.getByRole("button", { name: "Compare" }).click();
  await page.waitForURL(`${site.root.url}/compare#a=${before.split("#")[1]}&b=${after.split("#")[1]}`);

  assert.deepEqual(await compareRow(page, "Python"), ["Python", "3", "5", "+2"]);
  assert.deepEqual(await compareRow(page, "Git"), ["Git", "2", "5", "+3"]);
  assert.deepEqual(await compareRow(page, "JavaScript"), ["JavaScript", "skipped", "2", "can't tell"]);
  assert.deepEqual(await compareRow(page, "Java"), ["Java", "not rated", "3", "can't tell"]);
  // The roles table and the leads in one round trip.
  const [roleRows, leads] = await page.evaluate(() =>
    [".compare-roles tbody tr", ".compare-lead"].map((s) => [...document.querySelectorAll(s)].map((e) => e.textContent)),
  );
  const bLead = leads.filter((text) => text.includes("What B has that A lacks"));
  assert.equal(bLead.length, 1, leads.join("\n"));
  assert.ok(roleRows.length >= 5);
  assert.match(roleRows[0], /\d+%.*\d+%.*points|same/);
  assert.match(bLead[0], /Git: 5 against 2/);
  assert.deepEqual(page.errors, []);
});

test("on a 390 px phone both compare tables fit without scrolling sideways", async () => {
  const phone = await newPage(site.browser, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  await phone.goto(`${site.root.url}/compare#a=${code(links.mentee)}&b=${code(links.mentor)}`);
  await phone.locator(".compare-roles tbody tr").first().waitFor();
  const regions = phone.locator(".table-scroll");
  assert.equal(await regions.count(), 2);
  for (const region of await regions.all()) {
    await region.scrollIntoViewIfNeeded(); // laid out (the sections below the fold wait until near)
    const [scroll, client] = await region.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    assert.ok(scroll <= client, `${await region.getAttribute("aria-label")}: ${scroll} px in ${client}`);
  }
  assert.deepEqual(phone.errors, []);
  await phone.context().close();
});

test("a damaged link shows the damaged-link message; compare still shows the good side", async () => {
  const good = code(links.mentee);
  const i = Math.floor(good.length / 2);
  const damaged = good.slice(0, i) + (good[i] === "A" ? "B" : "A") + good.slice(i + 1);

  const visitor = tab.page;
  await storeAnswers(visitor, site.root.url, null);
  await load(visitor, `${site.root.url}/results#${damaged}`);
  assert.equal(await heading(visitor), BROKEN);
  assert.match(await alertText(visitor, "damaged"), /This link is damaged/);
  assert.ok(await visitor.getByRole("link", { name: "Take the quiz yourself" }).isVisible());
  assert.ok(await visitor.getByRole("link", { name: "Browse job titles" }).first().isVisible());

  await visitor.goto(`${site.root.url}/compare#a=${good}&b=${damaged}`);
  await visitor.getByRole("heading", { name: "Result B" }).waitFor();
  assert.match(await alertText(visitor, "damaged"), /damaged/);
  const sideA = visitor.locator(".compare-side").filter({ hasText: "Result A" });
  assert.equal(await sideA.locator(".summary-roles li").count(), 5);
  const order = await visitor.locator(".compare-side h2").allTextContents();
  assert.deepEqual(order, ["Result B", "Result A"], "the side to mend first, above the other's long summary");
  const sideB = visitor.locator(".compare-side").filter({ hasText: "Result B" });
  assert.match(await sideB.textContent(), /Ask for it again\.\s*Paste it in the form above\./);
  // An empty side: its message says what to paste, and that is all.
  await visitor.goto(`${site.root.url}/compare#a=${good}&b=`);
  await sideB.getByText(/There is no result code here/).waitFor();
  assert.doesNotMatch(await sideB.textContent(), /form above/);
  assert.deepEqual(visitor.errors, []);
});

test("a link's fragment reaches the shared-result page: an empty one, and one that is no code", async () => {
  // Every kind of bad code and its message (damaged, newer version…): tests/ui/share.rs.
  const page = tab.page;
  await storeAnswers(page, site.root.url, null);
  const cases = [
    ["/results/#", "There is no result code here"],
    ["/results#%3Cscript%3Ealert(1)%3C/script%3E", "doesn't look like a result link"],
  ];
  for (const [path, message] of cases) {
    await page.goto("about:blank");
    await page.goto(`${site.root.url}${path}`);
    assert.equal(await heading(page), BROKEN, path);
    assert.match(await alertText(page, message), new RegExp(message), path);
  }
  // An in-page link (the skip link's #main) is not a code: the pages stay as they are.
  for (const path of ["/compare", "/results"]) {
    await page.goto(`${site.root.url}${path}`);
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
});

test("under a sub-path: share links and compare keep the base path", async () => {
  const page = tab.page;
  await openOwnResult(page, `${site.sub.url}/sub`, MENTEE);
  const link = await shareLink(page);
  assert.match(link, new RegExp(`^${site.sub.url}/sub/results#`));
  assert.deepEqual(page.errors, []);
  // The visitor: the same tab with the site's storage emptied, the link loaded afresh.
  const visitor = page;
  await storeAnswers(visitor, `${site.sub.url}/sub`, null);
  await load(visitor, link);
  assert.equal(await heading(visitor), SHARED);
  await visitor.goto(`${site.sub.url}/sub/compare`);
  await visitor.getByLabel("Result A: link or code").fill(link);
  await visitor.getByLabel("Result B: link or code").fill(link);
  await visitor.getByRole("button", { name: "Compare" }).click();
  await visitor.waitForURL(new RegExp(`^${site.sub.url}/sub/compare#a=`));
  assert.deepEqual(await compareRow(visitor, "Python"), ["Python", "3", "3", "same"]);
  assert.deepEqual(visitor.errors, []);
});
