//! Benchmark (not a test): how long `core::results::results` takes to score every role,
//! calibrate, rank and plan for a full answer set against the real catalog. Prints the
//! median of many runs next to the 16 ms goal; never fails on a timing.
//!
//! Run: `cargo run --release --offline --example bench_results` (or `make bench`).

use skillcheck::core::answers::{Answers, CheckOutcome, Rating};
use skillcheck::core::catalog::{Catalog, FILES};
use skillcheck::core::checks;
use skillcheck::core::results::results;
use std::hint::black_box;
use std::time::{Duration, Instant};

const RUNS: usize = 200;
const GOAL: Duration = Duration::from_millis(16);

fn catalog() -> Catalog {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data");
    let texts = FILES.map(|f| {
        std::fs::read_to_string(dir.join(f)).unwrap_or_else(|e| panic!("cannot read {f}: {e}"))
    });
    Catalog::from_sources(texts.each_ref().map(String::as_str))
        .unwrap_or_else(|e| panic!("catalog does not load: {e:?}"))
}

/// Every skill answered (levels 0 to 5 in turn, one skipped), every check asked answered,
/// every third one wrong: the most work `results` ever does.
fn full_answers(c: &Catalog) -> Answers {
    let mut a = Answers::default();
    for (i, s) in c.skills.iter().enumerate() {
        let rating = if i == 7 {
            Rating::Skipped
        } else {
            Rating::Level((i % 6) as u8)
        };
        a.ratings.insert(s.id.clone(), rating);
    }
    for (i, q) in checks::selected(c, &a, c.meta.data_version)
        .into_iter()
        .enumerate()
    {
        let outcome = if i % 3 == 0 {
            CheckOutcome::Wrong
        } else {
            CheckOutcome::Right
        };
        a.checks.insert(q.id.clone(), outcome);
    }
    a
}

fn main() {
    let c = catalog();
    let a = full_answers(&c);
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            black_box(results(black_box(&c), black_box(&a)));
            start.elapsed()
        })
        .collect();
    times.sort();
    let median = times[RUNS / 2];
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "score all {} roles (results(), native release): median {:.3} ms, fastest {:.3} ms, slowest {:.3} ms over {RUNS} runs; goal under {} ms",
        c.roles.len(),
        ms(median),
        ms(times[0]),
        ms(times[RUNS - 1]),
        GOAL.as_millis()
    );
}
