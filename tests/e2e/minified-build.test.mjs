// What the release build minifies after Trunk: the names the wasm and its glue call each
// other by (scripts/minify-wasm-names.mjs) and the inlined stylesheet (minify-css.mjs),
// each step on its own, then in both builds the shipped wasm's short names, the pages'
// minified style, the glue's and wasm's file names following their final content
// (content-names.mjs) and the integrity hashes the pages load them with. That the
// app still starts and looks the same, every other e2e test and the engine journeys show.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST, DIST_SUB } from "./harness.mjs";
import { renameGlue, renameLoader } from "../../scripts/minify-wasm-names.mjs";
import { withMinifiedStyle } from "../../scripts/minify-css.mjs";
import { contentName, unnamed } from "../../scripts/content-names.mjs";
import { loaderPieces } from "../../scripts/split-wasm.mjs";

// wasm-bindgen's glue in miniature: the import object and calls into the exports.
const GLUE = `function __wbg_get_imports() {
    const import0 = {
        __proto__: null,
        __wbg_alert_1a2b: function(arg0) {
            alert(arg0);
        },
        __wbg_log_3c4d: function(arg0) {
            console.log(wasm.memory.buffer, arg0);
        },
    };
    return {
        __proto__: null,
        "./app_bg.js": import0,
    };
}
function greet() { wasm.greet(); wasmModule.x(); }
`;
const RENAMED = {
  imports: [["./app_bg.js", "__wbg_alert_1a2b", "a"], ["./app_bg.js", "__wbg_log_3c4d", "$b"]],
  exports: [["memory", "c"], ["greet", "d"], ["unused", "e"]],
};

test("the glue provides the wasm's imports and calls its exports by their new names", () => {
  const glue = renameGlue(GLUE, RENAMED, "a");
  assert.match(glue, /^ {8}a: function\(arg0\)/m);
  assert.match(glue, /^ {8}\$b: function\(arg0\)/m);
  assert.match(glue, /"a": import0/);
  assert.match(glue, /console\.log\(wasm\.c\.buffer, arg0\)/);
  assert.match(glue, /wasm\.d\(\); wasmModule\.x\(\)/, "only the wasm's exports are renamed");
  assert.doesNotMatch(glue, /__wbg_alert|__wbg_log|app_bg|wasm\.greet|wasm\.memory/);
});

test("a glue that does not fit the wasm's names fails the build instead of shipping", () => {
  const without = (list, name) => list.filter((entry) => !entry.includes(name));
  assert.throws(
    () => renameGlue(GLUE, { ...RENAMED, imports: without(RENAMED.imports, "__wbg_log_3c4d") }, "a"),
    /provides __wbg_log_3c4d, which the wasm does not import/,
  );
  assert.throws(
    () => renameGlue(GLUE, { ...RENAMED, imports: [...RENAMED.imports, ["./app_bg.js", "__wbg_new_5e6f", "f"]] }, "a"),
    /imports __wbg_new_5e6f, not found in the glue/,
  );
  assert.throws(
    () => renameGlue(GLUE, { ...RENAMED, exports: without(RENAMED.exports, "greet") }, "a"),
    /calls wasm\.greet, which the wasm does not export/,
  );
  assert.throws(
    () => renameGlue(GLUE.replace('"./app_bg.js"', '"./other.js"'), RENAMED, "a"),
    /import module "\.\/app_bg\.js" not found once/,
  );
});

// A split wasm's glue (split-wasm.mjs): the loader module provides the pieces' loaders.
const SPLIT_GLUE = `import * as import1 from "./__wasm_split.js"
import * as import2 from "./__wasm_split.js"
function __wbg_get_imports() {
    const import0 = {
        __proto__: null,
        __wbg_alert_1a2b: function(arg0) {
            alert(arg0);
        },
    };
    return {
        __proto__: null,
        "./app_bg.js": import0,
        "./__wasm_split.js": import1,
        "./__wasm_split.js": import2,
    };
}
function greet() { wasm.greet(); }
`;
const SPLIT_RENAMED = {
  imports: [["./app_bg.js", "__wbg_alert_1a2b", "a"], ["./__wasm_split.js", "__wasm_split_load_quiz", "b"]],
  exports: [["memory", "c"], ["greet", "d"], ["__indirect_function_table", "e"]],
};

test("a split wasm: the glue's import object provides the loader's functions by their new names", () => {
  const glue = renameGlue(SPLIT_GLUE, SPLIT_RENAMED, "a", "./__wasm_split.js");
  assert.match(glue, /const import0 = \{\n {8}__proto__: null,\n {8}b: import1\.__wasm_split_load_quiz,\n {8}a: function\(arg0\)/);
  assert.match(glue, /return \{\n {8}__proto__: null,\n {8}"a": import0,\n {4}\};/, "one module left");
  assert.match(glue, /^import \* as import1 from "\.\/__wasm_split\.js"$/m, "the glue still imports the loader");
  assert.throws(() => renameGlue(SPLIT_GLUE, SPLIT_RENAMED, "a"), /expected one import module/);
});

test("a split wasm: the loader takes the exports it hands the pieces by their new names", () => {
  const loader = `const { __indirect_function_table, memory,  } = initSync(undefined, undefined);
Object.assign(sharedImports.__wasm_split, { __indirect_function_table, memory,  });`;
  const renamed = renameLoader(loader, SPLIT_RENAMED);
  assert.match(renamed, /^const \{ "e": __indirect_function_table, "c": memory \} = initSync\(undefined, undefined\);$/m);
  assert.match(renamed, /Object\.assign\(sharedImports\.__wasm_split, \{ __indirect_function_table, memory, {2}\}\)/, "the pieces' names stay");
  assert.throws(() => renameLoader(loader.replace("memory", "table"), SPLIT_RENAMED), /takes table, which the wasm does not export/);
  assert.throws(() => renameLoader("initSync()", SPLIT_RENAMED), /not found/);
});

test("the loader's pieces are read per family, shared chunks included", () => {
  const load = (file) => `makeLoad(() => {\n    const src = fetch(new URL("./${file}", import.meta.url));\n    return 1;\n}\n`;
  const loader = `const __chunk_4 = ${load("chunk_4.wasm")}, []);
const __chunk_5 = ${load("chunk_5.wasm")}, []);
export const __wasm_split_load_quiz = wrapAsyncCb(${load("split_quiz.wasm")}, [__chunk_4, __chunk_5]));
export const __wasm_split_load_roles = wrapAsyncCb(${load("split_roles.wasm")}, [__chunk_5]));`;
  assert.deepEqual(loaderPieces(loader), {
    quiz: ["split_quiz.wasm", "chunk_4.wasm", "chunk_5.wasm"],
    roles: ["split_roles.wasm", "chunk_5.wasm"],
  });
  assert.throws(() => loaderPieces(loader.replace("[__chunk_5]", "[__chunk_6]")), /roles needs __chunk_6, which it does not define/);
  assert.throws(() => loaderPieces("const x = 1;"), /no piece found/);
});

test("the inlined stylesheet is minified, its rules kept", () => {
  const html = `<head><style>/* why */\nmain .lead {\n  color: red;\n}\n</style></head>`;
  assert.equal(withMinifiedStyle(html), "<head><style>main .lead{color:red}</style></head>");
  // No syntax the oldest browsers the app runs in lack (Safari reads range queries from 16.4).
  assert.match(withMinifiedStyle("<style>@media (max-width: 40rem) { p { margin: 0 } }</style>"), /\(max-width:40rem\)/);
  assert.throws(() => withMinifiedStyle("<head></head>"), /expected one <style> in index.html, found 0/);
});

for (const [dir, base] of [[DIST, "/"], [DIST_SUB, "/sub/"]]) {
  test(`${base}: every page's inlined stylesheet is the minified style/main.css`, () => {
    const source = readFileSync(join(import.meta.dirname, "..", "..", "style", "main.css"), "utf8");
    const expected = withMinifiedStyle(`<style>${source}</style>`);
    const pages = readdirSync(dir, { recursive: true }).filter((f) => f.endsWith(".html"));
    assert.ok(pages.length > 20);
    for (const page of pages) {
      const html = readFileSync(join(dir, page), "utf8");
      assert.equal(html.match(/<style>[\s\S]*?<\/style>/g)?.join(""), expected, page);
    }
  });

  test(`${base}: the shipped wasm's imports and exports have short names, the glue and wasm are named after their content, and every integrity hash fits its file`, () => {
    const files = readdirSync(dir, { recursive: true });
    const wasmFile = files.find((f) => f.endsWith("_bg.wasm"));
    // Named after their final content (content-names.mjs): a name never changes content.
    // The glue and the split's loader name each other, so the hash is of their content
    // with a stand-in for the name.
    const fileBase = wasmFile.slice(0, -"_bg.wasm".length);
    const read = (file) => readFileSync(join(dir, file));
    const unnamedText = (file) => read(file).toString("utf8").split(fileBase).join(unnamed("skillcheck"));
    const pieces = files.filter((f) => f.startsWith(`${fileBase}-`) && f.endsWith(".wasm")).sort();
    assert.ok(pieces.length >= 4, "the split's pieces");
    const hashed = [unnamedText(`${fileBase}.js`), read(wasmFile), unnamedText(`${fileBase}-split.js`), ...pieces.map(read)];
    assert.equal(fileBase, contentName("skillcheck", ...hashed));
    const module = new WebAssembly.Module(readFileSync(join(dir, wasmFile)));
    const imports = WebAssembly.Module.imports(module);
    assert.ok(imports.length > 100, "the app's imports");
    for (const { module: from, name } of imports) assert.ok(from.length <= 2 && name.length <= 3, `import ${from}.${name} is short`);
    for (const { name } of WebAssembly.Module.exports(module)) assert.ok(name.length <= 3, `export ${name} is short`);

    let checked = 0;
    for (const page of files.filter((f) => f.endsWith(".html"))) {
      const html = readFileSync(join(dir, page), "utf8");
      for (const [, url, integrity] of html.matchAll(/(?:href|src)="([^"]+)"[^>]*\bintegrity="([^"]+)"/g)) {
        assert.ok(url.startsWith(base), `${page}: ${url} under ${base}`);
        const bytes = readFileSync(join(dir, url.slice(base.length)));
        assert.equal(integrity, `sha384-${createHash("sha384").update(bytes).digest("base64")}`, `${page}: ${url}`);
        checked++;
      }
    }
    assert.ok(checked > 20, "the glue and wasm links of the pages");
  });
}
