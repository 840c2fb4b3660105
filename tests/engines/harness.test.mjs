// The harness's own checks can fail: in every engine, a console error makes a journey
// fail, and axe reports a real violation (low contrast, a link without a name).
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { selectedEngines } from "./engines.mjs";
import { runJourney, stopAll } from "./harness.mjs";

after(stopAll);

async function landed(driver, h) {
  await h.visit("/");
  await h.heading("Am I ready for a back-end job?");
}

for (const engine of selectedEngines()) {
  test(`${engine}: a console error fails the journey`, { timeout: 120_000 }, async () => {
    const journey = {
      name: "throws",
      async run(driver, baseUrl, h) {
        await landed(driver, h);
        await driver.executeScript(
          "console.error('planted console error'); setTimeout(() => { throw new Error('planted uncaught error'); });",
        );
        // Let the log events arrive before the journey ends.
        await h.visit("/roles");
        await h.heading("Job titles");
      },
    };
    await assert.rejects(runJourney(engine, journey), (error) => {
      assert.match(error.message, /console errors during "throws"/);
      assert.match(JSON.stringify(error.actual), /planted console error/);
      assert.match(JSON.stringify(error.actual), /planted uncaught error/);
      return true;
    });
  });

  test(`${engine}: axe reports low contrast and a nameless link`, { timeout: 120_000 }, async () => {
    const journey = {
      name: "inaccessible",
      async run(driver, baseUrl, h) {
        await landed(driver, h);
        await driver.executeScript(`
          const p = document.createElement("p");
          p.textContent = "Pale grey on white";
          p.style.color = "#bbbbbb";
          p.style.background = "#ffffff";
          const a = document.createElement("a");
          a.href = "#nowhere";
          document.querySelector("main").append(p, a);`);
        await h.axe("a page with planted problems");
      },
    };
    await assert.rejects(runJourney(engine, journey), (error) => {
      assert.match(error.message, /axe found 2 violation\(s\) on a page with planted problems/);
      assert.match(error.message, /color-contrast/);
      assert.match(error.message, /link-name/);
      return true;
    });
  });
}
