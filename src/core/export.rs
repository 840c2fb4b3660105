//! The answers file: the person's answers and city as a small JSON file they can keep,
//! move to another browser and import again.
//!
//! Format 1:
//! ```json
//! {
//!   "app": "skillcheck",
//!   "format": 1,
//!   "data_version": 1,
//!   "answers": {
//!     "ratings": { "python": { "level": 3 }, "sql": "skipped" },
//!     "checks": { "python-3": "wrong", "python-2": "right" }
//!   },
//!   "city": "austin",
//!   "mode": "checked"
//! }
//! ```
//! - `app`: always `"skillcheck"`, so a stray JSON file is recognised as not ours.
//! - `format`: this layout's number; bump it for any incompatible change.
//! - `data_version`: the catalog's `meta.data_version` when exported. Informational.
//! - `answers`: [`Answers`] as serde wrote it (a level as `{ "level": 3 }`).
//! - `city`: a city id from `salaries.cities`, or `null`.
//! - `mode`: `"checked"` (the full quiz) or `"quick"` (the quick check: self-ratings, and
//!   no `checks`). Optional, added within format 1: a file without it is read as checked.
//!
//! Importing keeps the ratings and city a share code would keep ([`share::shareable`]), so
//! the rules for what fits the catalog live in one place, and every check answer whose
//! question could be asked for its rating: the quiz sets aside the ones its rule doesn't
//! ask now (a file from before the adaptive checks), so none is lost. Entries that don't fit are left out
//! and counted; a file that is too large, isn't ours, is damaged, or holds nothing usable
//! is refused.

use crate::core::answers::Answers;
use crate::core::catalog::Catalog;
use crate::core::checks;
use crate::core::json::{self, Json};
use crate::core::mode::ResultMode;
use crate::core::quiz::Quiz;
use crate::core::share::{self, SharedResult};
use crate::core::small::inserted;

/// The value of the `app` field.
pub const APP: &str = "skillcheck";
/// The format number `export` writes and the newest `import` reads.
pub const FORMAT: u64 = 1;
/// The suggested name for the downloaded file, as a macro so that messages can `concat!` it.
macro_rules! file_name {
    () => {
        "skillcheck-answers.json"
    };
}
pub(crate) use file_name;
pub const FILE_NAME: &str = self::file_name!();
/// The file's media type.
pub const MEDIA_TYPE: &str = "application/json";
/// The largest file `import` reads, in bytes: an export is a few KB, and reading a huge
/// file would freeze the tab.
pub const MAX_IMPORT_BYTES: usize = 256 * 1024;

/// Why a file could not be imported. Nothing is changed when this happens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Larger than [`MAX_IMPORT_BYTES`]: not an export of this app, and not read.
    TooLarge,
    /// Nothing in it (or only spaces).
    Empty,
    /// Not JSON at all (a picture, a text document...).
    NotJson,
    /// JSON, but not an answers file of this app.
    NotOurs,
    /// Written by a newer version of the app (higher `format`).
    NewerFormat,
    /// Ours, but a part has the wrong shape (edited by hand), or a JSON object that ends
    /// early (an export cut off).
    Damaged,
    /// Ours and readable, but none of its answers fit this catalog.
    NothingToImport,
}

impl ImportError {
    /// One or two plain sentences for the person.
    pub fn message(&self) -> &'static str {
        match self {
            ImportError::TooLarge => {
                "That file is too large to be an answers file from this app (they are a few KB). Nothing was changed."
            }
            ImportError::Empty => {
                concat!(
                    "This file is empty. Choose the file you exported from this app (",
                    self::file_name!(),
                    "). Nothing was changed."
                )
            }
            ImportError::NotJson => {
                concat!(
                    "This file isn't an answers file: it isn't JSON text. Choose the file you \
                     exported from this app (",
                    self::file_name!(),
                    "). Nothing was changed."
                )
            }
            ImportError::NotOurs => {
                "This JSON file wasn't exported from Back-End Skill Check. Choose the file you exported from this app. Nothing was changed."
            }
            ImportError::NewerFormat => {
                "This file was exported by a newer version of the app. Reload the page to get the latest version, then import it again. Nothing was changed."
            }
            ImportError::Damaged => {
                "This answers file is damaged, perhaps edited or cut off, so it can't be read. Export it again if you can. Nothing was changed."
            }
            ImportError::NothingToImport => {
                "This answers file holds no answers this version of the app knows, so there is nothing to import. Nothing was changed."
            }
        }
    }
}

/// A file that can be imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Imported {
    /// What fits the catalog, exactly as a share code would keep it.
    pub result: SharedResult,
    /// How many entries (ratings, check answers, the city) didn't fit and were left out.
    pub dropped: usize,
}

impl Imported {
    /// The sentence shown after importing: how many skills, then the [`notice`](Self::notice)
    /// about left-out entries when there is one.
    pub fn summary(&self) -> String {
        let message = format!("Answers imported for {}.", self.skills());
        match self.notice() {
            Some(notice) => format!("{message} {notice}"),
            None => message,
        }
    }

    /// How many skills the file rates, in words: "1 skill", "7 skills".
    pub fn skills(&self) -> String {
        match self.result.answers.ratings.len() {
            1 => "1 skill".into(),
            n => format!("{n} skills"),
        }
    }

    /// A sentence about left-out entries, when there were any.
    pub fn notice(&self) -> Option<String> {
        match self.dropped {
            0 => None,
            1 => Some(
                "1 answer in the file doesn't fit this version of the app and was left out.".into(),
            ),
            n => Some(format!(
                "{n} answers in the file don't fit this version of the app and were left out."
            )),
        }
    }

    /// The imported answers as a finished quiz, ready to store in place of the old one.
    pub fn quiz(&self, catalog: &Catalog) -> Quiz {
        Quiz::restore(catalog, self.result.answers.clone(), None, true)
    }
}

/// The answers file for these answers and city, from the full quiz (pretty-printed JSON).
pub fn export(catalog: &Catalog, answers: &Answers, city: Option<&str>) -> String {
    export_mode(catalog, answers, city, ResultMode::Checked)
}

/// The answers file, saying how the answers were made; a quick result's file holds no
/// check answers, as its share link doesn't.
pub fn export_mode(
    catalog: &Catalog,
    answers: &Answers,
    city: Option<&str>,
    mode: ResultMode,
) -> String {
    let mut answers = answers.clone();
    if mode == ResultMode::Quick {
        answers.checks.clear();
    }
    let city = city.map_or(Json::Null, Json::str);
    // The fields in the order serde wrote them, pretty-printed as before.
    Json::object([
        ("app", Json::str(APP)),
        ("format", Json::Number(FORMAT)),
        (
            "data_version",
            Json::Number(u64::from(catalog.meta.data_version)),
        ),
        ("answers", wire::answers(&answers)),
        ("city", city),
        ("mode", Json::str(mode.as_str())),
    ])
    .pretty()
}

/// Reads an answers file. Never panics, whatever the text.
pub fn import(catalog: &Catalog, text: &str) -> Result<Imported, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge);
    }
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let value = json::parse(text).ok_or_else(|| {
        // An object that ends early is an export cut off (a partial download or copy).
        let cut_off = json::syntax_error(text).is_some_and(|e| e.at_end);
        if cut_off && text.trim_start().starts_with('{') {
            ImportError::Damaged
        } else {
            ImportError::NotJson
        }
    })?;
    if json::get(&value, "app").and_then(json::as_str) != Some(APP) {
        return Err(ImportError::NotOurs);
    }
    match json::get(&value, "format").and_then(json::as_u64) {
        Some(FORMAT) => {}
        Some(f) if f > FORMAT => return Err(ImportError::NewerFormat),
        _ => return Err(ImportError::Damaged),
    }
    let file = wire::file(&value).ok_or(ImportError::Damaged)?;
    let mode = match file.mode {
        None => ResultMode::Checked,
        Some(text) => ResultMode::parse(text).ok_or(ImportError::Damaged)?,
    };
    let given = SharedResult {
        answers: file.answers,
        city: file.city,
        mode,
        ..Default::default()
    };
    let mut kept = share::shareable(catalog, &given);
    kept.answers.checks = inserted(
        given
            .answers
            .checks
            .iter()
            .filter(|(id, _)| {
                catalog.question(id).is_some_and(|q| {
                    let rated = kept.answers.level(&q.skill).unwrap_or(0);
                    rated >= checks::MIN_CHECKED_LEVEL && q.level <= rated
                })
            })
            .map(|(id, outcome)| (id.clone(), *outcome)),
    );
    if kept.answers.ratings.is_empty() {
        return Err(ImportError::NothingToImport);
    }
    let dropped = size(&given) - size(&kept);
    Ok(Imported {
        result: kept,
        dropped,
    })
}

/// How many entries a result has: ratings, check outcomes and the city.
fn size(result: &SharedResult) -> usize {
    result.answers.ratings.len() + result.answers.checks.len() + usize::from(result.city.is_some())
}

mod wire;

#[cfg(test)]
mod tests;
