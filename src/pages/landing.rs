use crate::components::{use_saved, PageMeta};
use crate::core::site::{self, landing};
use crate::paths;
use crate::router::A;
use leptos::prelude::*;

/// The front page in one screen: the two ways in with their times (the quick check and the
/// full quiz), what you get with an example result to look at first, and the privacy
/// promise. Its words live in `core::site::landing`, which also writes the same content as
/// index.html's static first paint (the build reads it through the site manifest).
/// The full quiz's button goes on from where a returning person is (their unfinished quiz,
/// or their results); the static copy's inline script reads the same rule.
#[component]
pub fn Landing() -> impl IntoView {
    let saved = use_saved();
    let main = move || landing::quiz_button(saved.get());
    let example = paths::to(&landing::example_path());
    view! {
        <PageMeta
            title=site::LANDING.title.into()
            description=site::LANDING.description.into()
        />
        <section class="hero">
            <h1>{landing::HEADING}</h1>
            <p class="lead">{landing::LEAD}</p>
            <ul class="ways-in">
                <li>
                    <A href=paths::to(paths::QUICK) attr:class="button button-primary">
                        {landing::QUICK_BUTTON}
                    </A>
                    {landing::quick_time()}
                    {landing::QUICK_WHAT}
                </li>
                <li>
                    // A plain link (the router follows it) whose target follows what is saved.
                    <a class="button" href=move || paths::to(main().0)>
                        {move || main().1}
                    </a>
                    {move || landing::quiz_what(saved.get())}
                </li>
            </ul>
            <p>{landing::WHAT_YOU_GET}</p>
            <p class="actions">
                <a href=example class="button">{landing::EXAMPLE_BUTTON}</a>
                <A href=paths::to(paths::ROLES) attr:class="button">{landing::ROLES_BUTTON}</A>
            </p>
            <p class="privacy">{landing::PRIVACY}</p>
        </section>
    }
}
