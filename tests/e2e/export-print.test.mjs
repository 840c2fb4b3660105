// The answers as a file and the result on paper, in a real browser: export (a real
// download) and import them in another profile (asking first when that profile has answers
// of its own), and a printed result that is a clean document of at most two pages, on A4
// and on Letter. A file over the size limit is refused unread (here: a real
// export, padded). A bad or cut-off file, explained with nothing changed: tests/ui/export_import.rs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { useSite, useTab, tempDir, load } from "./harness.mjs";
import { BEGINNER, MENTEE, MENTOR } from "./personas.mjs";
import { alertText, openOwnResult, shareLink, storeAnswers, storedAnswers, topRoles } from "./own-result.mjs";

const site = useSite();
// One tab for every test; each profile below is the site's storage emptied and refilled
// (storeAnswers), as a fresh profile has it.
const tab = useTab(site, { acceptDownloads: true });

test("export the answers as a file and import them in another profile", async () => {
  const owner = tab.page;
  await openOwnResult(owner, site.root.url, MENTEE, "chicago-il");
  const roles = await topRoles(owner);
  await owner.locator(".export-import summary").click();
  const [download] = await Promise.all([
    owner.waitForEvent("download"),
    owner.getByRole("button", { name: "Export answers" }).click(),
  ]);
  assert.equal(download.suggestedFilename(), "skillcheck-answers.json");
  const file = join(tempDir("export"), "answers.json");
  await download.saveAs(file);
  const exported = JSON.parse(readFileSync(file, "utf8"));
  assert.equal(exported.app, "skillcheck");
  assert.equal(exported.format, 1);
  assert.deepEqual(exported.answers.ratings.python, { level: 4 });
  assert.equal(exported.city, "chicago-il");

  // A new profile with no answers: import straight away.
  const other = tab.page;
  await storeAnswers(other, site.root.url, null);
  await other.goto(`${site.root.url}/results`);
  await other.getByText("No answers yet").waitFor();
  await other.getByLabel("Import answers from a file").setInputFiles(file);
  await other.getByText("Answers imported for 7 skills.").waitFor();
  assert.deepEqual(await topRoles(other), roles);
  const aimedFor = await other.locator("#target-role").inputValue();
  const imported = JSON.parse(await storedAnswers(other));
  assert.deepEqual(imported.answers, JSON.parse(MENTEE).answers);

  // A profile with answers of its own is asked first; "Keep" changes nothing.
  const mentor = tab.page;
  await openOwnResult(mentor, site.root.url, MENTOR);
  // A job aimed for, picked for the mentor's own answers.
  await mentor.locator("#target-role").selectOption("java-developer");
  const before = await storedAnswers(mentor);
  await mentor.getByLabel("Import answers from a file").setInputFiles(file);
  await mentor.getByRole("button", { name: "Keep my answers" }).click();
  await mentor.getByText("Import cancelled. Nothing was changed.").waitFor();
  // The question's buttons are gone: focus is on what happened, not at the page's start.
  const focusOn = (text) => mentor.waitForFunction((text) => document.activeElement?.textContent.startsWith(text), text);
  await focusOn("Import cancelled.");
  assert.equal(await storedAnswers(mentor), before);
  await mentor.getByLabel("Import answers from a file").setInputFiles(file);
  const replace = mentor.getByRole("button", { name: "Replace my answers" });
  await replace.waitFor();
  assert.ok(await replace.evaluate((b) => b === document.activeElement), "focus moves to the question");
  await replace.click();
  await mentor.getByText("Answers imported").waitFor();
  await focusOn("Answers imported");
  assert.deepEqual(JSON.parse(await storedAnswers(mentor)).answers, JSON.parse(MENTEE).answers);
  assert.deepEqual(await topRoles(mentor), roles);
  // The imported answers aim where they did in the empty profile, not at the job picked
  // for the answers they replaced.
  assert.notEqual(aimedFor, "java-developer");
  assert.equal(await mentor.locator("#target-role").inputValue(), aimedFor);
  assert.equal(await mentor.evaluate(() => localStorage.getItem("skillcheck.target")), null);

  assert.deepEqual(tab.page.errors, []);
});

// src/core/export.rs MAX_IMPORT_BYTES: larger files are refused before they are read.
const MAX_IMPORT_BYTES = 256 * 1024;

/** The text of the answers file the page exports (the page needs acceptDownloads). */
async function exportedText(page) {
  // Under a result the answers file is behind a disclosure.
  await page.locator(".export-import summary").click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export answers" }).click(),
  ]);
  const file = join(tempDir("export"), "answers.json");
  await download.saveAs(file);
  return readFileSync(file, "utf8");
}

/** Imports a file holding `text` into the page; the alert's text once it says `message`. */
async function importRefused(page, name, text, message) {
  const before = await storedAnswers(page);
  await page
    .getByLabel("Import answers from a file")
    .setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
  const alert = await alertText(page, message);
  assert.match(alert, /Nothing was changed\./, name);
  assert.equal(await storedAnswers(page), before, name);
  return alert;
}

test("a file over the size limit is refused as too large, unread", async () => {
  const page = tab.page;
  await openOwnResult(page, site.root.url, MENTEE);
  const text = await exportedText(page);
  // A real export padded with spaces: only its size is wrong.
  const large = text + " ".repeat(MAX_IMPORT_BYTES + 1 - Buffer.byteLength(text));
  assert.equal(Buffer.byteLength(large), MAX_IMPORT_BYTES + 1);
  await importRefused(page, "large.json", large, "too large to be an answers file");
  assert.deepEqual(page.errors, []);
});

/** Page count of the page printed to PDF. */
async function printedPages(page, format) {
  const pdf = (await page.pdf({ format })).toString("latin1");
  return pdf.match(/\/Type\s*\/Page[^s]/g).length;
}

/** The page, printed on A4 and on Letter, takes one or two pages. */
async function printsOnTwoPagesAtMost(page, name) {
  for (const format of ["A4", "Letter"]) {
    const pages = await printedPages(page, format);
    assert.ok(pages >= 1 && pages <= 2, `${name}, ${format}: ${pages} pages`);
  }
}

test("printed, a full result is a clean document of at most two pages", async () => {
  // The three results in turn in one tab, each printed before the next opens.
  const page = tab.page;
  await openOwnResult(page, site.root.url, MENTOR, "chicago-il");
  await topRoles(page);
  await page.emulateMedia({ media: "print" });
  for (const hidden of ["header nav", "footer", "button", "#share-link", ".export-import", ".other-roles"]) {
    const visible = await page.locator(hidden).evaluateAll((all) => all.some((e) => e.checkVisibility()));
    assert.equal(visible, false, `${hidden} is hidden in print`);
  }
  assert.ok(await page.locator("main h1").isVisible());
  assert.ok(await page.locator(".learning-plan").isVisible());
  // No section prints its heading alone (its content hidden for the screen only).
  const alone = await page.evaluate(() =>
    [...document.querySelectorAll("main section > h2")]
      .filter((h) => h.checkVisibility())
      .filter((h) => ![...h.parentElement.children].some((el) => el !== h && el.checkVisibility() && el.textContent.trim()))
      .map((h) => h.textContent),
  );
  assert.deepEqual(alone, [], "headings printed with nothing under them");
  // Resources print their address after the link text.
  const after = await page
    .locator(".learning-plan a[href^='http']")
    .first()
    .evaluate((a) => getComputedStyle(a, "::after").content);
  assert.match(after, /https?:/);
  const colour = await page.locator("main h1").evaluate((h) => getComputedStyle(h).color);
  assert.equal(colour, "rgb(0, 0, 0)");
  await printsOnTwoPagesAtMost(page, "mentor");
  await page.emulateMedia({ media: null });

  // The longest result there is, as its own and opened from its share link in a profile
  // without answers (the banner prints too).
  await openOwnResult(page, site.root.url, BEGINNER, "chicago-il");
  const link = await shareLink(page);
  await printsOnTwoPagesAtMost(page, "beginner, own");
  await storeAnswers(page, site.root.url, null);
  await load(page, link);
  await topRoles(page);
  await page.emulateMedia({ media: "print" });
  await printsOnTwoPagesAtMost(page, "beginner, shared");
  await page.emulateMedia({ media: null });
  assert.deepEqual(page.errors, []);
});
