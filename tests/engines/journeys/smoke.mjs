// The one journey every engine runs, by keyboard only: the landing page, the quick check
// (one key a skill), its results, the city picker below the fold, and the result's share
// link opened in a fresh profile. axe on every page and state it passes; every Tab stop
// must show a focus ring on screen (page.mjs). It keeps the regressions found in single
// engines: WebKit's focus ring pushed off screen by late-laid-out sections, and a share
// link needing a second browser profile (WebKitWebDriver holds one session at a time).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { Key } from "selenium-webdriver";
import { LANDING, shareLink, topRoles } from "./common.mjs";
import { quizStep } from "./quiz.mjs";

const skills = JSON.parse(readFileSync(new URL("../../../public/data/skills.json", import.meta.url), "utf8"));
const onPage = skills.categories.flatMap((c) => skills.skills.filter((s) => s.category === c.id).map((s) => s.id));

export async function smokeByKeyboard(driver, baseUrl, h) {
  await h.visit("/");
  await h.heading(LANDING);
  assert.equal(await driver.executeScript("return document.documentElement.lang"), "en");
  await h.axe("the landing page");

  // The quick check: Tab into the first skill, then one key a skill (a level, or S).
  await h.activate("Start the quick check");
  await h.heading("Quick check");
  await h.axe("the quick check");
  await h.tabTo("0 None", { inside: "main" });
  for (let i = 0; i < onPage.length; i++) {
    const focus = await h.focused();
    assert.ok(focus?.id?.startsWith(`quick-${onPage[i]}-`), `skill ${onPage[i]} has focus, not ${focus?.id}`);
    await h.press(i === 1 ? "s" : String((i % 4) + 2));
  }
  await h.focusMovesTo("quick-finish");
  await h.press(Key.ENTER);

  // Its results, marked as self-ratings.
  await h.heading("Your results");
  assert.match(await h.text("#quick-result-heading"), /Self-ratings, not checked/);
  assert.match(await h.text(".role-card"), /\d+% match · readiness: (ready now|close|stretch)/);
  await h.axe("the results page");
  // Sections laid out late grow as they are reached; without scroll anchoring (WebKit) that
  // would push a link just focused by Tab off the screen, so they are laid out at once there.
  const laidOutSafely = await driver.executeScript(`return CSS.supports("overflow-anchor", "auto") ||
    [...document.querySelectorAll("main section")].every((s) => getComputedStyle(s).contentVisibility !== "auto")`);
  assert.ok(laidOutSafely, "content-visibility: auto only where the engine anchors scrolling");
  // Tab through the cards to the city picker (every stop on screen), and pick a city by
  // typing its first letters, as on any closed list box.
  await h.tabTo("Back End Developer pay in");
  await h.press("Hous");
  await driver.wait(async () => /Houston/.test(await h.text(".city-figure")), 10_000, "Houston's figure");
  await h.axe("the results page with a city chosen");

  // The share link, opened in a fresh profile: the same result, read-only, nothing stored.
  const link = await shareLink(driver);
  assert.ok(link.startsWith(`${baseUrl}/results#`), link);
  const roles = await topRoles(driver);
  const visitor = await h.freshProfile();
  await visitor.helpers.visit(link);
  await visitor.helpers.heading("A shared result");
  assert.match(await visitor.helpers.text(".shared-banner"), /You.re viewing a shared result/);
  assert.deepEqual(await topRoles(visitor.driver), roles, "the same result");
  assert.equal(await visitor.driver.executeScript("return localStorage.length"), 0, "opening a link stores nothing");
  await visitor.helpers.axe("a shared result");
  await visitor.helpers.activate("Take the quiz yourself");
  await quizStep(visitor.driver, 1);
}
