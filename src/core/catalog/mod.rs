//! The bundled catalog: skills, check questions, roles, salaries and learning resources.
//!
//! The data lives as JSON files under `public/data/` (see `docs/data.md`). [`FILES`] names
//! them; [`Catalog::from_sources`] parses them (the browser loader and the native tests both
//! go through it), and [`validate`] checks that every reference resolves.

mod lookup;
mod types;
pub mod validate;

pub use types::*;
pub use validate::validate;

use serde::de::DeserializeOwned;
use std::fmt;

/// The data files, in the order [`Catalog::from_sources`] expects them.
pub const FILES: [&str; 6] = [
    "meta.json",
    "skills.json",
    "questions.json",
    "roles.json",
    "salaries.json",
    "resources.json",
];

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

fn parse<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, CatalogError> {
    serde_json::from_str(text).map_err(|e| CatalogError {
        file: file.to_string(),
        entry: None,
        message: format!("not valid catalog JSON ({e})"),
    })
}

impl Catalog {
    /// Parses the six files' texts, given in the order of [`FILES`], then validates them.
    pub fn from_sources(texts: [&str; 6]) -> Result<Catalog, Vec<CatalogError>> {
        let parsed = (|| {
            let meta: Meta = parse(FILES[0], texts[0])?;
            let skills: SkillsFile = parse(FILES[1], texts[1])?;
            let questions: QuestionsFile = parse(FILES[2], texts[2])?;
            let roles: RolesFile = parse(FILES[3], texts[3])?;
            let salaries: Salaries = parse(FILES[4], texts[4])?;
            let resources: ResourcesFile = parse(FILES[5], texts[5])?;
            Ok(Catalog {
                meta,
                categories: skills.categories,
                skills: skills.skills,
                questions: questions.questions,
                roles: roles.roles,
                salaries,
                resources: resources.resources,
                paths: resources.paths,
            })
        })();
        let catalog = parsed.map_err(|e| vec![e])?;
        let problems = validate(&catalog);
        if problems.is_empty() {
            Ok(catalog)
        } else {
            Err(problems)
        }
    }
}
