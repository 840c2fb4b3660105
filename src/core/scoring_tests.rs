use super::*;
use crate::core::answers::{CheckOutcome, Rating};
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

#[test]
fn match_is_weighted_credit_over_known_weight() {
    // python-developer: python 4 (w3), sql 3 (w2), communication 3 (w1).
    // Credits: python 2/4, sql 3/3, communication 1/3 ->
    // (3*0.5 + 2*1 + 1/3) / 6 = 3.8333/6 = 63.9% -> 64.
    let c = tiny_catalog();
    let a = rated(&[
        ("python", Rating::Level(2)),
        ("sql", Rating::Level(5)),
        ("communication", Rating::Level(1)),
    ]);
    let m = score_role(&c, &a, python_role(&c));
    assert_eq!(m.percent, 64);
    assert_eq!(m.readiness, Readiness::Stretch);
    assert_eq!(m.known_weight, 6);
    assert_eq!(
        m.gaps,
        vec![
            Gap {
                skill: "python".into(),
                now: 2,
                needed: 4,
                weight: 3,
                core: true,
            },
            Gap {
                skill: "communication".into(),
                now: 1,
                needed: 3,
                weight: 1,
                core: false,
            },
        ]
    );
    assert_eq!(m.strengths.len(), 1);
    assert_eq!(m.strengths[0].skill, "sql");
}

#[test]
fn checks_feed_into_the_match() {
    let c = tiny_catalog();
    let mut a = rated(&[
        ("python", Rating::Level(4)),
        ("sql", Rating::Level(3)),
        ("communication", Rating::Level(3)),
    ]);
    assert_eq!(score_role(&c, &a, python_role(&c)).percent, 100);
    a.checks.insert("python-4".into(), CheckOutcome::Wrong);
    // python trusted at 3: (3*3/4 + 2 + 1) / 6 = 87.5% -> 88, but a core gap.
    let m = score_role(&c, &a, python_role(&c));
    assert_eq!(m.percent, 88);
    assert_eq!(m.readiness, Readiness::Close);
}

#[test]
fn skipped_is_unknown_not_zero() {
    let c = tiny_catalog();
    let base = [("python", Rating::Level(4)), ("sql", Rating::Level(3))];
    let mut skipped = rated(&base);
    skipped
        .ratings
        .insert("communication".into(), Rating::Skipped);
    let mut zero = rated(&base);
    zero.ratings
        .insert("communication".into(), Rating::Level(0));

    let s = score_role(&c, &skipped, python_role(&c));
    let z = score_role(&c, &zero, python_role(&c));
    assert_eq!(s.percent, 100);
    assert_eq!(s.unknown, ["communication"]);
    assert_eq!(s.unknown_count(), 1);
    assert_eq!(s.readiness, Readiness::ReadyNow);
    // 5 of 6 weight -> 83%.
    assert_eq!(z.percent, 83);
    assert_eq!(z.unknown_count(), 0);
}

#[test]
fn mostly_unknown_profiles_have_low_confidence_and_are_never_ready() {
    let c = tiny_catalog();
    let a = rated(&[("communication", Rating::Level(5))]);
    let m = score_role(&c, &a, python_role(&c));
    assert_eq!(m.percent, 100);
    assert_eq!(m.confidence, Confidence::Low);
    assert_eq!(m.readiness, Readiness::Close);
    let none = score_role(&c, &Answers::default(), python_role(&c));
    assert_eq!((none.percent, none.readiness), (0, Readiness::Stretch));
}

#[test]
fn all_zero_is_never_ready() {
    let c = tiny_catalog();
    let a = rated(&[
        ("python", Rating::Level(0)),
        ("sql", Rating::Level(0)),
        ("communication", Rating::Level(0)),
    ]);
    for m in rank_roles(&c, &a) {
        assert_ne!(m.readiness, Readiness::ReadyNow, "{}", m.role);
        assert_eq!(m.percent, 0);
    }
}

#[test]
fn ranking_is_sorted_and_ties_keep_file_order() {
    let c = tiny_catalog();
    let strong_sql = rated(&[("python", Rating::Level(1)), ("sql", Rating::Level(4))]);
    let ids: Vec<String> = rank_roles(&c, &strong_sql)
        .into_iter()
        .map(|m| m.role)
        .collect();
    assert_eq!(ids, ["sql-developer", "python-developer"]);
    // Everything unknown: both 0%, file order.
    let ids: Vec<String> = rank_roles(&c, &Answers::default())
        .into_iter()
        .map(|m| m.role)
        .collect();
    assert_eq!(ids, ["python-developer", "sql-developer"]);
}

#[test]
fn low_confidence_roles_rank_after_the_others() {
    // sql-developer: only python known (1 of 4 weight) -> 100%, low confidence.
    // python-developer: python 2/4 (w3), communication 5 (w1), sql unknown (w2)
    // -> 2.5/4 = 63%, normal.
    let c = tiny_catalog();
    let a = rated(&[
        ("communication", Rating::Level(5)),
        ("python", Rating::Level(2)),
        ("sql", Rating::Skipped),
    ]);
    let ranking = rank_roles(&c, &a);
    assert_eq!(ranking[0].role, "python-developer");
    assert_eq!(ranking[0].percent, 63);
    assert_eq!(ranking[1].confidence, Confidence::Low);
    assert!(ranking[1].percent > ranking[0].percent);
}

#[test]
fn same_answers_same_result() {
    let c = tiny_catalog();
    let a = rated(&[("python", Rating::Level(3)), ("sql", Rating::Skipped)]);
    assert_eq!(rank_roles(&c, &a), rank_roles(&c, &a.clone()));
}

#[test]
fn required_level_zero_gives_full_credit() {
    assert_eq!(credit(0, 0), CREDIT_UNIT);
    assert_eq!(credit(1, 3), 20);
    assert_eq!(credit(5, 3), CREDIT_UNIT);
}

#[test]
fn a_core_need_the_quiz_cannot_see_rules_out_ready_now() {
    let mut c = tiny_catalog();
    let a = rated(&[
        ("python", Rating::Level(5)),
        ("sql", Rating::Level(5)),
        ("communication", Rating::Level(5)),
    ]);
    assert_eq!(
        score_role(&c, &a, python_role(&c)).readiness,
        Readiness::ReadyNow
    );
    let role = c
        .roles
        .iter_mut()
        .find(|r| r.id == "python-developer")
        .unwrap();
    role.unmeasured = Some(vec![crate::core::catalog::Unmeasured {
        need: "Swift".into(),
        core: true,
    }]);
    let m = score_role(&c, &a, python_role(&c));
    assert_eq!(m.percent, 100);
    assert_eq!(m.readiness, Readiness::Close, "at best close, plus: Swift");
    assert_eq!(m.unmeasured_core, ["Swift"]);
    // ...and only while the defining skills the quiz sees are a strength.
    let weaker = rated(&[
        ("python", Rating::Level(3)),
        ("sql", Rating::Level(5)),
        ("communication", Rating::Level(5)),
    ]);
    assert_eq!(
        score_role(&c, &weaker, python_role(&c)).readiness,
        Readiness::Stretch
    );
    // A need that is not core changes nothing.
    let role = c
        .roles
        .iter_mut()
        .find(|r| r.id == "python-developer")
        .unwrap();
    role.unmeasured.as_mut().unwrap()[0].core = false;
    assert_eq!(
        score_role(&c, &a, python_role(&c)).readiness,
        Readiness::ReadyNow
    );
}

#[test]
fn a_defining_skill_two_levels_short_is_a_stretch_whatever_the_match() {
    // python-developer: python 2 of 4 (core), sql 5, communication 5: 75%, but a stretch.
    let c = tiny_catalog();
    let a = rated(&[
        ("python", Rating::Level(2)),
        ("sql", Rating::Level(5)),
        ("communication", Rating::Level(5)),
    ]);
    let m = score_role(&c, &a, python_role(&c));
    assert_eq!(m.percent, 75);
    assert_eq!(m.readiness, Readiness::Stretch);
    let one_short = rated(&[
        ("python", Rating::Level(3)),
        ("sql", Rating::Level(5)),
        ("communication", Rating::Level(5)),
    ]);
    assert_eq!(
        score_role(&c, &one_short, python_role(&c)).readiness,
        Readiness::Close
    );
}

#[test]
fn ranking_follows_the_seniority_the_answers_support() {
    use crate::core::fixtures::scoring_catalog;
    let c = scoring_catalog();
    let everything = |level: u8| -> Answers {
        rated(
            &c.skills
                .iter()
                .map(|s| (s.id.as_str(), Rating::Level(level)))
                .collect::<Vec<_>>(),
        )
    };
    // Everything 5: ready for every title; Senior first, Junior last.
    let ids: Vec<String> = rank_roles(&c, &everything(5))
        .into_iter()
        .map(|m| m.role)
        .collect();
    assert_eq!(
        ids.first().map(String::as_str),
        Some("senior-back-end-developer")
    );
    assert_eq!(
        ids.last().map(String::as_str),
        Some("junior-back-end-developer")
    );
    // Everything 2: Junior is what the answers support, so it leads.
    let ids: Vec<String> = rank_roles(&c, &everything(2))
        .into_iter()
        .map(|m| m.role)
        .collect();
    assert_eq!(
        ids.first().map(String::as_str),
        Some("junior-back-end-developer")
    );
}

#[test]
fn how_a_match_reads_states_the_thresholds_scoring_uses() {
    let text = how_match_reads();
    assert!(
        text.contains(&format!("Ready now: {READY_FROM}% or more")),
        "{text}"
    );
    assert!(
        text.contains(&format!("close: {CLOSE_FROM}% or more")),
        "{text}"
    );
    // The ranking (core::ranking) is not by match: the text says so.
    assert!(text.contains("The order is not by match alone"), "{text}");
}
