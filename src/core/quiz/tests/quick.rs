//! The quick check's events.

use super::*;
use crate::core::answers::{CheckOutcome, Rating};
use crate::core::testing::{answer, tiny_catalog};

#[test]
fn rate_skill_records_any_skill_without_moving() {
    let c = tiny_catalog();
    let mut quiz = Quiz::new(&c);
    assert!(quiz.rate_skill(&c, "sql", Rating::Level(3)));
    assert!(quiz.rate_skill(&c, "communication", Rating::Skipped));
    assert_eq!(quiz.current(), &skill("python"), "the position stays");
    assert_eq!(quiz.answers().level("sql"), Some(3));
    assert_eq!(
        quiz.answers().ratings.get("communication"),
        Some(&Rating::Skipped)
    );
    assert!(!quiz.rate_skill(&c, "cobol", Rating::Level(2)));
    assert!(!quiz.rate_skill(&c, "sql", Rating::Level(6)));
    assert_eq!(
        quiz.answers().level("sql"),
        Some(3),
        "a bad level changes nothing"
    );
}

#[test]
fn rate_skill_lets_check_answers_follow_the_rating() {
    let c = tiny_catalog();
    let mut quiz = rated(&c, &[("sql", 3)]);
    assert!(quiz.to_first_check(&c));
    answer(&mut quiz, &c, 0);
    assert!(quiz.answers().checks.contains_key("sql-3"));
    quiz.rate_skill(&c, "sql", Rating::Level(1));
    assert!(quiz.answers().checks.is_empty());
    assert!(
        quiz.set_aside().contains_key("sql-3"),
        "set aside, not lost"
    );
    quiz.rate_skill(&c, "sql", Rating::Level(3));
    assert!(quiz.answers().checks.contains_key("sql-3"));
}

#[test]
fn check_them_now_opens_the_first_check_question_with_the_ratings_kept() {
    let c = tiny_catalog();
    let mut quiz = Quiz::new(&c);
    quiz.rate_skill(&c, "python", Rating::Level(4));
    quiz.rate_skill(&c, "sql", Rating::Level(2));
    quiz.finish();
    let ratings = quiz.answers().ratings.clone();
    assert!(quiz.to_first_check(&c));
    assert_eq!(quiz.current(), &check("python-4"));
    assert!(!quiz.is_finished(), "the quiz is open again");
    assert_eq!(quiz.answers().ratings, ratings);
    // An answered first question: the first one still to answer.
    answer(&mut quiz, &c, 0);
    quiz.finish();
    assert!(quiz.to_first_check(&c));
    assert_eq!(quiz.current(), &check("sql-2"));
    assert!(matches!(
        quiz.answers().checks.get("python-4"),
        Some(CheckOutcome::Right | CheckOutcome::Wrong)
    ));
}

#[test]
fn check_them_now_without_check_questions_changes_nothing() {
    let c = tiny_catalog();
    let mut quiz = Quiz::new(&c);
    quiz.rate_skill(&c, "python", Rating::Level(1));
    quiz.finish();
    let before = quiz.clone();
    assert!(!quiz.to_first_check(&c));
    assert_eq!(quiz, before);
}
