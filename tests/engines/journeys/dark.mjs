// Dark mode: every page and state with the system colour scheme set to dark, axe
// (colour contrast included) on each.
import assert from "node:assert/strict";
import { Key } from "selenium-webdriver";
import {
  BROKEN_SITE_ERRORS,
  LANDING,
  NOT_FOUND,
  prefersDark,
  samStored,
  shareLink,
  storeQuiz,
} from "./common.mjs";
import { quizStep } from "./quiz.mjs";

/** Every page and state above with the system set to dark: axe (incl. contrast) on each. */
export async function darkMode(driver, baseUrl, h) {
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
  // Every skill at 3 is ready now for Back End Developer: the job-search advice shows.
  assert.equal(await h.text(".get-hired h2"), "Next: get hired");
  await h.axe("the results page");

  // That result shared (seen with own answers: compare is offered), and compared with Sam.
  const mine = await shareLink(driver);
  await h.visit(mine);
  await h.heading("A shared result");
  assert.equal(await h.text(".get-hired h2"), "Next: get hired");
  await h.axe("a shared result");
  await storeQuiz(driver, samStored());
  await h.visit("/results");
  const sam = (await shareLink(driver)).split("#")[1];
  await h.visit(`/compare#a=${sam}&b=${mine.split("#")[1]}`);
  await h.heading("Compare two results");
  await h.text(".compare-skills");
  await h.axe("two results compared");

  for (const [path, heading] of [
    ["/compare", "Compare two results"],
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
