//! All skills at a glance, grouped by category, with what was given for each; every skill
//! is a button that jumps to it. Collapsed by default so the step stays in view.

use super::state::use_quiz;
use crate::core::levels::level_name;
use crate::core::quiz::{OverviewItem, SkillState};
use leptos::prelude::*;

#[component]
pub fn Overview() -> impl IntoView {
    let state = use_quiz();
    let items = Memo::new(move |_| state.with(|q, c| q.overview(c)));
    let unanswered = move || {
        items.with(|all| {
            all.iter()
                .filter(|i| i.state == SkillState::Unanswered)
                .count()
        })
    };
    view! {
        <details class="quiz-overview">
            <summary>
                "All skills ("
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
    let state = use_quiz();
    let step = item.step();
    let (label, class) = match item.state {
        SkillState::Unanswered => ("Unanswered".to_string(), "is-unanswered"),
        SkillState::Skipped => ("Skipped (unknown)".to_string(), "is-skipped"),
        SkillState::Level(l) => (format!("Level {l} — {}", level_name(l)), "is-rated"),
    };
    view! {
        <li>
            <button
                type="button"
                class=format!("quiz-overview-item {class}")
                aria-current=item.current.then_some("step")
                on:click=move |_| state.jump(step.clone())
            >
                <span class="quiz-overview-name">{item.skill_name.clone()}</span>
                <span class="quiz-overview-state">{label}</span>
            </button>
        </li>
    }
}
