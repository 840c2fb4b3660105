use crate::core::site::footer::NOTE;
use crate::data::use_catalog_state;
use leptos::prelude::*;

/// Site footer: privacy promise, data version and date, and where the figures come from
/// (its words in `core::site::footer`, which the static first paint shows too).
#[component]
pub fn Footer() -> impl IntoView {
    let state = use_catalog_state();
    let version = move || {
        state.loaded().map(|c| {
            format!(
                "Data version {}, as of {}.",
                c.meta.data_version, c.meta.as_of
            )
        })
    };
    view! {
        <footer class="site-footer">
            <p>{NOTE}</p>
            <p class="data-version">{version}</p>
        </footer>
    }
}
