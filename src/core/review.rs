//! What the results page says about the answers themselves: how many skills were rated,
//! skipped or left unanswered, and which check questions were answered for each skill (so
//! the page can show each question's explanation next to the calibration sentence).

use super::answers::{Answers, CheckOutcome};
use super::catalog::{Question, QuizCatalog};
use super::small;

/// How the person got on with the skill list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AnswerCounts {
    /// Skills given a level (0 to 5).
    pub rated: usize,
    /// Skills the person chose to skip: unknown, not zero.
    pub skipped: usize,
    /// Catalog skills with no answer at all yet.
    pub unanswered: usize,
}

impl AnswerCounts {
    /// Whether there is anything to show results for.
    pub fn any(&self) -> bool {
        self.rated + self.skipped > 0
    }
}

pub fn answer_counts(catalog: &QuizCatalog, answers: &Answers) -> AnswerCounts {
    let (mut rated, mut skipped, mut unanswered) = (0, 0, 0);
    for skill in &catalog.skills {
        match answers.ratings.get(&skill.id) {
            Some(rating) if rating.level().is_some() => rated += 1,
            Some(_) => skipped += 1,
            None => unanswered += 1,
        }
    }
    AnswerCounts {
        rated,
        skipped,
        unanswered,
    }
}

/// The check questions of `skill` that have an outcome, hardest first (the order the quiz
/// asks them in), each with what happened.
pub fn answered_checks<'a>(
    catalog: &'a QuizCatalog,
    answers: &Answers,
    skill: &str,
) -> Vec<(&'a Question, CheckOutcome)> {
    let mut found: Vec<(&Question, CheckOutcome)> = catalog
        .questions
        .iter()
        .filter(|q| q.skill == skill)
        .filter_map(|q| Some((q, *answers.checks.get(&q.id)?)))
        .collect();
    small::sort_by_key(&mut found, |(q, _)| std::cmp::Reverse(q.level));
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::answers::Rating;
    use crate::core::testing::tiny_catalog;

    #[test]
    fn counts_rated_skipped_and_unanswered_skills_of_the_catalog() {
        let c = tiny_catalog();
        let mut a = Answers::default();
        assert_eq!(
            answer_counts(&c, &a),
            AnswerCounts {
                rated: 0,
                skipped: 0,
                unanswered: 3
            }
        );
        assert!(!answer_counts(&c, &a).any());
        a.ratings.insert("python".into(), Rating::Level(0));
        a.ratings.insert("sql".into(), Rating::Skipped);
        let counts = answer_counts(&c, &a);
        assert_eq!((counts.rated, counts.skipped, counts.unanswered), (1, 1, 1));
        assert!(counts.any());
    }

    #[test]
    fn answered_checks_of_one_skill_hardest_first() {
        let c = tiny_catalog();
        let mut a = Answers::default();
        a.checks.insert("sql-3".into(), CheckOutcome::Wrong);
        a.checks.insert("sql-4".into(), CheckOutcome::Right);
        a.checks.insert("python-2".into(), CheckOutcome::Skipped);
        let sql: Vec<(&str, CheckOutcome)> = answered_checks(&c, &a, "sql")
            .into_iter()
            .map(|(q, o)| (q.id.as_str(), o))
            .collect();
        assert_eq!(
            sql,
            [
                ("sql-4", CheckOutcome::Right),
                ("sql-3", CheckOutcome::Wrong)
            ]
        );
        assert_eq!(answered_checks(&c, &a, "python").len(), 1);
        assert!(answered_checks(&c, &a, "communication").is_empty());
    }
}
