//! The match between a person's trusted levels and a role's profile.
//!
//! Method (worked through by hand in `docs/scoring.md`): each requirement earns the credit
//! `min(level, required) / required` (full credit when the role requires level 0), weighted
//! by its weight. The match is the weighted credit over the weight of the requirements whose
//! level is KNOWN, times 100, rounded half up. Unknown skills (skipped or not rated) leave
//! both sums: they are unknown, not zero. All arithmetic is in whole numbers, so the same
//! answers always give the same result.

use super::answers::Answers;
use super::calibration::{effective_levels, Levels};
use super::catalog::{Catalog, Role};

/// At or above this match, with no core gap and normal confidence: "ready now".
pub const READY_FROM: u8 = 85;
/// At or above this match: "close".
pub const CLOSE_FROM: u8 = 65;
/// Requirements of this weight are core: a gap in one rules out "ready now".
pub const CORE_WEIGHT: u8 = 3;

/// Credit per requirement is counted in sixtieths, so `x / required` is whole for every
/// required level 1 to 5.
const CREDIT_UNIT: u32 = 60;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Readiness {
    Stretch,
    Close,
    ReadyNow,
}

impl Readiness {
    pub fn label(self) -> &'static str {
        match self {
            Readiness::ReadyNow => "ready now",
            Readiness::Close => "close",
            Readiness::Stretch => "stretch",
        }
    }
}

/// How much of the role's profile the match rests on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Confidence {
    Normal,
    /// More than half of the role's weight is on unknown skills.
    Low,
}

/// A requirement the person meets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Strength {
    pub skill: String,
    pub level: u8,
    pub needed: u8,
    pub weight: u8,
}

/// A requirement the person does not meet yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Gap {
    pub skill: String,
    pub now: u8,
    pub needed: u8,
    pub weight: u8,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoleMatch {
    pub role: String,
    /// 0 to 100; 0 when no requirement's level is known.
    pub percent: u8,
    pub readiness: Readiness,
    pub confidence: Confidence,
    /// Met requirements with a required level above 0, heaviest first (profile order on ties).
    pub strengths: Vec<Strength>,
    /// Unmet requirements, heaviest first, then largest gap, then profile order.
    pub gaps: Vec<Gap>,
    /// Skill ids of the requirements whose level is unknown, in profile order.
    pub unknown: Vec<String>,
    /// Sum of weights over known requirements (the divisor of the match).
    pub known_weight: u32,
    /// Sum of weights over unknown requirements.
    pub unknown_weight: u32,
}

impl RoleMatch {
    /// How many of the role's skills are unknown (skipped or not rated).
    pub fn unknown_count(&self) -> usize {
        self.unknown.len()
    }
}

/// The match of one role from trusted levels (see [`effective_levels`]). The learning plan
/// calls this with raised levels, so the formula lives only here.
pub fn score_levels(role: &Role, levels: &Levels) -> RoleMatch {
    let (mut earned, mut known_weight, mut unknown_weight) = (0u32, 0u32, 0u32);
    let (mut strengths, mut gaps, mut unknown) = (Vec::new(), Vec::new(), Vec::new());
    for req in &role.profile {
        let weight = u32::from(req.weight);
        let Some(&level) = levels.get(&req.skill) else {
            unknown_weight += weight;
            unknown.push(req.skill.clone());
            continue;
        };
        known_weight += weight;
        earned += weight * credit(level, req.level);
        if level >= req.level {
            if req.level > 0 {
                strengths.push(Strength {
                    skill: req.skill.clone(),
                    level,
                    needed: req.level,
                    weight: req.weight,
                });
            }
        } else {
            gaps.push(Gap {
                skill: req.skill.clone(),
                now: level,
                needed: req.level,
                weight: req.weight,
            });
        }
    }
    // Stable sorts keep profile order on ties.
    strengths.sort_by_key(|s| std::cmp::Reverse(s.weight));
    gaps.sort_by_key(|g| std::cmp::Reverse((g.weight, g.needed - g.now)));

    let max = known_weight * CREDIT_UNIT;
    let percent = if max == 0 {
        0
    } else {
        // Round half up: (100 * earned / max) + 1/2, in whole numbers.
        ((200 * earned + max) / (2 * max)) as u8
    };
    let confidence = if unknown_weight * 2 > known_weight + unknown_weight {
        Confidence::Low
    } else {
        Confidence::Normal
    };
    let core_gap = gaps.iter().any(|g| g.weight >= CORE_WEIGHT);
    let readiness = if percent >= READY_FROM && !core_gap && confidence == Confidence::Normal {
        Readiness::ReadyNow
    } else if percent >= CLOSE_FROM {
        Readiness::Close
    } else {
        Readiness::Stretch
    };
    RoleMatch {
        role: role.id.clone(),
        percent,
        readiness,
        confidence,
        strengths,
        gaps,
        unknown,
        known_weight,
        unknown_weight,
    }
}

/// Credit in sixtieths: `min(level, required) / required`, full when required is 0.
fn credit(level: u8, required: u8) -> u32 {
    if required == 0 {
        CREDIT_UNIT
    } else {
        u32::from(level.min(required)) * CREDIT_UNIT / u32::from(required)
    }
}

/// The match of one role for these answers (checks applied).
pub fn score_role(catalog: &Catalog, answers: &Answers, role: &Role) -> RoleMatch {
    score_levels(role, &effective_levels(catalog, answers))
}

/// Every role's match from trusted levels, best first; ties keep role file order. Roles
/// with low confidence come after all others: a match resting on less than half of a
/// profile says little, so it should not top the list.
pub fn rank_levels(catalog: &Catalog, levels: &Levels) -> Vec<RoleMatch> {
    let mut ranking: Vec<RoleMatch> = catalog
        .roles
        .iter()
        .map(|r| score_levels(r, levels))
        .collect();
    ranking.sort_by_key(|m| {
        (
            m.confidence == Confidence::Low,
            std::cmp::Reverse(m.percent),
        )
    });
    ranking
}

/// Every role's match for these answers, best first (see [`rank_levels`]).
pub fn rank_roles(catalog: &Catalog, answers: &Answers) -> Vec<RoleMatch> {
    rank_levels(catalog, &effective_levels(catalog, answers))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::answers::{CheckOutcome, Rating};
    use crate::core::testing::tiny_catalog;

    fn rated(pairs: &[(&str, Rating)]) -> Answers {
        Answers {
            ratings: pairs.iter().map(|(s, r)| (s.to_string(), *r)).collect(),
            checks: Default::default(),
        }
    }

    fn python_role(c: &Catalog) -> &Role {
        c.role("python-developer").unwrap()
    }

    #[test]
    fn match_is_weighted_credit_over_known_weight() {
        // python-developer: python 4 (w3), sql 3 (w2), communication 3 (w1).
        // Credits: python 2/4, sql 3/3, communication 1/3 ->
        // (3*0.5 + 2*1 + 1/3) / 6 = 3.8333/6 = 63.9% -> 64.
        let c = tiny_catalog();
        let a = rated(&[
            ("python", Rating::Level(2)),
            ("sql", Rating::Level(5)),
            ("communication", Rating::Level(1)),
        ]);
        let m = score_role(&c, &a, python_role(&c));
        assert_eq!(m.percent, 64);
        assert_eq!(m.readiness, Readiness::Stretch);
        assert_eq!(m.known_weight, 6);
        assert_eq!(
            m.gaps,
            vec![
                Gap {
                    skill: "python".into(),
                    now: 2,
                    needed: 4,
                    weight: 3
                },
                Gap {
                    skill: "communication".into(),
                    now: 1,
                    needed: 3,
                    weight: 1
                },
            ]
        );
        assert_eq!(m.strengths.len(), 1);
        assert_eq!(m.strengths[0].skill, "sql");
    }

    #[test]
    fn checks_feed_into_the_match() {
        let c = tiny_catalog();
        let mut a = rated(&[
            ("python", Rating::Level(4)),
            ("sql", Rating::Level(3)),
            ("communication", Rating::Level(3)),
        ]);
        assert_eq!(score_role(&c, &a, python_role(&c)).percent, 100);
        a.checks.insert("python-4".into(), CheckOutcome::Wrong);
        // python trusted at 3: (3*3/4 + 2 + 1) / 6 = 87.5% -> 88, but a core gap.
        let m = score_role(&c, &a, python_role(&c));
        assert_eq!(m.percent, 88);
        assert_eq!(m.readiness, Readiness::Close);
    }

    #[test]
    fn skipped_is_unknown_not_zero() {
        let c = tiny_catalog();
        let base = [("python", Rating::Level(4)), ("sql", Rating::Level(3))];
        let mut skipped = rated(&base);
        skipped
            .ratings
            .insert("communication".into(), Rating::Skipped);
        let mut zero = rated(&base);
        zero.ratings
            .insert("communication".into(), Rating::Level(0));

        let s = score_role(&c, &skipped, python_role(&c));
        let z = score_role(&c, &zero, python_role(&c));
        assert_eq!(s.percent, 100);
        assert_eq!(s.unknown, ["communication"]);
        assert_eq!(s.unknown_count(), 1);
        assert_eq!(s.readiness, Readiness::ReadyNow);
        // 5 of 6 weight -> 83%.
        assert_eq!(z.percent, 83);
        assert_eq!(z.unknown_count(), 0);
    }

    #[test]
    fn mostly_unknown_profiles_have_low_confidence_and_are_never_ready() {
        let c = tiny_catalog();
        let a = rated(&[("communication", Rating::Level(5))]);
        let m = score_role(&c, &a, python_role(&c));
        assert_eq!(m.percent, 100);
        assert_eq!(m.confidence, Confidence::Low);
        assert_eq!(m.readiness, Readiness::Close);
        let none = score_role(&c, &Answers::default(), python_role(&c));
        assert_eq!((none.percent, none.readiness), (0, Readiness::Stretch));
    }

    #[test]
    fn all_zero_is_never_ready() {
        let c = tiny_catalog();
        let a = rated(&[
            ("python", Rating::Level(0)),
            ("sql", Rating::Level(0)),
            ("communication", Rating::Level(0)),
        ]);
        for m in rank_roles(&c, &a) {
            assert_ne!(m.readiness, Readiness::ReadyNow, "{}", m.role);
            assert_eq!(m.percent, 0);
        }
    }

    #[test]
    fn ranking_is_sorted_and_ties_keep_file_order() {
        let c = tiny_catalog();
        let strong_sql = rated(&[("python", Rating::Level(1)), ("sql", Rating::Level(4))]);
        let ids: Vec<String> = rank_roles(&c, &strong_sql)
            .into_iter()
            .map(|m| m.role)
            .collect();
        assert_eq!(ids, ["sql-developer", "python-developer"]);
        // Everything unknown: both 0%, file order.
        let ids: Vec<String> = rank_roles(&c, &Answers::default())
            .into_iter()
            .map(|m| m.role)
            .collect();
        assert_eq!(ids, ["python-developer", "sql-developer"]);
    }

    #[test]
    fn low_confidence_roles_rank_after_the_others() {
        // sql-developer: only python known (1 of 4 weight) -> 100%, low confidence.
        // python-developer: python 2/4 (w3), communication 5 (w1), sql unknown (w2)
        // -> 2.5/4 = 63%, normal.
        let c = tiny_catalog();
        let a = rated(&[
            ("communication", Rating::Level(5)),
            ("python", Rating::Level(2)),
            ("sql", Rating::Skipped),
        ]);
        let ranking = rank_roles(&c, &a);
        assert_eq!(ranking[0].role, "python-developer");
        assert_eq!(ranking[0].percent, 63);
        assert_eq!(ranking[1].confidence, Confidence::Low);
        assert!(ranking[1].percent > ranking[0].percent);
    }

    #[test]
    fn same_answers_same_result() {
        let c = tiny_catalog();
        let a = rated(&[("python", Rating::Level(3)), ("sql", Rating::Skipped)]);
        assert_eq!(rank_roles(&c, &a), rank_roles(&c, &a.clone()));
    }

    #[test]
    fn required_level_zero_gives_full_credit() {
        assert_eq!(credit(0, 0), CREDIT_UNIT);
        assert_eq!(credit(1, 3), 20);
        assert_eq!(credit(5, 3), CREDIT_UNIT);
    }
}
