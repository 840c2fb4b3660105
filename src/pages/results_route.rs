use super::{ResultsPage, SharedResultPage};
use crate::paths;
use crate::router::use_location;
use leptos::prelude::*;

/// `/results`: a shared result when the address has a fragment (`/results#CODE`, even
/// an empty one, which gets its own message), else the person's own results.
#[component]
pub fn ResultsRoute() -> impl IntoView {
    let location = use_location();
    let shared = Memo::new(move |_| paths::data_fragment(&location.hash.read()).is_some());
    move || {
        if shared.get() {
            view! { <SharedResultPage /> }.into_any()
        } else {
            view! { <ResultsPage /> }.into_any()
        }
    }
}
