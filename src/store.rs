//! The browser side of saving: which localStorage keys the app uses and how it reads and
//! writes them. The quiz's stored format itself belongs to `core::storage`.
//!
//! Storage can be missing (some private modes) or full; then the caller gets a
//! [`SaveError`] to explain, and what could not be stored is kept in this tab instead
//! ([`IN_TAB`]): every page reads it before storage, so moving around the app loses
//! nothing; closing or reloading the tab does, as the message says.

use std::cell::RefCell;

use crate::core::catalog::QuizCatalog;
use crate::core::mode::ResultMode;
use crate::core::quiz::Quiz;
use crate::core::share::SharedResult;
use crate::core::storage::{self, Loaded, Saved};

/// The person's own quiz (answers, position), in `core::storage`'s format.
pub use crate::core::storage::QUIZ_KEY;
/// How the stored answers were made: "quick" after the quick check; absent means the full
/// quiz (checked). Kept beside the quiz so the quiz's stored format stays as it is.
const MODE_KEY: &str = "skillcheck.mode";
/// The city last picked in the salary panel (a city id).
const CITY_KEY: &str = "skillcheck.city";
/// The role picked as "the job you aim for" on the results page (a role id).
const TARGET_KEY: &str = "skillcheck.target";

/// Saving failed: storage is turned off or full.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SaveError;

impl SaveError {
    pub fn message(&self) -> &'static str {
        "This browser isn't letting the app save your answers (private browsing or full \
         storage). They are kept while this tab stays open, but lost if you close or reload \
         it: export them to a file from your results to keep them."
    }
}

thread_local! {
    /// What storage refused, by key, kept for as long as the tab lives (`None`: removed).
    /// Read before storage, which may hold an older value (full storage).
    static IN_TAB: RefCell<Vec<(&'static str, Option<String>)>> = const { RefCell::new(Vec::new()) };
}

/// Keeps `value` for `key` in this tab (`None`: removed), or forgets the key once storage
/// holds it again (`keep` false).
fn in_tab(key: &'static str, keep: bool, value: Option<&str>) {
    IN_TAB.with_borrow_mut(|kept| {
        kept.retain(|(k, _)| *k != key);
        if keep {
            kept.push((key, value.map(str::to_string)));
        }
    });
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn read(key: &'static str) -> Option<String> {
    let kept = IN_TAB.with_borrow(|kept| {
        kept.iter()
            .find(|(k, _)| *k == key)
            .map(|(_, value)| value.clone())
    });
    match kept {
        Some(value) => value,
        None => local_storage()?.get_item(key).ok().flatten(),
    }
}

fn write(key: &'static str, value: &str) -> Result<(), SaveError> {
    let stored = local_storage()
        .ok_or(SaveError)
        .and_then(|storage| storage.set_item(key, value).map_err(|_| SaveError));
    in_tab(key, stored.is_err(), Some(value));
    stored
}

fn remove(key: &'static str) {
    let removed = local_storage().is_some_and(|storage| storage.remove_item(key).is_ok());
    in_tab(key, !removed, None);
}

/// The stored quiz as text, exactly as stored (None when nothing is).
pub fn quiz_text() -> Option<String> {
    read(QUIZ_KEY)
}

/// The stored quiz mapped onto this catalog (a fresh one when nothing is stored).
pub fn load_quiz(catalog: &QuizCatalog) -> Loaded {
    storage::load(&quiz_text().unwrap_or_default(), catalog)
}

/// What is stored: nothing, a quiz to continue, or a finished result.
pub fn saved() -> Saved {
    storage::saved(quiz_text().as_deref())
}

/// Whether the person has any stored answers at all.
pub fn has_quiz() -> bool {
    read(QUIZ_KEY).is_some()
}

/// The person's own stored answers, city and target, when they have rated at least one skill
/// (for sharing, comparing and exporting). Reads only: storage is never written here.
pub fn load_result(catalog: &QuizCatalog) -> Option<SharedResult> {
    if !has_quiz() {
        return None;
    }
    let answers = load_quiz(catalog).quiz.answers().clone();
    (!answers.ratings.is_empty()).then(|| SharedResult {
        answers,
        city: load_city(),
        target: load_target(),
        mode: load_mode(),
        ..Default::default()
    })
}

pub fn save_quiz(quiz: &Quiz, catalog: &QuizCatalog) -> Result<(), SaveError> {
    save_quiz_text(&storage::save(quiz, catalog))
}

/// Stores text that `core::storage::save` made.
pub fn save_quiz_text(text: &str) -> Result<(), SaveError> {
    write(QUIZ_KEY, text)
}

/// Forgets the answers and how they were made.
pub fn clear_quiz() {
    remove(QUIZ_KEY);
    remove(MODE_KEY);
}

/// How the stored answers were made (checked unless the quick check said otherwise).
pub fn load_mode() -> ResultMode {
    read(MODE_KEY)
        .and_then(|text| ResultMode::parse(&text))
        .unwrap_or(ResultMode::Checked)
}

/// Remembers how the stored answers were made.
pub fn save_mode(mode: ResultMode) -> Result<(), SaveError> {
    match mode {
        ResultMode::Quick => write(MODE_KEY, mode.as_str()),
        ResultMode::Checked => {
            remove(MODE_KEY);
            Ok(())
        }
    }
}

pub fn load_city() -> Option<String> {
    read(CITY_KEY).filter(|c| !c.is_empty())
}

pub fn save_city(city: Option<&str>) -> Result<(), SaveError> {
    match city {
        Some(id) => write(CITY_KEY, id),
        None => {
            remove(CITY_KEY);
            Ok(())
        }
    }
}

pub fn load_target() -> Option<String> {
    read(TARGET_KEY).filter(|t| !t.is_empty())
}

/// Remembers the target role (`None` forgets it: the best back-end match again).
pub fn save_target(target: Option<&str>) -> Result<(), SaveError> {
    match target {
        Some(id) => write(TARGET_KEY, id),
        None => {
            remove(TARGET_KEY);
            Ok(())
        }
    }
}

/// The share code of the result someone sent, remembered when the visitor starts the quiz
/// from it, so their own results can offer the comparison.
const SENT_KEY: &str = "skillcheck.sent";

pub fn load_sent() -> Option<String> {
    read(SENT_KEY).filter(|c| !c.is_empty())
}

/// Remembering it is a convenience: a failed save only loses the offer to compare.
pub fn save_sent(code: &str) {
    let _ = write(SENT_KEY, code);
}
