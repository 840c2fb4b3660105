use super::{direction_class, signed, CompareTable};
use crate::components::use_catalog;
use crate::core::compare::SkillRow;
use leptos::prelude::*;

/// Every skill's level for A and B side by side, with the difference (B minus A).
#[component]
pub fn CompareSkills(rows: Vec<SkillRow>) -> impl IntoView {
    let catalog = use_catalog();
    let rows = rows
        .into_iter()
        .map(|row| {
            let name = catalog.skill_name(&row.skill).to_string();
            let (text, class) = match row.difference {
                Some(d) => (signed(d), direction_class(d)),
                None => ("can't tell".into(), "diff diff-unknown"),
            };
            view! {
                <tr>
                    <th scope="row">{name}</th>
                    <td>{row.a.label()}</td>
                    <td>{row.b.label()}</td>
                    <td class=class>{text}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <p class="note">
            "Levels run from 0 (none) to 5 (expert), as trusted after the check questions. \
            A difference needs both levels: skipped or not rated means unknown."
        </p>
        <CompareTable
            class="compare-skills"
            label="Skill levels of A and B"
            caption="Each skill's level for A and B"
            first="Skill"
            difference="Difference (B − A)"
        >
            {rows}
        </CompareTable>
    }
}
