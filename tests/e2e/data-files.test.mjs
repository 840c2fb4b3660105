// The data files as the build ships them (compact, one edition, authoring fields out, the
// questions' words by skill and the retired questions' apart) and as pages load them: preloaded by the pages that need
// them at once, fetched by the others, each once (docs/performance.md).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { useSite, DIST, ROOT, newPage, heading } from "./harness.mjs";
import { apart, shipped } from "../../scripts/compact-data.mjs";
import { siteManifest } from "../../scripts/site-manifest.mjs";

const site = useSite();
// A service worker would answer requests before they reach the network and the preloads.
const NO_SERVICE_WORKER = { serviceWorkers: "block" };

test("the build serves the data files as compact JSON with the same data, all of one edition", () => {
  const source = join(ROOT, "public", "data");
  const files = readdirSync(source).filter((f) => f.endsWith(".json"));
  assert.ok(files.length >= 6, "every data file is checked");
  // Fields only the build's validator reads are left out (the manifest's unshipped_fields),
  // and the retired questions' words are shipped in a file of their own (shipped_apart).
  const manifest = siteManifest();
  const rules = manifest.unshipped_fields;
  assert.ok(rules.length > 0);
  const read = (file) => JSON.parse(readFileSync(join(source, file), "utf8"));
  const expected = apart(
    Object.fromEntries(files.map((file) => [file, shipped(file, read(file), rules)])),
    manifest.shipped_apart,
  );
  assert.deepEqual(readdirSync(join(DIST, "data")).sort(), Object.keys(expected).sort());
  const editions = new Set();
  for (const [file, original] of Object.entries(expected)) {
    const built = readFileSync(join(DIST, "data", file), "utf8");
    // The build's stamp comes first (src/core/catalog/edition.rs); the rest is the source.
    const { edition, ...data } = JSON.parse(built);
    assert.match(edition, /^[0-9a-f]{16}$/, file);
    editions.add(edition);
    assert.equal(built, JSON.stringify({ edition, ...original }), file);
    assert.deepEqual(data, original, file);
  }
  assert.equal(editions.size, 1, "one edition for every file");
  // The questions' words ship by skill (each skill's questions still asked, in their
  // order), the retired ones apart; question-texts.json itself is not shipped.
  assert.ok(!("question-texts.json" in expected));
  const questions = read("questions.json").questions;
  const retired = questions.filter((q) => q.until !== undefined).map((q) => q.id);
  assert.ok(retired.length > 0);
  assert.deepEqual(expected["retired-question-texts.json"].questions.map((q) => q.id), retired);
  const skills = [...new Set(questions.filter((q) => q.until === undefined).map((q) => q.skill))];
  assert.ok(skills.length >= 20);
  const shippedIds = [...retired];
  for (const skill of skills) {
    const texts = expected[`question-texts-${skill}.json`].questions;
    const asked = questions.filter((q) => q.skill === skill && q.until === undefined).map((q) => q.id);
    assert.deepEqual(texts.map((q) => q.id), asked, skill);
    for (const field of rules[0].fields) assert.ok(texts.every((q) => !(field in q)), `${skill}: ${field}`);
    shippedIds.push(...asked);
  }
  // Together, every question's words, none lost in the split.
  const all = read("question-texts.json").questions.map((q) => q.id);
  assert.deepEqual(shippedIds.sort(), [...all].sort());
});

test("route pages that start the app at once preload the data files they need and the app reuses those downloads; pages complete as static HTML and the landing preload none", async () => {
  const page = await newPage(site.browser, NO_SERVICE_WORKER);
  const requests = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  const dataRequests = () => requests.filter((path) => path.startsWith("/data/")).sort();
  // Who started each download: "link" is the preload, "fetch" the app's own request.
  const initiators = () =>
    page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .filter((e) => new URL(e.name).pathname.startsWith("/data/"))
        .map((e) => `${new URL(e.name).pathname} ${e.initiatorType}`)
        .sort(),
    );
  // The question texts load apart, only where a page shows a question's words
  // (question-texts.test.mjs); the retired questions' words only for a result from before
  // they retired.
  const all = readdirSync(join(DIST, "data"))
    .map((f) => `/data/${f}`)
    .filter((f) => !f.includes("question-texts"))
    .sort();
  // The job-title list and compare show no job-search advice.
  const allButJobSearch = all.filter((f) => f !== "/data/job-search.json");
  assert.ok(all.includes("/data/job-search.json") && allButJobSearch.length === all.length - 1);
  const quizFiles = ["/data/meta.json", "/data/questions.json", "/data/skills.json"];
  // Pages complete as static HTML (a job title, the job titles) preload nothing: their app
  // fetches the data itself when it starts, after the first paint (route-pages.mjs).
  for (const [path, files, later] of [
    ["/roles/python-developer", [], all],
    ["/roles", [], allButJobSearch],
    ["/compare", allButJobSearch, []],
    // The quiz needs no roles, salaries or resources, nor, before a rating brings a check
    // question, any question's words.
    ["/quiz", quizFiles, []],
    ["/quick", quizFiles, []],
  ]) {
    requests.length = 0;
    await page.goto(`${site.root.url}${path}`);
    await page.locator("footer").getByText(/as of/).waitFor();
    for (const file of later) {
      await page.waitForFunction(
        (f) => performance.getEntriesByType("resource").some((e) => new URL(e.name).pathname === f),
        file,
      );
    }
    assert.deepEqual(dataRequests(), [...files, ...later].sort(), `${path}: each file requested once, the preload reused by the app`);
    const expected = [...files.map((f) => `${f} link`), ...later.map((f) => `${f} fetch`)].sort();
    assert.deepEqual(await initiators(), expected, path);
  }
  // Chromium warns when a preload goes unused or does not match the later request.
  assert.deepEqual(warnings.filter((w) => /preloaded/i.test(w)), [], "no unused or mismatched preload");

  // From the quiz on to a page that needs everything: the rest is loaded then.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Job titles" }).click();
  assert.equal(await heading(page), "Job titles");
  await page.getByRole("link", { name: "Python Developer" }).waitFor();
  assert.ok(dataRequests().includes("/data/roles.json"), "the job titles page loads the roles");

  // The landing page needs no data: it neither preloads nor fetches any...
  requests.length = 0;
  await page.goto(`${site.root.url}/`);
  await page.getByRole("link", { name: "Browse job titles" }).first().waitFor();
  assert.deepEqual(requests.filter((path) => path.startsWith("/data/")), [], "landing");
  // ...until the visitor moves on to a page that does.
  await page.getByRole("link", { name: "Browse job titles" }).first().click();
  assert.equal(await heading(page), "Job titles");
  await page.locator("footer").getByText(/as of/).waitFor();
  assert.ok(requests.some((path) => path.startsWith("/data/")), "the job titles page loads the data");
  assert.deepEqual(page.errors, []);
});
