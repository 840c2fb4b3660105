//! Messages about saving: the one-time notice after loading older or damaged saved
//! answers (dismissible), and a save failure while it lasts.

use super::state::use_quiz;
use leptos::prelude::*;

#[component]
pub fn LoadNotice(message: Option<String>) -> impl IntoView {
    let message = RwSignal::new(message);
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

#[component]
pub fn SaveErrorNotice() -> impl IntoView {
    let state = use_quiz();
    view! {
        <Show when=move || state.save_error.with(Option::is_some)>
            <p class="notice notice-error" role="alert">
                {move || state.save_error.get()}
            </p>
        </Show>
    }
}
