use crate::components::{PageMeta, WithCatalog};
use leptos::prelude::*;

/// The results. (Filled in by the results issue.)
#[component]
pub fn ResultsPage() -> impl IntoView {
    view! {
        <PageMeta
            title="Your results".into()
            description="Which back-end job titles fit you, what they pay and what to learn next.".into()
        />
        <h1>"Your results"</h1>
        <WithCatalog let:catalog>
            <p>{format!("{} job titles to compare.", catalog.roles.len())}</p>
        </WithCatalog>
    }
}
