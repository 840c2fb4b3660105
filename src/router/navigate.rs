//! Changing the address from the app: a followed link, Finish, Compare.

use super::location::Location;
use crate::first_paint::next_frame;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// How many frames a page rebuilt by Back may take to grow tall enough (about a second).
const FRAMES_TO_RESTORE: u32 = 60;

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
            remember_scroll(&history);
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

/// Keeps the page's scroll position in its history entry as the page is left by a link,
/// so that Back can return there.
fn remember_scroll(history: &web_sys::History) {
    let y = window().scroll_y().unwrap_or_default();
    let _ = history.replace_state(&JsValue::from_f64(y), "");
}

/// After Back (or Forward) to a page left by a link: scrolls to where it was left, once
/// the rebuilt page is tall enough. The browser's own restoring runs before the app has
/// rebuilt the page, so it falls short. Gives up if the address changes meanwhile.
pub(super) async fn restore_scroll(location: Location, y: f64) {
    let path = location.pathname.get_untracked();
    for frame in 1..=FRAMES_TO_RESTORE {
        next_frame().await;
        if location.pathname.try_get_untracked().as_ref() != Some(&path) {
            return;
        }
        let Some(root) = document().document_element() else {
            return;
        };
        let room = f64::from(root.scroll_height() - root.client_height());
        if room >= y || frame == FRAMES_TO_RESTORE {
            window().scroll_to_with_x_and_y(0.0, y);
            return;
        }
    }
}
