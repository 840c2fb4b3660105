// Byte sizes of a built dist/, raw and gzip-compressed as a static host would serve them
// (gzip level 6, the usual server default). Prints a table; with --check, fails when a
// page's wasm or whole first visit is over its budget (tests call it so).
//
// "First visit" of a page = its HTML (with the stylesheet inlined into it), the JS glue
// and the split's loader, the main wasm and its family's pieces (docs/wasm-split.md), its
// data files, and the icon and manifest: for the landing page (no data), a role page (the
// data files the site manifest lists for it), the quiz and the results (every data file).
// The question texts (the files the manifest's `shipped_apart` makes, by skill) are printed
// apart: the quiz loads a skill's as a rating brings a check question of it, the results'
// review a list's as the person opens it (src/data/texts.rs), so no page needs them to
// show, and how many a visit loads depends on the person.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { siteManifest } from "./site-manifest.mjs";
import { stagedPieces } from "./split-wasm.mjs";

// Budgets in gzip bytes: today's sizes plus about 1.5%, so growth fails the tests. Until
// 2026-12-04 one wasm and one first visit (the results page), lowered step by step by issue
// 16's wasm diet from 400,000 / 522,000 to 265,000 / 361,000 (docs/performance.md has each
// step). Since the wasm is split by page family (2026-12-05, docs/wasm-split.md) every
// kind of page has its own: the wasm it downloads (the main part and its family's pieces)
// and its whole first visit. The ninth session (2026-12-05): the question texts by skill,
// as needed (the quiz's and results' first visits ~58 KB lighter), and the parsing of
// every data file but the quiz's out of the main wasm (landing and quiz −6.5 KB, job
// titles and results +2.1: that code now sits in their shared chunk). The performance
// goal (130 KB for the whole first visit) is printed beside them and tracked by
// `make bench`.
export const BUDGET = {
  landing: { wasm: 97_100, total: 110_800 },
  role: { wasm: 160_600, total: 198_300 },
  quiz: { wasm: 187_000, total: 209_300 },
  results: { wasm: 251_700, total: 289_400 },
};
export const GOAL = { firstVisit: 130_000 };

export function sizes(dist) {
  const manifest = siteManifest();
  const top = readdirSync(dist);
  const pick = (re) => top.filter((f) => re.test(f)).map((f) => join(dist, f));
  const apart = new Set(manifest.shipped_apart.map((rule) => rule.into));
  const inData = (keep) =>
    readdirSync(join(dist, manifest.data_dir)).filter(keep).map((f) => join(dist, manifest.data_dir, f));
  const data = inData((f) => !apart.has(f));
  // The words of the questions still asked, one file per skill (not the retired ones').
  const asked = new Set(manifest.shipped_apart.filter((rule) => !rule.retired).map((rule) => rule.into));
  const texts = inData((f) => asked.has(f));
  // A split wasm (scripts/split-wasm.mjs): the main part, and per page family its pieces.
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const split = stagedPieces(dist, html, "size-report");
  const pieces = new Set(split ? Object.values(split.families).flat() : []);
  const groups = {
    html: [join(dist, "index.html")],
    css: pick(/\.css$/),
    js: pick(/^skillcheck-.*\.js$/),
    wasm: pick(/\.wasm$/).filter((f) => !pieces.has(basename(f))),
    pieces: [...pieces].map((f) => join(dist, f)),
    data,
    texts,
    icons: ["favicon.svg", "manifest.webmanifest"].map((f) => join(dist, f)).filter(existsSync),
  };
  // Each file compressed once: the rows and every page's visit count the same files.
  const compressed = new Map();
  const gz = (file) => {
    if (!compressed.has(file)) compressed.set(file, gzipSync(readFileSync(file), { level: 6 }).length);
    return compressed.get(file);
  };
  const rows = {};
  for (const [name, files] of Object.entries(groups)) {
    if (files.length === 0) continue; // e.g. no .css file: the stylesheet is inlined in the html
    let raw = 0;
    let gzip = 0;
    for (const f of files) {
      raw += readFileSync(f).length;
      gzip += gz(f);
    }
    rows[name] = { files: files.length, raw, gzip };
  }
  // What a first visit of a page downloads: the HTML, the glue (and the split's loader),
  // the main wasm, icons, then its family's pieces and its data files.
  const shell = ["html", "css", "js", "wasm", "icons"].reduce((sum, r) => sum + (rows[r]?.gzip ?? 0), 0);
  const piecesOf = (page) => (split && page.piece ? split.families[page.piece] : []);
  const sum = (files) => files.reduce((total, f) => total + gz(f), 0);
  const page = (route) => manifest.pages.find((p) => p.route === route || (route === "/roles/" && p.route.startsWith(route)));
  const visit = (p, dataFiles) => {
    const wasm = rows.wasm.gzip + sum(piecesOf(p).map((f) => join(dist, f)));
    return { wasm, total: shell - rows.wasm.gzip + wasm + sum(dataFiles.map((f) => join(dist, manifest.data_dir, f))) };
  };
  const pages = {
    // The landing page loads no data (src/data.rs loads it when a page needs it).
    landing: visit(page("/"), []),
    // A role page: the most common way in from a search; no question texts (src/data/texts.rs).
    role: visit(page("/roles/"), page("/roles/").data),
    quiz: visit(page("/quiz"), page("/quiz").data),
    // Results with every data file: the largest.
    results: visit(page("/results"), data.map((f) => basename(f))),
  };
  const perSkill = texts.map(gz);
  const questionTexts = { files: texts.length, all: sum(texts), largest: Math.max(...perSkill) };
  return { rows, pages, questionTexts };
}

const kb = (n) => `${(n / 1000).toFixed(1)} KB`;

export function report(dist) {
  const { rows, pages, questionTexts } = sizes(dist);
  console.log("asset      files        raw       gzip");
  for (const [name, r] of Object.entries(rows)) {
    console.log(
      `${name.padEnd(10)} ${String(r.files).padStart(5)} ${kb(r.raw).padStart(10)} ${kb(r.gzip).padStart(10)}`,
    );
  }
  console.log(`first visit (gzip)   wasm (budget)          total (budget; goal ${kb(GOAL.firstVisit)})`);
  for (const [name, p] of Object.entries(pages)) {
    const budget = BUDGET[name];
    console.log(`${name.padEnd(16)} ${kb(p.wasm).padStart(9)} (${kb(budget.wasm)}) ${kb(p.total).padStart(12)} (${kb(budget.total)})`);
  }
  const { largest, all, files } = questionTexts;
  console.log(
    `+ question texts, by skill as a rating or an opened review list needs them: ` +
      `up to ${kb(largest)} a skill, ${kb(all)} for all ${files}`,
  );
  return { pages };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = resolve(process.argv.find((a) => !a.startsWith("-") && a !== process.argv[0] && a !== process.argv[1]) ?? "dist");
  const { pages } = report(dist);
  if (process.argv.includes("--check")) {
    const over = [];
    for (const [name, p] of Object.entries(pages)) {
      if (p.wasm > BUDGET[name].wasm) over.push(`${name}: wasm ${p.wasm} > ${BUDGET[name].wasm}`);
      if (p.total > BUDGET[name].total) over.push(`${name}: first visit ${p.total} > ${BUDGET[name].total}`);
    }
    if (over.length) {
      console.error(`size budget exceeded: ${over.join("; ")}`);
      process.exit(1);
    }
    console.log("size budgets: within budget");
  }
}
