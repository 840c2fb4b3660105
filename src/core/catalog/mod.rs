//! The bundled catalog: skills, check questions, roles, salaries, learning resources and
//! the job-search advice.
//!
//! The data lives as JSON files under `public/data/` (see `docs/data.md`). [`FILES`] names
//! them; [`Catalog::from_sources`] parses them (the browser loader and the native tests both
//! go through it), and [`validate`] checks that every reference resolves.

mod lookup;
mod types;
pub mod validate;

pub use types::*;
pub use validate::validate;

use std::fmt;

/// The data files, in the order [`Catalog::from_sources`] expects them. The quiz needs only
/// the first [`QUIZ_FILES`] of them, the job-title list and compare the first
/// [`ROLES_FILES`].
pub const FILES: [&str; 7] = [
    "meta.json",
    "skills.json",
    "questions.json",
    "roles.json",
    "salaries.json",
    "resources.json",
    "job-search.json",
];

/// How many of [`FILES`], from the first, the quiz needs: meta, skills and questions.
pub const QUIZ_FILES: usize = 3;

/// How many of [`FILES`], from the first, pages need that show roles but not the
/// job-search advice (the job-title list, compare): all but `job-search.json`.
pub const ROLES_FILES: usize = 6;

/// A problem with the catalog, naming the file (and entry, where there is one).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CatalogError {
    pub file: String,
    pub entry: Option<String>,
    pub message: String,
}

impl fmt::Display for CatalogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.entry {
            Some(entry) => write!(f, "{}: {}: {}", self.file, entry, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

impl std::error::Error for CatalogError {}

/// Parses with miniserde, whose generated code is a fraction of serde's (the wasm is 13 KB
/// gzip smaller). It ignores unknown fields and keeps no error details, so: the tests also
/// parse every file strictly with serde (tests/catalog.rs), and on failure a syntax scan
/// names the line and column of a syntax error.
fn parse<T: miniserde::Deserialize>(file: &str, text: &str) -> Result<T, CatalogError> {
    miniserde::json::from_str(text).map_err(|_| {
        let detail = match crate::core::json::syntax_error(text) {
            Some(e) => e.to_string(),
            None => "a field is missing or has the wrong type".to_string(),
        };
        CatalogError {
            file: file.to_string(),
            entry: None,
            message: format!("not valid catalog JSON ({detail})"),
        }
    })
}

impl Catalog {
    /// Parses every file's text, given in the order of [`FILES`], then validates them.
    pub fn from_sources(texts: [&str; FILES.len()]) -> Result<Catalog, Vec<CatalogError>> {
        let mut parsed = ParsedFiles::default();
        for (index, text) in texts.into_iter().enumerate() {
            parsed.add(index, text).map_err(|e| vec![e])?;
        }
        parsed.finish()
    }
}

/// The data files parsed one at a time, so the browser's loader can give the page a turn
/// between them (each parse is a task of its own there); [`ParsedFiles::finish`] puts them
/// together and validates the whole.
#[derive(Default)]
pub struct ParsedFiles {
    meta: Option<Meta>,
    skills: Option<SkillsFile>,
    questions: Option<QuestionsFile>,
    roles: Option<RolesFile>,
    salaries: Option<Salaries>,
    resources: Option<ResourcesFile>,
    job_search: Option<JobSearch>,
}

impl ParsedFiles {
    /// Parses the text of the file at `index` in [`FILES`].
    pub fn add(&mut self, index: usize, text: &str) -> Result<(), CatalogError> {
        let file = FILES[index];
        match index {
            0 => self.meta = Some(parse(file, text)?),
            1 => self.skills = Some(parse(file, text)?),
            2 => self.questions = Some(parse(file, text)?),
            3 => self.roles = Some(parse(file, text)?),
            4 => self.salaries = Some(parse(file, text)?),
            5 => self.resources = Some(parse(file, text)?),
            _ => self.job_search = Some(parse(file, text)?),
        }
        Ok(())
    }

    /// The catalog for the quiz, once the first [`QUIZ_FILES`] files are added and they
    /// validate: no roles, salaries or resources (they stay empty), so only pages that
    /// need no more than the quiz may use it (`data.rs` keeps track).
    pub fn finish_quiz(self) -> Result<Catalog, Vec<CatalogError>> {
        checked(self.quiz_files()?, validate::validate_quiz_files)
    }

    /// The catalog without the job-search advice, once the first [`ROLES_FILES`] files
    /// are added and they validate: `job_search` stays empty, so only pages that don't
    /// show it may use it (`data.rs` keeps track).
    pub fn finish_roles(self) -> Result<Catalog, Vec<CatalogError>> {
        checked(self.roles_files()?, validate::validate_roles_files)
    }

    /// The catalog, once every file is added and the whole validates.
    pub fn finish(mut self) -> Result<Catalog, Vec<CatalogError>> {
        let job_search = loaded(self.job_search.take(), 6)?;
        let catalog = Catalog {
            job_search,
            ..self.roles_files()?
        };
        checked(catalog, validate)
    }

    /// The first [`ROLES_FILES`] files as a catalog, the job-search advice empty.
    fn roles_files(mut self) -> Result<Catalog, Vec<CatalogError>> {
        let roles = loaded(self.roles.take(), 3)?.roles;
        let salaries = loaded(self.salaries.take(), 4)?;
        let resources = loaded(self.resources.take(), 5)?;
        Ok(Catalog {
            roles,
            salaries,
            resources: resources.resources,
            paths: resources.paths,
            ..self.quiz_files()?
        })
    }

    /// The first [`QUIZ_FILES`] files as a catalog, everything else empty.
    fn quiz_files(self) -> Result<Catalog, Vec<CatalogError>> {
        let skills = loaded(self.skills, 1)?;
        Ok(Catalog {
            meta: loaded(self.meta, 0)?,
            categories: skills.categories,
            skills: skills.skills,
            questions: loaded(self.questions, 2)?.questions,
            roles: Vec::new(),
            salaries: Salaries::default(),
            resources: Vec::new(),
            paths: Vec::new(),
            job_search: JobSearch::default(),
        })
    }
}

/// The catalog if `validate` finds no problem in it.
fn checked(
    catalog: Catalog,
    validate: fn(&Catalog) -> Vec<CatalogError>,
) -> Result<Catalog, Vec<CatalogError>> {
    let problems = validate(&catalog);
    if problems.is_empty() {
        Ok(catalog)
    } else {
        Err(problems)
    }
}

/// A file's parsed content, or the error for a file that was never added.
fn loaded<T>(part: Option<T>, index: usize) -> Result<T, Vec<CatalogError>> {
    part.ok_or_else(|| {
        vec![CatalogError {
            file: FILES[index].to_string(),
            entry: None,
            message: "not loaded".to_string(),
        }]
    })
}
