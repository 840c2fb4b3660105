// Shared by the post-build steps: where Trunk stages the build, the path the app is served
// under, a listing of the staged files, and which of them are content-hashed.
import { createHash } from "node:crypto";
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
 * The `<link>` by which index.html loads wasm-bindgen's glue (`"js"`, Trunk's modulepreload)
 * or the wasm (`"wasm"`, its preload): the tag, its URL, its integrity value, and the
 * staged file the URL names. For the steps that change those files after Trunk.
 */
export function assetLink(html, staging, kind, step) {
  const rel = kind === "js" ? "modulepreload" : "preload";
  const pattern = new RegExp(`<link rel="${rel}" href="([^"]*\\.${kind})"[^>]*\\bintegrity="([^"]*)"[^>]*>`);
  const found = html.match(pattern);
  if (!found) throw new Error(`${step}: the ${kind}'s <link rel="${rel}"> not found in index.html`);
  const [tag, href, integrity] = found;
  if (!href.startsWith(publicPath())) throw new Error(`${step}: ${href} is not under the public path`);
  return { tag, href, integrity, file: join(staging, href.slice(publicPath().length)) };
}

/** `html` with `link`'s integrity value made that of its file's new content, `bytes`. */
export function withIntegrity(html, link, bytes) {
  const integrity = `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
  return html.replace(link.tag, () => link.tag.replace(link.integrity, integrity));
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
 * The content-hashed files (content-names.mjs: their names change with their content, so
 * they can be cached forever): the ones index.html and 404.html reference with an
 * `integrity` attribute (the glue, the split's loader, the main wasm; index.html, the
 * landing page, has no wasm preload, it fetches the wasm after its first paint:
 * scripts/wasm-start.mjs, so 404.html's counts), and every file named after the glue (the
 * split wasm's pieces, which the loader fetches). Paths relative to the staging folder.
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
  // A split wasm's loader and pieces are named after the glue (content-names.mjs).
  for (const glue of [...files].filter((file) => file.endsWith(".js"))) {
    const named = `${glue.slice(0, -".js".length)}-`;
    for (const file of readdirSync(staging)) if (file.startsWith(named)) files.add(file);
  }
  return files;
}
