//! Which check questions a person is asked, given their self-ratings.
//!
//! The rule is part of the share-code format (a code stores only the outcomes of the
//! questions this rule picks), so it must stay stable; see `docs/share-format.md`.
//!
//! For a technical skill rated `L` of 2 or more: among that skill's questions with
//! `since <= data_version` and `level <= L`, take the highest level first (file order breaks
//! ties); ask one question, or two when `L >= 4`. Skills rated 0 or 1, skipped or soft get none.

use super::answers::{Answers, Rating, MAX_LEVEL};
use super::catalog::{Catalog, Question, SkillKind};
use super::small;

/// Lowest self-rating that triggers a check question.
pub const MIN_CHECKED_LEVEL: u8 = 2;
/// From this rating on, two questions are asked instead of one.
pub const TWO_CHECKS_FROM: u8 = 4;

/// The questions asked for one skill rated `level`, using the catalog as it was at
/// `data_version`.
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
        .filter(|q| q.since <= data_version && q.level <= level)
        .collect();
    // Stable sort keeps file order among questions of the same level.
    small::sort_by_key(&mut candidates, |q| std::cmp::Reverse(q.level));
    let wanted = if level >= TWO_CHECKS_FROM { 2 } else { 1 };
    candidates.truncate(wanted);
    candidates
}

/// Every question asked for these answers, in catalog skill order.
pub fn selected<'a>(
    catalog: &'a Catalog,
    answers: &Answers,
    data_version: u32,
) -> Vec<&'a Question> {
    catalog
        .skills
        .iter()
        .filter(|s| s.since <= data_version)
        .flat_map(|s| match answers.level(&s.id) {
            Some(level) => for_skill(catalog, &s.id, level, data_version),
            None => Vec::new(),
        })
        .collect()
}

/// The most check questions these answers could still lead to: the ones the current
/// ratings ask, plus for every skill not rated yet as many as a rating of 5 would ask.
/// It never grows while the person rates the skills in order, so the quiz can say the
/// whole road from the start ("22 skills, then up to N check questions").
pub fn most_possible(catalog: &Catalog, answers: &Answers, data_version: u32) -> usize {
    catalog
        .skills
        .iter()
        .filter(|s| s.since <= data_version)
        .map(|s| match answers.ratings.get(&s.id) {
            Some(Rating::Level(level)) => for_skill(catalog, &s.id, *level, data_version).len(),
            Some(Rating::Skipped) => 0,
            None => for_skill(catalog, &s.id, MAX_LEVEL, data_version).len(),
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::answers::Rating;
    use crate::core::testing::tiny_catalog;

    fn ids(qs: &[&Question]) -> Vec<String> {
        qs.iter().map(|q| q.id.clone()).collect()
    }

    #[test]
    fn low_ratings_and_soft_skills_get_no_checks() {
        let c = tiny_catalog();
        assert!(for_skill(&c, "python", 0, 1).is_empty());
        assert!(for_skill(&c, "python", 1, 1).is_empty());
        assert!(for_skill(&c, "communication", 5, 1).is_empty());
        assert!(for_skill(&c, "no-such-skill", 5, 1).is_empty());
    }

    #[test]
    fn one_check_at_matching_level_then_two_from_four() {
        let c = tiny_catalog();
        assert_eq!(ids(&for_skill(&c, "sql", 2, 1)), ["sql-2"]);
        assert_eq!(ids(&for_skill(&c, "sql", 3, 1)), ["sql-3"]);
        assert_eq!(ids(&for_skill(&c, "sql", 4, 1)), ["sql-4", "sql-3"]);
        assert_eq!(ids(&for_skill(&c, "sql", 5, 1)), ["sql-5", "sql-4"]);
    }

    #[test]
    fn questions_newer_than_the_data_version_are_ignored() {
        let mut c = tiny_catalog();
        c.questions
            .iter_mut()
            .find(|q| q.id == "sql-3")
            .unwrap()
            .since = 2;
        assert_eq!(ids(&for_skill(&c, "sql", 3, 1)), ["sql-2"]);
        assert_eq!(ids(&for_skill(&c, "sql", 3, 2)), ["sql-3"]);
    }

    #[test]
    fn selected_follows_skill_order_and_skips_unrated() {
        let c = tiny_catalog();
        let mut a = Answers::default();
        a.ratings.insert("sql".into(), Rating::Level(2));
        a.ratings.insert("python".into(), Rating::Level(4));
        a.ratings.insert("communication".into(), Rating::Level(5));
        assert_eq!(ids(&selected(&c, &a, 1)), ["python-4", "python-3", "sql-2"]);
        a.ratings.insert("python".into(), Rating::Skipped);
        assert_eq!(ids(&selected(&c, &a, 1)), ["sql-2"]);
    }

    #[test]
    fn most_possible_counts_unrated_skills_as_rated_five() {
        let c = tiny_catalog();
        let mut a = Answers::default();
        // Nothing rated: two technical skills that could each ask two.
        assert_eq!(most_possible(&c, &a, 1), 4);
        a.ratings.insert("python".into(), Rating::Level(3));
        assert_eq!(most_possible(&c, &a, 1), 3);
        a.ratings.insert("sql".into(), Rating::Skipped);
        assert_eq!(most_possible(&c, &a, 1), 1);
        a.ratings.insert("communication".into(), Rating::Level(5));
        // Everything rated: exactly the questions asked.
        assert_eq!(most_possible(&c, &a, 1), selected(&c, &a, 1).len());
    }
}
