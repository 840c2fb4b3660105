//! Splitting work across browser tasks. A task that runs for more than 50 ms blocks
//! taps and key presses (and counts as blocking time in Lighthouse), so long work is cut
//! into parts with a fresh task in between.

use wasm_bindgen_futures::JsFuture;

/// Resolves in a new task (a zero-delay timeout), after the browser has had the chance to
/// handle input and paint.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(&resolve);
        } else {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = JsFuture::from(promise).await;
}
