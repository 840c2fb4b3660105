//! Registers the service worker that makes the app work offline (`sw.js`, written into the
//! build by `scripts/service-worker.mjs`; see docs/deploy.md). It lives at the base path, so
//! its scope is the app under a sub-path as well as at a site root.
//!
//! Registration waits for the page's `load` event so the worker's precaching never competes
//! with the first visit's own downloads, and is skipped where service workers are not
//! available (old browsers, plain-http hosts) or while offline (the existing worker keeps
//! serving; a failed update check would only add noise). The app works the same without it.

use crate::core::site::SERVICE_WORKER;
use crate::paths;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{js_sys::Reflect, RegistrationOptions, Window};

/// Registers the worker now if the page has loaded, otherwise once it has.
pub fn register_after_load() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let loaded = window
        .document()
        .is_some_and(|d| d.ready_state() == "complete");
    if loaded {
        register(&window);
        return;
    }
    let on_load = Closure::once_into_js(move || {
        if let Some(window) = web_sys::window() {
            register(&window);
        }
    });
    // A failure here only means no offline support: the app itself is unaffected.
    let _ = window.add_event_listener_with_callback("load", on_load.unchecked_ref());
}

fn register(window: &Window) {
    let navigator = window.navigator();
    let supported = window.is_secure_context()
        && Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false);
    if !supported || !navigator.on_line() {
        return;
    }
    let base = paths::base();
    let options = RegistrationOptions::new();
    options.set_scope(&format!("{base}/"));
    let promise = navigator
        .service_worker()
        .register_with_options(&format!("{base}/{SERVICE_WORKER}"), &options);
    leptos::task::spawn_local(async move {
        if let Err(error) = JsFuture::from(promise).await {
            web_sys::console::warn_2(
                &JsValue::from_str(
                    "Offline use is unavailable: the service worker did not register.",
                ),
                &error,
            );
        }
    });
}
