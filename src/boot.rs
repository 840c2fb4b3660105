//! The page's static copy (`#boot` in index.html, prerendered for some routes) and the
//! moment the app takes its place.
//!
//! The app renders hidden beside `#boot` (style/main.css hides whatever follows it) and
//! replaces it in one frame once the page it shows is complete: its data loaded (or failed)
//! where it needs any, and its deferred parts built (components/deferred.rs). So a visitor never sees a
//! loading note flash between the static copy and the real page, and nothing on screen
//! jumps while the data arrive.

use crate::components::use_deferred_queue;
use crate::data::use_catalog_state;
use crate::tasks::next_task;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Call once in the app shell, below the catalog's context.
pub fn replace_when_ready() {
    let catalog = use_catalog_state();
    let deferred = use_deferred_queue();
    // The router builds the page a moment after the shell (route matching is async); by the
    // next task the page has said whether it wants the catalog.
    let page_built = RwSignal::new(false);
    spawn_local(async move {
        next_task().await;
        page_built.set(true);
    });
    Effect::new(move || {
        if page_built.get() && catalog.settled() && deferred.done() {
            if let Some(boot) = document().get_element_by_id("boot") {
                boot.remove();
            }
        }
    });
}
