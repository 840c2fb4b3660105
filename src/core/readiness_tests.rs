//! The readiness word's rules beyond the match: essential skills, several defining skills
//! short, and roles whose core the quiz can't see (`docs/scoring.md`, step 3).

use super::*;
use crate::core::answers::Rating;
use crate::core::testing::tiny_catalog;

fn rated(pairs: &[(&str, Rating)]) -> Answers {
    Answers {
        ratings: pairs.iter().map(|(s, r)| (s.to_string(), *r)).collect(),
        checks: Default::default(),
    }
}

fn python_role(c: &Catalog) -> &Role {
    c.role("python-developer").unwrap()
}

/// The tiny catalog's Python Developer with `sql` made essential (weight 3) and, if
/// `core`, defining; `communication` weighs `comm_weight`.
fn python_with_essential_sql(core: bool, comm_weight: u8) -> Catalog {
    let mut c = tiny_catalog();
    let role = c
        .roles
        .iter_mut()
        .find(|r| r.id == "python-developer")
        .unwrap();
    for req in &mut role.profile {
        match req.skill.as_str() {
            "sql" => (req.weight, req.core) = (3, core.then_some(true)),
            "communication" => req.weight = comm_weight,
            _ => {}
        }
    }
    c
}

#[test]
fn an_essential_skill_short_rules_out_ready_now_even_if_it_defines_nothing() {
    // python 5 (w3, core), sql 2 of 3 (w3, not core), communication 5 (w1):
    // (3 + 2 + 1) / 7 = 86%: enough for "ready now", but Git-like essentials come first.
    let c = python_with_essential_sql(false, 1);
    let a = rated(&[
        ("python", Rating::Level(5)),
        ("sql", Rating::Level(2)),
        ("communication", Rating::Level(5)),
    ]);
    let m = score_role(&c, &a, python_role(&c));
    assert_eq!(m.percent, 86);
    assert_eq!(m.readiness, Readiness::Close);
    let met = rated(&[
        ("python", Rating::Level(5)),
        ("sql", Rating::Level(3)),
        ("communication", Rating::Level(5)),
    ]);
    assert_eq!(
        score_role(&c, &met, python_role(&c)).readiness,
        Readiness::ReadyNow
    );
}

#[test]
fn several_defining_skills_short_are_close_only_when_the_rest_is_there() {
    // python 3 of 4 and sql 2 of 3, both defining: each one level short.
    let a = rated(&[
        ("python", Rating::Level(3)),
        ("sql", Rating::Level(2)),
        ("communication", Rating::Level(5)),
    ]);
    // (2.25 + 2 + 1) / 7 = 75%: a stretch.
    let c = python_with_essential_sql(true, 1);
    let m = score_role(&c, &a, python_role(&c));
    assert_eq!((m.percent, m.readiness), (75, Readiness::Stretch));
    // The rest of the profile weighs more: (2.25 + 2 + 10) / 16 = 89%: close.
    let c = python_with_essential_sql(true, 10);
    let m = score_role(&c, &a, python_role(&c));
    assert_eq!((m.percent, m.readiness), (89, Readiness::Close));
    // One defining skill short at 75%: close.
    let one_short = rated(&[
        ("python", Rating::Level(3)),
        ("sql", Rating::Level(3)),
        ("communication", Rating::Level(1)),
    ]);
    let c = python_with_essential_sql(true, 1);
    assert_eq!(
        score_role(&c, &one_short, python_role(&c)).readiness,
        Readiness::Close
    );
}

#[test]
fn general_coding_alone_never_makes_a_role_with_unseen_core_close() {
    use crate::core::fixtures::scoring_catalog;
    let mut c = scoring_catalog();
    let role = c
        .roles
        .iter_mut()
        .find(|r| r.id == "junior-back-end-developer")
        .unwrap();
    role.unmeasured = Some(vec![crate::core::catalog::Unmeasured {
        need: "Swift".into(),
        core: true,
    }]);
    let everything_5 = rated(
        &c.skills
            .iter()
            .map(|s| (s.id.as_str(), Rating::Level(5)))
            .collect::<Vec<_>>(),
    );
    let junior = |c: &Catalog| c.role("junior-back-end-developer").unwrap().clone();
    // Coding is its only defining skill: a stretch, whatever the match.
    let m = score_role(&c, &everything_5, &junior(&c));
    assert_eq!((m.percent, m.readiness), (100, Readiness::Stretch));
    // With a second, specific defining skill the quiz sees (python, strong): close.
    let role = c
        .roles
        .iter_mut()
        .find(|r| r.id == "junior-back-end-developer")
        .unwrap();
    role.profile[1].core = Some(true);
    role.profile[1].weight = 3;
    assert_eq!(role.profile[1].skill, "python");
    let m = score_role(&c, &everything_5, &junior(&c));
    assert_eq!(m.readiness, Readiness::Close);
}
