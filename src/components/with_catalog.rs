use crate::core::catalog::Catalog;
use crate::data::{use_catalog_state, LoadError, Need};
use leptos::prelude::*;
use std::sync::Arc;

/// Renders its children with the loaded catalog; until then a loading note, and on
/// failure a clear message with a Retry button (never a blank page). `need`: how much of
/// the catalog the children use (all of it unless said).
#[component]
pub fn WithCatalog<F, V>(children: F, #[prop(default = Need::All)] need: Need) -> impl IntoView
where
    F: Fn(Arc<Catalog>) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let state = use_catalog_state();
    move || match state.get(need) {
        None => view! {
            <p class="loading" role="status">"Loading the skill data…"</p>
        }
        .into_any(),
        Some(Ok(catalog)) => children(catalog).into_any(),
        Some(Err(error)) => view! { <LoadFailed error /> }.into_any(),
    }
}

#[component]
fn LoadFailed(error: LoadError) -> impl IntoView {
    let state = use_catalog_state();
    view! {
        <section class="notice notice-error" role="alert" aria-labelledby="load-failed">
            <h1 id="load-failed">"The skill data didn't load"</h1>
            <p>{error.message()}</p>
            <p>"Your saved answers are safe: they stay in this browser."</p>
            <button type="button" class="button" on:click=move |_| state.retry()>
                "Retry"
            </button>
        </section>
    }
}
