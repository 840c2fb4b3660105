use super::*;
use crate::core::fixtures::scoring_catalog;

fn pick(c: &Catalog, skill: &str, from: u8, to: u8) -> Vec<String> {
    for_step(c, skill, from, to, &mut ListSet::default())
}

#[test]
fn only_resources_for_the_levels_the_step_raises() {
    let c = scoring_catalog();
    // Reaching 1 and 2: the beginner ones, one on python alone first, the paid one last;
    // the intermediate and advanced ones serve neither level.
    assert_eq!(
        pick(&c, "python", 0, 2),
        ["py-free-beginner", "py-and-sql-course", "py-paid-beginner"]
    );
    // Reaching 3: the two that serve level 3, the one on python alone first.
    assert_eq!(
        pick(&c, "python", 2, 3),
        ["py-free-intermediate", "py-and-sql-course"]
    );
    // Reaching 4 and 5: start with one that serves 4 (the first level to reach).
    assert_eq!(
        pick(&c, "python", 3, 5),
        ["py-free-advanced", "py-free-intermediate"]
    );
    // A resource of another skill never shows.
    assert_eq!(pick(&c, "coding", 0, 2), ["coding-free"]);
    assert!(
        pick(&c, "coding", 3, 5).is_empty(),
        "coding-free serves up to 3"
    );
}

#[test]
fn start_here_serves_the_first_level_to_reach() {
    let c = scoring_catalog();
    // sql 1 -> 4: the free course serves level 2 (the first to reach); the freemium one
    // serves 2 too but costs, so it comes second.
    assert_eq!(pick(&c, "sql", 1, 4), ["py-and-sql-course", "sql-freemium"]);
    // sql 3 -> 4: only the freemium one serves level 4.
    assert_eq!(pick(&c, "sql", 3, 4), ["sql-freemium"]);
}

#[test]
fn used_resources_are_left_out_and_picks_are_recorded() {
    let c = scoring_catalog();
    let mut used = ListSet::default();
    let python = for_step(&c, "python", 0, 2, &mut used);
    assert!(python.iter().all(|id| used.contains(id)));
    assert_eq!(for_step(&c, "sql", 0, 2, &mut used), ["sql-freemium"]);
    assert!(for_step(&c, "python", 0, 2, &mut used).is_empty());
}

#[test]
fn a_malformed_range_serves_no_level() {
    let mut c = scoring_catalog();
    for r in &mut c.resources {
        for t in &mut r.skills {
            *t = t.replace('-', " ");
        }
    }
    assert!(pick(&c, "python", 0, 5).is_empty());
}
