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
use super::small;

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
    small::sort_by_key(&mut strengths, |s| std::cmp::Reverse(s.weight));
    small::sort_by_key(&mut gaps, |g| {
        std::cmp::Reverse((g.weight, g.needed - g.now))
    });

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
    small::sort_by_key(&mut ranking, |m| {
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
#[path = "scoring_tests.rs"]
mod tests;
