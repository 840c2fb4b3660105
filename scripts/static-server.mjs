// A static file server on a free loopback port, for the build and the benchmark: serves
// `dir` under the URL path `base` ("/" or "/sub/") as GitHub Pages, Netlify and Cloudflare
// Pages do: `/quiz` answers with quiz.html where there is one, other folders redirect to
// `folder/` and answer with its index.html; with `gzip`, text and wasm are sent compressed (Content-Encoding).
import { createServer } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css",
  ".wasm": "application/wasm", ".json": "application/json", ".svg": "image/svg+xml",
  ".png": "image/png", ".webmanifest": "application/manifest+json",
};

/** Resolves to { url, stop }; `url` has no trailing slash and includes `base`. */
export function serveStatic(dir, { base = "/", gzip = false } = {}) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (!path.startsWith(base) && `${path}/` !== base) {
      res.writeHead(404).end("not found");
      return;
    }
    const inside = path.slice(base.length - 1) || "/";
    let file = normalize(join(dir, inside));
    if (!path.endsWith("/") && existsSync(`${file}.html`)) file = `${file}.html`;
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end("not found");
      return;
    }
    if (statSync(file).isDirectory()) {
      if (!path.endsWith("/")) {
        res.writeHead(301, { Location: `${path}/` }).end();
        return;
      }
      file = join(file, "index.html");
    }
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    let body = readFileSync(file);
    const headers = { "Content-Type": type, "Cache-Control": "no-cache" };
    if (gzip && type !== "image/png" && /gzip/.test(req.headers["accept-encoding"] ?? "")) {
      body = gzipSync(body, { level: 6 });
      headers["Content-Encoding"] = "gzip";
    }
    res.writeHead(200, headers).end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const origin = `http://127.0.0.1:${server.address().port}`;
      resolve({ url: `${origin}${base.replace(/\/$/, "")}`, stop: () => server.close() });
    }),
  );
}
