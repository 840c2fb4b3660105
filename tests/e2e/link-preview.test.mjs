// Link previews (issue 15): every built page carries the Open Graph and Twitter card tags
// the build writes from the site manifest (src/core/site/, scripts/page-head.mjs); their
// title and description are the ones the app itself sets on that page; the image exists
// at the size the tags give; and no tag carries a share code (the answers stay in the
// fragment, which a crawler never sees).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join, sep } from "node:path";
import { useSite, DIST, DIST_SUB, newPage, newTab } from "./harness.mjs";
import { inLanes } from "../../scripts/lanes.mjs";
import { samShareCode } from "./own-result.mjs";

const site = useSite();

// Sam's share code (#...), as the app makes it: asked for once, since it takes two page visits.
let samCodeOnce;
const samCode = () => (samCodeOnce ??= samShareCode(site.browser, site.root.url));

const decode = (text) =>
  text.replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&#39;/g, "'").replace(/&amp;/g, "&");

/** The head's <title> and every <meta name|property> content, as { key: [contents] }. */
function headTags(html) {
  const head = html.slice(0, html.indexOf("</head>"));
  const tags = { title: [...head.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => decode(m[1])) };
  for (const [tag] of head.matchAll(/<meta\b[^>]*>/g)) {
    const key = tag.match(/\b(?:name|property)="([^"]+)"/)?.[1];
    if (key) (tags[key] ??= []).push(decode(tag.match(/\bcontent="([^"]*)"/)?.[1] ?? ""));
  }
  return tags;
}

const REQUIRED = [
  "title", "description", "og:type", "og:site_name", "og:title", "og:description",
  "og:image", "og:image:width", "og:image:height", "og:image:alt",
  "twitter:card", "twitter:title", "twitter:description", "twitter:image", "twitter:image:alt",
];

/** Every built HTML page of `dist` and the address the app serves it at. */
const builtPages = (dist) =>
  readdirSync(dist, { recursive: true })
    .map((file) => file.split(sep).join("/"))
    .filter((file) => file.endsWith(".html"))
    .map((file) => {
      const route = file === "404.html" ? "/404.html" : `/${file.replace(/(^|\/)index\.html$/, "").replace(/\.html$/, "")}`;
      return { file, route, tags: headTags(readFileSync(join(dist, file), "utf8")) };
    });
const pages = builtPages(DIST);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes) {
  assert.deepEqual([...bytes.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], "a PNG signature");
  assert.equal(bytes.subarray(12, 16).toString("latin1"), "IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test("every built page carries each link-preview tag once, not empty", () => {
  assert.ok(pages.length > 20, "the route copies, index.html and 404.html were found");
  for (const name of ["index.html", "404.html", "quiz.html", "quiz/index.html", "results.html", "compare.html"]) {
    assert.ok(pages.some((p) => p.file === name), name);
  }
  for (const { file, tags } of pages) {
    for (const key of REQUIRED) {
      assert.equal(tags[key]?.length, 1, `${file}: one ${key}`);
      assert.notEqual(tags[key][0].trim(), "", `${file}: ${key} not empty`);
    }
    assert.equal(tags["twitter:card"][0], "summary_large_image", file);
    assert.equal(tags["og:type"][0], "website", file);
    assert.equal(tags["og:title"][0], tags.title[0], `${file}: og:title`);
    assert.equal(tags["twitter:title"][0], tags.title[0], `${file}: twitter:title`);
    assert.equal(tags["og:description"][0], tags.description[0], `${file}: og:description`);
    assert.equal(tags["twitter:description"][0], tags.description[0], `${file}: twitter:description`);
    assert.equal(tags["twitter:image"][0], tags["og:image"][0], file);
    assert.ok(tags.title[0].length <= 70 && tags.description[0].length <= 200, `${file}: fits a card`);
  }
});

test("the preview image is in dist at the size the tags give", () => {
  const images = new Set(pages.map((p) => p.tags["og:image"][0]));
  assert.equal(images.size, 1, "one image for every page");
  const [url] = images;
  // A path when the build doesn't know the site's address (docs/deploy.md), else absolute.
  const path = new URL(url, "http://host/").pathname;
  const bytes = readFileSync(join(DIST, path.slice(1)));
  const size = pngSize(bytes);
  assert.deepEqual(size, { width: 1200, height: 630 });
  for (const { file, tags } of pages) {
    assert.equal(Number(tags["og:image:width"][0]), size.width, file);
    assert.equal(Number(tags["og:image:height"][0]), size.height, file);
  }
  // Only crawlers fetch it: the offline copy leaves it out.
  assert.doesNotMatch(readFileSync(join(DIST, "sw.js"), "utf8"), new RegExp(path.slice(1).replace(".", "\\.")));
});

test("no tag carries a share code, and pages whose meaning is in the fragment name no address", async () => {
  const example = readFileSync(join(DIST, "index.html"), "utf8").match(/href="results#([\w-]+)"/)[1];
  const sam = (await samCode()).replace(/^#/, "");
  for (const { file, route, tags } of pages) {
    for (const [key, values] of Object.entries(tags)) {
      for (const value of values) {
        for (const code of [example, sam]) assert.ok(!value.includes(code), `${file}: ${key} holds a share code`);
        if (/url|image/.test(key)) assert.ok(!value.includes("#"), `${file}: ${key} has no fragment`);
      }
    }
    if (["/results", "/compare", "/404.html"].includes(route)) assert.equal(tags["og:url"], undefined, file);
  }
  const results = pages.find((p) => p.file === "results.html").tags;
  assert.match(results.description[0], /^A Back-End Skill Check result/);
});

test("each page's title and description are the ones the app sets there", async () => {
  const sam = await samCode();
  const routes = [...new Map(pages.map((p) => [p.route, p.tags]))];
  // Two tabs of one context, side by side, visit every address (each is a full page load;
  // none of them writes storage).
  const first = await newPage(site.browser);
  const tabs = [first, await newTab(first)];
  await inLanes(routes, async ([route, tags], lane) => {
    const page = tabs[lane];
    // /results is previewed as what people send: a shared result's link.
    const address = route === "/results" ? `/results${sam}` : route;
    await page.goto(`${site.root.url}${address}`);
    const own = await page.evaluate(() => ({
      title: document.title,
      descriptions: [...document.querySelectorAll('meta[name="description"]')].map((m) => m.content),
    }));
    assert.equal(tags.title[0], own.title, `${route}: title`);
    assert.deepEqual(own.descriptions, [tags.description[0]], `${route}: one description, the app's`);
    assert.deepEqual(page.errors, [], route);
  });
  assert.equal(await first.evaluate(() => localStorage.length), 0, "the visits stored nothing");
  await first.context().close();
});

test("a build that knows its address (SKILLCHECK_SITE_URL, the sub-path build) writes absolute URLs", () => {
  // scripts/test.sh builds target/dist-sub with SKILLCHECK_SITE_URL=https://skillcheck.example.
  const site = "https://skillcheck.example/sub/";
  const sub = builtPages(DIST_SUB);
  assert.equal(sub.length, pages.length);
  for (const { file, route, tags } of sub) {
    assert.equal(tags["og:image"][0], `${site}link-preview.png`, file);
    assert.equal(tags["twitter:image"][0], `${site}link-preview.png`, file);
    const url = ["/results", "/compare", "/404.html"].includes(route) ? undefined : [`${site}${route.slice(1)}`];
    assert.deepEqual(tags["og:url"], url, file);
  }
  // Without an address, the main build writes paths (docs/deploy.md: what a deployer sets).
  assert.ok(pages.every(({ tags }) => tags["og:image"][0] === "/link-preview.png" && !tags["og:url"]));
});
