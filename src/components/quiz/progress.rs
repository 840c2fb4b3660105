//! The always-visible progress: where the person is ("Skill 3 of 22"), the whole road left
//! ("then at most 14 quick check questions"), a bar over that road, and the category.

use super::state::use_quiz;
use leptos::prelude::*;

#[component]
pub fn QuizProgress() -> impl IntoView {
    let state = use_quiz();
    let progress = state.progress;
    let label = move || progress.with(|p| p.label());
    let road = move || progress.with(|p| p.road());
    let percent = move || {
        let p = progress.get();
        (p.index * 100).checked_div(p.road_total()).unwrap_or(0)
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
                aria-valuemax=move || progress.with(|p| p.road_total())
                aria-valuenow=move || progress.with(|p| p.index)
                aria-valuetext=move || format!("{} {}", label(), road())
            >
                <div class="quiz-progress-fill" style:width=move || format!("{}%", percent())></div>
            </div>
            <p class="quiz-progress-part">{road}</p>
        </div>
    }
}
