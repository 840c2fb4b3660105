// A post-build step (release builds only, before minify-glue.mjs): the names the wasm and
// its JS glue call each other by, shortened. wasm-bindgen names each import after the
// JS function and a hash (`__wbg_setAttribute_d1ba…`, 192 of them) and each export after
// its Rust path; every visit downloads them twice, in the wasm's import and export
// sections and in the glue. Binaryen's `--minify-imports-and-exports-and-modules` renames
// them (`a`, `b`, …) and prints what it renamed; the glue follows that list here, so both
// agree again. −4.4 KB gzip of wasm and −2.7 KB of glue (docs/performance.md).
//
// Checked before anything is written: every name the glue gives the wasm and every export
// it calls must be in the list, and after the rewrite the glue must provide exactly the
// wasm's imports; otherwise the build fails (a newer wasm-bindgen writing its glue
// differently must not ship a wasm that cannot start). The integrity hash of the wasm's
// <link rel="preload"> in index.html follows; the route copies are made from it.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { LOADER } from "./split-wasm.mjs";
import { assetLink, stagingDir, withIntegrity } from "./staging.mjs";

// -Oz's levels, so the rewrite keeps -Oz's encoding (Trunk ran -Oz itself: index.html).
const LEVELS = ["--optimize-level=2", "--shrink-level=2"];
// The project's binaryen (npm, the version Trunk.toml pins), wherever PATH points.
const WASM_OPT = join(import.meta.dirname, "..", "node_modules", ".bin", "wasm-opt");

/**
 * The glue `source` calling the wasm by the names `renamed` (binaryen's list) gives. A
 * split wasm (split-wasm.mjs) also imports its pieces' loaders from the loader module
 * (`loaderModule`, which the glue imports as `import1`, `import2`…): the glue's own import
 * object then provides those too, under their new names.
 */
export function renameGlue(source, renamed, newModule, loaderModule = null) {
  const imports = new Map();
  const fromLoader = new Map();
  for (const [module, name, short] of renamed.imports) (module === loaderModule ? fromLoader : imports).set(name, short);
  const exports = new Map(renamed.exports);
  const modules = new Set(renamed.imports.map(([module]) => module).filter((m) => m !== loaderModule));
  if (modules.size !== 1) throw new Error(`minify-wasm-names: expected one import module, found ${[...modules]}`);
  const [oldModule] = modules;

  // The import object: `"./skillcheck_bg.js": import0`, whose keys are `NAME: function(`.
  const moduleKey = JSON.stringify(oldModule);
  if (source.split(`${moduleKey}:`).length !== 2) throw new Error(`minify-wasm-names: the import module ${moduleKey} not found once in the glue`);
  let glue = source.replace(`${moduleKey}:`, () => `${JSON.stringify(newModule)}:`);
  if (loaderModule) {
    // `"./__wasm_split.js": import1,` (once per split point) goes; import0 provides them.
    const entry = new RegExp(`^[ \\t]*${JSON.stringify(loaderModule).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: (import\\d+),\\n`, "gm");
    const namespaces = [...glue.matchAll(entry)].map(([, namespace]) => namespace);
    if (!namespaces.length) throw new Error(`minify-wasm-names: the glue does not pass ${loaderModule} to the wasm`);
    glue = glue.replace(entry, "");
    const object = /^([ \t]*)const import0 = \{\n[ \t]*__proto__: null,\n/m;
    if (!object.test(glue)) throw new Error("minify-wasm-names: the glue's import object (import0) not found");
    glue = glue.replace(object, (start, indent) => start +
      [...fromLoader].map(([name, short]) => `${indent}    ${short}: ${namespaces[0]}.${name},\n`).join(""));
  }
  const seen = new Set();
  glue = glue.replace(/^(\s+)([\w$]+): function\(/gm, (line, indent, name) => {
    const short = imports.get(name);
    if (short === undefined) throw new Error(`minify-wasm-names: the glue provides ${name}, which the wasm does not import`);
    seen.add(name);
    return `${indent}${short}: function(`;
  });
  const missing = [...imports.keys()].filter((name) => !seen.has(name));
  if (missing.length) throw new Error(`minify-wasm-names: the wasm imports ${missing.join(", ")}, not found in the glue`);

  // The exports, which the glue reads from `wasm` (the instance's exports).
  glue = glue.replace(/\bwasm\.([\w$]+)/g, (access, name) => {
    const short = exports.get(name);
    if (short === undefined) throw new Error(`minify-wasm-names: the glue calls ${access}, which the wasm does not export`);
    return `wasm.${short}`;
  });
  return glue;
}

/**
 * The split's loader `source` taking the main wasm's exports it hands the pieces
 * (`const { memory, … } = initSync(…)`) by their new names; the pieces import them under
 * the old ones, which the loader keeps as its own.
 */
export function renameLoader(source, renamed) {
  const exports = new Map(renamed.exports);
  const take = /const \{([^}]*)\} = initSync\(/;
  const found = source.match(take);
  if (!found) throw new Error("minify-wasm-names: the loader's `const { … } = initSync(` not found");
  const names = found[1].split(",").map((n) => n.trim()).filter(Boolean);
  const pairs = names.map((name) => {
    const short = exports.get(name);
    if (short === undefined) throw new Error(`minify-wasm-names: the loader takes ${name}, which the wasm does not export`);
    return `${JSON.stringify(short)}: ${name}`;
  });
  return source.replace(take, () => `const { ${pairs.join(", ")} } = initSync(`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.env.TRUNK_PROFILE !== "release") {
    console.log("minify-wasm-names: skipped (not a release build)");
    process.exit(0);
  }
  const staging = stagingDir("minify-wasm-names");
  // A split wasm's loader (split-wasm.mjs) provides some imports and takes some exports.
  const loaderFile = join(staging, LOADER);
  const split = existsSync(loaderFile);
  const indexFile = join(staging, "index.html");
  const html = readFileSync(indexFile, "utf8");
  const wasm = assetLink(html, staging, "wasm", "minify-wasm-names");
  const glueFile = assetLink(html, staging, "js", "minify-wasm-names").file;
  const renamedFile = `${wasm.file}.renamed`;
  const list = execFileSync(WASM_OPT, [wasm.file, ...LEVELS, "--minify-imports-and-exports-and-modules", "-o", renamedFile], { encoding: "utf8" });
  const renamed = JSON.parse(list);
  const bytes = readFileSync(renamedFile);
  const newModules = new Set(WebAssembly.Module.imports(new WebAssembly.Module(bytes)).map((i) => i.module));
  if (newModules.size !== 1) throw new Error(`minify-wasm-names: expected one import module after renaming, found ${[...newModules]}`);
  const before = readFileSync(glueFile, "utf8");
  const glue = renameGlue(before, renamed, [...newModules][0], split ? `./${LOADER}` : null);
  writeFileSync(glueFile, glue);
  if (split) writeFileSync(loaderFile, renameLoader(readFileSync(loaderFile, "utf8"), renamed));
  writeFileSync(wasm.file, bytes);
  rmSync(renamedFile);
  writeFileSync(indexFile, withIntegrity(html, wasm, bytes));
  console.log(`minify-wasm-names: ${renamed.imports.length} imports and ${renamed.exports.length} exports renamed; glue ${before.length} -> ${glue.length} bytes`);
}
