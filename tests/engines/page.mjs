// What a journey does with a page, in words a person would use: visit, read the heading,
// Tab to a control and press Enter, check accessibility. Every wait is for a condition.
import assert from "node:assert/strict";
import { Key } from "selenium-webdriver";
import { axeViolations, formatViolations } from "./axe.mjs";

const WAIT_MS = 15_000;
const MAX_TABS = 80;

// The focused element, described for assertions and messages (runs in the page; the
// optional argument is a selector the element must be inside to count as `inside`).
const DESCRIBE_FOCUS = `
  // Tab past the last control moves into the browser's own controls: the page has lost focus.
  if (!document.hasFocus()) return { left: true };
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  const rect = el.getBoundingClientRect();
  return {
    tag: el.tagName.toLowerCase(),
    name: (el.getAttribute("aria-label") || el.labels?.[0]?.textContent || el.textContent || "")
      .replace(/\\s+/g, " ")
      .trim(),
    id: el.id,
    inside: !arguments[0] || !!el.closest(arguments[0]),
    href: el.getAttribute("href"),
    outline: style.outlineStyle === "none" ? 0 : parseFloat(style.outlineWidth),
    boxShadow: style.boxShadow,
    rect: [rect.left, rect.top, rect.width, rect.height].map(Math.round),
    visible: rect.width > 0 && rect.height > 0 && rect.right > 0 && rect.bottom > 0
      && rect.left < innerWidth && rect.top < innerHeight,
  };`;

const matches = (name, wanted) => (wanted instanceof RegExp ? wanted.test(name) : name === wanted);

/** The helpers one journey gets, bound to its session and site. */
export function pageHelpers({ driver, baseUrl, engine, dark, openSite, allowErrors, refocus = null }) {
  const label = `${engine}${dark ? " (dark)" : ""}`;
  // index.html paints a static copy of the page (#boot) until the app mounts and removes it;
  // keys go to the page only once it has focus.
  const MOUNT_STATE =
    "return { ready: document.readyState, boot: !!document.getElementById('boot'), focus: document.hasFocus() }";
  const appMounted = async () => {
    let state;
    let refocused = false;
    await driver
      .wait(async () => {
        state = await driver.executeScript(MOUNT_STATE);
        // A reused session's page can start unfocused (`refocus`: see harness.mjs): once.
        if (refocus && !state.focus && !refocused) {
          refocused = true;
          await refocus();
        }
        return state.ready === "complete" && !state.boot && state.focus;
      }, WAIT_MS)
      .catch(() =>
        assert.fail(`${label}: the app did not mount (#boot is still there), or the page never got focus: ${JSON.stringify(state)}`),
      );
  };
  const helpers = {
    engine,
    dark,

    /** Opens `path` of the site (or a full URL) and waits until the app has mounted. */
    async visit(pathOrUrl) {
      await driver.get(pathOrUrl.startsWith("http") ? pathOrUrl : `${baseUrl}${pathOrUrl}`);
      await appMounted();
    },
    async reload() {
      await driver.navigate().refresh();
      await appMounted();
    },

    /** The path of the current address, relative to the site. */
    async path() {
      return new URL(await driver.getCurrentUrl()).pathname;
    },

    /** Waits until the page's main heading reads `expected`. */
    async heading(expected) {
      let seen;
      try {
        await driver.wait(async () => {
          seen = await driver.executeScript(
            "const h = document.querySelector('main h1'); return h && h.textContent.trim();",
          );
          return matches(seen ?? "", expected);
        }, WAIT_MS);
      } catch {
        assert.fail(`${label}: expected the heading ${expected}, saw ${JSON.stringify(seen)} at ${await driver.getCurrentUrl()}`);
      }
    },

    /** Waits until `css` matches an element; resolves to its text. */
    async text(css) {
      let text;
      await driver.wait(async () => {
        text = await driver.executeScript(
          "const e = document.querySelector(arguments[0]); return e && e.textContent;",
          css,
        );
        return text !== null;
      }, WAIT_MS, `${label}: nothing matches ${css}`);
      return text.replace(/\s+/g, " ").trim();
    },

    press: (...keys) => driver.actions().sendKeys(...keys).perform(),

    /** The focused element (null when nothing is), with its focus-ring measurements. */
    focused: (inside) => driver.executeScript(DESCRIBE_FOCUS, inside ?? null),

    /**
     * Presses Tab until the control named `name` (text or RegExp) has focus, checking that
     * every control on the way shows a visible focus ring. Fails if Tab never reaches it.
     * `back`: Shift+Tab instead (for a control before the focused one); `inside`: a CSS
     * selector the control must be in (e.g. "main", when the header has the same link).
     */
    async tabTo(name, { back = false, inside } = {}) {
      const passed = [];
      for (let i = 0; i < MAX_TABS; i++) {
        const keys = driver.actions();
        await (back ? keys.keyDown(Key.SHIFT).sendKeys(Key.TAB).keyUp(Key.SHIFT) : keys.sendKeys(Key.TAB)).perform();
        let focus = await helpers.focused(inside);
        if (focus?.left) {
          // Past the page's last control Tab moves into the browser's own controls, and
          // on into the page again. Headless engines can leave the window unfocused then
          // (no :focus styles), which no person sees: give the window its focus back.
          await driver.switchTo().window(await driver.getWindowHandle());
          focus = await helpers.focused(inside);
          if (focus?.left) continue;
        }
        if (!focus) continue;
        passed.push(focus.name);
        assert.ok(focus.visible, `${label}: focused "${focus.name}" is off screen at ${focus.rect}`);
        assert.ok(
          focus.outline >= 2 || (focus.boxShadow && focus.boxShadow !== "none"),
          `${label}: focused "${focus.name}" has no visible focus ring`,
        );
        if (focus.inside && matches(focus.name, name)) return focus;
      }
      assert.fail(`${label}: Tab never reached ${name}; it passed ${JSON.stringify(passed.slice(0, 40))}`);
    },

    /** Waits until the element with this id has focus (where the app moves focus). */
    async focusMovesTo(id) {
      let focus;
      await driver
        .wait(async () => (focus = await helpers.focused())?.id === id, WAIT_MS)
        .catch(() => assert.fail(`${label}: focus should move to #${id}; it is on ${JSON.stringify(focus)}`));
    },

    /**
     * Waits until focus is on the page's heading reading `expected` (where the app moves
     * it on every page change) and the live region names the page.
     */
    async focusOnHeading(expected) {
      let seen;
      await driver
        .wait(async () => {
          seen = await driver.executeScript(`
            const el = document.activeElement;
            return {
              heading: el && el.matches("main h1") ? el.textContent.trim() : null,
              focused: el ? el.tagName + " " + el.textContent.trim().slice(0, 40) : null,
              announced: document.querySelector("main .page-announcer")?.textContent.trim(),
            };`);
          return matches(seen.heading ?? "", expected) && matches(seen.announced ?? "", expected);
        }, WAIT_MS)
        .catch(() => assert.fail(`${label}: focus and the announcement should name ${expected}; saw ${JSON.stringify(seen)}`));
    },

    /** Tabs to `name` and presses Enter on it. */
    async activate(name, options) {
      await helpers.tabTo(name, options);
      await helpers.press(Key.ENTER);
    },

    /** axe-core on the page as it is now: fails with a readable list of violations. */
    async axe(state) {
      const violations = await axeViolations(driver);
      assert.equal(
        violations.length,
        0,
        `${label}: axe found ${violations.length} violation(s) on ${state}:\n${formatViolations(violations)}`,
      );
    },

    /** Console errors matching `pattern` are expected in this journey (e.g. a 404). */
    allowErrors: (pattern) => allowErrors.push(pattern),

    /** A copy of the site for this journey (see sites.mjs); stopped after the journey. */
    openSite,
  };
  return helpers;
}
