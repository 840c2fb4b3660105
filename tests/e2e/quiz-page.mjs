// The quiz page in a test: open it, read its step, progress and overview, and the answers
// it stored. Shared by quiz.test.mjs and quiz-saved.test.mjs.
import { QUIZ_KEY } from "./personas.mjs";

export const FIRST_SKILL = "Coding (general programming)";
export const SECOND_SKILL = "Software Engineering";

/** Opens the quiz at `base` and waits for its first step. */
export async function openQuiz(page, base) {
  await page.goto(`${base}/quiz`);
  await page.locator("#quiz-step-heading").waitFor();
}

/** The current step's heading. */
export async function stepHeading(page) {
  return (await page.locator("#quiz-step-heading").textContent()).trim();
}

/**
 * { n, total } from the progress bar: step n of the whole road (every skill, then at most
 * this many check questions; at the last step n === total once every skill is rated).
 */
export async function progress(page) {
  const bar = page.getByRole("progressbar");
  const [n, total] = await Promise.all(["aria-valuenow", "aria-valuemax"].map((a) => bar.getAttribute(a)));
  return { n: Number(n), total: Number(total) };
}

/** Waits until the progress says we are at step `n`. */
export function waitForStep(page, n) {
  return page.waitForFunction(
    (n) => document.querySelector(".quiz-progress [role=progressbar]")?.getAttribute("aria-valuenow") === String(n),
    n,
  );
}

/** The stored answers, parsed (null when there are none). */
export async function stored(page) {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key)), QUIZ_KEY);
}

/** Opens the overview and returns the state text shown for one skill. */
export async function overviewState(page, skillName) {
  const details = page.locator("details.quiz-overview");
  if (!(await details.evaluate((d) => d.open))) await details.locator("summary").click();
  const row = details.getByRole("button", { name: new RegExp(`^${skillName.replace(/[()]/g, "\\$&")}`) });
  return (await row.locator(".quiz-overview-state").textContent()).trim();
}

/**
 * In one round trip: { n, total } as progress() reads them, the step heading, and whether
 * the step's first radio is checked (for loops over every step, where round trips add up).
 */
export function stepState(page) {
  return page.evaluate(() => {
    const bar = document.querySelector(".quiz-progress [role=progressbar]");
    return {
      n: Number(bar.getAttribute("aria-valuenow")),
      total: Number(bar.getAttribute("aria-valuemax")),
      title: document.querySelector("#quiz-step-heading").textContent.trim(),
      firstChecked: document.querySelector(".quiz-step input[type=radio]")?.checked ?? false,
    };
  });
}
