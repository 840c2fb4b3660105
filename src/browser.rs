//! The browser APIs behind sharing and the answers file: the Web Share API, the
//! clipboard, downloading a file and reading a chosen one. Each feature is looked up on
//! `navigator` before use, because calling a missing one would throw.

use js_sys::{Array, Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, File, HtmlAnchorElement, Navigator, ShareData, Url};

/// How a "Share result" press ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShareOutcome {
    /// The system share sheet took the link.
    Shared,
    /// The person closed the share sheet: nothing to say.
    Cancelled,
    /// No share sheet here, so the link went to the clipboard.
    Copied,
    /// Neither worked (old browser, or permission refused).
    Failed,
}

fn navigator() -> Option<Navigator> {
    web_sys::window().map(|w| w.navigator())
}

/// Whether `navigator` has a property `name` that isn't undefined (functions included).
fn navigator_has(navigator: &Navigator, name: &str) -> bool {
    Reflect::get(navigator, &JsValue::from_str(name)).is_ok_and(|v| !v.is_undefined())
}

fn has_method(navigator: &Navigator, name: &str) -> bool {
    Reflect::get(navigator, &JsValue::from_str(name)).is_ok_and(|v| v.is_instance_of::<Function>())
}

/// Opens the system share sheet where the browser has one, else copies the link.
pub async fn share_or_copy(title: &str, link: &str) -> ShareOutcome {
    let Some(navigator) = navigator() else {
        return ShareOutcome::Failed;
    };
    if has_method(&navigator, "share") {
        let data = ShareData::new();
        data.set_title(title);
        data.set_url(link);
        match JsFuture::from(navigator.share_with_data(&data)).await {
            Ok(_) => return ShareOutcome::Shared,
            Err(e) if error_name(&e) == "AbortError" => return ShareOutcome::Cancelled,
            // Refused (e.g. not allowed here): the clipboard may still work.
            Err(_) => {}
        }
    }
    copy(link).await
}

/// Copies text to the clipboard.
pub async fn copy(text: &str) -> ShareOutcome {
    let Some(navigator) = navigator() else {
        return ShareOutcome::Failed;
    };
    // The clipboard exists only on secure (https or local) pages.
    if !navigator_has(&navigator, "clipboard") {
        return ShareOutcome::Failed;
    }
    match JsFuture::from(navigator.clipboard().write_text(text)).await {
        Ok(_) => ShareOutcome::Copied,
        Err(_) => ShareOutcome::Failed,
    }
}

fn error_name(error: &JsValue) -> String {
    Reflect::get(error, &JsValue::from_str("name"))
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default()
}

/// Offers `text` as a file download named `file_name`. Returns false when the browser
/// refused.
pub fn download(file_name: &str, media_type: &str, text: &str) -> bool {
    try_download(file_name, media_type, text).is_ok()
}

fn try_download(file_name: &str, media_type: &str, text: &str) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(JsValue::NULL)?;
    let options = BlobPropertyBag::new();
    options.set_type(media_type);
    let parts = Array::of1(&JsValue::from_str(text));
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = Url::create_object_url_with_blob(&blob)?;
    let link: HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(file_name);
    let body = document.body().ok_or(JsValue::NULL)?;
    body.append_child(&link)?;
    link.click();
    link.remove();
    // Some browsers start the download after this call returns: free the URL later.
    leptos::prelude::set_timeout(
        move || {
            let _ = Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(10),
    );
    Ok(())
}

/// The text of a chosen file, or `None` when it can't be read.
pub async fn file_text(file: &File) -> Option<String> {
    JsFuture::from(file.text()).await.ok()?.as_string()
}

/// Reloads the page (to get a newer version of the app, when one saved the answers).
pub fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

/// Scrolls to the element with this id and moves focus to it (a heading gets a
/// `tabindex="-1"` for that), so keyboard and screen-reader users land where they jumped.
/// A button, not a `#fragment` link: on `/results` the fragment holds a shared result.
pub fn jump_to(id: &str) {
    let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    else {
        return;
    };
    let _ = element.set_attribute("tabindex", "-1");
    element.scroll_into_view();
    if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
        let _ = element.focus();
    }
}
