use crate::paths;
use leptos::prelude::*;
use leptos_router::components::A;

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

/// `<base href>` makes "#main" point at the home page, so the skip link moves focus itself
/// instead of navigating (the router leaves clicks whose default is prevented alone).
fn skip_to_main(event: web_sys::MouseEvent) {
    event.prevent_default();
    let main = document()
        .get_element_by_id("main")
        .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok());
    if let Some(main) = main {
        let _ = main.focus();
        main.scroll_into_view();
    }
}
