//! The moment the app takes the place of the page's static copy (`#boot`).
//!
//! The app renders hidden beside `#boot` (style/main.css hides whatever follows it while
//! `#boot` shows) and replaces it in one frame once the page's first screen is complete:
//! its data loaded (or failed) where it needs any, and its parts built (deferred.rs) but
//! those below the fold. `#boot` is then hidden, and removed once every part is built.
//! So a visitor never sees a loading note flash between the static copy and the real
//! page, and nothing on screen jumps while the data arrive. Someone who has already tabbed into the static copy keeps
//! their place: focus moves to the same element in the app; and a press on the static copy
//! keeps its click: the hand-over waits for the release (press.rs).

use super::deferred::{provide_deferred_queue, use_deferred_queue};
use super::press;
use super::tasks::{after_paint, delay, next_task};
use super::BOOT_ID;
use crate::data::use_catalog_state;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlAnchorElement, HtmlElement};

/// Whether the app is still building its first page: the static copy is still there,
/// shown or (while the parts below the fold are built) hidden.
pub fn static_copy_shown() -> bool {
    document().get_element_by_id(BOOT_ID).is_some()
}

/// Resolves once the app's page has taken the static copy's place and been painted: for
/// downloads the first screen doesn't need (the question texts), so they never delay it.
pub async fn first_page_shown() {
    while static_copy_shown() {
        let _ = wasm_bindgen_futures::JsFuture::from(delay(20)).await;
    }
    after_paint().await;
}

/// Call once in the app shell, below the catalog's context: provides the context of the
/// `<Deferred>` parts, hides `#boot` once the page's first screen is complete and removes
/// it once every part is built.
pub fn hand_over_when_ready() {
    provide_deferred_queue();
    let catalog = use_catalog_state();
    let deferred = use_deferred_queue();
    let first_screen = move || catalog.settled() && deferred.first_screen_built();
    let complete = move || catalog.settled() && deferred.done();
    Effect::new(move || {
        if first_screen() {
            // Look again a task later: by then whatever the last change started has
            // rendered (a page asking for the catalog, a part joining the queue).
            spawn_local(async move {
                next_task().await;
                press::released().await;
                let Some(boot) = document().get_element_by_id(BOOT_ID) else {
                    return;
                };
                if untrack(first_screen) && !boot.has_attribute("hidden") {
                    let focused = focused_inside(&boot);
                    let _ = boot.set_attribute("hidden", "");
                    if let Some(focused) = focused {
                        focus_same_in_app(&boot, &focused);
                    }
                }
                // Hidden, it still tells the parts below the fold that the first page is
                // being built (and the tests that it is not complete yet).
                if untrack(complete) {
                    boot.remove();
                }
            });
        }
    });
}

/// The element focused inside `boot`, if any.
fn focused_inside(boot: &Element) -> Option<Element> {
    document()
        .active_element()
        .filter(|active| active != boot && boot.contains(Some(active)))
}

/// Focuses the app's element that stands where `old` stood in `boot`, the static copy
/// (still in the document, hidden): the one with its id (`<main id="main">`, the skip
/// link's target), or else the first of its kind with the same link and text (the static
/// copy is the app's markup, tests/e2e/first-paint).
fn focus_same_in_app(boot: &Element, old: &Element) {
    let candidates = document().get_elements_by_tag_name(&old.tag_name());
    let same = (0..candidates.length())
        .filter_map(|i| candidates.item(i))
        .filter(|new| !boot.contains(Some(new)))
        .find(|new| {
            if old.id().is_empty() {
                link(new) == link(old) && words(new) == words(old)
            } else {
                new.id() == old.id()
            }
        });
    if let Some(element) = same.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// A link's whole address (the static copy's hrefs are relative to `<base>`, the app's not).
fn link(element: &Element) -> Option<String> {
    element.dyn_ref::<HtmlAnchorElement>().map(|a| a.href())
}

/// An element's text with its white space evened out (the static copy is indented HTML).
fn words(element: &Element) -> String {
    let text = element.text_content().unwrap_or_default();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
