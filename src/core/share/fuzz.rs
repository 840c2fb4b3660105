//! A fuzz loop over `decode`: random text, random code-like strings, and valid codes with
//! random edits, some pasted inside links. `SHARE_FUZZ_COUNT` sets how many inputs
//! (default 10,000); `scripts/fuzz-share.sh` runs a million in an optimised build.

use std::panic::{catch_unwind, AssertUnwindSafe};

use super::fixtures::*;
use super::*;
use crate::core::catalog::Catalog;

const DEFAULT_COUNT: u64 = 10_000;
const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// SplitMix64: a tiny, well-known generator, so every run sees the same inputs.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn bytes(&mut self, n: usize, range: usize) -> Vec<u8> {
        (0..n).map(|_| self.below(range) as u8).collect()
    }

    fn code_char(&mut self) -> char {
        ALPHABET[self.below(ALPHABET.len())] as char
    }
}

/// A valid code, and the same code with one to three random edits.
fn valid_and_mutated(rng: &mut Rng, catalog: &Catalog) -> (String, String) {
    let ratings = rng.bytes(catalog.skills.len(), 8);
    let outcomes = rng.bytes(2 * catalog.skills.len(), 4);
    let city = rng.below(catalog.salaries.cities.len() + 1);
    let code = encode(
        catalog,
        &result_from_numbers(catalog, &ratings, &outcomes, city),
    );
    let mut chars: Vec<char> = code.chars().collect();
    for _ in 0..1 + rng.below(3) {
        let at = rng.below(chars.len() + 1);
        // Mostly characters a code can hold; sometimes any printable ASCII.
        let c = if rng.below(8) == 0 {
            (b' ' + rng.below(95) as u8) as char
        } else {
            rng.code_char()
        };
        match rng.below(3) {
            0 if at < chars.len() => chars[at] = c,
            2 if at < chars.len() => {
                chars.remove(at);
            }
            _ => chars.insert(at, c),
        }
    }
    (code, chars.into_iter().collect())
}

#[derive(Default, Debug)]
struct Tally {
    inputs: u64,
    decoded: u64,
    mutated: u64,
    mutated_rejected: u64,
    failures: Vec<String>,
}

impl Tally {
    /// Decodes `input`, catching a panic or an inconsistent result as a failure. A result
    /// re-shared with this catalog must keep exactly what `shareable` keeps (all of it,
    /// unless the code was made with an older catalog whose checks this one picks anew).
    fn decode(&mut self, catalog: &Catalog, input: &str) -> bool {
        self.inputs += 1;
        let outcome = catch_unwind(AssertUnwindSafe(|| {
            let decoded = decode(catalog, input).ok()?;
            let again = decode(catalog, &encode(catalog, &decoded));
            Some(again == Ok(shareable(catalog, &decoded)))
        }));
        match outcome {
            Ok(None) => false,
            Ok(Some(true)) => {
                self.decoded += 1;
                true
            }
            Ok(Some(false)) => self.fail(format!("decoded but not stable: {input:?}")),
            Err(_) => self.fail(format!("panicked: {input:?}")),
        }
    }

    fn fail(&mut self, what: String) -> bool {
        if self.failures.len() < 20 {
            self.failures.push(what);
        }
        true
    }
}

fn run(count: u64) -> Tally {
    let v1 = real_shape_catalog();
    let v2 = grown(&v1);
    let mut rng = Rng(0x5EED_5A4E);
    let mut tally = Tally::default();
    while tally.inputs < count {
        let catalog = if rng.below(2) == 0 { &v1 } else { &v2 };
        match tally.inputs % 4 {
            0 => {
                let len = rng.below(48);
                let bytes = rng.bytes(len, 256);
                tally.decode(catalog, &String::from_utf8_lossy(&bytes));
            }
            1 => {
                let len = rng.below(40);
                let s: String = (0..len).map(|_| rng.code_char()).collect();
                tally.decode(catalog, &s);
            }
            kind => {
                let (code, mutated) = valid_and_mutated(&mut rng, &v1);
                let input = if kind == 3 {
                    format!(" https://example.org/#{mutated} ")
                } else {
                    mutated.clone()
                };
                let accepted = tally.decode(catalog, &input);
                // Edits that only add a `#`, `=` or punctuation around the code are no damage.
                if code_from_link(&mutated) != code {
                    tally.mutated += 1;
                    tally.mutated_rejected += u64::from(!accepted);
                }
            }
        }
    }
    tally
}

#[test]
fn fuzz_decode() {
    let count = std::env::var("SHARE_FUZZ_COUNT")
        .ok()
        .and_then(|s| s.replace('_', "").parse().ok())
        .unwrap_or(DEFAULT_COUNT);
    let tally = run(count);
    println!(
        "share fuzz: {} inputs, {} decoded, {} of {} mutated codes rejected, {} failures",
        tally.inputs,
        tally.decoded,
        tally.mutated_rejected,
        tally.mutated,
        tally.failures.len()
    );
    for failure in &tally.failures {
        println!("  {failure}");
    }
    assert!(tally.failures.is_empty());
    assert_eq!(tally.inputs, count);
    // Damage must almost always be noticed (a 16-bit checksum misses about 1 in 65,536).
    assert!(
        tally.mutated_rejected * 100 >= tally.mutated * 99,
        "{tally:?}"
    );
}
