use super::{direction_class, signed, CompareTable};
use crate::components::use_catalog;
use crate::core::compare::{RoleRow, RoleSide};
use crate::core::results::TOP_ROLES;
use crate::core::scoring::Confidence;
use crate::paths;
use crate::router::A;
use leptos::prelude::*;

/// The back-end job titles in either side's top list, with each side's match, place
/// among its back-end titles and readiness, and the change in match (B minus A, in
/// percentage points).
#[component]
pub fn CompareRoles(rows: Vec<RoleRow>) -> impl IntoView {
    let catalog = use_catalog();
    let rows = rows
        .into_iter()
        .map(|row| {
            let title = catalog
                .role(&row.role)
                .map_or_else(|| row.role.clone(), |r| r.title.clone());
            let change = if row.difference == 0 {
                "same".to_string()
            } else {
                format!("{} points", signed(row.difference))
            };
            view! {
                <tr>
                    <th scope="row">
                        <A href=paths::role(&row.role)>{title}</A>
                    </th>
                    <td>{side_cell(row.a)}</td>
                    <td>{side_cell(row.b)}</td>
                    <td class=direction_class(row.difference)>{change}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <p class="note">
            {format!(
                "The back-end job titles in A's or B's top {TOP_ROLES}, with each side's match, readiness and place among its own back-end titles (#1 is its best back-end match)."
            )}
        </p>
        <CompareTable
            class="compare-roles"
            label="Job title matches of A and B"
            caption="Match of each job title for A and B"
            first="Job title"
            difference="Change in match (B − A)"
        >
            {rows}
        </CompareTable>
    }
}

fn side_cell(side: RoleSide) -> impl IntoView {
    let low = (side.confidence == Confidence::Low).then_some(", few skills known");
    view! {
        <span class="compare-match">{format!("{}%", side.percent)}</span>
        <span class="role-meta">{format!(" {}, #{}", side.readiness.label(), side.rank)}{low}</span>
    }
}
