use crate::core::review::AnswerCounts;
use crate::core::seniority::{SeniorityVerdict, Suitability};
use crate::paths;
use leptos::prelude::*;
use leptos_router::components::A;

/// The short version: junior or senior, and how complete the answers are.
#[component]
pub fn ResultsSummary(verdict: SeniorityVerdict, counts: AnswerCounts) -> impl IntoView {
    let headline = match verdict.suitability {
        Suitability::SeniorReady => "You look ready for senior back-end roles.",
        Suitability::JuniorReady => "You look ready for junior back-end roles.",
        Suitability::NotYet => "You're not junior-ready yet, and the plan below shows the way.",
    };
    // A list, not a sentence: a long run of skill names is hard to scan.
    let grow = verdict.to_grow();
    let grow_list = (!grow.is_empty()).then(|| {
        let items = grow
            .into_iter()
            .map(|skill| view! { <li>{skill}</li> })
            .collect_view();
        view! {
            <p>
                "To grow toward senior, work on these skills (years of experience also count; "
                "this check can't measure them):"
            </p>
            <ul class="grow-list">{items}</ul>
        }
    });
    let skipped = match counts.skipped {
        0 => String::new(),
        1 => " You skipped 1 skill: it counts as unknown, not as zero.".to_string(),
        n => format!(" You skipped {n} skills: they count as unknown, not as zero."),
    };
    let answered = format!(
        "You rated {} of {} skills.{skipped}",
        counts.rated,
        counts.rated + counts.skipped + counts.unanswered
    );
    let unanswered = counts.unanswered;
    view! {
        <section class="results-summary" aria-labelledby="summary-heading">
            <h2 id="summary-heading">"In short"</h2>
            <p class="verdict">{headline}</p>
            <p>
                {format!(
                    "Junior Back End Developer match: {}%. Senior Back End Developer match: {}%.",
                    verdict.junior_percent,
                    verdict.senior_percent,
                )}
            </p>
            {grow_list}
            <p class="answer-counts">{answered}</p>
            {(unanswered > 0)
                .then(|| {
                    let skills = if unanswered == 1 { "skill is" } else { "skills are" };
                    view! {
                        <p class="notice">
                            {format!("{unanswered} {skills} not answered yet, so they count as unknown. ")}
                            <A href=paths::to(paths::QUIZ)>"Continue the quiz"</A>
                        </p>
                    }
                })}
        </section>
    }
}
