//! What happens on every page change (Finish, a role link, any route): focus moves to the
//! new page's heading and a polite live region names the page, so neither a screen reader
//! nor the next Tab starts from the body (or the "Import answers" picker near the bottom).
//! The first page of a visit is left alone: the browser starts it at the top anyway.

use crate::first_paint::{next_frame, static_copy_shown};
use crate::router::use_location;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

/// How many frames to wait for the new page's heading (a page waiting for its data shows
/// it once they arrive); about two seconds.
const FRAMES_TO_WAIT: u32 = 120;

/// The live region naming the page; call inside the router.
#[component]
pub fn PageAnnouncer() -> impl IntoView {
    let text = use_page_focus();
    view! {
        <p class="visually-hidden page-announcer" aria-live="polite" aria-atomic="true">
            {move || text.get()}
        </p>
    }
}

/// Watches the route and returns the announcement for the page last arrived at.
fn use_page_focus() -> ReadSignal<String> {
    let pathname = use_location().pathname;
    let (text, set_text) = signal(String::new());
    // Each change gets a number, so a wait cut short by a newer change gives up.
    let generation = StoredValue::new(0_u32);
    Effect::new(move |previous: Option<String>| {
        let path = pathname.get();
        if previous.is_some_and(|p| p != path) && !static_copy_shown() {
            generation.update_value(|g| *g += 1);
            let mine = generation.get_value();
            spawn_local(async move {
                for _ in 0..FRAMES_TO_WAIT {
                    next_frame().await;
                    if generation.try_get_value() != Some(mine) {
                        return;
                    }
                    if let Some(name) = focus_page_heading() {
                        set_text.set(name);
                        return;
                    }
                }
            });
        }
        path
    });
    text
}

/// Focuses the page's `<h1>` (made focusable by script, not by Tab) and returns its text,
/// or None while the page has none yet.
fn focus_page_heading() -> Option<String> {
    let heading = document()
        .query_selector("main h1")
        .ok()
        .flatten()?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()?;
    if !heading.has_attribute("tabindex") {
        let _ = heading.set_attribute("tabindex", "-1");
    }
    // Without scrolling: the router has put the page where it belongs (the top, the
    // fragment's element, or after Back where it was left).
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = heading.focus_with_options(&options);
    Some(
        heading
            .text_content()
            .unwrap_or_default()
            .trim()
            .to_string(),
    )
}
