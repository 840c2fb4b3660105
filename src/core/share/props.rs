//! Property tests: round trips over random answer sets, and decoding never panics.

use proptest::collection::vec;
use proptest::prelude::*;

use super::fixtures::*;
use super::*;
use crate::core::catalog::Catalog;

fn catalogs() -> [Catalog; 3] {
    let real = real_shape_catalog();
    [tiny_with_cities(), grown(&real), real]
}

/// Edits `code` with (kind, position, character) triples: 0 replaces, 1 inserts, 2 deletes.
fn mutate(code: &str, edits: &[(u8, usize, char)]) -> String {
    let mut chars: Vec<char> = code.chars().collect();
    for &(kind, pos, c) in edits {
        let i = pos % (chars.len() + 1);
        match kind % 3 {
            0 if i < chars.len() => chars[i] = c,
            1 => chars.insert(i, c),
            2 if i < chars.len() => {
                chars.remove(i);
            }
            _ => {}
        }
    }
    chars.into_iter().collect()
}

/// A decoded result must be one the app can share again unchanged.
fn assert_consistent(catalog: &Catalog, decoded: &SharedResult) {
    let again = decode(catalog, &encode(catalog, decoded));
    assert_eq!(again.as_ref(), Ok(decoded));
}

proptest! {
    #[test]
    fn encode_then_decode_gives_the_answers_back(
        which in 0usize..3,
        ratings in vec(0u8..8, 0..25),
        outcomes in vec(0u8..4, 0..50),
        city in 0usize..12,
    ) {
        let c = &catalogs()[which];
        let r = result_from_numbers(c, &ratings, &outcomes, city);
        prop_assert_eq!(decode(c, &encode(c, &r)), Ok(r));
    }

    #[test]
    fn any_full_quiz_code_fits_in_44_characters(
        ratings in vec(0u8..8, 22),
        outcomes in vec(0u8..4, 66),
        city in 0usize..11,
        target in 0usize..3,
    ) {
        let c = real_shape_catalog();
        let mut r = result_from_numbers(&c, &ratings, &outcomes, city);
        r.target = target.checked_sub(1).map(|i| c.roles[i].id.clone());
        let code = encode(&c, &r);
        prop_assert!(code.len() <= 44, "{}", code);
    }

    #[test]
    fn decoding_any_string_never_panics(s in ".{0,60}", t in "[A-Za-z0-9_-]{0,40}") {
        let c = real_shape_catalog();
        for input in [&s, &t] {
            if let Ok(r) = decode(&c, input) {
                assert_consistent(&c, &r);
            }
        }
    }

    #[test]
    fn mutated_codes_never_panic_and_one_typo_is_always_caught(
        ratings in vec(0u8..8, 22),
        outcomes in vec(0u8..4, 38),
        edits in vec((0u8..3, any::<usize>(), prop::char::range('+', 'z')), 1..4),
    ) {
        let c = real_shape_catalog();
        let code = encode(&c, &result_from_numbers(&c, &ratings, &outcomes, 3));
        let mutated = mutate(&code, &edits);
        if let Ok(r) = decode(&c, &mutated) {
            assert_consistent(&c, &r);
        }
        let typo = mutate(&code, &edits[..1]);
        if edits[0].0 == 0 && typo != code && typo.chars().all(link::is_code_char) {
            prop_assert_eq!(decode(&c, &typo), Err(ShareError::Damaged));
        }
    }
}
