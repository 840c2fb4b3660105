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
     // Lay out what content-visibility: auto defers (as scrolling there would): axe can't
     // tell the colours behind text in a section still sized by its placeholder.
     const deferred = [...document.querySelectorAll("*")]
       .filter((e) => getComputedStyle(e).contentVisibility === "auto");
     for (const e of deferred) e.style.contentVisibility = "visible";
     const restore = () => { for (const e of deferred) e.style.contentVisibility = ""; };
     // resultTypes: only violations and incomplete are read; axe then keeps one node of
     // each pass and inapplicable rule instead of all (less work, the same verdicts).
     axe.run(document, { runOnly: { type: "tag", values: runOnly }, resultTypes: ["violations", "incomplete"] })
       .then((r) => {
         restore();
         // Text whose contrast axe could not judge counts too, except text drawn inside
         // an SVG chart (role=img; its table equivalent is checked) and symbols only (←).
         const unjudgeable = ["imgNode", "nonBmp"];
         const unjudged = r.incomplete.filter((v) => v.id === "color-contrast")
           .flatMap((v) => v.nodes)
           .filter((n) => n.any.every((c) => !unjudgeable.includes(c.data?.messageKey)));
         const all = [...r.violations];
         if (unjudged.length) all.push({
           id: "color-contrast-unjudged", impact: "serious", nodes: unjudged,
           help: "axe could not judge the contrast of this text", helpUrl: "",
         });
         done(all.map((v) => ({
           id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
           nodes: v.nodes.map((n) => ({
             target: n.target.join(" "),
             summary: n.failureSummary,
           })),
         })));
       })
       .catch((e) => { restore(); done([{ id: "axe-error", impact: "error", help: String(e), nodes: [] }]); });`,
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
