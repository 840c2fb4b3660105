//! Keyboard shortcuts for the quiz, listened for on the whole page while it is shown:
//! 0–9 pick a level or a choice, Enter or → go on, ← goes back, S skips.
//!
//! They stay out of the way of normal keyboard use: nothing fires with Ctrl, Alt or Meta
//! held, in a text field, or when the key already has a job where focus is — Enter on a
//! button, link or summary activates it as usual, ← → inside a radio group move between
//! its options as browsers do (the help line says so), and inside the Finish and Start
//! over panels keys only serve those panels.

use super::announcer::focus_by_id;
use super::finish::FINISH_ID;
use super::state::{use_quiz, QuizState};
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent};

/// Installs the page-wide shortcuts until the calling component is removed.
pub fn use_shortcuts() {
    let state = use_quiz();
    let handle = window_event_listener(ev::keydown, move |e| on_key(state, &e));
    on_cleanup(move || handle.remove());
}

/// What focus is on when a key is pressed.
#[derive(PartialEq)]
enum Target {
    TextField,
    Radio,
    /// Something Enter already activates.
    Activatable,
    /// Inside a panel asking a question of its own (Finish, Start over): no shortcuts.
    Panel,
    Other,
}

fn target_of(e: &KeyboardEvent) -> Target {
    let Some(el) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return Target::Other;
    };
    if el.closest("[data-quiz-panel]").ok().flatten().is_some() {
        return Target::Panel;
    }
    let tag = el.tag_name().to_ascii_lowercase();
    let input_type = el
        .get_attribute("type")
        .unwrap_or_default()
        .to_ascii_lowercase();
    match tag.as_str() {
        "textarea" | "select" => Target::TextField,
        "input" if input_type == "radio" => Target::Radio,
        "input"
            if matches!(
                input_type.as_str(),
                "button" | "submit" | "reset" | "checkbox"
            ) =>
        {
            Target::Activatable
        }
        "input" => Target::TextField,
        "button" | "a" | "summary" => Target::Activatable,
        _ if el.get_attribute("contenteditable").is_some() => Target::TextField,
        _ => Target::Other,
    }
}

fn on_key(state: QuizState, e: &KeyboardEvent) {
    if e.default_prevented() || e.ctrl_key() || e.alt_key() || e.meta_key() || e.is_composing() {
        return;
    }
    let target = target_of(e);
    if matches!(target, Target::TextField | Target::Panel) {
        return;
    }
    let key = e.key();
    let handled = match key.as_str() {
        "Enter" if target != Target::Activatable => {
            next_or_finish(state);
            true
        }
        "ArrowRight" if target != Target::Radio => {
            next_or_finish(state);
            true
        }
        "ArrowLeft" if target != Target::Radio => {
            state.back();
            true
        }
        "s" | "S" => {
            state.skip();
            true
        }
        _ => match key.parse::<u8>() {
            Ok(digit) if key.len() == 1 => {
                state.pick(digit);
                true
            }
            _ => false,
        },
    };
    if handled {
        e.prevent_default();
    }
}

/// The next step; at the last one, focus on Finish (pressing it is the person's choice).
fn next_or_finish(state: QuizState) {
    if state.has_next() {
        state.next();
    } else {
        focus_by_id(FINISH_ID);
    }
}

/// Where a keyboard is likely: a device that hovers with a fine pointer. The same query as
/// style/main.css's, which shows the help line only there.
const KEYBOARD_LIKELY: &str = "(hover: hover) and (pointer: fine)";

/// The id of the help line, for the option groups' `aria-describedby` where it is shown
/// (on a touch screen it would only read out keys the person has not got).
pub fn keys_help_id() -> Option<&'static str> {
    let likely = window()
        .match_media(KEYBOARD_LIKELY)
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    likely.then_some(KEYS_HELP_ID)
}

const KEYS_HELP_ID: &str = "quiz-keys";

/// The short help line under the controls (hidden by the stylesheet on touch screens).
#[component]
pub fn KeyboardHelp() -> impl IntoView {
    view! {
        <p class="quiz-keys" id=KEYS_HELP_ID>
            <span class="quiz-keys-title">"Keyboard: "</span>
            <kbd>"0"</kbd>"–"<kbd>"5"</kbd>" pick a level (on a check question, "
            <kbd>"1"</kbd>"–"<kbd>"4"</kbd>" pick a choice), "
            <kbd>"Enter"</kbd>" or "<kbd>"→"</kbd>" next (at the last step, to Finish), "<kbd>"←"</kbd>" back, "
            <kbd>"S"</kbd>" skip. Inside a list of options, "<kbd>"←"</kbd>" "<kbd>"→"</kbd>
            " move between options instead."
        </p>
    }
}
