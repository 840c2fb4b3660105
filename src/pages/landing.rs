use crate::components::{use_saved_state, PageMeta};
use crate::core::storage::Saved;
use crate::core::timing::STATED_MINUTES;
use crate::paths;
use crate::store;
use leptos::prelude::*;
use leptos_router::components::A;

/// The front page: what the quiz is, how long it takes, the privacy promise, and the
/// two ways in (take the quiz, or browse the job titles). A returning person's main button
/// goes on from where they are: their unfinished quiz, or their results. index.html's
/// static copy shows the same button (its inline script reads the same rule).
#[component]
pub fn Landing() -> impl IntoView {
    let saved = use_saved_state();
    let main = move || {
        saved.track();
        match store::saved() {
            Saved::Nothing => (paths::QUIZ, "Start the quiz"),
            Saved::Unfinished => (paths::QUIZ, "Continue the quiz"),
            Saved::Finished => (paths::RESULTS, "Your results"),
        }
    };
    view! {
        <PageMeta
            title="Am I ready for a back-end job?".into()
            description="Rate yourself on the skills back-end developers use, check a few answers with quick questions, and see which job titles fit you, what they pay and what to learn next.".into()
        />
        <section class="hero">
            <h1>"Am I ready for a back-end job?"</h1>
            <p class="lead">
                "Rate yourself on the skills back-end developers use, answer a few quick "
                "check questions, and see which job titles fit you, what they pay and what to learn next."
            </p>
            <ul class="facts">
                <li>
                    {format!("Takes about {STATED_MINUTES} minutes: ")}
                    "every skill has six short level descriptions to read. "
                    "You can stop at any time and carry on later."
                </li>
                <li>"Nothing leaves your browser: no account, no server."</li>
                <li>"Share your result with a mentor as a short link."</li>
            </ul>
            <p class="actions">
                // A plain link (the router follows it) whose target follows what is saved.
                <a class="button button-primary" href=move || paths::to(main().0)>
                    {move || main().1}
                </a>
                <A href=paths::to(paths::ROLES) attr:class="button">
                    "Browse job titles"
                </A>
            </p>
        </section>
    }
}
