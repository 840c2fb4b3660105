use crate::components::quick::QuickView;
use crate::components::{PageMeta, WithQuizCatalog};
use crate::core::site;
use crate::core::timing::QUICK_STATED_MINUTES;
use leptos::prelude::*;

/// The quick check: every skill on one page, self-ratings only (no check questions).
#[component]
pub fn QuickPage() -> impl IntoView {
    view! {
        <PageMeta
            title=site::QUICK.title.into()
            description=site::QUICK.description.into()
        />
        <h1>{site::QUICK.title}</h1>
        <p class="lead">
            {format!("Every skill on one page, about {QUICK_STATED_MINUTES} minutes. ")}
            "Pick the level that fits you for each skill; open a skill's level descriptions \
            if you're unsure. There are no check questions, so your results will be marked as \
            self-rated, and you can check them afterwards."
        </p>
        <WithQuizCatalog>
            <QuickView />
        </WithQuizCatalog>
    }
}
