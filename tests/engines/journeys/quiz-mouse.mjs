// The whole quiz by mouse (WebDriver clicks), ending on a check question: a pick survives a
// reload, Skip on a rated skill asks first, Finish straight after the last pick keeps it.
import assert from "node:assert/strict";
import { By } from "selenium-webdriver";
import { QUIZ_KEY } from "../../e2e/personas.mjs";
import { quizStep } from "./quiz.mjs";

const button = (driver, text) => driver.findElement(By.xpath(`//button[normalize-space()='${text}']`));
const stored = (driver) =>
  driver.executeScript("return JSON.parse(localStorage.getItem(arguments[0]))", QUIZ_KEY);
const checked = (driver, index) =>
  driver.findElement(By.css(`.quiz-step label.quiz-option:nth-of-type(${index + 1}) input`)).isSelected();

/**
 * Clicks level `index`'s label on a skill step, or choice `index`'s on a check question,
 * and waits until its radio is checked. WebKitGTK now and then drops a click that lands
 * while the step is still being laid out; a person would click again, and so does this.
 */
async function clickOption(driver, index) {
  for (let attempt = 0; attempt < 3 && !(await checked(driver, index)); attempt++) {
    await driver.findElement(By.css(`.quiz-step label.quiz-option:nth-of-type(${index + 1})`)).click();
    await driver.wait(() => checked(driver, index), 5_000).catch(() => {});
  }
  assert.ok(await checked(driver, index), `option ${index + 1} never got checked`);
}

/** Clicks the button named `text` until `done()` holds (at most three clicks). */
async function clickUntil(driver, text, done, what) {
  for (let attempt = 0; attempt < 3 && !(await done()); attempt++) {
    await button(driver, text).click();
    await driver.wait(done, 5_000).catch(() => {});
  }
  assert.ok(await done(), `clicking "${text}" never led to ${what}`);
}

/** Clicks Next and waits for step `n` + 1, clicking again only if the quiz is still at `n`. */
async function next(driver, n) {
  const at = () =>
    driver.executeScript(
      "return Number(document.querySelector('.quiz-progress [role=progressbar]')?.getAttribute('aria-valuenow'))",
    );
  for (let attempt = 0; attempt < 3 && (await at()) === n; attempt++) {
    await button(driver, "Next →").click();
    await driver.wait(async () => (await at()) !== n, 5_000).catch(() => {});
  }
  return quizStep(driver, n + 1);
}

export async function quizByMouse(driver, baseUrl, h) {
  await h.visit("/quiz");
  await quizStep(driver, 1);

  // Skip on a rated skill asks first; keeping the level changes nothing.
  await clickOption(driver, 3);
  const skipAsked = () => driver.executeScript("return !!document.getElementById('quiz-skip-heading')");
  await clickUntil(driver, "Skip", skipAsked, "the Skip question");
  await h.focusMovesTo("quiz-skip-heading");
  await h.axe("the Skip question on a rated skill");
  await clickUntil(driver, "Keep level 3", async () => !(await skipAsked()), "the question closing");
  assert.equal((await stored(driver)).answers.ratings.coding, 3);

  let checks = 0;
  let reloaded = false;
  for (let step = await quizStep(driver, 1); ; ) {
    const isCheck = step.title.startsWith("Check question:");
    if (isCheck) {
      checks++;
      await clickOption(driver, 1);
      if (!reloaded) {
        // A pick with no Next after it survives a reload.
        reloaded = true;
        await h.reload();
        await quizStep(driver, step.n);
        assert.ok(await checked(driver, 1), `${h.engine}: the pick is shown after a reload`);
      }
    } else if (step.n > 1) {
      await clickOption(driver, step.n % 6);
    }
    // A missed check question opens one more, a level lower: read the road again.
    const total = await driver.executeScript(
      "return Number(document.querySelector('.quiz-progress [role=progressbar]')?.getAttribute('aria-valuemax'))",
    );
    if (step.n === total) break;
    step = await next(driver, step.n);
  }
  assert.ok(checks > 1, "this run brings several check questions");
  assert.ok(reloaded);

  // The last step is a check question picked just now: Finish right away keeps it.
  const onResults = async () => (await h.path()) === "/results";
  await clickUntil(driver, "Finish and see results", onResults, "the results page");
  await h.heading("Your results");
  const saved = await stored(driver);
  assert.equal(Object.keys(saved.answers.ratings).length, 22);
  assert.equal(Object.keys(saved.answers.checks).length, checks, `${h.engine}: every check answer kept`);
}
