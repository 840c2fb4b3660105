// The sites the engine tests browse: the built dist/ as a plain static host serves it, or
// a temporary copy of it — with files removed (data-error pages: classic WebDriver can't
// intercept requests) and/or with the error collector added to every HTML page (engines
// without a WebDriver console log).
import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DIST, serve } from "../e2e/harness.mjs";

const COLLECTOR = "__engine-errors.js";

function htmlFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}

/** Adds the collector as the very first script of every page of the copy in `dir`. */
function addCollector(dir) {
  copyFileSync(join(import.meta.dirname, "error-collector.js"), join(dir, COLLECTOR));
  for (const file of htmlFiles(dir)) {
    const html = readFileSync(file, "utf8");
    if (!html.includes("<head>")) throw new Error(`no <head> in ${file}`);
    writeFileSync(file, html.replace("<head>", `<head><script src="/${COLLECTOR}"></script>`));
  }
}

/**
 * Serves dist/ (or a copy: `collector` adds the error collector, `remove` lists paths to
 * delete from the copy, `add` maps paths to the text of extra files). Resolves to
 * { url, restore(path), stop() }; restore puts a removed file back (e.g. before Retry).
 */
export async function serveSite({ collector = false, remove = [], add = {} } = {}) {
  if (!collector && remove.length === 0 && Object.keys(add).length === 0) {
    const server = await serve(DIST);
    return { url: server.url, restore: () => {}, stop: async () => server.stop() };
  }
  const dir = mkdtempSync(join(tmpdir(), "skillcheck-engines-"));
  // dereference: dist/ may be a symlink to another checkout's build (as in offline.test.mjs).
  cpSync(DIST, dir, { recursive: true, dereference: true });
  if (collector) addCollector(dir);
  for (const path of remove) rmSync(join(dir, path));
  for (const [path, text] of Object.entries(add)) writeFileSync(join(dir, path), text);
  const server = await serve(dir);
  return {
    url: server.url,
    restore: (path) => copyFileSync(join(DIST, path), join(dir, path)),
    stop: async () => {
      server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
