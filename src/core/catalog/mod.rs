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

/// Parses with miniserde, whose generated code is a fraction of serde's (the wasm is 13 KB
/// gzip smaller). It ignores unknown fields and keeps no error details, so: the tests also
/// parse every file strictly with serde (tests/catalog.rs), and on failure serde_json's
/// untyped parse names the line and column of a syntax error.
fn parse<T: miniserde::Deserialize>(file: &str, text: &str) -> Result<T, CatalogError> {
    miniserde::json::from_str(text).map_err(|_| {
        let detail = match serde_json::from_str::<serde::de::IgnoredAny>(text) {
            Err(e) => e.to_string(),
            Ok(_) => "a field is missing or has the wrong type".to_string(),
        };
        CatalogError {
            file: file.to_string(),
            entry: None,
            message: format!("not valid catalog JSON ({detail})"),
        }
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
