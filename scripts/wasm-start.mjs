// A post-build step (before csp.mjs, which hashes the result): Trunk's inline loader script
// fetches the wasm as soon as it runs, and its <link rel="preload"> even sooner. On a page
// complete as static HTML (the site manifest's `starts_when_idle`: the landing page, the job
// titles, a job title), whose app starts only when the browser is idle anyway
// (src/first_paint/start.rs), that download would share the connection with the page's own
// HTML before its first paint. So the loader waits two frames and a task (the first paint
// is then on screen) on pages marked `data-wasm-after-paint` (route-pages.mjs marks them and
// drops their wasm preload); every other page loads the wasm at once, as before. One script
// text for every page, so one CSP hash.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stagingDir } from "./staging.mjs";

const MARK = "data-wasm-after-paint";
const INIT = /^const wasm = await init\(/m;
const WAIT =
  `// Pages complete as static HTML fetch the wasm after their first paint (scripts/wasm-start.mjs).\n` +
  `if (document.documentElement.hasAttribute("${MARK}")) await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r))));\n`;

/** `html` with its loader waiting for the first paint where a page asks (run once, on index.html). */
export function withWaitingLoader(html) {
  if (!INIT.test(html)) throw new Error("wasm-start: Trunk's loader script (`const wasm = await init(`) not found");
  return html.replace(INIT, (init) => WAIT + init);
}

/** A page's HTML marked to fetch its wasm after the first paint, without the wasm preload. */
export function afterFirstPaint(html) {
  const preload = /[ \t]*<link rel="preload" href="[^"]*\.wasm"[^>]*>\n?/;
  if (!preload.test(html)) throw new Error("wasm-start: the wasm <link rel=\"preload\"> not found");
  return html.replace(preload, "").replace(/<html\b/, `<html ${MARK}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = join(stagingDir("wasm-start"), "index.html");
  writeFileSync(file, withWaitingLoader(readFileSync(file, "utf8")));
  console.log("wasm-start: the loader waits for the first paint on pages marked so");
}
