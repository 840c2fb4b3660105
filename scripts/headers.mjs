// A post-build step (last, so every file gets a rule): writes `_headers`, the format
// Netlify and Cloudflare Pages read from the published folder: security headers for every
// path, then one Cache-Control rule per top-level entry. Hosts merge a header set by two
// matching rules differently (joined with commas, or the more specific wins), so no path is
// matched by two Cache-Control rules. docs/deploy.md explains each header and gives the
// nginx and Apache equivalents.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { contentSecurityPolicy, inlineCodeHashes } from "./csp-policy.mjs";
import { hashedAssets, publicPath, stagingDir } from "./staging.mjs";

const SECURITY_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Permissions-Policy":
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), " +
    "microphone=(), payment=(), usb=()",
  "Cross-Origin-Opener-Policy": "same-origin",
  "X-Frame-Options": "DENY",
};
const IMMUTABLE = "public, max-age=31536000, immutable";
// Revalidate every time: HTML, sw.js, the manifest, data and icons keep their names across
// deployments, so a cached copy must never outlive one.
const REVALIDATE = "no-cache";

const staging = stagingDir("headers");
const base = publicPath();
const html = readFileSync(join(staging, "index.html"), "utf8");
const hashed = hashedAssets(staging);

const rules = [[`${base}*`, {
  "Content-Security-Policy": contentSecurityPolicy(inlineCodeHashes(html), { header: true }),
  ...SECURITY_HEADERS,
}]];
const cache = (pattern, value) => rules.push([pattern, { "Cache-Control": value }]);
cache(base, REVALIDATE);
if (base !== "/") cache(base.slice(0, -1), REVALIDATE);
const entries = readdirSync(staging, { withFileTypes: true });
entries.sort((a, b) => a.name.localeCompare(b.name));
for (const entry of entries) {
  const name = entry.name;
  if (name === "_headers") continue;
  if (entry.isDirectory()) {
    // A route folder (quiz/, roles/…) answers without the trailing slash too.
    const isRoute = readdirSync(join(staging, name)).includes("index.html");
    if (isRoute) cache(`${base}${name}`, REVALIDATE);
    cache(`${base}${name}/*`, REVALIDATE);
  } else {
    cache(`${base}${name}`, hashed.has(name) ? IMMUTABLE : REVALIDATE);
  }
}

const text = rules
  .map(([pattern, headers]) =>
    [pattern, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join("\n"))
  .join("\n\n");
writeFileSync(
  join(staging, "_headers"),
  "# Response headers for Netlify and Cloudflare Pages, written at build time by\n" +
    "# scripts/headers.mjs (see docs/deploy.md). The CSP hash matches this build's pages.\n\n" +
    `${text}\n`,
);
console.log(`headers: wrote _headers (${rules.length} rules)`);
