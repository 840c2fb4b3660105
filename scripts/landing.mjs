// A post-build step: writes the site manifest's landing page into index.html before the
// other steps copy it: the static first paint (src/core/site/landing.rs, the same words the
// Landing view renders), the header and footer (src/core/site/header.rs, footer.rs), the inline script that picks the static variants
// (src/core/site/boot_script.rs) and the head: title, description, link-preview tags.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { withPageHead } from "./page-head.mjs";
import { siteManifest, staticCopyMain } from "./site-manifest.mjs";
import { stagingDir } from "./staging.mjs";

const staging = stagingDir("landing");
const file = join(staging, "index.html");
const manifest = siteManifest();
const landing = manifest.pages.find((page) => page.first_paint.kind === "landing");
const MAIN = staticCopyMain(manifest);
const SCRIPT = "<!-- boot-script -->";
const HEADER = /<!-- boot-header:[^>]*-->/;
const FOOTER = /<!-- boot-footer:[^>]*-->/;
let html = readFileSync(file, "utf8");
if (!MAIN.pattern.test(html) || !html.includes(SCRIPT) || !HEADER.test(html) || !FOOTER.test(html)) {
  console.error("landing: index.html lacks the static copy's <main> markers (src/core/site/static_copy.rs), or the boot-script, boot-header or boot-footer placeholder");
  process.exit(1);
}
const indent = (text, spaces) => text.split("\n").join(`\n${" ".repeat(spaces)}`);
html = html
  .replace(MAIN.pattern, () => MAIN.wrap(`\n        ${indent(manifest.landing.html, 8)}\n        `))
  .replace(SCRIPT, () => `<script>${manifest.boot_script}</script>`)
  .replace(HEADER, () => indent(manifest.header.html, 6))
  .replace(FOOTER, () => indent(manifest.footer.html, 6));
writeFileSync(file, withPageHead(html, landing, manifest, staging));
console.log("landing: the landing page, its head and the inline script written into index.html");
