use crate::data::use_catalog_state;
use leptos::prelude::*;

/// Site footer: privacy promise, data version and date, and where the figures come from.
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
            <p>
                "Your answers never leave this browser. Salary figures come from Indeed.com, "
                "Glassdoor and the US Bureau of Labor Statistics, as labelled where shown."
            </p>
            <p class="data-version">{version}</p>
        </footer>
    }
}
