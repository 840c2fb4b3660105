//! Finish: always available. With unanswered skills or check questions it first says how
//! many, in the page, and offers to go to them or to see the results anyway (no dead end).

use super::announcer::{focus_by_id, focus_step_heading};
use super::state::use_quiz;
use crate::core::quiz::unanswered_sentence;
use crate::paths;
use crate::router::use_location;
use leptos::prelude::*;

const PANEL_HEADING_ID: &str = "quiz-finish-heading";
/// The Finish button, where Enter and → lead at the last step (keyboard.rs).
pub const FINISH_ID: &str = "quiz-finish";

/// Marks the quiz finished, saves, and opens the results page.
fn use_show_results() -> impl Fn() + Clone {
    let state = use_quiz();
    let location = use_location();
    move || {
        state.finish();
        location.navigate(&paths::to(paths::RESULTS));
    }
}

/// What is still unanswered: the names of the skills, and the check questions by the
/// name of the skill each checks.
#[derive(Clone, PartialEq)]
struct Unanswered {
    skills: Vec<String>,
    checks: Vec<String>,
}

fn use_unanswered() -> Memo<Unanswered> {
    let state = use_quiz();
    Memo::new(move |_| {
        state.with(|q, c| Unanswered {
            skills: q.unanswered(c).iter().map(|s| s.name.clone()).collect(),
            checks: q
                .unanswered_checks(c)
                .iter()
                .map(|question| c.skill_name(&question.skill).to_string())
                .collect(),
        })
    })
}

#[component]
pub fn FinishButton(
    /// Whether the panel about unanswered skills is open.
    confirming: RwSignal<bool>,
    /// At the last step Finish is the main button.
    last_step: Signal<bool>,
) -> impl IntoView {
    let state = use_quiz();
    let show_results = use_show_results();
    let on_finish = move |_| {
        let all_answered = state.with(|q, c| q.first_unanswered(c).is_none());
        if all_answered {
            show_results();
        } else {
            confirming.set(true);
            focus_by_id(PANEL_HEADING_ID);
        }
    };
    view! {
        <button
            type="button"
            id=FINISH_ID
            class="button quiz-finish"
            class:button-primary=move || last_step.get()
            on:click=on_finish
        >
            // On a phone only "Finish" shows (the row has four buttons); the name stays whole.
            "Finish"
            <span class="quiz-finish-more">" and see results"</span>
        </button>
    }
}

#[component]
pub fn FinishPanel(confirming: RwSignal<bool>) -> impl IntoView {
    let state = use_quiz();
    // A new step makes the panel's count stale: close it.
    Effect::new(move |_| {
        state.current.track();
        confirming.set(false);
    });
    let unanswered = use_unanswered();
    let show_results = use_show_results();
    let first_unanswered = move |_| {
        if let Some(step) = state.with(|q, c| q.first_unanswered(c)) {
            state.jump(step);
            // It may be the step on screen (no step change moves focus), and this button
            // goes with the panel: focus the step's heading, never the page's body.
            focus_step_heading();
        }
    };
    view! {
        <Show when=move || confirming.get()>
            <section
                class="notice quiz-finish-panel"
                aria-labelledby=PANEL_HEADING_ID
                data-quiz-panel
            >
                <h2 id=PANEL_HEADING_ID tabindex="-1">
                    {move || unanswered.with(|u| unanswered_sentence(u.skills.len(), u.checks.len()))}
                </h2>
                <Show when=move || unanswered.with(|u| !u.skills.is_empty())>
                    <p>
                        "Skills: " {move || unanswered.with(|u| u.skills.join(", "))}
                        ". They will count as unknown in your results."
                    </p>
                </Show>
                <Show when=move || unanswered.with(|u| !u.checks.is_empty())>
                    <p>
                        "Check questions on: " {move || unanswered.with(|u| u.checks.join(", "))}
                        ". Without an answer, those ratings count as you gave them, unchecked."
                    </p>
                </Show>
                <p>"You can come back and answer them at any time."</p>
                <p class="actions">
                    <button type="button" class="button button-primary" on:click={
                        let show_results = show_results.clone();
                        move |_| show_results()
                    }>"Show my results anyway"</button>
                    <button type="button" class="button" on:click=first_unanswered>
                        {move || if unanswered.with(|u| u.skills.is_empty()) {
                            "Go to the first unanswered check question"
                        } else {
                            "Go to the first unanswered skill"
                        }}
                    </button>
                </p>
            </section>
        </Show>
    }
}
