// The journeys every engine runs, by keyboard only, with axe-core on every page and state.
// Each journey is `{ name, run(driver, baseUrl, helpers), dark? }` (helpers: page.mjs);
// adding a journey is one function and one line in JOURNEYS. `dark: true` runs it with
// the system colour scheme set to dark.
import assert from "node:assert/strict";
import { Key } from "selenium-webdriver";
import { QUIZ_KEY, samStored } from "../e2e/personas.mjs";

const LANDING = "Am I ready for a back-end job?";
// A site with a data file removed: the app shows its error, and the service worker's
// precache (which needs every file) fails to install, as it should.
const BROKEN_SITE_ERRORS = /roles\.json|addAll/;
const NOT_FOUND = "We couldn't find that page";

const prefersDark = (driver) =>
  driver.executeScript("return matchMedia('(prefers-color-scheme: dark)').matches");

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

async function landingToRoleByKeyboard(driver, baseUrl, h) {
  await h.visit("/");
  await h.heading(LANDING);
  assert.equal(await prefersDark(driver), false, "light colour scheme");
  assert.equal(await driver.executeScript("return document.documentElement.lang"), "en");
  const landingTitle = await driver.getTitle();
  await h.axe("the landing page");

  await h.activate("Browse job titles");
  await h.heading("Job titles");
  assert.equal(await h.path(), "/roles");
  assert.notEqual(await driver.getTitle(), landingTitle, "each page has its own title");
  await h.axe("the job titles list");

  await h.activate("Python Developer");
  await h.heading("Python Developer");
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

async function headerNavigationByKeyboard(driver, baseUrl, h) {
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

async function notFoundPages(driver, baseUrl, h) {
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

async function dataErrorAndRetry(driver, baseUrl, h) {
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

/**
 * { n, total, title } of the quiz step on screen, once it shows step `n`; with `focused`,
 * also once focus has moved to the step's heading (as it does after each step change).
 */
async function quizStep(driver, n, { focused = false } = {}) {
  let step;
  const wanted = `quiz step ${n}${focused ? " with focus on its heading" : ""}`;
  await driver.wait(async () => {
    step = await driver.executeScript(`
      const label = document.querySelector("#quiz-progress-label")?.textContent ?? "";
      const [, n, total] = label.match(/Question (\\d+) of (\\d+)/) ?? [];
      const heading = document.querySelector("#quiz-step-heading");
      return n && heading ? {
        n: Number(n), total: Number(total), title: heading.textContent.trim(),
        focused: document.activeElement === heading,
      } : null;`);
    return step?.n === n && (!focused || step.focused);
  }, 15_000).catch(() => assert.fail(`expected ${wanted}; the quiz shows ${JSON.stringify(step)}`));
  return step;
}

async function quizByKeyboard(driver, baseUrl, h) {
  await h.visit("/");
  await h.heading(LANDING);
  await h.activate("Start the quiz");
  assert.equal((await quizStep(driver, 1)).title, "Coding (general programming)");
  await h.axe("the first quiz step");

  // Into the radio group with Tab; arrow keys pick a level there; Enter goes on.
  await h.tabTo(/^Level 0/);
  await h.press(Key.ARROW_DOWN, Key.ARROW_DOWN);
  assert.match((await h.focused()).name, /^Level 2/);
  await h.press(Key.ENTER);
  await quizStep(driver, 2, { focused: true });

  // The Finish panel with unanswered skills, then back to the first unanswered one.
  await h.activate("Finish and see results");
  await h.focusMovesTo("quiz-finish-heading");
  await h.axe("the Finish panel with unanswered skills");
  await h.activate("Go to the first unanswered skill");
  await quizStep(driver, 2, { focused: true });

  // The Start over question, cancelled.
  await h.activate("Start over");
  await h.focusMovesTo("quiz-start-over-heading");
  await h.axe("the Start over question");
  await h.activate("Cancel");
  await h.focusMovesTo("quiz-start-over");

  // The overview of all skills (above Start over), opened from its summary.
  await h.activate(/^All skills \(/, { back: true });
  await h.axe("the open overview of all skills");
  await h.press(Key.ENTER);

  // Every other step with the quiz's own keys: a digit picks, → or Enter goes on (→ first:
  // focus is still on the overview's summary, where Enter toggles it).
  const levels = [3, 0, 1, 4, 2, 5];
  let sawCheck = false;
  const next = (step) => quizStep(driver, step.n + 1, { focused: true });
  for (let step = await quizStep(driver, 2); ; step = await next(step)) {
    const isCheck = step.title.startsWith("Check question:");
    await h.press(isCheck ? "1" : String(levels[step.n % levels.length]));
    if (isCheck && !sawCheck) {
      sawCheck = true;
      await h.axe("a check question");
    }
    if (step.n === step.total) break;
    await h.press(step.n % 2 ? Key.ENTER : Key.ARROW_RIGHT);
  }
  assert.ok(sawCheck, "ratings of 2 or more bring check questions");
  await h.axe("the last quiz step");

  await h.activate("Finish and see results");
  await h.heading("Your results");
  assert.equal(await h.path(), "/results");
  await h.axe("the results page");
}

/** Sam's stored answers (docs/scoring.md), then the results page by keyboard. */
async function resultsByKeyboard(driver, baseUrl, h) {
  await h.visit("/results");
  await h.heading("Your results");
  assert.equal(await h.text("#no-answers"), "No answers yet");
  await h.axe("the results page without answers");
  await h.activate("Take the quiz", { inside: "main" });
  await quizStep(driver, 1);

  await driver.executeScript("localStorage.setItem(arguments[0], arguments[1])", QUIZ_KEY, samStored());
  await h.visit("/results");
  await h.heading("Your results");
  assert.match(await h.text(".role-card"), /Junior Back End Developer.*96% match · readiness: ready now/);
  await h.axe("the results page");

  // The city picker: Tab to it, type a city's first letters (as on any closed list box).
  await h.tabTo("Back End Developer pay in");
  assert.equal((await h.focused()).id, "city-select");
  await h.press("Hous");
  await driver.wait(async () => /\$120K/.test(await h.text(".city-figure")), 10_000, "Houston's figure");
  assert.match(await h.text(".city-figure"), /In Houston, TX, a Back End Developer makes about \$120K a year: -23\.75%/);
  await h.axe("the results page with a city chosen");

  // A role card (above the picker) leads to the role page, which shows the match.
  await h.activate("Junior Back End Developer", { inside: ".role-card", back: true });
  await h.heading("Junior Back End Developer");
  assert.match(await h.text(".your-match"), /Your match: 96% \(ready now\)/);
  await h.axe("a role page with a match");
}

/** Every page and state above with the system set to dark: axe (incl. contrast) on each. */
async function darkMode(driver, baseUrl, h) {
  await h.visit("/");
  await h.heading(LANDING);
  assert.equal(await prefersDark(driver), true, "the engine reports prefers-color-scheme: dark");
  const background = await driver.executeScript("return getComputedStyle(document.body).backgroundColor");
  assert.equal(background, "rgb(20, 23, 28)", "the dark palette is in use");
  await h.axe("the landing page");
  await h.visit("/quiz");
  let step = await quizStep(driver, 1);
  await h.axe("the first quiz step");
  await h.activate("Finish and see results");
  await h.focusMovesTo("quiz-finish-heading");
  await h.axe("the Finish panel");
  await h.activate("Go to the first unanswered skill");
  step = await quizStep(driver, 1, { focused: true });
  // Ratings of 3 bring check questions (after the skills): rate on until the first one.
  while (!step.title.startsWith("Check question:") && step.n < step.total) {
    await h.press("3", Key.ENTER);
    step = await quizStep(driver, step.n + 1, { focused: true });
  }
  assert.match(step.title, /^Check question:/);
  await h.axe("a check question");
  // The results of the answers just given, with a city chosen.
  await h.visit("/results");
  await h.heading("Your results");
  await h.text(".role-card");
  await h.tabTo("Back End Developer pay in");
  await h.press("Hous");
  await driver.wait(async () => /Houston/.test(await h.text(".city-figure")), 10_000, "Houston's figure");
  await h.axe("the results page");
  for (const [path, heading] of [
    ["/roles", "Job titles"],
    ["/roles/python-developer", "Python Developer"],
    ["/404.html", NOT_FOUND],
  ]) {
    await h.visit(path);
    await h.heading(heading);
    await h.axe(path);
  }
  const broken = await h.openSite({ remove: ["data/roles.json"] });
  h.allowErrors(BROKEN_SITE_ERRORS);
  await h.visit(`${broken.url}/roles`);
  await h.text("[role=alert]");
  await h.axe("the data-error message");
}

export const JOURNEYS = [
  { name: "landing to a role page by keyboard", run: landingToRoleByKeyboard },
  { name: "header navigation by keyboard", run: headerNavigationByKeyboard },
  { name: "not-found pages", run: notFoundPages },
  { name: "data error and Retry", run: dataErrorAndRetry },
  { name: "the whole quiz by keyboard", run: quizByKeyboard },
  { name: "results by keyboard", run: resultsByKeyboard },
  { name: "dark mode: axe on every page", run: darkMode, dark: true },
];
