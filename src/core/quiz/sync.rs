//! The same quiz open in several tabs. Each tab saves the whole quiz, so before a tab writes
//! (and whenever storage says another tab wrote) it adopts the stored answers and applies
//! its own change on top: no tab overwrites answers it has not seen. What changed is told
//! to the person, so answers never change on screen without a word.

use super::Quiz;
use crate::core::answers::Rating;
use crate::core::catalog::QuizCatalog;
use crate::core::levels::level_name;

/// What another tab changed, as this tab adopts it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TabChange {
    /// Skills whose rating changed: name and the rating now kept (None: unanswered).
    pub skills: Vec<(String, Option<Rating>)>,
    /// Check questions whose answer changed.
    pub checks: usize,
    /// The other tab started over: every answer is gone.
    pub cleared: bool,
}

impl TabChange {
    pub fn is_empty(&self) -> bool {
        self.skills.is_empty() && self.checks == 0 && !self.cleared
    }

    /// One sentence for the person, or None when nothing they can see changed.
    pub fn message(&self) -> Option<String> {
        if self.cleared {
            return Some(
                "You started over in another tab, so your answers were cleared here too.".into(),
            );
        }
        if self.is_empty() {
            return None;
        }
        let mut parts: Vec<String> = self
            .skills
            .iter()
            .map(|(name, rating)| match rating {
                Some(Rating::Level(l)) => format!("{name} (now level {l}, {})", level_name(*l)),
                Some(Rating::Skipped) => format!("{name} (now skipped)"),
                None => format!("{name} (now unanswered)"),
            })
            .collect();
        match self.checks {
            0 => {}
            1 => parts.push("1 check answer".into()),
            n => parts.push(format!("{n} check answers")),
        }
        Some(format!(
            "This quiz is also open in another tab. Its newer answers are kept here too: {}.",
            parts.join(", ")
        ))
    }
}

impl Quiz {
    /// Takes the answers of `stored` (another tab's save), keeping this tab's step where it
    /// still exists and its finished flag. Returns what changed.
    pub fn adopt(&mut self, catalog: &QuizCatalog, stored: Quiz) -> TabChange {
        let change = self.change_to(catalog, &stored);
        let (position, finished) = (self.position.clone(), self.finished);
        *self = stored;
        self.finished = finished;
        if self.steps(catalog).contains(&position) {
            self.position = position;
        }
        change
    }

    fn change_to(&self, catalog: &QuizCatalog, other: &Quiz) -> TabChange {
        let had_any = !self.answers.ratings.is_empty() || !self.answers.checks.is_empty();
        let has_any = !other.answers.ratings.is_empty() || !other.answers.checks.is_empty();
        if had_any && !has_any {
            return TabChange {
                cleared: true,
                ..TabChange::default()
            };
        }
        let skills = catalog
            .skills
            .iter()
            .filter_map(|s| {
                let (mine, theirs) = (
                    self.answers.ratings.get(&s.id),
                    other.answers.ratings.get(&s.id),
                );
                (mine != theirs).then(|| (s.name.clone(), theirs.copied()))
            })
            .collect();
        let checks = catalog
            .questions
            .iter()
            .filter(|q| self.outcome(&q.id) != other.outcome(&q.id))
            .count();
        TabChange {
            skills,
            checks,
            cleared: false,
        }
    }
}
