//! Back, Skip, Next and Finish, always shown under the step. At the last step Next has
//! nowhere to go, so Finish becomes the main button.

use super::finish::{FinishButton, FinishPanel};
use super::skip_confirm::SkipConfirm;
use super::state::use_quiz;
use leptos::prelude::*;

#[component]
pub fn NavButtons() -> impl IntoView {
    let state = use_quiz();
    let can_back = move || state.with(|q, c| q.can_go_back(c));
    let can_next = move || state.with(|q, c| q.can_go_next(c));
    let confirming = RwSignal::new(false);
    view! {
        <div class="quiz-nav" role="group" aria-label="Quiz navigation">
            <button
                type="button"
                class="button"
                disabled=move || !can_back()
                on:click=move |_| state.back()
            >
                "← Back"
            </button>
            <button type="button" class="button" on:click=move |_| state.skip()>
                "Skip"
            </button>
            <Show when=can_next>
                <button
                    type="button"
                    class="button button-primary"
                    on:click=move |_| state.next()
                >
                    "Next →"
                </button>
            </Show>
            <FinishButton confirming last_step=Signal::derive(move || !can_next()) />
        </div>
        <SkipConfirm />
        <FinishPanel confirming />
    }
}
