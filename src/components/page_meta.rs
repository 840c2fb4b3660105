use crate::core::site::full_title;
use leptos::prelude::*;

/// Sets the document title and description for the current page (its words come from
/// `core::site`, which the build also writes into the page's static head). Two DOM writes, by hand:
/// leptos_meta's machinery for them cost 5.4 KB gzip of wasm (docs/performance.md).
/// The next page's `PageMeta` replaces both.
#[component]
pub fn PageMeta(title: String, description: String) -> impl IntoView {
    let document = document();
    document.set_title(&full_title(&title));
    set_meta_content(&document, "description", &description);
}

/// The `content` of `<meta name=…>` in the head, which is added when missing.
fn set_meta_content(document: &web_sys::Document, name: &str, content: &str) {
    let selector = format!("meta[name=\"{name}\"]");
    let meta = document
        .query_selector(&selector)
        .ok()
        .flatten()
        .or_else(|| {
            let meta = document.create_element("meta").ok()?;
            meta.set_attribute("name", name).ok()?;
            document.head()?.append_child(&meta).ok()?;
            Some(meta)
        });
    if let Some(meta) = meta {
        // Setting an attribute on an element of our own cannot fail.
        let _ = meta.set_attribute("content", content);
    }
}
