//! Which check questions a person is asked: adaptive, one level at a time.
//!
//! The rule is part of the share-code format (a code stores only the outcomes of the
//! questions this rule picks), so it must stay stable; see `docs/share-format.md`.
//!
//! A skill rated `r` of 2 or more is asked a question at level `r`. Right (or skipped, or
//! not answered yet): no more questions. Wrong: one at the next level down that has a
//! question, and so on down to level 2, at most [`MAX_PER_SKILL`] questions. Which of a
//! level's questions is asked depends only on the rating and the level (see
//! [`question_at`]), so a share code rebuilds the same questions. How the outcomes set the
//! trusted level is `calibration`'s rule. Format 1 codes use the rule in [`format1`].

pub mod format1;
#[cfg(test)]
mod tests;

use super::answers::{Answers, CheckOutcome, Rating, MAX_LEVEL};
use super::catalog::{Question, QuizCatalog};
use crate::core::small::SortedMap;

/// Lowest self-rating that triggers a check question, and the lowest level asked.
pub const MIN_CHECKED_LEVEL: u8 = 2;
/// The most questions one skill is asked.
pub const MAX_PER_SKILL: usize = 3;

/// The question asked at `level` for a skill rated `rated`: the level's questions (as the
/// catalog was at `data_version`) take turns by how far `level` is below the rating, so a
/// person who misses a question meets the level's other question first.
fn question_at<'a>(
    catalog: &'a QuizCatalog,
    skill: &str,
    rated: u8,
    level: u8,
    data_version: u32,
) -> Option<&'a Question> {
    let at_level: Vec<&Question> = catalog
        .questions
        .iter()
        .filter(|q| q.skill == skill && q.level == level && q.in_version(data_version))
        .collect();
    let turn = usize::from(rated - level);
    at_level.get(turn % at_level.len().max(1)).copied()
}

/// The questions asked so far for one skill rated `rated`, in the order asked; the last
/// one may still be unanswered (it is the next to ask). `outcomes` are the recorded ones.
pub fn for_skill<'a>(
    catalog: &'a QuizCatalog,
    skill: &str,
    rated: u8,
    outcomes: &SortedMap<String, CheckOutcome>,
    data_version: u32,
) -> Vec<&'a Question> {
    let mut asked = Vec::new();
    let mut level = rated.min(MAX_LEVEL);
    while level >= MIN_CHECKED_LEVEL && asked.len() < MAX_PER_SKILL {
        // A level without a question (only in an old catalog) passes to the next one down.
        if let Some(q) = question_at(catalog, skill, rated, level, data_version) {
            asked.push(q);
            if outcomes.get(&q.id) != Some(&CheckOutcome::Wrong) {
                break;
            }
        }
        level -= 1;
    }
    asked
}

/// Every question asked for these answers so far, in catalog skill order.
pub fn selected<'a>(
    catalog: &'a QuizCatalog,
    answers: &Answers,
    data_version: u32,
) -> Vec<&'a Question> {
    per_rated_skill(catalog, answers, data_version, |skill, rated| {
        for_skill(catalog, skill, rated, &answers.checks, data_version)
    })
}

/// The questions `rule` asks for each rated skill of the catalog at `data_version`, in
/// catalog skill order (shared by the adaptive rule and format 1's frozen one).
pub(crate) fn per_rated_skill<'a>(
    catalog: &'a QuizCatalog,
    answers: &Answers,
    data_version: u32,
    mut rule: impl FnMut(&'a str, u8) -> Vec<&'a Question>,
) -> Vec<&'a Question> {
    catalog
        .skills
        .iter()
        .filter(|s| s.since <= data_version)
        .flat_map(|s| match answers.level(&s.id) {
            Some(rated) => rule(&s.id, rated),
            None => Vec::new(),
        })
        .collect()
}

/// The most check questions these answers could still lead to: for a rated skill, the
/// questions asked so far plus the ones each further miss would open (answers still to give
/// counted as misses); for a skill not rated yet, as many as a rating of 5 could ask. It
/// never grows while the person rates the skills and answers the checks, so the quiz can say
/// the whole road from the start ("22 skills, then up to N check questions").
pub fn most_possible(catalog: &QuizCatalog, answers: &Answers, data_version: u32) -> usize {
    catalog
        .skills
        .iter()
        .filter(|s| s.since <= data_version)
        .map(|s| {
            let rated = match answers.ratings.get(&s.id) {
                Some(Rating::Level(level)) => *level,
                Some(Rating::Skipped) => return 0,
                None => MAX_LEVEL,
            };
            // Walk down with every answer still to give taken as a miss.
            let mut outcomes = answers.checks.clone();
            loop {
                let asked = for_skill(catalog, &s.id, rated, &outcomes, data_version);
                let Some(open) = asked.iter().find(|q| !outcomes.contains_key(&q.id)) else {
                    return asked.len();
                };
                outcomes.insert(open.id.clone(), CheckOutcome::Wrong);
            }
        })
        .sum()
}

/// The outcomes in `answers` that the rule asks for its ratings, and how many were left
/// out (outcomes of questions never asked, e.g. in an edited export).
pub fn fitting(catalog: &QuizCatalog, answers: &Answers, data_version: u32) -> (Answers, usize) {
    let mut kept = Answers {
        ratings: answers.ratings.clone(),
        checks: SortedMap::new(),
    };
    // Each pass adds the outcomes of the questions asked so far; a wrong one opens the next.
    loop {
        let before = kept.checks.len();
        for q in selected(catalog, &kept, data_version) {
            if let Some(outcome) = answers.checks.get(&q.id) {
                kept.checks.insert(q.id.clone(), *outcome);
            }
        }
        if kept.checks.len() == before {
            break;
        }
    }
    let dropped = answers.checks.len() - kept.checks.len();
    (kept, dropped)
}
