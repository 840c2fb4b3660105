//! The page's static copy (`#boot` in index.html, prerendered for some routes) and the
//! moment the app takes its place.
//!
//! The app renders hidden beside `#boot` (style/main.css hides whatever follows it) and
//! replaces it in one frame once the page it shows is complete: its data loaded (or failed)
//! where it needs any, and all its parts built (components/deferred.rs). So a visitor never
//! sees a loading note flash between the static copy and the real page, and nothing on
//! screen jumps while the data arrive.

use crate::components::use_deferred_queue;
use crate::data::use_catalog_state;
use crate::tasks::next_task;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The static copy's element in index.html.
const BOOT_ID: &str = "boot";

/// Whether the static copy is still what the visitor sees (the app is still building its
/// first page).
pub fn static_copy_shown() -> bool {
    document().get_element_by_id(BOOT_ID).is_some()
}

/// Call once in the app shell, below the catalog's and the deferred queue's contexts.
pub fn replace_when_ready() {
    let catalog = use_catalog_state();
    let deferred = use_deferred_queue();
    let complete = move || catalog.settled() && deferred.done();
    Effect::new(move || {
        if complete() {
            // Look again a task later: by then whatever the last change started has
            // rendered (a page asking for the catalog, a part joining the queue).
            spawn_local(async move {
                next_task().await;
                if untrack(complete) {
                    if let Some(boot) = document().get_element_by_id(BOOT_ID) {
                        boot.remove();
                    }
                }
            });
        }
    });
}
