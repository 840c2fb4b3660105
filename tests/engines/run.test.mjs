// The journeys in the engines: Chromium (chromedriver), Firefox ESR (geckodriver) and
// WebKitGTK (WebKitWebDriver under Xvfb); each runs the smoke journey, Chromium the longer
// ones too (journeys.mjs). One test per "<engine>: <journey>"; a failing engine fails the
// run. ENGINES=chromium,firefox narrows the engines for local work.
import { test, after } from "node:test";
import { selectedEngines } from "./engines.mjs";
import { runJourney, stopAll } from "./harness.mjs";
import { journeysFor } from "./journeys.mjs";

after(stopAll);

for (const engine of selectedEngines()) {
  for (const journey of journeysFor(engine)) {
    test(`${engine}: ${journey.name}`, { timeout: 180_000 }, () => runJourney(engine, journey));
  }
}
