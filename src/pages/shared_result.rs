use crate::components::share::{ResultSummary, ShareErrorNotice, SharedBanner};
use crate::components::{PageMeta, WithCatalog};
use crate::core::share;
use crate::paths;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// A result someone shared: `/results#CODE`, shown read-only and marked as shared. It
/// only reads the link; the visitor's own stored answers are never touched.
#[component]
pub fn SharedResultPage() -> impl IntoView {
    let location = use_location();
    let code = Memo::new(move |_| {
        location.hash.track();
        paths::data_fragment().unwrap_or_default()
    });
    view! {
        <PageMeta
            title="A shared result".into()
            description="A Back-End Skill Check result someone shared with you.".into()
        />
        <WithCatalog let:catalog>
            {move || {
                let code = code.get();
                match share::decode(&catalog, &code) {
                    Ok(shared) => {
                        view! {
                            <h1>"A shared result"</h1>
                            <SharedBanner
                                catalog=catalog.clone()
                                code=share::code_from_link(&code).to_string()
                            />
                            <ResultSummary catalog=catalog.clone() answers=shared.answers />
                        }
                            .into_any()
                    }
                    Err(error) => {
                        view! {
                            <h1>"This link didn't open a result"</h1>
                            <ShareErrorNotice error />
                        }
                            .into_any()
                    }
                }
            }}
        </WithCatalog>
    }
}
