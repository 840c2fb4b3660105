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

pub use super::ranking::{best_back_end, rank_levels, rank_roles};

/// At or above this match, with no gap on an essential (weight 3) or defining skill, no core
/// need the quiz can't see and normal confidence: "ready now".
pub const READY_FROM: u8 = 85;
/// At or above this match: "close".
pub const CLOSE_FROM: u8 = 65;
/// A core skill this many levels short makes a role a stretch, whatever the match.
pub const FAR_GAP: u8 = 2;
/// A skill at this trusted level is a strength (used for roles with unseen core needs).
pub const STRONG_LEVEL: u8 = 4;
/// The general programming skill: what every developer title builds on, in any language.
pub const GENERAL_SKILL: &str = "coding";

/// Credit per requirement is counted in sixtieths, so `x / required` is whole for every
/// required level 1 to 5.
const CREDIT_UNIT: u32 = 60;

/// How a match reads, for people (the results page's "How to read the match").
pub fn how_match_reads() -> String {
    format!(
        "Match is the share of a role's skills already there, weighted by how much each \
         matters. Ready now: {READY_FROM}% or more with no gap on a skill that defines the \
         role; close: {CLOSE_FROM}% or more; otherwise a stretch. The order is not by match \
         alone: readiness comes first, then the titles nearest the seniority and line of work \
         the answers show, so a higher match can come further down."
    )
}

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
    /// A skill that defines the role (`"core": true`): a gap here rules out "ready now".
    pub core: bool,
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
    /// What the role needs that the quiz can't see and that nobody is ready without: while
    /// there is any, the role is at best "close, plus: ...".
    pub unmeasured_core: Vec<String>,
    /// The lowest trusted level among the role's known core skills (0 when none is known).
    /// Breaks ties in the ranking: equal matches go to the role whose defining skills are
    /// all strong for this person, not just one of them.
    pub core_floor: u8,
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
                core: req.is_core(),
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
    // An essential skill (weight 3) short rules out "ready now" whether or not it defines
    // the role: Git is a must for every developer job (the article).
    let essential_gap = gaps.iter().any(|g| g.core || g.weight == 3);
    let unmeasured_core: Vec<String> = role
        .unmeasured()
        .iter()
        .filter(|u| u.core)
        .map(|u| u.need.clone())
        .collect();
    let core_floor = role
        .core_requirements()
        .filter_map(|r| levels.get(&r.skill).copied())
        .min()
        .unwrap_or(0);
    let ready = percent >= READY_FROM
        && !essential_gap
        && unmeasured_core.is_empty()
        && confidence == Confidence::Normal;
    // "Close" means applying soon: not while a defining skill is two levels short, nor with
    // several defining skills short unless the rest of the profile is there (match of
    // READY_FROM or more); and for a role whose core the quiz can't see, only when the
    // defining skills it does see are met and strong, and are more than general Coding
    // (Coding shows nothing of Swift or Kotlin).
    let far_core_gap = gaps.iter().any(|g| g.core && g.needed - g.now >= FAR_GAP);
    let core_short = gaps.iter().filter(|g| g.core).count();
    let unseen_on_weak_core = !unmeasured_core.is_empty()
        && (role.core_requirements().any(|r| {
            levels
                .get(&r.skill)
                .is_none_or(|&l| l < r.level.max(STRONG_LEVEL))
        }) || role.core_requirements().all(|r| r.skill == GENERAL_SKILL));
    let readiness = if ready {
        Readiness::ReadyNow
    } else if percent >= CLOSE_FROM
        && !far_core_gap
        && (core_short <= 1 || percent >= READY_FROM)
        && !unseen_on_weak_core
    {
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
        unmeasured_core,
        core_floor,
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

#[cfg(test)]
#[path = "scoring_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "readiness_tests.rs"]
mod readiness_tests;
