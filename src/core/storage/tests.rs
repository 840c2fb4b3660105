use super::*;
use crate::core::answers::CheckOutcome;
use crate::core::testing::{answer, tiny_catalog};
// The tests read and write the stored text with serde_json: the format is checked
// against an independent JSON library, not against the app's own.
use serde_json::{json, Value};

/// What keeps answers from being lost: newer formats, set-aside answers, picked choices.
mod kept;

/// A quiz mid-way through the check phase: python 4 (two checks), sql skipped,
/// communication 2, one check answered.
fn sample(catalog: &QuizCatalog) -> Quiz {
    let mut quiz = Quiz::new(catalog);
    quiz.rate(catalog, 4);
    quiz.next(catalog);
    quiz.skip(catalog);
    quiz.rate(catalog, 2);
    quiz.next(catalog);
    answer(&mut quiz, catalog, 1);
    assert_eq!(quiz.current(), &Step::Check("python-3".into()));
    quiz
}

/// Stored text in format 1 with the given answers and position.
fn stored(ratings: Value, checks: Value, position: Value) -> String {
    json!({
        "format": 1,
        "data_version": 1,
        "answers": { "ratings": ratings, "checks": checks },
        "position": position,
        "finished": false,
    })
    .to_string()
}

#[test]
fn save_writes_the_documented_format() {
    let c = tiny_catalog();
    let text = save(&sample(&c), &c);
    let value: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        value,
        json!({
            "format": 1,
            "data_version": 1,
            "answers": {
                "ratings": { "python": 4, "sql": "skipped", "communication": 2 },
                "checks": { "python-4": "wrong" },
            },
            "set_aside": {},
            "choices": { "python-4": 1 },
            "position": { "check": "python-3" },
            "finished": false,
        })
    );
}

#[test]
fn save_then_load_gives_the_same_quiz() {
    let c = tiny_catalog();
    let mut finished = sample(&c);
    finished.finish();
    let mut at_skill = sample(&c);
    at_skill.jump(&c, Step::Skill("sql".into()));
    for quiz in [Quiz::new(&c), sample(&c), finished, at_skill] {
        let loaded = load(&save(&quiz, &c), &c);
        assert_eq!(loaded.notice, None);
        assert_eq!(loaded.quiz, quiz);
        assert_eq!(loaded.quiz.current(), quiz.current());
    }
}

#[test]
fn entries_that_no_longer_fit_are_dropped_and_counted() {
    let c = tiny_catalog();
    let text = stored(
        json!({
            "python": 4,
            "sql": 2,
            "communication": "skipped",
            "go": 3,                   // skill not in this catalog
            "ruby-rails": "skipped",   // same
        }),
        json!({
            "python-4": "right",
            "sql-2": "wrong",
            "sql-5": "right",          // exists, not asked for sql 2: set aside
            "go-2": "right",           // no such question
            "python-3": "maybe",       // not an outcome
        }),
        json!({ "skill": "sql" }),
    );
    let loaded = load(&text, &c);
    assert_eq!(
        loaded.notice,
        Some(StorageNotice::Dropped {
            skills: 2,
            checks: 2
        })
    );
    let answers = loaded.quiz.answers();
    let skills: Vec<&str> = answers.ratings.keys().map(String::as_str).collect();
    assert_eq!(skills, ["communication", "python", "sql"]);
    let checks: Vec<&str> = answers.checks.keys().map(String::as_str).collect();
    assert_eq!(checks, ["python-4", "sql-2"]);
    let aside: Vec<&str> = loaded.quiz.set_aside().keys().map(String::as_str).collect();
    assert_eq!(aside, ["sql-5"]);
    assert_eq!(loaded.quiz.current(), &Step::Skill("sql".into()));
}

#[test]
fn out_of_range_or_mistyped_levels_are_dropped() {
    let c = tiny_catalog();
    for bad in [
        json!(6),
        json!(-1),
        json!(2.5),
        json!(1e300),
        json!(u64::MAX),
        json!("3"),
        json!(null),
        json!(true),
        json!({ "level": 3 }),
        json!([3]),
    ] {
        let text = stored(
            json!({ "python": bad.clone(), "sql": 1 }),
            json!({}),
            json!(null),
        );
        let loaded = load(&text, &c);
        assert_eq!(
            loaded.notice,
            Some(StorageNotice::Dropped {
                skills: 1,
                checks: 0
            }),
            "{bad}"
        );
        assert_eq!(loaded.quiz.answers().ratings.len(), 1, "{bad}");
        assert_eq!(loaded.quiz.answers().level("sql"), Some(1));
    }
}

#[test]
fn a_position_that_is_gone_falls_back_to_the_first_unanswered_skill() {
    let c = tiny_catalog();
    for position in [
        json!({ "skill": "go" }),
        json!({ "check": "sql-5" }), // not selected
        json!({ "check": "go-2" }),
        json!({ "elsewhere": "python" }),
        json!({ "skill": "python", "check": "sql-2" }),
        json!({ "skill": 3 }),
        json!("python"),
        json!(7),
    ] {
        let text = stored(json!({ "python": 1 }), json!({}), position.clone());
        let loaded = load(&text, &c);
        assert_eq!(loaded.notice, None, "{position}");
        assert_eq!(
            loaded.quiz.current(),
            &Step::Skill("sql".into()),
            "{position}"
        );
    }
}

#[test]
fn missing_or_mistyped_optional_fields_are_tolerated() {
    let c = tiny_catalog();
    let loaded = load(r#"{"format":1}"#, &c);
    assert_eq!(loaded.notice, None);
    assert_eq!(loaded.quiz, Quiz::new(&c));
    let loaded = load(
        r#"{"format":1,"answers":{"ratings":{"sql":3}},"finished":"yes"}"#,
        &c,
    );
    assert_eq!(loaded.notice, None);
    assert!(!loaded.quiz.is_finished());
    assert_eq!(loaded.quiz.answers().level("sql"), Some(3));
    assert_eq!(loaded.quiz.current(), &Step::Skill("python".into()));
}

#[test]
fn unreadable_text_starts_fresh_with_the_corrupt_notice() {
    let c = tiny_catalog();
    let deep = "[".repeat(100_000);
    for garbage in [
        "not json",
        "{",
        "null",
        "[]",
        "42",
        "\"text\"",
        "{}",
        r#"{"format":"1"}"#,
        r#"{"format":0}"#,
        r#"{"format":-1}"#,
        r#"{"format":1.5}"#,
        r#"{"format":1e400}"#,
        r#"{"format":1,"answers":5}"#,
        r#"{"format":1,"answers":{"ratings":[]}}"#,
        r#"{"format":1,"answers":{"checks":"right"}}"#,
        deep.as_str(),
    ] {
        let loaded = load(garbage, &c);
        assert_eq!(loaded.notice, Some(StorageNotice::Corrupt), "{garbage:.40}");
        assert_eq!(loaded.quiz, Quiz::new(&c));
    }
}

#[test]
fn empty_text_means_nothing_stored() {
    let c = tiny_catalog();
    for empty in ["", "  \n"] {
        let loaded = load(empty, &c);
        assert_eq!(loaded.notice, None);
        assert_eq!(loaded.quiz, Quiz::new(&c));
    }
}

#[test]
fn every_truncation_and_byte_flip_of_a_save_loads_without_panic() {
    let c = tiny_catalog();
    let text = save(&sample(&c), &c);
    for end in (0..text.len()).filter(|&i| text.is_char_boundary(i)) {
        let _ = load(&text[..end], &c);
    }
    let bytes = text.as_bytes();
    for i in 0..bytes.len() {
        for replacement in [b'0', b'9', b'"', b'}', b'-', b'x'] {
            let mut changed = bytes.to_vec();
            changed[i] = replacement;
            if let Ok(s) = std::str::from_utf8(&changed) {
                let loaded = load(s, &c);
                // Whatever survives must fit the catalog.
                for id in loaded.quiz.answers().ratings.keys() {
                    assert!(c.skill(id).is_some(), "{s}");
                }
            }
        }
    }
}

#[test]
fn messages_are_plain_sentences() {
    assert_eq!(
        StorageNotice::Corrupt.message(),
        "We couldn't read your saved answers, so the quiz starts fresh."
    );
    assert!(StorageNotice::NewerFormat
        .message()
        .contains("newer version"));
    let one = StorageNotice::Dropped {
        skills: 1,
        checks: 0,
    };
    assert_eq!(
        one.message(),
        "The questions have changed since your last visit, so we removed answers that \
         no longer fit: 1 skill rating. Everything else was kept."
    );
    let checks_only = StorageNotice::Dropped {
        skills: 0,
        checks: 3,
    };
    assert!(checks_only.message().contains("fit: 3 check answers."));
    let both = StorageNotice::Dropped {
        skills: 2,
        checks: 1,
    };
    assert_eq!(
        both.message(),
        "The questions have changed since your last visit, so we removed answers that \
         no longer fit: 2 skill ratings and 1 check answer. Everything else was kept."
    );
}
