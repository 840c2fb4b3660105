use crate::components::use_catalog;
use crate::core::levels::level_name;
use crate::core::strengths::TopSkill;
use crate::core::verdict::Voice;
use leptos::prelude::*;

/// The person's strongest skills at the level the checks trust.
#[component]
pub fn StrongestSkills(
    top: Vec<TopSkill>,
    #[prop(default = Voice::Own)] voice: Voice,
) -> impl IntoView {
    let catalog = use_catalog();
    let items = top
        .iter()
        .map(|t| {
            let name = catalog.skill_name(&t.skill).to_string();
            view! {
                <li>
                    <span class="skill-name">{name}</span>
                    " "
                    <span class="level">{format!("level {} of 5, {}", t.level, level_name(t.level))}</span>
                </li>
            }
        })
        .collect_view();
    let empty = top.is_empty();
    let items_count = top.len();
    view! {
        <section class="strongest" aria-labelledby="strongest-heading">
            <h2 id="strongest-heading">
                {match voice {
                    Voice::Own => "Your strongest skills",
                    Voice::Shared => "The strongest skills",
                }}
            </h2>
            {if empty {
                view! {
                    <p>"None yet: every skill you rated is at level 0 or unknown. Everyone starts somewhere — the learning plan below shows where."</p>
                }
                    .into_any()
            } else {
                // Detail on a phone: the summary card already leads with the answer.
                let count = format!("Show the {} strongest", items_count);
                view! {
                    <details class="top-skills-detail">
                        <summary>{count}</summary>
                        <ol class="top-skills">{items}</ol>
                    </details>
                }
                .into_any()
            }}
        </section>
    }
}
