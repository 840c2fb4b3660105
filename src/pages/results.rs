use crate::browser;
use crate::components::quick::QuickResultNotice;
use crate::components::results::ResultsView;
use crate::components::share::{share_link_for, ExportImport, PrintLink, ShareButton};
use crate::components::{Deferred, PageMeta, WithCatalog};
use crate::core::answers::Answers;
use crate::core::catalog::Catalog;
use crate::core::mode::ResultMode;
use crate::core::review::answer_counts;
use crate::core::salary;
use crate::core::share::{self, SharedResult};
use crate::core::site;
use crate::core::timing::STATED_MINUTES;
use crate::paths;
use crate::store;
use leptos::prelude::*;
use leptos_router::components::A;
use std::sync::Arc;

/// The person's own results, from the answers saved in this browser.
#[component]
pub fn ResultsPage() -> impl IntoView {
    view! {
        <PageMeta
            title=site::OWN_RESULTS.title.into()
            description=site::OWN_RESULTS.description.into()
        />
        <h1>{site::OWN_RESULTS.title}</h1>
        <WithCatalog let:catalog>
            <OwnResults catalog />
        </WithCatalog>
    }
}

/// The stored results, then the answers file (export, and import also when nothing is
/// stored yet).
#[component]
fn OwnResults(catalog: Arc<Catalog>) -> impl IntoView {
    // Bumped when an imported file replaced the stored answers, so they are read again.
    let imported = RwSignal::new(0u32);
    let on_imported = Callback::new(move |()| imported.update(|n| *n += 1));
    let stored = {
        let catalog = catalog.clone();
        move || {
            imported.track();
            stored_results(catalog.clone())
        }
    };
    view! {
        {stored}
        <Deferred>
            <ExportImport catalog on_imported />
        </Deferred>
    }
}

fn stored_results(catalog: Arc<Catalog>) -> AnyView {
    let loaded = store::load_quiz(&catalog);
    let notice = loaded.notice.as_ref().map(|n| n.message());
    if notice.is_some() && store::has_quiz() && loaded.may_save() {
        // Save the cleaned-up answers so the notice is shown only once.
        let _ = store::save_quiz(&loaded.quiz, &catalog);
    }
    let mode = store::load_mode();
    let mut answers = loaded.quiz.answers().clone();
    if mode == ResultMode::Quick {
        // As its share link carries it: ratings only (checks from before are set aside).
        answers.checks.clear();
    }
    // A newer version's answers are left alone: the way on is a reload.
    let reload = (!loaded.may_save()).then(|| {
        view! {
            <button type="button" class="button" on:click=move |_| browser::reload()>
                "Reload the page"
            </button>
        }
    });
    let notice =
        notice.map(|text| view! { <div class="notice" role="status"><p>{text}</p>{reload}</div> });
    if !answer_counts(&catalog, &answers).any() {
        return view! { {notice} <NoAnswers /> }.into_any();
    }
    // A remembered city that is no longer in the data falls back to the US average.
    let city = RwSignal::new(store::load_city().filter(|id| salary::city(&catalog, id).is_some()));
    let target = RwSignal::new(store::load_target().filter(|id| catalog.role(id).is_some()));
    Effect::new(move |_| {
        // Not remembering a city or a target is harmless, so a failed save is not worth a
        // message.
        let _ = store::save_city(city.read().as_deref());
        let _ = store::save_target(target.read().as_deref());
    });
    let link = {
        let (catalog, answers) = (catalog.clone(), answers.clone());
        Signal::derive(move || {
            let result = SharedResult {
                answers: answers.clone(),
                city: city.get(),
                target: target.get(),
                mode,
                ..Default::default()
            };
            share_link_for(&catalog, &result)
        })
    };
    let (change, quick_notice) = match mode {
        ResultMode::Quick => (
            paths::QUICK,
            Some(view! { <QuickResultNotice catalog=catalog.clone() /> }),
        ),
        ResultMode::Checked => (paths::QUIZ, None),
    };
    let sent = sent_compare(&catalog, &answers);
    view! {
        {notice}
        {quick_notice}
        {sent.map(|link| view! { <p class="actions sent-compare">{link}</p> })}
        // The answer first: the ways on follow the result (the header has the quiz too).
        <ResultsView catalog answers=Signal::stored(answers) city target with_share=true />
        <p class="actions">
            <A href=paths::to(change) attr:class="button">"Change your answers"</A>
            <A href=paths::to(paths::ROLES) attr:class="button">"Browse all job titles"</A>
        </p>
        <Deferred>
            <ShareButton link />
        </Deferred>
        <PrintLink link />
    }
    .into_any()
}

/// "Compare with the result you were sent": after the person took the quiz from a shared
/// link (remembered then), while that link still opens and holds other answers than theirs.
fn sent_compare(catalog: &Catalog, answers: &Answers) -> Option<impl IntoView> {
    let sent = store::load_sent()?;
    let theirs = share::decode(catalog, &sent).ok()?;
    if theirs.answers == *answers {
        return None;
    }
    let own = share::encode(
        catalog,
        &SharedResult {
            answers: answers.clone(),
            city: store::load_city(),
            target: store::load_target(),
            mode: store::load_mode(),
            ..Default::default()
        },
    );
    Some(view! {
        <A href=paths::compare(&own, &sent) attr:class="button button-primary">
            "Compare with the result you were sent"
        </A>
    })
}

/// Nothing saved yet: say so and offer both ways on.
#[component]
fn NoAnswers() -> impl IntoView {
    view! {
        <section class="notice empty-results" aria-labelledby="no-answers">
            <h2 id="no-answers">"No answers yet"</h2>
            <p>
                "Your results appear here once you have rated at least one skill. "
                {format!("The quiz takes about {STATED_MINUTES} minutes, ")}
                "you can stop at any time, and your answers stay in this browser."
            </p>
            <p class="actions">
                <A href=paths::to(paths::QUIZ) attr:class="button button-primary">"Take the quiz"</A>
                <A href=paths::to(paths::ROLES) attr:class="button">"Browse job titles"</A>
            </p>
        </section>
    }
}
