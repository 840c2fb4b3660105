//! One skill in the quick check: a radio group of its six levels (named on the buttons)
//! and Skip, then its own six descriptions one tap away. Typing a level (0-5) or S rates
//! the skill and brings the next one up, so a keyboard needs at most two presses a skill.

use super::state::QuickState;
use crate::core::answers::{Rating, MAX_LEVEL};
use crate::core::catalog::Skill;
use crate::core::levels::level_name;
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The id of the Finish button, where focus goes after the last skill.
pub const FINISH_ID: &str = "quick-finish";

/// The id of the radio for `rating` of a skill (`None`: the first one, level 0).
pub fn option_id(skill: &str, rating: Option<Rating>) -> String {
    match rating {
        Some(Rating::Skipped) => format!("quick-{skill}-skip"),
        Some(Rating::Level(level)) => format!("quick-{skill}-{level}"),
        None => format!("quick-{skill}-0"),
    }
}

/// The rating a key picks: a digit 0-5 or S (Skip).
fn key_rating(key: &str) -> Option<Rating> {
    match key {
        "s" | "S" => Some(Rating::Skipped),
        _ => key
            .parse::<u8>()
            .ok()
            .filter(|l| *l <= MAX_LEVEL)
            .map(Rating::Level),
    }
}

/// Moves focus to an element already on the page.
fn focus_id(id: &str) {
    let element = document()
        .get_element_by_id(id)
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

#[component]
pub fn SkillChoice(
    state: QuickState,
    skill: Skill,
    /// The next skill's id on the page, where a typed level moves focus.
    next: Option<String>,
) -> impl IntoView {
    let id = skill.id.clone();
    let rating = {
        let id = id.clone();
        Memo::new(move |_| state.quiz.with(|q| q.answers().ratings.get(&id).copied()))
    };
    let rate = {
        let id = id.clone();
        move |r: Rating| {
            state.apply(|q, c| {
                q.rate_skill(c, &id, r);
            })
        }
    };
    let on_keydown = {
        let rate = rate.clone();
        move |e: KeyboardEvent| {
            if e.ctrl_key() || e.alt_key() || e.meta_key() {
                return;
            }
            let Some(r) = key_rating(&e.key()) else {
                return;
            };
            e.prevent_default();
            rate(r);
            let target = match &next {
                Some(next) => {
                    let next_rating = state
                        .quiz
                        .with_untracked(|q| q.answers().ratings.get(next).copied());
                    option_id(next, next_rating)
                }
                None => FINISH_ID.to_string(),
            };
            focus_id(&target);
        }
    };
    let options = (0..=MAX_LEVEL)
        .map(Rating::Level)
        .chain([Rating::Skipped])
        .map(|r| {
            let label = match r {
                Rating::Level(level) => format!("{level} {}", level_name(level)),
                Rating::Skipped => "Skip".to_string(),
            };
            let rate = rate.clone();
            view! {
                <label class="quick-option" class:quick-skip=r == Rating::Skipped>
                    <input
                        type="radio"
                        id=option_id(&id, Some(r))
                        name=format!("quick-{id}")
                        prop:checked=move || rating.get() == Some(r)
                        on:change=move |_| rate(r)
                    />
                    <span>{label}</span>
                </label>
            }
        })
        .collect_view();
    let descriptions = skill
        .levels
        .iter()
        .enumerate()
        .map(|(level, text)| {
            let name = level_name(level as u8);
            view! { <li><strong>{format!("{level} {name}: ")}</strong>{text.clone()}</li> }
        })
        .collect_view();
    view! {
        <div class="quick-skill">
            <fieldset class="quick-levels" on:keydown=on_keydown>
                <legend>{skill.name.clone()}</legend>
                <div class="quick-options">{options}</div>
            </fieldset>
            <details class="quick-descriptions">
                <summary>{format!("What the levels mean for {}", skill.name)}</summary>
                <ul>{descriptions}</ul>
            </details>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn keys_pick_a_level_or_skip() {
        assert_eq!(key_rating("0"), Some(Rating::Level(0)));
        assert_eq!(key_rating("5"), Some(Rating::Level(5)));
        assert_eq!(key_rating("S"), Some(Rating::Skipped));
        assert_eq!(key_rating("6"), None);
        assert_eq!(key_rating("Tab"), None);
        assert_eq!(option_id("sql", None), "quick-sql-0");
        assert_eq!(option_id("sql", Some(Rating::Skipped)), "quick-sql-skip");
    }
}
