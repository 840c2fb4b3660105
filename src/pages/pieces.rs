//! Which piece of the wasm each page's code is in (docs/wasm-split.md). The landing and
//! not-found pages are in the main wasm; each family of the others is split off by the
//! release build (scripts/split-wasm.mjs) and downloaded when one of its pages is first
//! opened (components/piece_page.rs). The piece names are `core::site::routes::piece`'s.
//!
//! A split point is Leptos's `wasm_split` macro, which only the release build can link: it
//! sets `--cfg skillcheck_split` (scripts/release-build.mjs). Every other build (`trunk
//! serve`, the wasm UI tests) gets plain functions with the same signatures.

use super::{ComparePage, QuickPage, QuizPage, ResultsRoute, RolePage, RolesPage};
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;

/// For each `$piece: $load, fn $page(..) { view }`: `fn $page(..)`, building the page in
/// piece `$piece`, and `$load()`, downloading the piece; both async. `fallible`: a failed
/// download is an error to show, not a panic.
macro_rules! in_pieces {
    ($($piece:ident: $load:ident, fn $page:ident($($arg:ident: $ty:ty),*) $body:block)*) => {$(
        #[cfg(skillcheck_split)]
        #[leptos::wasm_split::wasm_split($piece, wasm_split_path = ::leptos::wasm_split, preload($load), fallible)]
        pub fn $page($($arg: $ty),*) -> Result<AnyView, SplitLoaderError> {
            Ok($body.into_any())
        }

        #[cfg(not(skillcheck_split))]
        pub async fn $page($($arg: $ty),*) -> Result<AnyView, SplitLoaderError> {
            Ok($body.into_any())
        }

        #[cfg(not(skillcheck_split))]
        pub async fn $load() -> Result<(), SplitLoaderError> {
            Ok(())
        }
    )*};
}

in_pieces! {
    quiz: load_quiz, fn quiz_page() { view! { <QuizPage /> } }
    quiz: load_quick, fn quick_page() { view! { <QuickPage /> } }
    results: load_results, fn results_page() { view! { <ResultsRoute /> } }
    results: load_compare, fn compare_page() { view! { <ComparePage /> } }
    roles: load_roles, fn roles_page() { view! { <RolesPage /> } }
    roles: load_role, fn role_page(id: String) { view! { <RolePage id /> } }
}
