// A post-build step: copies index.html for every page of the site manifest but the
// landing (as quiz/index.html and quiz.html, see routeFiles), so that a plain static file
// server answers deep links and reloads (e.g. /quiz or /roles/sql-developer) with the app.
// Also writes 404.html, which many static hosts serve for unknown paths. Every route, its
// head (title, description, link-preview tags) and the data files it needs come from the
// manifest (src/core/site/; docs/site-manifest.md), never from a list kept here.
// index.html's static first paint shows the landing page; in the copies that part becomes a
// loading note, so no page flashes the landing content (prerender.mjs then writes what the
// app renders there). The route pages need the catalog (the landing and 404.html do not),
// so the copies of those that start the app at once also preload the data files their page
// needs: the downloads start beside the wasm instead of after it has run. Pages complete as
// static HTML (`starts_when_idle`) preload nothing: their app fetches its data when it
// starts, so no download competes with the page's own HTML before its first paint.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { withPageHead } from "./page-head.mjs";
import { afterFirstPaint } from "./wasm-start.mjs";
import { routeName, siteManifest, staticCopyMain } from "./site-manifest.mjs";
import { stagedPieces } from "./split-wasm.mjs";
import { routeFiles, stagingDir } from "./staging.mjs";

const staging = stagingDir("route-pages");
const manifest = siteManifest();
const html = readFileSync(join(staging, "index.html"), "utf8");

const MAIN = staticCopyMain(manifest);
if (!MAIN.pattern.test(html)) {
  console.error("route-pages: index.html lacks the static copy's <main> markers around the landing content (src/core/site/static_copy.rs)");
  process.exit(1);
}
// The markers stay, so the prerender step (prerender.mjs) can put a page's content there.
const shell = html.replace(MAIN.pattern, () => MAIN.wrap(manifest.static_copy.loading_note));

// As src/data/fetch.rs fetches them (relative to <base>, in the manifest's data_dir);
// `crossorigin` makes the preload's request match fetch()'s, so the app reuses the download.
const preloading = (page, files) =>
  page.replace(/[ \t]*<\/head>/, (end) =>
    [...files]
      .sort()
      .map((file) => `    <link rel="preload" href="${manifest.data_dir}/${file}" as="fetch" crossorigin />\n`)
      .join("") + end,
  );

// Pages complete as static HTML fetch their wasm after the first paint (wasm-start.mjs).
const marked = (page, copy) => (page.starts_when_idle ? afterFirstPaint(copy) : copy);
const preloaded = (page) => (page.starts_when_idle ? [] : page.data);

// A split wasm (split-wasm.mjs): a page that starts at once also preloads its piece and the
// shared chunks the piece needs, as the loader fetches them (beside it, at the site's root),
// so they download beside the main wasm instead of after it has started.
const split = stagedPieces(staging, html, "route-pages");
const piecePreloads = (page, copy) => {
  if (!split || !page.piece) return copy;
  const files = split.families[page.piece];
  if (!files) throw new Error(`route-pages: the wasm has no piece "${page.piece}" (${page.route}; src/pages/pieces.rs)`);
  if (page.starts_when_idle) return copy;
  return copy.replace(/[ \t]*<\/head>/, (end) =>
    files.map((file) => `    <link rel="preload" href="${file}" as="fetch" crossorigin />\n`).join("") + end);
};

const routes = manifest.pages.filter((page) => page.first_paint.kind !== "landing");
for (const page of routes) {
  const copy = marked(page, piecePreloads(page, preloading(withPageHead(shell, page, manifest, staging), preloaded(page))));
  for (const file of routeFiles(routeName(page.route))) {
    mkdirSync(dirname(join(staging, file)), { recursive: true });
    writeFileSync(join(staging, file), copy);
  }
}
const notFound = { route: "", canonical: false, ...manifest.not_found };
writeFileSync(join(staging, "404.html"), withPageHead(shell, notFound, manifest, staging));
// index.html is the landing page (and the shell the copies above came from).
const landing = manifest.pages.find((page) => page.first_paint.kind === "landing");
writeFileSync(join(staging, "index.html"), marked(landing, html));
console.log(`route-pages: wrote the pages of ${routes.length} routes and 404.html`);
