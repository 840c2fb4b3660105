//! The one owner of the stored quiz format (the view keeps `save`'s text in
//! localStorage and hands it back to `load` on the next visit).
//!
//! Format 1, a JSON object:
//! ```json
//! {
//!   "format": 1,
//!   "data_version": 1,
//!   "answers": {
//!     "ratings": { "python": 3, "sql": "skipped" },
//!     "checks": { "sql-3": "right", "python-2": "wrong", "python-3": "skipped" }
//!   },
//!   "set_aside": { "sql-4": "right" },
//!   "choices": { "sql-3": 0, "python-2": 2 },
//!   "position": { "skill": "sql" },
//!   "finished": false
//! }
//! ```
//! - `format`: this layout's number; bump it for any incompatible change.
//! - `data_version`: the catalog's `meta.data_version` when saved. Informational: loading
//!   always maps onto the current catalog by id.
//! - `ratings`: skill id to a level 0..=5, or `"skipped"` ("Skip", unknown). A skill not
//!   listed is unanswered.
//! - `checks`: question id to `"right"`, `"wrong"` or `"skipped"`, for the questions the
//!   ratings ask.
//! - `set_aside`: the same, for answered questions the ratings no longer ask (kept so that a
//!   rating changed back gets them again). Optional; added within format 1 (older readers
//!   ignore it).
//! - `choices`: question id to the index of the choice picked (shown again on a revisit).
//!   Optional, likewise.
//! - `position`: `{ "skill": id }` or `{ "check": question id }`.
//! - `finished`: whether the person pressed Finish.
//!
//! Loading never fails: unreadable text starts fresh with a notice; text from a newer
//! format gives a fresh quiz with the `NewerFormat` notice, and the view must then not save
//! over it (see `Loaded::may_save`); entries that no longer fit the catalog (unknown skill or
//! question, bad level or value) are dropped and counted, and answers to questions the
//! ratings don't ask are set aside; a position that is gone becomes the first unanswered
//! step; a missing or malformed `position`, `finished`, `set_aside` or `choices` is not
//! worth a notice. The view should save right after loading so a notice is shown only once.

use crate::core::answers::{Answers, CheckOutcome, Rating, MAX_LEVEL};
use crate::core::catalog::QuizCatalog;
use crate::core::json::{self, Json, Object, Value};
use crate::core::quiz::{Quiz, Step};
use crate::core::small;
use crate::core::small::SortedMap;

mod saved;
pub use saved::{saved, Saved};

/// The format number `save` writes.
pub const FORMAT: u64 = 1;

/// The localStorage key the quiz is stored under (`crate::store` writes it; the static
/// first paint's script reads it, see `core::site::boot_script`).
pub const QUIZ_KEY: &str = "skillcheck.quiz";

/// What the person should be told once after loading.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageNotice {
    /// The stored text couldn't be read at all; the quiz starts fresh.
    Corrupt,
    /// The stored text was written by a newer app (higher `format`). It is left as it is:
    /// the page offers to reload (to get the newer app) or to start over.
    NewerFormat,
    /// Some stored answers no longer match the catalog and were dropped; the rest kept.
    Dropped { skills: usize, checks: usize },
}

impl StorageNotice {
    /// One clear sentence for the person.
    pub fn message(&self) -> String {
        match self {
            StorageNotice::Corrupt => {
                "We couldn't read your saved answers, so the quiz starts fresh.".into()
            }
            StorageNotice::NewerFormat => "Your saved answers were saved by a newer version \
                 of this app, which this page can't read. They are kept as they are: reload the \
                 page to get the newer version."
                .into(),
            StorageNotice::Dropped { skills, checks } => {
                let parts: Vec<String> = [
                    (*skills, "skill rating", "skill ratings"),
                    (*checks, "check answer", "check answers"),
                ]
                .into_iter()
                .filter(|(n, _, _)| *n > 0)
                .map(|(n, one, many)| format!("{n} {}", if n == 1 { one } else { many }))
                .collect();
                format!(
                    "The questions have changed since your last visit, so we removed \
                     answers that no longer fit: {}. Everything else was kept.",
                    parts.join(" and "),
                )
            }
        }
    }
}

/// The result of `load`: always a usable quiz, plus at most one notice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loaded {
    pub quiz: Quiz,
    pub notice: Option<StorageNotice>,
}

impl Loaded {
    /// False when saving would overwrite answers this app can't read (a newer format):
    /// they stay until the person chooses to start over.
    pub fn may_save(&self) -> bool {
        self.notice != Some(StorageNotice::NewerFormat)
    }
}

/// The quiz as stored text (format [`FORMAT`]): compact, keys in alphabetical order, as
/// serde_json wrote it before (the answers' maps are sorted already).
pub fn save(quiz: &Quiz, catalog: &QuizCatalog) -> String {
    let answers = quiz.answers();
    let ratings = Json::object(answers.ratings.iter().map(|(id, rating)| {
        let value = match rating {
            Rating::Level(l) => Json::Number(u64::from(*l)),
            Rating::Skipped => Json::str("skipped"),
        };
        (id.as_str(), value)
    }));
    let outcomes = |map: &SortedMap<String, CheckOutcome>| {
        Json::object(
            map.iter()
                .map(|(id, outcome)| (id.as_str(), Json::str(outcome.name()))),
        )
    };
    let choices = Json::object(
        quiz.choices()
            .iter()
            .map(|(id, c)| (id.as_str(), Json::Number(*c as u64))),
    );
    let position = match quiz.current() {
        Step::Skill(id) => ("skill", Json::str(id)),
        Step::Check(id) => ("check", Json::str(id)),
    };
    Json::object([
        (
            "answers",
            Json::object([("checks", outcomes(&answers.checks)), ("ratings", ratings)]),
        ),
        ("choices", choices),
        (
            "data_version",
            Json::Number(u64::from(catalog.meta.data_version)),
        ),
        ("finished", Json::Bool(quiz.is_finished())),
        ("format", Json::Number(FORMAT)),
        ("position", Json::object([position])),
        ("set_aside", outcomes(quiz.set_aside())),
    ])
    .compact()
}

/// A quiz from stored text, keeping whatever still fits `catalog`. Never panics. Empty
/// text (nothing stored) gives a fresh quiz without a notice.
pub fn load(text: &str, catalog: &QuizCatalog) -> Loaded {
    if text.trim().is_empty() {
        return fresh(catalog, None);
    }
    match read(text, catalog) {
        Ok(loaded) => loaded,
        Err(notice) => fresh(catalog, Some(notice)),
    }
}

fn fresh(catalog: &QuizCatalog, notice: Option<StorageNotice>) -> Loaded {
    Loaded {
        quiz: Quiz::new(catalog),
        notice,
    }
}

fn read(text: &str, catalog: &QuizCatalog) -> Result<Loaded, StorageNotice> {
    let value = json::parse(text).ok_or(StorageNotice::Corrupt)?;
    let root = json::object(&value).ok_or(StorageNotice::Corrupt)?;
    let format = root.get("format").and_then(json::as_u64);
    match format {
        Some(FORMAT) => {}
        Some(f) if f > FORMAT => return Err(StorageNotice::NewerFormat),
        _ => return Err(StorageNotice::Corrupt),
    }
    let stored = object(root.get("answers"))?;
    let ratings = object(stored.and_then(|a| a.get("ratings")))?;
    let checks = object(stored.and_then(|a| a.get("checks")))?;
    let mut answers = Answers::default();
    let mut dropped_skills = 0;
    for (id, value) in ratings.into_iter().flatten() {
        match rating_from(value).filter(|_| catalog.skill(id).is_some()) {
            Some(rating) => {
                answers.ratings.insert(id.clone(), rating);
            }
            None => dropped_skills += 1,
        }
    }
    let mut dropped_checks = 0;
    // Set-aside answers first, so an asked one of the same id wins.
    let set_aside = object(root.get("set_aside")).ok().flatten();
    for (id, value) in set_aside
        .into_iter()
        .flatten()
        .chain(checks.into_iter().flatten())
    {
        match outcome_from(value).filter(|_| catalog.question(id).is_some()) {
            Some(outcome) => {
                answers.checks.insert(id.clone(), outcome);
            }
            None => dropped_checks += 1,
        }
    }
    let choices = object(root.get("choices")).ok().flatten();
    let choices = small::inserted(choices.into_iter().flatten().filter_map(|(id, value)| {
        let choice = usize::try_from(json::as_u64(value)?).ok()?;
        Some((id.clone(), choice))
    }));
    let position = root.get("position").and_then(step_from);
    let finished = root
        .get("finished")
        .and_then(json::as_bool)
        .unwrap_or(false);
    let notice = (dropped_skills + dropped_checks > 0).then_some(StorageNotice::Dropped {
        skills: dropped_skills,
        checks: dropped_checks,
    });
    Ok(Loaded {
        quiz: Quiz::restore(catalog, answers, position, finished).with_choices(catalog, choices),
        notice,
    })
}

/// A stored map. A missing one counts as empty; anything but an object means the text
/// isn't ours.
fn object(value: Option<&Value>) -> Result<Option<&Object>, StorageNotice> {
    match value {
        None => Ok(None),
        Some(Value::Object(map)) => Ok(Some(map)),
        Some(_) => Err(StorageNotice::Corrupt),
    }
}

fn rating_from(value: &Value) -> Option<Rating> {
    match value {
        Value::String(s) if s == "skipped" => Some(Rating::Skipped),
        _ => json::as_u64(value)
            .filter(|&l| l <= u64::from(MAX_LEVEL))
            .map(|l| Rating::Level(l as u8)),
    }
}

fn outcome_from(value: &Value) -> Option<CheckOutcome> {
    CheckOutcome::from_name(json::as_str(value)?)
}

fn step_from(value: &Value) -> Option<Step> {
    let map = json::object(value).filter(|m| m.len() == 1)?;
    let (kind, id) = map.iter().next()?;
    let id = json::as_str(id)?.to_string();
    match kind.as_str() {
        "skill" => Some(Step::Skill(id)),
        "check" => Some(Step::Check(id)),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
