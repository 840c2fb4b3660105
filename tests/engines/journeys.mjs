// The journeys every engine runs, by keyboard (and the quiz by mouse too), with axe-core on every page and state.
// Each journey is `{ name, run(driver, baseUrl, helpers), dark? }` (helpers: page.mjs);
// adding a journey is one function and one line in JOURNEYS. `dark: true` runs it with
// the system colour scheme set to dark; `helpers.freshProfile()` moves on to a new, empty
// browser profile and resolves to its { driver, helpers }.
import { darkMode } from "./journeys/dark.mjs";
import { quizByKeyboard } from "./journeys/quiz.mjs";
import { quizByMouse } from "./journeys/quiz-mouse.mjs";
import { quickByKeyboard } from "./journeys/quick.mjs";
import { resultsByKeyboard } from "./journeys/results.mjs";
import { compareByKeyboard, shareInFreshProfile } from "./journeys/share.mjs";
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
  { name: "the whole quiz by mouse, ending on a check question", run: quizByMouse },
  { name: "the quick check by keyboard, then Check them now", run: quickByKeyboard },
  { name: "results by keyboard", run: resultsByKeyboard },
  { name: "a share link in a fresh profile", run: shareInFreshProfile },
  { name: "compare by keyboard", run: compareByKeyboard },
  { name: "dark mode: axe on every page", run: darkMode, dark: true },
];
