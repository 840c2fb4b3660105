//! The always-visible header ("Skill 3 of 22, then up to 14 check questions", category)
//! and which of Back / Next apply.

use super::step::resume_point;
use super::{Phase, Quiz, Step};
use crate::core::catalog::QuizCatalog;
use crate::core::checks;

/// "n of N" and what the person is looking at, for the always-visible header.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Progress {
    /// 1-based position among all steps (0 only when the catalog has no skills).
    pub index: usize,
    /// All steps: every skill plus the check questions selected for the current ratings,
    /// so it grows or shrinks while ratings change.
    pub total: usize,
    pub phase: Phase,
    /// 1-based position within the current phase ("skill 3 of 22", "question 1 of 4").
    pub phase_index: usize,
    pub phase_total: usize,
    /// How many skills there are to rate.
    pub skills: usize,
    /// The most check questions the current ratings could still lead to
    /// (`checks::most_possible`): the far end of the road, which doesn't move away.
    pub checks_up_to: usize,
    /// The category of the current skill (for a check step: of the skill it checks).
    pub category_id: String,
    pub category_name: String,
}

impl Progress {
    /// Where the person is: "Skill 3 of 22" or "Check question 2 of 9".
    pub fn label(&self) -> String {
        match self.phase {
            Phase::Rate => format!("Skill {} of {}", self.phase_index, self.phase_total),
            Phase::Check => format!(
                "Check question {} of {}",
                self.phase_index, self.phase_total
            ),
        }
    }

    /// What is left after this part, so the finish line is known from the start.
    pub fn road(&self) -> String {
        match (self.phase, self.checks_up_to) {
            (Phase::Rate, 0) => "Then your results: no check questions for these ratings.".into(),
            (Phase::Rate, 1) => "Then at most 1 quick check question.".into(),
            (Phase::Rate, n) => {
                format!("Then at most {n} quick check questions.")
            }
            // Adaptive checks: a miss asks one more question, a level lower.
            (Phase::Check, n) if n > self.phase_total => {
                "A missed question asks one more, a level lower; then your results.".into()
            }
            (Phase::Check, _) => "The last part, then your results.".into(),
        }
    }

    /// The whole road for the progress bar: every skill, then the check questions
    /// (at most `checks_up_to` while rating; those asked once there).
    pub fn road_total(&self) -> usize {
        match self.phase {
            Phase::Rate => self.skills + self.checks_up_to,
            Phase::Check => self.skills + self.phase_total,
        }
    }
}

impl Quiz {
    pub fn progress(&self, catalog: &QuizCatalog) -> Progress {
        let steps = self.steps(catalog);
        let Some(i) = self.index_in(&steps) else {
            return Progress {
                index: 0,
                total: 0,
                phase: Phase::Rate,
                phase_index: 0,
                phase_total: 0,
                skills: 0,
                checks_up_to: 0,
                category_id: String::new(),
                category_name: String::new(),
            };
        };
        let step = &steps[i];
        let phase = step.phase();
        let category_id = step
            .skill_id(catalog)
            .and_then(|id| catalog.skill(id))
            .map(|s| s.category.clone())
            .unwrap_or_default();
        let category_name = catalog
            .category(&category_id)
            .map_or_else(|| category_id.clone(), |c| c.name.clone());
        let in_phase = |s: &&Step| s.phase() == phase;
        Progress {
            index: i + 1,
            total: steps.len(),
            phase,
            phase_index: steps[..=i].iter().filter(in_phase).count(),
            phase_total: steps.iter().filter(in_phase).count(),
            skills: steps.iter().filter(|s| s.phase() == Phase::Rate).count(),
            checks_up_to: checks::most_possible(catalog, &self.answers, catalog.meta.data_version),
            category_id,
            category_name,
        }
    }

    pub fn can_go_back(&self, catalog: &QuizCatalog) -> bool {
        self.index_in(&self.steps(catalog)).is_some_and(|i| i > 0)
    }

    /// False at the last step: Next has nowhere to go, Finish is the way on.
    pub fn can_go_next(&self, catalog: &QuizCatalog) -> bool {
        let steps = self.steps(catalog);
        self.index_in(&steps).is_some_and(|i| i + 1 < steps.len())
    }

    /// Index of the current step, or of the resume point if the position isn't a step.
    pub(super) fn index_in(&self, steps: &[Step]) -> Option<usize> {
        let find = |target: &Step| steps.iter().position(|s| s == target);
        find(&self.position).or_else(|| find(&resume_point(&self.answers, steps)?))
    }
}
