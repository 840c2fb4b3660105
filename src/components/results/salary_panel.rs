use super::{CityPicker, ExternalLink, RoleSalaryDetails, SalaryChart};
use crate::core::catalog::Catalog;
use leptos::prelude::*;
use std::sync::Arc;

/// What the shown roles pay: each role's figures with sources, the Back End Developer
/// figure by city, the seed's comparison chart, and the sources with their dates.
#[component]
pub fn SalaryPanel(
    catalog: Arc<Catalog>,
    /// Role ids shown on the page (the top roles), best first.
    roles: Vec<String>,
    city_id: RwSignal<Option<String>>,
) -> impl IntoView {
    let role_rows = roles
        .iter()
        .map(|id| {
            let title = catalog.role(id).map_or(id.clone(), |r| r.title.clone());
            view! {
                <li>
                    <h4>{title}</h4>
                    <RoleSalaryDetails catalog=catalog.clone() role=id.clone() />
                </li>
            }
        })
        .collect_view();
    let sources = catalog
        .salaries
        .sources
        .iter()
        .map(|s| {
            view! {
                <li>
                    <ExternalLink href=s.url.clone() text=s.name.clone() />
                    {format!(": {}", s.as_of)}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="salary-panel" aria-labelledby="salary-heading">
            <h2 id="salary-heading">"What these jobs pay"</h2>
            <p>
                "US yearly averages as the sources publish them. Where the sources disagree, "
                "the range across them is shown."
            </p>
            <h3>"Your top roles"</h3>
            <ul class="salary-roles">{role_rows}</ul>
            <h3>"By city"</h3>
            <CityPicker catalog=catalog.clone() city_id />
            <h3>"Compared with Back End Developer"</h3>
            <SalaryChart catalog=catalog.clone() highlight=roles.clone() />
            <h3>"Sources and dates"</h3>
            <ul class="sources">{sources}</ul>
            <p class="note">
                "Figures last checked " {catalog.meta.as_of.clone()}
                ". Pay varies with experience, employer and city, so treat them as rough guides."
            </p>
        </section>
    }
}
