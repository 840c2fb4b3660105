use crate::core::site::full_title;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// Sets the document title and description for the current page (its words come from
/// `core::site`, which the build also writes into the page's static head).
#[component]
pub fn PageMeta(title: String, description: String) -> impl IntoView {
    // The static head's description (`data-static`, written by the build) gives way to this one.
    if let Some(el) = document()
        .query_selector("meta[name=description][data-static]")
        .ok()
        .flatten()
    {
        el.remove();
    }
    view! {
        <Title text=full_title(&title) />
        <Meta name="description" content=description />
    }
}
