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
import { renameGlue } from "../../scripts/minify-wasm-names.mjs";
import { withMinifiedStyle } from "../../scripts/minify-css.mjs";
import { contentName } from "../../scripts/content-names.mjs";

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
    const wasmFile = files.find((f) => f.endsWith(".wasm"));
    // Named after their final content (content-names.mjs): a name never changes content.
    const fileBase = wasmFile.slice(0, -"_bg.wasm".length);
    const glue = readFileSync(join(dir, `${fileBase}.js`));
    assert.equal(fileBase, contentName("skillcheck", glue, readFileSync(join(dir, wasmFile))));
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
