//! The first paint and the app's start: everything between "the HTML arrived" and "the app
//! is on screen", in one place (docs/first-paint.md tells the whole story).
//!
//! 1. **The static copy.** Every page's HTML holds a static copy of its page in
//!    `<div id="boot">` ([`BOOT_ID`]): index.html's landing page, a loading note or the start
//!    of the page in the other routes' copies (scripts/route-pages.mjs), the whole page for
//!    the prerendered ones (scripts/prerender.mjs). The build steps find the content of
//!    `<main>` between [`MAIN_START`] and [`MAIN_END`]. It paints before the wasm arrives.
//! 2. **When the app starts** ([`start`], start.rs). On a page that is complete as static
//!    HTML (`core::site::routes::starts_when_idle`: the landing page, the job titles and
//!    each job title) the wasm loads right after the first paint (scripts/wasm-start.mjs)
//!    and the app mounts only when the browser is idle or at the first
//!    interaction, so its start-up is not in the way of the first paint or the first tap;
//!    every other page starts right after the first paint.
//! 3. **Built in parts** ([`Deferred`], deferred.rs), one browser task each (tasks.rs), so
//!    no task blocks input for long, hidden beside `#boot` (style/main.css's
//!    `#boot:not([hidden]) ~ *`).
//! 4. **The hand-over** ([`hand_over_when_ready`], hand_over.rs): once the page's first
//!    screen is complete (data settled, every part built but those below the fold),
//!    `#boot` is hidden in one frame (not during a press on it, which would lose its click:
//!    press.rs), and focus moves to the same element in the app; it is removed once the
//!    parts below the fold are built too.
//!
//! The build steps read [`BOOT_ID`], the markers and the loading note from the site
//! manifest; index.html and style/main.css restate them, and tests/first_paint_markup.rs
//! fails when they disagree.

// Owned by core::site, which also hands them to the build steps (the site manifest).
pub use crate::core::site::static_copy::{BOOT_ID, LOADING_CLASS, MAIN_END, MAIN_START};

#[cfg(target_arch = "wasm32")]
mod deferred;
#[cfg(target_arch = "wasm32")]
mod hand_over;
#[cfg(target_arch = "wasm32")]
mod press;
#[cfg(target_arch = "wasm32")]
mod start;
#[cfg(target_arch = "wasm32")]
mod tasks;

#[cfg(target_arch = "wasm32")]
pub use deferred::{provide_deferred_queue, waits_for, Deferred};
#[cfg(target_arch = "wasm32")]
pub use hand_over::{first_page_shown, hand_over_when_ready, static_copy_shown};
#[cfg(target_arch = "wasm32")]
pub use start::start;
#[cfg(target_arch = "wasm32")]
pub use tasks::{after_idle, next_frame, next_task};
