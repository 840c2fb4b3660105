//! The question texts: loaded apart from the catalog, only for the pages that show a
//! question's words (the quiz's check steps, the results' review of the checks), and only
//! the files those questions' words are in. The build ships them by skill, the retired
//! questions' apart ([`Question::texts_file`]): a quick check or a shared result loads the
//! few skills it shows, not the whole bank (most of the data's bytes).

use super::{fetch_text, CatalogState, LoadError};
use crate::core::catalog::{Question, QuestionText, QuestionTexts, QuizCatalog};
use crate::first_paint::first_page_shown;
use leptos::prelude::*;

/// A file's outcome: its words, or why they did not load.
type FileOutcome = Result<&'static QuestionTexts, LoadError>;

/// Every file a part of the page has asked for, with its outcome (`None` while it loads).
type Files = Vec<(String, Option<FileOutcome>)>;

/// The texts' loading state, part of [`CatalogState`].
#[derive(Clone, Copy)]
pub(super) struct TextsState {
    files: RwSignal<Files>,
}

/// The words of the questions loaded so far, for the parts below [`WithQuestionTexts`]
/// (which waits until the files its questions need are in).
///
/// [`WithQuestionTexts`]: crate::components::WithQuestionTexts
#[derive(Clone, Copy)]
pub struct QuestionWords(RwSignal<Files>);

impl QuestionWords {
    /// The words of the question `id`, if its file is in (not tracked: they never change).
    pub fn of(&self, id: &str) -> Option<&'static QuestionText> {
        self.0.with_untracked(|files| {
            files
                .iter()
                .filter_map(|(_, outcome)| outcome.as_ref()?.as_ref().ok())
                .find_map(|texts| texts.of(id))
        })
    }
}

impl CatalogState {
    /// The words of the questions in `files` ([`Question::texts_files`]), loading those not in yet (once
    /// the quiz's part of the catalog is in); `None` while one loads, else the first failure
    /// if one failed.
    pub fn get_texts(&self, files: &[String]) -> Option<Result<QuestionWords, LoadError>> {
        self.want_texts(files);
        self.texts.files.with(|loaded| {
            let mut waiting = false;
            for file in files {
                match loaded.iter().find(|(name, _)| name == file) {
                    Some((_, Some(Err(error)))) => return Some(Err(error.clone())),
                    Some((_, Some(Ok(_)))) => {}
                    _ => waiting = true,
                }
            }
            (!waiting).then_some(Ok(QuestionWords(self.texts.files)))
        })
    }

    /// Starts loading `files` unless they are loading or in: the quiz asks for a skill's as
    /// soon as a rating brings a check of it, so they are in before the person gets there.
    pub fn want_texts(&self, files: &[String]) {
        let known = |file: &String| {
            self.texts
                .files
                .with_untracked(|had| had.iter().any(|(name, _)| name == file))
        };
        let new: Vec<String> = files.iter().filter(|f| !known(f)).cloned().collect();
        if !new.is_empty() {
            let loading = new.into_iter().map(|file| (file, None));
            self.texts.files.update(|had| had.extend(loading));
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
        let files = Question::texts_files(&quiz.questions).into_iter();
        let loaded = files.map(|file| (file, Some(Ok(texts))));
        self.texts.files.set(loaded.collect());
    }

    /// Loads again every file that failed (shown as loading meanwhile).
    pub fn retry_texts(&self) {
        self.texts.files.update(|files| {
            for (_, outcome) in files {
                if matches!(outcome, Some(Err(_))) {
                    *outcome = None;
                }
            }
        });
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

/// The texts' state, and the effect that loads each file once it is wanted (or wanted
/// again, by a retry) and the quiz's part of the catalog is in, one load at a time.
pub(super) fn provide_texts(
    catalog: impl Fn() -> Option<&'static QuizCatalog> + 'static,
) -> TextsState {
    let files = RwSignal::new(Files::new());
    // The files loading now: a file wanted again while it loads is not fetched twice.
    let loading = StoredValue::new(Vec::<String>::new());
    Effect::new(move || {
        let Some(quiz) = catalog() else {
            return;
        };
        let waiting = files.with(|files| {
            let waiting = files.iter().filter(|(_, outcome)| outcome.is_none());
            waiting.map(|(name, _)| name.clone()).collect::<Vec<_>>()
        });
        for file in waiting {
            if loading.with_value(|now| now.contains(&file)) {
                continue;
            }
            loading.update_value(|now| now.push(file.clone()));
            leptos::task::spawn_local(async move {
                let outcome = load_file(quiz, &file).await;
                loading.update_value(|now| now.retain(|f| *f != file));
                files.update(|files| {
                    if let Some((_, slot)) = files.iter_mut().find(|(name, _)| *name == file) {
                        *slot = Some(outcome);
                    }
                });
            });
        }
    });
    TextsState { files }
}
