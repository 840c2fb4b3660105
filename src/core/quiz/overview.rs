//! The overview list (jump to any skill, see which are unanswered) and the unanswered
//! skills the results report.

use super::{Quiz, Step};
use crate::core::answers::Rating;
use crate::core::catalog::{Catalog, Skill};

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
    pub fn overview(&self, catalog: &Catalog) -> Vec<OverviewItem> {
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

    /// Skills with no rating at all (skipped ones count as answered), in catalog order.
    pub fn unanswered<'a>(&self, catalog: &'a Catalog) -> Vec<&'a Skill> {
        catalog
            .skills
            .iter()
            .filter(|s| !self.answers.ratings.contains_key(&s.id))
            .collect()
    }
}
