//! The one type for a person's answers: self-ratings per skill and check-question outcomes.
//!
//! Quiz state, scoring, storage and share codes all read and write this type.

use crate::core::small::SortedMap;
use serde::{Deserialize, Serialize};

/// Highest self-rating level (levels run 0 = none to 5 = expert).
pub const MAX_LEVEL: u8 = 5;

/// A self-rating for one skill. A skill with no entry in [`Answers::ratings`] has not
/// been reached yet; `Skipped` means the person chose "Skip" (unknown, not zero).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rating {
    /// A level from 0 to [`MAX_LEVEL`].
    Level(u8),
    Skipped,
}

impl Rating {
    /// The level, or `None` when skipped.
    pub fn level(self) -> Option<u8> {
        match self {
            Rating::Level(l) => Some(l),
            Rating::Skipped => None,
        }
    }
}

/// What happened to one check question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckOutcome {
    Right,
    Wrong,
    Skipped,
}

impl CheckOutcome {
    /// The name the stored quiz and the answers file write ("right", "wrong", "skipped").
    pub fn name(self) -> &'static str {
        match self {
            CheckOutcome::Right => "right",
            CheckOutcome::Wrong => "wrong",
            CheckOutcome::Skipped => "skipped",
        }
    }

    /// Whether it checked the rating: right or wrong (a skipped question checks nothing).
    pub fn checked(self) -> bool {
        self != CheckOutcome::Skipped
    }

    /// The outcome of that name.
    pub fn from_name(name: &str) -> Option<CheckOutcome> {
        [
            CheckOutcome::Right,
            CheckOutcome::Wrong,
            CheckOutcome::Skipped,
        ]
        .into_iter()
        .find(|o| o.name() == name)
    }
}

/// Everything a person answered. Keys are catalog ids (skill ids, question ids);
/// Kept in key order so results are deterministic (a `SortedMap`: a list, smaller in the
/// wasm than a `BTreeMap`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answers {
    pub ratings: SortedMap<String, Rating>,
    pub checks: SortedMap<String, CheckOutcome>,
}

impl Answers {
    /// How many check questions were answered right or wrong (skipped ones check nothing).
    pub fn checked_count(&self) -> usize {
        self.checks
            .values()
            .filter(|outcome| outcome.checked())
            .count()
    }

    /// The level given for a skill, or `None` when skipped or not answered.
    pub fn level(&self, skill: &str) -> Option<u8> {
        self.ratings.get(skill).and_then(|r| r.level())
    }

    /// How many skills were explicitly skipped.
    pub fn skipped_count(&self) -> usize {
        self.ratings
            .values()
            .filter(|r| **r == Rating::Skipped)
            .count()
    }
}
