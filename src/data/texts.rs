//! The question texts (`question-texts.json`): loaded apart from the catalog, and only for
//! the pages that show a question's words (the quiz's check steps, the results' review of
//! the checks), since they are most of the data's bytes and no other page reads them. The
//! retired questions' words (`retired-question-texts.json`, which the build ships apart)
//! load with them only where a result from before they retired shows one.

use super::{covering, fetch_text, want_at_least, CatalogState, LoadError};
use crate::core::catalog::{DataFile, QuestionTexts, QuizCatalog};
use crate::first_paint::{first_page_shown, next_task};
use futures::future::try_join;
use leptos::prelude::*;

/// Which questions' words a page shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Texts {
    /// Those of the questions still asked.
    Asked,
    /// Also the retired ones' (a result from before they retired).
    WithRetired,
}

/// A load's outcome, with what it loaded; `None` until one has finished.
type TextsOutcome = Option<(Texts, Result<&'static QuestionTexts, LoadError>)>;

/// The texts' loading state, part of [`CatalogState`].
#[derive(Clone, Copy)]
pub(super) struct TextsState {
    outcome: RwSignal<TextsOutcome>,
    attempt: RwSignal<u32>,
    /// The most any part of the page has asked for (`None`: nothing yet).
    wanted: RwSignal<Option<Texts>>,
}

impl CatalogState {
    /// The words of `need`'s questions, loading them (once the quiz's part of the catalog
    /// is in) on first use, or loading the rest; `None` while loading.
    pub fn get_texts(&self, need: Texts) -> Option<Result<&'static QuestionTexts, LoadError>> {
        self.want_texts(need);
        covering(self.texts.outcome.get(), need)
    }

    /// Starts loading the words of `need`'s questions unless they are loading or in: the
    /// quiz asks as soon as it shows, so they are in before the first check question.
    pub fn want_texts(&self, need: Texts) {
        want_at_least(self.texts.wanted, need);
    }

    /// The texts if they have loaded, without starting a load or tracking.
    pub fn loaded_texts(&self) -> Option<&'static QuestionTexts> {
        let (_, outcome) = self.texts.outcome.get_untracked()?;
        outcome.ok()
    }

    /// Hands over every question's words, loaded some other way (the wasm UI tests mount
    /// parts with the bundled data, without fetching).
    pub fn set_loaded_texts(&self, texts: &'static QuestionTexts) {
        self.texts
            .outcome
            .set(Some((Texts::WithRetired, Ok(texts))));
    }

    pub fn retry_texts(&self) {
        self.texts.attempt.update(|n| *n += 1);
    }
}

/// Fetches and parses the words of `need`'s questions (of the catalog's edition:
/// core::catalog::edition), once the page is on screen: what it shows first (a shared
/// result's verdict, the quiz's first step) never waits behind them.
async fn load_texts(
    quiz: &'static QuizCatalog,
    need: Texts,
) -> Result<&'static QuestionTexts, LoadError> {
    first_page_shown().await;
    let parsed =
        |file, text: String| QuestionTexts::from_build(file, &text, quiz).map_err(LoadError::from);
    let (asked, retired) = (DataFile::QuestionTexts, DataFile::RetiredQuestionTexts);
    let texts = match need {
        Texts::Asked => parsed(asked, fetch_text(asked).await?)?,
        Texts::WithRetired => {
            let (words, more) = try_join(fetch_text(asked), fetch_text(retired)).await?;
            next_task().await;
            parsed(asked, words)?.with(parsed(retired, more)?)
        }
    };
    Ok(Box::leak(Box::new(texts)))
}

/// The texts' state, and the effect that loads them once wanted and the quiz's part of
/// the catalog is in: one load per attempt and need (a catalog loaded again for a page
/// that needs more does not start another), each retry, offered only after a failure, one
/// more, and one for the retired questions' words when a part of the page first shows one.
pub(super) fn provide_texts(
    catalog: impl Fn() -> Option<&'static QuizCatalog> + 'static,
) -> TextsState {
    let state = TextsState {
        outcome: RwSignal::new(None),
        attempt: RwSignal::new(0),
        wanted: RwSignal::new(None),
    };
    let started = StoredValue::new(None::<(u32, Texts)>);
    Effect::new(move || {
        let attempt = state.attempt.get();
        let (Some(quiz), Some(need)) = (catalog(), state.wanted.get()) else {
            return;
        };
        let loaded = matches!(state.outcome.get_untracked(), Some((had, Ok(_))) if had >= need);
        if loaded || started.get_value() == Some((attempt, need)) {
            return;
        }
        started.set_value(Some((attempt, need)));
        leptos::task::spawn_local(async move {
            let outcome = load_texts(quiz, need).await;
            // A load for less that ends after one for more leaves the more.
            if state
                .outcome
                .get_untracked()
                .is_none_or(|(had, _)| had <= need)
            {
                state.outcome.set(Some((need, outcome)));
            }
        });
    });
    state
}
