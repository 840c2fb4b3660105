//! Everything the results page shows, computed once from the answers.

use super::answers::Answers;
use super::calibration::{calibrate, levels_of, SkillCalibration};
use super::catalog::Catalog;
use super::plan::{plan_from_levels, PlanStep};
use super::scoring::{rank_levels, RoleMatch};
use super::seniority::{seniority, SeniorityVerdict};
use super::strengths::{strongest, TopSkill, TOP_SKILLS};

#[derive(Clone, Debug, PartialEq)]
pub struct Results {
    /// Every role, best match first.
    pub ranking: Vec<RoleMatch>,
    /// Every skill, in catalog order: rating, trusted level and what the checks did.
    pub calibration: Vec<SkillCalibration>,
    /// Up to [`TOP_SKILLS`] strongest skills.
    pub strongest: Vec<TopSkill>,
    pub seniority: SeniorityVerdict,
    pub plan: Vec<PlanStep>,
    /// How many skills the person chose to skip (unknown, not zero).
    pub skipped: usize,
}

pub fn results(catalog: &Catalog, answers: &Answers) -> Results {
    let calibration = calibrate(catalog, answers);
    let levels = levels_of(&calibration);
    Results {
        ranking: rank_levels(catalog, &levels),
        strongest: strongest(catalog, &levels, TOP_SKILLS),
        seniority: seniority(catalog, &levels),
        plan: plan_from_levels(catalog, &levels),
        skipped: answers.skipped_count(),
        calibration,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::answers::{CheckOutcome, Rating};
    use crate::core::calibration::effective_levels;
    use crate::core::fixtures::scoring_catalog;

    #[test]
    fn parts_agree_with_the_single_functions() {
        let c = scoring_catalog();
        let mut a = Answers::default();
        a.ratings.insert("python".into(), Rating::Level(4));
        a.ratings.insert("sql".into(), Rating::Skipped);
        a.ratings.insert("coding".into(), Rating::Level(3));
        a.checks.insert("python-4".into(), CheckOutcome::Wrong);
        let r = results(&c, &a);
        let levels = effective_levels(&c, &a);
        assert_eq!(levels["python"], 3);
        assert_eq!(r.ranking, rank_levels(&c, &levels));
        assert_eq!(r.plan, crate::core::plan::learning_plan(&c, &a));
        assert_eq!(r.strongest[0].skill, "python");
        assert_eq!(r.skipped, 1);
        assert_eq!(r.calibration.len(), c.skills.len());
    }
}
