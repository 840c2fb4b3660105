//! How far a self-rating is trusted once its check questions are answered.
//!
//! The rule (see `docs/scoring.md`): only checks on questions at or below the rated level
//! count (the quiz never asks others). A wrong answer on a question of level `q` caps the
//! trusted level at `q - 1`; with several wrong answers the lowest cap wins. Right answers
//! confirm the rating (they never raise it above the rating). When every question asked (up
//! to the limit of three) was missed, the level is trusted below the checked levels (1), as
//! for a rating of 2 whose question was missed. Skipped checks change nothing,
//! and a skill with no answered check keeps its self-rating. A skipped or unreached skill has
//! no trusted level at all: it is unknown, not zero.

use super::answers::{Answers, CheckOutcome, Rating};
use super::catalog::Catalog;
use super::{checks, small};
use crate::core::small::SortedMap;

/// Trusted level per skill id, for the skills with a known level only. A missing key means
/// unknown (skipped or not reached), which scoring treats differently from 0.
pub type Levels = SortedMap<String, u8>;

/// What the checks did to one skill's rating.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CalibrationStatus {
    /// Skipped by the person: unknown.
    Skipped,
    /// Not rated yet: unknown.
    NotRated,
    /// Rated, but no check was answered (none asked, none exist, or all skipped).
    Unchecked,
    /// Every answered check was right.
    Confirmed,
    /// At least one check was wrong, so the trusted level is below the rating.
    Lowered,
}

/// One skill's self-rating next to the level the scoring trusts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SkillCalibration {
    pub skill: String,
    /// The self-rating; `None` when skipped or not rated.
    pub rated: Option<u8>,
    /// The trusted level used for scoring; `None` when unknown.
    pub effective: Option<u8>,
    pub right: usize,
    pub wrong: usize,
    pub skipped_checks: usize,
    pub status: CalibrationStatus,
    /// For people: "You rated SQL 4 and answered 1 of 2 checks right, so we count it at 3."
    pub sentence: String,
}

/// The calibration of one skill.
pub fn calibrate_skill(catalog: &Catalog, answers: &Answers, skill: &str) -> SkillCalibration {
    let name = catalog.skill_name(skill);
    let rating = answers.ratings.get(skill).copied();
    let Some(Rating::Level(rated)) = rating else {
        let (status, sentence) = if rating == Some(Rating::Skipped) {
            (
                CalibrationStatus::Skipped,
                format!("You skipped {name}, so it counts as unknown, not as zero."),
            )
        } else {
            (
                CalibrationStatus::NotRated,
                format!("You have not rated {name} yet, so it counts as unknown."),
            )
        };
        return SkillCalibration {
            skill: skill.to_string(),
            rated: None,
            effective: None,
            right: 0,
            wrong: 0,
            skipped_checks: 0,
            status,
            sentence,
        };
    };

    let (mut right, mut wrong, mut skipped_checks) = (0, 0, 0);
    let mut effective = rated;
    // The answered questions, hardest first: the order the adaptive checks ask them.
    let mut answered: Vec<(u8, CheckOutcome)> = Vec::new();
    for question in catalog.questions_for(skill).filter(|q| q.level <= rated) {
        let Some(outcome) = answers.checks.get(&question.id) else {
            continue;
        };
        match outcome {
            CheckOutcome::Right => right += 1,
            CheckOutcome::Wrong => {
                wrong += 1;
                effective = effective.min(question.level.saturating_sub(1));
            }
            CheckOutcome::Skipped => skipped_checks += 1,
        }
        answered.push((question.level, *outcome));
    }
    small::sort_by_key(&mut answered, |(level, _)| std::cmp::Reverse(*level));
    // Every question asked, up to the limit, missed (a 5 that missed levels 5, 4 and 3):
    // nothing the checks asked was shown, so no level they cover is trusted, as for a 2
    // that missed its level-2 question. Else the most overrated rating would keep the most.
    let all_missed = right == 0 && wrong >= checks::MAX_PER_SKILL;
    if all_missed {
        effective = effective.min(checks::MIN_CHECKED_LEVEL - 1);
    }

    let status = if wrong > 0 {
        CalibrationStatus::Lowered
    } else if right > 0 {
        CalibrationStatus::Confirmed
    } else {
        CalibrationStatus::Unchecked
    };
    let asked = checks::for_skill(
        catalog,
        skill,
        rated,
        &answers.checks,
        catalog.meta.data_version,
    );
    // Asked but left without an answer: "not answered", never "not asked". Outcomes of an
    // earlier question bank (an old link) are the whole story: nothing is pending there.
    let from_this_bank = answered.len()
        == asked
            .iter()
            .filter(|q| answers.checks.contains_key(&q.id))
            .count();
    let pending = asked
        .iter()
        .filter(|q| from_this_bank && !answers.checks.contains_key(&q.id))
        .map(|q| q.level);
    let pending = pending.map(|level| (level, "not answered"));
    let happened = answered.iter().map(|(level, outcome)| {
        let what = match outcome {
            CheckOutcome::Right => "answered right",
            CheckOutcome::Wrong => "missed",
            CheckOutcome::Skipped => "skipped",
        };
        (*level, what)
    });
    // "the level-4 question was missed and the level-3 one answered right"
    let what: Vec<String> = happened
        .chain(pending)
        .enumerate()
        .map(|(i, (level, what))| match i {
            0 => format!("the level-{level} question was {what}"),
            _ => format!("the level-{level} one {what}"),
        })
        .collect();
    let what = match what.len() {
        0 => "no check question is asked at this level".to_string(),
        _ => small::and_list(&what),
    };
    let sentence = if all_missed {
        format!(
            "You rated {name} {rated}: {what}. With every question missed, we count it at \
             {effective}, below the levels the questions check."
        )
    } else {
        format!("You rated {name} {rated}: {what}, so we count it at {effective}.")
    };
    SkillCalibration {
        skill: skill.to_string(),
        rated: Some(rated),
        effective: Some(effective),
        right,
        wrong,
        skipped_checks,
        status,
        sentence,
    }
}

/// The calibration of every catalog skill, in catalog order.
pub fn calibrate(catalog: &Catalog, answers: &Answers) -> Vec<SkillCalibration> {
    catalog
        .skills
        .iter()
        .map(|s| calibrate_skill(catalog, answers, &s.id))
        .collect()
}

/// The trusted level of every catalog skill whose level is known.
pub fn effective_levels(catalog: &Catalog, answers: &Answers) -> Levels {
    levels_of(&calibrate(catalog, answers))
}

/// The trusted levels in a calibration, known skills only.
pub fn levels_of(calibration: &[SkillCalibration]) -> Levels {
    small::inserted(
        calibration
            .iter()
            .filter_map(|c| Some((c.skill.clone(), c.effective?))),
    )
}

#[cfg(test)]
#[path = "calibration_tests.rs"]
mod tests;
