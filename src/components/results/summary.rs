use super::plan::PLAN_HEADING_ID;
use super::results_view::ROLES_HEADING_ID;
use super::role_card::ReadinessBadge;
use super::salary_panel::SALARY_HEADING_ID;
use super::ResourceLink;
use crate::browser;
use crate::components::share::SHARE_HEADING_ID;
use crate::components::use_catalog;
use crate::core::results::Results;
use crate::core::review::AnswerCounts;
use crate::core::salary::role_salary;
use crate::core::verdict::{headline, Voice};
use crate::paths;
use crate::router::A;
use leptos::prelude::*;

/// The answer on the first phone screen: the verdict in the cards' words, the best
/// back-end title (or the picked target) with its match, readiness and pay, the plan's first
/// step with one resource, how complete the answers are, and a bar to jump to the rest.
#[component]
pub fn ResultsSummary(
    results: Results,
    counts: AnswerCounts,
    voice: Voice,
    /// Whether the person picked the target (else it is the best back-end match).
    picked: bool,
    /// Whether the page has a share section to jump to.
    with_share: bool,
) -> impl IntoView {
    let catalog = use_catalog();
    let verdict = headline(catalog, &results.seniority, voice);
    let own = voice == Voice::Own;
    let role = results.target_match().cloned().map(|m| {
        let title = catalog
            .role(&m.role)
            .map_or(m.role.clone(), |r| r.title.clone());
        let label = if picked {
            "The job aimed for"
        } else {
            "Best back-end match"
        };
        view! {
            <div class="summary-role">
                <p class="label">{label}</p>
                <p class="summary-title">
                    <A href=paths::role(&m.role)>{title}</A>
                </p>
                <p class="role-match">
                    <span class="match-percent">{format!("{}% match", m.percent)}</span>
                    " · "
                    <ReadinessBadge readiness=m.readiness />
                </p>
                <p class="role-salary">
                    <span class="label">"Pay: "</span>
                    {role_salary(catalog, &m.role).summary()}
                </p>
            </div>
        }
    });
    let step = results.plan.first().map(|step| {
        let name = catalog.skill_name(&step.skill).to_string();
        let resource = step
            .resources
            .first()
            .and_then(|id| catalog.resources.iter().find(|r| r.id == *id))
            .cloned()
            .map(|resource| {
                view! {
                    <p class="summary-resource">"Start with: " <ResourceLink resource /></p>
                }
            });
        view! {
            <div class="summary-step">
                <p>
                    <span class="label">"First step: "</span>
                    {format!("{name}, level {} → {}", step.from, step.to)}
                </p>
                {resource}
            </div>
        }
    });
    let grow = results.seniority.to_grow_with_skills(catalog);
    let grow_list = (!grow.is_empty()).then(|| {
        let items = grow
            .into_iter()
            .map(|skill| view! { <li>{skill}</li> })
            .collect_view();
        view! {
            <details class="grow">
                <summary>"What grows toward senior"</summary>
                <p>"Years of experience also count; this check can't measure them."</p>
                <ul class="grow-list">{items}</ul>
            </details>
        }
    });
    let total = counts.rated + counts.skipped + counts.unanswered;
    let (rated, skipped_one, skipped_many) = if own {
        ("You rated", " You skipped 1 skill", " You skipped")
    } else {
        (
            "This person rated",
            " They skipped 1 skill",
            " They skipped",
        )
    };
    let skipped = match counts.skipped {
        0 => String::new(),
        1 => format!("{skipped_one}: it counts as unknown, not as zero."),
        n => format!("{skipped_many} {n} skills: they count as unknown, not as zero."),
    };
    let answered = format!("{rated} {} of {total} skills.{skipped}", counts.rated);
    let unanswered = counts.unanswered;
    // Only the person's own result offers to go on: on a shared one, the quiz would be
    // the visitor's own.
    let unanswered = (unanswered > 0).then(|| {
        let skills = if unanswered == 1 {
            "skill is"
        } else {
            "skills are"
        };
        let text = format!("{unanswered} {skills} not answered yet, so they count as unknown. ");
        view! {
            <p class="notice">
                {text}
                {own.then(|| view! { <A href=paths::to(paths::QUIZ)>"Continue the quiz"</A> })}
            </p>
        }
    });
    let mut jumps = vec![
        ("roles", ROLES_HEADING_ID),
        ("pay", SALARY_HEADING_ID),
        ("plan", PLAN_HEADING_ID),
    ];
    if with_share {
        jumps.push(("share", SHARE_HEADING_ID));
    }
    let jumps = jumps
        .into_iter()
        .map(|(text, id)| {
            view! {
                <li>
                    <button type="button" class="jump-link" on:click=move |_| browser::jump_to(id)>
                        {text}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="results-summary" aria-labelledby="summary-heading">
            <h2 id="summary-heading">"In short"</h2>
            <p class="verdict">{verdict}</p>
            {role}
            {step}
            <p class="answer-counts">{answered}</p>
            {unanswered}
            {grow_list}
            <nav class="jump-bar" aria-label="Jump to">
                <span aria-hidden="true">"Jump to: "</span>
                <ul>{jumps}</ul>
            </nav>
        </section>
    }
}
