//! The inline script of the static first paint (the build puts it into every page, and the
//! CSP allows it by hash). Before the first paint it shows, of the static variants a page
//! holds, the ones for this address and this browser, by the app's own rules:
//! - `data-boot-variant`: `/results` holds a shared result's start and the own results'
//!   (`paths::data_fragment`'s rule: a fragment that names no element is data); the shown
//!   variant's `data-boot-title` becomes the document title;
//! - `data-boot-saved`: the header and the landing page hold one variant per thing saved
//!   (`core::storage::saved`'s rule over the key [`QUIZ_KEY`] and format [`FORMAT`]).

use super::landing::saved_name;
use crate::core::storage::{Saved, FORMAT, QUIZ_KEY};

/// The `data-boot-variant` of `/results`'s static start for a shared result (the other
/// variant is the own results').
pub const SHARED_VARIANT: &str = "shared";

const TEMPLATE: &str = r##"
(function () {
  var at = location.href.indexOf("#");
  var fragment = at < 0 ? null : location.href.slice(at + 1);
  var shared = fragment !== null && !(fragment && document.getElementById(fragment));
  document.querySelectorAll("[data-boot-variant]").forEach(function (el) {
    el.hidden = (el.getAttribute("data-boot-variant") === SHARED_VARIANT) !== shared;
    var title = el.getAttribute("data-boot-title");
    if (!el.hidden && title) document.title = title;
  });
  var saved = SAVED_NOTHING;
  try {
    var text = localStorage.getItem(QUIZ_KEY);
    if (text !== null) {
      saved = SAVED_UNFINISHED;
      var stored = JSON.parse(text);
      if (stored && stored.format === FORMAT && stored.finished === true) saved = SAVED_FINISHED;
    }
  } catch (e) {
    // No storage (the app reads nothing then) or unreadable text (a quiz to continue).
  }
  document.querySelectorAll("[data-boot-saved]").forEach(function (el) {
    el.hidden = el.getAttribute("data-boot-saved").split(" ").indexOf(saved) < 0;
  });
})();
"##;

/// The script's text, with the storage key and format, the saved states' names and the
/// shared result's variant name filled in.
pub fn script() -> String {
    TEMPLATE
        .replace("QUIZ_KEY", &format!("{QUIZ_KEY:?}"))
        .replace("FORMAT", &FORMAT.to_string())
        .replace(
            "SAVED_NOTHING",
            &format!("{:?}", saved_name(Saved::Nothing)),
        )
        .replace(
            "SAVED_UNFINISHED",
            &format!("{:?}", saved_name(Saved::Unfinished)),
        )
        .replace(
            "SAVED_FINISHED",
            &format!("{:?}", saved_name(Saved::Finished)),
        )
        .replace("SHARED_VARIANT", &format!("{SHARED_VARIANT:?}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_script_reads_the_apps_key_and_format() {
        let script = script();
        assert!(script.contains(r#"localStorage.getItem("skillcheck.quiz")"#));
        assert!(script.contains(&format!("stored.format === {FORMAT} ")));
        assert!(!script.contains("</script"));
    }

    #[test]
    fn the_script_names_the_saved_states_and_variants_as_the_markup_does() {
        let script = script();
        for saved in [Saved::Nothing, Saved::Unfinished, Saved::Finished] {
            let name = saved_name(saved);
            assert!(script.contains(&format!("saved = \"{name}\"")), "{name}");
        }
        let shared = format!("=== \"{SHARED_VARIANT}\")");
        assert!(script.contains(&shared), "{shared}");
    }
}
