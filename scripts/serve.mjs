// `make serve`: serves a built folder (dist/ by default) on 127.0.0.1 as the static hosts in
// docs/deploy.md do (static-server.mjs: deep links, 404.html for unknown paths, gzip), on
// PORT (default 8080; 0 picks a free port), and prints the address. Ctrl+C stops it.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { serveStatic } from "./static-server.mjs";

const dir = process.argv[2] ?? "dist";
if (!existsSync(join(dir, "index.html"))) {
  console.error(`serve: ${dir}/index.html is missing; build first (make build, or make serve)`);
  process.exit(1);
}
const port = Number(process.env.PORT ?? 8080);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`serve: PORT must be a port number (0 to 65535), not "${process.env.PORT}"`);
  process.exit(1);
}
try {
  const site = await serveStatic(dir, { gzip: true, port });
  console.log(`Back-End Skill Check is at ${site.url}/  (Ctrl+C stops it)`);
} catch (error) {
  const why = error.code === "EADDRINUSE" ? `port ${port} is in use; try PORT=9000 make serve` : error.message;
  console.error(`serve: could not start: ${why}`);
  process.exit(1);
}
