//! `skills.json`: the skills and their groups.

use miniserde::Deserialize as MiniDeserialize;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, MiniDeserialize)]
#[serde(deny_unknown_fields)]
pub struct SkillsFile {
    /// The build that wrote this file ([`crate::core::catalog::edition`]); absent in
    /// `public/data`.
    pub edition: Option<String>,
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
