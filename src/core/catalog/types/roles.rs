//! `roles.json`: the job titles, what each asks for and how to move into it.

use miniserde::Deserialize as MiniDeserialize;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, MiniDeserialize)]
#[serde(deny_unknown_fields)]
pub struct RolesFile {
    /// The build that wrote this file ([`crate::core::catalog::edition`]); absent in
    /// `public/data`.
    pub edition: Option<String>,
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
    /// `true` for the skills that define the role (`docs/roles.md` says why for each).
    /// Optional in the file, absent meaning `false`: an `Option` because that is the one
    /// kind of field both parsers leave out when it is missing (miniserde has no
    /// `#[serde(default)]`). Read it with [`Requirement::is_core`].
    pub core: Option<bool>,
}

impl Requirement {
    /// Whether this skill defines the role (`"core": true`).
    pub fn is_core(&self) -> bool {
        self.core == Some(true)
    }
}

/// Something a role needs that none of the quiz's skills can see, such as Swift for iOS.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, MiniDeserialize)]
#[serde(deny_unknown_fields)]
pub struct Unmeasured {
    /// What is needed, in plain words for a career switcher (at most
    /// [`UNMEASURED_NEED_MAX_CHARS`] characters).
    pub need: String,
    /// `true`: nobody is ready for the role without it, whatever the quiz shows.
    pub core: bool,
}

/// The longest an [`Unmeasured::need`] may be, in characters.
pub const UNMEASURED_NEED_MAX_CHARS: usize = 120;

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
    /// What the job needs that the quiz does not measure. Optional in the file (absent is
    /// an empty list, see [`Requirement::core`] for why an `Option`); read it with
    /// [`Role::unmeasured`].
    pub unmeasured: Option<Vec<Unmeasured>>,
    /// Ids of related roles.
    pub related: Vec<String>,
    pub pivot: Option<Pivot>,
    /// Resource ids for this role.
    pub resources: Vec<String>,
}

impl Role {
    /// What the job needs that the quiz does not measure, in file order (empty if none).
    pub fn unmeasured(&self) -> &[Unmeasured] {
        self.unmeasured.as_deref().unwrap_or_default()
    }

    /// The profile's core requirements, in profile order.
    pub fn core_requirements(&self) -> impl Iterator<Item = &Requirement> {
        self.profile.iter().filter(|r| r.is_core())
    }
}
