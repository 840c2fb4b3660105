//! "Start over": asks in the page first (not window.confirm, which screen readers and
//! tests handle badly), then forgets every answer here and in storage.

use super::announcer::{focus_by_id, focus_step_heading};
use super::state::use_quiz;
use leptos::prelude::*;

const CONFIRM_HEADING_ID: &str = "quiz-start-over-heading";

#[component]
pub fn StartOver() -> impl IntoView {
    let state = use_quiz();
    let asking = RwSignal::new(false);
    let done = RwSignal::new(false);
    // "Answers were cleared" is stale once the person answers again.
    Effect::new(move |_| {
        if state.quiz.with(|q| !q.answers().ratings.is_empty()) {
            done.set(false);
        }
    });
    let ask = move |_| {
        asking.set(true);
        done.set(false);
        focus_by_id(CONFIRM_HEADING_ID);
    };
    let confirm = move |_| {
        state.start_over();
        asking.set(false);
        done.set(true);
        focus_step_heading();
    };
    let cancel = move |_| {
        asking.set(false);
        focus_by_id("quiz-start-over");
    };
    view! {
        <div class="quiz-start-over">
            <p role="status">
                {move || done.get().then_some("Your answers were cleared. The quiz starts again from the first skill.")}
            </p>
            <Show
                when=move || asking.get()
                fallback=move || view! {
                    <button type="button" class="button" id="quiz-start-over" on:click=ask>
                        "Start over"
                    </button>
                }
            >
                <section class="notice" aria-labelledby=CONFIRM_HEADING_ID data-quiz-panel>
                    <h2 id=CONFIRM_HEADING_ID tabindex="-1">"Start over?"</h2>
                    <p>
                        "This clears all your answers, the city and the job you picked, in this browser. \
                        It can't be undone."
                    </p>
                    <p class="actions">
                        <button type="button" class="button button-primary" on:click=confirm>
                            "Yes, clear my answers"
                        </button>
                        <button type="button" class="button" on:click=cancel>
                            "Cancel"
                        </button>
                    </p>
                </section>
            </Show>
        </div>
    }
}
