// What the page benchmarks share: the kinds of page they measure, one of each, and the
// median they report.

import { samShareCode } from "../tests/e2e/own-result.mjs";

/**
 * The landing page, the quiz, a shared result (the worked example Sam's answers, as the
 * app's share field gives it) and a role page, as paths on `siteUrl`; `browser` makes the
 * share link.
 */
export async function benchPages(browser, siteUrl) {
  const code = await samShareCode(browser, siteUrl);
  return ["/", "/quiz", `/results${code}`, "/roles/python-developer"];
}

/** The middle value (the upper one of the two middle values for an even count). */
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
