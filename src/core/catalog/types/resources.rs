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

/// What a resource costs, said honestly: "freemium" is free to start with paid parts.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, MiniDeserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Cost {
    #[serde(rename = "free")]
    Free,
    #[serde(rename = "freemium")]
    Freemium,
    #[serde(rename = "paid")]
    Paid,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, MiniDeserialize)]
#[serde(deny_unknown_fields)]
pub struct Resource {
    pub id: String,
    pub title: String,
    /// Always https.
    pub url: String,
    pub kind: ResourceKind,
    pub cost: Cost,
    /// Who it is written for, as a whole (shown beside the link).
    pub level: ResourceLevel,
    /// The skills it teaches, each with the skill levels it helps reach.
    pub skills: Vec<Teaches>,
}

/// One skill a resource teaches and the levels (1-5) it helps someone reach.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, MiniDeserialize)]
#[serde(deny_unknown_fields)]
pub struct Teaches {
    pub skill: String,
    /// `[lowest, highest]`, both 1-5 (the validator checks the shape).
    pub levels: Vec<u8>,
}

impl Teaches {
    /// The range as (lowest, highest); `(0, 0)`, which serves no level, if malformed.
    pub fn range(&self) -> (u8, u8) {
        match self.levels.as_slice() {
            &[low, high] => (low, high),
            _ => (0, 0),
        }
    }

    /// Whether it helps reach `level`.
    pub fn serves(&self, level: u8) -> bool {
        let (low, high) = self.range();
        low >= 1 && (low..=high).contains(&level)
    }
}

impl Resource {
    /// What it teaches of `skill`, if anything.
    pub fn teaches(&self, skill: &str) -> Option<&Teaches> {
        self.skills.iter().find(|t| t.skill == skill)
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A resource's cost and tagged levels read the same by both parsers.
    #[test]
    fn a_resource_reads_the_same_by_both_parsers() {
        let text = r#"{"id": "r", "title": "R", "url": "https://example.org/", "kind": "course",
            "cost": "freemium", "level": "intermediate",
            "skills": [{"skill": "sql", "levels": [2, 4]}]}"#;
        let mini: Resource = miniserde::json::from_str(text).unwrap();
        let strict: Resource = serde_json::from_str(text).unwrap();
        assert_eq!(mini, strict);
        assert_eq!(mini.cost, Cost::Freemium);
        let sql = mini.teaches("sql").unwrap();
        assert_eq!(sql.range(), (2, 4));
        assert!(!sql.serves(1) && sql.serves(2) && sql.serves(4) && !sql.serves(5));
        // The old `free: true` is refused, so a file not yet converted cannot load quietly.
        let old = text.replace(r#""cost": "freemium""#, r#""free": true"#);
        assert!(miniserde::json::from_str::<Resource>(&old).is_err());
    }
}
