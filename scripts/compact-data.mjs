// Post-build step 2: the data files in the build as compact JSON, without the indentation
// public/data keeps for people reading and editing them: about 1 KB gzip less for every
// page that loads the data. The app reads numbers as numbers, so the values are the same.
// Each file also gets the build's edition, one digest of all of them: the build validated
// the data (the site manifest example), so the browser only checks that the files it got
// share one edition (src/core/catalog/edition.rs, docs/data.md). And the fields only the
// validator reads (the manifest's `unshipped_fields`, from Rust) are left out.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
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

function compactData() {
  const rules = siteManifest().unshipped_fields;
  const dir = join(stagingDir("compact-data"), "data");
  const files = readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
  const texts = files.map((file) => readFileSync(join(dir, file), "utf8"));
  const contents = files.map((file, i) => shipped(file, JSON.parse(texts[i]), rules));
  const digest = createHash("sha256");
  files.forEach((file, i) => digest.update(`${file}\n${JSON.stringify(contents[i])}\n`));
  const edition = digest.digest("hex").slice(0, 16);

  let before = 0;
  let after = 0;
  files.forEach((file, i) => {
    if ("edition" in contents[i]) throw new Error(`compact-data: ${file} has an edition of its own`);
    const compact = JSON.stringify({ edition, ...contents[i] });
    writeFileSync(join(dir, file), compact);
    before += texts[i].length;
    after += compact.length;
  });
  console.log(`compact-data: data files ${before} -> ${after} bytes, edition ${edition}`);
}

if (import.meta.url === `file://${process.argv[1]}`) compactData();
