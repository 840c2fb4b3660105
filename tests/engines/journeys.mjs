// The journeys run in the engines, by keyboard (axe-core on every page and state). Every
// engine runs the smoke journey: landing → quick check → results → a shared link, which
// keeps the regressions found in single engines (see journeys/smoke.mjs). The longer
// journeys run in Chromium only (`engines`): what they check beyond the smoke is the app's
// own behaviour, the same in every engine, and is also covered by the Node e2e tests and
// the wasm component tests (docs/testing.md lists where).
// Each journey is `{ name, run(driver, baseUrl, helpers), dark?, engines? }` (helpers:
// page.mjs); `dark: true` runs it with the system colour scheme set to dark;
// `helpers.freshProfile()` moves on to a new, empty browser profile and resolves to its
// { driver, helpers }.
import { darkMode } from "./journeys/dark.mjs";
import { quizByKeyboard } from "./journeys/quiz.mjs";
import { compareByKeyboard } from "./journeys/share.mjs";
import { smokeByKeyboard } from "./journeys/smoke.mjs";
import {
  dataErrorAndRetry,
  headerNavigationByKeyboard,
  landingToRoleByKeyboard,
  notFoundPages,
} from "./journeys/shell.mjs";

const CHROMIUM = ["chromium"];

export const JOURNEYS = [
  { name: "landing, the quick check, results and a shared link by keyboard", run: smokeByKeyboard },
  { name: "landing to a role page by keyboard", run: landingToRoleByKeyboard, engines: CHROMIUM },
  { name: "header navigation by keyboard", run: headerNavigationByKeyboard, engines: CHROMIUM },
  { name: "not-found pages", run: notFoundPages, engines: CHROMIUM },
  { name: "data error and Retry", run: dataErrorAndRetry, engines: CHROMIUM },
  { name: "the whole quiz by keyboard", run: quizByKeyboard, engines: CHROMIUM },
  { name: "compare by keyboard", run: compareByKeyboard, engines: CHROMIUM },
  { name: "dark mode: axe on every page", run: darkMode, dark: true, engines: CHROMIUM },
];

/** The journeys `engine` runs. */
export const journeysFor = (engine) => JOURNEYS.filter((j) => !j.engines || j.engines.includes(engine));
