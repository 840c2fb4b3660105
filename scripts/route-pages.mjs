// Trunk post-build hook: copies index.html for every app route (as quiz/index.html and
// quiz.html, see routeFiles), so that a plain static file server answers deep links and
// reloads (e.g. /quiz or /roles/sql-developer) with the app. Also writes 404.html, which many static hosts serve for unknown paths.
// The route list mirrors src/paths.rs; role ids come from the bundled roles.json.
// index.html's static first paint shows the landing page; in the other routes' copies
// that part becomes a loading note, so no page flashes the landing content. The route
// pages need the catalog (the landing and 404.html do not), so their copies also preload
// the data files their page needs: the downloads start beside the wasm instead of after
// it has run.
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
const LOADING_NOTE = '<p class="loading" role="status">Loading…</p>';
const mainContent = (content) => `<!-- boot-main:start -->${content}<!-- boot-main:end -->`;
const LOADING = mainContent(LOADING_NOTE);
const shell = html
  .replace(LANDING, LOADING)
  .replace(/<title>[^<]*<\/title>/, "<title>Back-End Skill Check</title>");

// As src/data.rs fetches them (relative to <base>); `crossorigin` makes the preload's
// request match fetch()'s, so the app reuses the download. The quiz needs only these
// (`QUIZ_FILES` in src/core/catalog/mod.rs); the job-title list and compare every file but
// the job-search advice (`ROLES_FILES`); the results and role pages every file.
const QUIZ_DATA = ["meta.json", "skills.json", "questions.json"];
const ALL_DATA = readdirSync(join(staging, "data")).filter((file) => file.endsWith(".json"));
const ROLES_DATA = ALL_DATA.filter((file) => file !== "job-search.json");
const ROLES_PAGES = ["roles", "compare"];
const preloading = (files) =>
  shell.replace(/[ \t]*<\/head>/, (end) =>
    [...files]
      .sort()
      .map((file) => `    <link rel="preload" href="data/${file}" as="fetch" crossorigin />\n`)
      .join("") + end,
  );
const withData = preloading(ALL_DATA);
const withQuizData = preloading(QUIZ_DATA);
const withRolesData = preloading(ROLES_DATA);

// Pages whose content depends on the visitor's answers still start the same for everyone,
// so their copies paint that start, then the loading note. /results serves two pages, a
// shared result (/results#CODE: its heading and banner, before the Compare button the app
// adds when this browser holds a result) and the person's own (its heading); its copy holds
// both, and index.html's inline script shows the one for the address. Markup as
// src/pages/quiz.rs, quick.rs, shared_result.rs, results.rs and components/share/shared_banner.rs
// render it; tests/e2e/first-paint.test.mjs checks they stay equal.
const STARTS = {
  quiz: "<h1>Rate your skills</h1>",
  quick: "<h1>Quick check</h1>",
  results: `<div data-boot-variant="shared" hidden>
          <h1>A shared result</h1>
          <section class="notice shared-banner" aria-label="About this result">
            <p><strong>You're viewing a shared result.</strong> Someone sent you this link. It is read-only: it shows their answers and doesn't change anything of yours.</p>
            <p class="actions"><a class="button button-primary" href="quiz">Take the quiz yourself</a></p>
          </section>
        </div>
        <div data-boot-variant="own" hidden><h1>Your results</h1></div>`,
};
const withStart = (page, start) => page.replace(LOADING, () => mainContent(`${start}\n        ${LOADING_NOTE}`));

const routes = ["quiz", "quick", "results", "compare", "roles", ...roles.map((r) => `roles/${r.id}`)];
for (const route of routes) {
  for (const file of routeFiles(route)) {
    mkdirSync(dirname(join(staging, file)), { recursive: true });
    const page = ["quiz", "quick"].includes(route) ? withQuizData : ROLES_PAGES.includes(route) ? withRolesData : withData;
    writeFileSync(join(staging, file), route in STARTS ? withStart(page, STARTS[route]) : page);
  }
}
writeFileSync(join(staging, "404.html"), shell);
console.log(`route-pages: wrote the pages of ${routes.length} routes and 404.html`);
