// The loopback server's HTTP/2 mode (scripts/static-server.mjs), which the benchmark can
// measure over (BENCH_HTTP2=1, as the hosts in docs/deploy.md serve): the same answers as
// over HTTP/1.1, compressed, with a certificate of its own.
import { test } from "node:test";
import assert from "node:assert/strict";
import { connect } from "node:http2";
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { DIST } from "./harness.mjs";
import { serveStatic } from "../../scripts/static-server.mjs";

/** Status, headers and (decompressed) body of `path`, asked for over HTTP/2. */
function get(origin, path) {
  return new Promise((resolveGet, reject) => {
    // Its own certificate, made for the run: nothing to verify it against.
    const session = connect(origin, { rejectUnauthorized: false });
    session.on("error", reject);
    const request = session.request({ ":path": path, "accept-encoding": "gzip" });
    const chunks = [];
    let headers;
    request.on("response", (h) => (headers = h));
    request.on("data", (chunk) => chunks.push(chunk));
    request.on("end", () => {
      session.close();
      const body = Buffer.concat(chunks);
      resolveGet({ status: headers[":status"], headers, body: headers["content-encoding"] === "gzip" ? gunzipSync(body) : body });
    });
    request.on("error", reject);
  });
}

test("over HTTP/2 the server answers as over HTTP/1.1: /quiz with quiz.html, gzip, 404 page", async () => {
  const host = await serveStatic(DIST, { gzip: true, http2: true });
  try {
    assert.match(host.url, /^https:\/\/127\.0\.0\.1:\d+$/);
    const quiz = await get(host.url, "/quiz");
    assert.equal(quiz.status, 200);
    assert.equal(quiz.headers["content-encoding"], "gzip");
    assert.deepEqual(quiz.body, readFileSync(`${DIST}/quiz.html`));
    const missing = await get(host.url, "/no-such-page");
    assert.equal(missing.status, 404);
    assert.deepEqual(missing.body, readFileSync(`${DIST}/404.html`));
  } finally {
    host.stop();
  }
});
