use super::ResourceList;
use crate::core::catalog::Catalog;
use crate::core::plan::PlanStep;
use leptos::prelude::*;
use std::sync::Arc;

/// The learning plan toward the target role: ordered steps, each a skill and the level to
/// reach, why it comes now, what it does to the target's match, and resources that teach it.
#[component]
pub fn LearningPlan(
    catalog: Arc<Catalog>,
    steps: Vec<PlanStep>,
    /// The role the plan aims at.
    target_title: Option<String>,
) -> impl IntoView {
    let target_name = target_title.unwrap_or_else(|| "your target role".into());
    let empty = steps.is_empty();
    let items = steps
        .into_iter()
        .map(|step| {
            let name = catalog
                .skill(&step.skill)
                .map_or(step.skill.clone(), |s| s.name.clone());
            let target = catalog
                .skill(&step.skill)
                .and_then(|s| s.levels.get(usize::from(step.to)))
                .cloned()
                .unwrap_or_default();
            let raises = step
                .raises
                .iter()
                .map(|g| {
                    let title = catalog
                        .role(&g.role)
                        .map_or(g.role.clone(), |r| r.title.clone());
                    view! { <li>{format!("{title}: {}% → {}%", g.before, g.after)}</li> }
                })
                .collect_view();
            let has_raises = !step.raises.is_empty();
            let has_resources = !step.resources.is_empty();
            view! {
                <li class="plan-step">
                    <h3>{format!("{name}: level {} → {}", step.from, step.to)}</h3>
                    <p class="why">{step.why}</p>
                    <p class="target">
                        <span class="label">{format!("Level {} means: ", step.to)}</span>
                        {target}
                    </p>
                    {has_raises.then(|| view! {
                        <p class="label">"Match with the job you aim for:"</p>
                        <ul class="raises">{raises}</ul>
                    })}
                    {has_resources.then(|| view! {
                        <p class="label">"Learn it with:"</p>
                        <ResourceList catalog=catalog.clone() ids=step.resources start_here=true />
                    })}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="learning-plan" aria-labelledby="plan-heading">
            <h2 id="plan-heading">"Your learning plan"</h2>
            {if empty {
                view! {
                    <p>
                        {format!(
                            "Nothing to add for {target_name}: you already meet every level it asks \
                             for among the skills you rated. Pick a more senior job above to aim higher."
                        )}
                    </p>
                }
                    .into_any()
            } else {
                view! {
                    <p>
                        {format!("The steps that raise your match with {target_name} the most, in order. ")}
                        "Links open in a new tab."
                    </p>
                    <ol class="plan">{items}</ol>
                }
                    .into_any()
            }}
        </section>
    }
}
