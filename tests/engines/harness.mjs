// Runs journeys in real engines: starts each engine's WebDriver server once (lazily, on
// loopback), gives every journey a session with a clean browser profile and a site, and
// stops sessions, sites, drivers and displays afterwards — also when a journey fails.
// A new session (a new browser) is the largest cost of a journey: in engines that can
// clear a profile (Chromium), a journey that passed hands its session on to the next one,
// cleared (engines.mjs `reset`); elsewhere, and after a failure, every journey starts anew.
// Sessions connect to the drivers started here (usingServer), so selenium-webdriver
// never looks for, or downloads, a driver or browser itself.
import assert from "node:assert/strict";
import { Builder } from "selenium-webdriver";
import { ENGINES } from "./engines.mjs";
import { pageHelpers } from "./page.mjs";
import { serveSite } from "./sites.mjs";
import { watchdog } from "./watchdog.mjs";

// Longer than any command may take on its own (scripts may run 60 s, page loads 30 s).
const STUCK_MS = 90_000;

const started = new Map(); // engine name → Promise<{ url, stop, log }>
const sites = new Map(); // "collector" | "plain" → Promise<site>
const idle = new Map(); // engine name → the cleared session a passed journey left

function driverFor(name) {
  if (!started.has(name)) started.set(name, ENGINES[name].start());
  return started.get(name);
}

function sharedSite(collector) {
  const key = collector ? "collector" : "plain";
  if (!sites.has(key)) sites.set(key, serveSite({ collector }));
  return sites.get(key);
}

/**
 * Collects error-level console and JavaScript log entries over WebDriver BiDi; take()
 * resolves to those since the last take().
 */
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
  return { take: async () => errors.splice(0) };
}

/** Reads what error-collector.js recorded in the current tab. */
function collectInjectedErrors(driver) {
  return {
    take: () =>
      driver.executeScript(
        "try { return JSON.parse(sessionStorage.getItem('__engineErrors') || '[]'); } catch { return []; }",
      ),
  };
}

/** Ends an engine's driver (and so its browser); the next journey starts a new one. */
async function restartDriver(name) {
  const server = await started.get(name)?.catch(() => null);
  started.delete(name);
  await server?.stop();
}

async function newSession(name, { dark }, dog) {
  const engine = ENGINES[name];
  const { url } = await driverFor(name);
  const driver = await dog.around("new session", () =>
    new Builder()
      .disableEnvironmentOverrides() // never SELENIUM_REMOTE_URL or a Selenium server jar
      .usingServer(url)
      .withCapabilities(engine.capabilities({ dark }))
      .build(),
  );
  dog.watch(driver);
  try {
    await driver.manage().setTimeouts({ script: 60_000, pageLoad: 30_000 });
    await driver.manage().window().setRect({ width: 1280, height: 1000 });
    const errors = engine.errors === "bidi" ? await collectBidiErrors(driver) : collectInjectedErrors(driver);
    return { driver, errors };
  } catch (error) {
    await driver.quit().catch(() => {});
    throw error;
  }
}

/**
 * Moves the session to a new tab and closes the old one: its pages end, and the next
 * journey starts, as in a new browser, with an empty history and no sessionStorage.
 */
async function newTab(driver) {
  const old = await driver.getWindowHandle();
  await driver.switchTo().newWindow("tab");
  const tab = await driver.getWindowHandle();
  await driver.switchTo().window(old);
  await driver.close();
  await driver.switchTo().window(tab);
}

/** The session a passed journey left (watched by `dog` now), or a new one; set up for `dark`. */
async function sessionFor(name, { dark }, dog) {
  let session = idle.get(name);
  idle.delete(name);
  if (session) {
    session.reused = true;
    dog.watch(session.driver);
    await session.errors.take(); // anything logged since that journey's end is not this one's
  } else {
    session = await newSession(name, { dark }, dog);
  }
  await ENGINES[name].afterSessionStart?.(session.driver, { dark });
  return session;
}

/**
 * Runs one journey `{ name, run, dark }` in engine `name`: a session with a clean profile
 * (new, or cleared: see sessionFor), the site,
 * the journey, then a check that no unexpected console error happened. The journey's
 * helpers can open extra sites (`openSite`) and move on to a new, empty browser profile
 * (`freshProfile`: the session so far ends first, as WebKitWebDriver holds one at a time).
 * A browser that stops answering fails the journey with what it was asked last (see
 * watchdog.mjs), and its driver is restarted for the journeys after it.
 */
export async function runJourney(name, journey) {
  const dark = Boolean(journey.dark);
  const server = await driverFor(name);
  const dog = watchdog({ limitMs: STUCK_MS, driverLog: server.log });
  const collector = ENGINES[name].errors === "injected";
  const site = await sharedSite(collector);
  const extraSites = [];
  const allowErrors = [];
  const seenErrors = [];
  let session = null;

  const openSite = async (options) => {
    const extra = await serveSite({ ...options, collector });
    extraSites.push(extra);
    return extra;
  };
  // `keep`: clear the session's profile and leave it for the next journey (where the engine
  // can clear one); otherwise end it.
  const endSession = async ({ keep = false } = {}) => {
    if (!session) return;
    const ending = session;
    session = null;
    let kept = false;
    try {
      seenErrors.push(...(await ending.errors.take()));
      const reset = ENGINES[name].reset;
      if (keep && reset) {
        await newTab(ending.driver);
        await reset(ending.driver, [site.url, ...extraSites.map((extra) => extra.url)]);
        idle.set(name, ending);
        kept = true;
      }
    } finally {
      if (!kept) await ending.driver.quit().catch(() => {});
    }
  };
  const startSession = async () => {
    session = await sessionFor(name, { dark }, dog);
    const { driver } = session;
    // A page in a reused session can start without focus, which a new browser's page has.
    const refocus = session.reused ? () => ENGINES[name].refocus(driver) : null;
    const helpers = pageHelpers({ driver, baseUrl: site.url, engine: name, dark, openSite, allowErrors, refocus });
    helpers.freshProfile = async () => {
      await endSession();
      return startSession();
    };
    return { driver, helpers };
  };

  try {
    const { driver, helpers } = await dog.race(startSession());
    await dog.race(journey.run(driver, site.url, helpers));
    await dog.race(endSession({ keep: true }));
    const unexpected = seenErrors.filter((text) => !allowErrors.some((p) => p.test(text)));
    assert.deepEqual(unexpected, [], `${name}: console errors during "${journey.name}"`);
  } finally {
    dog.stop();
    // A stuck browser would not answer "quit" either: end its driver instead.
    if (dog.stuck) await restartDriver(name);
    else await session?.driver.quit().catch(() => {});
    for (const extra of extraSites) await extra.stop();
  }
}

/** Stops every driver, display and site this process started (call in `after`). */
export async function stopAll() {
  for (const { driver } of idle.values()) await driver.quit().catch(() => {});
  idle.clear();
  const stops = [...started.values(), ...sites.values()].map(async (pending) => {
    const thing = await pending.catch(() => null);
    await thing?.stop();
  });
  await Promise.all(stops);
  started.clear();
  sites.clear();
}
