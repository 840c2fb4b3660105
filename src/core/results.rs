//! Everything the results page shows, computed once from the answers.

use super::answers::Answers;
use super::calibration::{calibrate, levels_of, SkillCalibration};
use super::catalog::{Catalog, RoleFamily};
use super::plan::{plan_for_targets, PlanStep};
use super::scoring::{best_back_end, rank_levels, RoleMatch};
use super::seniority::{seniority, SeniorityVerdict};
use super::strengths::{strongest, TopSkill, TOP_SKILLS};

/// How many back-end titles count as a result's top roles: the results show their pay, a
/// comparison puts the two results' top roles in one table, a shared result's summary
/// lists them.
pub const TOP_ROLES: usize = 5;

#[derive(Clone, Debug, PartialEq)]
pub struct Results {
    /// Every role, best match first (back-end titles and related careers together; the
    /// page shows them apart, see [`Results::of_family`]).
    pub ranking: Vec<RoleMatch>,
    /// The role the person aims for: the one they picked, else the best back-end match.
    /// The chart, the gaps and the plan follow it.
    pub target: Option<String>,
    /// Every skill, in catalog order: rating, trusted level and what the checks did.
    pub calibration: Vec<SkillCalibration>,
    /// Up to [`TOP_SKILLS`] strongest skills.
    pub strongest: Vec<TopSkill>,
    pub seniority: SeniorityVerdict,
    /// Steps toward the target role only: nothing is raised for a role not chosen.
    pub plan: Vec<PlanStep>,
    /// How many skills the person chose to skip (unknown, not zero).
    pub skipped: usize,
}

impl Results {
    /// The ranked matches of one family, best first.
    pub fn of_family<'a>(
        &'a self,
        catalog: &'a Catalog,
        family: RoleFamily,
    ) -> impl Iterator<Item = &'a RoleMatch> {
        self.ranking
            .iter()
            .filter(move |m| catalog.role(&m.role).is_some_and(|r| r.family == family))
    }

    /// The target role's match.
    pub fn target_match(&self) -> Option<&RoleMatch> {
        let target = self.target.as_deref()?;
        self.ranking.iter().find(|m| m.role == target)
    }
}

/// The results with the default target (the best back-end match).
pub fn results(catalog: &Catalog, answers: &Answers) -> Results {
    results_for(catalog, answers, None)
}

/// The results aimed at `target` when it names a catalog role; otherwise (absent, unknown)
/// at the best back-end match.
pub fn results_for(catalog: &Catalog, answers: &Answers, target: Option<&str>) -> Results {
    let calibration = calibrate(catalog, answers);
    let levels = levels_of(&calibration);
    let ranking = rank_levels(catalog, &levels);
    let target = target
        .and_then(|id| catalog.role(id))
        .or_else(|| best_back_end(catalog, &ranking));
    Results {
        plan: plan_for_targets(catalog, &levels, target.as_slice()),
        target: target.map(|r| r.id.clone()),
        ranking,
        strongest: strongest(catalog, &levels, TOP_SKILLS),
        seniority: seniority(catalog, &levels),
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
        let target = r
            .target
            .clone()
            .expect("a back-end role is the default target");
        let role = c.role(&target).unwrap();
        assert_eq!(role.family, RoleFamily::BackEnd);
        assert_eq!(
            r.plan,
            crate::core::plan::plan_for_targets(&c, &levels, &[role])
        );
        assert_eq!(r.strongest[0].skill, "python");
        assert_eq!(r.skipped, 1);
        assert_eq!(r.calibration.len(), c.skills.len());
    }

    #[test]
    fn a_picked_target_steers_the_plan_and_a_bad_one_falls_back() {
        let c = scoring_catalog();
        let mut a = Answers::default();
        for s in &c.skills {
            a.ratings.insert(s.id.clone(), Rating::Level(1));
        }
        let default = results(&c, &a);
        for other in &c.roles {
            let r = results_for(&c, &a, Some(&other.id));
            assert_eq!(r.target.as_deref(), Some(other.id.as_str()));
            assert_eq!(
                r.target_match().map(|m| m.role.as_str()),
                Some(other.id.as_str())
            );
            // Every step raises the picked role, and no other.
            for step in &r.plan {
                assert!(step.raises.iter().all(|g| g.role == other.id), "{step:?}");
            }
        }
        for bad in [Some("no-such-role"), Some(""), None] {
            assert_eq!(results_for(&c, &a, bad), default, "{bad:?}");
        }
    }
}
