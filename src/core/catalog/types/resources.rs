//! `resources.json`: learning resources and whole paths into the field.

use miniserde::Deserialize as MiniDeserialize;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, MiniDeserialize)]
#[serde(deny_unknown_fields)]
pub struct ResourcesFile {
    /// The build that wrote this file ([`crate::core::catalog::edition`]); absent in
    /// `public/data`.
    pub edition: Option<String>,
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

/// Who a resource is written for (derived from its tags, see [`Resource::level`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum ResourceLevel {
    Beginner,
    Intermediate,
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
    /// What it teaches, one tag per skill: `"sql 1-2"`, the skill id and the levels (1-5)
    /// it helps someone reach, lowest-highest (see [`Tag`]; the validator checks the shape).
    pub skills: Vec<String>,
}

/// One of a resource's `skills` tags, read: the skill, and its levels if well-formed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tag<'a> {
    pub skill: &'a str,
    /// `(lowest, highest)`, both 1-5 and in order; `None` if the tag is malformed.
    pub levels: Option<(u8, u8)>,
}

impl<'a> Tag<'a> {
    pub fn read(text: &'a str) -> Self {
        let (skill, range) = text.split_once(' ').unwrap_or((text, ""));
        let levels = range.split_once('-').and_then(|(low, high)| {
            let (low, high) = (low.parse::<u8>().ok()?, high.parse::<u8>().ok()?);
            (1 <= low && low <= high && high <= 5).then_some((low, high))
        });
        Tag { skill, levels }
    }

    /// Whether it helps reach `level` (never, when malformed).
    pub fn serves(&self, level: u8) -> bool {
        self.levels
            .is_some_and(|(low, high)| (low..=high).contains(&level))
    }
}

impl Resource {
    pub fn tags(&self) -> impl Iterator<Item = Tag<'_>> {
        self.skills.iter().map(|t| Tag::read(t))
    }

    /// Its tag for `skill`, if it teaches it.
    pub fn teaches(&self, skill: &str) -> Option<Tag<'_>> {
        self.tags().find(|t| t.skill == skill)
    }

    /// Who it is written for, shown beside the link: from the lowest level it helps reach
    /// (1 beginner, 2-3 intermediate, 4-5 advanced); `None` for a resource with no skill tags.
    pub fn level(&self) -> Option<ResourceLevel> {
        let lowest = self
            .tags()
            .filter_map(|t| t.levels)
            .map(|(low, _)| low)
            .min()?;
        Some(match lowest {
            0..=1 => ResourceLevel::Beginner,
            2..=3 => ResourceLevel::Intermediate,
            _ => ResourceLevel::Advanced,
        })
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

    /// A resource's cost and tags read the same by both parsers.
    #[test]
    fn a_resource_reads_the_same_by_both_parsers() {
        let text = r#"{"id": "r", "title": "R", "url": "https://example.org/", "kind": "course",
            "cost": "freemium", "skills": ["sql 2-4", "python 1-1"]}"#;
        let mini: Resource = miniserde::json::from_str(text).unwrap();
        let strict: Resource = serde_json::from_str(text).unwrap();
        assert_eq!(mini, strict);
        assert_eq!(mini.cost, Cost::Freemium);
        let sql = mini.teaches("sql").unwrap();
        assert_eq!(sql.levels, Some((2, 4)));
        assert!(!sql.serves(1) && sql.serves(2) && sql.serves(4) && !sql.serves(5));
        assert_eq!(mini.level(), Some(ResourceLevel::Beginner), "python from 1");
        // The old `free: true` is refused, so a file not yet converted cannot load quietly.
        let old = text.replace(r#""cost": "freemium""#, r#""free": true"#);
        assert!(miniserde::json::from_str::<Resource>(&old).is_err());
    }

    #[test]
    fn tags_are_read_and_malformed_ones_serve_nothing() {
        let read = |t| Tag::read(t).levels;
        assert_eq!(read("sql 1-2"), Some((1, 2)));
        assert_eq!(read("sql 3-3"), Some((3, 3)));
        for bad in [
            "sql",
            "sql 2",
            "sql 3-1",
            "sql 0-2",
            "sql 4-6",
            "sql 1-2-3",
            "sql a-b",
        ] {
            assert_eq!(read(bad), None, "{bad}");
            assert!(!(0..=6).any(|l| Tag::read(bad).serves(l)), "{bad}");
        }
        assert_eq!(Tag::read("rest-apis 2-4").skill, "rest-apis");
        assert_eq!(Tag::read("sql").skill, "sql");
    }

    #[test]
    fn the_level_shown_follows_the_lowest_level_served() {
        let with = |skills: &[&str]| Resource {
            id: "r".into(),
            title: "R".into(),
            url: "https://example.org/".into(),
            kind: ResourceKind::Docs,
            cost: Cost::Free,
            skills: skills.iter().map(|s| s.to_string()).collect(),
        };
        assert_eq!(
            with(&["sql 2-3", "git 3-5"]).level(),
            Some(ResourceLevel::Intermediate)
        );
        assert_eq!(with(&["sql 4-5"]).level(), Some(ResourceLevel::Advanced));
        assert_eq!(with(&[]).level(), None);
    }
}
