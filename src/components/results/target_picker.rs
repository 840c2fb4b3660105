//! "The job you aim for" ("The job aimed for" on a shared result): picks the role the chart, the gaps and the learning plan follow.
//! Back-end titles first (the default is the best back-end match), then related careers.

use crate::components::use_catalog;
use crate::core::catalog::RoleFamily;
use crate::core::verdict::Voice;
use leptos::prelude::*;

#[component]
pub fn TargetPicker(
    target: RwSignal<Option<String>>,
    /// The role the page follows now.
    current: String,
    voice: Voice,
) -> impl IntoView {
    let label = match voice {
        Voice::Own => "The job you aim for: ",
        Voice::Shared => "The job aimed for: ",
    };
    let catalog = use_catalog();
    let group = |family: RoleFamily, label: &'static str| {
        let options = catalog
            .roles
            .iter()
            .filter(|r| r.family == family)
            .map(|r| {
                let selected = r.id == current;
                view! { <option value=r.id.clone() selected=selected>{r.title.clone()}</option> }
            })
            .collect_view();
        view! { <optgroup label=label>{options}</optgroup> }
    };
    view! {
        <p class="target-picker">
            <label for="target-role">{label}</label>
            <select
                id="target-role"
                on:change=move |e| target.set(Some(event_target_value(&e)))
            >
                {group(RoleFamily::BackEnd, "Back-end job titles")}
                {group(RoleFamily::Related, "Where you could go next")}
            </select>
            " The chart and the learning plan follow it."
        </p>
    }
}
