// A visitor's own result in a test page: store answers in the page's profile, open the
// results, and read what the page offers (share link, role cards, the stored answers).
import { QUIZ_KEY, samStored } from "./personas.mjs";
import { newPage, openBlankOnSite } from "./harness.mjs";

const CITY_KEY = "skillcheck.city";

/**
 * Stores `quizText` (and a city) in the site's storage at `base`. A page already on the site
 * stays where it is; another one opens an empty page on the site's origin first (harness.mjs
 * openBlankOnSite: no app start just for this). The storage is emptied first, as a fresh
 * profile has it, unless `keep` (what the profile holds beside them, a link it was sent, stays).
 */
export async function storeAnswers(page, base, quizText, city, { keep = false } = {}) {
  if (!page.url().startsWith(`${new URL(base).origin}/`)) await openBlankOnSite(page, base);
  await page.evaluate(
    ([key, value, cityKey, city, keep]) => {
      if (!keep) localStorage.clear();
      if (value) localStorage.setItem(key, value);
      if (city) localStorage.setItem(cityKey, city);
    },
    [QUIZ_KEY, quizText, CITY_KEY, city, keep],
  );
}

/** Stores the answers (see storeAnswers), then opens the own results at `base`. */
export async function openOwnResult(page, base, quizText, city, { keep = false } = {}) {
  await storeAnswers(page, base, quizText, city, { keep });
  await page.goto(`${base}/results`);
  await page.locator("#share-link").waitFor();
}

/** The share link the results page offers, once it is there. */
export async function shareLink(page) {
  await page.waitForFunction(() => document.querySelector("#share-link")?.value.includes("#"));
  return page.locator("#share-link").inputValue();
}

/** The back-end title cards as "title | NN% match | readiness", best first. */
export async function topRoles(page) {
  const cards = page.locator(".top-roles .role-card");
  await cards.first().waitFor();
  return cards.evaluateAll((all) =>
    all.map((c) =>
      [c.querySelector("h3"), c.querySelector(".match-percent"), c.querySelector(".readiness")]
        .map((e) => e.textContent.trim())
        .join(" | "),
    ),
  );
}

/** The answers stored in the page's profile (text), or null. */
export const storedAnswers = (page) => page.evaluate((key) => localStorage.getItem(key), QUIZ_KEY);

/** Text of the page's alert once it says `pattern`. */
export async function alertText(page, pattern) {
  const alert = page.getByRole("alert").filter({ hasText: pattern });
  await alert.first().waitFor();
  return (await alert.first().textContent()).trim();
}

/** The share link's fragment (`#CODE`) for Sam's answers, as the app at `siteUrl` shows it. */
export async function samShareCode(browser, siteUrl) {
  const page = await newPage(browser);
  await openOwnResult(page, siteUrl, samStored());
  const link = await shareLink(page);
  await page.context().close();
  return link.slice(link.indexOf("#"));
}
