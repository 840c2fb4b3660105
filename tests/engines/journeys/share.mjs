// Compare by keyboard: from a shared result, and from two pasted links. (A result's link
// opened in a fresh browser profile: smoke.mjs.)
import assert from "node:assert/strict";
import { mentorStored, samStored, shareLink, storeQuiz } from "./common.mjs";

const SHARED = "A shared result";

/** Opens the own results of `stored` answers; resolves to the share link. */
async function ownResults(driver, h, stored) {
  await h.visit("/");
  await storeQuiz(driver, stored);
  await h.visit("/results");
  await h.heading("Your results");
  return shareLink(driver);
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
