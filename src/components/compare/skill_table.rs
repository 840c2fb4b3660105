use super::{direction_class, signed};
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
        // Focusable, so keyboard users can scroll it on a narrow screen.
        <div class="table-scroll" tabindex="0" role="region" aria-label="Skill levels of A and B">
            <table class="compare-skills">
                <caption class="visually-hidden">"Each skill's level for A and B"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Skill"</th>
                        <th scope="col">"A"</th>
                        <th scope="col">"B"</th>
                        <th scope="col">"Difference (B − A)"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
