//! Unit tests of the share-code format: layout, errors, catalog growth, length bound.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

use super::checksum::crc16;
use super::fixtures::*;
use super::*;
use crate::core::answers::{CheckOutcome, Rating};
use crate::core::mode::ResultMode;
use crate::core::testing::tiny_catalog;

/// A code from a payload written out as '0'/'1' text (spaces ignored), per the doc.
fn code_from_bits(bits: &str) -> String {
    let bits: Vec<u8> = bits
        .bytes()
        .filter(|b| *b != b' ')
        .map(|b| b - b'0')
        .collect();
    let mut payload: Vec<u8> = bits
        .chunks(8)
        .map(|chunk| {
            let byte = chunk.iter().fold(0u8, |acc, b| (acc << 1) | b);
            byte << (8 - chunk.len())
        })
        .collect();
    let sum = crc16(&payload);
    payload.extend_from_slice(&sum.to_be_bytes());
    URL_SAFE_NO_PAD.encode(payload)
}

/// python 4 (the level-4 question missed, so the level-3 one asked: right), sql skipped.
fn example() -> SharedResult {
    let mut r = SharedResult::default();
    r.answers.ratings.insert("python".into(), Rating::Level(4));
    r.answers.ratings.insert("sql".into(), Rating::Skipped);
    r.answers
        .checks
        .insert("python-4".into(), CheckOutcome::Wrong);
    r.answers
        .checks
        .insert("python-3".into(), CheckOutcome::Right);
    r
}

#[test]
fn layout_matches_the_documented_bits() {
    // format 2 | data_version 1 | no city | no target | checked | python 4, sql skipped,
    // communication not answered | python-4 wrong, python-3 right.
    let bits = "0010 00001 00000 00000 0 100 110 111 10 01";
    assert_eq!(encode(&tiny_catalog(), &example()), code_from_bits(bits));
    let mut aimed = example();
    aimed.city = Some("chicago".into());
    aimed.target = Some(tiny_catalog().roles[1].id.clone());
    let bits = "0010 00001 00011 00010 0 100 110 111 10 01";
    assert_eq!(encode(&tiny_with_cities(), &aimed), code_from_bits(bits));
    // A quick result has no check outcomes.
    let mut quick = example();
    quick.mode = ResultMode::Quick;
    let bits = "0010 00001 00000 00000 1 100 110 111";
    assert_eq!(encode(&tiny_catalog(), &quick), code_from_bits(bits));
}

#[test]
fn target_and_mode_round_trip() {
    let c = tiny_with_cities();
    for role in &c.roles {
        let mut r = example();
        r.target = Some(role.id.clone());
        assert_eq!(decode(&c, &encode(&c, &r)), Ok(r.clone()));
        r.mode = ResultMode::Quick;
        r.answers.checks.clear();
        assert_eq!(decode(&c, &encode(&c, &r)), Ok(r));
    }
}

#[test]
fn an_unknown_target_opens_with_the_default_and_a_note() {
    // Target 3 in a catalog of two roles.
    let code = code_from_bits("0010 00001 00000 00100 0 100 110 111 10 01");
    let mut expected = example();
    expected.notes = vec![ShareNote::UnknownTarget];
    assert_eq!(decode(&tiny_catalog(), &code), Ok(expected));
}

#[test]
fn a_miss_opens_the_next_question_and_an_unanswered_one_ends_the_skill() {
    let c = tiny_catalog();
    // python 5: level 5 missed, level 4 missed, level 3 not answered; sql 2: right.
    let bits = "0010 00001 00000 00000 0 101 010 111 10 10 00 01";
    let r = decode(&c, &code_from_bits(bits)).unwrap();
    let outcomes: Vec<(&str, CheckOutcome)> = r
        .answers
        .checks
        .iter()
        .map(|(k, v)| (k.as_str(), *v))
        .collect();
    assert_eq!(
        outcomes,
        [
            ("python-4", CheckOutcome::Wrong),
            ("python-5", CheckOutcome::Wrong),
            ("sql-2", CheckOutcome::Right)
        ]
    );
    assert_eq!(encode(&c, &r), code_from_bits(bits));
}

#[test]
fn round_trips_examples() {
    let c = tiny_with_cities();
    let mut r = example();
    assert_eq!(decode(&c, &encode(&c, &r)), Ok(r.clone()));
    r.city = Some("austin".into());
    r.answers
        .ratings
        .insert("communication".into(), Rating::Level(0));
    assert_eq!(decode(&c, &encode(&c, &r)), Ok(r.clone()));
    assert_eq!(
        decode(&c, &encode(&c, &SharedResult::default())),
        Ok(SharedResult::default())
    );
}

#[test]
fn decodes_a_whole_link_with_whitespace() {
    let c = tiny_catalog();
    let link = format!(
        "  https://example.org/skillcheck/#{}\n",
        encode(&c, &example())
    );
    assert_eq!(decode(&c, &link), Ok(example()));
}

#[test]
fn keeps_only_what_the_format_holds() {
    let c = tiny_with_cities();
    let mut junk = example();
    junk.answers
        .ratings
        .insert("no-such-skill".into(), Rating::Level(3));
    junk.answers
        .ratings
        .insert("communication".into(), Rating::Level(9));
    junk.answers
        .checks
        .insert("sql-2".into(), CheckOutcome::Right);
    junk.answers
        .checks
        .insert("no-such-question".into(), CheckOutcome::Right);
    junk.city = Some("atlantis".into());
    assert_eq!(shareable(&c, &junk), example());
    assert_eq!(encode(&c, &junk), encode(&c, &example()));
}

#[test]
fn empty_and_foreign_text_get_their_own_errors() {
    let c = tiny_catalog();
    for empty in ["", "   \n", "https://example.org/#", "\"#\"", "!?"] {
        assert_eq!(decode(&c, empty), Err(ShareError::Empty), "{empty:?}");
    }
    for foreign in ["hello world", "https://example.org/page", "abc$def", "ÄÖÜ"] {
        assert_eq!(
            decode(&c, foreign),
            Err(ShareError::NotACode),
            "{foreign:?}"
        );
    }
}

#[test]
fn cut_off_codes_are_damaged() {
    let c = real_shape_catalog();
    let code = encode(&c, &worst_case(&c));
    for keep in 0..code.len() {
        let err = decode(&c, &code[..keep]).unwrap_err();
        let expected = if keep == 0 {
            ShareError::Empty
        } else {
            ShareError::Damaged
        };
        assert_eq!(err, expected, "kept {keep} characters");
    }
}

#[test]
fn every_single_mistyped_character_is_caught() {
    let c = real_shape_catalog();
    let code = encode(&c, &worst_case(&c));
    let alphabet: Vec<char> = ('A'..='Z')
        .chain('a'..='z')
        .chain('0'..='9')
        .chain(['-', '_'])
        .collect();
    for (i, original) in code.char_indices() {
        for &typo in alphabet.iter().filter(|&&t| t != original) {
            let mut bad = code.clone();
            bad.replace_range(i..i + 1, &typo.to_string());
            assert_eq!(decode(&c, &bad), Err(ShareError::Damaged), "{bad}");
        }
    }
}

#[test]
fn codes_from_a_newer_format_or_newer_data_say_so() {
    let c = tiny_catalog();
    let newer_format = code_from_bits("0011 00001 00000 111 111 111");
    assert_eq!(
        decode(&c, &newer_format),
        Err(ShareError::NewerVersion {
            kind: VersionKind::Format,
            code_version: 3,
            app_version: FORMAT_VERSION,
        })
    );
    let newer_data = encode(&grown(&c), &example());
    assert_eq!(
        decode(&c, &newer_data),
        Err(ShareError::NewerVersion {
            kind: VersionKind::Data,
            code_version: 2,
            app_version: 1,
        })
    );
}

#[test]
fn well_checksummed_nonsense_is_damaged() {
    let c = tiny_catalog();
    let cases = [
        ("format 0", "0000 00001 00000 111 111 111"),
        (
            "a whole spare byte",
            "0001 00001 00000 111 111 111 00000000",
        ),
        ("padding not zero", "0001 00001 00000 111 111 111 1"),
        ("stops after the header", "0001 00001 00000"),
        ("stops inside a number", "0001 10001"),
        (
            "data version spelled long",
            "0001 10001 00000 00000 111 111 111",
        ),
    ];
    for (what, bits) in cases {
        assert_eq!(
            decode(&c, &code_from_bits(bits)),
            Err(ShareError::Damaged),
            "{what}"
        );
    }
    // The same frame, well formed, does decode: the cases above fail for their reason.
    assert_eq!(
        decode(&c, &code_from_bits("0001 00001 00000 111 111 111")),
        Ok(SharedResult {
            notes: vec![ShareNote::MadeBeforeTargets],
            ..Default::default()
        })
    );
    assert_eq!(
        decode(&c, &code_from_bits("0010 00001 00000 00000 0 111 111 111")),
        Ok(SharedResult::default())
    );
}

#[test]
fn a_city_this_app_does_not_list_is_named_as_such() {
    let mut r = example();
    r.city = Some("chicago".into());
    let code = encode(&tiny_with_cities(), &r);
    assert_eq!(
        decode(&tiny_catalog(), &code),
        Err(ShareError::UnknownCity { index: 2 })
    );
}

#[test]
fn the_full_quiz_worst_case_fits_in_44_characters() {
    let c = real_shape_catalog();
    let worst = worst_case(&c);
    assert_eq!(worst.answers.ratings.len(), 22);
    // Every technical skill at 5 with levels 5, 4 and 3 missed: three questions each.
    assert_eq!(worst.answers.checks.len(), 57);
    assert_eq!(worst.city.as_deref(), Some("city-9"));
    let code = encode(&c, &worst);
    // 22 skills with three questions each, a city and a target of two groups: 42 characters.
    assert!(code.len() <= 44, "{} characters: {code}", code.len());
    println!("worst case: {} characters: {code}", code.len());
    assert_eq!(decode(&c, &code), Ok(worst));
}
