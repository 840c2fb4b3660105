//! One skill to rate: its name (the step heading), what it is, and the six levels as a
//! radio group, each with this skill's own description. Picking a level records it;
//! Next moves on. On a phone the six levels show by their short names in two columns and
//! the picked level's description shows under them, so the step fits the screen (the
//! descriptions stay in the options' names for screen readers).

use super::announcer::STEP_HEADING_ID;
use super::keyboard::keys_help_id;
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
    let levels = skill.levels.clone();
    let picked_description = move || match rating.get() {
        Some(Rating::Level(level)) => levels.get(usize::from(level)).cloned(),
        _ => None,
    };
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
        <fieldset class="quiz-levels" aria-describedby=keys_help_id()>
            <legend>"How well can you do this? Pick a level."</legend>
            {options}
        </fieldset>
        // The phone's view of the picked level (the option's own name already says it).
        <p class="quiz-level-picked" aria-hidden="true">{picked_description}</p>
        <Show when=move || rating.get() == Some(Rating::Skipped)>
            <p class="quiz-step-status">
                "You skipped this skill: it counts as unknown, not as level 0. \
                Pick a level to change that."
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
                // "Level 3 — Intermediate"; a phone shows "3 Intermediate".
                <span class="quiz-option-title">
                    <span class="quiz-option-long">"Level "</span>
                    {level.to_string()}
                    <span class="quiz-option-long">" —"</span>
                    {format!(" {}", level_name(level))}
                </span>
                <span class="quiz-option-description">{description}</span>
            </span>
        </label>
    }
}
