//! Where the person is in the quiz. Steps are named by catalog ids, not indexes, so a
//! catalog that gains or loses a skill can't silently move someone to a different one.

use crate::core::answers::Answers;
use crate::core::catalog::QuizCatalog;
use crate::core::checks;

/// One screen of the quiz.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    /// Rating the skill with this id.
    Skill(String),
    /// Answering the check question with this id.
    Check(String),
}

/// The two parts of the quiz: first every skill is rated, then the check questions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    Rate,
    Check,
}

impl Step {
    pub fn phase(&self) -> Phase {
        match self {
            Step::Skill(_) => Phase::Rate,
            Step::Check(_) => Phase::Check,
        }
    }

    /// Whether the person already gave an answer (or skipped) at this step.
    pub fn is_answered(&self, answers: &Answers) -> bool {
        match self {
            Step::Skill(id) => answers.ratings.contains_key(id),
            Step::Check(id) => answers.checks.contains_key(id),
        }
    }

    /// The id of the skill this step is about (for a check: the skill it checks).
    pub fn skill_id<'a>(&'a self, catalog: &'a QuizCatalog) -> Option<&'a str> {
        match self {
            Step::Skill(id) => Some(id),
            Step::Check(id) => catalog.question(id).map(|q| q.skill.as_str()),
        }
    }
}

/// Every step for these answers, in order: all skills in catalog order, then the check
/// questions `checks::selected` picks for the current ratings.
pub fn steps_for(answers: &Answers, catalog: &QuizCatalog) -> Vec<Step> {
    let skills = catalog.skills.iter().map(|s| Step::Skill(s.id.clone()));
    let questions = checks::selected(catalog, answers, catalog.meta.data_version)
        .into_iter()
        .map(|q| Step::Check(q.id.clone()));
    skills.chain(questions).collect()
}

/// Where to resume when the stored position is gone: the first unanswered step (so the
/// first unanswered skill, if any), else the last step.
pub fn resume_point(answers: &Answers, steps: &[Step]) -> Option<Step> {
    steps
        .iter()
        .find(|s| !s.is_answered(answers))
        .or(steps.last())
        .cloned()
}
