// Benchmark (not a test): Lighthouse performance of every kind of page, mobile profile with
// simulated throttling (Lighthouse's default), against dist/ served gzip-compressed on a
// loopback port, three runs per page; prints the medians next to the goals. Never fails on
// a figure. Run through `make bench`, which builds first.
import { createServer } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";
import lighthouse from "lighthouse";
import { DIST, launchChromium, launchDebugChromium, newPage } from "../tests/e2e/harness.mjs";
import { QUIZ_KEY, samStored } from "../tests/e2e/personas.mjs";

const RUNS = Number(process.env.BENCH_RUNS || 3);
const GOALS = { score: 100, lcp: 1000, tbt: 0 };
const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css",
  ".wasm": "application/wasm", ".json": "application/json", ".svg": "image/svg+xml",
  ".png": "image/png", ".webmanifest": "application/manifest+json",
};

/** dist/ as a static host serves it: gzip for text and wasm, folders answer with index.html. */
function serveCompressed(dir) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end("not found");
      return;
    }
    if (statSync(file).isDirectory()) {
      if (!path.endsWith("/")) {
        res.writeHead(301, { Location: `${path}/` }).end();
        return;
      }
      file = join(file, "index.html");
    }
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    let body = readFileSync(file);
    const headers = { "Content-Type": type, "Cache-Control": "no-cache" };
    if (!type.startsWith("image/png") && /gzip/.test(req.headers["accept-encoding"] ?? "")) {
      body = gzipSync(body, { level: 6 });
      headers["Content-Encoding"] = "gzip";
    }
    res.writeHead(200, headers).end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ url: `http://127.0.0.1:${server.address().port}`, stop: () => server.close() }),
    ),
  );
}

/** A share link for the worked-example answers, read from the app's own share field. */
async function shareCode(site) {
  const browser = await launchChromium();
  const page = await newPage(browser);
  await page.goto(`${site.url}/`);
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [QUIZ_KEY, samStored()]);
  await page.goto(`${site.url}/results`);
  await page.waitForFunction(() => document.querySelector("#share-link")?.value.includes("#"));
  const link = await page.locator("#share-link").inputValue();
  await browser.close();
  return link.slice(link.indexOf("#"));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const site = await serveCompressed(DIST);
const code = await shareCode(site);
const chrome = await launchDebugChromium();
const pages = ["/", "/quiz", `/results${code}`, "/roles/python-developer"];
const rows = [];
try {
  for (const path of pages) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const { lhr } = await lighthouse(`${site.url}${path}`, {
        port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"],
      });
      const a = lhr.audits;
      runs.push({
        score: Math.round(lhr.categories.performance.score * 100),
        fcp: a["first-contentful-paint"].numericValue,
        lcp: a["largest-contentful-paint"].numericValue,
        tbt: a["total-blocking-time"].numericValue,
        bytes: a["total-byte-weight"].numericValue,
      });
    }
    const m = Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))]));
    rows.push({ path: path.replace(/#.*/, "#<code>"), ...m });
  }
} finally {
  await chrome.stop();
  site.stop();
}

console.log(`\nLighthouse performance, mobile, simulated throttling (median of ${RUNS} runs)`);
console.log("page                          score    FCP ms    LCP ms    TBT ms   transfer");
for (const r of rows) {
  console.log(
    `${r.path.padEnd(28)} ${String(r.score).padStart(6)} ${r.fcp.toFixed(0).padStart(9)} ${r.lcp.toFixed(0).padStart(9)} ${r.tbt.toFixed(0).padStart(9)} ${(r.bytes / 1000).toFixed(1).padStart(7)} KB`,
  );
}
console.log("\nsummary (figure vs goal)");
for (const r of rows) {
  console.log(`${r.path}: performance ${r.score} (goal ${GOALS.score}), LCP ${r.lcp.toFixed(0)} ms (goal <= ${GOALS.lcp} ms), TBT ${r.tbt.toFixed(0)} ms (goal ${GOALS.tbt} ms)`);
}
