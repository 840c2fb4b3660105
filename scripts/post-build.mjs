// The Trunk post-build hook. Trunk runs hooks of one stage side by side, so the steps that
// depend on each other run here, one after another, each on the staging folder. First the
// site manifest (Rust owns the routes, titles, data lists and the landing page:
// src/core/site/, docs/site-manifest.md) is printed once, for every step to read:
//   1. preview-image.mjs   the link-preview image (Chromium draws a card)
//   2. landing.mjs         the landing page, its head tags and the inline script into index.html
//   3. wasm-start.mjs      Trunk's loader waits for the first paint where a page asks
//   4. split-wasm.mjs      the wasm split into a main part and a piece per page family
//                          (release builds: wasm-split-cli, wasm-bindgen, wasm-opt)
//   5. minify-wasm-names.mjs  the names the wasm and its glue call each other by shortened
//                          (release builds; through the split's loader too), integrity hash updated
//   6. minify-glue.mjs     wasm-bindgen's JS glue minified (terser), its integrity hash updated
//   7. content-names.mjs   the glue, wasm, loader and pieces renamed after a hash of their content
//   8. minify-css.mjs      the inlined stylesheet minified (lightningcss; release builds)
//   9. csp.mjs             CSP <meta> into index.html (hashes of the inline scripts)
//  10. compact-data.mjs    the data files compact, stamped with one edition, authoring fields
//                          left out, the retired questions' words apart
//  11. route-pages.mjs     copies of index.html per route (own head, preloads, start), 404.html;
//                          pages complete as static HTML marked to fetch the wasm after paint
//  12. prerender.mjs       what the app renders for everyone into the copies (job titles,
//                          compare, the quiz's and results' start), for a first paint
//  13. service-worker.mjs  sw.js with the precache list and a content-hash cache version
//  14. headers.mjs         _headers for static hosts (same policy; a caching rule per file)
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { printManifest } from "./site-manifest.mjs";

const dir = mkdtempSync(join(tmpdir(), "skillcheck-site-"));
const manifest = join(dir, "site-manifest.json");
let started = performance.now();
writeFileSync(manifest, printManifest());
console.log(`site-manifest: printed (${Math.round(performance.now() - started)} ms)`);
const env = { ...process.env, SKILLCHECK_SITE_MANIFEST: manifest };
try {
  for (const step of [
    "preview-image.mjs",
    "landing.mjs",
    "wasm-start.mjs",
    "split-wasm.mjs",
    "minify-wasm-names.mjs",
    "minify-glue.mjs",
    "content-names.mjs",
    "minify-css.mjs",
    "csp.mjs",
    "compact-data.mjs",
    "route-pages.mjs",
    "prerender.mjs",
    "service-worker.mjs",
    "headers.mjs",
  ]) {
    started = performance.now();
    execFileSync(process.execPath, [join(import.meta.dirname, step)], { stdio: "inherit", env });
    // Each step's time, so a slow build shows where it goes (docs/testing.md).
    console.log(`  (${step}: ${Math.round(performance.now() - started)} ms)`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
