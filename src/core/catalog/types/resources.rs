//! `resources.json`: learning resources and whole paths into the field.

use miniserde::Deserialize as MiniDeserialize;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, MiniDeserialize)]
#[serde(deny_unknown_fields)]
pub struct ResourcesFile {
    pub resources: Vec<Resource>,
    pub paths: Vec<LearningPath>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, MiniDeserialize)]
#[serde(rename_all = "snake_case")]
pub enum ResourceKind {
    #[serde(rename = "docs")]
    Docs,
    #[serde(rename = "course")]
    Course,
    #[serde(rename = "book")]
    Book,
    #[serde(rename = "interactive")]
    Interactive,
    #[serde(rename = "video")]
    Video,
    #[serde(rename = "bootcamp")]
    Bootcamp,
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, MiniDeserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum ResourceLevel {
    #[serde(rename = "beginner")]
    Beginner,
    #[serde(rename = "intermediate")]
    Intermediate,
    #[serde(rename = "advanced")]
    Advanced,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, MiniDeserialize)]
#[serde(deny_unknown_fields)]
pub struct Resource {
    pub id: String,
    pub title: String,
    /// Always https.
    pub url: String,
    pub kind: ResourceKind,
    pub free: bool,
    pub level: ResourceLevel,
    /// Skill ids this resource teaches.
    pub skills: Vec<String>,
}

/// A whole route into the field, such as a coding bootcamp, with its resources.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, MiniDeserialize)]
#[serde(deny_unknown_fields)]
pub struct LearningPath {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub resources: Vec<String>,
}
