use leptos::prelude::*;

/// The result's link, printed at the end of the page (on screen the share panel holds it),
/// so a printout leads back to the live result.
#[component]
pub fn PrintLink(#[prop(into)] link: Signal<String>) -> impl IntoView {
    view! {
        <p class="print-link">
            "This result online: "
            <span class="print-link-url">{move || link.get()}</span>
        </p>
    }
}
