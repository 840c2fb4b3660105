// The Trunk post-build hook. Trunk runs hooks of one stage side by side, so the steps that
// depend on each other run here, one after another, each on the staging folder:
//   1. csp.mjs             CSP <meta> into index.html (hashes of Trunk's inline script)
//   2. compact-data.mjs    the data files without whitespace between tokens
//   3. route-pages.mjs     copies of index.html per route, and 404.html (tag included)
//   4. prerender.mjs       the content of the pages that are the same for everyone
//                          (job titles, compare) into their copies, for a first paint
//   5. service-worker.mjs  sw.js with the precache list and a content-hash cache version
//   6. headers.mjs         _headers for static hosts (same policy; a caching rule per file)
import { execFileSync } from "node:child_process";
import { join } from "node:path";

for (const step of ["csp.mjs", "compact-data.mjs", "route-pages.mjs", "prerender.mjs", "service-worker.mjs", "headers.mjs"]) {
  execFileSync(process.execPath, [join(import.meta.dirname, step)], { stdio: "inherit" });
}
