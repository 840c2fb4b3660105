use crate::core::catalog::Catalog;
use crate::core::share;
use crate::{paths, store};
use leptos::prelude::*;
use leptos_router::components::A;

/// Marks a result as someone else's, read-only, with the ways on: take the quiz, or
/// compare with the visitor's own stored result when they have one.
#[component]
pub fn SharedBanner(catalog: std::sync::Arc<Catalog>, code: String) -> impl IntoView {
    // Reading only: opening a shared link never writes the visitor's own answers.
    let own = store::load_result(&catalog).map(|own| share::encode(&catalog, &own));
    view! {
        <section class="notice shared-banner" aria-label="About this result">
            <p>
                <strong>"You're viewing a shared result."</strong>
                " Someone sent you this link. It is read-only: it shows their answers and "
                "doesn't change anything of yours."
            </p>
            <p class="actions">
                <A href=paths::to(paths::QUIZ) attr:class="button button-primary">
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
}
