use crate::components::use_catalog;
use crate::core::compare::{Lead, CLEAR_LEAD};
use leptos::prelude::*;

/// What one side has that the other lacks: clearly higher skills and job titles ready
/// for it only.
#[component]
pub fn CompareLeads(
    /// "A" or "B".
    side: &'static str,
    other: &'static str,
    lead: Lead,
) -> impl IntoView {
    let catalog = use_catalog();
    let empty = lead.is_empty().then(|| {
        view! {
            <p>
                {format!(
                    "Nothing stands out: no skill is {CLEAR_LEAD} or more levels higher for {side}, and no job title is ready now for {side} only."
                )}
            </p>
        }
    });
    let skills = (!lead.skills.is_empty()).then(|| {
        let items = lead
            .skills
            .iter()
            .map(|s| {
                let name = catalog.skill_name(&s.skill);
                view! { <li>{format!("{name}: {} against {}", s.higher, s.lower)}</li> }
            })
            .collect_view();
        view! {
            <p>{format!("Skills {CLEAR_LEAD} or more levels higher for {side} than for {other}:")}</p>
            <ul class="lead-skills">{items}</ul>
        }
    });
    let roles = (!lead.ready_roles.is_empty()).then(|| {
        let items = lead
            .ready_roles
            .iter()
            .map(|id| {
                let title = catalog.role(id).map_or(id.as_str(), |r| r.title.as_str());
                view! { <li>{title.to_string()}</li> }
            })
            .collect_view();
        view! {
            <p>{format!("Job titles ready now for {side}, not yet for {other}:")}</p>
            <ul class="lead-roles">{items}</ul>
        }
    });
    view! {
        <section class="compare-lead" aria-labelledby=format!("lead-{side}")>
            <h3 id=format!("lead-{side}")>{format!("What {side} has that {other} lacks")}</h3>
            {empty}
            {skills}
            {roles}
        </section>
    }
}
