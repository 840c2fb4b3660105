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
    let catalog = use_catalog();
    let own = voice == Voice::Own;
    let (checked, rest): (Vec<_>, Vec<_>) = calibration
        .into_iter()
        .partition(|c| c.right + c.wrong + c.skipped_checks > 0);
    // Only what lowered a rating stays open, with its questions: the rest is detail.
    let (lowered, kept): (Vec<_>, Vec<_>) = checked
        .iter()
        .partition(|c| c.status == CalibrationStatus::Lowered);
    let item = |c: &SkillCalibration| {
        // A missed question is what lowered the rating: it comes first; the others are
        // apart (adaptive checks ask up to three per skill).
        let (missed, others): (Vec<_>, Vec<_>) = answered_checks(catalog, &answers, &c.skill)
            .into_iter()
            .partition(|(_, outcome)| *outcome == CheckOutcome::Wrong);
        let others_count = others.len();
        let folded = (others_count > 0 && !missed.is_empty()).then(|| {
            let label = match others_count {
                1 => "The other question".to_string(),
                n => format!("The other {n} questions"),
            };
            view! { <FoldedChecks class="other-checks" label list=others.clone() own /> }
        });
        let open_label = match missed.len() {
            0 => "The question and why",
            1 => "The question missed, its answer and why",
            _ => "The questions missed, their answers and why",
        };
        let list = if missed.is_empty() { others } else { missed };
        view! {
            <li class=format!("calibration {}", status_class(c.status))>
                <p class="sentence">{with_inline_code(&in_voice(&c.sentence, voice))}</p>
                // One tap away, so the review stays short on a phone: the sentence above
                // already says what each question did.
                <FoldedChecks class="missed-checks" label=open_label.to_string() list own />
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
    let rest_count = rest.len();
    let rest_items = rest
        .into_iter()
        .map(|c| view! { <li>{in_voice(&c.sentence, voice)}</li> })
        .collect_view();
    let none_checked = kept_count == 0 && lowered.is_empty();
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
            <ul class="calibration-list">{lowered_items}</ul>
            {kept_part}
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

/// A folded list of check questions. Their words load apart, by skill, when it first opens
/// (src/data/texts.rs): the sentence above it needs none, and a visitor who opens no list
/// (most of a shared result's) downloads none of them.
#[component]
fn FoldedChecks(
    class: &'static str,
    label: String,
    list: Vec<(&'static Question, CheckOutcome)>,
    own: bool,
) -> impl IntoView {
    // Every list starts folded, so its first toggle opens it; closing it again keeps what
    // was built.
    let opened = RwSignal::new(false);
    let questions: Vec<_> = list.iter().map(|&(q, _)| q).collect();
    let list = StoredValue::new(list);
    view! {
        <details
            class=class
            on:toggle=move |_| {
                if !opened.get_untracked() {
                    opened.set(true);
                }
            }
        >
            <summary>{label}</summary>
            {move || {
                opened
                    .get()
                    .then(|| {
                        view! {
                            <WithQuestionTexts questions=questions.clone()>
                                <ul class="checks">{list.with_value(|list| checks(list, own))}</ul>
                            </WithQuestionTexts>
                        }
                    })
            }}
        </details>
    }
}

/// Each question with how it was answered, the right answer and why. Below
/// [`WithQuestionTexts`].
fn checks(list: &[(&'static Question, CheckOutcome)], own: bool) -> impl IntoView {
    let texts = use_question_texts();
    list.iter()
        .filter_map(|&(q, outcome)| {
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
