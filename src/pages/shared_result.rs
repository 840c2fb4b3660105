use crate::components::results::ResultsView;
use crate::components::share::{PrintLink, ShareErrorNotice, SharedBanner};
use crate::components::{use_catalog, use_own_result, PageMeta, WithCatalog};
use crate::core::share;
use crate::core::site;
use crate::core::verdict::Voice;
use crate::paths;
use crate::router::use_location;
use leptos::prelude::*;

/// A result someone shared: `/results#CODE`, shown read-only and marked as shared, with
/// the same view as the person's own results. It only reads the link; the visitor's own
/// stored answers and city are never touched.
#[component]
pub fn SharedResultPage() -> impl IntoView {
    let location = use_location();
    let code = Memo::new(move |_| paths::data_fragment(&location.hash.read()).unwrap_or_default());
    view! {
        <PageMeta
            title=site::SHARED_RESULT.title.into()
            description=site::SHARED_RESULT.description.into()
        />
        <WithCatalog>
            {move || {
                let catalog = use_catalog();
                let code = code.get();
                match share::decode(catalog, &code) {
                    Ok(shared) => {
                        let is_own = use_own_result().with_untracked(|own| {
                            own.as_ref().is_some_and(|own| own.answers == shared.answers)
                        });
                        let voice = if is_own { Voice::Own } else { Voice::Shared };
                        let code = share::code_from_link(&code).to_string();
                        let link = paths::share_link(&code);
                        view! {
                            <h1>{site::SHARED_RESULT.title}</h1>
                            <SharedBanner code is_own />
                            {shared
                                .mode
                                .note()
                                .map(|text| view! { <p class="notice share-mode">{text}</p> })}
                            {shared
                                .notes
                                .iter()
                                .map(|note| view! { <p class="notice share-note">{note.message()}</p> })
                                .collect_view()}
                            // The city and target live only on this page: a shared link
                            // never changes the visitor's remembered ones.
                            <ResultsView
                                answers=Signal::stored(shared.answers)
                                city=RwSignal::new(shared.city)
                                target=RwSignal::new(shared.target)
                                voice
                            />
                            <PrintLink link />
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
