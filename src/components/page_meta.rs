use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// Sets the document title and description for the current page.
#[component]
pub fn PageMeta(title: String, description: String) -> impl IntoView {
    view! {
        <Title text=format!("{title} · Back-End Skill Check") />
        <Meta name="description" content=description />
    }
}
