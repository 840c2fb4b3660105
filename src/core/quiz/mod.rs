//! The quiz state machine: which step the person is on and what they answered.
//!
//! Pure: the view turns clicks and keys into these events and stores
//! [`crate::core::storage::save`]'s text. Rules:
//! - Steps are every skill (phase `Rate`), then the check questions selected for the current
//!   ratings (phase `Check`). There is no separate "done" step: at the last step `next` does
//!   nothing and the view offers Finish, which is allowed at any time.
//! - `rate` only records; the view calls `next`. `skip`, `answer_check` and `skip_check`
//!   record and advance.
//! - `next` on an unrated skill moves on and leaves it unanswered: no dead ends.
//! - Changing a rating drops recorded check outcomes that are no longer selected.
//! - Every method takes the same catalog; a position that isn't among the steps (only
//!   possible if the catalog changed) is treated as the resume point, never a panic.

mod overview;
mod progress;
mod step;
#[cfg(test)]
mod tests;

pub use overview::{OverviewItem, SkillState};
pub use progress::Progress;
pub use step::{Phase, Step};

use crate::core::answers::{Answers, CheckOutcome, Rating, MAX_LEVEL};
use crate::core::catalog::{Catalog, Question, Skill};
use crate::core::checks;
use step::{resume_point, steps_for};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quiz {
    answers: Answers,
    /// For a catalog without skills this is `Step::Skill("")`, which matches nothing.
    position: Step,
    finished: bool,
}

impl Quiz {
    /// A fresh quiz at the first skill.
    pub fn new(catalog: &Catalog) -> Self {
        Self::restore(catalog, Answers::default(), None, false)
    }

    /// A quiz from saved parts. A missing position, or one that isn't a step for these
    /// answers, becomes the first unanswered step (else the last step). The caller is
    /// expected to have dropped answers that don't fit the catalog (see `storage`).
    pub(crate) fn restore(
        catalog: &Catalog,
        answers: Answers,
        position: Option<Step>,
        finished: bool,
    ) -> Self {
        let steps = steps_for(&answers, catalog);
        let position = position
            .filter(|p| steps.contains(p))
            .or_else(|| resume_point(&answers, &steps))
            .unwrap_or_else(|| Step::Skill(String::new()));
        Self {
            answers,
            position,
            finished,
        }
    }

    pub fn answers(&self) -> &Answers {
        &self.answers
    }

    pub fn current(&self) -> &Step {
        &self.position
    }

    /// The skill to rate, when the current step is a skill.
    pub fn current_skill<'a>(&self, catalog: &'a Catalog) -> Option<&'a Skill> {
        match &self.position {
            Step::Skill(id) => catalog.skill(id),
            Step::Check(_) => None,
        }
    }

    /// The question to answer, when the current step is a check question.
    pub fn current_question<'a>(&self, catalog: &'a Catalog) -> Option<&'a Question> {
        match &self.position {
            Step::Check(id) => catalog.question(id),
            Step::Skill(_) => None,
        }
    }

    pub fn is_finished(&self) -> bool {
        self.finished
    }

    pub fn steps(&self, catalog: &Catalog) -> Vec<Step> {
        steps_for(&self.answers, catalog)
    }

    /// Record a level (0 to 5) for the current skill. Does not advance. Ignored on a check
    /// step or for a level above 5.
    pub fn rate(&mut self, catalog: &Catalog, level: u8) {
        if level <= MAX_LEVEL {
            self.rate_current(catalog, Rating::Level(level));
        }
    }

    /// "Skip": record the current skill as unknown (not level 0) and advance. On a check
    /// step this is `skip_check`.
    pub fn skip(&mut self, catalog: &Catalog) {
        match self.position {
            Step::Skill(_) => {
                if self.rate_current(catalog, Rating::Skipped) {
                    self.next(catalog);
                }
            }
            Step::Check(_) => self.skip_check(catalog),
        }
    }

    /// Record the chosen answer of the current check question as right or wrong, then
    /// advance. Ignored on a skill step or for a choice index the question doesn't have.
    pub fn answer_check(&mut self, catalog: &Catalog, choice: usize) {
        let Some(q) = self.current_question(catalog) else {
            return;
        };
        if choice >= q.choices.len() {
            return;
        }
        let outcome = if choice == q.answer {
            CheckOutcome::Right
        } else {
            CheckOutcome::Wrong
        };
        self.record_check(catalog, outcome);
    }

    /// Record the current check question as skipped, then advance.
    pub fn skip_check(&mut self, catalog: &Catalog) {
        self.record_check(catalog, CheckOutcome::Skipped);
    }

    /// Go to the following step; does nothing at the last step.
    pub fn next(&mut self, catalog: &Catalog) {
        self.move_by(catalog, 1);
    }

    /// Go to the previous step; does nothing at the first step.
    pub fn back(&mut self, catalog: &Catalog) {
        self.move_by(catalog, -1);
    }

    /// Go to any current step (from the overview or the results) and reopen the quiz if
    /// it was finished. Ignored for a step that isn't in `steps`.
    pub fn jump(&mut self, catalog: &Catalog, step: Step) {
        if self.steps(catalog).contains(&step) {
            self.position = step;
            self.finished = false;
        }
    }

    /// Show the results. Allowed with unanswered skills (see `unanswered`).
    pub fn finish(&mut self) {
        self.finished = true;
    }

    /// Back from the results to the quiz, at the same step.
    pub fn reopen(&mut self) {
        self.finished = false;
    }

    /// Forget every answer and go back to the first skill.
    pub fn start_over(&mut self, catalog: &Catalog) {
        *self = Self::new(catalog);
    }

    fn move_by(&mut self, catalog: &Catalog, delta: isize) {
        let steps = self.steps(catalog);
        let Some(i) = self.index_in(&steps) else {
            return;
        };
        // Out of range means "stay"; staying also settles a stray position.
        let target = i.checked_add_signed(delta).and_then(|t| steps.get(t));
        if let Some(step) = target.or(steps.get(i)) {
            self.position = step.clone();
        }
    }

    /// Record a rating for the current skill and drop check outcomes it deselects.
    /// Returns false when the current step isn't a catalog skill.
    fn rate_current(&mut self, catalog: &Catalog, rating: Rating) -> bool {
        let Some(skill) = self.current_skill(catalog) else {
            return false;
        };
        self.answers.ratings.insert(skill.id.clone(), rating);
        drop_unselected_checks(&mut self.answers, catalog);
        true
    }

    fn record_check(&mut self, catalog: &Catalog, outcome: CheckOutcome) {
        let Some(q) = self.current_question(catalog) else {
            return;
        };
        self.answers.checks.insert(q.id.clone(), outcome);
        self.next(catalog);
    }
}

/// Remove check outcomes for questions the current ratings don't select (unknown ids
/// included). Returns how many were removed.
pub(crate) fn drop_unselected_checks(answers: &mut Answers, catalog: &Catalog) -> usize {
    let selected: Vec<String> = checks::selected(catalog, answers, catalog.meta.data_version)
        .into_iter()
        .map(|q| q.id.clone())
        .collect();
    let before = answers.checks.len();
    answers.checks.retain(|id, _| selected.contains(id));
    before - answers.checks.len()
}
