//! A press (mouse button or finger) in progress. The browser sends a click to the element
//! both the press and the release landed on; if the hand-over removed the static copy in
//! between, the click would go nowhere. So the hand-over waits for the release.

use super::tasks::delay;
use std::cell::Cell;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

thread_local! {
    static HELD: Cell<bool> = const { Cell::new(false) };
    static WATCHING: Cell<bool> = const { Cell::new(false) };
}

/// How often, and at most how many times, to look whether the press has ended: a release
/// the page never hears of (outside the window) must not hold the page back for long.
const POLL_MS: i32 = 20;
const MAX_POLLS: u32 = 100;

/// Starts following presses, app-wide (once; before the app starts, so the press that
/// starts it counts).
pub(super) fn watch() {
    if WATCHING.with(|w| w.replace(true)) {
        return;
    }
    for (event, held) in [
        ("pointerdown", true),
        ("pointerup", false),
        ("pointercancel", false),
    ] {
        let listener = Closure::<dyn Fn()>::new(move || HELD.with(|h| h.set(held)));
        let _ = window_listen(event, listener.as_ref().unchecked_ref());
        // Listens for the page's life: three tiny listeners.
        listener.forget();
    }
}

/// Resolves once no press is held, and a moment later, when the release's click (a tap's
/// comes just after the touch ends) has been dispatched.
pub(super) async fn released() {
    let mut polls = 0;
    while HELD.with(Cell::get) && polls < MAX_POLLS {
        let _ = JsFuture::from(delay(POLL_MS)).await;
        polls += 1;
    }
    if polls > 0 {
        let _ = JsFuture::from(delay(POLL_MS)).await;
    }
}

fn window_listen(event: &str, listener: &js_sys::Function) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    window.add_event_listener_with_callback_and_bool(event, listener, true)
}
