//! What happens on every step change: focus moves to the new step's heading, and a polite
//! live region says "Skill 3 of 22: <skill name>" for screen readers.

use super::state::{use_quiz, QuizState};
use crate::core::quiz::Step;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The id of the step heading (each step renders one, with tabindex="-1").
pub const STEP_HEADING_ID: &str = "quiz-step-heading";

/// Moves focus to the step heading once the new step is on the page.
pub fn focus_step_heading() {
    focus_by_id(STEP_HEADING_ID);
}

/// Moves focus to the element with this id after the next render (for headings and
/// panels that appear in response to an action).
pub fn focus_by_id(id: &'static str) {
    request_animation_frame(move || {
        let element = document()
            .get_element_by_id(id)
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(element) = element {
            let _ = element.focus();
        }
    });
}

/// The sentence announced for the current step.
pub fn step_sentence(state: QuizState) -> String {
    let progress = state.progress.get_untracked();
    let subject = state.with(|q, c| match q.current() {
        Step::Skill(_) => q.current_skill(c).map(|s| s.name.clone()),
        Step::Check(_) => q
            .current_question(c)
            .and_then(|question| c.skill(&question.skill))
            .map(|s| s.name.clone()),
    });
    format!("{}: {}", progress.label(), subject.unwrap_or_default())
}

/// Watches for step changes (not the first render: the page itself is announced then)
/// and returns the live region's text.
pub fn use_step_announcements() -> ReadSignal<String> {
    let state = use_quiz();
    let (text, set_text) = signal(String::new());
    Effect::new(move |previous: Option<Step>| {
        let step = state.current.get();
        if previous.is_some_and(|p| p != step) {
            set_text.set(untrack(|| step_sentence(state)));
            focus_step_heading();
        }
        step
    });
    text
}

/// The visually hidden live region.
#[component]
pub fn StepAnnouncer(text: ReadSignal<String>) -> impl IntoView {
    view! {
        <p class="visually-hidden" aria-live="polite" aria-atomic="true" id="quiz-announcer">
            {move || text.get()}
        </p>
    }
}
