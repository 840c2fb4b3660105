// The whole quiz by keyboard: Tab and arrow keys into a level, the quiz's own keys, the
// Finish and Start over panels, the overview, check questions, then the results.
import assert from "node:assert/strict";
import { Key } from "selenium-webdriver";
import { LANDING } from "./common.mjs";

/**
 * { n, total, title } of the quiz step on screen, once it shows step `n`; with `focused`,
 * also once focus has moved to the step's heading (as it does after each step change).
 */
export async function quizStep(driver, n, { focused = false, timeoutMs = 15_000 } = {}) {
  let step;
  const wanted = `quiz step ${n}${focused ? " with focus on its heading" : ""}`;
  await driver.wait(async () => {
    step = await driver.executeScript(`
      // Step n of the whole road (every skill, then at most this many check questions).
      const bar = document.querySelector(".quiz-progress [role=progressbar]");
      const n = bar?.getAttribute("aria-valuenow"), total = bar?.getAttribute("aria-valuemax");
      const heading = document.querySelector("#quiz-step-heading");
      return n && heading ? {
        n: Number(n), total: Number(total), title: heading.textContent.trim(),
        focused: document.activeElement === heading,
      } : null;`);
    return step?.n === n && (!focused || step.focused);
  }, timeoutMs).catch(() => assert.fail(`expected ${wanted}; the quiz shows ${JSON.stringify(step)}`));
  return step;
}

export async function quizByKeyboard(driver, baseUrl, h) {
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
  await h.activate(/^All skills( and checks)? \(/, { back: true });
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
  await h.focusOnHeading("Your results");
  assert.equal(await h.path(), "/results");
  await h.axe("the results page");
}
