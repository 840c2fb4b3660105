use crate::core::share::code_from_link;
use crate::paths;
use crate::router::use_location;
use leptos::ev::SubmitEvent;
use leptos::html::Input;
use leptos::prelude::*;

/// Two fields for result links (or bare codes) and a Compare button that puts the two
/// codes in the page's fragment. The fields show the codes being compared; both are
/// required, so the browser says at the field when one is empty.
#[component]
pub fn ComparePasteForm(#[prop(into)] codes: Signal<(String, String)>) -> impl IntoView {
    let (a, b) = (NodeRef::<Input>::new(), NodeRef::<Input>::new());
    let location = use_location();
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let code = |field: NodeRef<Input>| {
            let pasted = field.get_untracked().map(|i| i.value()).unwrap_or_default();
            code_from_link(&pasted).to_string()
        };
        let href = paths::compare(&code(a), &code(b));
        // The href already carries the base path.
        location.navigate(&href);
    };
    view! {
        <form class="compare-form" on:submit=on_submit>
            <div class="field">
                <label for="compare-a">"Result A: link or code"</label>
                <input
                    id="compare-a"
                    type="text"
                    spellcheck="false"
                    autocomplete="off"
                    required
                    node_ref=a
                    prop:value=move || codes.get().0
                />
            </div>
            <div class="field">
                <label for="compare-b">"Result B: link or code"</label>
                <input
                    id="compare-b"
                    type="text"
                    spellcheck="false"
                    autocomplete="off"
                    required
                    node_ref=b
                    prop:value=move || codes.get().1
                />
            </div>
            <p class="actions">
                <button type="submit" class="button button-primary">"Compare"</button>
            </p>
        </form>
    }
}
