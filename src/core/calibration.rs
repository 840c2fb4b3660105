//! How far a self-rating is trusted once its check questions are answered.
//!
//! The rule (see `docs/scoring.md`): only checks on questions at or below the rated level
//! count (the quiz never asks others). A wrong answer on a question of level `q` caps the
//! trusted level at `q - 1`; with several wrong answers the lowest cap wins. Right answers
//! confirm the rating (they never raise it above the rating). Skipped checks change nothing,
//! and a skill with no answered check keeps its self-rating. A skipped or unreached skill has
//! no trusted level at all: it is unknown, not zero.

use super::answers::{Answers, CheckOutcome, Rating};
use super::catalog::Catalog;
use super::{checks, small};
use std::collections::BTreeMap;

/// Trusted level per skill id, for the skills with a known level only. A missing key means
/// unknown (skipped or not reached), which scoring treats differently from 0.
pub type Levels = BTreeMap<String, u8>;

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
    let name = catalog.skill(skill).map_or(skill, |s| s.name.as_str());
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
    for question in catalog.questions_for(skill).filter(|q| q.level <= rated) {
        match answers.checks.get(&question.id) {
            Some(CheckOutcome::Right) => right += 1,
            Some(CheckOutcome::Wrong) => {
                wrong += 1;
                effective = effective.min(question.level.saturating_sub(1));
            }
            Some(CheckOutcome::Skipped) => skipped_checks += 1,
            None => {}
        }
    }

    let status = if wrong > 0 {
        CalibrationStatus::Lowered
    } else if right > 0 {
        CalibrationStatus::Confirmed
    } else {
        CalibrationStatus::Unchecked
    };
    let answered = right + wrong;
    // Asked but left without an answer: "not answered", never "not asked".
    let not_answered = checks::for_skill(catalog, skill, rated, catalog.meta.data_version)
        .iter()
        .filter(|q| !answers.checks.contains_key(&q.id))
        .count();
    let sentence = if answered == 0 {
        let why = match (skipped_checks, not_answered) {
            (0, 0) => "no check question is asked at this level".to_string(),
            (0, 1) => "its check question was not answered".to_string(),
            (0, _) => "its check questions were not answered".to_string(),
            (_, 0) => "you skipped its check".to_string(),
            (_, n) => format!("you skipped its check and {n} more was not answered"),
        };
        format!("You rated {name} {rated}; {why}, so we count it at {rated}.")
    } else {
        let plural = if answered == 1 { "check" } else { "checks" };
        let others: Vec<String> = [(skipped_checks, "skipped"), (not_answered, "not answered")]
            .into_iter()
            .filter(|(n, _)| *n > 0)
            .map(|(n, what)| format!("{what} {n}"))
            .collect();
        let others = if others.is_empty() {
            String::new()
        } else {
            format!(" ({})", others.join(", "))
        };
        format!(
            "You rated {name} {rated} and answered {right} of {answered} {plural} right{others}, so we count it at {effective}."
        )
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
