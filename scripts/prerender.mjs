// Post-build step 4: prerenders the pages that look the same for every visitor (the list of
// job titles, each job title's page, the compare page) into their copies of index.html, so
// they paint real content before the wasm arrives, and read without JavaScript. It runs the
// built app in headless Chromium (Debian's, as the tests do) over the staging folder and
// keeps what the app rendered in <main>, plus the page title. The app replaces this markup
// with the same markup once it has rendered it (src/first_paint/).
// Without Chromium the build fails (dist/ would silently differ between machines), unless
// SKILLCHECK_NO_PRERENDER=1 turns prerendering off: then the copies keep their loading note.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium.mjs";
import { publicPath, routeFiles, stagingDir } from "./staging.mjs";
import { serveStatic } from "./static-server.mjs";

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

const MAIN = /<!-- boot-main:start -->[\s\S]*<!-- boot-main:end -->/;
const roles = JSON.parse(readFileSync(join(staging, "data", "roles.json"), "utf8")).roles;
const routes = ["roles", "compare", ...roles.map((r) => `roles/${r.id}`)];

const site = await serveStatic(staging, { base: publicPath() });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  // A fresh context per page: no stored answers, so the page is the one every visitor gets.
  for (const route of routes) {
    const context = await browser.newContext({ serviceWorkers: "block" });
    const page = await context.newPage();
    const errors = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(`${site.url}/${route}`);
    await page.waitForFunction(
      () => !document.getElementById("boot") && document.querySelector("main h1") &&
        !document.querySelector("main .loading"),
      null,
      { timeout: 30_000 },
    );
    if (errors.length) throw new Error(`prerender: /${route} logged errors:\n${errors.join("\n")}`);
    const { main, title } = await page.evaluate(() => {
      const copy = document.querySelector("main").cloneNode(true);
      // The CSP forbids inline style attributes in HTML (the app sets styles through CSSOM).
      for (const el of copy.querySelectorAll("[style]")) el.removeAttribute("style");
      return { main: copy.innerHTML, title: document.title };
    });
    for (const file of routeFiles(route).map((f) => join(staging, f))) {
      const html = readFileSync(file, "utf8");
      if (!MAIN.test(html)) throw new Error(`prerender: ${file} lacks the boot-main markers`);
      writeFileSync(
        file,
        html
          .replace(MAIN, () => `<!-- boot-main:start -->${main}<!-- boot-main:end -->`)
          .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(title)}</title>`),
      );
    }
    await context.close();
  }
} finally {
  await browser.close();
  site.stop();
}
console.log(`prerender: wrote the content of ${routes.length} pages into their copies of index.html`);

function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
