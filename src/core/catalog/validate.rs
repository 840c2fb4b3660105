//! Catalog validation: every id unique, every reference resolves, every rule of
//! `docs/data.md` holds. Each problem names its file and entry.
//!
//! One submodule per data file; this file holds the shared helpers.

mod job_search;
mod questions;
mod resources;
mod roles;
mod salaries;
mod skills;
#[cfg(test)]
mod tests;

use super::{types::*, CatalogError, DataFile};
use crate::core::small::{inserted, ListSet};

const META: &str = DataFile::Meta.name();
const SKILLS: &str = DataFile::Skills.name();
const QUESTIONS: &str = DataFile::Questions.name();
const ROLES: &str = DataFile::Roles.name();
const SALARIES: &str = DataFile::Salaries.name();
const RESOURCES: &str = DataFile::Resources.name();
const JOB_SEARCH: &str = DataFile::JobSearch.name();
const QUESTION_TEXTS: &str = DataFile::QuestionTexts.name();

/// Every problem found; empty when the catalog is sound.
pub fn validate(catalog: &Catalog) -> Vec<CatalogError> {
    let known = Known::of(catalog);
    let mut report = Report::default();
    check_roles_files(catalog, &known, &mut report);
    job_search::check(catalog, &known, &mut report);
    report.errors
}

/// The checks of every file but job-search.json: all the job-title list and compare load.
pub fn validate_roles_files(catalog: &Catalog) -> Vec<CatalogError> {
    let mut report = Report::default();
    check_roles_files(catalog, &Known::of(catalog), &mut report);
    report.errors
}

fn check_roles_files(catalog: &Catalog, known: &Known, report: &mut Report) {
    skills::check(catalog, known, report);
    roles::check(catalog, known, report);
    resources::check(catalog, known, report);
    salaries::check(catalog, known, report);
}

/// The checks of meta.json, skills.json and questions.json alone: all the quiz loads.
pub fn validate_quiz_files(catalog: &QuizCatalog) -> Vec<CatalogError> {
    let mut report = Report::default();
    skills::check(catalog, &Known::of_quiz(catalog), &mut report);
    report.errors
}

/// The checks of question-texts.json, against the questions it gives words to.
pub fn validate_question_texts(catalog: &QuizCatalog, texts: &QuestionTexts) -> Vec<CatalogError> {
    let mut report = Report::default();
    questions::check_texts(catalog, texts, &mut report);
    report.errors
}

/// The ids each kind of reference may point at.
struct Known<'a> {
    categories: ListSet<&'a str>,
    skills: ListSet<&'a str>,
    roles: ListSet<&'a str>,
    resources: ListSet<&'a str>,
    sources: ListSet<&'a str>,
    bls_categories: ListSet<&'a str>,
}

impl<'a> Known<'a> {
    /// What the quiz's files define; no roles, resources or sources.
    fn of_quiz(c: &'a QuizCatalog) -> Self {
        Known {
            categories: inserted(c.categories.iter().map(|x| x.id.as_str())),
            skills: inserted(c.skills.iter().map(|x| x.id.as_str())),
            roles: ListSet::default(),
            resources: ListSet::default(),
            sources: ListSet::default(),
            bls_categories: ListSet::default(),
        }
    }

    fn of(c: &'a Catalog) -> Self {
        Known {
            roles: inserted(c.roles.iter().map(|x| x.id.as_str())),
            resources: inserted(c.resources.iter().map(|x| x.id.as_str())),
            sources: inserted(c.salaries.sources.iter().map(|x| x.id.as_str())),
            bls_categories: inserted(c.salaries.bls_categories.iter().map(|x| x.id.as_str())),
            ..Known::of_quiz(c)
        }
    }
}

/// Collects problems, each tied to a file and an entry.
#[derive(Default)]
struct Report {
    errors: Vec<CatalogError>,
}

impl Report {
    fn add(&mut self, file: &str, entry: &str, message: impl Into<String>) {
        self.errors.push(CatalogError {
            file: file.to_string(),
            entry: Some(entry.to_string()),
            message: message.into(),
        });
    }

    /// Ids must be unique within their list and look like `lower-case-words`, because
    /// share links and saved answers carry them.
    fn unique_ids<'a>(&mut self, file: &str, kind: &str, ids: impl IntoIterator<Item = &'a str>) {
        let mut seen = ListSet::default();
        for id in ids {
            if !seen.insert(id) {
                self.add(file, id, format!("duplicate {kind} id"));
            }
            if !is_valid_id(id) {
                self.add(
                    file,
                    id,
                    format!("{kind} id must be lower-case letters, digits and single hyphens"),
                );
            }
        }
    }

    /// Reports `id` when it is not among `known`; `what` says which field refers to it.
    fn reference(&mut self, file: &str, entry: &str, what: &str, id: &str, known: &ListSet<&str>) {
        if !known.contains(&id) {
            self.add(file, entry, format!("{what} `{id}` does not exist"));
        }
    }

    fn references(
        &mut self,
        file: &str,
        entry: &str,
        what: &str,
        ids: &[String],
        known: &ListSet<&str>,
    ) {
        for id in ids {
            self.reference(file, entry, what, id, known);
        }
    }

    fn non_empty(&mut self, file: &str, entry: &str, field: &str, text: &str) {
        if text.trim().is_empty() {
            self.add(file, entry, format!("{field} is empty"));
        }
    }

    fn https(&mut self, file: &str, entry: &str, url: &str) {
        let ok = url
            .strip_prefix("https://")
            .is_some_and(|rest| !rest.is_empty() && !rest.contains(char::is_whitespace));
        if !ok {
            self.add(file, entry, format!("url `{url}` is not an https URL"));
        }
    }
}

fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}
