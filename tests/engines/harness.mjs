// Runs journeys in real engines: starts each engine's WebDriver server once (lazily, on
// loopback), gives every journey a fresh session (a new browser profile) and a site, and
// stops sessions, sites, drivers and displays afterwards — also when a journey fails.
// Sessions connect to the drivers started here (usingServer), so selenium-webdriver
// never looks for, or downloads, a driver or browser itself.
import assert from "node:assert/strict";
import { Builder } from "selenium-webdriver";
import { ENGINES } from "./engines.mjs";
import { pageHelpers } from "./page.mjs";
import { serveSite } from "./sites.mjs";

const started = new Map(); // engine name → Promise<{ url, stop }>
const sites = new Map(); // "collector" | "plain" → Promise<site>

function driverFor(name) {
  if (!started.has(name)) started.set(name, ENGINES[name].start());
  return started.get(name);
}

function sharedSite(collector) {
  const key = collector ? "collector" : "plain";
  if (!sites.has(key)) sites.set(key, serveSite({ collector }));
  return sites.get(key);
}

/** Collects error-level console and JavaScript log entries over WebDriver BiDi. */
async function collectBidiErrors(driver) {
  const errors = [];
  const bidi = await driver.getBidi();
  await bidi.subscribe("log.entryAdded");
  const socket = await bidi.socket;
  socket.on("message", (data) => {
    const { method, params } = JSON.parse(data.toString());
    if (method === "log.entryAdded" && params.level === "error") {
      errors.push(`${params.type}: ${params.text}`);
    }
  });
  return async () => errors;
}

/** Reads what error-collector.js recorded in the current tab. */
function collectInjectedErrors(driver) {
  return () =>
    driver.executeScript(
      "try { return JSON.parse(sessionStorage.getItem('__engineErrors') || '[]'); } catch { return []; }",
    );
}

async function newSession(name, { dark }) {
  const engine = ENGINES[name];
  const { url } = await driverFor(name);
  const driver = await new Builder()
    .disableEnvironmentOverrides() // never SELENIUM_REMOTE_URL or a Selenium server jar
    .usingServer(url)
    .withCapabilities(engine.capabilities({ dark }))
    .build();
  try {
    await driver.manage().setTimeouts({ script: 60_000, pageLoad: 30_000 });
    await driver.manage().window().setRect({ width: 1280, height: 1000 });
    const errors = engine.errors === "bidi" ? await collectBidiErrors(driver) : collectInjectedErrors(driver);
    await engine.afterSessionStart?.(driver, { dark });
    return { driver, errors };
  } catch (error) {
    await driver.quit().catch(() => {});
    throw error;
  }
}

/**
 * Runs one journey `{ name, run, dark }` in engine `name`: a fresh session, the site,
 * the journey, then a check that no unexpected console error happened.
 */
export async function runJourney(name, journey) {
  const dark = Boolean(journey.dark);
  const collector = ENGINES[name].errors === "injected";
  const site = await sharedSite(collector);
  const { driver, errors } = await newSession(name, { dark });
  const extraSites = [];
  const allowErrors = [];
  const openSite = async (options) => {
    const extra = await serveSite({ ...options, collector });
    extraSites.push(extra);
    return extra;
  };
  try {
    const helpers = pageHelpers({ driver, baseUrl: site.url, engine: name, dark, openSite, allowErrors });
    await journey.run(driver, site.url, helpers);
    const unexpected = (await errors()).filter((text) => !allowErrors.some((p) => p.test(text)));
    assert.deepEqual(unexpected, [], `${name}: console errors during "${journey.name}"`);
  } finally {
    await driver.quit().catch(() => {});
    for (const extra of extraSites) await extra.stop();
  }
}

/** Stops every driver, display and site this process started (call in `after`). */
export async function stopAll() {
  const stops = [...started.values(), ...sites.values()].map(async (pending) => {
    const thing = await pending.catch(() => null);
    await thing?.stop();
  });
  await Promise.all(stops);
  started.clear();
  sites.clear();
}
