//! The landing page's copy, and its static first paint built from the same words: the
//! Landing view (`src/pages/landing.rs`) renders these constants, and [`html`] writes the
//! markup the build puts into index.html (through the site manifest), with one variant of
//! the quiz's button (and of the words after it) per thing saved in this browser; the
//! inline script of [`super::boot_script`] shows the one that applies.
//! tests/e2e/first-paint.test.mjs checks the two render the same.

use super::routes::{QUICK, QUIZ, RESULTS, ROLES};
use crate::core::example::EXAMPLE_CODE;
use crate::core::storage::Saved;
use crate::core::timing::{QUICK_STATED_MINUTES, STATED_MINUTES};

pub const HEADING: &str = "Am I ready for a back-end job?";
pub const LEAD: &str = "Rate yourself on the skills back-end developers use and see which job \
                        titles fit you, what they pay and what to learn next.";
pub const QUICK_BUTTON: &str = "Start the quick check";
pub const QUICK_WHAT: &str = "pick a level for every skill on one page. Self-ratings, not checked.";
pub const QUIZ_WHAT: &str = "six short level descriptions per skill, then check questions on \
                             your ratings. You can stop at any time and carry on later.";
/// After "Your results" (a finished quiz), in place of the quiz's time and what it asks.
pub const FINISHED_WHAT: &str = " Your answers are saved in this browser; the results page \
                                 lets you change any of them.";
pub const WHAT_YOU_GET: &str = "You get your best-matching job titles, what they pay, a chart of \
                                your skills and a learning plan. See what that looks like for \
                                Sam, a Python learner.";
pub const EXAMPLE_BUTTON: &str = "See an example result";
pub const ROLES_BUTTON: &str = "Browse job titles";
pub const PRIVACY: &str = "Nothing leaves your browser: no account, no server. Share your \
                           result with a mentor as a short link.";

/// " About N minutes: ", between a way in's button and what it asks.
pub fn about(minutes: u32) -> String {
    format!(" About {minutes} minutes: ")
}

/// The quick check's time, as stated.
pub fn quick_time() -> String {
    about(QUICK_STATED_MINUTES)
}

/// The full quiz's time, as stated.
pub fn quiz_time() -> String {
    about(STATED_MINUTES)
}

/// Where the full quiz's button goes, and what it says, for what is saved: a returning
/// person goes on from where they are.
pub fn quiz_button(saved: Saved) -> (&'static str, &'static str) {
    match saved {
        Saved::Nothing => (QUIZ, "Start the quiz"),
        Saved::Unfinished => (QUIZ, "Continue the quiz"),
        Saved::Finished => (RESULTS, "Your results"),
    }
}

/// What follows the full quiz's button: its time and what it asks, or, once finished,
/// where the answers are.
pub fn quiz_what(saved: Saved) -> String {
    match saved {
        Saved::Finished => FINISHED_WHAT.to_string(),
        Saved::Nothing | Saved::Unfinished => format!("{}{QUIZ_WHAT}", quiz_time()),
    }
}

/// The example result's path (`/results#CODE`).
pub fn example_path() -> String {
    format!("{RESULTS}#{EXAMPLE_CODE}")
}

/// The name of a saved state in the static markup's `data-boot-saved` attributes.
pub fn saved_name(saved: Saved) -> &'static str {
    match saved {
        Saved::Nothing => "nothing",
        Saved::Unfinished => "unfinished",
        Saved::Finished => "finished",
    }
}

/// The landing page's `<main>` content as static HTML, links relative to `<base>`.
pub fn html() -> String {
    let quiz_buttons: String = [Saved::Nothing, Saved::Unfinished, Saved::Finished]
        .into_iter()
        .map(|saved| {
            let (path, label) = quiz_button(saved);
            let hidden = if saved == Saved::Nothing {
                ""
            } else {
                " hidden"
            };
            format!(
                r#"<a class="button" href="{}" data-boot-saved="{}"{hidden}>{}</a>"#,
                relative(path),
                saved_name(saved),
                escape(label)
            )
        })
        .collect();
    let lines = [
        r#"<section class="hero">"#.to_string(),
        format!("  <h1>{}</h1>", escape(HEADING)),
        format!(r#"  <p class="lead">{}</p>"#, escape(LEAD)),
        r#"  <ul class="ways-in">"#.to_string(),
        format!(
            r#"    <li><a class="button button-primary" href="{}">{}</a>{}{}</li>"#,
            relative(QUICK),
            escape(QUICK_BUTTON),
            escape(&quick_time()),
            escape(QUICK_WHAT)
        ),
        format!(
            r#"    <li>{quiz_buttons}<span data-boot-saved="{} {}">{}</span><span data-boot-saved="{}" hidden>{}</span></li>"#,
            saved_name(Saved::Nothing),
            saved_name(Saved::Unfinished),
            escape(&quiz_what(Saved::Nothing)),
            saved_name(Saved::Finished),
            escape(&quiz_what(Saved::Finished))
        ),
        "  </ul>".to_string(),
        format!("  <p>{}</p>", escape(WHAT_YOU_GET)),
        r#"  <p class="actions">"#.to_string(),
        format!(
            r#"    <a class="button" href="{}">{}</a>"#,
            relative(&example_path()),
            escape(EXAMPLE_BUTTON)
        ),
        format!(
            r#"    <a class="button" href="{}">{}</a>"#,
            relative(ROLES),
            escape(ROLES_BUTTON)
        ),
        "  </p>".to_string(),
        format!(r#"  <p class="privacy">{}</p>"#, escape(PRIVACY)),
        "</section>".to_string(),
    ];
    lines.join("\n")
}

/// An app path as an href relative to `<base>` ("/quiz" -> "quiz", "/" -> "./"), so the
/// static markup works under any base path.
pub fn relative(path: &str) -> String {
    match path.trim_start_matches('/') {
        "" => "./".to_string(),
        rest => rest.to_string(),
    }
}

/// Text and attribute values for HTML.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_static_landing_holds_every_line_of_copy_and_one_button_per_saved_state() {
        let html = html();
        for text in [
            HEADING,
            LEAD,
            QUICK_BUTTON,
            QUICK_WHAT,
            QUIZ_WHAT,
            WHAT_YOU_GET,
        ] {
            assert!(html.contains(&escape(text)), "{text}");
        }
        for text in [EXAMPLE_BUTTON, ROLES_BUTTON, PRIVACY] {
            assert!(html.contains(&escape(text)), "{text}");
        }
        assert!(html.contains(&format!("About {STATED_MINUTES} minutes")));
        assert!(html.contains(&format!("About {QUICK_STATED_MINUTES} minutes")));
        assert!(html.contains(&format!(r#"href="results#{EXAMPLE_CODE}""#)));
        assert!(html.contains(&escape(FINISHED_WHAT)));
        // A button per saved state, and what follows it: the quiz's time, or once finished
        // where the answers are.
        assert_eq!(html.matches("data-boot-saved=").count(), 5);
        // Only the first-time visitor's button and words show until the inline script picks.
        assert_eq!(html.matches(" hidden>").count(), 3);
        assert_eq!(quiz_what(Saved::Unfinished), quiz_what(Saved::Nothing));
        assert_eq!(relative("/"), "./");
        assert_eq!(relative("/roles/sql"), "roles/sql");
    }
}
