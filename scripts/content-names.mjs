// A post-build step (after every step that changes the glue or the wasm): their file names
// follow their final content. Trunk names them after a hash of cargo's output, taken
// before wasm-bindgen, wasm-opt and the steps here; a change in those (a tool's version,
// a step such as minify-wasm-names.mjs) would ship new content under a name browsers
// already hold, and `_headers` lets them keep such files for a year (immutable): a
// visitor with the old glue cached and the new wasm fetched could not start the app. So
// both files are renamed after a hash of the two together, and index.html (from which the
// route copies are made) follows.
import { createHash } from "node:crypto";
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { assetLink, publicPath, stagingDir } from "./staging.mjs";

/** The base name (`skillcheck-<hash>`) for a glue and wasm with these contents. */
export function contentName(crate, glue, wasm) {
  const hash = createHash("sha256").update(glue).update(wasm).digest("hex").slice(0, 16);
  return `${crate}-${hash}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const staging = stagingDir("content-names");
  const indexFile = join(staging, "index.html");
  let html = readFileSync(indexFile, "utf8");
  const { href } = assetLink(html, staging, "js", "content-names");
  const oldBase = href.slice(publicPath().length, -".js".length);
  const crate = oldBase.match(/^(.*)-[0-9a-f]+$/)?.[1];
  if (!crate) throw new Error(`content-names: ${oldBase} is not a hashed name`);
  const files = { glue: `${oldBase}.js`, wasm: `${oldBase}_bg.wasm` };
  const newBase = contentName(crate, readFileSync(join(staging, files.glue)), readFileSync(join(staging, files.wasm)));
  for (const file of Object.values(files)) {
    // The modulepreload and the loader's import; the wasm's preload and the loader's init.
    if (html.split(file).length < 3) throw new Error(`content-names: index.html names ${file} fewer than twice`);
    html = html.split(file).join(file.replace(oldBase, newBase));
    renameSync(join(staging, file), join(staging, file.replace(oldBase, newBase)));
  }
  writeFileSync(indexFile, html);
  console.log(`content-names: ${oldBase} -> ${newBase}`);
}
