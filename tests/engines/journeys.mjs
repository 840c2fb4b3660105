// The journeys every engine runs, by keyboard only, with axe-core on every page and state.
// Each journey is `{ name, run(driver, baseUrl, helpers), dark? }` (helpers: page.mjs);
// adding a journey is one function and one line in JOURNEYS. `dark: true` runs it with
// the system colour scheme set to dark.
import { darkMode } from "./journeys/dark.mjs";
import { quizByKeyboard } from "./journeys/quiz.mjs";
import { resultsByKeyboard } from "./journeys/results.mjs";
import {
  dataErrorAndRetry,
  headerNavigationByKeyboard,
  landingToRoleByKeyboard,
  notFoundPages,
} from "./journeys/shell.mjs";

export const JOURNEYS = [
  { name: "landing to a role page by keyboard", run: landingToRoleByKeyboard },
  { name: "header navigation by keyboard", run: headerNavigationByKeyboard },
  { name: "not-found pages", run: notFoundPages },
  { name: "data error and Retry", run: dataErrorAndRetry },
  { name: "the whole quiz by keyboard", run: quizByKeyboard },
  { name: "results by keyboard", run: resultsByKeyboard },
  { name: "dark mode: axe on every page", run: darkMode, dark: true },
];
