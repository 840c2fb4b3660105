// What the journeys share: the app's fixed wording, stored answer sets, small page facts.
import { QUIZ_KEY, samStored } from "../../e2e/personas.mjs";

export { samStored };

export const LANDING = "Am I ready for a back-end job?";
export const NOT_FOUND = "We couldn't find that page";
// A site with a data file removed: the app shows its error, and the service worker's
// precache (which needs every file) fails to install, as it should.
export const BROKEN_SITE_ERRORS = /roles\.json|addAll/;

export const prefersDark = (driver) =>
  driver.executeScript("return matchMedia('(prefers-color-scheme: dark)').matches");

/** A stronger result than Sam's, for compare: every rating two levels up (at most 5). */
export function mentorStored() {
  const stored = JSON.parse(samStored());
  for (const [skill, rating] of Object.entries(stored.answers.ratings)) {
    if (typeof rating === "number") stored.answers.ratings[skill] = Math.min(5, rating + 2);
  }
  stored.answers.checks = {}; // Sam's outcomes were for Sam's levels
  return JSON.stringify(stored);
}

/** Stores a quiz as this browser profile's own answers (the page must be on the site). */
export const storeQuiz = (driver, stored) =>
  driver.executeScript("localStorage.setItem(arguments[0], arguments[1])", QUIZ_KEY, stored);

/** The share link the results page offers, once it is there. */
export async function shareLink(driver) {
  let link;
  await driver.wait(async () => {
    link = await driver.executeScript("return document.querySelector('#share-link')?.value");
    return link?.includes("#");
  }, 15_000, "the results page offers a share link");
  return link;
}

/** The back-end title cards' "title | match | readiness", best first. */
export const topRoles = (driver) =>
  driver.executeScript(`return [...document.querySelectorAll(".top-roles .role-card")].map((c) =>
    [c.querySelector("h3"), c.querySelector(".match-percent"), c.querySelector(".readiness")]
      .map((e) => e?.textContent.trim()).join(" | "))`);
