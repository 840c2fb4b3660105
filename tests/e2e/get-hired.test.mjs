// "Next: get hired" (issue 20): a result that is ready now for its target shows the source
// article's job board for the target's language and its job-search steps, with links that
// open in a new tab without handing the new page a way back to this one; a stretch result
// shows nothing of it; a shared result and the role pages show it too; at 390 px nothing
// scrolls sideways. axe runs on these pages in light and dark in tests/engines/.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, useTab, heading, layOutAllSections, load } from "./harness.mjs";
import { BEGINNER, storedQuiz } from "./personas.mjs";
import { openOwnResult, shareLink, storeAnswers } from "./own-result.mjs";

const site = useSite();
// One tab for every test (its storage emptied as each opens a result): none needs a fresh profile.
const tab = useTab(site);

/** A Python back-end developer with two years in the job: junior-ready, Python Developer ready now. */
const PYTHON_DEV = storedQuiz({
  coding: 4, "software-engineering": 3, git: 3, "developer-tools": 3, "debugging-testing": 3,
  python: 4, java: 1, "ruby-rails": 0, "php-mysql": 0, javascript: 2, nodejs: 0,
  sql: 3, "web-development": 3, "html-css": 2, "rest-apis": 4,
  "cloud-infrastructure": 2, automation: 2, security: 2, optimisation: 2,
  communication: 3, "problem-solving": 4, organisation: 3,
});

/** Every link in `section` goes to an https address in a new tab, without opener or referrer, and says so. */
async function linksOpenSafely(section, what) {
  // Read in one round trip; checked one by one below.
  const links = await section
    .locator("a")
    .evaluateAll((all) => all.map((a) => [a.textContent, ...["href", "target", "rel"].map((k) => a.getAttribute(k))]));
  assert.ok(links.length >= 2, `${what}: links`);
  for (const [text, href, target, rel] of links) {
    assert.match(href, /^https:\/\/[^\s]+$/, `${what}: ${text}`);
    assert.equal(target, "_blank", `${what}: ${text}`);
    assert.equal(rel, "noopener noreferrer", `${what}: ${text}`);
    assert.match(text, /\(opens in a new tab\)$/, `${what}: ${text}`);
  }
}

/** The section's step titles, in order. */
const stepTitles = (section) => section.locator(".job-step h4").allTextContents();

test("a ready-now result shows 'Next: get hired': the Python board, the steps for a junior, links opening safely, light and dark", async () => {
  const page = tab.page;
  for (const colorScheme of ["light", "dark"]) {
    // As a context made with this colorScheme: the scheme is set before the page loads.
    await page.emulateMedia({ colorScheme });
    await openOwnResult(page, site.root.url, PYTHON_DEV);
    await page.getByLabel("The job you aim for:").selectOption({ label: "Python Developer" });
    await page.waitForFunction(() =>
      document.querySelector("#profile-heading")?.textContent.includes("Python Developer"));
    const section = page.locator("section.get-hired");
    await section.getByRole("heading", { level: 2, name: "Next: get hired" }).waitFor();
    const text = await section.textContent();
    assert.match(text, /You're ready now for Python Developer\./, colorScheme);

    // The advice is detail behind a disclosure on the results page.
    await layOutAllSections(page);
    await section.locator("summary").click();
    // The article's board for Python, at its official address.
    const board = section.locator(".job-boards").getByRole("link", { name: /Python Job Board/ });
    assert.equal(await board.getAttribute("href"), "https://www.python.org/jobs/");
    assert.equal(await section.locator(".job-boards li").count(), 1, "only the board for Python");
    await linksOpenSafely(section, colorScheme);

    // Junior-ready: showing your work first, and the paragraph on degrees and bootcamps.
    const steps = await stepTitles(section);
    assert.deepEqual(steps.slice(0, 2), ["A portfolio site", "Your code on GitHub"]);
    assert.equal(steps.length, 8);
    assert.equal(await section.locator(".job-step a").count(), 8, "one resource per step");
    await section.getByRole("heading", { name: "Freelancing and contracting" }).waitFor();
    await section.getByRole("heading", { name: "Degrees and bootcamps" }).waitFor();
    assert.match(text, /bootcamp/);

    // After the learning plan.
    const order = await page.evaluate(() =>
      [...document.querySelectorAll(".results-view > section")].map((s) => s.className));
    assert.ok(order.indexOf("get-hired") === order.indexOf("learning-plan") + 1, order.join(", "));

    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(background === "rgb(20, 23, 28)", colorScheme === "dark", `${colorScheme} palette`);
    assert.deepEqual(page.errors, [], colorScheme);
  }
  await page.emulateMedia({ colorScheme: "light" });
});

test("a board link opens in a new tab that cannot reach back to the app", async () => {
  const page = tab.page;
  await openOwnResult(page, site.root.url, PYTHON_DEV);
  // No network to the outside world here: answer the board's address with a stub page.
  await page.context().route("https://www.python.org/**", (route) =>
    route.fulfill({ status: 200, contentType: "text/html", body: "<title>Python jobs (stub)</title>" }),
  );
  await layOutAllSections(page);
  await page.locator(".get-hired summary").click();
  const link = page.locator(".get-hired .job-boards a").first();
  await link.scrollIntoViewIfNeeded();
  const [opened] = await Promise.all([page.context().waitForEvent("page"), link.click()]);
  await opened.waitForLoadState();
  assert.equal(opened.url(), "https://www.python.org/jobs/");
  assert.deepEqual(await opened.evaluate(() => [window.opener, document.referrer]), [null, ""]);
  assert.match(new URL(page.url()).pathname, /^\/results\/?$/, "the results stay open in their tab");
  assert.equal(await heading(page), "Your results");
  assert.deepEqual(page.errors, []);
  await opened.close();
  await page.context().unroute("https://www.python.org/**");
});

test("a stretch result shows no 'Next: get hired'; a shared result that is ready now does", async () => {
  // One tab in turn: the beginner's own result, the developer's, then theirs as a visitor
  // without answers of their own sees it.
  const page = tab.page;
  await openOwnResult(page, site.root.url, BEGINNER);
  await page.locator(".learning-plan").waitFor();
  await page.locator(".calibration-review").waitFor();
  assert.equal(await page.locator(".get-hired").count(), 0, "a stretch gets the learning plan only");
  assert.doesNotMatch(await page.locator("main").textContent(), /Next: get hired/);

  await openOwnResult(page, site.root.url, PYTHON_DEV);
  const link = await shareLink(page);
  const visitor = page;
  await storeAnswers(visitor, site.root.url, null);
  await load(visitor, link);
  assert.equal(await heading(visitor), "A shared result");
  const section = visitor.locator("section.get-hired");
  await section.waitFor();
  // The shared answers' own target: the best back-end match, which asks for no one
  // language, so the boards are for the language they know.
  assert.match(await section.textContent(), /This person is ready now for Back End Developer\./);
  assert.match(await section.locator(".job-boards").textContent(), /Python Job Board/);
  await linksOpenSafely(section, "shared");
  assert.deepEqual(page.errors, []);
});

test("role pages show the section for their role; a board without a known address says so instead of linking", async () => {
  const page = tab.page;
  await page.goto(`${site.root.url}/roles/java-developer`);
  assert.equal(await heading(page), "Java Developer");
  let section = page.locator("section.get-hired");
  await section.waitFor();
  assert.match(await section.textContent(), /Where to look for Java Developer jobs/);
  const geeks = section.getByRole("link", { name: /Java Code Geeks/ });
  assert.equal(await geeks.getAttribute("href"), "https://www.javacodegeeks.com/");
  assert.match(await section.locator(".job-boards").textContent(), /home page/);
  await linksOpenSafely(section, "Java Developer");

  await page.goto(`${site.root.url}/roles/ruby-developer`);
  section = page.locator("section.get-hired");
  await section.waitFor();
  // Each board as [text, its link count], in one round trip.
  const boards = await section
    .locator(".job-boards li")
    .evaluateAll((all) => all.map((li) => [li.textContent, li.querySelectorAll("a").length]));
  assert.equal(boards.length, 2);
  for (const name of ["Ruby Now Jobs", "Ruby on Rails Jobs"]) {
    const [text, links] = boards.find(([text]) => text.includes(name)) ?? [];
    assert.equal(links, 0, `${name}: no link`);
    assert.match(text, /No link: the article gives no address/);
  }

  await page.goto(`${site.root.url}/roles/wordpress-php-developer`);
  assert.match(await page.locator("section.get-hired .job-boards").textContent(), /WP Hired/);
  assert.deepEqual(page.errors, []);
});

test("at 390 px wide the results and role pages with the section do not scroll sideways", async () => {
  const page = tab.page;
  await page.setViewportSize({ width: 390, height: 844 });
  await storeAnswers(page, site.root.url, PYTHON_DEV);
  for (const path of ["/results", "/roles/python-developer", "/roles/back-end-developer"]) {
    await page.goto(`${site.root.url}${path}`);
    await page.locator("section.get-hired").waitFor();
    // Lay out every section (content-visibility would clip an overflow instead of showing it).
    await page.evaluate(() => {
      for (const s of document.querySelectorAll("main section")) s.style.contentVisibility = "visible";
    });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `${path} is ${width}px wide`);
  }
  assert.deepEqual(page.errors, []);
  await page.setViewportSize({ width: 1280, height: 720 }); // Playwright's default again
});
