//! The app shell: meta context, catalog loading, header and footer, and the routes.

use crate::components::{Footer, Header};
use crate::data::provide_catalog;
use crate::pages::{Landing, NotFound, QuizPage, ResultsPage, RolePage, RolesPage};
use crate::paths;
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Html};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    provide_catalog();
    let base = paths::base();
    view! {
        <Html attr:lang="en" />
        <Router base>
            <Header />
            <main id="main" tabindex="-1">
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=Landing />
                    <Route path=path!("/quiz") view=QuizPage />
                    <Route path=path!("/results") view=ResultsPage />
                    <Route path=path!("/roles") view=RolesPage />
                    <Route path=path!("/roles/:id") view=RolePage />
                </Routes>
            </main>
            <Footer />
        </Router>
    }
}
