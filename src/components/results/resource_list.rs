use super::ResourceLink;
use crate::components::use_catalog;
use leptos::prelude::*;

/// A list of learning resources by id (unknown ids are left out).
#[component]
pub fn ResourceList(ids: Vec<String>) -> impl IntoView {
    let catalog = use_catalog();
    let items = ids
        .iter()
        .filter_map(|id| catalog.resource(id))
        .map(|r| view! { <li><ResourceLink resource=r.clone() /></li> })
        .collect_view();
    view! { <ul class="resource-list">{items}</ul> }
}
