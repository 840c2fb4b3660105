//! Skip on a skill that already has a level would replace it with "unknown": the page asks
//! first (in the page, like Start over), and nothing changes until the person confirms.

use super::announcer::{focus_by_id, focus_step_heading};
use super::state::use_quiz;
use crate::core::levels::level_name;
use leptos::prelude::*;

const HEADING_ID: &str = "quiz-skip-heading";

#[component]
pub fn SkipConfirm() -> impl IntoView {
    let state = use_quiz();
    // Focus the question when it opens, so keyboard and screen-reader users meet it.
    Effect::new(move |_| {
        if state.confirming_skip.with(Option::is_some) {
            focus_by_id(HEADING_ID);
        }
    });
    // A new step makes the question stale: close it.
    Effect::new(move |_| {
        state.current.track();
        state.confirming_skip.set(None);
    });
    let skill_name = move || state.with(|q, c| q.current_skill(c).map(|s| s.name.clone()));
    let keep = move |_: ()| {
        state.confirming_skip.set(None);
        focus_step_heading();
    };
    view! {
        {move || state.confirming_skip.get().map(|level| view! {
            <section
                class="notice quiz-skip-panel"
                aria-labelledby=HEADING_ID
                data-quiz-panel
                // Escape answers as "keep", the choice that changes nothing.
                on:keydown=move |e| {
                    if e.key() == "Escape" {
                        keep(());
                    }
                }
            >
                <h2 id=HEADING_ID tabindex="-1">
                    {format!("Skip {}?", skill_name().unwrap_or_default())}
                </h2>
                <p>
                    {format!(
                        "You rated it level {level}, {}. Skipping marks it as unknown instead. \
                         Any check answers you gave for it are kept, in case you rate it again.",
                        level_name(level),
                    )}
                </p>
                <p class="actions">
                    <button type="button" class="button button-primary" on:click=move |_| keep(())>
                        {format!("Keep level {level}")}
                    </button>
                    <button type="button" class="button" on:click=move |_| state.skip_confirmed()>
                        "Skip it (unknown)"
                    </button>
                </p>
            </section>
        })}
    }
}
