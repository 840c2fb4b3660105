use crate::components::{use_saved, PageMeta};
use crate::core::example::EXAMPLE_CODE;
use crate::core::storage::Saved;
use crate::core::timing::{QUICK_STATED_MINUTES, STATED_MINUTES};
use crate::paths;
use leptos::prelude::*;
use leptos_router::components::A;

/// The front page in one screen: the two ways in with their times (the quick check and the
/// full quiz), what you get with an example result to look at first, and the privacy
/// promise. index.html holds the same content as its static first paint.
/// The full quiz's button goes on from where a returning person is (their unfinished quiz,
/// or their results); index.html's inline script reads the same rule.
#[component]
pub fn Landing() -> impl IntoView {
    let saved = use_saved();
    let main = move || match saved.get() {
        Saved::Nothing => (paths::QUIZ, "Start the quiz"),
        Saved::Unfinished => (paths::QUIZ, "Continue the quiz"),
        Saved::Finished => (paths::RESULTS, "Your results"),
    };
    let example = format!("{}#{EXAMPLE_CODE}", paths::to(paths::RESULTS));
    view! {
        <PageMeta
            title="Am I ready for a back-end job?".into()
            description="Rate yourself on the skills back-end developers use, in a two-minute quick check or the full quiz with check questions, and see which job titles fit you, what they pay and what to learn next.".into()
        />
        <section class="hero">
            <h1>"Am I ready for a back-end job?"</h1>
            <p class="lead">
                "Rate yourself on the skills back-end developers use and see which job titles "
                "fit you, what they pay and what to learn next."
            </p>
            <ul class="ways-in">
                <li>
                    <A href=paths::to(paths::QUICK) attr:class="button button-primary">
                        "Start the quick check"
                    </A>
                    {format!(" About {QUICK_STATED_MINUTES} minutes: ")}
                    "pick a level for every skill on one page. Self-ratings, not checked."
                </li>
                <li>
                    // A plain link (the router follows it) whose target follows what is saved.
                    <a class="button" href=move || paths::to(main().0)>
                        {move || main().1}
                    </a>
                    {format!(" About {STATED_MINUTES} minutes: ")}
                    "six short level descriptions per skill, then check questions on your "
                    "ratings. You can stop at any time and carry on later."
                </li>
            </ul>
            <p>
                "You get your best-matching job titles, what they pay, a chart of your skills "
                "and a learning plan. See what that looks like for Sam, a Python learner."
            </p>
            <p class="actions">
                <a href=example class="button">"See an example result"</a>
                <A href=paths::to(paths::ROLES) attr:class="button">"Browse job titles"</A>
            </p>
            <p class="privacy">
                "Nothing leaves your browser: no account, no server. "
                "Share your result with a mentor as a short link."
            </p>
        </section>
    }
}
