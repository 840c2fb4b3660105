//! The quick check's events: any skill rated from one page (the position stays where the
//! full quiz left it), and "Check them now", which opens the full quiz at its checks.

use super::{Quiz, Step};
use crate::core::answers::{Rating, MAX_LEVEL};
use crate::core::catalog::QuizCatalog;

impl Quiz {
    /// Records a rating for any catalog skill without moving. Ignored for an unknown
    /// skill or a level above 5. Returns whether it was recorded.
    pub fn rate_skill(&mut self, catalog: &QuizCatalog, skill: &str, rating: Rating) -> bool {
        let fits = catalog.skill(skill).is_some()
            && !matches!(rating, Rating::Level(level) if level > MAX_LEVEL);
        if fits {
            self.answers.ratings.insert(skill.to_string(), rating);
            self.follow_ratings(catalog);
        }
        fits
    }

    /// "Check them now": reopens the quiz at the first unanswered check question (else
    /// the first check question). False, and nothing changes, when the ratings ask none.
    pub fn to_first_check(&mut self, catalog: &QuizCatalog) -> bool {
        let steps = self.steps(catalog);
        let checks: Vec<&Step> = steps
            .iter()
            .filter(|s| matches!(s, Step::Check(_)))
            .collect();
        let first = checks
            .iter()
            .find(|s| !s.is_answered(&self.answers))
            .or(checks.first());
        match first {
            Some(step) => {
                self.position = (*step).clone();
                self.finished = false;
                true
            }
            None => false,
        }
    }
}
