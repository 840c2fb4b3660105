//! `roles.json`: the job titles, what each asks for and how to move into it.

use miniserde::Deserialize as MiniDeserialize;
use serde::{Deserialize, Serialize};

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
