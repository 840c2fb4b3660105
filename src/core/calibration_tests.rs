use super::*;
use crate::core::testing::tiny_catalog;

fn answers(ratings: &[(&str, Rating)], checks: &[(&str, CheckOutcome)]) -> Answers {
    Answers {
        ratings: ratings.iter().map(|(s, r)| (s.to_string(), *r)).collect(),
        checks: checks.iter().map(|(q, o)| (q.to_string(), *o)).collect(),
    }
}

#[test]
fn right_answers_confirm_the_rating() {
    let a = answers(
        &[("sql", Rating::Level(4))],
        &[
            ("sql-4", CheckOutcome::Right),
            ("sql-3", CheckOutcome::Right),
        ],
    );
    let c = calibrate_skill(&tiny_catalog(), &a, "sql");
    assert_eq!((c.rated, c.effective), (Some(4), Some(4)));
    assert_eq!((c.right, c.wrong), (2, 0));
    assert_eq!(c.status, CalibrationStatus::Confirmed);
}

#[test]
fn a_wrong_answer_caps_trust_below_the_question_level() {
    let c = tiny_catalog();
    let a = answers(
        &[("sql", Rating::Level(4))],
        &[
            ("sql-4", CheckOutcome::Wrong),
            ("sql-3", CheckOutcome::Right),
        ],
    );
    let cal = calibrate_skill(&c, &a, "sql");
    assert_eq!(cal.effective, Some(3));
    assert_eq!(cal.status, CalibrationStatus::Lowered);
    assert_eq!(
        cal.sentence,
        "You rated SQL 4: the level-4 question was missed and the level-3 one answered right, so we count it at 3."
    );

    // The lowest wrong level wins.
    let a = answers(
        &[("sql", Rating::Level(4))],
        &[
            ("sql-4", CheckOutcome::Wrong),
            ("sql-3", CheckOutcome::Wrong),
        ],
    );
    assert_eq!(calibrate_skill(&c, &a, "sql").effective, Some(2));

    // Missing the easier question caps lower than missing the harder one.
    let a = answers(
        &[("sql", Rating::Level(4))],
        &[
            ("sql-4", CheckOutcome::Right),
            ("sql-3", CheckOutcome::Wrong),
        ],
    );
    assert_eq!(calibrate_skill(&c, &a, "sql").effective, Some(2));
    let a = answers(
        &[("sql", Rating::Level(5))],
        &[
            ("sql-5", CheckOutcome::Right),
            ("sql-4", CheckOutcome::Wrong),
        ],
    );
    assert_eq!(calibrate_skill(&c, &a, "sql").effective, Some(3));

    let a = answers(
        &[("python", Rating::Level(2))],
        &[("python-2", CheckOutcome::Wrong)],
    );
    assert_eq!(calibrate_skill(&c, &a, "python").effective, Some(1));
}

#[test]
fn skipped_checks_and_questions_above_the_rating_change_nothing() {
    let c = tiny_catalog();
    let a = answers(
        &[("sql", Rating::Level(3))],
        &[
            ("sql-3", CheckOutcome::Skipped),
            ("sql-5", CheckOutcome::Wrong),
        ],
    );
    let cal = calibrate_skill(&c, &a, "sql");
    assert_eq!(cal.effective, Some(3));
    assert_eq!((cal.right, cal.wrong, cal.skipped_checks), (0, 0, 1));
    assert_eq!(cal.status, CalibrationStatus::Unchecked);
    assert!(
        cal.sentence == "You rated SQL 3: the level-3 question was skipped, so we count it at 3.",
        "{}",
        cal.sentence
    );
}

#[test]
fn a_check_shown_and_left_is_not_answered_not_unasked() {
    let c = tiny_catalog();
    let sentence = |ratings: &[(&str, Rating)], checks: &[(&str, CheckOutcome)], skill| {
        calibrate_skill(&c, &answers(ratings, checks), skill).sentence
    };
    let four = [("sql", Rating::Level(4))];
    assert_eq!(
        sentence(&four, &[], "sql"),
        "You rated SQL 4: the level-4 question was not answered, so we count it at 4."
    );
    assert_eq!(
        sentence(&four, &[("sql-4", CheckOutcome::Wrong)], "sql"),
        "You rated SQL 4: the level-4 question was missed and the level-3 one not answered, so we count it at 3."
    );
    assert_eq!(
        sentence(&[("sql", Rating::Level(2))], &[], "sql"),
        "You rated SQL 2: the level-2 question was not answered, so we count it at 2."
    );
    assert_eq!(
        sentence(&[("sql", Rating::Level(1))], &[], "sql"),
        "You rated SQL 1: no check question is asked at this level, so we count it at 1."
    );
    assert!(
        sentence(&[("communication", Rating::Level(4))], &[], "communication")
            .contains("no check question is asked")
    );
}

#[test]
fn every_question_missed_trusts_no_checked_level() {
    let c = tiny_catalog();
    let missed = |rated: u8, levels: &[&str]| {
        let checks: Vec<(&str, CheckOutcome)> =
            levels.iter().map(|q| (*q, CheckOutcome::Wrong)).collect();
        calibrate_skill(
            &c,
            &answers(&[("sql", Rating::Level(rated))], &checks),
            "sql",
        )
    };
    // A 5 that missed levels 5, 4 and 3 (the three-question limit) fares as a 2 that missed
    // level 2: neither showed a level the questions check, so neither keeps 2.
    let five = missed(5, &["sql-5", "sql-4", "sql-3"]);
    assert_eq!(five.effective, Some(1));
    assert_eq!(missed(2, &["sql-2"]).effective, Some(1));
    assert_eq!(
        five.sentence,
        "You rated SQL 5: the level-5 question was missed, the level-4 one missed and the \
         level-3 one missed. With every question missed, we count it at 1, below the levels \
         the questions check."
    );
    // Two misses, then a right answer: the level answered right.
    let c3 = calibrate_skill(
        &c,
        &answers(
            &[("sql", Rating::Level(5))],
            &[
                ("sql-5", CheckOutcome::Wrong),
                ("sql-4", CheckOutcome::Wrong),
                ("sql-3", CheckOutcome::Right),
            ],
        ),
        "sql",
    );
    assert_eq!(c3.effective, Some(3));
}

#[test]
fn skipped_and_unrated_skills_are_unknown_not_zero() {
    let c = tiny_catalog();
    let a = answers(
        &[("sql", Rating::Skipped), ("python", Rating::Level(0))],
        &[],
    );
    let levels = effective_levels(&c, &a);
    assert_eq!(levels.get("sql"), None);
    assert_eq!(levels.get("communication"), None);
    assert_eq!(levels.get("python"), Some(&0));
    assert_eq!(
        calibrate_skill(&c, &a, "sql").status,
        CalibrationStatus::Skipped
    );
    assert_eq!(
        calibrate_skill(&c, &a, "communication").status,
        CalibrationStatus::NotRated
    );
}

#[test]
fn calibration_follows_catalog_order() {
    let c = tiny_catalog();
    let ids: Vec<String> = calibrate(&c, &Answers::default())
        .into_iter()
        .map(|x| x.skill)
        .collect();
    assert_eq!(ids, ["python", "sql", "communication"]);
}
