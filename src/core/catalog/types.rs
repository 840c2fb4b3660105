//! Types for the catalog files. Field meanings are documented in `docs/data.md`. The app
//! parses them with miniserde (small code); serde's derive, strict about unknown fields,
//! checks the files in the tests. miniserde reads only per-variant renames, so each enum
//! variant names its JSON spelling although `rename_all` says the same.

use miniserde::Deserialize as MiniDeserialize;
use serde::{Deserialize, Serialize};

/// The whole catalog, assembled from the files in [`super::FILES`].
#[derive(Clone, Debug, PartialEq)]
pub struct Catalog {
    pub meta: Meta,
    pub categories: Vec<Category>,
    pub skills: Vec<Skill>,
    pub questions: Vec<Question>,
    pub roles: Vec<Role>,
    pub salaries: Salaries,
    pub resources: Vec<Resource>,
    pub paths: Vec<LearningPath>,
}

/// `meta.json`: which version of the data this is and when its facts were gathered.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, MiniDeserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// Grows by one whenever skills or questions are added; share codes record it.
    pub data_version: u32,
    /// ISO date (YYYY-MM-DD) the figures were last checked.
    pub as_of: String,
}

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
    pub since: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, MiniDeserialize)]
#[serde(deny_unknown_fields)]
pub struct RolesFile {
    pub roles: Vec<Role>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, MiniDeserialize)]
#[serde(rename_all = "snake_case")]
pub enum RoleFamily {
    /// One of the back-end titles the seed lists (plus Senior Back End Developer).
    #[serde(rename = "back_end")]
    BackEnd,
    /// A related career a back-end developer can pivot to.
    #[serde(rename = "related")]
    Related,
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, MiniDeserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Seniority {
    #[serde(rename = "junior")]
    Junior,
    #[serde(rename = "mid")]
    Mid,
    #[serde(rename = "senior")]
    Senior,
}

/// One skill a role asks for: the level it needs and how much it matters (1 to 3).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, MiniDeserialize)]
#[serde(deny_unknown_fields)]
pub struct Requirement {
    pub skill: String,
    pub level: u8,
    pub weight: u8,
}

/// What to learn to move from back-end development into a role.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, MiniDeserialize)]
#[serde(deny_unknown_fields)]
pub struct Pivot {
    pub summary: String,
    /// Skill ids to build up for the move.
    pub skills: Vec<String>,
    /// Resource ids that help with the move.
    pub resources: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, MiniDeserialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    pub id: String,
    pub title: String,
    pub family: RoleFamily,
    pub seniority: Seniority,
    pub summary: String,
    pub profile: Vec<Requirement>,
    /// Ids of related roles.
    pub related: Vec<String>,
    pub pivot: Option<Pivot>,
    /// Resource ids for this role.
    pub resources: Vec<String>,
}

/// A dollar figure as the source gives it. `approx` figures were published rounded to
/// the thousand (the seed's "$164K") and are shown that way.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, MiniDeserialize)]
#[serde(deny_unknown_fields)]
pub struct Usd {
    pub usd: u32,
    pub approx: bool,
}

/// `salaries.json`: every salary figure, each with its source.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, MiniDeserialize)]
#[serde(deny_unknown_fields)]
pub struct Salaries {
    pub sources: Vec<SalarySource>,
    /// The Back End Developer US average the city figures compare against.
    pub national: NationalFigure,
    pub cities: Vec<CityFigure>,
    /// The seed's "Salary comparison to Back End Developer".
    pub comparison: Vec<ComparisonEntry>,
    /// Per-role average salaries by source (Indeed, Glassdoor).
    pub role_figures: Vec<RoleFigure>,
    /// BLS occupation categories, used for roles the seed has no figure for.
    pub bls_categories: Vec<BlsCategory>,
    /// Which BLS category stands in for which role.
    pub role_bls: Vec<RoleBls>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, MiniDeserialize)]
#[serde(deny_unknown_fields)]
pub struct SalarySource {
    pub id: String,
    pub name: String,
    pub url: String,
    /// When the source's figures were read, as the source states it.
    pub as_of: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, MiniDeserialize)]
#[serde(deny_unknown_fields)]
pub struct NationalFigure {
    pub role: String,
    pub source: String,
    pub amount: Usd,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, MiniDeserialize)]
#[serde(deny_unknown_fields)]
pub struct CityFigure {
    pub id: String,
    pub name: String,
    pub role: String,
    pub source: String,
    pub amount: Usd,
    /// Difference from the national figure, in percent, as the source gives it.
    pub diff_pct: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, MiniDeserialize)]
#[serde(deny_unknown_fields)]
pub struct ComparisonEntry {
    pub role: String,
    pub amount: Usd,
    /// Difference from the Back End Developer figure, in percent; `None` for the base row.
    pub diff_pct: Option<f64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, MiniDeserialize)]
#[serde(deny_unknown_fields)]
pub struct RoleFigure {
    pub role: String,
    pub source: String,
    pub amount: Usd,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, MiniDeserialize)]
#[serde(deny_unknown_fields)]
pub struct BlsCategory {
    pub id: String,
    pub name: String,
    pub median: Usd,
    pub as_of: String,
    pub url: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, MiniDeserialize)]
#[serde(deny_unknown_fields)]
pub struct RoleBls {
    pub role: String,
    pub category: String,
}

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
