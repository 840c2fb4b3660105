//! The app shell: catalog loading, the hand-over from the static copy,
//! header and footer, and the routes.

use crate::components::{provide_saved_state, Deferred, Footer, Header, PageAnnouncer};
use crate::core::site::routes::{next_step, Route};
use crate::data::provide_catalog;
use crate::first_paint;
use crate::pages::{pieces, Landing, NotFound};
use crate::router::{use_route, Router};
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    provide_catalog();
    provide_saved_state();
    first_paint::hand_over_when_ready();
    // The router, then header, page and footer each build in their own task (see
    // `Deferred`): the first run of the wasm compiles every function it calls, so one task
    // for all would block input.
    view! {
        <Deferred>
            <Router>
                <Deferred>
                    <Header />
                </Deferred>
                <main id="main" tabindex="-1">
                    // Focus and an announcement on every page change (in <main>: all
                    // content belongs to a landmark).
                    <PageAnnouncer />
                    <Deferred>
                        <Pages />
                    </Deferred>
                </main>
                <Deferred>
                    <Footer />
                </Deferred>
            </Router>
        </Deferred>
    }
}

/// The page the address shows (`core::site::routes::route_of`); a new page when the route
/// changes, from one role to another too, but not when only the fragment does. Every page
/// but the landing and not-found ones comes from its piece of the wasm (pages/pieces.rs).
#[component]
fn Pages() -> impl IntoView {
    let route = use_route();
    // Once the first page is on screen and the browser idle: the piece of the page its main
    // way on leads to (core::site::routes::next_step), so that step opens at once.
    leptos::task::spawn_local(async move {
        first_paint::first_page_shown().await;
        first_paint::after_idle().await;
        if let Some(next) = next_step(&route.get_untracked()) {
            pieces::fetch_ahead(next).await;
        }
    });
    move || match route.get() {
        Route::Landing => view! { <Landing /> }.into_any(),
        Route::Quiz => pieces::quiz(),
        Route::Quick => pieces::quick(),
        // A fragment means a shared result (`/results#CODE`).
        Route::Results => pieces::results(),
        Route::Compare => pieces::compare(),
        Route::Roles => pieces::roles(),
        Route::Role(id) => pieces::role(id),
        Route::NotFound => view! { <NotFound /> }.into_any(),
    }
}
