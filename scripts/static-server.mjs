// A static file server on loopback, for `make serve` (scripts/serve.mjs), the build and the
// benchmark: serves `dir` under the URL path `base` ("/" or "/sub/") as GitHub Pages, Netlify
// and Cloudflare Pages do: `/quiz` answers with quiz.html where there is one, other folders
// redirect to `folder/` and answer with its index.html, and an unknown path answers 404 with
// the folder's 404.html (the app's not-found page) where there is one, `_headers` included;
// with `gzip`, text and wasm are sent compressed (Content-Encoding); with `http2`, over
// HTTP/2 and TLS as those hosts serve (a certificate made for the run: the benchmark's
// browser is told to accept it).
import { execFileSync } from "node:child_process";
import { createServer } from "node:http";
import { createSecureServer } from "node:http2";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css",
  ".wasm": "application/wasm", ".json": "application/json", ".svg": "image/svg+xml",
  ".png": "image/png", ".webmanifest": "application/manifest+json",
};

/** A self-signed key and certificate for 127.0.0.1 (Debian's openssl), made in a folder removed at once. */
function loopbackCertificate() {
  const folder = mkdtempSync(join(tmpdir(), "skillcheck-tls-"));
  try {
    const [key, cert] = [join(folder, "key.pem"), join(folder, "cert.pem")];
    execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
      "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"], { stdio: "ignore" });
    return { key: readFileSync(key), cert: readFileSync(cert) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Resolves to { url, stop }; `url` has no trailing slash and includes `base`. `port` 0 (the
 * default) lets the OS pick a free one.
 */
export function serveStatic(dir, { base = "/", gzip = false, port = 0, http2 = false } = {}) {
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
  const handle = (req, res) => {
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
  };
  const server = http2 ? createSecureServer({ ...loopbackCertificate(), allowHTTP1: true }, handle) : createServer(handle);
  return new Promise((resolveServer, reject) => {
    server.once("error", reject); // the port is taken, say
    server.listen(port, "127.0.0.1", () => {
      const origin = `${http2 ? "https" : "http"}://127.0.0.1:${server.address().port}`;
      resolveServer({ url: `${origin}${base.replace(/\/$/, "")}`, stop: () => server.close() });
    });
  });
}
