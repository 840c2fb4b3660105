//! Timing work against the browser's event loop. A task that runs for more than 50 ms
//! blocks taps and key presses (and counts as blocking time in Lighthouse), so long work is
//! cut into parts with a fresh task in between (data.rs does too); and the app waits for
//! the static first paint to be on screen before it starts (start.rs).

use std::pin::pin;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Resolves in a new task (a zero-delay timeout), after the browser has had the chance to
/// handle input and paint.
pub async fn next_task() {
    let _ = JsFuture::from(delay(0)).await;
}

/// Resolves once the browser has presented a frame of the page as it is now (two animation
/// frames on), or after a second where frames do not come (a tab opened in the background
/// paints nothing until it is shown).
pub(super) async fn after_paint() {
    let painted = async {
        let _ = JsFuture::from(animation_frame()).await;
        let _ = JsFuture::from(animation_frame()).await;
    };
    let timeout = JsFuture::from(delay(1000));
    futures::future::select(pin!(painted), timeout).await;
}

/// Resolves at the browser's next animation frame (never in a tab that paints nothing).
pub async fn next_frame() {
    let _ = JsFuture::from(animation_frame()).await;
}

/// A promise the browser resolves at its next animation frame.
fn animation_frame() -> js_sys::Promise {
    js_sys::Promise::new(&mut |resolve, _reject| {
        if let Some(window) = web_sys::window() {
            let _ = window.request_animation_frame(&resolve);
        }
    })
}

/// A promise resolved after `ms` milliseconds (or at once outside a window).
pub(super) fn delay(ms: i32) -> js_sys::Promise {
    js_sys::Promise::new(&mut |resolve, _reject| match web_sys::window() {
        Some(window) => {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
        None => {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    })
}

/// The longest an idle wait lasts while the browser stays busy.
const IDLE_TIMEOUT_MS: u32 = 2000;

/// Where the browser has no `requestIdleCallback` (Safari): the wait instead.
const NO_IDLE_CALLBACK_MS: i32 = 300;

/// Resolves when the browser is idle (an idle start, start.rs; the next step's piece
/// fetched ahead, app.rs).
pub async fn after_idle() {
    idle(IDLE_TIMEOUT_MS, NO_IDLE_CALLBACK_MS).await;
}

/// Resolves when the browser is idle (`requestIdleCallback`), or after `timeout_ms` if it
/// stays busy; where the browser has no idle callback (Safari), after `fallback_ms`.
async fn idle(timeout_ms: u32, fallback_ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let Some(window) = web_sys::window() else {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
            return;
        };
        let request = js_sys::Reflect::get(&window, &"requestIdleCallback".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        match request {
            Some(request) => {
                let options = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&options, &"timeout".into(), &timeout_ms.into());
                let _ = request.call2(&window, &resolve, &options);
            }
            None => {
                let _ = window
                    .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, fallback_ms);
            }
        }
    });
    let _ = JsFuture::from(promise).await;
}
