use leptos::prelude::*;

/// Why the answers couldn't be saved, while that lasts (the quiz, the quick check and the
/// quick result's "Check them now" each own such an error); nothing otherwise. One
/// component for all three keeps the app's code small.
#[component]
pub fn SaveErrorNotice(error: RwSignal<Option<&'static str>>) -> impl IntoView {
    view! {
        <Show when=move || error.with(Option::is_some)>
            <p class="notice notice-error" role="alert">{move || error.get()}</p>
        </Show>
    }
}
