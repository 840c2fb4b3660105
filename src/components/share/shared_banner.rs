use crate::components::{use_catalog, use_own_result};
use crate::core::share;
use crate::router::A;
use crate::{paths, store};
use leptos::prelude::*;

/// Marks a result as someone else's, read-only, with the ways on: take the quiz (the
/// link is remembered, so the visitor's own results can offer the comparison after), or
/// compare with the visitor's own stored result when they have one. A link holding the
/// visitor's own answers is named as theirs, with no offer to compare it with itself.
#[component]
pub fn SharedBanner(
    code: String,
    /// The link holds the same answers as this browser.
    is_own: bool,
) -> impl IntoView {
    let catalog = use_catalog();
    if is_own {
        return view! {
            <section class="notice shared-banner" aria-label="About this result">
                <p>
                    <strong>"This is your own result."</strong>
                    " The link holds the same answers as this browser. Send it to anyone who \
                    should see them; here it is read-only."
                </p>
                <p class="actions">
                    <A href=paths::to(paths::RESULTS) attr:class="button button-primary">
                        "Open your results"
                    </A>
                </p>
            </section>
        }
        .into_any();
    }
    // Reading only: opening a shared link never writes the visitor's own answers.
    let own = use_own_result()
        .get_untracked()
        .map(|own| share::encode(catalog, &own));
    let sent = code.clone();
    view! {
        <section class="notice shared-banner" aria-label="About this result">
            <p>
                <strong>"You're viewing a shared result."</strong>
                " Someone sent you this link. It is read-only: it shows their answers and \
                doesn't change anything of yours."
            </p>
            <p class="actions">
                <A
                    href=paths::to(paths::QUIZ)
                    attr:class="button button-primary"
                    on:click=move |_| store::save_sent(&sent)
                >
                    "Take the quiz yourself"
                </A>
                {own
                    .map(|own| {
                        view! {
                            <A href=paths::compare(&own, &code) attr:class="button">
                                "Compare with my result"
                            </A>
                        }
                    })}
            </p>
        </section>
    }
    .into_any()
}
