use crate::components::use_saved_state;
use crate::core::site::routes::{link_is_current, under_base};
use crate::core::site::{header, APP_NAME};
use crate::paths;
use crate::router::use_location;
use crate::router::A;
use crate::store;
use leptos::prelude::*;

/// Site header: the name (home link) and the main navigation, which offers a returning
/// person's results once they have finished. Its words live in `core::site::header`, which
/// also writes the static copy's header (the build reads it through the site manifest).
#[component]
pub fn Header() -> impl IntoView {
    let saved = use_saved_state();
    let pathname = use_location().pathname;
    // After every quiz save (`saved`) and every page change (an import saves answers too).
    let first = move || {
        pathname.track();
        saved.track();
        header::first_link(store::saved())
    };
    // A plain link (the router follows it), marked as the current page by `A`'s rule (exact:
    // no page lies below the quiz or the results).
    let base = paths::base();
    let current = move || {
        let route = first().0;
        let here = pathname.read();
        under_base(&here, &base)
            .is_some_and(|here| link_is_current(route, here, true))
            .then_some("page")
    };
    view! {
        <a class="skip-link" href="#main" on:click=skip_to_main>
            {header::SKIP_LINK}
        </a>
        <header class="site-header">
            <A href=paths::to(paths::HOME) attr:class="brand">
                {APP_NAME}
            </A>
            <nav aria-label="Main">
                <ul>
                    <li>
                        <a href=move || paths::to(first().0) aria-current=current>
                            {move || first().1}
                        </a>
                    </li>
                    <li>
                        <A href=paths::to(paths::ROLES)>{header::ROLES_LINK}</A>
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
