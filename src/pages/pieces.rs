//! Which piece of the wasm each page's code is in (docs/wasm-split.md). The landing and
//! not-found pages are in the main wasm; each family of the others is split off by the
//! release build (scripts/split-wasm.mjs) and downloaded when one of its pages is first
//! opened (components/piece_page.rs). The piece names are `core::site::routes::piece`'s.
//!
//! A split point is Leptos's `wasm_split` macro, which only the release build can link: it
//! sets `--cfg skillcheck_split` (scripts/release-build.mjs). Every other build (`trunk
//! serve`, the wasm UI tests) gets plain functions with the same signatures.

use super::{ComparePage, QuickPage, QuizPage, ResultsRoute, RolePage, RolesPage};
use crate::components::piece_page;
use crate::core::site::routes::Route;
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;

/// For each `$piece: fn $page(..) { view }`, the page's view `$page(..)` (its piece
/// downloaded first, components/piece_page.rs), and a module `$page` with the split point:
/// `$page(..)`, building the page in piece `$piece`, and `load()`, downloading the piece;
/// both async. `fallible`: a failed download is an error to show, not a panic. Each split
/// point has a loader of its own, so a page waits for its own `load`. (The split point takes
/// the page's name: the macro makes its linker symbol from the name's place in the source.)
macro_rules! in_pieces {
    ($($piece:ident: fn $page:ident($($arg:ident: $ty:ty),*) $body:block)*) => {$(
        mod $page {
            use super::*;

            #[cfg(skillcheck_split)]
            #[leptos::wasm_split::wasm_split($piece, wasm_split_path = ::leptos::wasm_split, preload(load), fallible)]
            pub fn $page($($arg: $ty),*) -> Result<AnyView, SplitLoaderError> {
                Ok($body.into_any())
            }

            #[cfg(not(skillcheck_split))]
            pub async fn $page($($arg: $ty),*) -> Result<AnyView, SplitLoaderError> {
                Ok($body.into_any())
            }

            #[cfg(not(skillcheck_split))]
            pub async fn load() -> Result<(), SplitLoaderError> {
                Ok(())
            }
        }

        pub fn $page($($arg: $ty),*) -> AnyView {
            piece_page(|| Box::pin($page::load()), Box::new(move || Box::pin($page::$page($($arg.clone()),*))))
        }
    )*};
}

in_pieces! {
    quiz: fn quiz() { view! { <QuizPage /> } }
    quiz: fn quick() { view! { <QuickPage /> } }
    results: fn results() { view! { <ResultsRoute /> } }
    results: fn compare() { view! { <ComparePage /> } }
    roles: fn roles() { view! { <RolesPage /> } }
    roles: fn role(id: String) { view! { <RolePage id /> } }
}

/// Downloads the piece of the page `route` shows ahead of its opening, which then opens at
/// once (the pages of the main wasm need none). A failed download is left for the page to
/// try again, and explain, if it is opened.
pub async fn fetch_ahead(route: Route) {
    let _ = match route {
        Route::Quiz => quiz::load().await,
        Route::Quick => quick::load().await,
        Route::Results => results::load().await,
        Route::Compare => compare::load().await,
        Route::Roles => roles::load().await,
        Route::Role(_) => role::load().await,
        Route::Landing | Route::NotFound => Ok(()),
    };
}
