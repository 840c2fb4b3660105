// A post-build step: puts the Content-Security-Policy <meta> tag (with the hashes of the
// inline script Trunk emitted and of the inlined stylesheet) into index.html, before
// route-pages.mjs copies it.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { withCspMeta } from "./csp-policy.mjs";
import { stagingDir } from "./staging.mjs";

const file = join(stagingDir("csp"), "index.html");
writeFileSync(file, withCspMeta(readFileSync(file, "utf8")));
console.log("csp: Content-Security-Policy meta tag written into index.html");
