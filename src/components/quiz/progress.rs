//! The always-visible progress: a bar, "Question n of N" and the current category.

use super::state::use_quiz;
use crate::core::quiz::Phase;
use leptos::prelude::*;

#[component]
pub fn QuizProgress() -> impl IntoView {
    let state = use_quiz();
    let progress = state.progress;
    let label = move || {
        let p = progress.get();
        format!("Question {} of {}", p.index, p.total)
    };
    let part = move || {
        let p = progress.get();
        match p.phase {
            Phase::Rate => format!("Skill {} of {}", p.phase_index, p.phase_total),
            Phase::Check => format!("Check question {} of {}", p.phase_index, p.phase_total),
        }
    };
    let percent = move || {
        let p = progress.get();
        (p.index * 100).checked_div(p.total).unwrap_or(0)
    };
    view! {
        <div class="quiz-progress">
            <p class="quiz-progress-text">
                <strong id="quiz-progress-label">{label}</strong>
                <span class="quiz-progress-category">
                    {move || progress.with(|p| p.category_name.clone())}
                </span>
            </p>
            <div
                class="quiz-progress-bar"
                role="progressbar"
                aria-labelledby="quiz-progress-label"
                aria-valuemin="0"
                aria-valuemax=move || progress.with(|p| p.total)
                aria-valuenow=move || progress.with(|p| p.index)
                aria-valuetext=label
            >
                <div class="quiz-progress-fill" style:width=move || format!("{}%", percent())></div>
            </div>
            <p class="quiz-progress-part">{part}</p>
        </div>
    }
}
