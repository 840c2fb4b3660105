use crate::components::use_saved_state;
use crate::core::storage::Saved;
use crate::paths;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

/// Site header: the name (home link) and the main navigation, which offers a returning
/// person's results once they have finished (index.html's static copy shows the same).
#[component]
pub fn Header() -> impl IntoView {
    let saved = use_saved_state();
    let pathname = use_location().pathname;
    // Every page change reads storage again (an import, a Start over elsewhere).
    Effect::new(move |previous: Option<String>| {
        let path = pathname.get();
        if previous.is_some() {
            saved.refresh();
        }
        path
    });
    let first_link = move || match saved.get() {
        Saved::Finished => {
            view! { <A href=paths::to(paths::RESULTS)>"Your results"</A> }.into_any()
        }
        _ => view! { <A href=paths::to(paths::QUIZ)>"Take the quiz"</A> }.into_any(),
    };
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
                    <li>{first_link}</li>
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
