//! Nothing a person enters is lost: every way off a step keeps a picked choice, answers
//! follow the rating, Finish knows about unanswered check questions, and a second tab's
//! answers are adopted rather than overwritten.

use super::*;
use crate::core::answers::{CheckOutcome, Rating};
use crate::core::testing::{answer, choose, tiny_catalog};

/// python 4 and sql 2 rated, at python's first check question.
fn at_first_check(c: &QuizCatalog) -> Quiz {
    let mut quiz = rated(c, &[("python", 4), ("sql", 2), ("communication", 3)]);
    quiz.jump(c, check("python-4"));
    quiz
}

#[test]
fn a_pick_on_the_last_step_is_kept_by_finish() {
    let c = tiny_catalog();
    let mut quiz = at_first_check(&c);
    quiz.jump(&c, check("sql-2"));
    assert!(!quiz.can_go_next(&c), "sql-2 is the last step");
    assert!(choose(&mut quiz, &c, 1));
    quiz.finish();
    assert_eq!(
        quiz.answers().checks.get("sql-2"),
        Some(&CheckOutcome::Wrong)
    );
    assert_eq!(quiz.choice("sql-2"), Some(1));
    assert!(quiz.is_finished());
}

#[test]
fn a_pick_is_kept_by_back_and_by_a_jump_and_shown_again() {
    let c = tiny_catalog();
    let mut quiz = at_first_check(&c);
    choose(&mut quiz, &c, 1);
    quiz.back(&c);
    assert_eq!(quiz.current(), &skill("communication"));
    assert_eq!(
        quiz.answers().checks.get("python-4"),
        Some(&CheckOutcome::Wrong)
    );
    quiz.jump(&c, check("python-3"));
    choose(&mut quiz, &c, 2);
    quiz.jump(&c, skill("sql"));
    assert_eq!(
        quiz.answers().checks.get("python-3"),
        Some(&CheckOutcome::Wrong)
    );
    quiz.jump(&c, check("python-4"));
    assert_eq!(
        quiz.choice("python-4"),
        Some(1),
        "the revisited question shows its pick"
    );
    assert!(
        !choose(&mut quiz, &c, 3),
        "a choice the question doesn't have is ignored"
    );
    assert_eq!(quiz.choice("python-4"), Some(1));
}

#[test]
fn choose_is_ignored_on_a_skill_step() {
    let c = tiny_catalog();
    let mut quiz = Quiz::new(&c);
    assert!(!choose(&mut quiz, &c, 0));
    assert!(quiz.answers().checks.is_empty());
}

#[test]
fn re_rating_3_2_3_keeps_the_level_3_answer() {
    let c = tiny_catalog();
    let mut quiz = rated(&c, &[("python", 3)]);
    quiz.jump(&c, check("python-3"));
    choose(&mut quiz, &c, 0);
    quiz.jump(&c, skill("python"));
    quiz.rate(&c, 2);
    assert!(
        !quiz.answers().checks.contains_key("python-3"),
        "not asked at 2"
    );
    assert_eq!(quiz.set_aside().get("python-3"), Some(&CheckOutcome::Right));
    quiz.rate(&c, 3);
    assert_eq!(
        quiz.answers().checks.get("python-3"),
        Some(&CheckOutcome::Right)
    );
    assert!(quiz.set_aside().is_empty());
    assert_eq!(quiz.choice("python-3"), Some(0));
    // Up to 4 asks python-4 first: the level-3 answer waits aside until python-4 is missed.
    quiz.rate(&c, 4);
    assert_eq!(quiz.set_aside().get("python-3"), Some(&CheckOutcome::Right));
    assert!(quiz
        .unanswered_checks(&c)
        .iter()
        .any(|q| q.id == "python-4"));
    quiz.jump(&c, check("python-4"));
    choose(&mut quiz, &c, 1);
    assert_eq!(
        quiz.answers().checks.get("python-3"),
        Some(&CheckOutcome::Right),
        "back once python-4 is missed"
    );
}

#[test]
fn skip_on_a_rated_skill_is_asked_about_and_loses_no_check_answer() {
    let c = tiny_catalog();
    let mut quiz = rated(&c, &[("python", 4)]);
    for (q, choice) in [("python-4", 1), ("python-3", 0)] {
        quiz.jump(&c, check(q));
        choose(&mut quiz, &c, choice);
    }
    quiz.jump(&c, skill("python"));
    assert_eq!(quiz.skip_would_replace(&c), Some(4), "the view asks first");
    quiz.skip(&c);
    assert_eq!(quiz.answers().ratings.get("python"), Some(&Rating::Skipped));
    assert!(quiz.answers().checks.is_empty());
    assert_eq!(quiz.set_aside().len(), 2, "set aside, not deleted");
    quiz.jump(&c, skill("python"));
    assert_eq!(quiz.skip_would_replace(&c), None, "nothing to replace now");
    quiz.rate(&c, 4);
    assert_eq!(
        quiz.answers().checks.len(),
        2,
        "rated again: both answers back"
    );
    let mut fresh = Quiz::new(&c);
    assert_eq!(
        fresh.skip_would_replace(&c),
        None,
        "an unrated skill just skips"
    );
    fresh.jump(&c, check("python-4"));
    assert_eq!(fresh.skip_would_replace(&c), None);
}

#[test]
fn finish_mid_checks_knows_which_check_questions_are_unanswered() {
    let c = tiny_catalog();
    let mut quiz = at_first_check(&c);
    assert!(quiz.unanswered(&c).is_empty(), "every skill is rated");
    let ids = |q: &Quiz| -> Vec<String> {
        q.unanswered_checks(&c)
            .iter()
            .map(|q| q.id.clone())
            .collect()
    };
    assert_eq!(ids(&quiz), ["python-4", "sql-2"]);
    answer(&mut quiz, &c, 1); // missed: python-3 is asked next
    assert_eq!(ids(&quiz), ["python-3", "sql-2"]);
    quiz.skip_check(&c); // python-3 skipped counts as answered
    assert_eq!(ids(&quiz), ["sql-2"]);
    assert_eq!(quiz.first_unanswered(&c), Some(check("sql-2")));
    quiz.jump(&c, skill("sql"));
    let mut partly = Quiz::new(&c);
    partly.rate(&c, 3);
    assert_eq!(
        partly.first_unanswered(&c),
        Some(skill("sql")),
        "unanswered skills come first"
    );
}

#[test]
fn the_overview_lists_the_check_questions_so_a_jump_can_come_back() {
    let c = tiny_catalog();
    let mut quiz = at_first_check(&c);
    choose(&mut quiz, &c, 1);
    quiz.next(&c);
    quiz.skip_check(&c);
    quiz.jump(&c, skill("python"));
    let rows = quiz.check_overview(&c);
    let states: Vec<(&str, CheckState, bool)> = rows
        .iter()
        .map(|r| (r.question_id.as_str(), r.state, r.current))
        .collect();
    assert_eq!(
        states,
        [
            ("python-4", CheckState::Answered, false),
            ("python-3", CheckState::Skipped, false),
            ("sql-2", CheckState::Unanswered, false),
        ]
    );
    assert_eq!(rows[2].skill_name, "SQL");
    quiz.jump(&c, rows[2].step());
    assert_eq!(quiz.current(), &check("sql-2"));
    assert!(quiz.check_overview(&c)[2].current);
}

#[test]
fn another_tabs_answers_are_adopted_with_this_tabs_step_kept() {
    let c = tiny_catalog();
    let mut tab_a = Quiz::new(&c);
    let mut tab_b = tab_a.clone();
    tab_b.jump(&c, skill("sql"));
    // Tab A rates everything; tab B has seen none of it.
    for level in [4, 2, 3] {
        tab_a.rate(&c, level);
        tab_a.next(&c);
    }
    let change = tab_b.adopt(&c, tab_a.clone());
    assert_eq!(change.skills.len(), 3);
    assert_eq!(change.checks, 0);
    assert_eq!(tab_b.current(), &skill("sql"), "tab B stays where it was");
    assert_eq!(tab_b.answers(), tab_a.answers());
    let message = change.message().unwrap();
    assert!(message.contains("another tab"), "{message}");
    assert!(message.contains("PYTHON (now level 4"), "{message}");
    // Tab B's own next change goes on top of A's answers.
    tab_b.rate(&c, 5);
    assert_eq!(tab_b.answers().level("python"), Some(4));
    assert_eq!(tab_b.answers().level("sql"), Some(5));
    // Nothing changed: no message.
    let same = tab_b.clone();
    assert_eq!(tab_b.adopt(&c, same).message(), None);
}

#[test]
fn a_start_over_in_another_tab_is_told() {
    let c = tiny_catalog();
    let mut tab = rated(&c, &[("python", 3)]);
    let change = tab.adopt(&c, Quiz::new(&c));
    assert!(change.cleared);
    assert!(change
        .message()
        .unwrap()
        .contains("started over in another tab"));
    assert!(tab.answers().ratings.is_empty());
    let mut empty = Quiz::new(&c);
    assert_eq!(empty.adopt(&c, Quiz::new(&c)).message(), None);
}

#[test]
fn adopting_keeps_a_step_only_while_it_exists() {
    let c = tiny_catalog();
    let mut tab = at_first_check(&c);
    let mut other = tab.clone();
    other.jump(&c, skill("python"));
    other.rate(&c, 1); // python's checks are no longer asked
    tab.adopt(&c, other);
    assert_eq!(
        tab.current(),
        &skill("python"),
        "python-4 is gone: the other tab's step"
    );
}

#[test]
fn the_finish_panel_counts_skills_and_check_questions() {
    assert_eq!(unanswered_sentence(21, 0), "21 skills are still unanswered");
    assert_eq!(unanswered_sentence(1, 0), "1 skill is still unanswered");
    assert_eq!(
        unanswered_sentence(0, 1),
        "1 check question is still unanswered"
    );
    assert_eq!(
        unanswered_sentence(2, 1),
        "2 skills and 1 check question are still unanswered"
    );
    assert_eq!(
        unanswered_sentence(1, 3),
        "1 skill and 3 check questions are still unanswered"
    );
}
