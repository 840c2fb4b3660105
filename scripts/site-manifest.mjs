// The site manifest the post-build steps read: Rust owns the routes, titles, descriptions,
// data lists, the landing page's markup and the inline script (src/core/site/, printed by
// `cargo run --example site_manifest`; docs/site-manifest.md). post-build.mjs runs the
// example once and passes the file on in SKILLCHECK_SITE_MANIFEST; a step run on its own
// runs it itself (cargo caches the compiled example).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { withoutReleaseEnv } from "./release-build.mjs";

export const ROOT = join(import.meta.dirname, "..");

/** The manifest's JSON text, freshly printed by the Rust example. */
export function printManifest() {
  return execFileSync("cargo", ["run", "--offline", "--quiet", "--example", "site_manifest"], {
    cwd: ROOT,
    // A native build: the release wasm's std and panic settings are not for it.
    env: withoutReleaseEnv(process.env),
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
}

/** The manifest, from the file post-build.mjs wrote, or printed now. */
export function siteManifest() {
  const file = process.env.SKILLCHECK_SITE_MANIFEST;
  return JSON.parse(file ? readFileSync(file, "utf8") : printManifest());
}

/** An app route as a path relative to the site's root folder ("/quiz" -> "quiz"). */
export const routeName = (route) => route.replace(/^\//, "");

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The static copy's `<main>` content, between the manifest's markers
 * (src/core/site/static_copy.rs): `pattern` matches the markers and what they hold, `wrap`
 * puts content between new ones.
 */
export function staticCopyMain(manifest) {
  const { main_start: start, main_end: end } = manifest.static_copy;
  return {
    pattern: new RegExp(`${escapeRegExp(start)}[\\s\\S]*${escapeRegExp(end)}`),
    wrap: (content) => `${start}${content}${end}`,
  };
}
