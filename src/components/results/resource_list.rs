use super::ResourceLink;
use crate::core::catalog::Catalog;
use leptos::prelude::*;

/// A list of learning resources by id (unknown ids are left out).
#[component]
pub fn ResourceList(catalog: std::sync::Arc<Catalog>, ids: Vec<String>) -> impl IntoView {
    let items = ids
        .iter()
        .filter_map(|id| catalog.resource(id))
        .map(|r| view! { <li><ResourceLink resource=r.clone() /></li> })
        .collect_view();
    view! { <ul class="resource-list">{items}</ul> }
}
