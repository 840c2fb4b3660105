// The quick check by keyboard: from the landing page, one key a skill (a level 0-5 or S),
// Finish, the results marked as self-ratings, and "Check them now" on to the first check
// question. axe on the page before and after rating, and on the marked results.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { Key } from "selenium-webdriver";
import { LANDING } from "./common.mjs";

const skills = JSON.parse(readFileSync(new URL("../../../public/data/skills.json", import.meta.url), "utf8"));
const onPage = skills.categories.flatMap((c) => skills.skills.filter((s) => s.category === c.id).map((s) => s.id));

export async function quickByKeyboard(driver, baseUrl, h) {
  await h.visit("/");
  await h.heading(LANDING);
  await h.activate("Start the quick check");
  await h.heading("Quick check");
  await h.axe("the quick check");
  await h.tabTo("0 None", { inside: "main" });
  for (let i = 0; i < onPage.length; i++) {
    const focus = await h.focused();
    assert.ok(focus?.id?.startsWith(`quick-${onPage[i]}-`), `skill ${onPage[i]} has focus, not ${focus?.id}`);
    await h.press(i === 1 ? "s" : String(i % 4 + 1));
  }
  await h.focusMovesTo("quick-finish");
  await h.axe("the quick check, every skill rated");
  await h.press(Key.ENTER);
  await h.heading("Your results");
  assert.match(await h.text("#quick-result-heading"), /Self-ratings, not checked/);
  await h.axe("results of the quick check");
  // Start from the top of the content, where the skip link puts a keyboard user (where
  // focus lands after a page change differs between engines).
  await driver.executeScript("document.getElementById('main').focus()");
  await h.activate("Check them now");
  await h.heading("Rate your skills");
  await h.text(".quiz-choices");
  const stored = await driver.executeScript("return JSON.parse(localStorage.getItem('skillcheck.quiz'))");
  assert.ok(stored.position.check, "the quiz is on a check question");
  assert.equal(stored.answers.ratings[onPage[0]], 1, "the quick ratings are kept");
}
