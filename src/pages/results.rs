use crate::browser;
use crate::components::quick::QuickResultNotice;
use crate::components::results::ResultsView;
use crate::components::share::{share_link_for, ExportImport, PrintLink, ShareButton};
use crate::components::{
    use_catalog, use_stored_quiz, Deferred, PageMeta, StoredQuiz, StoredRead, WithCatalog,
};
use crate::core::answers::Answers;
use crate::core::catalog::Catalog;
use crate::core::mode::ResultMode;
use crate::core::review::answer_counts;
use crate::core::share::{self, SharedResult};
use crate::core::site;
use crate::core::timing::STATED_MINUTES;
use crate::paths;
use crate::router::A;
use leptos::prelude::*;

/// The person's own results, from the answers saved in this browser.
#[component]
pub fn ResultsPage() -> impl IntoView {
    view! {
        <PageMeta
            title=site::OWN_RESULTS.title.into()
            description=site::OWN_RESULTS.description.into()
        />
        <h1>{site::OWN_RESULTS.title}</h1>
        <WithCatalog>
            <OwnResults />
        </WithCatalog>
    }
}

/// The stored results, then the answers file (export, and import also when nothing is
/// stored yet).
#[component]
fn OwnResults() -> impl IntoView {
    let catalog = use_catalog();
    let stored = use_stored_quiz(catalog);
    // An imported file replaced the stored answers: read them again.
    let on_imported = Callback::new(move |()| stored.reread());
    view! {
        {move || stored_results(catalog, stored, stored.get())}
        <Deferred>
            <ExportImport on_imported />
        </Deferred>
    }
}

fn stored_results(catalog: &'static Catalog, stored: StoredQuiz, read: StoredRead) -> AnyView {
    let StoredRead { loaded, mode, .. } = &read;
    let mode = *mode;
    let notice = loaded.notice.as_ref().map(|n| n.message());
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
    if !answer_counts(catalog, &answers).any() {
        return view! { {notice} <NoAnswers /> }.into_any();
    }
    let (city, target) = (stored.city, stored.target);
    let link = {
        let answers = answers.clone();
        Signal::derive(move || {
            let result = SharedResult {
                answers: answers.clone(),
                city: city.get(),
                target: target.get(),
                mode,
                ..Default::default()
            };
            share_link_for(catalog, &result)
        })
    };
    let (change, quick_notice) = match mode {
        ResultMode::Quick => {
            let has_checks = loaded.quiz.clone().to_first_check(catalog);
            (
                paths::QUICK,
                Some(view! { <QuickResultNotice has_checks /> }),
            )
        }
        ResultMode::Checked => (paths::QUIZ, None),
    };
    let sent = sent_compare(catalog, &read, &answers);
    view! {
        {notice}
        {quick_notice}
        {sent.map(|link| view! { <p class="actions sent-compare">{link}</p> })}
        // The answer first: the ways on follow the result (the header has the quiz too).
        <ResultsView answers=Signal::stored(answers) city target with_share=true />
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
fn sent_compare(catalog: &Catalog, read: &StoredRead, answers: &Answers) -> Option<impl IntoView> {
    let sent = read.sent.clone()?;
    let theirs = share::decode(catalog, &sent).ok()?;
    if theirs.answers == *answers {
        return None;
    }
    let own = share::encode(
        catalog,
        &SharedResult {
            answers: answers.clone(),
            city: read.city.clone(),
            target: read.target.clone(),
            mode: read.mode,
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
