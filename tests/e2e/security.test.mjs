// Security and privacy: the Content-Security-Policy in every page of both builds, a full
// journey that stays on the app's own origin with no CSP violation or console error, safe
// new-tab links, and the `_headers` file for static hosts.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { useSite, DIST, DIST_SUB, newPage, heading } from "./harness.mjs";

const site = useSite();

const BUILDS = [
  [DIST, "/"],
  [DIST_SUB, "/sub/"],
];
const htmlFiles = (dir) =>
  readdirSync(dir, { recursive: true }).filter((file) => file.endsWith(".html"));
const cspOf = (html) =>
  html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/)?.[1];
const directives = (policy) =>
  new Map(policy.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...v]) => [name, v]));

test("every HTML page of both builds carries a CSP allowing exactly its own inline script and style", () => {
  for (const [dir] of BUILDS) {
    const files = htmlFiles(dir);
    assert.ok(files.length > 20, `${dir}: the page and its route copies`);
    for (const file of files) {
      const html = readFileSync(join(dir, file), "utf8");
      const policy = cspOf(html);
      assert.ok(policy, `${file}: has the CSP meta tag`);
      // Before any script and before <base>, so both are covered.
      const at = html.indexOf("Content-Security-Policy");
      assert.ok(at < html.indexOf("<script") && at < html.indexOf("<base"), `${file}: tag first`);

      // script-src and style-src name exactly the hashes of the page's inline code.
      for (const [tag, directive, what] of [
        ["script", "script-src", "Trunk's inline loader"],
        ["style", "style-src", "the inlined stylesheet"],
      ]) {
        const element = new RegExp(`<${tag}(?![^>]*\\bsrc=)[^>]*>([\\s\\S]*?)</${tag}>`, "g");
        const inline = [...html.matchAll(element)];
        assert.ok(inline.length > 0, `${file}: ${what}`);
        const hashes = inline.map(
          ([, body]) => `'sha256-${createHash("sha256").update(body).digest("base64")}'`,
        );
        assert.deepEqual(
          directives(policy).get(directive).filter((s) => s.startsWith("'sha256-")).sort(),
          [...new Set(hashes)].sort(),
          `${file} ${directive}`,
        );
      }
      const scriptSrc = directives(policy).get("script-src");
      assert.ok(scriptSrc.includes("'wasm-unsafe-eval'"));
      assert.doesNotMatch(policy, /unsafe-inline|'unsafe-eval'|\*|https?:/, file);
      assert.equal(directives(policy).get("default-src").join(" "), "'self'");
    }
  }
});

/** A page that also records CSP violations (in every document it loads) in page.violations. */
async function watchedPage() {
  const page = await newPage(site.browser);
  page.violations = [];
  await page.exposeFunction("reportCspViolation", (v) => page.violations.push(v));
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (e) =>
      window.reportCspViolation(`${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
  return page;
}

/** Every link that opens a new tab or leaves the site must not hand it this page. */
async function assertSafeLinks(page, where) {
  const unsafe = await page.$$eval("a[href]", (links) =>
    links
      .filter((a) => a.target === "_blank" || new URL(a.href).origin !== location.origin)
      .filter((a) => !(a.relList.contains("noopener") && a.relList.contains("noreferrer")))
      .map((a) => a.outerHTML),
  );
  assert.deepEqual(unsafe, [], `${where}: links without rel="noopener noreferrer"`);
}

test("a full journey stays on the app's origin, within the CSP, logging no error", async () => {
  const page = await watchedPage();
  const requests = [];
  page.context().on("request", (r) => requests.push(r.url()));

  await page.goto(`${site.root.url}/`);
  assert.equal(await heading(page), "Am I ready for a back-end job?");
  await assertSafeLinks(page, "landing");
  await page.getByRole("link", { name: "Browse job titles" }).first().click();
  assert.equal(await heading(page), "Job titles");
  await assertSafeLinks(page, "roles");
  await page.getByRole("link", { name: "Python Developer" }).click();
  assert.equal(await heading(page), "Python Developer");
  await assertSafeLinks(page, "role");
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Take the quiz" }).click();
  assert.equal(await heading(page), "Rate your skills");
  await assertSafeLinks(page, "quiz");
  await page.goto(`${site.root.url}/results`);
  assert.equal(await heading(page), "Your results");
  await page.locator("footer").getByText(/as of/).waitFor();
  await assertSafeLinks(page, "results");

  assert.ok(requests.some((url) => url.endsWith(".wasm")), "requests were recorded");
  const elsewhere = requests.filter(
    (url) => !/^(data|blob):/.test(url) && new URL(url).origin !== site.root.url,
  );
  assert.deepEqual(elsewhere, [], "requests to other origins");
  assert.deepEqual(page.violations, []);
  assert.deepEqual(page.errors, []);
});

test("the policy is enforced: injected inline script and style attribute are refused", async () => {
  const page = await newPage(site.browser);
  await page.goto(`${site.root.url}/`);
  await heading(page);
  const outcome = await page.evaluate(async () => {
    const violations = [];
    const reported = new Promise((resolve) => {
      document.addEventListener("securitypolicyviolation", (e) => {
        violations.push(e.effectiveDirective);
        if (violations.length === 2) resolve();
      });
      setTimeout(resolve, 5000);
    });
    const script = document.createElement("script");
    script.textContent = "window.injected = true;";
    document.head.append(script);
    // The view must use `style:name=` (CSSOM, allowed), never a style="…" attribute.
    const h1 = document.querySelector("main h1");
    h1.setAttribute("style", "color: rgb(255, 0, 0)");
    const styled = getComputedStyle(h1).color === "rgb(255, 0, 0)";
    await reported;
    return { ran: window.injected === true, styled, violations: violations.sort() };
  });
  assert.deepEqual(outcome, {
    ran: false,
    styled: false,
    violations: ["script-src-elem", "style-src-attr"],
  });
});

/** The `_headers` rules as [pattern, Map(header → value)], in file order. */
function parseHeaders(text) {
  const rules = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue;
    if (!/^\s/.test(line)) rules.push([line.trim(), new Map()]);
    else {
      const [, name, value] = line.match(/^\s+([^:]+):\s*(.*)$/);
      rules.at(-1)[1].set(name, value);
    }
  }
  return rules;
}
/** Whether a `_headers` URL pattern (`*` matches anything) matches `path`. */
function matches(pattern, path) {
  const literal = (part) => part.replace(/[.?+^$()[\]{}|\\]/g, "\\$&");
  return new RegExp(`^${pattern.split("*").map(literal).join(".*")}$`).test(path);
}

test("_headers: security headers with the pages' CSP, and one caching rule per served path", () => {
  for (const [dir, base] of BUILDS) {
    const rules = parseHeaders(readFileSync(join(dir, "_headers"), "utf8"));
    const index = readFileSync(join(dir, "index.html"), "utf8");

    const all = rules.find(([pattern]) => pattern === `${base}*`)?.[1];
    assert.ok(all, `${dir}: a rule for every path`);
    assert.equal(all.get("Content-Security-Policy"), `${cspOf(index)}; frame-ancestors 'none'`);
    assert.equal(all.get("X-Content-Type-Options"), "nosniff");
    assert.equal(all.get("Referrer-Policy"), "no-referrer");
    assert.match(all.get("Permissions-Policy"), /camera=\(\)/);

    // The files Trunk hashed are the ones the pages load with an integrity attribute (the
    // landing page fetches its wasm after the first paint, without a preload; 404.html at once).
    const pages = index + readFileSync(join(dir, "404.html"), "utf8");
    const loads = pages.matchAll(/(?:href|src)="([^"]+)"[^>]*integrity=/g);
    const hashed = [...new Set([...loads].map(([, url]) => url))];
    assert.equal(hashed.length, 3, "js, the split wasm's loader and the main wasm (the stylesheet is inlined)");
    const files = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name !== "_headers")
      .map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
    // The split wasm's loader and pieces are named after the glue (content-names.mjs).
    const named = `${hashed.find((url) => url.endsWith("_bg.wasm")).slice(base.length, -"_bg.wasm".length)}-`;
    const split = files.filter((file) => file.startsWith(named));
    assert.ok(split.some((f) => f.endsWith("-split.js")) && split.length >= 5, `${dir}: the loader and pieces`);
    for (const file of files) {
      // Where a host serves the file: its path, and a folder's index.html at the folder.
      const path = `${base}${file}`;
      const urls = file.endsWith("index.html")
        ? [path, path.slice(0, -"index.html".length), path.slice(0, -"/index.html".length)]
        : [path];
      for (const url of urls.filter((u) => u !== "")) {
        const cacheRules = rules.filter(([p, h]) => h.has("Cache-Control") && matches(p, url));
        assert.equal(cacheRules.length, 1, `${url}: exactly one Cache-Control rule`);
        const expected = hashed.includes(path) || split.includes(file)
          ? "public, max-age=31536000, immutable"
          : "no-cache";
        assert.equal(cacheRules[0][1].get("Cache-Control"), expected, url);
      }
    }
  }
});
