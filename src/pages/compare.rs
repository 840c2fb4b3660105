use crate::components::compare::{CompareLeads, ComparePasteForm, CompareRoles, CompareSkills};
use crate::components::share::{ResultSummary, ShareErrorNotice};
use crate::components::{use_catalog, PageMeta, WithCatalog};
use crate::core::compare::{aim_sentence, compare};
use crate::core::share::{self, ShareError, SharedResult};
use crate::core::site;
use crate::data::Need;
use crate::paths;
use crate::router::use_location;
use leptos::prelude::*;

/// Two results side by side, from `/compare#a=CODE&b=CODE`; without a fragment, just the
/// form to paste two links.
#[component]
pub fn ComparePage() -> impl IntoView {
    let location = use_location();
    // `None` until a comparison is asked for.
    let codes = Memo::new(move |_| {
        paths::data_fragment(&location.hash.read())
            .filter(|f| !f.is_empty())
            .map(|f| paths::compare_codes(&f))
    });
    view! {
        <PageMeta
            title=site::COMPARE.title.into()
            description=site::COMPARE.description.into()
        />
        <h1>{site::COMPARE.title}</h1>
        <p class="lead">
            "Put two results side by side: before and after some learning, or yours and a \
            mentor's. Paste two result links (or codes). A is the first, B the second; \
            differences are B minus A."
        </p>
        <ComparePasteForm codes=Signal::derive(move || codes.get().unwrap_or_default()) />
        <WithCatalog need=Need::Roles>
            {move || {
                codes
                    .get()
                    .map(|(a, b)| view! { <Comparison a b /> })
            }}
        </WithCatalog>
    }
}

#[component]
fn Comparison(a: String, b: String) -> impl IntoView {
    let catalog = use_catalog();
    let (a, b) = (share::decode(catalog, &a), share::decode(catalog, &b));
    let (Ok(a), Ok(b)) = (a.clone(), b.clone()) else {
        // At least one link is bad: say which first (on a phone the good side's summary
        // is long), then show the other.
        let b_first = a.is_ok();
        let (a, b) = (
            view! { <OneSide label="Result A" result=a /> },
            view! { <OneSide label="Result B" result=b /> },
        );
        return if b_first {
            view! { {b} {a} }.into_any()
        } else {
            view! { {a} {b} }.into_any()
        };
    };
    let cmp = compare(catalog, &a.answers, &b.answers);
    let notes: Vec<String> = [("A", &a), ("B", &b)]
        .into_iter()
        .flat_map(|(side, r)| {
            r.notes
                .iter()
                .map(move |n| format!("{side}: {}", n.message()))
        })
        .collect();
    let aims = [
        aim_sentence(catalog, "A", &a),
        aim_sentence(catalog, "B", &b),
    ];
    // A quick result's ratings weren't checked: say so beside what it aims at.
    let modes = [("A", a.mode), ("B", b.mode)]
        .into_iter()
        .filter_map(|(side, mode)| mode.note().map(|n| format!("{side}: {n}")));
    view! {
        <section class="compare-targets" aria-labelledby="compare-targets-title">
            <h2 id="compare-targets-title">"What each aims at"</h2>
            <ul>{aims.map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
            {modes.map(|n| view! { <p class="notice share-mode">{n}</p> }).collect_view()}
            {notes.into_iter().map(|n| view! { <p class="notice share-note">{n}</p> }).collect_view()}
        </section>
        <section class="compare-result" aria-labelledby="compare-skills-title">
            <h2 id="compare-skills-title">"Skill by skill"</h2>
            <CompareSkills rows=cmp.skills />
        </section>
        <section aria-labelledby="compare-roles-title">
            <h2 id="compare-roles-title">"Best-matching job titles"</h2>
            <CompareRoles rows=cmp.roles />
        </section>
        <section aria-labelledby="compare-leads-title">
            <h2 id="compare-leads-title">"What one has that the other lacks"</h2>
            <CompareLeads side="A" other="B" lead=cmp.a_over_b />
            <CompareLeads side="B" other="A" lead=cmp.b_over_a />
        </section>
    }
    .into_any()
}

/// One side on its own, when the other couldn't be read.
#[component]
fn OneSide(label: &'static str, result: Result<SharedResult, ShareError>) -> impl IntoView {
    let body = match result {
        Ok(r) => view! {
        {r.mode.note().map(|n| view! { <p class="notice share-mode">{n}</p> })}
        <ResultSummary answers=r.answers nested=true /> }
        .into_any(),
        Err(error) => {
            // Pasting again helps a link cut off or mangled on the way (its message says how
            // to get it whole), not an empty one nor one from a newer app.
            let again = matches!(error, ShareError::NotACode | ShareError::Damaged)
                .then(|| view! { <p>"Paste it in the form above."</p> });
            view! {
                <ShareErrorNotice error ways_on=false />
                {again}
            }
            .into_any()
        }
    };
    view! {
        <section class="compare-side">
            <h2>{label}</h2>
            {body}
        </section>
    }
}
