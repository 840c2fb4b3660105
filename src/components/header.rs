use crate::paths;
use leptos::prelude::*;
use leptos_router::components::A;
use wasm_bindgen::JsCast;

/// Site header: the name (home link) and the main navigation.
#[component]
pub fn Header() -> impl IntoView {
    view! {
        <a class="skip-link" href="#main" on:click=skip_to_main>
            "Skip to content"
        </a>
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

/// Under `<base href>` a bare `#main` link resolves to the start page, so the skip link
/// moves focus to the main content itself instead of navigating.
fn skip_to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    let main = document().get_element_by_id("main");
    if let Some(main) = main.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = main.focus();
    }
}
