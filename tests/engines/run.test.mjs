// Every journey in every engine: Chromium (chromedriver), Firefox ESR (geckodriver) and
// WebKitGTK (WebKitWebDriver under Xvfb). One test per "<engine>: <journey>"; a failing
// engine fails the run. ENGINES=chromium,firefox narrows the engines for local work.
import { test, after } from "node:test";
import { selectedEngines } from "./engines.mjs";
import { runJourney, stopAll } from "./harness.mjs";
import { JOURNEYS } from "./journeys.mjs";

after(stopAll);

for (const engine of selectedEngines()) {
  for (const journey of JOURNEYS) {
    test(`${engine}: ${journey.name}`, { timeout: 180_000 }, () => runJourney(engine, journey));
  }
}
