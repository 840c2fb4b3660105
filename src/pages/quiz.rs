use crate::components::quiz::QuizView;
use crate::components::{PageMeta, WithQuizCatalog};
use leptos::prelude::*;

/// The quiz: every skill to rate, then a few check questions; answers are kept in this
/// browser as the person goes.
#[component]
pub fn QuizPage() -> impl IntoView {
    view! {
        <PageMeta
            title="Rate your skills".into()
            description="Rate yourself on each back-end skill and answer a few quick check questions.".into()
        />
        <h1>"Rate your skills"</h1>
        // The quiz reads skills and questions only: no roles, salaries or resources to
        // download first.
        <WithQuizCatalog>
            <QuizView />
        </WithQuizCatalog>
    }
}
