// A post-build step (release builds only, before csp.mjs, which hashes the result): the
// stylesheet Trunk inlined into index.html, minified with lightningcss (the minifier Trunk
// itself uses; Trunk 0.21 only minifies when asked to minify the HTML too, and the later
// steps find their places in the HTML by its comments). style/main.css keeps its comments,
// which say why a rule is there. Every page carries the stylesheet: 7.5 -> 4.9 KB gzip.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { transform } from "lightningcss";
import { stagingDir } from "./staging.mjs";

// The oldest browsers that run the app's wasm (it uses reference types: Chrome 96, Firefox
// 79, Safari 15), as lightningcss versions (major << 16): it then writes no syntax they
// lack. Without targets it assumes the newest and writes `max-width` media queries in the
// range syntax, which Safari reads only from 16.4.
const TARGETS = { chrome: 96 << 16, firefox: 79 << 16, safari: 15 << 16, ios_saf: 15 << 16 };

/** `html` with the CSS of its one `<style>` element minified. */
export function withMinifiedStyle(html) {
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)];
  if (styles.length !== 1) throw new Error(`minify-css: expected one <style> in index.html, found ${styles.length}`);
  const [element, css] = styles[0];
  const { code } = transform({ filename: "style/main.css", code: Buffer.from(css), minify: true, targets: TARGETS });
  return html.replace(element, () => `<style>${code}</style>`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.env.TRUNK_PROFILE !== "release") {
    console.log("minify-css: skipped (not a release build)");
    process.exit(0);
  }
  const file = join(stagingDir("minify-css"), "index.html");
  const html = readFileSync(file, "utf8");
  const minified = withMinifiedStyle(html);
  writeFileSync(file, minified);
  console.log(`minify-css: index.html ${html.length} -> ${minified.length} bytes`);
}
