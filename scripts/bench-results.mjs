// Benchmark (not a test): how long the results page takes to render in headless Chromium
// over the release build in dist/. Prints medians next to the 16 ms goal; never fails on a
// timing. Run through `make bench` (which builds first and also runs the native scoring
// benchmark, examples/bench_results.rs).
//
// Method: stored answers for a full quiz (the worked example "Sam" of docs/scoring.md) are
// put in localStorage; with the app open on /roles (catalog loaded), the app's router is
// sent to /results, and a MutationObserver notes when the page's last section is in the
// document. That is "render": scoring (results()) plus building the whole page, measured
// as wall time and as the page's main-thread CPU time (from a Chromium trace of
// performance marks), which stays meaningful when other work shares the machine's cores.
// "With style and layout" then forces the browser to lay the page out (wall time). Between
// runs the router goes back to /roles.
import { availableParallelism, loadavg } from "node:os";
import { DIST, serve, launchChromium, newPage, heading } from "../tests/e2e/harness.mjs";
import { QUIZ_KEY, samStored } from "../tests/e2e/personas.mjs";
import { median } from "./bench-pages.mjs";

const RUNS = Number(process.env.BENCH_RUNS || 25);
const GOAL_MS = 16;
const LAST_SECTION = ".results-view .calibration-review";

const fmt = (ms) => `${ms.toFixed(1)} ms`;

async function routerTo(page, path, h1) {
  await page.evaluate((p) => {
    history.pushState(null, "", p);
    dispatchEvent(new PopStateEvent("popstate"));
  }, path);
  await page.locator("main h1", { hasText: h1 }).waitFor();
}

/** One in-app navigation to /results; resolves to { render, layout } in ms. */
function timeResultsRender(page) {
  return page.evaluate(async (selector) => {
    const shown = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (document.querySelector(selector)) {
          observer.disconnect();
          performance.mark("bench-end");
          const rendered = performance.now();
          void document.body.offsetHeight; // forces style and layout now
          performance.mark("bench-layout");
          resolve([rendered, performance.now()]);
        }
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
    performance.mark("bench-start");
    const start = performance.now();
    history.pushState(null, "", "/results");
    dispatchEvent(new PopStateEvent("popstate"));
    const [rendered, laidOut] = await shown;
    return { render: rendered - start, layout: laidOut - start };
  }, LAST_SECTION);
}

/** Records the page's performance marks; `stop` gives, per run, the main-thread CPU ms
 * from bench-start to bench-end (render) and to bench-layout (render, style and layout). */
async function startTrace(page) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on("Tracing.dataCollected", (e) => events.push(...e.value));
  await cdp.send("Tracing.start", { categories: "blink.user_timing", transferMode: "ReportEvents" });
  return {
    async stop() {
      const complete = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
      await cdp.send("Tracing.end");
      await complete;
      const marks = (name) => events.filter((e) => e.name === name);
      const [starts, ends, laidOut] = ["bench-start", "bench-end", "bench-layout"].map(marks);
      const cpuMs = (to) =>
        starts
          .map((s, i) => (to[i]?.tts ?? NaN) - (s.tts ?? NaN))
          .filter((us) => Number.isFinite(us))
          .map((us) => us / 1000);
      return { render: cpuMs(ends), layout: cpuMs(laidOut) };
    },
  };
}

const [browser, server] = await Promise.all([launchChromium(), serve(DIST)]);
try {
  const page = await newPage(browser);
  // Cold load: from navigation start to the results' last section in the document.
  await page.addInitScript((selector) => {
    new MutationObserver((_, observer) => {
      if (document.querySelector(selector)) {
        window.__resultsShownAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  }, LAST_SECTION);
  await page.goto(`${server.url}/`);
  await heading(page);
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [QUIZ_KEY, samStored()]);
  await page.goto(`${server.url}/results`);
  await page.locator(LAST_SECTION).waitFor();
  const cold = await page.evaluate(() => window.__resultsShownAt);

  await routerTo(page, "/roles", "Job titles");
  // Warm-up: the first render also compiles and caches code paths.
  await timeResultsRender(page);
  const trace = await startTrace(page);
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    await routerTo(page, "/roles", "Job titles");
    runs.push(await timeResultsRender(page));
  }
  const cpu = await trace.stop();
  if (page.errors.length) throw new Error(`console errors: ${page.errors.join("; ")}`);

  const render = median(runs.map((r) => r.render));
  const layout = median(runs.map((r) => r.layout));
  console.log(`results page in headless Chromium (release build), median of ${RUNS} in-app navigations:`);
  console.log(`  render (score all roles + build the page): ${fmt(render)}  goal under ${GOAL_MS} ms: ${render < GOAL_MS ? "met" : "NOT met"}`);
  const cpuText = (xs) => (xs.length === RUNS ? fmt(median(xs)) : "n/a (no thread times in the trace)");
  const cpuGoal = (xs) => (xs.length !== RUNS ? "n/a" : median(xs) < GOAL_MS ? "met" : "NOT met");
  console.log(`  render, main-thread CPU time: ${cpuText(cpu.render)}  goal under ${GOAL_MS} ms: ${cpuGoal(cpu.render)}`);
  console.log(`  render plus style and layout: ${fmt(layout)}; main-thread CPU time ${cpuText(cpu.layout)}  goal under ${GOAL_MS} ms: ${cpuGoal(cpu.layout)}`);
  console.log(`  fastest / slowest render: ${fmt(Math.min(...runs.map((r) => r.render)))} / ${fmt(Math.max(...runs.map((r) => r.render)))}`);
  console.log(`  machine load average while measuring: ${loadavg()[0].toFixed(1)} (on ${availableParallelism()} cores; wall times grow with it)`);
  console.log(`cold load of /results (download, wasm start, data, render), one run: ${fmt(cold)} (for information)`);
} finally {
  await browser.close();
  server.stop();
}
