// The three browser engines: how to start each one's WebDriver server on loopback, the
// capabilities of a fresh session (light or dark colour scheme), and how console errors
// are collected. Only Debian's browsers and drivers (and geckodriver from crates.io).
import { existsSync, readdirSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../scripts/chromium.mjs";
import { freePort, startProcess, startXvfb, waitForReady } from "./processes.mjs";

export const ENGINE_NAMES = ["chromium", "firefox", "webkit"];


// The machine has no network but loopback: stop Firefox from trying to call home.
const FIREFOX_QUIET_PREFS = {
  "app.update.enabled": false,
  "app.update.auto": false,
  "browser.shell.checkDefaultBrowser": false,
  "browser.startup.homepage": "about:blank",
  "browser.newtabpage.enabled": false,
  "browser.region.update.enabled": false,
  "browser.safebrowsing.malware.enabled": false,
  "browser.safebrowsing.phishing.enabled": false,
  "browser.safebrowsing.downloads.enabled": false,
  "browser.safebrowsing.blockedURIs.enabled": false,
  "browser.search.update": false,
  "datareporting.policy.dataSubmissionEnabled": false,
  "datareporting.healthreport.uploadEnabled": false,
  "toolkit.telemetry.enabled": false,
  "toolkit.telemetry.unified": false,
  "network.captive-portal-service.enabled": false,
  "network.connectivity-service.enabled": false,
  "network.dns.disablePrefetch": true,
  "network.prefetch-next": false,
  "extensions.update.enabled": false,
  "extensions.getAddons.cache.enabled": false,
  "media.gmp-manager.url": "",
};

/** A WebDriver server process on a free loopback port, ready for sessions. */
async function startDriver(name, command, args, env) {
  const port = await freePort();
  const proc = startProcess(command, args(port), { env });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForReady(url, proc, name);
  } catch (error) {
    await proc.stop();
    throw error;
  }
  return { url, stop: proc.stop, log: proc.log };
}

function geckodriverPath() {
  if (process.env.GECKODRIVER) return process.env.GECKODRIVER;
  const cargoBin = join(process.env.CARGO_HOME || join(homedir(), ".cargo"), "bin", "geckodriver");
  return existsSync(cargoBin) ? cargoBin : "geckodriver";
}

/** Debian installs MiniBrowser (WebKitGTK's test browser) under the multiarch libdir. */
function miniBrowserPath() {
  if (process.env.MINIBROWSER) return process.env.MINIBROWSER;
  for (const dir of readdirSync("/usr/lib")) {
    const candidate = join("/usr/lib", dir, "webkit2gtk-4.1", "MiniBrowser");
    if (existsSync(candidate)) return candidate;
  }
  throw new Error("WebKitGTK's MiniBrowser is missing: install webkit2gtk-driver");
}

/**
 * Each engine: start() → { url, stop, log() }, capabilities({ dark }), errors: "bidi" (the
 * WebDriver BiDi log, from the first line of the page) or "injected" (a script the test
 * server adds to every HTML page; see error-collector.js), an optional
 * afterSessionStart(driver, { dark }) run at every journey's start, and an optional
 * reset(driver, origins) that clears a session's profile so the next journey can reuse it
 * (then refocus(driver) too, which gives a page of a reused session its focus).
 */
export const ENGINES = {
  chromium: {
    errors: "bidi",
    start: () =>
      startDriver("chromedriver", process.env.CHROMEDRIVER || "/usr/bin/chromedriver", (port) => [
        `--port=${port}`,
        "--allowed-ips=127.0.0.1",
      ]),
    capabilities: () => ({
      browserName: "chrome",
      webSocketUrl: true,
      "goog:chromeOptions": {
        binary: CHROMIUM_PATH,
        args: ["--headless=new", ...CHROMIUM_ARGS],
      },
    }),
    // The real media feature, as a user's system setting would set it (not --force-dark-mode,
    // which also recolours pages); "" is the system's own (light) again, for a reused session.
    async afterSessionStart(driver, { dark }) {
      await driver.sendDevToolsCommand("Emulation.setEmulatedMedia", {
        features: [{ name: "prefers-color-scheme", value: dark ? "dark" : "" }],
      });
    },
    // What a new profile would start without, for each site a journey visited: storage,
    // cookies, service workers and their caches. (The HTTP cache stays: it only saves time.)
    async reset(driver, origins) {
      for (const origin of origins) {
        await driver.sendDevToolsCommand("Storage.clearDataForOrigin", { origin, storageTypes: "all" });
      }
    },
    // A page in a reused session can start unfocused (document.hasFocus() false), and
    // switching to its window does not help there; bringing the tab to the front does.
    refocus: (driver) => driver.sendDevToolsCommand("Page.bringToFront", {}),
  },

  firefox: {
    errors: "bidi",
    async start() {
      // Its BiDi WebSocket needs a port too (default 9222, which others may hold).
      const websocketPort = await freePort();
      return startDriver("geckodriver", geckodriverPath(), (port) => [
        "--port",
        String(port),
        "--host",
        "127.0.0.1",
        "--websocket-port",
        String(websocketPort),
      ]);
    },
    capabilities: ({ dark }) => ({
      browserName: "firefox",
      webSocketUrl: true,
      "moz:firefoxOptions": {
        binary: process.env.FIREFOX_PATH || "/usr/bin/firefox-esr",
        args: ["-headless"],
        prefs: {
          ...FIREFOX_QUIET_PREFS,
          // 0 = dark, 1 = light: what pages see as prefers-color-scheme.
          "layout.css.prefers-color-scheme.content-override": dark ? 0 : 1,
          "ui.systemUsesDarkTheme": dark ? 1 : 0,
        },
      },
    }),
  },

  webkit: {
    // WebKitWebDriver has no BiDi, and MiniBrowser ignores its console-to-stdout setting
    // in automation mode.
    errors: "injected",
    async start() {
      const xvfb = await startXvfb();
      try {
        const driver = await startDriver(
          "WebKitWebDriver",
          process.env.WEBKITWEBDRIVER || "/usr/bin/WebKitWebDriver",
          (port) => [`--port=${port}`, "--host=127.0.0.1", "--replace-on-new-session"],
          { DISPLAY: xvfb.display },
        );
        return {
          url: driver.url,
          log: driver.log,
          stop: async () => {
            await driver.stop();
            await xvfb.stop();
          },
        };
      } catch (error) {
        await xvfb.stop();
        throw error;
      }
    },
    capabilities: ({ dark }) => ({
      browserName: "MiniBrowser",
      "webkitgtk:browserOptions": {
        binary: miniBrowserPath(),
        args: ["--automation", ...(dark ? ["--dark-mode"] : [])],
      },
    }),
  },
};

/** The engines to run: all three, or a comma-separated subset in ENGINES (local work). */
export function selectedEngines() {
  const wanted = (process.env.ENGINES || ENGINE_NAMES.join(","))
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  for (const name of wanted) {
    if (!ENGINES[name]) throw new Error(`ENGINES: unknown engine "${name}" (${ENGINE_NAMES})`);
  }
  return wanted;
}
