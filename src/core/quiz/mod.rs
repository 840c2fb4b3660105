//! The quiz state machine: which step the person is on and what they answered.
//!
//! Pure: the view turns clicks and keys into these events and stores
//! [`crate::core::storage::save`]'s text. Rules:
//! - Steps are every skill (phase `Rate`), then the check questions selected for the current
//!   ratings and the check answers so far (phase `Check`; a miss adds the question one level
//!   down right after it, see `checks`). There is no separate "done" step: at the last step `next` does
//!   nothing and the view offers Finish, which is allowed at any time.
//! - **Nothing picked waits to be sent**: `rate` and `choose` record at once (without
//!   advancing), so every way off a step (Next, Back, a jump, Finish, a reload, another tab)
//!   keeps what was picked. `skip`, `answer_check` and `skip_check` record and advance.
//! - `next` on an unrated skill moves on and leaves it unanswered: no dead ends.
//! - **Answers follow the rating, not the clicks**: check outcomes that the current ratings
//!   don't ask are set aside, not dropped, and come back when a rating asks them again
//!   (3 → 2 → 3 keeps the level-3 answer). `answers()` holds only the asked ones.
//! - Every method takes the same catalog; a position that isn't among the steps (only
//!   possible if the catalog changed) is treated as the resume point, never a panic.

mod moving;
mod overview;
mod progress;
mod quick;
mod step;
mod sync;
#[cfg(test)]
mod tests;

pub use overview::{unanswered_sentence, CheckItem, CheckState, OverviewItem, SkillState};
pub use progress::Progress;
pub use step::{Phase, Step};
pub use sync::TabChange;

use crate::core::answers::{Answers, CheckOutcome, Rating, MAX_LEVEL};
use crate::core::catalog::{Question, QuestionText, QuizCatalog, Skill};
use crate::core::checks;
use crate::core::small::SortedMap;
use step::{resume_point, steps_for};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quiz {
    /// Ratings, and the outcomes of the check questions those ratings ask.
    answers: Answers,
    /// Outcomes of check questions the current ratings don't ask (see the module rules).
    set_aside: SortedMap<String, CheckOutcome>,
    /// The choice picked on each answered check question, to show it again on a revisit.
    choices: SortedMap<String, usize>,
    /// For a catalog without skills this is `Step::Skill("")`, which matches nothing.
    position: Step,
    finished: bool,
}

impl Quiz {
    /// A fresh quiz at the first skill.
    pub fn new(catalog: &QuizCatalog) -> Self {
        Self::restore(catalog, Answers::default(), None, false)
    }

    /// A quiz from saved parts. Outcomes of questions the ratings don't ask are set aside.
    /// A missing position, or one that isn't a step for these answers, becomes the first
    /// unanswered step (else the last step). The caller is expected to have dropped
    /// answers that don't fit the catalog (see `storage`).
    pub(crate) fn restore(
        catalog: &QuizCatalog,
        answers: Answers,
        position: Option<Step>,
        finished: bool,
    ) -> Self {
        let mut quiz = Self {
            answers,
            set_aside: SortedMap::new(),
            choices: SortedMap::new(),
            position: Step::Skill(String::new()),
            finished,
        };
        quiz.follow_ratings(catalog);
        let steps = quiz.steps(catalog);
        if let Some(step) = position
            .filter(|p| steps.contains(p))
            .or_else(|| resume_point(&quiz.answers, &steps))
        {
            quiz.position = step;
        }
        quiz
    }

    /// The same quiz with the picked choices of its answered questions (from storage);
    /// a choice for a question the catalog lacks, or one not answered, is left out.
    /// Whether it still fits the question's key is for [`Quiz::shown_choice`] to say: the
    /// key is in the question's words, which this page may not have loaded.
    pub(crate) fn with_choices(
        mut self,
        catalog: &QuizCatalog,
        choices: SortedMap<String, usize>,
    ) -> Self {
        for (id, choice) in choices {
            let answered = self.outcome(&id).is_some_and(CheckOutcome::checked);
            if answered && catalog.question(&id).is_some() {
                self.choices.insert(id, choice);
            }
        }
        self
    }

    /// Outcomes the current ratings don't ask, kept for when a rating asks them again.
    pub fn set_aside(&self) -> &SortedMap<String, CheckOutcome> {
        &self.set_aside
    }

    /// Every recorded choice, by question id.
    pub fn choices(&self) -> &SortedMap<String, usize> {
        &self.choices
    }

    /// The choice picked on this question, if it was answered with one.
    pub fn choice(&self, question: &str) -> Option<usize> {
        self.choices.get(question).copied()
    }

    /// The choice to show picked on this question: the one recorded, unless the question
    /// doesn't have it or it disagrees with the recorded outcome (the catalog changed the
    /// key since).
    pub fn shown_choice(&self, text: &QuestionText) -> Option<usize> {
        self.choice(&text.id).filter(|&choice| {
            choice < text.choices.len() && self.outcome(&text.id) == Some(outcome_of(text, choice))
        })
    }

    /// The outcome recorded for a question, asked or set aside.
    fn outcome(&self, question: &str) -> Option<CheckOutcome> {
        self.answers
            .checks
            .get(question)
            .or_else(|| self.set_aside.get(question))
            .copied()
    }

    pub fn answers(&self) -> &Answers {
        &self.answers
    }

    pub fn current(&self) -> &Step {
        &self.position
    }

    /// The skill to rate, when the current step is a skill.
    pub fn current_skill<'a>(&self, catalog: &'a QuizCatalog) -> Option<&'a Skill> {
        match &self.position {
            Step::Skill(id) => catalog.skill(id),
            Step::Check(_) => None,
        }
    }

    /// The question to answer, when the current step is a check question.
    pub fn current_question<'a>(&self, catalog: &'a QuizCatalog) -> Option<&'a Question> {
        match &self.position {
            Step::Check(id) => catalog.question(id),
            Step::Skill(_) => None,
        }
    }

    pub fn is_finished(&self) -> bool {
        self.finished
    }

    pub fn steps(&self, catalog: &QuizCatalog) -> Vec<Step> {
        steps_for(&self.answers, catalog)
    }

    /// Record a level (0 to 5) for the current skill. Does not advance. Ignored on a check
    /// step or for a level above 5.
    pub fn rate(&mut self, catalog: &QuizCatalog, level: u8) {
        if level <= MAX_LEVEL {
            self.rate_current(catalog, Rating::Level(level));
        }
    }

    /// "Skip": record the current skill as unknown (not level 0) and advance; its check
    /// outcomes are set aside, not lost. On a check step this is `skip_check`. On a skill
    /// that has a level, the view asks first (see `skip_would_replace`).
    pub fn skip(&mut self, catalog: &QuizCatalog) {
        match self.position {
            Step::Skill(_) => {
                if self.rate_current(catalog, Rating::Skipped) {
                    self.next(catalog);
                }
            }
            Step::Check(_) => self.skip_check(catalog),
        }
    }

    /// The level the current skill has, when Skip would replace it with "unknown".
    pub fn skip_would_replace(&self, catalog: &QuizCatalog) -> Option<u8> {
        let skill = self.current_skill(catalog)?;
        self.answers.level(&skill.id)
    }

    /// Record a picked choice on the current check question, whose words are `text`, as
    /// right or wrong, at once (the one place a pick becomes an answer). Does not advance.
    /// Returns false on a skill step, for another question's words, or for a choice index
    /// the question doesn't have.
    pub fn choose(&mut self, catalog: &QuizCatalog, text: &QuestionText, choice: usize) -> bool {
        let Some(q) = self.current_question(catalog) else {
            return false;
        };
        if q.id != text.id || choice >= text.choices.len() {
            return false;
        }
        let (id, outcome) = (q.id.clone(), outcome_of(text, choice));
        self.answers.checks.insert(id.clone(), outcome);
        self.choices.insert(id, choice);
        // A miss opens the question one level down; a change of mind closes it again.
        self.follow_ratings(catalog);
        true
    }

    /// `choose`, then advance.
    pub fn answer_check(&mut self, catalog: &QuizCatalog, text: &QuestionText, choice: usize) {
        if self.choose(catalog, text, choice) {
            self.next(catalog);
        }
    }

    /// Record the current check question as skipped, then advance.
    pub fn skip_check(&mut self, catalog: &QuizCatalog) {
        let Some(q) = self.current_question(catalog) else {
            return;
        };
        let id = q.id.clone();
        self.choices.remove(&id);
        self.answers.checks.insert(id, CheckOutcome::Skipped);
        self.follow_ratings(catalog);
        self.next(catalog);
    }

    /// Record a rating for the current skill, then let the check outcomes follow it.
    /// Returns false when the current step isn't a catalog skill.
    fn rate_current(&mut self, catalog: &QuizCatalog, rating: Rating) -> bool {
        let Some(skill) = self.current_skill(catalog) else {
            return false;
        };
        self.answers.ratings.insert(skill.id.clone(), rating);
        self.follow_ratings(catalog);
        true
    }

    /// Sets aside the outcomes of questions the ratings (and the earlier check answers) no
    /// longer ask, and brings back the set-aside ones they ask again.
    fn follow_ratings(&mut self, catalog: &QuizCatalog) {
        let mut all = std::mem::take(&mut self.set_aside);
        all.append(&mut self.answers.checks);
        let every = Answers {
            ratings: self.answers.ratings.clone(),
            checks: all,
        };
        let (asked, _) = checks::fitting(catalog, &every, catalog.meta.data_version);
        let mut all = every.checks;
        all.retain(|id, _| !asked.checks.contains_key(id));
        self.answers.checks = asked.checks;
        self.set_aside = all;
    }
}

fn outcome_of(text: &QuestionText, choice: usize) -> CheckOutcome {
    if text.is_right(choice) {
        CheckOutcome::Right
    } else {
        CheckOutcome::Wrong
    }
}
