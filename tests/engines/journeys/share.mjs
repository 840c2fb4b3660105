// Share and compare by keyboard: a result's link opened in a fresh browser profile shows
// the same result read-only; compare from a shared result and from two pasted links.
import assert from "node:assert/strict";
import { mentorStored, samStored, shareLink, storeQuiz, topRoles } from "./common.mjs";
import { quizStep } from "./quiz.mjs";

const SHARED = "A shared result";

/** Opens the own results of `stored` answers; resolves to the share link. */
async function ownResults(driver, h, stored) {
  await h.visit("/");
  await storeQuiz(driver, stored);
  await h.visit("/results");
  await h.heading("Your results");
  return shareLink(driver);
}

export async function shareInFreshProfile(driver, baseUrl, h) {
  const link = await ownResults(driver, h, samStored());
  assert.ok(link.startsWith(`${baseUrl}/results#`), link);
  const roles = await topRoles(driver);
  // The two best back-end titles get full cards (the others are a list in a disclosure).
  assert.equal(roles.length, 2);

  // Share result: a share sheet, the clipboard, or (where neither is allowed) the link
  // selected in its field; the field always shows it.
  await h.activate("Share result");
  await h.axe("the results page after Share result");

  const visitor = await h.freshProfile();
  await visitor.helpers.visit(link);
  await visitor.helpers.heading(SHARED);
  assert.match(await visitor.helpers.text(".shared-banner"), /You.re viewing a shared result/);
  assert.deepEqual(await topRoles(visitor.driver), roles, "the same result");
  const stored = await visitor.driver.executeScript("return localStorage.length");
  assert.equal(stored, 0, "opening a link stores nothing");
  await visitor.helpers.axe("a shared result");
  await visitor.helpers.activate("Take the quiz yourself");
  await quizStep(visitor.driver, 1);
}

export async function compareByKeyboard(driver, baseUrl, h) {
  const mentor = await ownResults(driver, h, mentorStored());
  const sam = await ownResults(driver, h, samStored());

  // A shared result, seen by someone with answers of their own: compare with mine.
  await h.visit(mentor);
  await h.heading(SHARED);
  await h.activate("Compare with my result");
  await h.heading("Compare two results");
  assert.equal(await h.path(), "/compare");
  await h.text(".compare-skills");
  await h.axe("compare from a shared result");

  // Two results pasted into the form: a whole link and a bare code.
  await h.visit("/compare");
  await h.heading("Compare two results");
  await h.axe("the compare form");
  await h.tabTo("Result A: link or code");
  await h.press(sam);
  await h.tabTo("Result B: link or code");
  await h.press(mentor.split("#")[1]);
  await h.activate("Compare");
  const row = await h.text(".compare-skills tbody tr");
  assert.ok(row.length > 0);
  assert.match(await driver.getCurrentUrl(), /\/compare#a=[\w-]+&b=[\w-]+$/);
  await h.axe("two results compared");
}
