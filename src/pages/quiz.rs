use crate::components::quiz::QuizView;
use crate::components::{PageMeta, WithQuizCatalog};
use crate::core::site;
use leptos::prelude::*;

/// The quiz: every skill to rate, then a few check questions; answers are kept in this
/// browser as the person goes.
#[component]
pub fn QuizPage() -> impl IntoView {
    view! {
        <PageMeta
            title=site::QUIZ.title.into()
            description=site::QUIZ.description.into()
        />
        <h1>{site::QUIZ.title}</h1>
        // The quiz reads skills and questions only: no roles, salaries or resources to
        // download first.
        <WithQuizCatalog>
            <QuizView />
        </WithQuizCatalog>
    }
}
