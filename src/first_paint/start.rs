//! When the app starts (mounts). The wasm is fetched and instantiated at once on every page
//! but those complete as static HTML, which fetch it right after their first paint
//! (scripts/wasm-start.mjs). A page whose static copy is the whole page (the landing page,
//! the job titles, a job title: [`starts_when_idle`]) reads and works as it is, its links
//! being real links to real pages, so its app starts only when the browser is idle or at the visitor's first
//! press, key or focus, whichever comes first: the start-up's tasks stay out of the way of
//! the first paint and the first tap. Every other page starts once its first paint is on
//! screen. A first interaction is never lost: a click before the router runs follows the
//! link as a plain page load, one after it is handled by the app (the static copy stays
//! until the press that started the app is released), and focus carries over to the app
//! (hand_over.rs).

use super::press;
use super::tasks::{after_idle, after_paint, next_task};
use super::{BOOT_ID, LOADING_CLASS};
use crate::core::site::routes::starts_when_idle;
use crate::paths;
use futures::future::select;
use leptos::prelude::*;
use std::pin::pin;
use wasm_bindgen_futures::JsFuture;

/// What counts as the visitor's first interaction (capture phase, anywhere on the page).
const INTERACTIONS: [&str; 4] = ["pointerdown", "touchstart", "keydown", "focusin"];

/// Mounts `app` at the right moment (see the module notes), then returns a task later.
pub async fn start<F, N>(app: F)
where
    F: FnOnce() -> N + 'static,
    N: IntoView,
{
    press::watch();
    if starts_when_idle(&current_path()) && static_copy_complete() {
        let interaction = FirstInteraction::listen();
        let idle = async {
            after_paint().await;
            after_idle().await;
        };
        select(pin!(idle), JsFuture::from(interaction.promise.clone())).await;
        interaction.stop();
    } else {
        // When the wasm arrives before the browser's first paint (a fast connection, a
        // cached visit), wait for it: the largest text is then painted from the HTML.
        after_paint().await;
    }
    // A task of its own: after an animation frame, the frame's rendering would add to it;
    // after an interaction, the event's own handling comes first.
    next_task().await;
    // The app replaces #boot once its page is complete (hand_over.rs).
    leptos::mount::mount_to_body(app);
    next_task().await;
}

/// The address's path under the base path.
fn current_path() -> String {
    let pathname = window().location().pathname().unwrap_or_default();
    let base = paths::base();
    pathname
        .strip_prefix(&base)
        .unwrap_or(&pathname)
        .to_string()
}

/// Whether `#boot` holds the page rather than a loading note (a build without
/// prerendering, SKILLCHECK_NO_PRERENDER=1, leaves the job titles' copies loading).
fn static_copy_complete() -> bool {
    let selector = format!("#{BOOT_ID}");
    let note = format!("#{BOOT_ID} .{LOADING_CLASS}");
    let found = |s: &str| document().query_selector(s).ok().flatten().is_some();
    found(&selector) && !found(&note)
}

/// Listeners for the first interaction; `promise` resolves at it.
struct FirstInteraction {
    promise: js_sys::Promise,
    resolve: js_sys::Function,
}

impl FirstInteraction {
    fn listen() -> Self {
        let mut resolver = None;
        let promise = js_sys::Promise::new(&mut |resolve, _reject| resolver = Some(resolve));
        let resolve = resolver.expect("a promise's executor runs at once");
        for event in INTERACTIONS {
            let _ = window().add_event_listener_with_callback_and_bool(event, &resolve, true);
        }
        Self { promise, resolve }
    }

    fn stop(&self) {
        for event in INTERACTIONS {
            let _ =
                window().remove_event_listener_with_callback_and_bool(event, &self.resolve, true);
        }
    }
}
