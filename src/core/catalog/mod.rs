//! The bundled catalog: skills, check questions, roles, salaries, learning resources and
//! the job-search advice.
//!
//! The data lives as JSON files under `public/data/` (see `docs/data.md`). [`FILES`] names
//! them; [`ParsedFiles`] parses them, and [`validate`] checks that every reference resolves:
//! where the data is read from source (the build, the tests: [`Catalog::from_sources`]).
//! The browser reads files the build checked, so it checks their [`edition`] instead.

pub mod edition;
mod lookup;
mod types;
pub mod validate;

pub use types::*;
pub use validate::validate;

use edition::{Editions, Mixed, Stamped, Unusable};
use std::fmt;

/// One data file under `public/data/`, or one the build makes of it. [`DataFile::CATALOG`]
/// is the order the catalog's files load in and [`Catalog::from_sources`] expects them; the
/// question texts load apart ([`QuestionTexts::from_source`]), only where a page shows a
/// question's words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DataFile {
    Meta,
    Skills,
    Questions,
    Roles,
    Salaries,
    Resources,
    JobSearch,
    QuestionTexts,
    /// The retired questions' words: the build ships them apart from `question-texts.json`
    /// (the site manifest's `shipped_apart`), since only results from before they were
    /// retired show them.
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

/// The data files parsed one at a time, so the browser's loader can give the page a turn
/// between them (each parse is a task of its own there). [`ParsedFiles::finish`] puts them
/// together and validates the whole (read from source); [`ParsedFiles::whole_from_build`]
/// puts together files the build checked, once they share one edition (the browser).
#[derive(Default)]
pub struct ParsedFiles {
    editions: Editions,
    meta: Option<Meta>,
    skills: Option<SkillsFile>,
    questions: Option<QuestionsFile>,
    roles: Option<RolesFile>,
    salaries: Option<Salaries>,
    resources: Option<ResourcesFile>,
    job_search: Option<JobSearch>,
}

impl ParsedFiles {
    /// Parses the text of `file`.
    pub fn add(&mut self, file: DataFile, text: &str) -> Result<(), CatalogError> {
        match file {
            DataFile::Meta => self.meta = Some(self.parse(file, text)?),
            DataFile::Skills => self.skills = Some(self.parse(file, text)?),
            DataFile::Questions => self.questions = Some(self.parse(file, text)?),
            DataFile::Roles => self.roles = Some(self.parse(file, text)?),
            DataFile::Salaries => self.salaries = Some(self.parse(file, text)?),
            DataFile::Resources => self.resources = Some(self.parse(file, text)?),
            DataFile::JobSearch => self.job_search = Some(self.parse(file, text)?),
            DataFile::QuestionTexts | DataFile::RetiredQuestionTexts => {
                return Err(CatalogError {
                    file: file.name().to_string(),
                    entry: None,
                    message: "is loaded apart from the catalog".to_string(),
                })
            }
        }
        Ok(())
    }

    /// `file`'s content, its edition noted.
    fn parse<T: miniserde::Deserialize + Stamped>(
        &mut self,
        file: DataFile,
        text: &str,
    ) -> Result<T, CatalogError> {
        let content: T = parse(file.name(), text)?;
        self.editions.add(file, content.edition());
        Ok(content)
    }

    /// The quiz's part of the catalog, once the first [`QUIZ_FILES`] files are added and
    /// they validate: all the quiz and the quick check read.
    pub fn finish_quiz(self) -> Result<QuizCatalog, Vec<CatalogError>> {
        checked(self.quiz_files()?, validate::validate_quiz_files)
    }

    /// The catalog without the job-search advice, once the first [`ROLES_FILES`] files
    /// are added and they validate: `job_search` stays empty, so only pages that don't
    /// show it may use it (`data.rs` keeps track).
    pub fn finish_roles(self) -> Result<Catalog, Vec<CatalogError>> {
        checked(self.roles_files()?, validate::validate_roles_files)
    }

    /// The catalog, once every file is added and the whole validates.
    pub fn finish(self) -> Result<Catalog, Vec<CatalogError>> {
        checked(self.whole()?, validate)
    }

    /// As [`Self::finish_quiz`], for files the build checked: they must share one edition.
    pub fn quiz_from_build(self) -> Result<QuizCatalog, Unusable> {
        self.editions.check()?;
        Ok(self.quiz_files()?)
    }

    /// As [`Self::finish_roles`], for files the build checked.
    pub fn roles_from_build(self) -> Result<Catalog, Unusable> {
        self.editions.check()?;
        Ok(self.roles_files()?)
    }

    /// As [`Self::finish`], for files the build checked.
    pub fn whole_from_build(self) -> Result<Catalog, Unusable> {
        self.editions.check()?;
        Ok(self.whole()?)
    }

    /// Every file as the catalog.
    fn whole(mut self) -> Result<Catalog, Vec<CatalogError>> {
        let job_search = loaded(self.job_search.take(), DataFile::JobSearch)?;
        Ok(Catalog {
            job_search,
            ..self.roles_files()?
        })
    }

    /// The first [`ROLES_FILES`] files as a catalog, the job-search advice empty.
    fn roles_files(mut self) -> Result<Catalog, Vec<CatalogError>> {
        let roles = loaded(self.roles.take(), DataFile::Roles)?.roles;
        let salaries = loaded(self.salaries.take(), DataFile::Salaries)?;
        let resources = loaded(self.resources.take(), DataFile::Resources)?;
        Ok(Catalog {
            quiz: self.quiz_files()?,
            roles,
            salaries,
            resources: resources.resources,
            paths: resources.paths,
            job_search: JobSearch::default(),
        })
    }

    /// The first [`QUIZ_FILES`] files: the quiz's part.
    fn quiz_files(self) -> Result<QuizCatalog, Vec<CatalogError>> {
        let skills = loaded(self.skills, DataFile::Skills)?;
        Ok(QuizCatalog {
            meta: loaded(self.meta, DataFile::Meta)?,
            categories: skills.categories,
            skills: skills.skills,
            questions: loaded(self.questions, DataFile::Questions)?.questions,
        })
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

    /// Parses question texts the build shipped (`question-texts.json`, or the retired
    /// questions' words apart): they must share the edition of the catalog's files.
    pub fn from_build(file: DataFile, text: &str, quiz: &QuizCatalog) -> Result<Self, Unusable> {
        let texts: QuestionTexts = parse(file.name(), text).map_err(|e| vec![e])?;
        if texts.edition == quiz.meta.edition {
            Ok(texts)
        } else {
            Err(Unusable::Mixed(Mixed {
                file,
                other: DataFile::Meta,
            }))
        }
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

/// A file's parsed content, or the error for a file that was never added.
fn loaded<T>(part: Option<T>, file: DataFile) -> Result<T, Vec<CatalogError>> {
    part.ok_or_else(|| {
        vec![CatalogError {
            file: file.name().to_string(),
            entry: None,
            message: "not loaded".to_string(),
        }]
    })
}
