//! The header's words and the rule of its first link, and the same header as static markup
//! for the first paint: the Header component (`src/components/header.rs`) renders these
//! constants, and [`html`] writes what the build puts into index.html (through the site
//! manifest), one variant of the first link per thing saved; the inline script of
//! [`super::boot_script`] shows the one that applies.

use super::landing::{escape, relative, saved_name};
use super::routes::{HOME, QUIZ, RESULTS, ROLES};
use super::APP_NAME;
use crate::core::storage::Saved;

pub const SKIP_LINK: &str = "Skip to content";
pub const ROLES_LINK: &str = "Job titles";

/// The navigation's first link for what is saved: a finished result's page, else the quiz.
pub fn first_link(saved: Saved) -> (&'static str, &'static str) {
    match saved {
        Saved::Finished => (RESULTS, "Your results"),
        Saved::Nothing | Saved::Unfinished => (QUIZ, "Take the quiz"),
    }
}

/// The skip link and the header as static HTML, links relative to `<base>`.
pub fn html() -> String {
    let all = [Saved::Nothing, Saved::Unfinished, Saved::Finished];
    // One item per distinct link, marked with the saved states that show it.
    let mut items: Vec<(&str, &str, Vec<&str>)> = Vec::new();
    for saved in all {
        let (path, label) = first_link(saved);
        match items.iter_mut().find(|(p, l, _)| (*p, *l) == (path, label)) {
            Some(item) => item.2.push(saved_name(saved)),
            None => items.push((path, label, vec![saved_name(saved)])),
        }
    }
    let first: Vec<String> = items
        .iter()
        .map(|(path, label, states)| {
            let hidden = if states.contains(&saved_name(Saved::Nothing)) {
                ""
            } else {
                " hidden"
            };
            format!(
                r#"      <li data-boot-saved="{}"{hidden}><a href="{}">{}</a></li>"#,
                states.join(" "),
                relative(path),
                escape(label)
            )
        })
        .collect();
    [
        format!(
            r##"<a class="skip-link" href="#main">{}</a>"##,
            escape(SKIP_LINK)
        ),
        r#"<header class="site-header">"#.to_string(),
        format!(
            r#"  <a class="brand" href="{}">{}</a>"#,
            relative(HOME),
            escape(APP_NAME)
        ),
        r#"  <nav aria-label="Main">"#.to_string(),
        "    <ul>".to_string(),
        first.join("\n"),
        format!(
            r#"      <li><a href="{}">{}</a></li>"#,
            relative(ROLES),
            escape(ROLES_LINK)
        ),
        "    </ul>".to_string(),
        "  </nav>".to_string(),
        "</header>".to_string(),
    ]
    .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_static_header_offers_the_quiz_until_a_result_is_finished() {
        let html = html();
        assert!(html.contains(
            r#"<li data-boot-saved="nothing unfinished"><a href="quiz">Take the quiz</a></li>"#
        ));
        assert!(html.contains(
            r#"<li data-boot-saved="finished" hidden><a href="results">Your results</a></li>"#
        ));
        assert!(html.contains(APP_NAME) && html.contains(SKIP_LINK) && html.contains(ROLES_LINK));
    }
}
