// A static file server on loopback, for `make serve` (scripts/serve.mjs), the build and the
// benchmark: serves `dir` under the URL path `base` ("/" or "/sub/") as GitHub Pages, Netlify
// and Cloudflare Pages do: `/quiz` answers with quiz.html where there is one, other folders
// redirect to `folder/` and answer with its index.html, and an unknown path answers 404 with
// the folder's 404.html (the app's not-found page) where there is one, `_headers` included;
// with `gzip`, text and wasm are sent compressed (Content-Encoding).
import { createServer } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, normalize, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css",
  ".wasm": "application/wasm", ".json": "application/json", ".svg": "image/svg+xml",
  ".png": "image/png", ".webmanifest": "application/manifest+json",
};

/**
 * Resolves to { url, stop }; `url` has no trailing slash and includes `base`. `port` 0 (the
 * default) lets the OS pick a free one.
 */
export function serveStatic(dir, { base = "/", gzip = false, port = 0 } = {}) {
  const root = resolve(dir);
  const notFoundPage = join(root, "404.html");
  const send = (req, res, status, file) => {
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    let body = readFileSync(file);
    const headers = { "Content-Type": type, "Cache-Control": "no-cache" };
    if (gzip && type !== "image/png" && /gzip/.test(req.headers["accept-encoding"] ?? "")) {
      body = gzipSync(body, { level: 6 });
      headers["Content-Encoding"] = "gzip";
    }
    res.writeHead(status, headers).end(body);
  };
  const notFound = (req, res) => {
    if (existsSync(notFoundPage)) send(req, res, 404, notFoundPage);
    else res.writeHead(404).end("not found");
  };
  const server = createServer((req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    } catch {
      res.writeHead(400).end("bad request"); // a malformed %-escape must not stop the server
      return;
    }
    if (!path.startsWith(base) && `${path}/` !== base) {
      res.writeHead(404).end("not found");
      return;
    }
    const inside = path.slice(base.length - 1) || "/";
    let file = normalize(join(root, inside));
    if (!path.endsWith("/") && existsSync(`${file}.html`)) file = `${file}.html`;
    // Inside `root` only (not a sibling folder whose name starts with root's); `_headers` is
    // the hosts' configuration, which they read and do not serve.
    const outside = file !== root && !file.startsWith(root + sep);
    if (outside || file === join(root, "_headers") || !existsSync(file)) {
      notFound(req, res);
      return;
    }
    if (statSync(file).isDirectory()) {
      if (!path.endsWith("/")) {
        res.writeHead(301, { Location: `${path}/` }).end();
        return;
      }
      file = join(file, "index.html");
      if (!existsSync(file)) {
        notFound(req, res);
        return;
      }
    }
    send(req, res, 200, file);
  });
  return new Promise((resolveServer, reject) => {
    server.once("error", reject); // the port is taken, say
    server.listen(port, "127.0.0.1", () => {
      const origin = `http://127.0.0.1:${server.address().port}`;
      resolveServer({ url: `${origin}${base.replace(/\/$/, "")}`, stop: () => server.close() });
    });
  });
}
