// axe-core in any WebDriver session: injects node_modules/axe-core/axe.min.js into the
// current page (once per page load) and runs it on the whole document.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

// WCAG 2.0 and 2.1, A and AA, plus axe's best practices (landmarks, heading order, …).
const RUN_ONLY = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

/** Runs axe on the page; resolves to its violations (empty when the page passes). */
export async function axeViolations(driver) {
  const loaded = await driver.executeScript("return typeof window.axe === 'object'");
  if (!loaded) await driver.executeScript(AXE_SOURCE);
  return driver.executeAsyncScript(
    `const [runOnly, done] = arguments;
     axe.run(document, { runOnly: { type: "tag", values: runOnly }, resultTypes: ["violations"] })
       .then((r) => done(r.violations.map((v) => ({
         id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
         nodes: v.nodes.map((n) => ({ target: n.target.join(" "), summary: n.failureSummary })),
       }))))
       .catch((e) => done([{ id: "axe-error", impact: "error", help: String(e), nodes: [] }]));`,
    RUN_ONLY,
  );
}

/** A readable report of violations: rule, impact, help, then each element and why. */
export function formatViolations(violations) {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .map((n) => `    - ${n.target}\n      ${String(n.summary).replace(/\n/g, "\n      ")}`)
        .join("\n");
      return `  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl ?? ""})\n${nodes}`;
    })
    .join("\n");
}
