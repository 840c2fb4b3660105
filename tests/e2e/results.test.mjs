// The results page and the role pages in a real browser: a stored quiz (the worked
// example "Sam" from docs/scoring.md) gives role cards leading to role pages, a salary
// panel whose city choice is remembered, a target that survives a reload and a learning
// plan; no stored answers give a friendly empty state; role pages open from deep links.
// The results view's content on its own (cards, counts, check review, both charts and
// their tables, a picked target): tests/ui/results.rs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, useTab, heading } from "./harness.mjs";
import { samStored, storedQuiz } from "./personas.mjs";
import { openOwnResult, storeAnswers } from "./own-result.mjs";

const site = useSite();
// One tab for every test, its storage emptied as each stores its answers (as a fresh profile's).
const tab = useTab(site);

/** Stores Sam's answers as the page's own, then opens the results. */
async function samsResults(page) {
  await openOwnResult(page, site.root.url, samStored());
  assert.equal(await heading(page), "Your results");
}

test("results: a role card leads to its role page, which shows the match", async () => {
  // The cards' content, the answer counts and the check review: tests/ui/results.rs.
  const page = tab.page;
  await samsResults(page);
  const cards = page.locator(".role-card");
  await cards.first().waitFor();
  await cards.first().getByRole("link", { name: "Junior Back End Developer" }).click();
  await page.waitForURL(`${site.root.url}/roles/junior-back-end-developer`);
  assert.equal(await heading(page), "Junior Back End Developer");
  assert.match(await page.locator(".your-match").textContent(), /Your match: 94% \(ready now\)/);
  assert.deepEqual(page.errors, []);
});

/** A Python back-end developer with two years in the job (no check answered: the ratings stand). */
const PYTHON_DEV = {
  coding: 4, "software-engineering": 3, git: 3, "developer-tools": 3, "debugging-testing": 3,
  python: 4, java: 1, "ruby-rails": 0, "php-mysql": 0, javascript: 2, nodejs: 0,
  sql: 3, "web-development": 3, "html-css": 2, "rest-apis": 4,
  "cloud-infrastructure": 2, automation: 2, security: 2, optimisation: 2,
  communication: 3, "problem-solving": 4, organisation: 3,
};

test("back-end titles first, related careers apart with what they'd add, and a target the person picks", async () => {
  const page = tab.page;
  await openOwnResult(page, site.root.url, storedQuiz(PYTHON_DEV));
  const backEnd = page.locator(".top-roles .role-card h3");
  await backEnd.first().waitFor();
  assert.match(await backEnd.first().textContent(), /^(Python Developer|Back End Developer)$/);
  const backEndTitles = await backEnd.allTextContents();
  for (const related of ["iOS Developer", "Android Developer", "Web Designer", "Full Stack Developer"]) {
    assert.ok(!backEndTitles.includes(related), `${related} is not a back-end title`);
  }
  // Related careers in their own section, each saying what the quiz can't measure.
  const related = page.locator(".related-roles");
  await related.getByRole("heading", { name: "Where you could go next" }).waitFor();
  assert.ok((await related.locator(".role-card").count()) >= 3);
  assert.match(await related.textContent(), /Also needs \(this quiz can't measure it\)/);
  assert.doesNotMatch(await related.textContent(), /iOS Developer\d+% match · readiness: ready now/);

  // The chart and the plan follow the target; the pick is remembered.
  const profileHeading = page.locator("#profile-heading");
  const planIntro = page.locator(".learning-plan > p").first();
  const before = await planIntro.textContent();
  await page.getByLabel("The job you aim for:").selectOption({ label: "Senior Back End Developer" });
  await page.waitForFunction(() =>
    document.querySelector("#profile-heading")?.textContent.includes("Senior Back End Developer"));
  assert.match(await planIntro.textContent(), /Senior Back End Developer/);
  assert.notEqual(await planIntro.textContent(), before);
  const raises = await page.locator(".plan-step .raises li").allTextContents();
  assert.ok(raises.length > 0, "the plan says what each step raises");
  for (const step of raises) {
    assert.match(step, /^Senior Back End Developer: /, "the plan raises only the target");
  }
  await page.reload();
  await profileHeading.waitFor();
  assert.match(await profileHeading.textContent(), /Senior Back End Developer/);
  assert.deepEqual(page.errors, []);
});

test("salary panel: US average, city choice updates the figure and survives a reload", async () => {
  const page = tab.page;
  await samsResults(page);
  const panel = page.locator(".salary-panel");
  await panel.waitFor();
  const figure = panel.locator(".city-figure");
  assert.match(await figure.textContent(), /\$158,330/);
  // Sam's top roles include SQL Developer, whose figure is a BLS median with its own date.
  assert.match(await panel.textContent(), /SQL Developer\$104,620 a year: BLS median for Database administrators \(May 2024\)/);
  // BLS figures are medians; the article's figures are as published, not re-checked, said once
  // for the panel; a Junior title's all-levels median says so on its line.
  const panelText = await panel.textContent();
  assert.doesNotMatch(panelText, /last checked|no date given/i);
  assert.equal(panelText.match(/not re-checked/g).length, 1, panelText);
  assert.match(panelText, /Glassdoor.*: as published in the source article \(2024\), not re-checked/);
  assert.match(panelText, /US Bureau of Labor Statistics \(BLS\) medians/);
  assert.match(panelText, /BLS median for Software developers \(May 2023\).* — all experience levels, not junior-specific/);

  await page.getByLabel("Back End Developer pay in").selectOption({ label: "Houston, TX" });
  await page.waitForFunction(() => document.querySelector(".city-figure").textContent.includes("$120K"));
  assert.match(
    await figure.textContent(),
    /In Houston, TX, a Back End Developer makes about \$120K a year: \$38K \(24%\) less than the US average of \$158,330 \(Indeed\.com\)\./,
  );

  await page.reload();
  assert.equal(await heading(page), "Your results");
  await page.locator(".city-figure").waitFor();
  assert.match(await page.locator(".city-figure").textContent(), /\$120K.*\$38K \(24%\) less/);
  assert.equal(await page.getByLabel("Back End Developer pay in").inputValue(), "houston-tx");

  await page.getByLabel("Back End Developer pay in").selectOption({ label: "US average" });
  await page.waitForFunction(() => document.querySelector(".city-figure").textContent.includes("$158,330"));
  assert.deepEqual(page.errors, []);
});

test("learning plan: steps with resources that open safely in a new tab", async () => {
  const page = tab.page;
  await samsResults(page);
  await page.locator(".plan-step").first().waitFor();
  // Everything read in one round trip, checked one by one below.
  const plan = await page.evaluate(() => {
    const all = (selector, root = document) => [...root.querySelectorAll(selector)];
    return {
      steps: all(".plan-step").map((step) => ({
        text: step.textContent,
        startWith: all(".start-with", step).map((s) => s.textContent),
      })),
      links: all(".learning-plan a").length,
      newTab: all('a[target="_blank"]').map((a) => [a.getAttribute("rel"), a.textContent]),
      meta: document.querySelector(".learning-plan .resource-meta")?.textContent,
      hrefs: all(".learning-plan .resource a").map((a) => a.href),
    };
  });
  const { steps, hrefs } = plan;
  assert.ok(steps.length >= 2, "Junior's two gaps");
  assert.match(steps[0].text, /Debugging and testing: level 1 → 2/);
  assert.ok(plan.links >= 3);
  for (const [rel, text] of plan.newTab) {
    assert.equal(rel, "noopener noreferrer");
    assert.match(text, /\(opens in a new tab\)/);
  }
  assert.match(plan.meta, /(Free|Paid)/);
  // Each step starts with one "start with" resource; no resource shows twice in the plan.
  for (const step of steps) {
    assert.equal(step.startWith.length, 1);
    assert.match(step.startWith[0], /^Start with: /);
  }
  assert.equal(new Set(hrefs).size, hrefs.length, hrefs.join("\n"));
  assert.deepEqual(page.errors, []);
});

test("at 320 px wide the results and role pages do not scroll sideways", async () => {
  const page = tab.page;
  await page.setViewportSize({ width: 320, height: 640 });
  await storeAnswers(page, site.root.url, samStored());
  for (const path of ["/results", "/roles/python-developer"]) {
    await page.goto(`${site.root.url}${path}`);
    if (path === "/results") {
      assert.equal(await heading(page), "Your results");
      await page.locator(".salary-chart svg").waitFor({ state: "attached" });
    }
    await page.locator(".profile-chart svg").waitFor({ state: "attached" });
    // Lay out every section (content-visibility would clip an overflow instead of showing
    // it). Set through the CSSOM, which the page's CSP allows.
    await page.evaluate(() => {
      for (const s of document.querySelectorAll("main section")) s.style.contentVisibility = "visible";
      for (const d of document.querySelectorAll("main details")) d.open = true;
    });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 320, `${path} is ${width}px wide`);
  }
  assert.deepEqual(page.errors, []);
  await page.setViewportSize({ width: 1280, height: 720 }); // Playwright's default again
});

test("without stored answers: a friendly empty state with ways on", async () => {
  const page = tab.page;
  await storeAnswers(page, site.root.url, null);
  await page.goto(`${site.root.url}/results`);
  assert.equal(await heading(page), "Your results");
  await page.getByRole("heading", { name: "No answers yet" }).waitFor();
  await page.locator("main").getByRole("link", { name: "Browse job titles" }).click();
  await page.waitForURL(`${site.root.url}/roles`);
  await page.goBack();
  await page.locator("main").getByRole("link", { name: "Take the quiz" }).click();
  await page.waitForURL(`${site.root.url}/quiz`);
  assert.deepEqual(page.errors, []);
});

test("role pages open from deep links with their salary, profile, resources and related careers", async () => {
  const page = tab.page;
  await page.goto(`${site.root.url}/roles/qa-engineer`);
  assert.equal(await heading(page), "QA Engineer");
  const qa = await page.evaluate(() => {
    const count = (selector) => document.querySelectorAll(selector).length;
    return {
      main: document.querySelector("main").textContent,
      bars: count(".profile-chart svg rect.bar-needed"),
      rows: count(".profile-chart table tbody tr"),
      resources: count(".resource-list a[rel='noopener noreferrer']"),
      related: count(".related a"),
    };
  });
  assert.match(qa.main, /\$101,800 a year: BLS median for Software quality assurance analysts and testers \(May 2023\)/);
  assert.ok(qa.bars >= 6);
  assert.ok(qa.rows >= 6);
  assert.ok(qa.resources >= 1);
  assert.ok(qa.related >= 1);

  await page.goto(`${site.root.url}/roles/front-end-developer`);
  assert.equal(await heading(page), "Front End Developer");
  assert.match(await page.locator("main").textContent(), /No salary figure/);
  assert.match(await page.locator("main").textContent(), /Moving here from back-end development/);

  await page.goto(`${site.root.url}/roles/senior-back-end-developer`);
  assert.equal(await heading(page), "Senior Back End Developer");
  assert.match(
    await page.locator(".role-salary-details").textContent(),
    /\$132,270 a year: BLS median for Software developers \(May 2023\).* — all experience levels, not senior-specific/,
  );

  await page.goto(`${site.root.url}/roles/python-developer`);
  assert.equal(await heading(page), "Python Developer");
  const pay = await page.locator(".role-salary-details").textContent();
  assert.match(pay, /Indeed\.com.*: \$133K a year/);
  assert.match(pay, /Glassdoor.*: \$97K a year/);
  assert.match(pay, /Range across sources: \$97K–\$133K/);
  assert.match(pay, /Indeed\.com.*average: \$133K a year/);
  assert.match(pay, /Indeed\.com and Glassdoor averages: as published in the source article \(2024\), not re-checked\./);
  assert.doesNotMatch(pay, /last checked|no date given/i);

  await page.locator(".related a").first().click();
  await page.waitForURL(/\/roles\/[a-z-]+$/);
  assert.notEqual(await heading(page), "Python Developer");
  assert.deepEqual(page.errors, []);
});
