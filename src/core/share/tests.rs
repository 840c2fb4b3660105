//! Unit tests of the share-code format: layout, errors, catalog growth, length bound.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

use super::checksum::crc16;
use super::fixtures::*;
use super::*;
use crate::core::answers::{CheckOutcome, Rating};
use crate::core::checks;
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

fn example() -> SharedResult {
    let mut r = SharedResult::default();
    r.answers.ratings.insert("python".into(), Rating::Level(4));
    r.answers.ratings.insert("sql".into(), Rating::Skipped);
    r.answers
        .checks
        .insert("python-4".into(), CheckOutcome::Right);
    r.answers
        .checks
        .insert("python-3".into(), CheckOutcome::Wrong);
    r
}

#[test]
fn layout_matches_the_documented_bits() {
    // format 1 | data_version 1 | no city | python 4, sql skipped, communication not
    // answered | python-4 right, python-3 wrong.
    let bits = "0001 00001 00000 100 110 111 01 10";
    assert_eq!(encode(&tiny_catalog(), &example()), code_from_bits(bits));
    let mut with_city = example();
    with_city.city = Some("chicago".into());
    let bits = "0001 00001 00011 100 110 111 01 10";
    assert_eq!(
        encode(&tiny_with_cities(), &with_city),
        code_from_bits(bits)
    );
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
    let newer_format = code_from_bits("0010 00001 00000 111 111 111");
    assert_eq!(
        decode(&c, &newer_format),
        Err(ShareError::NewerVersion {
            kind: VersionKind::Format,
            code_version: 2,
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

/// A code made by the version-1 tiny catalog with `python 4` (python-4 right, python-3
/// wrong), `sql 3` (sql-3 skipped), `communication 2` and the city "boston". Frozen:
/// if this test fails, links people already shared have stopped working.
const FROZEN_V1_CODE: &str = "EIo02ODY";

fn frozen_v1_result() -> SharedResult {
    let mut r = SharedResult::default();
    r.answers.ratings.insert("python".into(), Rating::Level(4));
    r.answers.ratings.insert("sql".into(), Rating::Level(3));
    r.answers
        .ratings
        .insert("communication".into(), Rating::Level(2));
    r.answers
        .checks
        .insert("python-4".into(), CheckOutcome::Right);
    r.answers
        .checks
        .insert("python-3".into(), CheckOutcome::Wrong);
    r.answers
        .checks
        .insert("sql-3".into(), CheckOutcome::Skipped);
    r.city = Some("boston".into());
    r
}

#[test]
fn a_frozen_version_1_code_still_decodes_in_the_grown_catalog() {
    let v1 = tiny_with_cities();
    assert_eq!(encode(&v1, &frozen_v1_result()), FROZEN_V1_CODE);
    assert_eq!(decode(&grown(&v1), FROZEN_V1_CODE), Ok(frozen_v1_result()));
}

#[test]
fn codes_from_the_earlier_catalog_decode_the_same_in_the_grown_one() {
    let v1 = real_shape_catalog();
    let v2 = grown(&v1);
    for seed in 0u8..=50 {
        let ratings: Vec<u8> = (0..22)
            .map(|i| seed.wrapping_mul(7).wrapping_add(i * 3))
            .collect();
        let outcomes: Vec<u8> = (0..44).map(|i| seed.wrapping_add(i)).collect();
        let r = result_from_numbers(&v1, &ratings, &outcomes, seed as usize);
        let old_code = encode(&v1, &r);
        assert_eq!(decode(&v2, &old_code), Ok(r.clone()), "{old_code}");
        // In the grown catalog, sql 3 is checked with the new question instead.
        if r.answers.level("sql") == Some(3) {
            let asked = checks::selected(&v2, &r.answers, 2);
            assert!(asked.iter().any(|q| q.id == "sql-3b"));
        }
    }
}

#[test]
fn the_full_quiz_worst_case_fits_in_32_characters() {
    let c = real_shape_catalog();
    let worst = worst_case(&c);
    assert_eq!(worst.answers.ratings.len(), 22);
    assert_eq!(worst.answers.checks.len(), 38);
    assert_eq!(worst.city.as_deref(), Some("city-9"));
    let code = encode(&c, &worst);
    assert!(code.len() <= 32, "{} characters: {code}", code.len());
    println!("worst case: {} characters: {code}", code.len());
    assert_eq!(decode(&c, &code), Ok(worst));
}
