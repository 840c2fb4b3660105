//! The footer's promise and sources, for the Footer component (`src/components/footer.rs`)
//! and the static first paint the build writes into index.html (through the site manifest).

use super::landing::escape;

/// What every page's footer says first (the app adds the data version once loaded).
/// It also says what "the source article", cited across the app, is.
pub const NOTE: &str = "Your answers never leave this browser. Skills, job titles and \
                        job-search advice come from a career guide to back-end development \
                        (\u{201c}the source article\u{201d}); salary figures from Indeed.com, \
                        Glassdoor and the US Bureau of Labor Statistics, as labelled where \
                        shown.";

/// The footer as static HTML.
pub fn html() -> String {
    format!(
        "<footer class=\"site-footer\">\n  <p>{}</p>\n</footer>",
        escape(NOTE)
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_static_footer_says_the_note() {
        let html = super::html();
        assert!(html.starts_with("<footer class=\"site-footer\">"));
        assert!(html.contains("Your answers never leave this browser."));
        assert!(html.contains("Bureau of Labor Statistics"));
        // Every page says what the app means by the source article it cites.
        assert!(super::NOTE.contains("(\u{201c}the source article\u{201d})"));
    }
}
