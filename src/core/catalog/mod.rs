//! The bundled catalog: skills, check questions, roles, salaries, learning resources and
//! the job-search advice.
//!
//! The data lives as JSON files under `public/data/` (see `docs/data.md`). [`FILES`] names
//! them; [`ParsedFiles`] parses them, and [`validate`] checks that every reference resolves:
//! where the data is read from source (the build, the tests: [`Catalog::from_sources`]).
//! The browser reads files the build checked, so it checks their [`edition`] instead.

pub mod edition;
mod lookup;
mod parsed_files;
mod types;
pub mod validate;

pub use parsed_files::ParsedFiles;
pub use types::*;
pub use validate::validate;

use std::fmt;

/// One data file under `public/data/`, or one the build makes of it. [`DataFile::CATALOG`]
/// is the order the catalog's files load in and [`Catalog::from_sources`] expects them; the
/// question texts load apart, only where a page shows a question's words, from the files
/// the build splits them into ([`Question::texts_file`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DataFile {
    Meta,
    Skills,
    Questions,
    Roles,
    Salaries,
    Resources,
    JobSearch,
    /// Every question's words, as authored: the build ships them split by skill
    /// ([`Question::texts_file`]), never whole.
    QuestionTexts,
    /// The retired questions' words, shipped apart (the site manifest's `shipped_apart`),
    /// since only results from before they were retired show them.
    RetiredQuestionTexts,
}

impl DataFile {
    /// The catalog's files in loading order: the quiz needs only the first [`QUIZ_FILES`]
    /// of them, the job-title list and compare the first [`ROLES_FILES`].
    pub const CATALOG: [DataFile; 7] = [
        DataFile::Meta,
        DataFile::Skills,
        DataFile::Questions,
        DataFile::Roles,
        DataFile::Salaries,
        DataFile::Resources,
        DataFile::JobSearch,
    ];

    /// The file's name under `data/`.
    pub const fn name(self) -> &'static str {
        match self {
            DataFile::Meta => "meta.json",
            DataFile::Skills => "skills.json",
            DataFile::Questions => "questions.json",
            DataFile::Roles => "roles.json",
            DataFile::Salaries => "salaries.json",
            DataFile::Resources => "resources.json",
            DataFile::JobSearch => "job-search.json",
            DataFile::QuestionTexts => "question-texts.json",
            DataFile::RetiredQuestionTexts => "retired-question-texts.json",
        }
    }
}

/// The folder the data files are served from, beside the app's pages (`public/data` in
/// the source).
pub const DATA_DIR: &str = "data";

/// The catalog's files' names, in the order of [`DataFile::CATALOG`].
pub const FILES: [&str; DataFile::CATALOG.len()] = {
    let mut names = [""; DataFile::CATALOG.len()];
    let mut i = 0;
    while i < names.len() {
        names[i] = DataFile::CATALOG[i].name();
        i += 1;
    }
    names
};

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
/// parse every file strictly with serde (tests/catalog/), and on failure a syntax scan
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
        for (file, text) in DataFile::CATALOG.into_iter().zip(texts) {
            parsed.add(file, text).map_err(|e| vec![e])?;
        }
        parsed.finish()
    }
}

impl QuestionTexts {
    /// Parses `question-texts.json` and checks it against the questions it gives words to.
    pub fn from_source(text: &str, quiz: &QuizCatalog) -> Result<Self, Vec<CatalogError>> {
        let texts: QuestionTexts =
            parse(DataFile::QuestionTexts.name(), text).map_err(|e| vec![e])?;
        checked(texts, |texts| {
            validate::validate_question_texts(quiz, texts)
        })
    }

    /// Parses a file of question texts the build shipped (`file`: a skill's, or the
    /// retired questions': [`Question::texts_file`]). `None` when it is not of the
    /// catalog's edition (a visit during an update).
    pub fn from_build(
        file: &str,
        text: &str,
        quiz: &QuizCatalog,
    ) -> Result<Option<Self>, CatalogError> {
        let texts: QuestionTexts = parse(file, text)?;
        Ok((texts.edition == quiz.meta.edition).then_some(texts))
    }
}

/// The catalog if `validate` finds no problem in it.
fn checked<C>(
    catalog: C,
    validate: impl FnOnce(&C) -> Vec<CatalogError>,
) -> Result<C, Vec<CatalogError>> {
    let problems = validate(&catalog);
    if problems.is_empty() {
        Ok(catalog)
    } else {
        Err(problems)
    }
}
