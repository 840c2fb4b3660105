use crate::core::answers::{Answers, CheckOutcome};
use crate::core::calibration::{CalibrationStatus, SkillCalibration};
use crate::core::catalog::Catalog;
use crate::core::review::answered_checks;
use leptos::prelude::*;
use std::sync::Arc;

/// What the check questions did to each rating, with each question's explanation.
#[component]
pub fn CalibrationReview(
    catalog: Arc<Catalog>,
    answers: Answers,
    calibration: Vec<SkillCalibration>,
) -> impl IntoView {
    let (checked, rest): (Vec<_>, Vec<_>) = calibration
        .into_iter()
        .partition(|c| c.right + c.wrong + c.skipped_checks > 0);
    let checked_items = checked
        .iter()
        .map(|c| {
            let questions = answered_checks(&catalog, &answers, &c.skill)
                .into_iter()
                .map(|(q, outcome)| {
                    let correct = q.choices.get(q.answer).cloned().unwrap_or_default();
                    view! {
                        <li class=format!("check {}", outcome_class(outcome))>
                            <p class="check-prompt">{q.prompt.clone()}</p>
                            <p>
                                <strong>{outcome_label(outcome)}</strong>
                                {format!(" The answer: {correct}.")}
                            </p>
                            <p class="explanation">{q.explanation.clone()}</p>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <li class=format!("calibration {}", status_class(c.status))>
                    <p class="sentence">{c.sentence.clone()}</p>
                    <ul class="checks">{questions}</ul>
                </li>
            }
        })
        .collect_view();
    let rest_count = rest.len();
    let rest_items = rest
        .into_iter()
        .map(|c| view! { <li>{c.sentence}</li> })
        .collect_view();
    let none_checked = checked.is_empty();
    view! {
        <section class="calibration-review" aria-labelledby="calibration-heading">
            <h2 id="calibration-heading">"How the check questions adjusted your ratings"</h2>
            <p>
                "A wrong answer means we only trust a rating below that question's level; "
                "right answers confirm it; skipped questions change nothing."
            </p>
            {none_checked
                .then(|| {
                    view! {
                        <p>
                            "You didn't answer any check question, so every rating counts as you gave it."
                        </p>
                    }
                })}
            <ul class="calibration-list">{checked_items}</ul>
            {(rest_count > 0)
                .then(|| {
                    view! {
                        <details>
                            <summary>
                                {format!("Skills without an answered check ({rest_count})")}
                            </summary>
                            <ul>{rest_items}</ul>
                        </details>
                    }
                })}
        </section>
    }
}

fn outcome_label(outcome: CheckOutcome) -> &'static str {
    match outcome {
        CheckOutcome::Right => "You answered this right.",
        CheckOutcome::Wrong => "You answered this wrong.",
        CheckOutcome::Skipped => "You skipped this one.",
    }
}

fn outcome_class(outcome: CheckOutcome) -> &'static str {
    match outcome {
        CheckOutcome::Right => "right",
        CheckOutcome::Wrong => "wrong",
        CheckOutcome::Skipped => "skipped",
    }
}

fn status_class(status: CalibrationStatus) -> &'static str {
    match status {
        CalibrationStatus::Lowered => "lowered",
        CalibrationStatus::Confirmed => "confirmed",
        _ => "unchanged",
    }
}
