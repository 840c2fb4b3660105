//! The browser side of saving: which localStorage keys the app uses and how it reads and
//! writes them. The quiz's stored format itself belongs to `core::storage`.
//!
//! Storage can be missing (some private modes) or full; then nothing is saved and the
//! caller gets a [`SaveError`] to explain, and reads act as if nothing was stored.

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
         storage), so they will be lost if you close this tab."
    }
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn read(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

fn write(key: &str, value: &str) -> Result<(), SaveError> {
    local_storage()
        .ok_or(SaveError)?
        .set_item(key, value)
        .map_err(|_| SaveError)
}

fn remove(key: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(key);
    }
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
