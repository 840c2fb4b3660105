// A post-build step: the data files in the build as compact JSON, without the indentation
// public/data keeps for people reading and editing them: about 1 KB gzip less for every
// page that loads the data. The app reads numbers as numbers, so the values are the same.
// Each file also gets the build's edition, one digest of all of them: the build validated
// the data (the site manifest example), so the browser only checks that the files it got
// share one edition (src/core/catalog/edition.rs, docs/data.md). The fields only the
// validator reads (the manifest's `unshipped_fields`, from Rust) are left out, and the
// entries only some pages need go in files of their own (`shipped_apart`: the questions'
// words by skill, the retired questions' apart).
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { siteManifest } from "./site-manifest.mjs";
import { stagingDir } from "./staging.mjs";

/** `content` of `file` without the fields the browser never reads. */
export function shipped(file, content, rules) {
  const copy = structuredClone(content);
  for (const rule of rules.filter((r) => r.file === file)) {
    for (const entry of copy[rule.list]) for (const field of rule.fields) delete entry[field];
  }
  return copy;
}

/**
 * `contents` (file name -> content) with the entries each rule names moved from its file's
 * list into a file of their own, in their order. A file all of whose entries moved is not
 * shipped (question-texts.json: its words ship by skill).
 */
export function apart(contents, rules) {
  const out = structuredClone(contents);
  for (const { file, list, ids, into } of rules) {
    const moving = new Set(ids);
    const entries = out[file][list];
    out[into] = { [list]: entries.filter((entry) => moving.has(entry.id)) };
    out[file][list] = entries.filter((entry) => !moving.has(entry.id));
    if (out[into][list].length !== moving.size) throw new Error(`compact-data: not every id of ${into} is in ${file}`);
  }
  for (const { file, list } of rules) if (out[file]?.[list].length === 0) delete out[file];
  return out;
}

function compactData() {
  const manifest = siteManifest();
  const dir = join(stagingDir("compact-data"), manifest.data_dir);
  const sources = readdirSync(dir).filter((f) => f.endsWith(".json"));
  const texts = sources.map((file) => readFileSync(join(dir, file), "utf8"));
  const before = texts.reduce((sum, text) => sum + text.length, 0);
  const parsed = Object.fromEntries(
    sources.map((file, i) => [file, shipped(file, JSON.parse(texts[i]), manifest.unshipped_fields)]),
  );
  const byFile = apart(parsed, manifest.shipped_apart);
  for (const file of sources) if (!(file in byFile)) unlinkSync(join(dir, file));
  const files = Object.keys(byFile).sort();
  const contents = files.map((file) => byFile[file]);
  const digest = createHash("sha256");
  files.forEach((file, i) => digest.update(`${file}\n${JSON.stringify(contents[i])}\n`));
  const edition = digest.digest("hex").slice(0, 16);

  let after = 0;
  files.forEach((file, i) => {
    if ("edition" in contents[i]) throw new Error(`compact-data: ${file} has an edition of its own`);
    const compact = JSON.stringify({ edition, ...contents[i] });
    writeFileSync(join(dir, file), compact);
    after += compact.length;
  });
  console.log(`compact-data: data files ${before} -> ${after} bytes (${files.length} files), edition ${edition}`);
}

if (import.meta.url === `file://${process.argv[1]}`) compactData();
