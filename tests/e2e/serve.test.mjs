// `make serve`'s server (scripts/serve.mjs, run here exactly as the Makefile runs it, with
// PORT=0 for a free port) behaves like the static hosts in docs/deploy.md: it prints the
// address it serves on, answers deep links, and answers an unknown path with 404 and the
// app's own not-found page (404.html), not a bare error page.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST, ROOT, heading, launchChromium, newPage } from "./harness.mjs";

let server;
let url;
let browser;

before(async () => {
  server = spawn(process.execPath, ["scripts/serve.mjs", "dist"], {
    cwd: ROOT,
    env: { ...process.env, PORT: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  url = await new Promise((resolveUrl, reject) => {
    let output = "";
    server.stdout.on("data", (chunk) => {
      output += chunk;
      const match = output.match(/is at (http:\/\/127\.0\.0\.1:\d+)\//);
      if (match) resolveUrl(match[1]);
    });
    server.stderr.on("data", (chunk) => (output += chunk));
    server.on("exit", (code) => reject(new Error(`serve.mjs exited (${code}): ${output}`)));
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.kill();
});

test("an unknown path answers 404 with the app's 404.html", async () => {
  const response = await fetch(`${url}/no/such/page`);
  assert.equal(response.status, 404);
  assert.match(response.headers.get("content-type"), /^text\/html/);
  assert.equal(await response.text(), readFileSync(join(DIST, "404.html"), "utf8"));
});

test("_headers, the hosts' own configuration, is not served", async () => {
  assert.equal((await fetch(`${url}/_headers`)).status, 404);
});

test("a deep link answers 200 with its page, as the hosts that serve quiz.html for /quiz do", async () => {
  const response = await fetch(`${url}/quiz`);
  assert.equal(response.status, 200);
  assert.equal(await response.text(), readFileSync(join(DIST, "quiz.html"), "utf8"));
});

test("in a browser, an unknown path shows the app's not-found page", async () => {
  const page = await newPage(browser);
  const response = await page.goto(`${url}/no/such/page`);
  assert.equal(response.status(), 404);
  assert.equal(await heading(page), "We couldn't find that page");
  await page.getByRole("link", { name: "Go to the start page" }).click();
  assert.equal(await heading(page), "Am I ready for a back-end job?");
  // The only error allowed is Chromium's own note of the 404 it was sent for the page.
  assert.deepEqual(page.errors.filter((e) => !/status of 404/.test(e)), []);
});
