// Shared by the post-build steps: where Trunk stages the build, the path the app is served
// under, a listing of the staged files, and which of them are content-hashed.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** The staging folder Trunk passes to hooks (the steps can also be run on any built dist). */
export function stagingDir(step) {
  const dir = process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error(`${step}: TRUNK_STAGING_DIR is not set (run through \`trunk build\`)`);
    process.exit(1);
  }
  return dir;
}

/** The URL path the app is served under, with slashes at both ends ("/" or "/sub/"). */
export function publicPath() {
  // --public-url may also be a full URL (a CDN); only its path matters to the host.
  const path = new URL(process.env.TRUNK_PUBLIC_URL || "/", "http://host").pathname;
  return path.endsWith("/") ? path : `${path}/`;
}

/**
 * The two copies of index.html a route gets, relative to the staging folder: `quiz/index.html`
 * for hosts that answer `/quiz` by redirecting to the folder `/quiz/` (python's http.server,
 * nginx, Apache), and `quiz.html` for hosts that answer `/quiz` with it directly, saving
 * visitors that redirect's round trip (GitHub Pages, Netlify, Cloudflare Pages).
 */
export function routeFiles(route) {
  return [`${route}/index.html`, `${route}.html`];
}

/** Every file under `dir`, as sorted "/"-separated paths relative to it. */
export function listFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath ?? entry.path, entry.name)))
    .map((path) => path.split(sep).join("/"))
    .sort();
}

/**
 * The content-hashed files (the js and wasm: content-names.mjs; whose names change with their
 * content, so they can be cached forever): exactly the ones index.html and 404.html
 * reference with an `integrity` attribute (index.html, the landing page, has no wasm
 * preload: it fetches the wasm after its first paint, scripts/wasm-start.mjs). Paths
 * relative to the staging folder.
 */
export function hashedAssets(staging) {
  const pages = ["index.html", "404.html"].map((f) => join(staging, f)).filter(existsSync);
  const html = pages.map((f) => readFileSync(f, "utf8")).join("\n");
  const base = publicPath();
  const files = new Set();
  for (const [tag] of html.matchAll(/<(?:link|script)\b[^>]*\bintegrity="[^"]*"[^>]*>/g)) {
    const url = tag.match(/\b(?:href|src)="([^"]*)"/)?.[1];
    const path = url && new URL(url, `http://host${base}`).pathname;
    if (path?.startsWith(base)) files.add(path.slice(base.length));
  }
  return files;
}
