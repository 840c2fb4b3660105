//! Export and import of answer files: the format, the round trip, left-out entries and the mode.

use super::*;
use crate::core::answers::{CheckOutcome, Rating};
use crate::core::catalog::{CityFigure, Usd};
use crate::core::testing::tiny_catalog;
use serde_json::{json, Value};

mod refused;

fn with_city() -> Catalog {
    let mut c = tiny_catalog();
    c.salaries.cities.push(CityFigure {
        id: "austin".into(),
        name: "Austin".into(),
        role: "python-developer".into(),
        source: "indeed".into(),
        amount: Usd {
            usd: 100_000,
            approx: false,
        },
        diff_pct: 0.0,
    });
    c
}

/// python 4 (python-4 wrong, so python-3 asked: right), sql skipped.
fn sample() -> Answers {
    let mut a = Answers::default();
    a.ratings.insert("python".into(), Rating::Level(4));
    a.ratings.insert("sql".into(), Rating::Skipped);
    a.checks.insert("python-4".into(), CheckOutcome::Wrong);
    a.checks.insert("python-3".into(), CheckOutcome::Right);
    a
}

#[test]
fn export_writes_the_documented_format() {
    let c = with_city();
    let value: Value = serde_json::from_str(&export(&c, &sample(), Some("austin"))).unwrap();
    assert_eq!(
        value,
        json!({
            "app": "skillcheck",
            "format": 1,
            "data_version": 1,
            "answers": {
                "ratings": { "python": { "level": 4 }, "sql": "skipped" },
                "checks": { "python-4": "wrong", "python-3": "right" },
            },
            "city": "austin",
            "mode": "checked",
        })
    );
}

#[test]
fn export_then_import_gives_the_same_answers_and_city() {
    let c = with_city();
    for city in [Some("austin"), None] {
        let imported = import(&c, &export(&c, &sample(), city)).unwrap();
        assert_eq!(imported.result.answers, sample());
        assert_eq!(imported.result.city.as_deref(), city);
        assert_eq!(imported.dropped, 0);
        assert_eq!(imported.notice(), None);
    }
}

#[test]
fn the_imported_quiz_is_finished_and_holds_the_answers() {
    let c = with_city();
    let imported = import(&c, &export(&c, &sample(), None)).unwrap();
    let quiz = imported.quiz(&c);
    assert!(quiz.is_finished());
    assert_eq!(quiz.answers(), &sample());
}

#[test]
fn entries_that_do_not_fit_are_left_out_and_counted() {
    let c = with_city();
    let text = json!({
        "app": "skillcheck",
        "format": 1,
        "data_version": 2,
        "answers": {
            // rust: unknown skill; communication 9: above the scale.
            "ratings": { "python": { "level": 2 }, "rust": { "level": 3 }, "communication": { "level": 9 } },
            // python-3 isn't asked at level 2; nosuch isn't a question.
            "checks": { "python-2": "right", "python-3": "wrong", "nosuch": "right" },
        },
        "city": "atlantis",
    })
    .to_string();
    let imported = import(&c, &text).unwrap();
    let mut expected = Answers::default();
    expected.ratings.insert("python".into(), Rating::Level(2));
    expected
        .checks
        .insert("python-2".into(), CheckOutcome::Right);
    assert_eq!(imported.result.answers, expected);
    assert_eq!(imported.result.city, None);
    assert_eq!(imported.dropped, 5);
    assert_eq!(
        imported.notice().unwrap(),
        "5 answers in the file don't fit this version of the app and were left out."
    );
}

#[test]
fn the_summary_counts_skills_in_the_singular_and_plural() {
    let c = with_city();
    let mut one = Answers::default();
    one.ratings.insert("python".into(), Rating::Level(2));
    let imported = import(&c, &export(&c, &one, None)).unwrap();
    assert_eq!(imported.skills(), "1 skill");
    assert_eq!(imported.summary(), "Answers imported for 1 skill.");

    let imported = import(&c, &export(&c, &sample(), None)).unwrap();
    assert_eq!(imported.skills(), "2 skills");
    assert_eq!(imported.summary(), "Answers imported for 2 skills.");

    // With left-out entries, the notice follows.
    let mut extra = sample();
    extra.ratings.insert("rust".into(), Rating::Level(3));
    let imported = import(&c, &export(&c, &extra, None)).unwrap();
    assert_eq!(
        imported.summary(),
        "Answers imported for 2 skills. \
         1 answer in the file doesn't fit this version of the app and was left out."
    );
}

#[test]
fn the_mode_is_written_and_read_back_and_old_files_are_checked() {
    let c = tiny_catalog();
    let checked = export(&c, &sample(), None);
    let value: Value = serde_json::from_str(&checked).unwrap();
    assert_eq!(value["mode"], "checked");
    assert_eq!(
        import(&c, &checked).unwrap().result.mode,
        ResultMode::Checked
    );

    let quick = export_mode(&c, &sample(), None, ResultMode::Quick);
    let value: Value = serde_json::from_str(&quick).unwrap();
    assert_eq!(value["mode"], "quick");
    assert_eq!(
        value["answers"]["checks"],
        json!({}),
        "a quick result has no check answers"
    );
    let imported = import(&c, &quick).unwrap();
    assert_eq!(imported.result.mode, ResultMode::Quick);
    assert_eq!(imported.result.answers.level("python"), Some(4));

    // A file from before the mode field: checked.
    let mut old: Value = serde_json::from_str(&checked).unwrap();
    old.as_object_mut().unwrap().remove("mode");
    let old = import(&c, &old.to_string()).unwrap();
    assert_eq!(old.result.mode, ResultMode::Checked);

    let mut odd: Value = serde_json::from_str(&checked).unwrap();
    odd["mode"] = json!("fast");
    assert_eq!(import(&c, &odd.to_string()), Err(ImportError::Damaged));
}
