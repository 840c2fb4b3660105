// The whole quiz by mouse (WebDriver clicks), ending on a check question: a pick survives a
// reload, Skip on a rated skill asks first, Finish straight after the last pick keeps it.
import assert from "node:assert/strict";
import { By } from "selenium-webdriver";
import { QUIZ_KEY } from "../../e2e/personas.mjs";
import { quizStep } from "./quiz.mjs";

const button = (driver, text) => driver.findElement(By.xpath(`//button[normalize-space()='${text}']`));
const stored = (driver) =>
  driver.executeScript("return JSON.parse(localStorage.getItem(arguments[0]))", QUIZ_KEY);
/** Clicks level `level`'s label on a skill step, or choice `index`'s on a check question. */
const clickOption = (driver, index) =>
  driver.findElement(By.css(`.quiz-step label.quiz-option:nth-of-type(${index + 1})`)).click();
const checked = (driver, index) =>
  driver.findElement(By.css(`.quiz-step label.quiz-option:nth-of-type(${index + 1}) input`)).isSelected();

export async function quizByMouse(driver, baseUrl, h) {
  await h.visit("/quiz");
  await quizStep(driver, 1);

  // Skip on a rated skill asks first; keeping the level changes nothing.
  await clickOption(driver, 3);
  await button(driver, "Skip").click();
  await h.focusMovesTo("quiz-skip-heading");
  await h.axe("the Skip question on a rated skill");
  await button(driver, "Keep level 3").click();
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
    if (step.n === step.total) break;
    await button(driver, "Next →").click();
    step = await quizStep(driver, step.n + 1);
  }
  assert.ok(checks > 1, "this run brings several check questions");
  assert.ok(reloaded);

  // The last step is a check question picked just now: Finish right away keeps it.
  await button(driver, "Finish and see results").click();
  await h.heading("Your results");
  const saved = await stored(driver);
  assert.equal(Object.keys(saved.answers.ratings).length, 22);
  assert.equal(Object.keys(saved.answers.checks).length, checks, `${h.engine}: every check answer kept`);
}
