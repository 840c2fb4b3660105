//! Moving through the quiz, rating, skipping, finishing and starting over.

use super::*;
use crate::core::answers::{CheckOutcome, Rating};
use crate::core::testing::{answer, tiny_catalog};

#[test]
fn starts_at_first_skill_with_progress_and_category() {
    let c = tiny_catalog();
    let quiz = Quiz::new(&c);
    assert_eq!(quiz.current(), &skill("python"));
    assert_eq!(
        quiz.current_skill(&c).map(|s| s.id.as_str()),
        Some("python")
    );
    assert!(quiz.current_question(&c).is_none());
    let p = quiz.progress(&c);
    assert_eq!((p.index, p.total), (1, 3));
    assert_eq!((p.phase, p.phase_index, p.phase_total), (Phase::Rate, 1, 3));
    assert_eq!(p.category_id, "languages");
    assert_eq!(p.category_name, "Languages");
    assert!(!quiz.can_go_back(&c));
    assert!(quiz.can_go_next(&c));
    assert!(!quiz.is_finished());
}

#[test]
fn next_and_back_walk_the_skills_and_stop_at_the_ends() {
    let c = tiny_catalog();
    let mut quiz = Quiz::new(&c);
    quiz.back(&c);
    assert_eq!(
        quiz.current(),
        &skill("python"),
        "back at first step is a no-op"
    );
    quiz.next(&c);
    assert_eq!(quiz.current(), &skill("sql"));
    quiz.next(&c);
    assert_eq!(quiz.current(), &skill("communication"));
    let p = quiz.progress(&c);
    assert_eq!((p.index, p.total), (3, 3));
    assert_eq!(p.category_id, "soft");
    assert_eq!(p.category_name, "Working with people");
    assert!(!quiz.can_go_next(&c));
    quiz.next(&c);
    assert_eq!(
        quiz.current(),
        &skill("communication"),
        "next at last step is a no-op"
    );
    quiz.back(&c);
    assert_eq!(quiz.current(), &skill("sql"));
    assert!(quiz.can_go_back(&c));
}

#[test]
fn next_on_an_unrated_skill_leaves_it_unanswered() {
    let c = tiny_catalog();
    let mut quiz = Quiz::new(&c);
    quiz.rate(&c, 3);
    quiz.next(&c);
    quiz.next(&c);
    assert_eq!(quiz.current(), &skill("communication"));
    let unanswered: Vec<&str> = quiz.unanswered(&c).iter().map(|s| s.id.as_str()).collect();
    assert_eq!(unanswered, ["sql", "communication"]);
}

#[test]
fn rate_records_without_advancing_and_rejects_bad_levels() {
    let c = tiny_catalog();
    let mut quiz = Quiz::new(&c);
    quiz.rate(&c, 0);
    assert_eq!(quiz.current(), &skill("python"));
    assert_eq!(quiz.answers().ratings["python"], Rating::Level(0));
    quiz.rate(&c, 6);
    assert_eq!(quiz.answers().ratings["python"], Rating::Level(0));
    quiz.rate(&c, 5);
    assert_eq!(quiz.answers().ratings["python"], Rating::Level(5));
}

#[test]
fn skip_records_unknown_not_zero_and_advances() {
    let c = tiny_catalog();
    let mut quiz = Quiz::new(&c);
    quiz.skip(&c);
    assert_eq!(quiz.current(), &skill("sql"));
    quiz.rate(&c, 0);
    assert_eq!(quiz.answers().ratings["python"], Rating::Skipped);
    let states: Vec<SkillState> = quiz.overview(&c).iter().map(|i| i.state).collect();
    assert_eq!(
        states,
        [
            SkillState::Skipped,
            SkillState::Level(0),
            SkillState::Unanswered
        ]
    );
    // Skipped counts as answered.
    assert_eq!(quiz.unanswered(&c).len(), 1);
}

#[test]
fn jump_goes_to_existing_steps_only() {
    let c = tiny_catalog();
    let mut quiz = rated(&c, &[("sql", 2)]);
    quiz.jump(&c, skill("communication"));
    assert_eq!(quiz.current(), &skill("communication"));
    quiz.jump(&c, skill("no-such-skill"));
    quiz.jump(&c, check("sql-5")); // exists but not selected for level 2
    assert_eq!(quiz.current(), &skill("communication"));
    quiz.jump(&c, check("sql-2"));
    assert_eq!(quiz.current(), &check("sql-2"));
}

#[test]
fn overview_marks_the_current_skill() {
    let c = tiny_catalog();
    let mut quiz = Quiz::new(&c);
    quiz.next(&c);
    let items = quiz.overview(&c);
    let current: Vec<&str> = items
        .iter()
        .filter(|i| i.current)
        .map(|i| i.skill_id.as_str())
        .collect();
    assert_eq!(current, ["sql"]);
    assert_eq!(items[2].category_name, "Working with people");
    assert_eq!(items[0].skill_name, "PYTHON");
    quiz.jump(&c, items[2].step());
    assert_eq!(quiz.current(), &skill("communication"));
}

#[test]
fn finish_allows_unanswered_and_jump_or_reopen_return_to_the_quiz() {
    let c = tiny_catalog();
    let mut quiz = Quiz::new(&c);
    quiz.rate(&c, 2);
    quiz.finish();
    assert!(quiz.is_finished());
    assert_eq!(quiz.unanswered(&c).len(), 2);
    quiz.reopen();
    assert!(!quiz.is_finished());
    quiz.finish();
    quiz.jump(&c, skill("sql"));
    assert!(!quiz.is_finished());
    assert_eq!(quiz.current(), &skill("sql"));
}

#[test]
fn start_over_clears_everything() {
    let c = tiny_catalog();
    let mut quiz = rated(&c, &[("python", 4), ("sql", 2)]);
    quiz.jump(&c, check("sql-2"));
    answer(&mut quiz, &c, 0);
    quiz.finish();
    quiz.start_over(&c);
    assert_eq!(quiz, Quiz::new(&c));
    assert!(quiz.answers().ratings.is_empty() && quiz.answers().checks.is_empty());
}

#[test]
fn restore_falls_back_to_the_first_unanswered_step() {
    let c = tiny_catalog();
    let mut answers = Answers::default();
    answers.ratings.insert("python".into(), Rating::Level(2));
    let quiz = Quiz::restore(&c, answers.clone(), Some(skill("gone")), false);
    assert_eq!(quiz.current(), &skill("sql"));
    let quiz = Quiz::restore(&c, answers.clone(), Some(check("sql-2")), false);
    assert_eq!(
        quiz.current(),
        &skill("sql"),
        "unselected check is not a step"
    );
    for id in ["sql", "communication"] {
        answers.ratings.insert(id.into(), Rating::Skipped);
    }
    let quiz = Quiz::restore(&c, answers.clone(), None, false);
    assert_eq!(
        quiz.current(),
        &check("python-2"),
        "all rated: first open check"
    );
    answers
        .checks
        .insert("python-2".into(), CheckOutcome::Right);
    let quiz = Quiz::restore(&c, answers, None, true);
    assert_eq!(
        quiz.current(),
        &check("python-2"),
        "all answered: last step"
    );
    assert!(quiz.is_finished());
}

#[test]
fn a_catalog_that_lost_the_current_skill_does_not_break_navigation() {
    let c = tiny_catalog();
    let mut quiz = Quiz::new(&c);
    quiz.rate(&c, 1);
    quiz.next(&c); // at sql
    let mut smaller = tiny_catalog();
    smaller.skills.retain(|s| s.id != "sql");
    let p = quiz.progress(&smaller);
    assert_eq!((p.index, p.total), (2, 2), "treated as the resume point");
    quiz.back(&smaller);
    assert_eq!(quiz.current(), &skill("python"));
}

#[test]
fn an_empty_catalog_gives_an_inert_quiz() {
    let mut c = tiny_catalog();
    c.skills.clear();
    let mut quiz = Quiz::new(&c);
    quiz.next(&c);
    quiz.back(&c);
    quiz.skip(&c);
    quiz.rate(&c, 3);
    answer(&mut quiz, &c, 0);
    assert_eq!((quiz.progress(&c).index, quiz.progress(&c).total), (0, 0));
    assert!(!quiz.can_go_back(&c) && !quiz.can_go_next(&c));
    assert!(quiz.answers().ratings.is_empty());
    assert!(quiz.overview(&c).is_empty());
}
