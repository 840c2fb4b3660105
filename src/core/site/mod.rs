//! The one owner of the site's facts that the build needs as well as the app: every page's
//! route, title and description (`<title>`, the description and the link-preview tags), the
//! data files it loads, the landing page's copy and the inline script of the static first
//! paint. The views use these constants; `examples/site_manifest.rs` prints them as JSON
//! for the post-build steps (docs/site-manifest.md).

pub mod boot_script;
pub mod footer;
pub mod header;
pub mod landing;
#[cfg(not(target_arch = "wasm32"))]
pub mod manifest;
pub mod routes;
pub mod static_copy;

/// The service worker's file, at the site's root (scripts/service-worker.mjs writes it;
/// src/service_worker.rs registers it).
pub const SERVICE_WORKER: &str = "sw.js";

/// The app's name, after every page's own title.
pub const APP_NAME: &str = "Back-End Skill Check";

/// A link preview (Open Graph, Twitter card) shows about this much of a title...
pub const MAX_TITLE: usize = 70;
/// ...and of a description, so every page's stay within them.
pub const MAX_DESCRIPTION: usize = 200;

/// A page's own title (the document title adds [`APP_NAME`]) and description.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PageText {
    pub title: &'static str,
    pub description: &'static str,
}

pub const LANDING: PageText = PageText {
    title: landing::HEADING,
    description: "Rate yourself on the skills back-end developers use, in a two-minute quick \
                  check or the full quiz with check questions, and see which job titles fit \
                  you, what they pay and what to learn next.",
};

pub const QUIZ: PageText = PageText {
    title: "Rate your skills",
    description: "Rate yourself on each back-end skill and answer a few quick check questions.",
};

pub const QUICK: PageText = PageText {
    title: "Quick check",
    description: "Rate yourself on every back-end skill on one page, in about two minutes, and \
                  see which job titles fit you.",
};

pub const OWN_RESULTS: PageText = PageText {
    title: "Your results",
    description: "Which back-end job titles fit you, what they pay and what to learn next.",
};

/// A shared result (`/results#CODE`): generic, the answers stay in the fragment.
pub const SHARED_RESULT: PageText = PageText {
    title: "A shared result",
    description: "A Back-End Skill Check result someone shared with you.",
};

pub const COMPARE: PageText = PageText {
    title: "Compare two results",
    description: "Two Back-End Skill Check results side by side: skills, job matches and what \
                  each has that the other lacks.",
};

pub const ROLES: PageText = PageText {
    title: "Job titles",
    description: "The back-end job titles and related careers, with what each asks for and pays.",
};

pub const NOT_FOUND: PageText = PageText {
    title: "Page not found",
    description: "This page doesn't exist in Back-End Skill Check.",
};

pub const UNKNOWN_ROLE: PageText = PageText {
    title: "Job title not found",
    description: "This job title isn't in Back-End Skill Check.",
};

/// The document title of a page: its own title, then the app's name.
pub fn full_title(title: &str) -> String {
    format!("{title} · {APP_NAME}")
}

/// A role page's description: its summary, cut to whole sentences that fit a link preview
/// (or, when even the first doesn't, to whole words and an ellipsis).
pub fn role_description(summary: &str) -> String {
    let summary = summary.trim();
    if summary.chars().count() <= MAX_DESCRIPTION {
        return summary.to_string();
    }
    let mut kept = String::new();
    for sentence in summary.split_inclusive(". ") {
        if kept.chars().count() + sentence.trim_end().chars().count() > MAX_DESCRIPTION {
            break;
        }
        kept.push_str(sentence);
    }
    if !kept.is_empty() {
        return kept.trim_end().to_string();
    }
    let mut cut = String::new();
    for word in summary.split_whitespace() {
        if cut.chars().count() + word.chars().count() + 2 > MAX_DESCRIPTION {
            break;
        }
        if !cut.is_empty() {
            cut.push(' ');
        }
        cut.push_str(word);
    }
    format!("{}…", cut.trim_end_matches([',', ';', ':']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_summaries_keep_whole_sentences_that_fit() {
        let first = "a".repeat(120) + ".";
        let second = " Second sentence that would overflow the card by far, ".to_string()
            + &"b".repeat(100)
            + ".";
        assert_eq!(role_description(&(first.clone() + &second)), first);
        assert_eq!(role_description("Short."), "Short.");
        let one_long = "word ".repeat(60);
        let cut = role_description(&one_long);
        assert!(
            cut.ends_with('…') && cut.chars().count() <= MAX_DESCRIPTION,
            "{cut}"
        );
    }

    /// The landing and quick check descriptions say the quick check's time in words.
    #[test]
    fn descriptions_state_the_quick_checks_current_time() {
        use crate::core::timing::QUICK_STATED_MINUTES;
        let words = ["", "one", "two", "three", "four", "five"];
        let said = words[(QUICK_STATED_MINUTES as usize).min(5)];
        assert!(LANDING.description.contains(&format!("{said}-minute")));
        assert!(QUICK.description.contains(&format!("about {said} minutes")));
    }
}
