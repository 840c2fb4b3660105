// A post-build step (after every step that changes the glue or the wasm): their file names
// follow their final content. Trunk names them after a hash of cargo's output, taken
// before wasm-bindgen, wasm-opt and the steps here; a change in those (a tool's version,
// a step such as minify-wasm-names.mjs) would ship new content under a name browsers
// already hold, and `_headers` lets them keep such files for a year (immutable): a
// visitor with the old glue cached and the new wasm fetched could not start the app. So
// both files are renamed after a hash of the two together, and index.html (from which the
// route copies are made) follows. A split wasm's loader and pieces (split-wasm.mjs) count
// in the hash and are named after it too: `<name>-split.js`, `<name>-<piece>.wasm`.
import { createHash } from "node:crypto";
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stagedPieces } from "./split-wasm.mjs";
import { assetLink, publicPath, stagingDir, withIntegrity } from "./staging.mjs";

/** The base name (`skillcheck-<hash>`) for a glue, wasm (and the split's loader and pieces) with these contents. */
export function contentName(crate, glue, wasm, ...split) {
  const hash = createHash("sha256");
  for (const bytes of [glue, wasm, ...split]) hash.update(bytes);
  return `${crate}-${hash.digest("hex").slice(0, 16)}`;
}

/**
 * The name the glue and the split's loader call each other and the pieces by while the
 * hash is taken: they name each other, so their hash is of their content with these
 * names in it, and the real name then replaces it.
 */
export const unnamed = (crate) => `${crate}-${"0".repeat(16)}`;

/** `text` with `from` replaced by `to`, which must occur exactly `times` times. */
function replaceExactly(text, from, to, times, what) {
  const found = text.split(from).length - 1;
  if (found !== times) throw new Error(`content-names: ${what} names ${from} ${found} times, not ${times}`);
  return text.split(from).join(to);
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
  const read = (file) => readFileSync(join(staging, file));
  let glue = read(files.glue).toString("utf8");
  const wasm = read(files.wasm);
  // The split's loader and its pieces (split-wasm.mjs), named after the glue.
  const split = stagedPieces(staging, html, "content-names");
  const pieces = split ? [...new Set(Object.values(split.families).flat())].sort() : [];
  const P = unnamed(crate);
  let loader = "";
  if (split) {
    loader = read(split.loader).toString("utf8");
    loader = replaceExactly(loader, `"./${files.glue}"`, `"./${P}.js"`, 1, "the loader");
    for (const piece of pieces) loader = replaceExactly(loader, `"./${piece}"`, `"./${P}-${piece}"`, 1, "the loader");
    // The glue imports the loader once per split point (`from "./__wasm_split.js"`); the
    // same string as a key of the import object (if any is left) is the wasm's import
    // module and stays.
    const from = new RegExp(`(\\bfrom\\s*)"\\./${split.loader.replace(/\./g, "\\.")}"`, "g");
    if (!from.test(glue)) throw new Error(`content-names: the glue does not import ${split.loader}`);
    glue = glue.replace(from, (_, keyword) => `${keyword}"./${P}-split.js"`);
  }
  const newBase = contentName(crate, glue, wasm, loader, ...pieces.map(read));
  const named = (text) => text.split(P).join(newBase);
  if (split) {
    writeFileSync(join(staging, `${newBase}-split.js`), named(loader));
    rmSync(join(staging, split.loader));
    for (const piece of pieces) renameSync(join(staging, piece), join(staging, `${newBase}-${piece}`));
    writeFileSync(join(staging, files.glue), named(glue));
    html = withIntegrity(html, assetLink(html, staging, "js", "content-names"), named(glue));
  }
  for (const file of Object.values(files)) {
    // The modulepreload and the loader's import; the wasm's preload and the loader's init.
    if (html.split(file).length < 3) throw new Error(`content-names: index.html names ${file} fewer than twice`);
    html = html.split(file).join(file.replace(oldBase, newBase));
    renameSync(join(staging, file), join(staging, file.replace(oldBase, newBase)));
  }
  if (split) {
    // The glue imports the loader: fetched beside it, not a round trip after it.
    const glueLink = assetLink(html, staging, "js", "content-names");
    const loaderHref = `${publicPath()}${newBase}-split.js`;
    const preload = glueLink.tag.replace(glueLink.href, loaderHref);
    html = html.replace(glueLink.tag, () => `${glueLink.tag}\n    ${withIntegrity(preload, { tag: preload, integrity: glueLink.integrity }, named(loader))}`);
  }
  writeFileSync(indexFile, html);
  console.log(`content-names: ${oldBase} -> ${newBase}${split ? ` (and the loader and ${pieces.length} pieces)` : ""}`);
}
