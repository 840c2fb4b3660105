// A post-build step (release builds, before the steps that change the wasm and its glue):
// the wasm split into a main part and one piece per page family (src/pages/pieces.rs,
// docs/wasm-split.md). Trunk 0.21 cannot split, so this step does it from the wasm rustc
// wrote, as Trunk did with the whole one: wasm-split-cli (wasm_split_cli_support, installed
// by scripts/setup-build.sh) splits it, wasm-bindgen writes the glue (keeping the function
// table's export, which the pieces are linked through), and wasm-opt -Oz shrinks each part.
// The main part and its glue replace Trunk's under Trunk's names; the loader the splitter
// writes (`__wasm_split.js`, imported by the glue) and the pieces it fetches join them.
// content-names.mjs then names them all after their content.
//
// The split points only exist in builds with `--cfg skillcheck_split` (release-build.mjs):
// a wasm without them is left as it is.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assetLink, publicPath, stagingDir, withIntegrity } from "./staging.mjs";

/** The loader's file name as the splitter writes it; the glue imports it by this name. */
export const LOADER = "__wasm_split.js";
/** The module name the split points import their loaders from until the splitter links them. */
const PLACEHOLDER = "__wasm_split_placeholder__";
// What Trunk passes wasm-opt (index.html's data-wasm-opt="z") and the features the
// pieces need spelled out (the function table is shared through reference types).
const WASM_OPT = join(import.meta.dirname, "..", "node_modules", ".bin", "wasm-opt");
const FEATURES = ["--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext",
  "--enable-mutable-globals", "--enable-reference-types", "--enable-multivalue"];

/**
 * The pieces the loader `source` fetches: for each page family (`quiz`, …) its own file and
 * the shared chunks it needs, all relative to the loader. Read from the loader the splitter
 * wrote: `const __chunk_4 = makeLoad(() => { … "./chunk_4.wasm" … }, [])` and
 * `export const __wasm_split_load_quiz = wrapAsyncCb(makeLoad(() => { … }, [__chunk_4, …]))`.
 */
export function loaderPieces(source) {
  const chunks = new Map();
  for (const [, name, file] of source.matchAll(/const (__chunk_\w+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([\w.-]+\.wasm)"/g)) {
    chunks.set(name, file);
  }
  const families = {};
  const family = /export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([\w.-]+\.wasm)"[\s\S]*?\}\s*,\s*\[([\w\s,]*)\]\)\)/g;
  for (const [, name, file, deps] of source.matchAll(family)) {
    const shared = deps.split(",").map((d) => d.trim()).filter(Boolean).map((d) => {
      if (!chunks.has(d)) throw new Error(`split-wasm: the loader's ${name} needs ${d}, which it does not define`);
      return chunks.get(d);
    });
    families[name] = [file, ...shared];
  }
  if (!Object.keys(families).length) throw new Error("split-wasm: no piece found in the loader");
  return families;
}

/**
 * The staged loader's file and what each family fetches (files in the staging folder, as
 * the loader is), or null when the wasm is not split. The loader is `LOADER` until
 * content-names.mjs names it after the glue (`<glue's name>-split.js`).
 */
export function stagedPieces(staging, html, step) {
  const glue = assetLink(html, staging, "js", step);
  const base = glue.href.slice(publicPath().length, -".js".length);
  for (const loader of [`${base}-split.js`, LOADER]) {
    const file = join(staging, loader);
    if (existsSync(file)) return { loader, families: loaderPieces(readFileSync(file, "utf8")) };
  }
  return null;
}

/** The wasm rustc wrote for this build (Trunk's cargo build, before wasm-bindgen). */
function rustcWasm() {
  const target = process.env.CARGO_TARGET_DIR || join(import.meta.dirname, "..", "target");
  return join(target, "wasm32-unknown-unknown", "release", "skillcheck.wasm");
}

const run = (command, args) => execFileSync(command, args, { stdio: ["ignore", "ignore", "inherit"] });

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.env.TRUNK_PROFILE !== "release") {
    console.log("split-wasm: skipped (not a release build)");
    process.exit(0);
  }
  const staging = stagingDir("split-wasm");
  const input = rustcWasm();
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(input)));
  if (!imports.some((i) => i.module === PLACEHOLDER)) {
    console.log("split-wasm: skipped (no split points: built without --cfg skillcheck_split)");
    process.exit(0);
  }
  const indexFile = join(staging, "index.html");
  let html = readFileSync(indexFile, "utf8");
  const glue = assetLink(html, staging, "js", "split-wasm");
  const wasm = assetLink(html, staging, "wasm", "split-wasm");
  const base = glue.href.slice(publicPath().length, -".js".length);
  const dir = mkdtempSync(join(tmpdir(), "skillcheck-split-"));
  try {
    run("wasm-split-cli", [input, join(dir, "split"), "--out-name", "skillcheck", "--target", "web"]);
    run("wasm-bindgen", ["--target", "web", "--no-typescript", "--keep-lld-exports",
      "--out-dir", join(dir, "bg"), "--out-name", base, join(dir, "split", "skillcheck.wasm")]);
    run(WASM_OPT, ["-Oz", ...FEATURES, join(dir, "bg", `${base}_bg.wasm`), "-o", wasm.file]);
    copyFileSync(join(dir, "bg", `${base}.js`), glue.file);
    // The loader imports the glue by the splitter's --out-name.
    const loader = readFileSync(join(dir, "split", LOADER), "utf8");
    if (!loader.includes('from "./skillcheck.js"')) throw new Error("split-wasm: the loader's import of the glue not found");
    writeFileSync(join(staging, LOADER), loader.replace('from "./skillcheck.js"', () => `from "./${base}.js"`));
    const pieces = new Set(Object.values(loaderPieces(loader)).flat());
    const written = readdirSync(join(dir, "split")).filter((f) => f.endsWith(".wasm") && f !== "skillcheck.wasm");
    if (written.length !== pieces.size || !written.every((f) => pieces.has(f))) {
      throw new Error(`split-wasm: the splitter wrote ${written}, the loader fetches ${[...pieces]}`);
    }
    for (const piece of written) run(WASM_OPT, ["-Oz", ...FEATURES, join(dir, "split", piece), "-o", join(staging, piece)]);
    html = withIntegrity(html, glue, readFileSync(glue.file));
    html = withIntegrity(html, wasm, readFileSync(wasm.file));
    writeFileSync(indexFile, html);
    const families = Object.keys(loaderPieces(loader)).join(", ");
    console.log(`split-wasm: ${base}_bg.wasm and ${written.length} pieces (${families})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
