//! The question texts: loaded apart from the catalog, only for the pages that show a
//! question's words (the quiz's check steps, the results' review of the checks), and only
//! the files those questions' words are in. The build ships them by skill, the retired
//! questions' apart ([`Question::texts_file`]): a quick check or a shared result loads the
//! few skills it shows, not the whole bank (most of the data's bytes).

use super::{fetch_text, CatalogState, LoadError};
use crate::core::catalog::{Question, QuestionText, QuestionTexts, QuizCatalog};
use crate::core::small::SortedMap;
use crate::first_paint::first_page_shown;
use leptos::prelude::*;

/// A file's outcome: its words, or why they did not load.
type FileOutcome = Result<&'static QuestionTexts, LoadError>;

/// The texts' loading state, part of [`CatalogState`].
#[derive(Clone, Copy)]
pub(super) struct TextsState {
    /// Each finished file's outcome, by file name; a retry keeps a failure until its own
    /// outcome arrives.
    files: RwSignal<SortedMap<String, FileOutcome>>,
    attempt: RwSignal<u32>,
    /// Every file a part of the page has asked for.
    wanted: RwSignal<Vec<String>>,
}

/// The words of the questions loaded so far, for the parts below [`WithQuestionTexts`]
/// (which waits until the files its questions need are in).
///
/// [`WithQuestionTexts`]: crate::components::WithQuestionTexts
#[derive(Clone, Copy)]
pub struct QuestionWords(RwSignal<SortedMap<String, FileOutcome>>);

impl QuestionWords {
    /// The words of the question `id`, if its file is in (not tracked: they never change).
    pub fn of(&self, id: &str) -> Option<&'static QuestionText> {
        self.0.with_untracked(|files| {
            files
                .values()
                .filter_map(|outcome| outcome.as_ref().ok())
                .find_map(|texts| texts.of(id))
        })
    }
}

/// The files `questions`' words are in, each once.
pub fn files_of<'a>(questions: impl IntoIterator<Item = &'a Question>) -> Vec<String> {
    let mut files = Vec::new();
    for file in questions.into_iter().map(Question::texts_file) {
        if !files.contains(&file) {
            files.push(file);
        }
    }
    files
}

impl CatalogState {
    /// The words of the questions in `files` ([`files_of`]), loading those not in yet (once
    /// the quiz's part of the catalog is in); `None` while one loads, else the first failure
    /// if one failed.
    pub fn get_texts(&self, files: &[String]) -> Option<Result<QuestionWords, LoadError>> {
        self.want_texts(files);
        self.texts.files.with(|loaded| {
            let mut waiting = false;
            for file in files {
                match loaded.get(file) {
                    Some(Err(error)) => return Some(Err(error.clone())),
                    Some(Ok(_)) => {}
                    None => waiting = true,
                }
            }
            (!waiting).then_some(Ok(QuestionWords(self.texts.files)))
        })
    }

    /// Starts loading `files` unless they are loading or in: the quiz asks for a skill's as
    /// soon as a rating brings a check of it, so they are in before the person gets there.
    pub fn want_texts(&self, files: &[String]) {
        let wanted = self.texts.wanted;
        let new: Vec<String> = wanted.with_untracked(|had| {
            let new = files.iter().filter(|file| !had.contains(file));
            new.cloned().collect()
        });
        if !new.is_empty() {
            wanted.update(|had| had.extend(new));
        }
    }

    /// The words loaded so far, without starting a load or tracking.
    pub fn question_words(&self) -> QuestionWords {
        QuestionWords(self.texts.files)
    }

    /// Hands over every question's words, loaded some other way (the wasm UI tests mount
    /// parts with the bundled data, without fetching): as the content of each of `quiz`'s
    /// files.
    pub fn set_loaded_texts(&self, quiz: &QuizCatalog, texts: &'static QuestionTexts) {
        self.texts.files.update(|loaded| {
            for file in files_of(&quiz.questions) {
                loaded.insert(file, Ok(texts));
            }
        });
    }

    pub fn retry_texts(&self) {
        self.texts.attempt.update(|n| *n += 1);
    }
}

/// Fetches and parses one file of question texts (of the catalog's edition:
/// core::catalog::edition), once the page is on screen: what it shows first (a shared
/// result's verdict, the quiz's first step) never waits behind them.
async fn load_file(quiz: &'static QuizCatalog, file: &str) -> FileOutcome {
    first_page_shown().await;
    let text = fetch_text(file).await?;
    match QuestionTexts::from_build(file, &text, quiz) {
        Ok(Some(texts)) => Ok(Box::leak(Box::new(texts))),
        Ok(None) => Err(LoadError::Mixed { file: file.into() }),
        Err(problem) => Err(LoadError::Invalid {
            problems: vec![problem],
        }),
    }
}

/// The texts' state, and the effect that loads each wanted file once the quiz's part of
/// the catalog is in: one load at a time per file, and after a failure one more per retry
/// (offered only after a failure).
pub(super) fn provide_texts(
    catalog: impl Fn() -> Option<&'static QuizCatalog> + 'static,
) -> TextsState {
    let state = TextsState {
        files: RwSignal::new(SortedMap::new()),
        attempt: RwSignal::new(0),
        wanted: RwSignal::new(Vec::new()),
    };
    // The attempt each file last started in, and the files loading now.
    let started = StoredValue::new(SortedMap::<String, u32>::new());
    let loading = StoredValue::new(Vec::<String>::new());
    Effect::new(move || {
        let attempt = state.attempt.get();
        let Some(quiz) = catalog() else {
            return;
        };
        for file in state.wanted.get() {
            let loaded = state
                .files
                .with_untracked(|files| matches!(files.get(&file), Some(Ok(_))));
            let busy = loading.with_value(|now| now.contains(&file));
            if loaded || busy || started.with_value(|s| s.get(&file) == Some(&attempt)) {
                continue;
            }
            started.update_value(|s| {
                s.insert(file.clone(), attempt);
            });
            loading.update_value(|now| now.push(file.clone()));
            leptos::task::spawn_local(async move {
                let outcome = load_file(quiz, &file).await;
                loading.update_value(|now| now.retain(|f| *f != file));
                state.files.update(|files| {
                    files.insert(file, outcome);
                });
            });
        }
    });
    state
}
