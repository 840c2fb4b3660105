//! Types for the catalog files, one submodule per file (this one: the whole catalog and
//! `meta.json`). Field meanings are documented in `docs/data.md`. The app
//! parses them with miniserde (small code); serde's derive, strict about unknown fields,
//! checks the files in the tests. miniserde reads only per-variant renames, so each enum
//! variant names its JSON spelling although `rename_all` says the same.

mod job_search;
mod questions;
mod resources;
mod roles;
mod salaries;
mod skills;

pub use job_search::*;
pub use questions::*;
pub use resources::*;
pub use roles::*;
pub use salaries::*;
pub use skills::*;

use miniserde::Deserialize as MiniDeserialize;
use serde::{Deserialize, Serialize};
use std::ops::{Deref, DerefMut};

/// What the quiz and the quick check read: meta.json, skills.json and questions.json. The
/// quiz's pages load only these, so they hold this type and cannot ask for roles.
#[derive(Clone, Debug, PartialEq)]
pub struct QuizCatalog {
    pub meta: Meta,
    pub categories: Vec<Category>,
    pub skills: Vec<Skill>,
    pub questions: Vec<Question>,
}

/// The whole catalog, assembled from the files in [`super::FILES`]: the quiz's part (read
/// through it, `catalog.skills`, as a [`QuizCatalog`] is everywhere) and the rest.
#[derive(Clone, Debug, PartialEq)]
pub struct Catalog {
    pub quiz: QuizCatalog,
    pub roles: Vec<Role>,
    pub salaries: Salaries,
    pub resources: Vec<Resource>,
    pub paths: Vec<LearningPath>,
    /// `job-search.json`; empty in a catalog loaded for pages that don't show it.
    pub job_search: JobSearch,
}

/// A whole catalog is a quiz catalog with more: code for the quiz takes a `&QuizCatalog` and
/// is handed either.
impl Deref for Catalog {
    type Target = QuizCatalog;
    fn deref(&self) -> &QuizCatalog {
        &self.quiz
    }
}

impl DerefMut for Catalog {
    fn deref_mut(&mut self) -> &mut QuizCatalog {
        &mut self.quiz
    }
}

/// `meta.json`: which version of the data this is and when its facts were gathered.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, MiniDeserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// The build that wrote this file ([`crate::core::catalog::edition`]); absent in
    /// `public/data`.
    pub edition: Option<String>,
    /// Grows by one whenever skills or questions are added; share codes record it.
    pub data_version: u32,
    /// The catalog's date (YYYY-MM-DD), shown in the footer; not a date anyone checked the
    /// salary figures (see docs/data.md).
    pub as_of: String,
}
