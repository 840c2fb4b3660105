//! The overview list (jump to any skill or check question, see which are unanswered) and
//! what Finish reports as still unanswered.

use super::{Quiz, Step};
use crate::core::answers::{CheckOutcome, Rating};
use crate::core::catalog::{Question, QuizCatalog, Skill};
use crate::core::checks;

/// What the person gave for one skill so far.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SkillState {
    /// Not reached, or passed with Next without choosing.
    Unanswered,
    /// "Skip": unknown, not level 0.
    Skipped,
    Level(u8),
}

/// One row of the overview, in catalog skill order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OverviewItem {
    pub skill_id: String,
    pub skill_name: String,
    pub category_id: String,
    pub category_name: String,
    pub state: SkillState,
    /// True when this skill is the current step.
    pub current: bool,
}

impl OverviewItem {
    /// The step to `jump` to for this row.
    pub fn step(&self) -> Step {
        Step::Skill(self.skill_id.clone())
    }
}

impl Quiz {
    pub fn overview(&self, catalog: &QuizCatalog) -> Vec<OverviewItem> {
        catalog
            .skills
            .iter()
            .map(|s| OverviewItem {
                skill_id: s.id.clone(),
                skill_name: s.name.clone(),
                category_id: s.category.clone(),
                category_name: catalog
                    .category(&s.category)
                    .map_or_else(|| s.category.clone(), |c| c.name.clone()),
                state: match self.answers.ratings.get(&s.id) {
                    None => SkillState::Unanswered,
                    Some(Rating::Skipped) => SkillState::Skipped,
                    Some(Rating::Level(l)) => SkillState::Level(*l),
                },
                current: matches!(&self.position, Step::Skill(id) if *id == s.id),
            })
            .collect()
    }

    /// One row per check question the current ratings ask, in the order they are asked.
    pub fn check_overview(&self, catalog: &QuizCatalog) -> Vec<CheckItem> {
        checks::selected(catalog, &self.answers, catalog.meta.data_version)
            .into_iter()
            .map(|q| CheckItem {
                question_id: q.id.clone(),
                skill_name: catalog.skill_name(&q.skill).to_string(),
                state: match self.answers.checks.get(&q.id) {
                    None => CheckState::Unanswered,
                    Some(CheckOutcome::Skipped) => CheckState::Skipped,
                    Some(_) => CheckState::Answered,
                },
                current: matches!(&self.position, Step::Check(id) if *id == q.id),
            })
            .collect()
    }

    /// Skills with no rating at all (skipped ones count as answered), in catalog order.
    pub fn unanswered<'a>(&self, catalog: &'a QuizCatalog) -> Vec<&'a Skill> {
        catalog
            .skills
            .iter()
            .filter(|s| !self.answers.ratings.contains_key(&s.id))
            .collect()
    }

    /// Check questions the ratings ask that have no answer yet (skipped ones count as
    /// answered), in the order they are asked.
    pub fn unanswered_checks<'a>(&self, catalog: &'a QuizCatalog) -> Vec<&'a Question> {
        checks::selected(catalog, &self.answers, catalog.meta.data_version)
            .into_iter()
            .filter(|q| !self.answers.checks.contains_key(&q.id))
            .collect()
    }

    /// The first step Finish should offer to go to: the first unanswered skill, else the
    /// first unanswered check question.
    pub fn first_unanswered(&self, catalog: &QuizCatalog) -> Option<Step> {
        let skill = self
            .unanswered(catalog)
            .first()
            .map(|s| Step::Skill(s.id.clone()));
        skill.or_else(|| {
            self.unanswered_checks(catalog)
                .first()
                .map(|q| Step::Check(q.id.clone()))
        })
    }
}

/// The Finish panel's heading: "2 skills and 1 check question are still unanswered".
pub fn unanswered_sentence(skills: usize, checks: usize) -> String {
    let count = |n: usize, one: &str, many: &str| match n {
        1 => format!("1 {one}"),
        n => format!("{n} {many}"),
    };
    let parts: Vec<String> = [
        (skills, "skill", "skills"),
        (checks, "check question", "check questions"),
    ]
    .into_iter()
    .filter(|(n, _, _)| *n > 0)
    .map(|(n, one, many)| count(n, one, many))
    .collect();
    let verb = if skills + checks == 1 { "is" } else { "are" };
    format!("{} {verb} still unanswered", parts.join(" and "))
}

/// What happened to one check question so far.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CheckState {
    Unanswered,
    Skipped,
    /// Answered with a choice (whether it was right is shown with the results).
    Answered,
}

/// One check question in the overview.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckItem {
    pub question_id: String,
    /// The skill it checks.
    pub skill_name: String,
    pub state: CheckState,
    pub current: bool,
}

impl CheckItem {
    /// The step to `jump` to for this row.
    pub fn step(&self) -> Step {
        Step::Check(self.question_id.clone())
    }
}
