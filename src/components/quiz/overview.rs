//! All skills at a glance, grouped by category, with what was given for each, then the
//! check questions the ratings ask; every row is a button that jumps to it (so a jump away
//! from a check question can come back). Collapsed by default so the step stays in view.

use super::state::use_quiz;
use crate::core::levels::level_name;
use crate::core::quiz::{CheckItem, CheckState, OverviewItem, SkillState};
use leptos::prelude::*;

#[component]
pub fn Overview() -> impl IntoView {
    let state = use_quiz();
    let items = Memo::new(move |_| state.with(|q, c| q.overview(c)));
    let checks = Memo::new(move |_| state.with(|q, c| q.check_overview(c)));
    let unanswered = move || {
        let skills = items.with(|all| {
            all.iter()
                .filter(|i| i.state == SkillState::Unanswered)
                .count()
        });
        let questions = checks.with(|all| {
            all.iter()
                .filter(|i| i.state == CheckState::Unanswered)
                .count()
        });
        skills + questions
    };
    view! {
        <details class="quiz-overview">
            <summary>
                {move || if checks.with(Vec::is_empty) { "All skills (" } else { "All skills and checks (" }}
                {move || match unanswered() {
                    1 => "1 unanswered".to_string(),
                    n => format!("{n} unanswered"),
                }}
                ")"
            </summary>
            {move || groups(&items.get()).into_iter().map(|(name, rows)| view! {
                <h3>{name}</h3>
                <ul class="quiz-overview-list">
                    {rows.into_iter().map(|item| view! { <OverviewRow item /> }).collect_view()}
                </ul>
            }).collect_view()}
            <Show when=move || !checks.with(Vec::is_empty)>
                <h3>"Check questions"</h3>
                <ul class="quiz-overview-list">
                    {move || checks.get().into_iter().map(|item| view! { <CheckRow item /> }).collect_view()}
                </ul>
            </Show>
        </details>
    }
}

/// Consecutive items of the same category, with the category's name.
fn groups(items: &[OverviewItem]) -> Vec<(String, Vec<OverviewItem>)> {
    let mut groups: Vec<(String, Vec<OverviewItem>)> = Vec::new();
    for item in items {
        match groups.last_mut() {
            Some((_, rows)) if rows[0].category_id == item.category_id => rows.push(item.clone()),
            _ => groups.push((item.category_name.clone(), vec![item.clone()])),
        }
    }
    groups
}

#[component]
fn OverviewRow(item: OverviewItem) -> impl IntoView {
    let (label, class) = match item.state {
        SkillState::Unanswered => ("Unanswered".to_string(), "is-unanswered"),
        SkillState::Skipped => ("Skipped (unknown)".to_string(), "is-skipped"),
        SkillState::Level(l) => (format!("Level {l} — {}", level_name(l)), "is-rated"),
    };
    view! { <JumpRow step=item.step() current=item.current name=item.skill_name label class /> }
}

#[component]
fn CheckRow(item: CheckItem) -> impl IntoView {
    let (label, class) = match item.state {
        CheckState::Unanswered => ("Unanswered", "is-unanswered"),
        CheckState::Skipped => ("Skipped", "is-skipped"),
        CheckState::Answered => ("Answered", "is-rated"),
    };
    let name = format!("Check question: {}", item.skill_name);
    view! { <JumpRow step=item.step() current=item.current name label=label.to_string() class /> }
}

#[component]
fn JumpRow(
    step: crate::core::quiz::Step,
    current: bool,
    name: String,
    label: String,
    class: &'static str,
) -> impl IntoView {
    let state = use_quiz();
    view! {
        <li>
            <button
                type="button"
                class=format!("quiz-overview-item {class}")
                aria-current=current.then_some("step")
                on:click=move |_| state.jump(step.clone())
            >
                <span class="quiz-overview-name">{name}</span>
                <span class="quiz-overview-state">{label}</span>
            </button>
        </li>
    }
}
