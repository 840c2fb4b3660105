// The quiz on a phone (390 × 844, touch): every step fits the screen with its navigation in
// reach without scrolling, a skill step shows all six levels by name and the picked one's
// description, the whole run takes two taps a step, the progress names the whole road from
// the start, and touch screens get no keyboard help, no sticky hover look and 44 px targets.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, newPage } from "./harness.mjs";
import { openQuiz, progress, stepHeading, stored, waitForStep } from "./quiz-page.mjs";

const site = useSite();
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

/** Where `locator` sits on the screen as it is now, without scrolling. */
const rect = (locator) => locator.evaluate((el) => el.getBoundingClientRect().toJSON());

/** Asserts the button is on screen and nothing covers its middle (a tap there hits it). */
async function assertInReach(page, button, what) {
  const box = await rect(button);
  assert.ok(box.top >= 0 && box.bottom <= 844 && box.height > 0, `${what}: on screen (${JSON.stringify(box)})`);
  const hit = await button.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const at = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return el.contains(at);
  });
  assert.ok(hit, `${what}: nothing covers it`);
}

test("on a phone every step keeps its way on in reach, shows all six levels, and a run of 22 skills rated 3 takes two taps a step", async () => {
  const page = await newPage(site.browser, PHONE);
  await openQuiz(page, site.root.url);
  assert.equal(await page.evaluate(() => window.scrollY), 0);
  const start = await progress(page);
  // The whole road is there from the start: 22 skills, then at most this many checks.
  const road = await page.locator(".quiz-progress-part").textContent();
  const [, most] = road.match(/^Then at most (\d+) quick check questions/);
  assert.equal(start.total, 22 + Number(most), "the bar spans the whole road");
  assert.equal(await page.locator("#quiz-progress-label").textContent(), "Skill 1 of 22");

  let taps = 0;
  const tap = async (locator) => {
    taps++;
    await locator.tap();
  };
  let checks = 0;
  const ends = [];
  for (let guard = 0; guard < 80; guard++) {
    const { n, total } = await progress(page);
    ends.push(total);
    const title = await stepHeading(page);
    const next = page.getByRole("button", { name: "Next →" });
    const finish = page.getByRole("button", { name: "Finish and see results" });
    const onward = (await next.count()) ? next : finish;
    // As the step opens, before any scrolling: the way on and Back are in reach.
    await assertInReach(page, onward, `step ${n} (${title}): ${await onward.textContent()}`);
    await assertInReach(page, page.getByRole("button", { name: "← Back" }), `step ${n}: Back`);
    if (title.startsWith("Check question:")) {
      checks++;
      await tap(page.locator(".quiz-step label.quiz-option").first());
    } else {
      const bar = await rect(page.locator(".quiz-nav"));
      const options = page.locator(".quiz-step label.quiz-option");
      assert.equal(await options.count(), 6);
      for (let level = 0; level < 6; level++) {
        const box = await rect(options.nth(level));
        assert.ok(box.top >= 0 && box.bottom <= bar.top, `step ${n}: level ${level} shows above the bar`);
      }
      await tap(options.nth(3));
      assert.ok(await page.getByRole("radio", { name: /^Level 3/ }).isChecked());
      // Short names for all six ("3 Intermediate"); the picked level's description shows
      // under them, above the bar (each option's own stays in its name, off screen).
      const names = await options.evaluateAll((labels) =>
        labels.map((label) => {
          const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
          let text = "";
          // Only the text on screen (not the parts kept off screen for screen readers).
          while (walker.nextNode()) {
            if (walker.currentNode.parentElement.getBoundingClientRect().width > 1) text += walker.currentNode.data;
          }
          return text.replace(/\s+/g, " ").trim();
        }),
      );
      assert.deepEqual(names, ["0 None", "1 Beginner", "2 Basic", "3 Intermediate", "4 Advanced", "5 Expert"]);
      const description = await options.nth(3).locator(".quiz-option-description").textContent();
      const picked = page.locator(".quiz-level-picked");
      assert.equal((await picked.textContent()).trim(), description.trim(), `step ${n}: the picked level's description`);
      const shown = await rect(picked);
      const barNow = await rect(page.locator(".quiz-nav"));
      assert.ok(shown.top >= 0 && shown.bottom <= barNow.top, `step ${n}: the picked level's description above the bar`);
    }
    // A missed check question opens one more, a level lower: Next may appear on the last step.
    if (onward === finish && (await next.count()) === 0) break;
    await assertInReach(page, next, `step ${n} after the pick: Next`);
    await tap(next);
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

test("on a touch screen: no keyboard help, hover looks only where a pointer hovers, quiz controls and header links 44 px tall", async () => {
  const page = await newPage(site.browser, PHONE);
  await openQuiz(page, site.root.url);
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
