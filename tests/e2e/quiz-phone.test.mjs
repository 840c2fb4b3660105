// The quiz on a phone (390 × 844, touch): every step fits the screen with its navigation in
// reach without scrolling, a skill step shows all six levels by name and the picked one's
// description, the whole run takes two taps a step, the progress names the whole road from
// the start, and touch screens get no keyboard help, no sticky hover look and 44 px targets.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, newPage } from "./harness.mjs";
import { openQuiz, progress, stored, waitForStep } from "./quiz-page.mjs";

const site = useSite();
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

/**
 * Everything the run checks about the step on screen, measured in one round trip (about
 * thirty steps, so each call to the page counts): the step, its way on and Back with where
 * they sit and whether anything covers their middle, and on a skill step the six levels.
 */
function measureStep() {
  const text = (el) => el.textContent.replace(/\s+/g, " ").trim();
  const button = (name) =>
    [...document.querySelectorAll("button")].find((b) => text(b) === name && b.checkVisibility());
  /** Where it sits, and whether a tap at its middle hits it (nothing covers it). */
  const reach = (el) => {
    if (!el) return null;
    const r = el.getBoundingClientRect();
    const at = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return { box: r.toJSON(), hit: el.contains(at), text: el.textContent };
  };
  const bar = document.querySelector(".quiz-progress [role=progressbar]");
  const next = button("Next →");
  const onward = next ?? button("Finish and see results");
  const options = [...document.querySelectorAll(".quiz-step label.quiz-option")];
  const step = {
    n: Number(bar.getAttribute("aria-valuenow")),
    total: Number(bar.getAttribute("aria-valuemax")),
    title: document.querySelector("#quiz-step-heading").textContent.trim(),
    hasNext: Boolean(next),
    onward: reach(onward),
    back: reach(button("← Back")),
    barTop: document.querySelector(".quiz-nav").getBoundingClientRect().top,
    options: options.map((o) => o.getBoundingClientRect().toJSON()),
    level3: reach(options[3]),
  };
  if (step.title.startsWith("Check question:")) return step;
  // Short names for all six as shown (not the parts kept off screen for screen readers).
  step.names = options.map((label) => {
    const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
    let shown = "";
    while (walker.nextNode()) {
      if (walker.currentNode.parentElement.getBoundingClientRect().width > 1) shown += walker.currentNode.data;
    }
    return shown.replace(/\s+/g, " ").trim();
  });
  // The radio named "Level 3 …" is checked (its name comes from its label).
  const level3 = options.filter((o) => text(o).startsWith("Level 3")).map((o) => o.querySelector("input"));
  step.level3Checked = level3.length === 1 && level3[0].checked;
  const picked = document.querySelector(".quiz-level-picked");
  step.picked = { text: picked.textContent.trim(), box: picked.getBoundingClientRect().toJSON() };
  step.description = options[3]?.querySelector(".quiz-option-description").textContent.trim();
  return step;
}

/** Asserts the measured button is on screen and nothing covers its middle (a tap there hits it). */
function assertInReach(measured, what) {
  assert.ok(measured, `${what}: there`);
  const { box, hit } = measured;
  assert.ok(box.top >= 0 && box.bottom <= 844 && box.height > 0, `${what}: on screen (${JSON.stringify(box)})`);
  assert.ok(hit, `${what}: nothing covers it`);
}

// The touch-screen checks only read the fresh quiz, so they share one phone page with the
// run that follows (one visit fewer).
let phone;
async function phoneQuiz() {
  if (!phone) {
    phone = await newPage(site.browser, PHONE);
    await openQuiz(phone, site.root.url);
  }
  return phone;
}

test("on a touch screen: no keyboard help, hover looks only where a pointer hovers, quiz controls and header links 44 px tall", async () => {
  const page = await phoneQuiz();
  await page.locator("details.quiz-overview").waitFor();
  assert.equal(await page.locator("#quiz-keys").isVisible(), false, "no keyboard help on a touch screen");
  assert.equal(await page.locator("fieldset.quiz-levels").getAttribute("aria-describedby"), null);

  // Every :hover rule in the stylesheet sits inside @media (hover: hover).
  const loose = await page.evaluate(() => {
    const found = [];
    const walk = (rules, hovers) => {
      for (const rule of rules) {
        if (rule instanceof CSSMediaRule) walk(rule.cssRules, hovers || /\(hover:\s*hover\)/.test(rule.conditionText));
        else if (rule.cssRules) walk(rule.cssRules, hovers);
        else if (rule.selectorText?.includes(":hover") && !hovers) found.push(rule.selectorText);
      }
    };
    for (const sheet of document.styleSheets) walk(sheet.cssRules, false);
    return found;
  });
  assert.deepEqual(loose, [], "hover styles outside @media (hover: hover)");

  const small = await page.evaluate(() =>
    [...document.querySelectorAll(".site-header a, .quiz-option, .quiz-nav button, .quiz-overview summary")]
      .filter((el) => el.checkVisibility())
      .map((el) => [el.textContent.trim().slice(0, 30), Math.round(el.getBoundingClientRect().height)])
      .filter(([, height]) => height < 44),
  );
  assert.deepEqual(small, [], "controls under 44 px tall");
  assert.deepEqual(page.errors, []);
});

test("on a phone every step keeps its way on in reach, shows all six levels, and a run of 22 skills rated 3 takes two taps a step", async () => {
  const page = await phoneQuiz(); // the fresh quiz, only read by the test before
  assert.equal(await page.evaluate(() => window.scrollY), 0);
  const start = await progress(page);
  // The whole road is there from the start: 22 skills, then at most this many checks.
  const road = await page.locator(".quiz-progress-part").textContent();
  const [, most] = road.match(/^Then at most (\d+) quick check questions/);
  assert.equal(start.total, 22 + Number(most), "the bar spans the whole road");
  assert.equal(await page.locator("#quiz-progress-label").textContent(), "Skill 1 of 22");

  let taps = 0;
  // A tap at the middle of a button measured in reach (faster than a locator's tap, which
  // would first look for it again); a locator's tap where it may need scrolling to.
  const tap = async (target) => {
    taps++;
    if (target.box) await page.touchscreen.tap(target.box.left + target.box.width / 2, target.box.top + target.box.height / 2);
    else await target.tap();
  };
  const options = page.locator(".quiz-step label.quiz-option");
  let checks = 0;
  const ends = [];
  for (let guard = 0; guard < 80; guard++) {
    const step = await page.evaluate(measureStep);
    const { n, title } = step;
    ends.push(step.total);
    // As the step opens, before any scrolling: the way on and Back are in reach.
    assertInReach(step.onward, `step ${n} (${title}): ${step.onward?.text}`);
    assertInReach(step.back, `step ${n}: Back`);
    if (title.startsWith("Check question:")) {
      checks++;
      await tap(options.first());
    } else {
      assert.equal(step.options.length, 6);
      step.options.forEach((box, level) => {
        assert.ok(box.top >= 0 && box.bottom <= step.barTop, `step ${n}: level ${level} shows above the bar`);
      });
      assertInReach(step.level3, `step ${n}: level 3`);
      await tap(step.level3);
    }
    const picked = await page.evaluate(measureStep);
    if (!title.startsWith("Check question:")) {
      assert.ok(picked.level3Checked);
      // Short names for all six ("3 Intermediate"); the picked level's description shows
      // under them, above the bar (each option's own stays in its name, off screen).
      assert.deepEqual(picked.names, ["0 None", "1 Beginner", "2 Basic", "3 Intermediate", "4 Advanced", "5 Expert"]);
      assert.equal(picked.picked.text, picked.description, `step ${n}: the picked level's description`);
      const shown = picked.picked.box;
      assert.ok(shown.top >= 0 && shown.bottom <= picked.barTop, `step ${n}: the picked level's description above the bar`);
    }
    // A missed check question opens one more, a level lower: Next may appear on the last step.
    if (!step.hasNext && !picked.hasNext) break;
    assertInReach(picked.hasNext && picked.onward, `step ${n} after the pick: Next`);
    await tap(picked.onward);
    await waitForStep(page, n + 1);
  }
  await page.getByRole("button", { name: "Finish and see results" }).tap();
  taps++;
  await page.waitForURL(/\/results$/);

  const saved = await stored(page);
  assert.equal(Object.keys(saved.answers.ratings).length, 22);
  assert.ok(Object.values(saved.answers.ratings).every((r) => r === 3));
  assert.ok(checks > 0, "ratings of 3 bring check questions");
  assert.equal(Object.keys(saved.answers.checks).length, checks);
  // A pick and Next for each of the 22 skills and each check question (Finish on the last).
  assert.ok(taps <= 2 * 22 + 2 * checks, `${taps} taps for 22 skills and ${checks} check questions`);
  // The far end of the road never went past the one stated at the start; while rating it
  // only came closer (during the checks a missed question adds the one a level lower).
  assert.ok(ends.every((end) => end <= ends[0]), `the end never passed the first: ${ends}`);
  const rating = ends.slice(0, 22);
  assert.ok(rating.every((end, i) => i === 0 || end <= rating[i - 1]), `the end never moved away while rating: ${ends}`);
  assert.equal(ends.at(-1), 22 + checks);
  assert.deepEqual(page.errors, []);
});

test("with a mouse and keyboard the help line shows and is tied to the options", async () => {
  const page = await newPage(site.browser, { viewport: { width: 1280, height: 900 } });
  await openQuiz(page, site.root.url);
  await page.locator("#quiz-keys").waitFor();
  assert.equal(await page.locator("fieldset.quiz-levels").getAttribute("aria-describedby"), "quiz-keys");
  // Wide screens keep every level's description beside its name.
  const widths = await page
    .locator(".quiz-step .quiz-option-description")
    .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().width > 1));
  assert.deepEqual(widths, [true, true, true, true, true, true]);
  assert.deepEqual(page.errors, []);
});
