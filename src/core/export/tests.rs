use super::*;
use crate::core::answers::{CheckOutcome, Rating};
use crate::core::catalog::{CityFigure, Usd};
use crate::core::testing::tiny_catalog;
use serde_json::{json, Value};

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
fn bad_files_are_refused_with_their_own_error() {
    let c = tiny_catalog();
    let ours = |extra: Value| {
        let mut v = json!({ "app": "skillcheck", "format": 1, "data_version": 1,
            "answers": { "ratings": { "python": { "level": 1 } }, "checks": {} }, "city": null });
        for (k, x) in extra.as_object().unwrap() {
            v[k] = x.clone();
        }
        v.to_string()
    };
    let cases = [
        (String::new(), ImportError::NotJson),
        ("\u{89}PNG\r\n".to_string(), ImportError::NotJson),
        ("not json {".to_string(), ImportError::NotJson),
        ("[1, 2".to_string(), ImportError::NotJson),
        ("{\"app\": \"skillcheck\"".to_string(), ImportError::Damaged),
        (
            "{\"app\": \"skillcheck\",}".to_string(),
            ImportError::NotJson,
        ),
        ("[1, 2]".to_string(), ImportError::NotOurs),
        (json!({ "format": 1 }).to_string(), ImportError::NotOurs),
        (ours(json!({ "app": "other" })), ImportError::NotOurs),
        (ours(json!({ "format": 2 })), ImportError::NewerFormat),
        (ours(json!({ "format": 0 })), ImportError::Damaged),
        (ours(json!({ "format": "1" })), ImportError::Damaged),
        (ours(json!({ "answers": [] })), ImportError::Damaged),
        (
            ours(json!({ "answers": { "ratings": { "python": 300 }, "checks": {} } })),
            ImportError::Damaged,
        ),
        (ours(json!({ "city": 3 })), ImportError::Damaged),
        (
            ours(json!({ "answers": { "ratings": {}, "checks": {} } })),
            ImportError::NothingToImport,
        ),
        (
            ours(json!({ "answers": { "ratings": { "rust": "skipped" }, "checks": {} } })),
            ImportError::NothingToImport,
        ),
    ];
    for (text, error) in cases {
        assert_eq!(import(&c, &text), Err(error.clone()), "{text}");
    }
    assert!(import(&c, &ours(json!({}))).is_ok());
}

#[test]
fn every_error_has_its_own_sentence_saying_nothing_changed() {
    let all = [
        ImportError::TooLarge,
        ImportError::NotJson,
        ImportError::NotOurs,
        ImportError::NewerFormat,
        ImportError::Damaged,
        ImportError::NothingToImport,
    ];
    let messages: Vec<&str> = all.iter().map(ImportError::message).collect();
    for (i, m) in messages.iter().enumerate() {
        assert!(m.ends_with("Nothing was changed."), "{m}");
        assert!(!messages[..i].contains(m), "repeated: {m}");
    }
}

#[test]
fn edited_files_never_panic_and_whatever_imports_fits_the_catalog() {
    let c = with_city();
    let valid: Vec<char> = export(&c, &sample(), Some("austin")).chars().collect();
    let alphabet: Vec<char> = "{}[]\":,0123456789 -abcdefghijklmnopqrstuvwxyz\u{e9}"
        .chars()
        .collect();
    let mut seed = 7u64;
    let mut next = |n: usize| {
        // A small linear congruential generator: deterministic, no dependency.
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) as usize % n
    };
    let mut imported = 0;
    for _ in 0..5000 {
        let mut text = valid.clone();
        for _ in 0..1 + next(3) {
            let at = next(text.len());
            match next(3) {
                0 => text[at] = alphabet[next(alphabet.len())],
                1 => text.insert(at, alphabet[next(alphabet.len())]),
                _ => {
                    text.remove(at);
                }
            }
        }
        let text: String = text.into_iter().collect();
        if let Ok(result) = import(&c, &text) {
            imported += 1;
            let r = &result.result;
            let shared = share::shareable(&c, r);
            assert_eq!(
                (&shared.answers.ratings, &shared.city),
                (&r.answers.ratings, &r.city),
                "{text}"
            );
            // Every check answer kept could be asked for its skill's rating.
            for id in r.answers.checks.keys() {
                let q = c.question(id).expect(id);
                assert!(
                    r.answers.level(&q.skill).is_some_and(|l| q.level <= l),
                    "{text}"
                );
            }
        }
    }
    // Edits inside whitespace or names still import; most others don't.
    assert!(imported > 0 && imported < 5000, "{imported}");
}

#[test]
fn a_file_over_the_limit_is_refused_as_too_large() {
    let c = with_city();
    let text = export(&c, &sample(), Some("austin"));
    // The same export padded with spaces: fine up to the limit, refused past it.
    let at_limit = format!("{text}{}", " ".repeat(MAX_IMPORT_BYTES - text.len()));
    assert!(import(&c, &at_limit).is_ok());
    let over = format!("{at_limit} ");
    assert_eq!(import(&c, &over), Err(ImportError::TooLarge));
    assert_eq!(
        import(&c, &"x".repeat(10 * MAX_IMPORT_BYTES)),
        Err(ImportError::TooLarge)
    );
    assert!(ImportError::TooLarge.message().contains("too large"));
}

#[test]
fn every_cut_off_export_is_damaged() {
    let c = with_city();
    let text = export(&c, &sample(), Some("austin"));
    for (at, _) in text.char_indices().skip(1) {
        let cut = &text[..at];
        assert_eq!(import(&c, cut), Err(ImportError::Damaged), "{cut}");
        assert_eq!(
            import(&c, &format!("\n  {cut}")),
            Err(ImportError::Damaged),
            "{cut}"
        );
    }
    let message = ImportError::Damaged.message();
    assert!(
        message.contains("damaged") && message.contains("cut off"),
        "{message}"
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
