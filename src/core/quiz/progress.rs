//! The always-visible header ("n of N", category) and which of Back / Next apply.

use super::step::resume_point;
use super::{Phase, Quiz, Step};
use crate::core::catalog::Catalog;

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
    /// The category of the current skill (for a check step: of the skill it checks).
    pub category_id: String,
    pub category_name: String,
}

impl Quiz {
    pub fn progress(&self, catalog: &Catalog) -> Progress {
        let steps = self.steps(catalog);
        let Some(i) = self.index_in(&steps) else {
            return Progress {
                index: 0,
                total: 0,
                phase: Phase::Rate,
                phase_index: 0,
                phase_total: 0,
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
            category_id,
            category_name,
        }
    }

    pub fn can_go_back(&self, catalog: &Catalog) -> bool {
        self.index_in(&self.steps(catalog)).is_some_and(|i| i > 0)
    }

    /// False at the last step: Next has nowhere to go, Finish is the way on.
    pub fn can_go_next(&self, catalog: &Catalog) -> bool {
        let steps = self.steps(catalog);
        self.index_in(&steps).is_some_and(|i| i + 1 < steps.len())
    }

    /// Index of the current step, or of the resume point if the position isn't a step.
    pub(super) fn index_in(&self, steps: &[Step]) -> Option<usize> {
        let find = |target: &Step| steps.iter().position(|s| s == target);
        find(&self.position).or_else(|| find(&resume_point(&self.answers, steps)?))
    }
}
