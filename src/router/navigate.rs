//! Changing the address from the app: a followed link, Finish, Compare.

use super::location::Location;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

impl Location {
    /// Goes to `href` (an app href from `crate::paths`, fragment and all) as a new history
    /// entry; the address already shown adds none.
    pub fn navigate(&self, href: &str) {
        let window = window();
        let (Ok(history), Ok(here)) = (window.history(), window.location().href()) else {
            return;
        };
        let Ok(there) = web_sys::Url::new_with_base(href, &here).map(|u| u.href()) else {
            return;
        };
        if there != here {
            let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&there));
        }
        self.sync();
        scroll_to_fragment();
    }
}

/// Scrolls to the element the fragment names, or else to the top, as a page load would.
fn scroll_to_fragment() {
    let hash = window().location().hash().unwrap_or_default();
    let id = hash.strip_prefix('#').unwrap_or_default();
    let id = js_sys::decode_uri(id).ok().and_then(|d| d.as_string());
    match id.and_then(|id| document().get_element_by_id(&id)) {
        Some(element) if !hash.is_empty() => element.scroll_into_view(),
        _ => window().scroll_to_with_x_and_y(0.0, 0.0),
    }
}
