//! `job-search.json`: the article's advice on getting hired: language job boards, the
//! steps that help land a job, freelancing as a path, and degrees and bootcamps.

use miniserde::Deserialize as MiniDeserialize;
use serde::{Deserialize, Serialize};

/// The whole file. Empty (the default) in a catalog loaded without it (see `data.rs`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, MiniDeserialize)]
#[serde(deny_unknown_fields)]
pub struct JobSearch {
    /// The build that wrote this file ([`crate::core::catalog::edition`]); absent in
    /// `public/data`.
    pub edition: Option<String>,
    pub boards: Vec<JobBoard>,
    /// The job-search steps, in the article's order.
    pub steps: Vec<JobStep>,
    /// The order the steps are shown in, by how far along the person is.
    pub order: StepOrder,
    /// Freelancing and contracting as a path, and what it takes.
    pub freelance: String,
    /// Degrees and bootcamps, shown only to junior-level results.
    pub degrees: String,
}

/// A job board for one language, tied to the skills and roles it is for.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, MiniDeserialize)]
#[serde(deny_unknown_fields)]
pub struct JobBoard {
    pub id: String,
    pub name: String,
    /// The board's own https address; absent where there is none we can be sure of (then
    /// `note` says why). An `Option` for the reason given at [`super::Requirement::core`].
    pub url: Option<String>,
    /// What to know about the board or its link, shown beside it; required without a url.
    pub note: Option<String>,
    /// Skill ids: the board is for a role with one of them as a core skill.
    pub skills: Vec<String>,
    /// Role ids the board is for.
    pub roles: Vec<String>,
}

/// One thing that helps land a job, with one good free resource for it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, MiniDeserialize)]
#[serde(deny_unknown_fields)]
pub struct JobStep {
    pub id: String,
    pub title: String,
    pub text: String,
    pub resource: StepResource,
}

/// A free resource for a step: official documentation or a well-known free guide.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, MiniDeserialize)]
#[serde(deny_unknown_fields)]
pub struct StepResource {
    pub title: String,
    /// Always https.
    pub url: String,
}

/// Every step's id once, in the order shown to a junior-level and to a senior-level person.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, MiniDeserialize)]
#[serde(deny_unknown_fields)]
pub struct StepOrder {
    pub junior: Vec<String>,
    pub senior: Vec<String>,
}
