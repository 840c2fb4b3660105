// The harness's own checks can fail: in every engine, a console error makes a journey
// fail, and axe reports a real violation (low contrast, a link without a name).
// Both problems are planted in one journey per engine (a browser start is the largest
// cost): axe's failure is caught inside it, so the journey still ends and its console
// check fails on the planted errors alone; each test asserts one of the two failures.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { selectedEngines } from "./engines.mjs";
import { runJourney, stopAll } from "./harness.mjs";

after(stopAll);

const PLANT_AXE_PROBLEMS = `
  const p = document.createElement("p");
  p.textContent = "Pale grey on white";
  p.style.color = "#bbbbbb";
  p.style.background = "#ffffff";
  const a = document.createElement("a");
  a.href = "#nowhere";
  document.querySelector("main").append(p, a);`;

const PLANT_CONSOLE_ERRORS =
  "console.error('planted console error'); setTimeout(() => { throw new Error('planted uncaught error'); });";

/** Runs the journey with both planted problems once per engine: { axeError, journeyError }. */
const outcomes = new Map();
function plantedProblems(engine) {
  if (outcomes.has(engine)) return outcomes.get(engine);
  const outcome = { axeError: null, journeyError: null };
  const journey = {
    name: "planted problems",
    async run(driver, baseUrl, h) {
      await h.visit("/");
      await h.heading("Am I ready for a back-end job?");
      await driver.executeScript(PLANT_AXE_PROBLEMS);
      outcome.axeError = await h.axe("a page with planted problems").then(() => null, (error) => error);
      await driver.executeScript(PLANT_CONSOLE_ERRORS);
      // Let the log events arrive before the journey ends.
      await h.visit("/roles");
      await h.heading("Job titles");
    },
  };
  const done = runJourney(engine, journey).then(
    () => outcome,
    (error) => ({ ...outcome, journeyError: error }),
  );
  outcomes.set(engine, done);
  return done;
}

for (const engine of selectedEngines()) {
  test(`${engine}: a console error fails the journey`, { timeout: 120_000 }, async () => {
    const { journeyError } = await plantedProblems(engine);
    assert.ok(journeyError, "the journey with planted console errors should fail");
    assert.match(journeyError.message, /console errors during "planted problems"/);
    assert.match(JSON.stringify(journeyError.actual), /planted console error/);
    assert.match(JSON.stringify(journeyError.actual), /planted uncaught error/);
  });

  test(`${engine}: axe reports low contrast and a nameless link`, { timeout: 120_000 }, async () => {
    const { axeError } = await plantedProblems(engine);
    assert.ok(axeError, "axe should fail on the planted problems");
    assert.match(axeError.message, /axe found 2 violation\(s\) on a page with planted problems/);
    assert.match(axeError.message, /color-contrast/);
    assert.match(axeError.message, /link-name/);
  });
}
