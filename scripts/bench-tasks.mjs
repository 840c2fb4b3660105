// Benchmark (not a test): the longest main-thread task of each kind of page's first visit,
// unthrottled, in headless Chromium over dist/ served gzip-compressed on loopback. A task
// over 50 ms delays a tap for as long (issue 16's goal: none on the quiz and results pages).
// Each run opens the page in a new context with a Chromium trace on, waits until the app
// has replaced the static copy (#boot) and a second more, then reads the page's renderer
// main thread from the trace (the CrRendererMain of the process that loaded the site's
// URLs: the trace also holds the browser's own pages, whose script once passed for ours). Prints, per page, the median and
// the largest of the runs' longest tasks, and what each was mostly; never fails on a
// figure. Run through `make bench`.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST, launchChromium, tempDir } from "../tests/e2e/harness.mjs";
import { benchPages, median } from "./bench-pages.mjs";
import { serveStatic } from "./static-server.mjs";

const RUNS = Number(process.env.BENCH_RUNS || 5);
const GOAL_MS = 50;
const CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline"];

/**
 * The longest task of the page's renderer main thread in a trace: { ms, kind }, `kind`
 * being the work that took most of it (Layout, ParseHTML, FunctionCall: the app's code,
 * v8.wasm.compileConsume: compiling the wasm...).
 */
function longestTask(tracePath, siteUrl) {
  const trace = JSON.parse(readFileSync(tracePath, "utf8"));
  const all = trace.traceEvents ?? trace;
  const events = all.filter((e) => e.dur !== undefined);
  const key = (e) => `${e.pid}:${e.tid}`;
  const url = (e) => e.args?.data?.url ?? e.args?.beginData?.url ?? "";
  const ours = new Set(all.filter((e) => url(e).startsWith(siteUrl)).map((e) => e.pid));
  const mains = new Set(
    all
      .filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain" && ours.has(e.pid))
      .map(key),
  );
  const byThread = new Map();
  for (const e of events) {
    if (e.name !== "RunTask" || !mains.has(key(e))) continue;
    if (!byThread.has(key(e))) byThread.set(key(e), []);
    byThread.get(key(e)).push(e);
  }
  const total = (tasks) => tasks.reduce((sum, t) => sum + t.dur, 0);
  const tasks = [...byThread.values()].sort((a, b) => total(b) - total(a))[0] ?? [];
  const task = tasks.sort((a, b) => b.dur - a.dur)[0];
  if (!task) return { ms: 0, kind: "none" };
  const within = events.filter(
    (e) => e !== task && key(e) === key(task) && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur,
  );
  const kinds = new Map();
  for (const e of within) kinds.set(e.name, (kinds.get(e.name) ?? 0) + e.dur);
  const kind = [...kinds].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "?";
  return { ms: task.dur / 1000, kind };
}

const site = await serveStatic(DIST, { gzip: true });
const browser = await launchChromium();
const traces = tempDir("bench-tasks");
try {
  const pages = await benchPages(browser, site.url);
  console.log(`Longest main-thread task of a first visit, unthrottled (${RUNS} runs each)`);
  console.log("page                          median ms   largest ms   runs over 50 ms   each run (mostly)");
  for (const path of pages) {
    const longest = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
      const page = await context.newPage();
      const tracePath = join(traces, `trace-${run}.json`);
      await browser.startTracing(page, { path: tracePath, categories: CATEGORIES });
      await page.goto(`${site.url}${path}`);
      await page.waitForFunction(() => !document.getElementById("boot"), null, { timeout: 30_000 });
      await page.waitForTimeout(1000); // the tasks that follow the hand-over
      await browser.stopTracing();
      await context.close();
      longest.push(longestTask(tracePath, site.url));
    }
    const ms = longest.map((t) => t.ms);
    const over = ms.filter((m) => m > GOAL_MS).length;
    const name = path.replace(/#.*/, "#<code>");
    const each = longest.map((t) => `${t.ms.toFixed(0)} (${t.kind})`).join(", ");
    console.log(
      `${name.padEnd(28)} ${median(ms).toFixed(1).padStart(9)} ${Math.max(...ms).toFixed(1).padStart(12)} ${String(over).padStart(17)}   ${each}`,
    );
  }
} finally {
  await browser.close();
  site.stop();
}
