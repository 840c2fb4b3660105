//! The check-question rule of share-code format 1, frozen so that links made with it keep
//! reading the same outcomes (see `docs/share-format.md`).
//!
//! For a technical skill rated `L` of 2 or more: among that skill's questions in the catalog
//! as it was at the code's data version, with `level <= L`, take the highest level first
//! (file order breaks ties); one question, or two when `L >= 4`. Skills rated 0 or 1,
//! skipped or soft get none.

use crate::core::answers::Answers;
use crate::core::catalog::{Catalog, Question, SkillKind};
use crate::core::small;

/// Lowest self-rating that triggered a check question.
const MIN_CHECKED_LEVEL: u8 = 2;
/// From this rating on, two questions were asked instead of one.
const TWO_CHECKS_FROM: u8 = 4;

/// The questions format 1 asked for one skill rated `level`.
pub fn for_skill<'a>(
    catalog: &'a Catalog,
    skill: &'a str,
    level: u8,
    data_version: u32,
) -> Vec<&'a Question> {
    let technical = catalog
        .skill(skill)
        .is_some_and(|s| s.kind == SkillKind::Technical);
    if !technical || level < MIN_CHECKED_LEVEL {
        return Vec::new();
    }
    let mut candidates: Vec<&Question> = catalog
        .questions_for(skill)
        .filter(|q| q.in_version(data_version) && q.level <= level)
        .collect();
    // Stable sort keeps file order among questions of the same level.
    small::sort_by_key(&mut candidates, |q| std::cmp::Reverse(q.level));
    let wanted = if level >= TWO_CHECKS_FROM { 2 } else { 1 };
    candidates.truncate(wanted);
    candidates
}

/// Every question format 1 asked for these answers, in catalog skill order.
pub fn selected<'a>(
    catalog: &'a Catalog,
    answers: &Answers,
    data_version: u32,
) -> Vec<&'a Question> {
    super::per_rated_skill(catalog, answers, data_version, |skill, level| {
        for_skill(catalog, skill, level, data_version)
    })
}
