//! The static copy's markup that the app and the build steps both rely on: the element the
//! app hands over from, the markers around its `<main>` content that the build writes
//! between, and the loading note a page's copy shows where it has no content of its own
//! (src/first_paint tells how the app uses them; the manifest carries them to the build).

/// The id of the static copy's element (index.html's `<div id="boot">`). style/main.css
/// hides the app rendering after it (`#boot:not([hidden]) ~ *`) until the hand-over.
pub const BOOT_ID: &str = "boot";

/// Marks the start of `<main>`'s content in the static copy, where landing.mjs writes the
/// landing page, route-pages.mjs a route's loading note and prerender.mjs a rendered page.
pub const MAIN_START: &str = "<!-- boot-main:start -->";

/// Marks the end of `<main>`'s content in the static copy.
pub const MAIN_END: &str = "<!-- boot-main:end -->";

/// The class of the loading note where a page's copy has no static content (or only its
/// start); such a copy is not complete, so its app starts at once.
pub const LOADING_CLASS: &str = "loading";

/// The loading note's markup in a page's static copy.
pub fn loading_note() -> String {
    format!("<p class=\"{LOADING_CLASS}\" role=\"status\">Loading…</p>")
}
