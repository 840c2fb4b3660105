//! The app shell: catalog loading, the hand-over from the static copy,
//! header and footer, and the routes.

use crate::components::{provide_saved_state, Deferred, Footer, Header, PageAnnouncer};
use crate::data::provide_catalog;
use crate::first_paint;
use crate::pages::{
    ComparePage, Landing, NotFound, QuickPage, QuizPage, ResultsRoute, RolePage, RolesPage,
};
use crate::paths;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

#[component]
pub fn App() -> impl IntoView {
    provide_catalog();
    provide_saved_state();
    first_paint::hand_over_when_ready();
    let base = paths::base();
    // The router, then header, page and footer each build in their own task (see
    // `Deferred`): the first run of the wasm compiles every function it calls, so one task
    // for all would block input.
    view! {
        <Deferred>
            <Router base>
                <Deferred>
                    <Header />
                </Deferred>
                <main id="main" tabindex="-1">
                    // Focus and an announcement on every page change (in <main>: all
                    // content belongs to a landmark).
                    <PageAnnouncer />
                    <Deferred>
                        <Routes fallback=NotFound>
                            <Route path=path!("/") view=Landing />
                            <Route path=path!("/quiz") view=QuizPage />
                            <Route path=path!("/quick") view=QuickPage />
                            // A fragment means a shared result (`/results#CODE`).
                            <Route path=path!("/results") view=ResultsRoute />
                            <Route path=path!("/compare") view=ComparePage />
                            <Route path=path!("/roles") view=RolesPage />
                            <Route path=path!("/roles/:id") view=RolePage />
                        </Routes>
                    </Deferred>
                </main>
                <Deferred>
                    <Footer />
                </Deferred>
            </Router>
        </Deferred>
    }
}
