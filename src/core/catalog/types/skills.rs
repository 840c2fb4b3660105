//! `skills.json` and `questions.json`: the skills, their groups and the check questions.

use miniserde::Deserialize as MiniDeserialize;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, MiniDeserialize)]
#[serde(deny_unknown_fields)]
pub struct SkillsFile {
    pub categories: Vec<Category>,
    pub skills: Vec<Skill>,
}

/// A group of skills shown together in the quiz, in file order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, MiniDeserialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    pub id: String,
    pub name: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, MiniDeserialize)]
#[serde(rename_all = "snake_case")]
pub enum SkillKind {
    /// Has check questions.
    #[serde(rename = "technical")]
    Technical,
    /// Communication and the like: self-rated only.
    #[serde(rename = "soft")]
    Soft,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, MiniDeserialize)]
#[serde(deny_unknown_fields)]
pub struct Skill {
    /// Stable id; never renamed or reused (share links depend on it).
    pub id: String,
    pub name: String,
    pub category: String,
    pub kind: SkillKind,
    /// One line: what this skill is.
    pub summary: String,
    /// Exactly six observable descriptions, for levels 0 (none) to 5 (expert).
    pub levels: Vec<String>,
    /// The `data_version` that added this skill.
    pub since: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, MiniDeserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionsFile {
    pub questions: Vec<Question>,
}

/// A multiple-choice check of a self-rating. Exactly one choice is correct: `answer`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, MiniDeserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub skill: String,
    /// The level (1 to 5) this question checks.
    pub level: u8,
    pub prompt: String,
    pub choices: Vec<String>,
    /// Index into `choices` of the correct choice.
    pub answer: usize,
    pub explanation: String,
    /// The words of the skill's level description this question checks (questions still
    /// asked must have them; see docs/questions.md).
    pub tests: Option<String>,
    /// What the question tests, unique in the bank so no concept is checked twice.
    pub concept: Option<String>,
    pub since: u32,
    /// The data_version that retired it: never asked from then on, kept so that results
    /// shared before still show their questions (docs/share-format.md).
    pub until: Option<u32>,
}

impl Question {
    /// Whether the catalog as it was at `data_version` had this question.
    pub fn in_version(&self, data_version: u32) -> bool {
        self.since <= data_version && self.until.is_none_or(|u| data_version < u)
    }
}
