//! The one place that loads the bundled catalog: fetches the JSON files under `data/` when
//! the first page that needs them asks (the landing and not-found pages never do; the quiz
//! only needs the first three, the job-title list and compare all but the job-search
//! advice, the results and role pages all), relative to `<base href>`, so
//! sub-path deployments work; parses them (the build validated them: here they need only
//! share its edition, core::catalog::edition), and hands the result to the pages through
//! context (`WithCatalog`, `WithQuizCatalog`). The HTML of the route pages that start the
//! app at once preloads the files their page needs (scripts/route-pages.mjs), so they are
//! usually on their way before the wasm runs. The
//! check questions' words load apart, later and only where shown (data/texts.rs).
//! Fetching a file and the errors a load explains: data/fetch.rs.

use crate::core::catalog::edition::Unusable;
use crate::core::catalog::{
    Catalog, CatalogError, DataFile, ParsedFiles, QuizCatalog, QUIZ_FILES, ROLES_FILES,
};
use crate::first_paint::next_task;
use fetch::fetch_text;
pub use fetch::LoadError;
use futures::future::try_join_all;
use leptos::prelude::*;
pub use texts::QuestionWords;
use texts::{provide_texts, TextsState};

mod fetch;
mod texts;

/// How much of the catalog a page needs. Ordered: a catalog loaded for `All` serves the
/// other pages too, one loaded for `Roles` the quiz.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Need {
    /// Meta, skills and questions (the first [`QUIZ_FILES`] files): the quiz.
    Quiz,
    /// Every file but the job-search advice (the first [`ROLES_FILES`]): the job-title
    /// list and compare.
    Roles,
    /// Every file: the results (own and shared) and the role pages, which show how to get
    /// hired.
    All,
}

/// A loaded catalog: the quiz's part alone, or the whole (its job-search advice empty when
/// loaded for [`Need::Roles`]). Loaded once per visit and need, it lives as long as the page:
/// a `&'static` is a handle every component can copy into its closures.
#[derive(Clone, Copy)]
enum Loaded {
    Quiz(&'static QuizCatalog),
    Whole(&'static Catalog),
}

impl Loaded {
    fn quiz(self) -> &'static QuizCatalog {
        match self {
            Loaded::Quiz(quiz) => quiz,
            Loaded::Whole(catalog) => catalog,
        }
    }

    fn whole(self) -> Option<&'static Catalog> {
        match self {
            Loaded::Quiz(_) => None,
            Loaded::Whole(catalog) => Some(catalog),
        }
    }
}

/// How to parse and put together more than the quiz's part of the catalog. The pages that
/// show roles hand it to the loader ([`CatalogState::get`]), so the code that parses roles,
/// salaries, resources and the job-search advice is in their pieces of the wasm, not in
/// the main part every page downloads (docs/wasm-split.md).
#[derive(Clone, Copy)]
struct WholeParser {
    add: fn(&mut ParsedFiles, DataFile, &str) -> Result<(), CatalogError>,
    finish: fn(ParsedFiles, Need) -> Result<Catalog, Unusable>,
}

impl WholeParser {
    fn new() -> Self {
        WholeParser {
            add: ParsedFiles::add,
            finish: |parsed, need| match need {
                Need::Roles => parsed.roles_from_build(),
                Need::All | Need::Quiz => parsed.whole_from_build(),
            },
        }
    }
}

/// Fetches the files `need` asks for in parallel, then parses each in a task of its own
/// and puts them together in another: one long task would delay taps and key presses. The
/// build validated the files; here they need only share its edition (core::catalog::edition).
/// `whole`: how to parse more than the quiz's files (`None` for the quiz's part).
async fn load_catalog(need: Need, whole: Option<WholeParser>) -> Result<Loaded, LoadError> {
    let whole = whole.filter(|_| need > Need::Quiz);
    let count = match (need, whole) {
        (_, None) => QUIZ_FILES,
        (Need::Roles, Some(_)) => ROLES_FILES,
        (_, Some(_)) => DataFile::CATALOG.len(),
    };
    let files = &DataFile::CATALOG[..count];
    let texts = try_join_all(files.iter().map(|file| fetch_text(file.name()))).await?;
    let mut parsed = ParsedFiles::default();
    for (&file, text) in files.iter().zip(&texts) {
        next_task().await;
        let added = match whole {
            Some(whole) => (whole.add)(&mut parsed, file, text),
            None => parsed.add_quiz_file(file, text),
        };
        added.map_err(|e| LoadError::Invalid { problems: vec![e] })?;
    }
    next_task().await;
    let catalog = match whole {
        Some(whole) => {
            (whole.finish)(parsed, need).map(|catalog| Loaded::Whole(Box::leak(Box::new(catalog))))
        }
        None => parsed
            .quiz_from_build()
            .map(|quiz| Loaded::Quiz(Box::leak(Box::new(quiz)))),
    };
    // The page renders with the catalog in the next task.
    next_task().await;
    catalog.map_err(LoadError::from)
}

/// A load's outcome, with what it loaded for.
type Outcome = (Need, Result<Loaded, LoadError>);

/// The loading state every page reads; `retry` starts a new attempt.
#[derive(Clone, Copy)]
pub struct CatalogState {
    /// The last load's outcome; `None` until one has finished. A new load (more needed, or
    /// a retry) keeps the previous outcome until its own arrives.
    outcome: RwSignal<Option<Outcome>>,
    attempt: RwSignal<u32>,
    /// The most any page has asked for so far (`None`: nothing yet); loading starts when
    /// it first rises, and loads the rest when a page needs more.
    wanted: RwSignal<Option<Need>>,
    /// How to load more than the quiz's part, once a page that needs it has asked.
    whole: StoredValue<Option<WholeParser>>,
    /// The question texts, loaded apart (src/data/texts.rs).
    texts: TextsState,
}

impl CatalogState {
    /// The whole catalog for a page that needs `need` (at least the roles), loading it on
    /// first use (or loading the rest, when less is loaded); `None` while loading.
    pub fn get(&self, need: Need) -> Option<Result<&'static Catalog, LoadError>> {
        let need = need.max(Need::Roles);
        self.whole.set_value(Some(WholeParser::new()));
        self.want(need);
        self.outcome(need).map(|outcome| {
            outcome.map(|loaded| loaded.whole().expect("a load for the roles or more"))
        })
    }

    /// The quiz's part of the catalog, loading it on first use; `None` while loading.
    pub fn get_quiz(&self) -> Option<Result<&'static QuizCatalog, LoadError>> {
        self.want(Need::Quiz);
        self.outcome(Need::Quiz)
            .map(|outcome| outcome.map(Loaded::quiz))
    }

    /// Raises what is wanted to `need`, never lowers it: the loading effect follows.
    fn want(&self, need: Need) {
        if self.wanted.with_untracked(|had| *had < Some(need)) {
            self.wanted.set(Some(need));
        }
    }

    /// What a load has brought for a page that needs `need` (tracked): what it loaded once
    /// that covers `need`, or its error; `None` while that is still loading.
    fn outcome(&self, need: Need) -> Option<Result<Loaded, LoadError>> {
        match self.outcome.get()? {
            (loaded, Ok(value)) => (loaded >= need).then_some(Ok(value)),
            (_, Err(error)) => Some(Err(error)),
        }
    }

    /// The catalog if a page has loaded it, without starting a load: the footer shows the
    /// data's version only where the data is in use.
    pub fn loaded(&self) -> Option<&'static QuizCatalog> {
        quiz_part(self.outcome)
    }

    /// Whether the current page can show its final content: it needs no catalog, or what
    /// it needs has loaded or failed.
    pub fn settled(&self) -> bool {
        self.wanted
            .get()
            .is_none_or(|wanted| self.outcome(wanted).is_some())
    }

    pub fn retry(&self) {
        self.attempt.update(|n| *n += 1);
    }
}

/// The quiz's part of the catalog a finished load brought, if it brought one (tracked).
fn quiz_part(outcome: RwSignal<Option<Outcome>>) -> Option<&'static QuizCatalog> {
    outcome
        .get()
        .and_then(|(_, loaded)| loaded.ok())
        .map(Loaded::quiz)
}

/// Provides [`CatalogState`] to every component below; the first `get` starts the load.
/// A plain signal and an effect rather than a `LocalResource`: its async machinery was
/// about 9 KB of the wasm (gzip) for this one use (docs/performance.md).
pub fn provide_catalog() {
    let attempt = RwSignal::new(0u32);
    let wanted = RwSignal::new(None::<Need>);
    let outcome = RwSignal::new(None::<Outcome>);
    let whole = StoredValue::new(None);
    // Each load's number: only the latest one's outcome is kept, as a resource would.
    let loads = StoredValue::new(0u32);
    Effect::new(move || {
        attempt.track();
        // Nothing until a page asks; then a load of what it asked for.
        let Some(need) = wanted.get() else { return };
        loads.update_value(|n| *n += 1);
        let this_load = loads.get_value();
        let whole = whole.get_value();
        leptos::task::spawn_local(async move {
            let loaded = load_catalog(need, whole).await;
            if loads.get_value() == this_load {
                outcome.set(Some((need, loaded)));
            }
        });
    });
    // The texts are checked against the quiz's part of whatever catalog has loaded.
    let texts = provide_texts(move || quiz_part(outcome));
    provide_context(CatalogState {
        outcome,
        attempt,
        wanted,
        whole,
        texts,
    });
}

pub fn use_catalog_state() -> CatalogState {
    expect_context::<CatalogState>()
}
