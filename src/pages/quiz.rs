use crate::components::{PageMeta, WithCatalog};
use leptos::prelude::*;

/// The quiz. (Filled in by the quiz issue.)
#[component]
pub fn QuizPage() -> impl IntoView {
    view! {
        <PageMeta
            title="Rate your skills".into()
            description="Rate yourself on each back-end skill and answer a few quick check questions.".into()
        />
        <h1>"Rate your skills"</h1>
        <WithCatalog let:catalog>
            <p>{format!("{} skills to rate.", catalog.skills.len())}</p>
        </WithCatalog>
    }
}
