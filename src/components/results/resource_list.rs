use super::ResourceLink;
use crate::components::use_catalog;
use leptos::prelude::*;

/// A list of learning resources by id (unknown ids are left out). With `start_here`, the
/// first is marked as the one to begin with (the learning plan's steps).
#[component]
pub fn ResourceList(ids: Vec<String>, #[prop(optional)] start_here: bool) -> impl IntoView {
    let catalog = use_catalog();
    let items = ids
        .iter()
        .filter_map(|id| catalog.resource(id))
        .enumerate()
        .map(|(i, r)| {
            let first = start_here && i == 0;
            view! {
                <li class:start-here=first>
                    {first.then(|| view! { <span class="start-label">"Start here: "</span> })}
                    <ResourceLink resource=r.clone() />
                </li>
            }
        })
        .collect_view();
    view! { <ul class="resource-list">{items}</ul> }
}
