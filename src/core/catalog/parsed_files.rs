//! The browser's loader and the tests add the data files one at a time (a browser task
//! each), then put them together: validated (read from source) or of one edition (shipped
//! by the build, `edition.rs`).

use super::edition::{Editions, Stamped, Unusable};
use super::{
    checked, parse, validate, Catalog, CatalogError, DataFile, JobSearch, Meta, QuestionsFile,
    QuizCatalog, ResourcesFile, RolesFile, Salaries, SkillsFile,
};

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
            DataFile::Meta | DataFile::Skills | DataFile::Questions => {
                return self.add_quiz_file(file, text)
            }
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

    /// Parses the text of one of the quiz's files (meta, skills, questions); any other is
    /// refused. Apart from [`Self::add`] so that code which loads only the quiz's part has
    /// none of the other files' parsing (the browser's main wasm, src/data.rs).
    pub fn add_quiz_file(&mut self, file: DataFile, text: &str) -> Result<(), CatalogError> {
        match file {
            DataFile::Meta => self.meta = Some(self.parse(file, text)?),
            DataFile::Skills => self.skills = Some(self.parse(file, text)?),
            DataFile::Questions => self.questions = Some(self.parse(file, text)?),
            _ => {
                return Err(CatalogError {
                    file: file.name().to_string(),
                    entry: None,
                    message: "is not one of the quiz's files".to_string(),
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

    /// The quiz's part of the catalog, once the first [`QUIZ_FILES`](super::QUIZ_FILES) files are added and
    /// they validate: all the quiz and the quick check read.
    pub fn finish_quiz(self) -> Result<QuizCatalog, Vec<CatalogError>> {
        checked(self.quiz_files()?, validate::validate_quiz_files)
    }

    /// The catalog without the job-search advice, once the first [`ROLES_FILES`](super::ROLES_FILES) files
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

    /// The first [`ROLES_FILES`](super::ROLES_FILES) files as a catalog, the job-search advice empty.
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

    /// The first [`QUIZ_FILES`](super::QUIZ_FILES) files: the quiz's part.
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
