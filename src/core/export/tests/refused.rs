//! Files the import refuses: bad, edited, too large or cut off, each with its own error.

use super::*;

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
        (String::new(), ImportError::Empty),
        (" \n".to_string(), ImportError::Empty),
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
        ImportError::Empty,
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
