// Where the wasm's code bytes go: function body bytes by crate, and the largest functions.
// Reads the code and name sections of the un-stripped wasm cargo writes before wasm-bindgen
// and wasm-opt run (`target/wasm32-unknown-unknown/release/skillcheck.wasm` after a release
// build), so the figures are before wasm-opt: use them to compare crates, and the gzip
// sizes of scripts/size-report.mjs for what a visitor downloads. `make sizes` prints both.
// (A port of the team's ../shared/tools/wasm-sizes.py, so `make bench` needs no Python and
// nothing beside the clone; this one also decodes the symbols and gzips each crate's code.)
//
// Usage: node scripts/wasm-sizes.mjs [FILE.wasm] [TOP]
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

export const DEFAULT_WASM = "target/wasm32-unknown-unknown/release/skillcheck.wasm";

// Matched in this order: the first one named anywhere in a symbol wins, so a generic
// instantiated for an app type counts as the app's, and tachys code for a router type as
// the router's.
const CRATES = ["skillcheck", "leptos_router", "leptos_meta", "leptos_dom", "leptos", "tachys",
  "reactive_graph", "serde_json", "miniserde", "serde_core", "serde", "base64", "web_sys",
  "js_sys", "wasm_bindgen_futures", "wasm_bindgen", "gloo_net", "futures_util", "futures_core",
  "futures_channel", "event_listener", "hashbrown", "indexmap", "zmij", "itoa",
  "console_error_panic_hook", "dlmalloc", "alloc", "core", "std"];
// wasm-bindgen's describe functions only tell wasm-bindgen the types: it removes them.
const DESCRIBE = "wbg describe (not shipped)";

function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return [value, at];
  }
}

const skipLimits = (bytes, at) => {
  const flags = bytes[at];
  at = leb(bytes, at + 1)[1];
  return flags & 1 ? leb(bytes, at)[1] : at;
};

// Every defined function's index, body bytes and name (from the "name" custom section).
export function functions(bytes) {
  let at = 8;
  let imported = 0;
  const bodies = [];
  const names = new Map();
  while (at < bytes.length) {
    const id = bytes[at];
    let size;
    [size, at] = leb(bytes, at + 1);
    const end = at + size;
    let j = at;
    if (id === 2) {
      // Imported functions come first in the index space.
      let count;
      [count, j] = leb(bytes, j);
      for (let k = 0; k < count; k++) {
        for (let s = 0; s < 2; s++) {
          let n;
          [n, j] = leb(bytes, j);
          j += n;
        }
        const kind = bytes[j++];
        if (kind === 0) {
          j = leb(bytes, j)[1];
          imported++;
        } else if (kind === 1) j = skipLimits(bytes, j + 1);
        else if (kind === 2) j = skipLimits(bytes, j);
        else j += 2;
      }
    } else if (id === 10) {
      let count;
      [count, j] = leb(bytes, j);
      for (let k = 0; k < count; k++) {
        let n;
        [n, j] = leb(bytes, j);
        bodies.push({ index: imported + k, bytes: bytes.subarray(j, j + n) });
        j += n;
      }
    } else if (id === 0) {
      let n;
      [n, j] = leb(bytes, j);
      if (Buffer.from(bytes.subarray(j, j + n)).toString() === "name") {
        j += n;
        while (j < end) {
          const sub = bytes[j];
          [n, j] = leb(bytes, j + 1);
          const subEnd = j + n;
          if (sub === 1) {
            let count;
            [count, j] = leb(bytes, j);
            for (let k = 0; k < count; k++) {
              let index;
              [index, j] = leb(bytes, j);
              [n, j] = leb(bytes, j);
              names.set(index, Buffer.from(bytes.subarray(j, j + n)).toString());
              j += n;
            }
          }
          j = subEnd;
        }
      }
    }
    at = end;
  }
  return bodies.map((b) => ({ ...b, name: demangle(names.get(b.index) ?? `func${b.index}`) }));
}

const ESCAPES = { SP: "@", BP: "*", RF: "&", LT: "<", GT: ">", LP: "(", RP: ")", C: "," };

// Rust's legacy mangling (_ZN 3foo 3bar 17h<hash> E) as foo::bar<…>; v0 names (_R…) as the
// identifiers they contain, enough to tell their crate.
export function demangle(name) {
  const legacy = /^_ZN(.*)E$/.exec(name);
  const v0 = name.startsWith("_R");
  if (!legacy && !v0) return name;
  // v0: drop the crates' disambiguators (Cs<base62>_), whose digits would read as lengths.
  const s = legacy ? legacy[1] : name.slice(2).replace(/Cs[0-9A-Za-z]*?_(?=\d)/g, "C");
  const isIdent = (part) => legacy || /^_?[A-Za-z][A-Za-z0-9_]*$/.test(part);
  const parts = [];
  for (let k = 0; k < s.length; ) {
    const digits = /^\d+/.exec(s.slice(k));
    if (!digits) {
      k++;
      continue;
    }
    const n = Number(digits[0]);
    const part = s.slice(k + digits[0].length, k + digits[0].length + n);
    if (isIdent(part)) parts.push(part.replace(/^_(?=\$)/, ""));
    k += digits[0].length + (isIdent(part) ? n : 0);
  }
  return parts
    .filter((p) => !/^h[0-9a-f]{16}$/.test(p))
    .join("::")
    .replace(/\$(SP|BP|RF|LT|GT|LP|RP|C|u[0-9a-f]+)\$/g, (_, e) =>
      e.startsWith("u") ? String.fromCodePoint(parseInt(e.slice(1), 16)) : ESCAPES[e])
    .replace(/\.\./g, "::");
}

export function crateOf(name) {
  if (name.startsWith("__wbindgen_describe")) return DESCRIBE;
  return CRATES.find((c) => new RegExp(`(?<![A-Za-z0-9_])${c}::`).test(name)) ?? "other";
}

export function report(path = DEFAULT_WASM, top = 30) {
  const bytes = readFileSync(path);
  const fns = functions(bytes);
  const total = fns.reduce((sum, f) => sum + f.bytes.length, 0);
  const byCrate = new Map();
  for (const f of fns) {
    const crate = crateOf(f.name);
    byCrate.set(crate, [...(byCrate.get(crate) ?? []), f.bytes]);
  }
  console.log(`${path}: ${bytes.length} bytes, ${total} bytes of code in ${fns.length} functions`);
  console.log("(before wasm-opt; \"gzip alone\" is each crate's code gzipped on its own, a guide to its share of the download)");
  console.log("crate                          code     share   gzip alone");
  // Longest first; "other" is what has no crate in its name (wasm-bindgen's glue, main).
  const rows = [...byCrate].map(([crate, list]) => {
    const code = list.reduce((sum, b) => sum + b.length, 0);
    return { crate, code, gzip: gzipSync(Buffer.concat(list), { level: 6 }).length };
  });
  for (const r of rows.sort((a, b) => b.code - a.code)) {
    const share = `${((100 * r.code) / total).toFixed(1)}%`;
    console.log(`${r.crate.padEnd(26)} ${String(r.code).padStart(9)} ${share.padStart(8)} ${String(r.gzip).padStart(12)}`);
  }
  console.log(`largest ${top} functions (code bytes):`);
  for (const f of [...fns].sort((a, b) => b.bytes.length - a.bytes.length).slice(0, top)) {
    console.log(`${String(f.bytes.length).padStart(8)}  ${f.name.slice(0, 150)}`);
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  report(process.argv[2] ?? DEFAULT_WASM, Number(process.argv[3] ?? 30));
}
