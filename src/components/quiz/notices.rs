//! Messages about saving: the one-time notice after loading older or damaged saved
//! answers (dismissible), what another tab changed, and answers saved by a newer version
//! of the app (kept, never overwritten). A save failure: `components::SaveErrorNotice`.

use super::state::use_quiz;
use crate::browser;
use leptos::prelude::*;

#[component]
pub fn LoadNotice(message: Option<String>) -> impl IntoView {
    let message = RwSignal::new(message);
    view! { <DismissibleNotice message /> }
}

/// What another tab changed, until dismissed (or replaced by the next change).
#[component]
pub fn TabNotice() -> impl IntoView {
    let state = use_quiz();
    view! { <DismissibleNotice message=state.tab_notice /> }
}

#[component]
fn DismissibleNotice(message: RwSignal<Option<String>>) -> impl IntoView {
    view! {
        <Show when=move || message.with(Option::is_some)>
            <div class="notice quiz-load-notice" role="status">
                <p>{move || message.get()}</p>
                <button type="button" class="button" on:click=move |_| message.set(None)>
                    "OK, dismiss"
                </button>
            </div>
        </Show>
    }
}

/// Shown instead of the quiz while the stored answers come from a newer version: reloading
/// gets that version; starting over (asked for below, by `StartOver`) is the only way to
/// replace them here.
#[component]
pub fn NewerSavedNotice() -> impl IntoView {
    view! {
        <section class="notice" aria-labelledby="quiz-newer-heading">
            <h2 id="quiz-newer-heading">"Your answers were saved by a newer version"</h2>
            <p>
                "A newer version of this app saved your answers, and this page can't read them. \
                They are kept as they are. Reload the page to get the newer version and carry on."
            </p>
            <p class="actions">
                <button type="button" class="button button-primary" on:click=move |_| browser::reload()>
                    "Reload the page"
                </button>
            </p>
            <p>"Or start over below: that deletes those answers and starts a new quiz here."</p>
        </section>
    }
}
