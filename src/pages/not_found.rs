use crate::components::PageMeta;
use crate::core::site;
use crate::paths;
use crate::router::A;
use leptos::prelude::*;

/// Shown for any address the app doesn't know.
#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <PageMeta
            title=site::NOT_FOUND.title.into()
            description=site::NOT_FOUND.description.into()
        />
        <section class="notice">
            <h1>"We couldn't find that page"</h1>
            <p>
                "The address may be mistyped, or the page may have moved. \
                Your saved answers are still here."
            </p>
            <p class="actions">
                <A href=paths::to(paths::HOME) attr:class="button button-primary">
                    "Go to the start page"
                </A>
                <A href=paths::to(paths::ROLES) attr:class="button">
                    "Browse job titles"
                </A>
            </p>
        </section>
    }
}
