// The target role travels: picked on the results page, it changes the plan, goes into the
// share link and opens the same in a fresh profile (and on the compare page). A link made
// before targets existed (format 1) opens with a note; one naming a role this app doesn't
// know opens aimed at the default, with a note, never an error page.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, useTab, newPage, heading, layOutAllSections, load } from "./harness.mjs";
import { MENTEE, words } from "./personas.mjs";
import { openOwnResult, shareLink, storeAnswers } from "./own-result.mjs";

const site = useSite();
// One tab for the owner and the links below (its storage emptied); the visitor who must
// get the target from the link alone has a fresh profile.
const tab = useTab(site);
const SKILL_COUNT = 22;
const PYTHON = 5; // position of python in skills.json

// CRC-16/IBM-3740 and base64url over a payload written as bits (docs/share-format.md).
function codeFromBits(bits) {
  bits = bits.replaceAll(" ", "");
  bits += "0".repeat((8 - (bits.length % 8)) % 8);
  const bytes = [];
  for (let i = 0; i < bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  let crc = 0xffff;
  for (const b of bytes) {
    crc ^= b << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return Buffer.from([...bytes, crc >> 8, crc & 0xff]).toString("base64url");
}
/** 22 ratings, all "not answered" except python rated 3. */
const pythonThree = Array.from({ length: SKILL_COUNT }, (_, i) => (i === PYTHON ? "011" : "111")).join(" ");

async function planHeadings(page) {
  return page.locator(".learning-plan li").allTextContents();
}

test("a picked target changes the plan, travels in the link and opens the same elsewhere", async () => {
  const owner = tab.page;
  await openOwnResult(owner, site.root.url, MENTEE);
  const picker = owner.locator("#target-role");
  const defaultTarget = await picker.inputValue();
  const planBefore = await planHeadings(owner);
  const linkBefore = await shareLink(owner);
  await picker.selectOption("java-developer");
  await owner.waitForFunction((before) => document.querySelector("#share-link").value !== before, linkBefore);
  assert.notEqual(defaultTarget, "java-developer");
  assert.notDeepEqual(await planHeadings(owner), planBefore, "the plan follows the target");
  const link = await shareLink(owner);

  const visitor = await newPage(site.browser);
  await visitor.goto(link);
  assert.equal(await heading(visitor), "A shared result");
  await visitor.locator("#target-role").waitFor();
  assert.equal(await visitor.locator("#target-role").inputValue(), "java-developer");
  assert.equal(await visitor.locator("label[for=target-role]").textContent(), "The job aimed for: ", "a visitor's words");
  assert.deepEqual(await planHeadings(visitor), await planHeadings(owner));
  assert.equal(await visitor.locator(".share-note").count(), 0, "a current link needs no note");

  // Compare says what each side aims at.
  const code = link.slice(link.indexOf("#") + 1);
  await visitor.goto(`${site.root.url}/compare#a=${code}&b=${linkBefore.slice(linkBefore.indexOf("#") + 1)}`);
  await visitor.getByText(/^A aims at Java Developer \(/).waitFor();
  await visitor.getByText(/^B picked no target; the best back-end match is /).waitFor();
  assert.deepEqual(owner.errors, []);
  assert.deepEqual(visitor.errors, []);
  await visitor.context().close();
});

test("a link from before targets opens with a note and its checks read as they were", async () => {
  const page = tab.page;
  await storeAnswers(page, site.root.url, null);
  // Format 1, data version 1, no city, python 3, its (version-1) level-3 question right.
  await load(page, `${site.root.url}/results#${codeFromBits(`0001 00001 00000 ${pythonThree} 01`)}`);
  assert.equal(await heading(page), "A shared result");
  await page.getByText("This link was made before a target role could be picked").waitFor();
  await page
    .getByText(/rated Python 3: the level-3 question was answered right, so .* at 3\./)
    .first()
    .waitFor({ state: "attached" });
  // That question was retired since: its words, shipped apart, load for it and show as
  // they were asked.
  const review = page.locator(".calibration-review");
  await layOutAllSections(page);
  await review.locator("details.kept-checks > summary").click();
  await review.locator("details.missed-checks > summary").first().click();
  const prompt = review.locator(".check-prompt").first();
  await prompt.waitFor();
  assert.equal((await prompt.textContent()).trim(), words("python-3").prompt.replaceAll("`", ""));
  assert.deepEqual(page.errors, []);
});

test("a link naming an unknown target opens with the default and a one-line note", async () => {
  const page = tab.page;
  await storeAnswers(page, site.root.url, null);
  // Format 2, data version 2, no city, target 99 (two groups), checked, python 3, right.
  const bits = `0010 00010 00000 10011 00110 0 ${pythonThree} 01`;
  await load(page, `${site.root.url}/results#${codeFromBits(bits)}`);
  assert.equal(await heading(page), "A shared result");
  await page.getByText("This link aims at a role this version of the app doesn't know").waitFor();
  await page.locator("#target-role").waitFor();
  assert.deepEqual(page.errors, []);
});
