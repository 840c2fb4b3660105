// The app shell by keyboard: landing, job titles, a role page, the header, the skip link,
// not-found pages and the data-error message with Retry.
import assert from "node:assert/strict";
import { Key } from "selenium-webdriver";
import { BROKEN_SITE_ERRORS, LANDING, NOT_FOUND, prefersDark } from "./common.mjs";

/** Moves the app's own router to `path` (as a link inside the app would). */
const routeTo = (driver, path) =>
  driver.executeScript(
    "history.pushState(null, '', arguments[0]); dispatchEvent(new PopStateEvent('popstate'));",
    path,
  );

/** The skip link is the first Tab stop, is shown, and moves focus to the main content. */
async function skipToContent(driver, h) {
  const path = await h.path();
  const focus = await h.tabTo("Skip to content");
  assert.equal(focus.name, "Skip to content", "the skip link is the first Tab stop");
  await h.press(Key.ENTER);
  await driver.wait(async () => (await h.focused())?.id === "main", 5000, "focus moves to main");
  assert.equal(await h.path(), path, "the skip link stays on the page");
}

export async function landingToRoleByKeyboard(driver, baseUrl, h) {
  await h.visit("/");
  await h.heading(LANDING);
  assert.equal(await prefersDark(driver), false, "light colour scheme");
  assert.equal(await driver.executeScript("return document.documentElement.lang"), "en");
  const landingTitle = await driver.getTitle();
  await h.axe("the landing page");

  await h.activate("Browse job titles");
  await h.heading("Job titles");
  await h.focusOnHeading("Job titles");
  assert.equal(await h.path(), "/roles");
  assert.notEqual(await driver.getTitle(), landingTitle, "each page has its own title");
  await h.axe("the job titles list");

  // A role link: focus and the announcement move to the role's page.
  await h.activate("Python Developer");
  await h.heading("Python Developer");
  await h.focusOnHeading("Python Developer");
  assert.equal(await h.path(), "/roles/python-developer");
  const description = await driver.executeScript(
    "return document.querySelector('meta[name=description]').content",
  );
  assert.match(description, /Python/);
  await h.axe("a role page");

  // A reload of the deep link, then the skip link from a fresh page load.
  await h.reload();
  await h.heading("Python Developer");
  await h.axe("a role page after a reload");
  await skipToContent(driver, h);
}

export async function headerNavigationByKeyboard(driver, baseUrl, h) {
  await h.visit("/roles/sql-developer");
  await h.heading("SQL Developer");
  await h.activate("All job titles");
  await h.heading("Job titles");
  await h.activate("Back-End Skill Check");
  await h.heading(LANDING);
  await h.activate("Job titles");
  await h.heading("Job titles");
  const current = await driver.executeScript(
    "return [...document.querySelectorAll('nav a[aria-current=page]')].map(a => a.textContent.trim())",
  );
  assert.deepEqual(current, ["Job titles"], "the header marks the current page");
}

export async function notFoundPages(driver, baseUrl, h) {
  // Hosts serve 404.html for unknown paths; it is the app, showing the not-found page.
  await h.visit("/404.html");
  await h.heading(NOT_FOUND);
  await h.axe("the not-found page");
  await h.activate("Go to the start page");
  await h.heading(LANDING);

  await routeTo(driver, "/no/such/page");
  await h.heading(NOT_FOUND);

  await routeTo(driver, "/roles/astronaut");
  await h.heading("We don't know that job title");
  await h.axe("the unknown job title page");
  await h.activate("See all job titles");
  await h.heading("Job titles");
}

export async function dataErrorAndRetry(driver, baseUrl, h) {
  const broken = await h.openSite({ remove: ["data/roles.json"] });
  h.allowErrors(BROKEN_SITE_ERRORS);
  await h.visit(`${broken.url}/roles`);
  const alert = await h.text("[role=alert]");
  assert.match(alert, /The skill data didn't load/);
  assert.match(alert, /roles\.json, error 404/);
  assert.match(alert, /Your saved answers are safe/);
  await h.axe("the data-error message");

  // The file is back (the site finished updating): Retry, by keyboard, recovers.
  broken.restore("data/roles.json");
  await h.activate("Retry");
  await driver.wait(
    () => driver.executeScript("return !document.querySelector('[role=alert]') && !!document.querySelector('.role-list a')"),
    15_000,
    "Retry loads the job titles",
  );
  await h.heading("Job titles");
  await h.axe("the job titles list after Retry");
}
