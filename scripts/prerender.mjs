// A post-build step: prerenders, into their copies of index.html, what the app renders the
// same for every first-time visitor, as the site manifest says per page (src/core/site/):
// the whole <main> of the job-title list, each job title and compare ("whole"), and the
// start of the quiz, the quick check and /results ("start": their heading, and a shared
// result's banner), followed by the loading note. /results holds one start per kind of
// address (a shared result, the own results), which the inline script picks. So pages paint
// before the wasm arrives, and the whole ones read without JavaScript. It runs the built app
// in headless Chromium (Debian's, as the tests do) over the staging folder; the app replaces
// this markup with the same markup once it has rendered it (src/first_paint/).
// Without Chromium the build fails (dist/ would silently differ between machines), unless
// SKILLCHECK_NO_PRERENDER=1 turns prerendering off: then the copies keep their loading note.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium.mjs";
import { routeName, siteManifest, staticCopyMain } from "./site-manifest.mjs";
import { publicPath, routeFiles, stagingDir } from "./staging.mjs";
import { serveStatic } from "./static-server.mjs";
import { inLanes } from "./lanes.mjs";

const staging = stagingDir("prerender");
if (process.env.SKILLCHECK_NO_PRERENDER === "1") {
  console.warn("prerender: off (SKILLCHECK_NO_PRERENDER=1); pages show a loading note until the app runs");
  process.exit(0);
}
if (!existsSync(CHROMIUM_PATH)) {
  console.error(
    `prerender: no Chromium at ${CHROMIUM_PATH}, which this build step runs the app in.\n` +
      "  Install it (make build, or as root: apt-get install chromium), point CHROMIUM_PATH at one,\n" +
      "  or build without prerendered pages: SKILLCHECK_NO_PRERENDER=1 make serve",
  );
  process.exit(1);
}

const manifest = siteManifest();
const MAIN = staticCopyMain(manifest);
const { boot_id: bootId, loading_class: loadingClass, loading_note: LOADING_NOTE } = manifest.static_copy;
const pages = manifest.pages.filter((page) => ["whole", "start"].includes(page.first_paint.kind));

const site = await serveStatic(staging, { base: publicPath() });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

/** The app's render at `path` (from the site's root, may have a fragment): what `select` matches, or all of <main>. */
async function rendered(path, select) {
  // A fresh context per page: no stored answers, so the page is the one every visitor gets.
  const context = await browser.newContext({ serviceWorkers: "block" });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(`${site.url}/${routeName(path)}`);
    await page.waitForFunction(
      ({ bootId, loadingClass }) => !document.getElementById(bootId) &&
        document.querySelector("main h1") && !document.querySelector(`main .${loadingClass}`),
      { bootId, loadingClass },
      { timeout: 30_000 },
    );
    if (errors.length) throw new Error(`prerender: ${path} logged errors:\n${errors.join("\n")}`);
    return await page.evaluate((select) => {
      const parts = select ? [...document.querySelectorAll(select)] : [document.querySelector("main")];
      if (!parts.length) throw new Error(`nothing matches ${select}`);
      const html = parts.map((part) => {
        const copy = part.cloneNode(true);
        // The CSP forbids inline style attributes in HTML (the app sets styles through CSSOM).
        for (const el of [copy, ...copy.querySelectorAll("[style]")]) el.removeAttribute("style");
        return select ? copy.outerHTML : copy.innerHTML;
      });
      return html.join("\n        ");
    }, select);
  } finally {
    await context.close();
  }
}

const escapeAttribute = (text) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** The markup that goes between the markers of a page's static <main>. */
async function pageMain(page) {
  if (page.first_paint.kind === "whole") return rendered(page.route);
  const starts = [];
  for (const variant of page.first_paint.variants) {
    const start = await rendered(variant.visit, variant.select);
    starts.push(
      variant.name
        ? `<div data-boot-variant="${variant.name}" data-boot-title="${escapeAttribute(variant.title)}" hidden>${start}</div>`
        : start,
    );
  }
  return `${starts.join("\n        ")}\n        ${LOADING_NOTE}`;
}

try {
  // Three pages at a time: a visit waits on the browser much of the time (a load, the
  // wasm's compile, the app's start); the output is byte for byte the same as one at a time.
  const mains = await inLanes(pages, pageMain, 3);
  pages.forEach((page, index) => {
    for (const file of routeFiles(routeName(page.route)).map((f) => join(staging, f))) {
      const html = readFileSync(file, "utf8");
      if (!MAIN.pattern.test(html)) throw new Error(`prerender: ${file} lacks the static copy's <main> markers`);
      writeFileSync(file, html.replace(MAIN.pattern, () => MAIN.wrap(mains[index])));
    }
  });
} finally {
  await browser.close();
  site.stop();
}
console.log(`prerender: wrote what the app renders for ${pages.length} pages into their copies of index.html`);
