use crate::browser::{self, ShareOutcome};
use crate::core::catalog::Catalog;
use crate::core::share::{self, SharedResult};
use crate::paths;
use crate::router::A;
use leptos::html::Input;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The share section's heading, which the results summary's jump bar leads to.
pub const SHARE_HEADING_ID: &str = "share-title";

/// The whole link to this result (answers and city), for [`ShareButton`].
pub fn share_link_for(catalog: &Catalog, result: &SharedResult) -> String {
    paths::share_link(&share::encode(catalog, result))
}

/// "Share result": the system share sheet where the browser has one, else the clipboard,
/// with a spoken confirmation; the link is always shown in a field to select and copy.
#[component]
pub fn ShareButton(#[prop(into)] link: Signal<String>) -> impl IntoView {
    let status = RwSignal::new("");
    let field = NodeRef::<Input>::new();
    let select = move || {
        if let Some(input) = field.get_untracked() {
            let _ = input.focus();
            input.select();
        }
    };
    let share = move |_| {
        let link = link.get_untracked();
        status.set("");
        spawn_local(async move {
            let outcome = browser::share_or_copy("My back-end skill check result", &link).await;
            status.set(outcome_message(outcome));
            if outcome == ShareOutcome::Failed {
                select();
            }
        });
    };
    view! {
        <section class="share-panel" aria-labelledby=SHARE_HEADING_ID>
            <h2 id=SHARE_HEADING_ID>"Share your result"</h2>
            <p>
                "Anyone with the link sees your result, read-only. Your answers travel inside \
                the link (after the #), never to a server."
            </p>
            <p class="actions">
                <button type="button" class="button button-primary" on:click=share>
                    "Share result"
                </button>
            </p>
            <p class="share-status" role="status">{move || status.get()}</p>
            <label for="share-link">"Link to your result"</label>
            <input
                id="share-link"
                class="share-link"
                type="text"
                readonly
                spellcheck="false"
                node_ref=field
                prop:value=move || link.get()
                on:focus=move |_| select()
                on:click=move |_| select()
            />
            <p>
                "A link from someone else, or an older one of yours? "
                <A href=paths::to(paths::COMPARE)>"Compare two results"</A>
            </p>
        </section>
    }
}

fn outcome_message(outcome: ShareOutcome) -> &'static str {
    match outcome {
        ShareOutcome::Shared => "Link shared.",
        ShareOutcome::Copied => "Link copied. Paste it into a message or an email.",
        ShareOutcome::Cancelled => "",
        ShareOutcome::Failed => {
            "Your browser didn't let us copy the link. It is selected in the field below: \
             copy it with Ctrl+C (or Command+C on a Mac)."
        }
    }
}
