use super::{ResourceLink, ResourceList};
use crate::components::use_catalog;
use crate::core::plan::PlanStep;
use crate::core::verdict::Voice;
use leptos::prelude::*;

/// The plan's heading, which the summary's jump bar leads to.
pub const PLAN_HEADING_ID: &str = "plan-heading";

/// Plan steps shown before the "next steps" disclosure.
const SHOWN_STEPS: usize = 3;

/// The learning plan toward the target role: ordered steps, each a skill and the level to
/// reach, why it comes now, what it does to the target's match, and resources that teach it.
#[component]
pub fn LearningPlan(
    steps: Vec<PlanStep>,
    /// The role the plan aims at.
    target_title: Option<String>,
    /// Whether a more senior back-end title than the target exists to aim at next.
    #[prop(default = true)]
    aim_higher: bool,
    #[prop(default = Voice::Own)] voice: Voice,
) -> impl IntoView {
    let catalog = use_catalog();
    let target_name = target_title.unwrap_or_else(|| "the target role".into());
    let empty = steps.is_empty();
    let later_count = steps.len().saturating_sub(SHOWN_STEPS);
    let items: Vec<_> = steps
        .into_iter()
        .map(|step| {
            let name = catalog.skill_name(&step.skill).to_string();
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
            // The first resource shows; the level's meaning, the match gain and the other
            // resources are one tap away, so a long plan stays short on a phone.
            let mut resources = step.resources;
            let more: Vec<String> = resources.split_off(resources.len().min(1));
            let first = resources.first().and_then(|id| catalog.resource(id)).cloned();
            let has_more = !more.is_empty();
            view! {
                <li class="plan-step">
                    <h3>{format!("{name}: level {} → {}", step.from, step.to)}</h3>
                    <p class="why">{step.why}</p>
                    {first.map(|resource| view! {
                        <p class="start-with">
                            <span class="label">"Start with: "</span>
                            <ResourceLink resource />
                        </p>
                    })}
                    <details class="step-detail">
                        <summary>{format!("What level {} means{}", step.to, if has_more { ", and more resources" } else { "" })}</summary>
                        <p class="target">
                            <span class="label">{format!("Level {} means: ", step.to)}</span>
                            {target}
                        </p>
                        {has_raises.then(|| view! {
                            <p class="label">"Match with the job aimed for:"</p>
                            <ul class="raises">{raises}</ul>
                        })}
                        {has_more.then(|| view! {
                            <p class="label">"Also good for it:"</p>
                            <ResourceList ids=more />
                        })}
                    </details>
                </li>
            }
        })
        .collect();
    // The first steps show; the later ones are one tap away, so a long plan stays short.
    let mut items = items;
    let later = items.split_off(items.len().min(SHOWN_STEPS));
    let later = (later_count > 0).then(|| {
        let steps = if later_count == 1 { "step" } else { "steps" };
        view! {
            <details class="later-steps">
                <summary>{format!("The next {later_count} {steps}")}</summary>
                <ol class="plan" start=SHOWN_STEPS + 1>{later}</ol>
            </details>
        }
    });
    view! {
        <section class="learning-plan" aria-labelledby=PLAN_HEADING_ID>
            <h2 id=PLAN_HEADING_ID>
                {match voice {
                    Voice::Own => "Your learning plan",
                    Voice::Shared => "The learning plan",
                }}
            </h2>
            {if empty {
                view! {
                    <p>
                        {format!(
                            "Nothing to add for {target_name}: you already meet every level it asks \
                             for among the skills you rated. "
                        )}
                        {if aim_higher {
                            "Pick a more senior job above to aim higher."
                        } else {
                            "It is the most senior title here; the related careers above are where \
                             to go next."
                        }}
                    </p>
                }
                    .into_any()
            } else {
                view! {
                    <p>
                        {format!("In order: each step raises the match with {target_name} the most from where the steps before it end, and a skill that another builds on comes before it. ")}
                        "Links open in a new tab."
                    </p>
                    <ol class="plan">{items}</ol>
                    {later}
                }
                    .into_any()
            }}
        </section>
    }
}
