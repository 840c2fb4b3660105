// A post-build step: makes the link-preview image (Open Graph, Twitter card) at build time,
// never fetched: a small HTML card with the app's name, its question and lead (from the
// site manifest) in the colours of style/main.css and the favicon's mark, screenshotted in
// headless Chromium (Debian's, as prerender.mjs) at the manifest's size. The page-head
// tags point at it when it exists. Without Chromium the build fails as prerender.mjs does;
// SKILLCHECK_NO_PRERENDER=1 leaves the image out (the tags then name none).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium.mjs";
import { ROOT, siteManifest } from "./site-manifest.mjs";
import { stagingDir } from "./staging.mjs";

const staging = stagingDir("preview-image");
const image = siteManifest().preview_image;
if (process.env.SKILLCHECK_NO_PRERENDER === "1") {
  console.warn("preview-image: off (SKILLCHECK_NO_PRERENDER=1); link previews show no image");
  process.exit(0);
}
if (!existsSync(CHROMIUM_PATH)) {
  console.error(
    `preview-image: no Chromium at ${CHROMIUM_PATH}, which draws the link-preview image.\n` +
      "  Install it (make build, or as root: apt-get install chromium), point CHROMIUM_PATH at one,\n" +
      "  or build without it: SKILLCHECK_NO_PRERENDER=1 make serve",
  );
  process.exit(1);
}

/** The light colour scheme's custom properties of style/main.css (its first :root block). */
function colours() {
  const css = readFileSync(join(ROOT, "style", "main.css"), "utf8");
  const root = css.match(/:root\s*\{([^}]*)\}/)?.[1] ?? "";
  const vars = Object.fromEntries([...root.matchAll(/--([\w-]+):\s*([^;]+);/g)].map(([, k, v]) => [k, v.trim()]));
  for (const name of ["bg", "fg", "muted", "accent", "accent-fg", "surface"]) {
    if (!vars[name]) throw new Error(`preview-image: style/main.css's :root lacks --${name}`);
  }
  return vars;
}

const escapeHtml = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const c = colours();
const mark = readFileSync(join(ROOT, "public", "favicon.svg"), "utf8");
const card = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><style>
  html, body { margin: 0; width: ${image.width}px; height: ${image.height}px; }
  body { box-sizing: border-box; padding: 72px 88px; background: ${c.bg}; color: ${c.fg};
    font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
    border-top: 24px solid ${c.accent}; display: flex; flex-direction: column; }
  .name { display: flex; align-items: center; gap: 24px; font-size: 40px; font-weight: 700; color: ${c.accent}; }
  .name svg { width: 80px; height: 80px; }
  h1 { margin: 64px 0 28px; font-size: 76px; line-height: 1.1; }
  p { margin: 0; font-size: 36px; line-height: 1.35; color: ${c.muted}; max-width: 980px; }
</style></head><body>
  <div class="name">${mark}<span>${escapeHtml(image.name)}</span></div>
  <h1>${escapeHtml(image.heading)}</h1>
  <p>${escapeHtml(image.lead)}</p>
</body></html>`;

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: image.width, height: image.height }, deviceScaleFactor: 1 });
  // Nothing to load but this text: no request leaves the page.
  await page.route("**/*", (route) => route.abort());
  await page.setContent(card);
  writeFileSync(join(staging, image.file), await page.screenshot({ type: "png" }));
} finally {
  await browser.close();
}
console.log(`preview-image: wrote ${image.file} (${image.width}×${image.height})`);
