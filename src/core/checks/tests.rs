//! The adaptive rule as a table of cases, and the frozen format-1 rule.

use super::*;
use crate::core::answers::Rating;
use crate::core::testing::{question, tiny_catalog};

fn ids(qs: &[&Question]) -> Vec<String> {
    qs.iter().map(|q| q.id.clone()).collect()
}

fn outcomes(list: &[(&str, CheckOutcome)]) -> SortedMap<String, CheckOutcome> {
    list.iter().map(|(id, o)| (id.to_string(), *o)).collect()
}

use CheckOutcome::{Right, Skipped, Wrong};

/// What the case is, the rating, the outcomes so far, the questions asked.
type Case = (
    &'static str,
    u8,
    &'static [(&'static str, CheckOutcome)],
    &'static [&'static str],
);

#[test]
fn the_adaptive_rule_case_by_case() {
    let c = tiny_catalog();
    #[rustfmt::skip]
    let cases: &[Case] = &[
        ("rated 0 or 1: no check", 1, &[], &[]),
        ("rated 2: the level-2 question", 2, &[], &["sql-2"]),
        ("rated 3: the level-3 question first", 3, &[], &["sql-3"]),
        ("right at the rating: confirmed, no more", 4, &[("sql-4", Right)], &["sql-4"]),
        ("wrong: one level down next", 4, &[("sql-4", Wrong)], &["sql-4", "sql-3"]),
        ("wrong then right: stops", 4, &[("sql-4", Wrong), ("sql-3", Right)], &["sql-4", "sql-3"]),
        ("wrong to the bottom: level 2 is the last", 4,
            &[("sql-4", Wrong), ("sql-3", Wrong), ("sql-2", Wrong)], &["sql-4", "sql-3", "sql-2"]),
        ("three questions at most", 5,
            &[("sql-5", Wrong), ("sql-4", Wrong), ("sql-3", Wrong)], &["sql-5", "sql-4", "sql-3"]),
        ("a skipped check stops the checks", 4, &[("sql-4", Skipped)], &["sql-4"]),
        ("wrong then skipped: stops", 5, &[("sql-5", Wrong), ("sql-4", Skipped)], &["sql-5", "sql-4"]),
        ("outcomes of other questions change nothing", 3, &[("sql-2", Wrong)], &["sql-3"]),
    ];
    for (case, rated, given, expected) in cases {
        let asked = for_skill(&c, "sql", *rated, &outcomes(given), 1);
        assert_eq!(ids(&asked), *expected, "{case}");
    }
}

#[test]
fn skills_without_questions_get_none() {
    let c = tiny_catalog();
    assert!(for_skill(&c, "communication", 5, &SortedMap::new(), 1).is_empty());
    assert!(for_skill(&c, "no-such-skill", 5, &SortedMap::new(), 1).is_empty());
}

#[test]
fn a_level_s_questions_take_turns_by_distance_from_the_rating() {
    let mut c = tiny_catalog();
    c.questions.push(question("sql-3b", "sql", 3));
    assert_eq!(
        ids(&for_skill(&c, "sql", 3, &SortedMap::new(), 1)),
        ["sql-3"]
    );
    let missed = outcomes(&[("sql-4", Wrong)]);
    assert_eq!(
        ids(&for_skill(&c, "sql", 4, &missed, 1)),
        ["sql-4", "sql-3b"]
    );
}

#[test]
fn retired_and_future_questions_are_not_asked() {
    let mut c = tiny_catalog();
    let q = c.questions.iter_mut().find(|q| q.id == "sql-3").unwrap();
    q.until = Some(2);
    let mut new = question("sql-3-new", "sql", 3);
    new.since = 2;
    c.questions.push(new);
    let none = SortedMap::new();
    assert_eq!(ids(&for_skill(&c, "sql", 3, &none, 1)), ["sql-3"]);
    assert_eq!(ids(&for_skill(&c, "sql", 3, &none, 2)), ["sql-3-new"]);
}

#[test]
fn selected_follows_skill_order_and_the_outcomes() {
    let c = tiny_catalog();
    let mut a = Answers::default();
    a.ratings.insert("sql".into(), Rating::Level(2));
    a.ratings.insert("python".into(), Rating::Level(4));
    assert_eq!(ids(&selected(&c, &a, 1)), ["python-4", "sql-2"]);
    a.checks.insert("python-4".into(), Wrong);
    assert_eq!(ids(&selected(&c, &a, 1)), ["python-4", "python-3", "sql-2"]);
    a.ratings.insert("python".into(), Rating::Skipped);
    assert_eq!(ids(&selected(&c, &a, 1)), ["sql-2"]);
}

#[test]
fn the_most_possible_never_grows_as_the_person_answers() {
    let c = tiny_catalog();
    let mut a = Answers::default();
    // Nothing rated: python and sql could each ask three (levels 5, 4, 3).
    assert_eq!(most_possible(&c, &a, 1), 6);
    a.ratings.insert("python".into(), Rating::Level(3));
    assert_eq!(most_possible(&c, &a, 1), 5, "python 3: levels 3 and 2");
    a.ratings.insert("sql".into(), Rating::Skipped);
    a.ratings.insert("communication".into(), Rating::Level(5));
    assert_eq!(
        most_possible(&c, &a, 1),
        2,
        "communication has no questions here"
    );
    a.checks.insert("python-3".into(), Right);
    assert_eq!(
        most_possible(&c, &a, 1),
        1,
        "right at 3: nothing more on python"
    );
    // Everything answered: exactly the questions asked.
    assert_eq!(most_possible(&c, &a, 1), selected(&c, &a, 1).len());
    a.checks.insert("python-3".into(), Wrong);
    assert_eq!(most_possible(&c, &a, 1), 2);
}

#[test]
fn fitting_keeps_the_asked_outcomes_and_counts_the_rest() {
    let c = tiny_catalog();
    let mut a = Answers::default();
    a.ratings.insert("sql".into(), Rating::Level(4));
    a.checks = outcomes(&[
        ("sql-4", Wrong),
        ("sql-3", Right),
        ("sql-5", Right),
        ("python-2", Wrong),
    ]);
    let (kept, dropped) = fitting(&c, &a, 1);
    assert_eq!(kept.checks, outcomes(&[("sql-4", Wrong), ("sql-3", Right)]));
    assert_eq!(dropped, 2);
}

#[test]
fn format_1_rule_is_frozen() {
    let c = tiny_catalog();
    let f = |level| ids(&format1::for_skill(&c, "sql", level, 1));
    assert!(f(1).is_empty());
    assert_eq!(f(2), ["sql-2"]);
    assert_eq!(f(3), ["sql-3"]);
    assert_eq!(f(4), ["sql-4", "sql-3"]);
    assert_eq!(f(5), ["sql-5", "sql-4"]);
    assert!(format1::for_skill(&c, "communication", 5, 1).is_empty());
    let mut a = Answers::default();
    a.ratings.insert("sql".into(), Rating::Level(2));
    a.ratings.insert("python".into(), Rating::Level(4));
    assert_eq!(
        ids(&format1::selected(&c, &a, 1)),
        ["python-4", "python-3", "sql-2"]
    );
}
