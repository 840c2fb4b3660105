//! Links made before today's format and data: format-1 codes and codes from an earlier
//! catalog must keep opening with the same ratings and outcomes.

use super::fixtures::*;
use super::*;
use crate::core::answers::{CheckOutcome, Rating};
use crate::core::catalog::Catalog;
use crate::core::checks;

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

/// One of 51 varied results in `catalog` (ratings and outcomes from `seed`), with the
/// outcome numbers it was made from.
fn seeded_result(catalog: &Catalog, seed: u8) -> (SharedResult, Vec<u8>) {
    let ratings: Vec<u8> = (0..22)
        .map(|i| seed.wrapping_mul(7).wrapping_add(i * 3))
        .collect();
    let outcomes: Vec<u8> = (0..44).map(|i| seed.wrapping_add(i)).collect();
    let result = result_from_numbers(catalog, &ratings, &outcomes, seed as usize);
    (result, outcomes)
}

#[test]
fn a_frozen_version_1_code_still_decodes_in_the_grown_catalog() {
    let v1 = tiny_with_cities();
    assert_eq!(format1::encode(&v1, &frozen_v1_result()), FROZEN_V1_CODE);
    let mut expected = frozen_v1_result();
    expected.notes = vec![ShareNote::MadeBeforeTargets];
    assert_eq!(decode(&grown(&v1), FROZEN_V1_CODE), Ok(expected));
}

/// Format-1 codes keep their outcomes, read with format 1's own rule (two questions from
/// level 4, whatever the first answer), so the trusted levels are what they were.
#[test]
fn format_1_codes_decode_the_same_in_the_grown_catalog() {
    let v1 = real_shape_catalog();
    let v2 = grown(&v1);
    for seed in 0u8..=50 {
        let (mut r, outcomes) = seeded_result(&v1, seed);
        // Format 1 asked by its own rule: give every question it asked an outcome.
        for (q, n) in checks::format1::selected(&v1, &r.answers, 1)
            .iter()
            .zip(&outcomes)
        {
            match n % 3 {
                0 => r.answers.checks.insert(q.id.clone(), CheckOutcome::Right),
                1 => r.answers.checks.insert(q.id.clone(), CheckOutcome::Wrong),
                _ => r.answers.checks.remove(&q.id),
            };
        }
        let asked: Vec<String> = checks::format1::selected(&v1, &r.answers, 1)
            .iter()
            .map(|q| q.id.clone())
            .collect();
        r.answers.checks.retain(|id, _| asked.contains(id));
        let old_code = format1::encode(&v1, &r);
        let mut expected = r.clone();
        expected.notes = vec![ShareNote::MadeBeforeTargets];
        assert_eq!(decode(&v2, &old_code), Ok(expected), "{old_code}");
    }
}

#[test]
fn codes_from_the_earlier_catalog_decode_the_same_in_the_grown_one() {
    let v1 = real_shape_catalog();
    let v2 = grown(&v1);
    for seed in 0u8..=50 {
        let (r, _) = seeded_result(&v1, seed);
        let old_code = encode(&v1, &r);
        assert_eq!(decode(&v2, &old_code), Ok(r.clone()), "{old_code}");
        // In the grown catalog, sql 3 is checked with the new question instead.
        if r.answers.level("sql") == Some(3) {
            let asked = checks::selected(&v2, &r.answers, 2);
            assert!(asked.iter().any(|q| q.id == "sql-3b"));
        }
    }
}
