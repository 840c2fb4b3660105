//! Moving through the quiz: next, back, a jump, finishing, reopening and starting over.

use super::{Quiz, Step};
use crate::core::catalog::QuizCatalog;

impl Quiz {
    /// Go to the following step; does nothing at the last step.
    pub fn next(&mut self, catalog: &QuizCatalog) {
        self.move_by(catalog, 1);
    }

    /// Go to the previous step; does nothing at the first step.
    pub fn back(&mut self, catalog: &QuizCatalog) {
        self.move_by(catalog, -1);
    }

    /// Go to any current step (from the overview or the results) and reopen the quiz if
    /// it was finished. Ignored for a step that isn't in `steps`.
    pub fn jump(&mut self, catalog: &QuizCatalog, step: Step) {
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
    pub fn start_over(&mut self, catalog: &QuizCatalog) {
        *self = Self::new(catalog);
    }

    fn move_by(&mut self, catalog: &QuizCatalog, delta: isize) {
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
}
