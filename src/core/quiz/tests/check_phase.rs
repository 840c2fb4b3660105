//! The check phase: which questions are asked, and their outcomes.

use super::*;
use crate::core::answers::{CheckOutcome, Rating};
use crate::core::testing::{answer, tiny_catalog};

#[test]
fn check_phase_holds_the_questions_selected_for_the_ratings() {
    let c = tiny_catalog();
    let quiz = rated(&c, &[("python", 4), ("sql", 2), ("communication", 5)]);
    assert_eq!(
        quiz.steps(&c),
        [
            skill("python"),
            skill("sql"),
            skill("communication"),
            check("python-4"),
            check("sql-2"),
        ]
    );
    let low = rated(&c, &[("python", 1), ("sql", 0), ("communication", 5)]);
    assert_eq!(
        low.steps(&c).len(),
        3,
        "ratings below 2 and skills without questions get none"
    );
    let mut skipped = rated(&c, &[("python", 5)]);
    skipped.skip(&c);
    assert_eq!(skipped.steps(&c).len(), 3, "a skipped skill gets none");
}

#[test]
fn next_from_last_skill_enters_the_check_phase() {
    let c = tiny_catalog();
    let mut quiz = rated(&c, &[("sql", 3)]);
    quiz.jump(&c, skill("communication"));
    assert!(quiz.can_go_next(&c));
    quiz.next(&c);
    assert_eq!(quiz.current(), &check("sql-3"));
    assert_eq!(
        quiz.current_question(&c).map(|q| q.id.as_str()),
        Some("sql-3")
    );
    assert!(quiz.current_skill(&c).is_none());
    let p = quiz.progress(&c);
    assert_eq!((p.index, p.total), (4, 4));
    assert_eq!(
        (p.phase, p.phase_index, p.phase_total),
        (Phase::Check, 1, 1)
    );
    assert_eq!(p.category_id, "languages", "category of the checked skill");
    quiz.back(&c);
    assert_eq!(quiz.current(), &skill("communication"));
}

#[test]
fn no_selected_questions_means_the_last_skill_is_the_end() {
    let c = tiny_catalog();
    let mut quiz = rated(&c, &[("python", 1), ("sql", 0), ("communication", 4)]);
    quiz.jump(&c, skill("communication"));
    assert!(!quiz.can_go_next(&c));
    quiz.next(&c);
    assert_eq!(quiz.current(), &skill("communication"));
}

#[test]
fn answer_check_records_right_or_wrong_and_advances() {
    let c = tiny_catalog();
    let mut quiz = rated(&c, &[("python", 4)]);
    quiz.jump(&c, check("python-4"));
    answer(&mut quiz, &c, 3); // tiny questions have three choices
    assert!(
        quiz.answers().checks.is_empty(),
        "out-of-range choice ignored"
    );
    assert_eq!(quiz.current(), &check("python-4"));
    answer(&mut quiz, &c, 2); // a wrong one: the level-3 question comes next
    assert_eq!(quiz.current(), &check("python-3"));
    answer(&mut quiz, &c, 0);
    assert_eq!(quiz.answers().checks["python-4"], CheckOutcome::Wrong);
    assert_eq!(quiz.answers().checks["python-3"], CheckOutcome::Right);
    assert_eq!(quiz.current(), &check("python-3"), "last step: stays");
    quiz.back(&c);
    answer(&mut quiz, &c, 0); // right after all: no level-3 question any more
    assert_eq!(quiz.steps(&c).last(), Some(&check("python-4")));
    assert_eq!(
        quiz.set_aside()["python-3"],
        CheckOutcome::Right,
        "kept aside"
    );
    quiz.skip_check(&c);
    assert_eq!(quiz.answers().checks["python-4"], CheckOutcome::Skipped);
    quiz.back(&c);
    quiz.skip(&c); // on a check step, skip means skip_check
    assert_eq!(quiz.answers().checks["python-4"], CheckOutcome::Skipped);
    assert_eq!(quiz.answers().ratings["python"], Rating::Level(4));
}

#[test]
fn check_events_are_ignored_on_a_skill_step() {
    let c = tiny_catalog();
    let mut quiz = rated(&c, &[("python", 4)]);
    answer(&mut quiz, &c, 0);
    quiz.skip_check(&c);
    assert!(quiz.answers().checks.is_empty());
    assert_eq!(quiz.current(), &skill("python"));
}

#[test]
fn rating_change_keeps_only_the_asked_outcomes_in_the_answers() {
    let c = tiny_catalog();
    let mut quiz = rated(&c, &[("python", 4), ("sql", 2)]);
    for (q, choice) in [("python-4", 1), ("python-3", 0), ("sql-2", 0)] {
        quiz.jump(&c, check(q));
        answer(&mut quiz, &c, choice);
    }
    quiz.jump(&c, skill("python"));
    quiz.rate(&c, 3); // now python-3 is the first question
    let kept: Vec<&str> = quiz.answers().checks.keys().map(String::as_str).collect();
    assert_eq!(kept, ["python-3", "sql-2"]);
    quiz.skip(&c);
    let kept: Vec<&str> = quiz.answers().checks.keys().map(String::as_str).collect();
    assert_eq!(kept, ["sql-2"]);
}

#[test]
fn the_road_is_known_from_the_start_and_its_end_never_moves_away() {
    let c = tiny_catalog();
    let mut quiz = Quiz::new(&c);
    let p = quiz.progress(&c);
    assert_eq!(p.label(), "Skill 1 of 3");
    // Two skills with questions that could each ask three (levels 5, 4 and 3).
    assert_eq!(p.checks_up_to, 6);
    assert_eq!(p.road_total(), 9);
    assert_eq!(p.road(), "Then at most 6 quick check questions.");
    // Rating in order: the far end only comes closer, and ends at the steps asked.
    let mut ends = vec![p.road_total()];
    for level in [3, 1, 5] {
        quiz.rate(&c, level);
        quiz.next(&c);
        ends.push(quiz.progress(&c).road_total());
    }
    assert_eq!(ends, [9, 8, 5, 4]);
    assert_eq!(quiz.current(), &check("python-3"));
    let p = quiz.progress(&c);
    assert_eq!(p.label(), "Check question 1 of 1");
    assert_eq!(
        p.road(),
        "A missed question asks one more, a level lower; then your results."
    );
    assert_eq!((p.index, p.road_total()), (4, quiz.steps(&c).len()));
    answer(&mut quiz, &c, 0); // right: nothing more
    assert_eq!(
        quiz.progress(&c).road(),
        "The last part, then your results."
    );
    let none = rated(&c, &[("python", 0), ("sql", 1)]).progress(&c);
    assert_eq!(
        none.road(),
        "Then your results: no check questions for these ratings."
    );
}
