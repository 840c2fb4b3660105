use crate::core::catalog::{Catalog, Question, QuestionTexts, QuizCatalog};
use crate::data::{use_catalog_state, LoadError, Need, QuestionWords};
use leptos::context::Provider;
use leptos::prelude::*;

/// The whole catalog, in context below [`WithCatalog`].
#[derive(Clone, Copy)]
struct CatalogContext(&'static Catalog);

/// The quiz's part of the catalog, in context below [`WithQuizCatalog`] and [`WithCatalog`].
#[derive(Clone, Copy)]
struct QuizCatalogContext(&'static QuizCatalog);

/// The question texts, in context below [`WithQuestionTexts`].
#[derive(Clone, Copy)]
struct QuestionTextsContext(QuestionWords);

/// The loaded catalog, for any component below [`WithCatalog`]. A `&'static` (the catalog
/// lives as long as the page), so closures copy it instead of cloning it.
pub fn use_catalog() -> &'static Catalog {
    expect_context::<CatalogContext>().0
}

/// The quiz's part of the catalog (skills, questions, meta), for any component below
/// [`WithQuizCatalog`] or [`WithCatalog`]: no roles to ask for by mistake.
pub fn use_quiz_catalog() -> &'static QuizCatalog {
    expect_context::<QuizCatalogContext>().0
}

/// The question texts, for any component below [`WithQuestionTexts`]: the words of its
/// questions are in.
pub fn use_question_texts() -> QuestionWords {
    expect_context::<QuestionTextsContext>().0
}

/// Hands the loader every question's words, not fetched, for parts mounted on their own
/// (the wasm UI tests): [`WithQuestionTexts`] then shows its children at once.
pub fn provide_loaded_texts(quiz: &QuizCatalog, texts: &'static QuestionTexts) {
    use_catalog_state().set_loaded_texts(quiz, texts);
}

/// Puts a catalog in context as [`WithCatalog`] does, for a part mounted on its own (the
/// wasm UI tests mount components this way, without loading the data).
pub fn provide_loaded_catalog(catalog: &'static Catalog) {
    provide_context(CatalogContext(catalog));
    provide_context(QuizCatalogContext(catalog));
}

/// Renders its children with the whole catalog in context ([`use_catalog`]); until it has
/// loaded a loading note, and on failure a clear message with a Retry button (never a blank
/// page). `need`: how much of the catalog the children use (all of it unless said; never
/// less than the roles: the quiz's pages use [`WithQuizCatalog`]).
#[component]
pub fn WithCatalog(children: ChildrenFn, #[prop(default = Need::All)] need: Need) -> impl IntoView {
    let state = use_catalog_state();
    loading_or(
        Data::Catalog,
        move || state.get(need),
        move |catalog: &'static Catalog| {
            let children = children.clone();
            view! {
                <Provider value=CatalogContext(catalog)>
                    <Provider value=QuizCatalogContext(catalog)>{children()}</Provider>
                </Provider>
            }
        },
    )
}

/// [`WithCatalog`] for the quiz's pages, which load only the quiz's files: its children
/// read [`use_quiz_catalog`].
#[component]
pub fn WithQuizCatalog(children: ChildrenFn) -> impl IntoView {
    let state = use_catalog_state();
    loading_or(
        Data::Catalog,
        move || state.get_quiz(),
        move |quiz: &'static QuizCatalog| {
            let children = children.clone();
            view! { <Provider value=QuizCatalogContext(quiz)>{children()}</Provider> }
        },
    )
}

/// [`WithCatalog`] for the words of `questions`, which load apart (the files they are in:
/// src/data/texts.rs): its children read [`use_question_texts`]. Inside a page's
/// [`WithCatalog`] or [`WithQuizCatalog`].
#[component]
pub fn WithQuestionTexts(children: ChildrenFn, questions: Vec<&'static Question>) -> impl IntoView {
    let state = use_catalog_state();
    let files = Question::texts_files(questions);
    loading_or(
        Data::QuestionTexts,
        move || state.get_texts(&files),
        move |texts: QuestionWords| {
            let children = children.clone();
            view! { <Provider value=QuestionTextsContext(texts)>{children()}</Provider> }
        },
    )
}

/// What is loading: the catalog, or the question texts (loaded apart, each with its retry).
#[derive(Clone, Copy, PartialEq)]
enum Data {
    Catalog,
    QuestionTexts,
}

/// A loading note while `outcome` is `None`, then `content` or the failure.
fn loading_or<T, V>(
    data: Data,
    outcome: impl Fn() -> Option<Result<T, LoadError>> + Send + Sync + 'static,
    content: impl Fn(T) -> V + Send + Sync + 'static,
) -> impl IntoView
where
    V: IntoView + 'static,
{
    move || match outcome() {
        None => view! {
            <p class="loading" role="status">
                {match data {
                    Data::Catalog => "Loading the skill data…",
                    Data::QuestionTexts => "Loading the check questions…",
                }}
            </p>
        }
        .into_any(),
        Some(Ok(catalog)) => content(catalog).into_any(),
        Some(Err(error)) => view! { <LoadFailed error data /> }.into_any(),
    }
}

#[component]
fn LoadFailed(error: LoadError, data: Data) -> impl IntoView {
    let state = use_catalog_state();
    let retry = move |_| match data {
        Data::Catalog => state.retry(),
        Data::QuestionTexts => state.retry_texts(),
    };
    // The texts fail inside a page that has its own heading, maybe in several folded
    // lists at once: no heading or id of their own.
    let heading = match data {
        Data::Catalog => {
            view! { <h1 id="load-failed">"The skill data didn't load"</h1> }.into_any()
        }
        Data::QuestionTexts => {
            view! { <p><strong>"The check questions didn't load."</strong></p> }.into_any()
        }
    };
    view! {
        <section
            class="notice notice-error"
            role="alert"
            aria-labelledby=(data == Data::Catalog).then_some("load-failed")
        >
            {heading}
            <p>{error.message()}</p>
            <p>"Your saved answers are safe: they stay in this browser."</p>
            <button type="button" class="button" on:click=retry>
                "Retry"
            </button>
        </section>
    }
}
