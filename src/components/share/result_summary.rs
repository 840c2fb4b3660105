use crate::components::use_catalog;
use crate::core::answers::Answers;
use crate::core::catalog::{Catalog, RoleFamily};
use crate::core::compare::SideLevel;
use crate::core::results::{results, TOP_ROLES};
use crate::core::scoring::{Confidence, RoleMatch};
use crate::paths;
use crate::router::A;
use leptos::prelude::*;

/// A compact result: the best-matching job titles with their matches, and every skill's
/// trusted level. Used where one result stands alone (a compare side whose partner link
/// is broken).
#[component]
pub fn ResultSummary(
    answers: Answers,
    /// Whether the summary sits under an h2 (its own headings are then h3).
    #[prop(default = false)]
    nested: bool,
) -> impl IntoView {
    let catalog = use_catalog();
    let result = results(catalog, &answers);
    let roles = result
        .of_family(catalog, RoleFamily::BackEnd)
        .take(TOP_ROLES)
        .map(|m| role_item(catalog, m))
        .collect_view();
    let skills = result
        .calibration
        .iter()
        .map(|c| {
            let name = catalog.skill(&c.skill).map(|s| s.name.clone());
            view! {
                <tr>
                    <th scope="row">{name}</th>
                    <td>{SideLevel::of(c).label()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="result-summary">
            {heading(nested, "Best-matching job titles")}
            <ol class="summary-roles">{roles}</ol>
            {heading(nested, "Skill levels")}
            <table class="summary-skills">
                <caption class="visually-hidden">"Trusted level of every skill"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Skill"</th>
                        <th scope="col">"Level (0–5)"</th>
                    </tr>
                </thead>
                <tbody>{skills}</tbody>
            </table>
        </section>
    }
}

fn heading(nested: bool, text: &'static str) -> AnyView {
    if nested {
        view! { <h3>{text}</h3> }.into_any()
    } else {
        view! { <h2>{text}</h2> }.into_any()
    }
}

fn role_item(catalog: &Catalog, m: &RoleMatch) -> impl IntoView {
    let title = catalog
        .role(&m.role)
        .map_or_else(|| m.role.clone(), |r| r.title.clone());
    let low = (m.confidence == Confidence::Low).then_some(" (few skills known)");
    view! {
        <li>
            <A href=paths::role(&m.role) attr:class="summary-role">{title}</A>
            ": "
            <span class="summary-match">{format!("{}% match", m.percent)}</span>
            {format!(", {}", m.readiness.label())}
            {low}
        </li>
    }
}
