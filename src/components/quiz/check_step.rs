//! One check question: the prompt and its choices as a radio group. Picking a choice records
//! it at once (arrow keys between choices just change it); Next moves on. Whether it was
//! right is shown with the explanation in the results, to keep the quiz quick.

use super::announcer::STEP_HEADING_ID;
use super::inline_code::with_inline_code;
use super::keyboard::keys_help_id;
use super::state::use_quiz;
use crate::components::{use_question_texts, WithQuestionTexts};
use crate::core::answers::CheckOutcome;
use crate::core::catalog::{Question, QuestionText};
use leptos::prelude::*;

#[component]
pub fn CheckStep(question: &'static Question, skill_name: String) -> impl IntoView {
    view! {
        <h2 id=STEP_HEADING_ID tabindex="-1" class="quiz-step-heading">
            {format!("Check question: {skill_name}")}
        </h2>
        <p class="quiz-skill-summary">
            "A quick question to check your rating. Pick an answer, then Next. \
            You'll see whether it was right, and why, with your results."
        </p>
        // The words load apart (src/data/texts.rs); the quiz asks for a skill's as soon as
        // a rating brings a check of it (QuizView).
        <WithQuestionTexts questions=vec![question]>
            {move || {
                use_question_texts().of(&question.id).map(|text| view! { <Choices question=text /> })
            }}
        </WithQuestionTexts>
    }
}

/// The prompt and its choices, as a radio group.
#[component]
fn Choices(question: &'static QuestionText) -> impl IntoView {
    let state = use_quiz();
    let picked = Memo::new(move |_| state.quiz.with(|q| q.shown_choice(question)));
    let skipped = Memo::new(move |_| {
        state
            .quiz
            .with(|q| q.answers().checks.get(&question.id) == Some(&CheckOutcome::Skipped))
    });
    let choices = question
        .choices
        .iter()
        .enumerate()
        .map(|(index, text)| {
            let input_id = format!("choice-{}-{index}", question.id);
            let number = index + 1;
            view! {
                <label class="quiz-option">
                    <input
                        type="radio"
                        id=input_id
                        name=format!("choice-{}", question.id)
                        value=index.to_string()
                        prop:checked=move || picked.get() == Some(index)
                        on:change=move |_| state.choose(index)
                    />
                    <span class="quiz-option-text">
                        <span class="quiz-option-number">{format!("{number}.")}</span>
                        " "
                        <span class="quiz-option-description">{with_inline_code(text)}</span>
                    </span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="quiz-levels quiz-choices" aria-describedby=keys_help_id()>
            <legend>{with_inline_code(&question.prompt)}</legend>
            {choices}
        </fieldset>
        <Show when=move || picked.with(Option::is_some)>
            <p class="quiz-step-status">
                "Your answer is saved. Pick another one to change it."
            </p>
        </Show>
        <Show when=move || skipped.get() && picked.with(Option::is_none)>
            <p class="quiz-step-status">
                "You skipped this question: your rating stays unchecked. Pick an answer to \
                change that."
            </p>
        </Show>
    }
}
