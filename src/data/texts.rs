//! The question texts (`question-texts.json`): loaded apart from the catalog, and only for
//! the pages that show a question's words (the quiz's check steps, the results' review of
//! the checks), since they are most of the data's bytes and no other page reads them.

use super::{fetch_text, CatalogState, LoadError};
use crate::core::catalog::{DataFile, QuestionTexts, QuizCatalog};
use crate::first_paint::{first_page_shown, next_task};
use leptos::prelude::*;

/// Loaded texts, or why they could not be; `None` until a load has finished.
pub(super) type TextsOutcome = Option<Result<&'static QuestionTexts, LoadError>>;

/// The texts' loading state, part of [`CatalogState`].
#[derive(Clone, Copy)]
pub(super) struct TextsState {
    outcome: RwSignal<TextsOutcome>,
    attempt: RwSignal<u32>,
    wanted: RwSignal<bool>,
}

impl CatalogState {
    /// The question texts, loading them (once the quiz's part of the catalog is in) on
    /// first use; `None` while loading.
    pub fn get_texts(&self) -> TextsOutcome {
        self.want_texts();
        self.texts.outcome.get()
    }

    /// Starts loading the question texts if nothing has yet: the quiz asks as soon as it
    /// shows, so they are in before the first check question.
    pub fn want_texts(&self) {
        if !self.texts.wanted.get_untracked() {
            self.texts.wanted.set(true);
        }
    }

    /// The texts if they have loaded, without starting a load or tracking.
    pub fn loaded_texts(&self) -> Option<&'static QuestionTexts> {
        self.texts.outcome.get_untracked().and_then(Result::ok)
    }

    /// Hands over texts loaded some other way (the wasm UI tests mount parts with the
    /// bundled data, without fetching).
    pub fn set_loaded_texts(&self, texts: &'static QuestionTexts) {
        self.texts.outcome.set(Some(Ok(texts)));
    }

    pub fn retry_texts(&self) {
        self.texts.attempt.update(|n| *n += 1);
    }
}

/// Fetches and parses the texts (of the catalog's edition: core::catalog::edition), once the
/// page is on screen: what it shows first (a shared result's verdict, the quiz's first
/// step) never waits behind them.
async fn load_texts(quiz: &'static QuizCatalog) -> Result<&'static QuestionTexts, LoadError> {
    first_page_shown().await;
    let text = fetch_text(DataFile::QuestionTexts).await?;
    next_task().await;
    let texts = QuestionTexts::from_build(&text, quiz).map_err(LoadError::from)?;
    Ok(Box::leak(Box::new(texts)))
}

/// The texts' state, and the effect that loads them once wanted and the quiz's part of
/// the catalog is in: one load per attempt (a catalog loaded again for a page that needs
/// more does not start another), and each retry, offered only after a failure, one more.
pub(super) fn provide_texts(
    catalog: impl Fn() -> Option<&'static QuizCatalog> + 'static,
) -> TextsState {
    let state = TextsState {
        outcome: RwSignal::new(None),
        attempt: RwSignal::new(0),
        wanted: RwSignal::new(false),
    };
    let started = StoredValue::new(None::<u32>);
    Effect::new(move || {
        let attempt = state.attempt.get();
        let Some(quiz) = catalog().filter(|_| state.wanted.get()) else {
            return;
        };
        let loaded = matches!(state.outcome.get_untracked(), Some(Ok(_)));
        if loaded || started.get_value() == Some(attempt) {
            return;
        }
        started.set_value(Some(attempt));
        leptos::task::spawn_local(async move {
            state.outcome.set(Some(load_texts(quiz).await));
        });
    });
    state
}
