// The results page by keyboard: the empty state, a stored quiz's results, the city
// picker, and a role card leading to its role page.
import assert from "node:assert/strict";
import { samStored, storeQuiz } from "./common.mjs";
import { quizStep } from "./quiz.mjs";

/** Sam's stored answers (docs/scoring.md), then the results page by keyboard. */
export async function resultsByKeyboard(driver, baseUrl, h) {
  await h.visit("/results");
  await h.heading("Your results");
  assert.equal(await h.text("#no-answers"), "No answers yet");
  await h.axe("the results page without answers");
  await h.activate("Take the quiz", { inside: "main" });
  await quizStep(driver, 1);

  await storeQuiz(driver, samStored());
  await h.visit("/results");
  await h.heading("Your results");
  assert.match(await h.text(".role-card"), /Junior Back End Developer.*94% match · readiness: ready now/);
  // Ready now for the target: the job-search advice is on the page axe checks.
  assert.equal(await h.text(".get-hired h2"), "Next: get hired");
  await h.axe("the results page");
  // Sections laid out late grow as they are reached; without scroll anchoring (WebKit) that
  // would push a link just focused by Tab off the screen, so they are laid out at once there.
  const laidOutSafely = await driver.executeScript(`return CSS.supports("overflow-anchor", "auto") ||
    [...document.querySelectorAll("main section")].every((s) => getComputedStyle(s).contentVisibility !== "auto")`);
  assert.ok(laidOutSafely, "content-visibility: auto only where the engine anchors scrolling");

  // The city picker: Tab to it, type a city's first letters (as on any closed list box).
  await h.tabTo("Back End Developer pay in");
  assert.equal((await h.focused()).id, "city-select");
  await h.press("Hous");
  await driver.wait(async () => /\$120K/.test(await h.text(".city-figure")), 10_000, "Houston's figure");
  assert.match(await h.text(".city-figure"), /In Houston, TX, a Back End Developer makes about \$120K a year: \$38K \(24%\) less than the US average/);
  await h.axe("the results page with a city chosen");

  // A role card (above the picker) leads to the role page, which shows the match.
  await h.activate("Junior Back End Developer", { inside: ".role-card", back: true });
  await h.heading("Junior Back End Developer");
  assert.match(await h.text(".your-match"), /Your match: 94% \(ready now\)/);
  assert.equal(await h.text(".get-hired h2"), "Next: get hired");
  await h.axe("a role page with a match");
}
