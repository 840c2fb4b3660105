use super::{CityPicker, ExternalLink, RoleSalaryDetails, SalaryChart};
use crate::components::use_catalog;
use crate::core::salary::{panel_note, role_salary, source_groups, PANEL_INTRO};
use leptos::prelude::*;

/// The pay section's heading, which the summary's jump bar leads to.
pub const SALARY_HEADING_ID: &str = "salary-heading";

/// What the shown roles pay: each role's figures with sources, the Back End Developer
/// figure by city, the seed's comparison chart, then the sources with what is known of
/// their dates and a closing note, each said once for the whole panel.
#[component]
pub fn SalaryPanel(
    /// Role ids shown on the page (the top roles), best first.
    roles: Vec<String>,
    city_id: RwSignal<Option<String>>,
) -> impl IntoView {
    let catalog = use_catalog();
    let role_rows = roles
        .iter()
        .map(|id| {
            let title = catalog.role(id).map_or(id.clone(), |r| r.title.clone());
            view! {
                <li>
                    <h3>{title}</h3>
                    <RoleSalaryDetails role=id.clone() with_notes=false />
                </li>
            }
        })
        .collect_view();
    let shown: Vec<_> = roles.iter().map(|id| role_salary(catalog, id)).collect();
    // One line for every source, at the end: the figures above name theirs.
    let groups = source_groups(catalog);
    let group_count = groups.len();
    let sources = groups
        .into_iter()
        .enumerate()
        .map(|(g, group)| {
            let count = group.sources.len();
            let links = group
                .sources
                .into_iter()
                .enumerate()
                .map(|(i, s)| {
                    let joiner = match count - i {
                        1 => "",
                        2 => " and ",
                        _ => ", ",
                    };
                    view! {
                        <ExternalLink href=s.url text=s.name />
                        {joiner}
                    }
                })
                .collect_view();
            let end = if g + 1 == group_count { "." } else { "; " };
            view! {
                {links}
                {format!(": {}{end}", group.as_of)}
            }
        })
        .collect_view();
    view! {
        <section class="salary-panel" aria-labelledby=SALARY_HEADING_ID>
            <h2 id=SALARY_HEADING_ID>"What these jobs pay"</h2>
            <CityPicker city_id />
            <details class="salary-detail salary-roles-detail">
                <summary>"Pay for each of the top roles"</summary>
                <ul class="salary-roles">{role_rows}</ul>
            </details>
            <details class="salary-detail">
                <summary>"Compared with Back End Developer"</summary>
                <SalaryChart highlight=roles.clone() />
            </details>
            <p class="note sources"><span class="label">"Sources: "</span>{sources}</p>
            <details class="salary-detail">
                <summary>"About these figures"</summary>
                <p class="note">{PANEL_INTRO}</p>
                <p class="note">{panel_note(&shown)}</p>
            </details>
        </section>
    }
}
