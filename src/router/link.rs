//! Links: the `<A>` component, and following clicks on any link to an app page.

use super::Location;
use crate::core::site::routes::{link_is_current, under_base};
use crate::paths;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlAnchorElement, MouseEvent};

/// A link to an app page (`href` from `crate::paths`): a plain `<a>`, marked
/// `aria-current="page"` on its page and (unless `exact`) on the pages below it, as
/// `/roles` on `/roles/sql-developer`. Attributes and handlers given with `attr:` and `on:`
/// land on the `<a>`.
#[component]
pub fn A(
    #[prop(into)] href: String,
    #[prop(optional)] exact: bool,
    children: Children,
) -> impl IntoView {
    let pathname = super::use_location().pathname;
    let base = paths::base();
    let link = under_base(&href, &base).map(str::to_string);
    let current = move || {
        let link = link.as_deref()?;
        let here = pathname.read();
        let here = under_base(&here, &base)?;
        link_is_current(link, here, exact).then_some("page")
    };
    view! {
        <a href=href aria-current=current>
            {children()}
        </a>
    }
}

/// Follows a click on a link to an app page in the app instead of loading the page; the
/// browser keeps every other click (see the module notes in `router/mod.rs`).
pub(super) fn follow(event: &MouseEvent, location: Location) {
    let modified = event.meta_key() || event.alt_key() || event.ctrl_key() || event.shift_key();
    if event.default_prevented() || event.button() != 0 || modified {
        return;
    }
    let Some(link) = clicked_link(event) else {
        return;
    };
    let external = link.rel().split_ascii_whitespace().any(|r| r == "external");
    if !link.target().is_empty() || link.has_attribute("download") || external {
        return;
    }
    let Ok(url) = web_sys::Url::new(&link.href()) else {
        return;
    };
    let same_origin = window()
        .location()
        .origin()
        .is_ok_and(|o| o == url.origin());
    if !same_origin || under_base(&url.pathname(), &paths::base()).is_none() {
        return;
    }
    event.prevent_default();
    location.navigate(&url.href());
}

/// The `<a href>` the click landed in, if any.
fn clicked_link(event: &MouseEvent) -> Option<HtmlAnchorElement> {
    let target: web_sys::Element = event.target()?.dyn_into().ok()?;
    target.closest("a[href]").ok()??.dyn_into().ok()
}
