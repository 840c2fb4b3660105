// Trunk post-build hook: copies index.html for every app route (as quiz/index.html and
// quiz.html, see routeFiles), so that a plain static file server answers deep links and
// reloads (e.g. /quiz or /roles/sql-developer) with the app. Also writes 404.html, which many static hosts serve for unknown paths.
// The route list mirrors src/paths.rs; role ids come from the bundled roles.json.
// index.html's static first paint shows the landing page; in the other routes' copies
// that part becomes a loading note, so no page flashes the landing content. The route
// pages need the catalog (the landing and 404.html do not), so their copies also preload
// every data file: the downloads start beside the wasm instead of after it has run.
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { routeFiles } from "./staging.mjs";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("route-pages: TRUNK_STAGING_DIR is not set (run through `trunk build`)");
  process.exit(1);
}
const html = readFileSync(join(staging, "index.html"), "utf8");
const roles = JSON.parse(readFileSync(join(staging, "data", "roles.json"), "utf8")).roles;

const LANDING = /<!-- boot-main:start -->[\s\S]*<!-- boot-main:end -->/;
if (!LANDING.test(html)) {
  console.error("route-pages: index.html lacks the boot-main markers around the landing content");
  process.exit(1);
}
// The markers stay, so the prerender step (prerender.mjs) can put a page's content there.
// Until the app (or prerender.mjs) names the page, the title is just the app's name.
const shell = html
  .replace(
    LANDING,
    '<!-- boot-main:start --><p class="loading" role="status">Loading…</p><!-- boot-main:end -->',
  )
  .replace(/<title>[^<]*<\/title>/, "<title>Back-End Skill Check</title>");

// As src/data.rs fetches them (relative to <base>); `crossorigin` makes the preload's
// request match fetch()'s, so the app reuses the download.
const preloads = readdirSync(join(staging, "data"))
  .filter((file) => file.endsWith(".json"))
  .sort()
  .map((file) => `    <link rel="preload" href="data/${file}" as="fetch" crossorigin />\n`)
  .join("");
const withData = shell.replace(/[ \t]*<\/head>/, (end) => `${preloads}${end}`);

const routes = ["quiz", "results", "compare", "roles", ...roles.map((r) => `roles/${r.id}`)];
for (const route of routes) {
  for (const file of routeFiles(route)) {
    mkdirSync(dirname(join(staging, file)), { recursive: true });
    writeFileSync(join(staging, file), withData);
  }
}
writeFileSync(join(staging, "404.html"), shell);
console.log(`route-pages: wrote the pages of ${routes.length} routes and 404.html`);
