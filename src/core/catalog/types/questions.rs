//! `questions.json` and `question-texts.json`: the check questions. The first says what
//! each question checks (its skill and level) and when it was asked, which is all scoring
//! and share codes need; the second holds its words and key, which only the quiz's check
//! steps and the results' review of the checks show, so the other pages never load them.
//! The build ships those words split by skill ([`Question::texts_file`]), so a page loads
//! only the skills it shows.

use miniserde::Deserialize as MiniDeserialize;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, MiniDeserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionsFile {
    /// The build that wrote this file ([`crate::core::catalog::edition`]); absent in
    /// `public/data`.
    pub edition: Option<String>,
    pub questions: Vec<Question>,
}

/// A multiple-choice check of a self-rating: what it checks. Its words are a
/// [`QuestionText`] with the same id.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, MiniDeserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub skill: String,
    /// The level (1 to 5) this question checks.
    pub level: u8,
    pub since: u32,
    /// The data_version that retired it: never asked from then on, kept so that results
    /// shared before still show their questions (docs/share-format.md).
    pub until: Option<u32>,
}

impl Question {
    /// Whether it is no longer asked.
    pub fn is_retired(&self) -> bool {
        self.until.is_some()
    }

    /// The file under `data/` the build ships this question's words in (the site
    /// manifest's `shipped_apart`), and the views load them from, by this one rule: its
    /// skill's file (a quick check or a shared result needs a few skills, not the whole
    /// bank), or, once retired, the retired questions' file (only results from before load
    /// it).
    pub fn texts_file(&self) -> String {
        if self.is_retired() {
            crate::core::catalog::DataFile::RetiredQuestionTexts
                .name()
                .to_string()
        } else {
            format!("question-texts-{}.json", self.skill)
        }
    }

    /// The files `questions`' words are in ([`Question::texts_file`]), each once, in the
    /// order first needed.
    pub fn texts_files<'a>(questions: impl IntoIterator<Item = &'a Question>) -> Vec<String> {
        let mut files = Vec::new();
        for file in questions.into_iter().map(Question::texts_file) {
            if !files.contains(&file) {
                files.push(file);
            }
        }
        files
    }

    /// Whether the catalog as it was at `data_version` had this question.
    pub fn in_version(&self, data_version: u32) -> bool {
        self.since <= data_version && self.until.is_none_or(|u| data_version < u)
    }
}

/// `question-texts.json`, in the order of `questions.json`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, MiniDeserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionTexts {
    /// The build that wrote this file ([`crate::core::catalog::edition`]); absent in
    /// `public/data`.
    pub edition: Option<String>,
    pub questions: Vec<QuestionText>,
}

/// A question's words. Exactly one choice is correct: `answer`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, MiniDeserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionText {
    pub id: String,
    /// The words of the skill's level description this question checks (questions still
    /// asked must have them; see docs/questions.md). Authoring only: see
    /// [`QuestionText::AUTHORING_FIELDS`].
    pub tests: Option<String>,
    /// What the question tests, unique in the bank so no concept is checked twice.
    /// Authoring only.
    pub concept: Option<String>,
    pub prompt: String,
    pub choices: Vec<String>,
    /// Index into `choices` of the correct choice.
    pub answer: usize,
    pub explanation: String,
}

impl QuestionText {
    /// The fields only the validator reads: the build, which validates the data, ships
    /// the texts without them (the site manifest's `unshipped_fields`), so in the browser
    /// they are `None`.
    pub const AUTHORING_FIELDS: [&'static str; 2] = ["tests", "concept"];
}

impl QuestionTexts {
    /// These texts and `more` (the build ships the retired questions' words apart).
    pub fn with(mut self, more: QuestionTexts) -> Self {
        self.questions.extend(more.questions);
        self
    }

    /// The words of the question `id`.
    pub fn of(&self, id: &str) -> Option<&QuestionText> {
        self.questions.iter().find(|q| q.id == id)
    }
}

impl QuestionText {
    /// Whether picking `choice` answers the question right.
    pub fn is_right(&self, choice: usize) -> bool {
        choice == self.answer
    }
}

#[cfg(test)]
mod tests {
    use super::Question;

    fn question(id: &str, skill: &str, until: Option<u32>) -> Question {
        Question {
            id: id.into(),
            skill: skill.into(),
            level: 3,
            since: 1,
            until,
        }
    }

    #[test]
    fn a_questions_words_are_in_its_skills_file_or_once_retired_the_retired_ones() {
        let sql = question("sql-3-a", "sql", None);
        let old = question("sql-3-old", "sql", Some(2));
        let git = question("git-3-a", "git", None);
        assert_eq!(sql.texts_file(), "question-texts-sql.json");
        assert_eq!(old.texts_file(), "retired-question-texts.json");
        let files = Question::texts_files([&sql, &git, &old, &sql, &git]);
        assert_eq!(
            files,
            [
                "question-texts-sql.json",
                "question-texts-git.json",
                "retired-question-texts.json"
            ]
        );
    }
}
