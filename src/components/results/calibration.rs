use crate::components::quiz::with_inline_code;
use crate::components::{use_catalog, use_question_texts, WithQuestionTexts};
use crate::core::answers::{Answers, CheckOutcome};
use crate::core::calibration::{CalibrationStatus, SkillCalibration};
use crate::core::catalog::Question;
use crate::core::review::answered_checks;
use crate::core::verdict::{in_voice, Voice};
use leptos::prelude::*;

/// What the check questions did to each rating, with each question's explanation.
#[component]
pub fn CalibrationReview(
    answers: Answers,
    calibration: Vec<SkillCalibration>,
    voice: Voice,
) -> impl IntoView {
    let own = voice == Voice::Own;
    let (checked, rest): (Vec<_>, Vec<_>) = calibration
        .into_iter()
        .partition(|c| c.right + c.wrong + c.skipped_checks > 0);
    // Only what lowered a rating stays open, with its questions: the rest is detail.
    let (lowered, kept): (Vec<_>, Vec<_>) = checked
        .into_iter()
        .partition(|c| c.status == CalibrationStatus::Lowered);
    let none_checked = lowered.is_empty() && kept.is_empty();
    // The questions' words load apart; a review with no answered check needs none.
    let checked_part = (!none_checked).then(|| {
        view! {
            <WithQuestionTexts>
                {
                    let (answers, lowered, kept) = (answers.clone(), lowered.clone(), kept.clone());
                    move || checked_lists(&answers, &lowered, &kept, voice)
                }
            </WithQuestionTexts>
        }
    });
    let rest_count = rest.len();
    let rest_items = rest
        .into_iter()
        .map(|c| view! { <li>{in_voice(&c.sentence, voice)}</li> })
        .collect_view();
    view! {
        <section class="calibration-review" aria-labelledby="calibration-heading">
            <h2 id="calibration-heading">
                {if own {
                    "How the check questions adjusted your ratings"
                } else {
                    "How the check questions adjusted the ratings"
                }}
            </h2>
            {none_checked
                .then(|| {
                    view! {
                        <p>
                            {if own {
                                "You didn't answer any check question, so every rating counts as you gave it."
                            } else {
                                "No check question was answered, so every rating counts as given."
                            }}
                        </p>
                    }
                })}
            {checked_part}
            {(rest_count > 0)
                .then(|| {
                    view! {
                        <details>
                            <summary>
                                {format!("Skills with no answered check ({rest_count})")}
                            </summary>
                            <ul>{rest_items}</ul>
                        </details>
                    }
                })}
        </section>
    }
}

/// The ratings the checks lowered, open, then those they kept, folded; each with its
/// questions, the answer and why. Needs the question texts in context.
fn checked_lists(
    answers: &Answers,
    lowered: &[SkillCalibration],
    kept: &[SkillCalibration],
    voice: Voice,
) -> impl IntoView {
    let catalog = use_catalog();
    let texts = use_question_texts();
    let own = voice == Voice::Own;
    let item = |c: &SkillCalibration| {
        // A missed question is what lowered the rating: it comes first; the others are
        // apart (adaptive checks ask up to three per skill).
        let (missed, others): (Vec<_>, Vec<_>) = answered_checks(catalog, answers, &c.skill)
            .into_iter()
            .partition(|(_, outcome)| *outcome == CheckOutcome::Wrong);
        let others_count = others.len();
        let show = |list: Vec<_>| {
            list.into_iter()
                .filter_map(|(q, outcome): (&Question, CheckOutcome)| {
                    let text = texts.of(&q.id)?;
                    let correct = text.choices.get(text.answer).cloned().unwrap_or_default();
                    Some(view! {
                        <li class=format!("check {}", outcome_class(outcome))>
                            <p class="check-prompt">{with_inline_code(&text.prompt)}</p>
                            <p>
                                <strong>{outcome_label(outcome, own)}</strong>
                                " The answer: "
                                {with_inline_code(&correct)}
                                "."
                            </p>
                            <p class="explanation">{with_inline_code(&text.explanation)}</p>
                        </li>
                    })
                })
                .collect_view()
        };
        let folded = (others_count > 0 && !missed.is_empty()).then(|| {
            let label = match others_count {
                1 => "The other question".to_string(),
                n => format!("The other {n} questions"),
            };
            view! {
                <details class="other-checks">
                    <summary>{label}</summary>
                    <ul class="checks">{show(others.clone())}</ul>
                </details>
            }
        });
        let open_label = match missed.len() {
            0 => "The question and why",
            1 => "The question missed, its answer and why",
            _ => "The questions missed, their answers and why",
        };
        let open = if missed.is_empty() {
            show(others)
        } else {
            show(missed)
        };
        view! {
            <li class=format!("calibration {}", status_class(c.status))>
                <p class="sentence">{with_inline_code(&in_voice(&c.sentence, voice))}</p>
                // One tap away, so the review stays short on a phone: the sentence above
                // already says what each question did.
                <details class="missed-checks">
                    <summary>{open_label}</summary>
                    <ul class="checks">{open}</ul>
                </details>
                {folded}
            </li>
        }
    };
    let lowered_items = lowered.iter().map(|c| item(c)).collect_view();
    let kept_count = kept.len();
    let kept_items = kept.iter().map(|c| item(c)).collect_view();
    let kept_part = (kept_count > 0).then(|| {
        let label = match kept_count {
            1 => "1 rating the checks kept".to_string(),
            n => format!("{n} ratings the checks kept"),
        };
        view! {
            <details class="kept-checks">
                <summary>{label}</summary>
                <ul class="calibration-list">{kept_items}</ul>
            </details>
        }
    });
    view! {
        <ul class="calibration-list">{lowered_items}</ul>
        {kept_part}
    }
}

fn outcome_label(outcome: CheckOutcome, own: bool) -> &'static str {
    match (outcome, own) {
        (CheckOutcome::Right, true) => "You answered this right.",
        (CheckOutcome::Wrong, true) => "You answered this wrong.",
        (CheckOutcome::Skipped, true) => "You skipped this one.",
        (CheckOutcome::Right, false) => "Answered right.",
        (CheckOutcome::Wrong, false) => "Answered wrong.",
        (CheckOutcome::Skipped, false) => "Skipped.",
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
