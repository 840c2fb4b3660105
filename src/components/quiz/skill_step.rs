//! One skill to rate: its name (the step heading), what it is, and the six levels as a
//! radio group, each with this skill's own description. Picking a level records it;
//! Next moves on.

use super::announcer::STEP_HEADING_ID;
use super::state::use_quiz;
use crate::core::answers::Rating;
use crate::core::catalog::Skill;
use crate::core::levels::level_name;
use leptos::prelude::*;

#[component]
pub fn SkillStep(skill: Skill) -> impl IntoView {
    let state = use_quiz();
    let id = skill.id.clone();
    let rating = Memo::new(move |_| state.quiz.with(|q| q.answers().ratings.get(&id).copied()));
    let options = skill
        .levels
        .iter()
        .enumerate()
        .map(|(level, description)| {
            let level = level as u8;
            view! {
                <LevelOption
                    skill_id=skill.id.clone()
                    level
                    description=description.clone()
                    checked=Signal::derive(move || rating.get() == Some(Rating::Level(level)))
                />
            }
        })
        .collect_view();
    view! {
        <h2 id=STEP_HEADING_ID tabindex="-1" class="quiz-step-heading">
            {skill.name.clone()}
        </h2>
        <p class="quiz-skill-summary">{skill.summary.clone()}</p>
        <fieldset class="quiz-levels" aria-describedby="quiz-keys">
            <legend>"How well can you do this? Pick the level that fits you best."</legend>
            {options}
        </fieldset>
        <Show when=move || rating.get() == Some(Rating::Skipped)>
            <p class="quiz-step-status">
                "You skipped this skill: it counts as unknown, not as level 0. "
                "Pick a level to change that."
            </p>
        </Show>
    }
}

#[component]
fn LevelOption(
    skill_id: String,
    level: u8,
    description: String,
    checked: Signal<bool>,
) -> impl IntoView {
    let state = use_quiz();
    let input_id = format!("level-{skill_id}-{level}");
    view! {
        <label class="quiz-option">
            <input
                type="radio"
                id=input_id
                name=format!("level-{skill_id}")
                value=level.to_string()
                prop:checked=checked
                on:change=move |_| state.pick(level)
            />
            <span class="quiz-option-text">
                <span class="quiz-option-title">
                    {format!("Level {level} — {}", level_name(level))}
                </span>
                <span class="quiz-option-description">{description}</span>
            </span>
        </label>
    }
}
