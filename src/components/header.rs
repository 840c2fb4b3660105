use crate::paths;
use leptos::prelude::*;
use leptos_router::components::A;

/// Site header: the name (home link) and the main navigation.
#[component]
pub fn Header() -> impl IntoView {
    view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
        <header class="site-header">
            <A href=paths::to(paths::HOME) attr:class="brand">
                "Back-End Skill Check"
            </A>
            <nav aria-label="Main">
                <ul>
                    <li>
                        <A href=paths::to(paths::QUIZ)>"Take the quiz"</A>
                    </li>
                    <li>
                        <A href=paths::to(paths::ROLES)>"Job titles"</A>
                    </li>
                </ul>
            </nav>
        </header>
    }
}
