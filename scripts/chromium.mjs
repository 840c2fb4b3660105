// Debian's Chromium, as the build (prerender.mjs), the benchmark and the tests start it:
// never a downloaded browser. It runs as root here, so without the sandbox, and with
// everything that calls home turned off (the machine has no network but loopback).
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/** Command-line flags; add "--headless=new" where the launcher does not (WebDriver, CDP). */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
