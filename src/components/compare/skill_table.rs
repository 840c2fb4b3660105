use super::{direction_class, signed, CompareTable};
use crate::core::catalog::Catalog;
use crate::core::compare::SkillRow;
use leptos::prelude::*;

/// Every skill's level for A and B side by side, with the difference (B minus A).
#[component]
pub fn CompareSkills(catalog: std::sync::Arc<Catalog>, rows: Vec<SkillRow>) -> impl IntoView {
    let rows = rows
        .into_iter()
        .map(|row| {
            let name = catalog
                .skill(&row.skill)
                .map_or_else(|| row.skill.clone(), |s| s.name.clone());
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
            "Levels run from 0 (none) to 5 (expert), as trusted after the check questions. "
            "A difference needs both levels: skipped or not rated means unknown."
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
