use super::*;
use crate::core::answers::{CheckOutcome, Rating};
use crate::core::catalog::Requirement;
use crate::core::fixtures::scoring_catalog;

fn answers(ratings: &[(&str, Option<u8>)], checks: &[(&str, CheckOutcome)]) -> Answers {
    let mut a = Answers::default();
    for (id, level) in ratings {
        let rating = level.map_or(Rating::Skipped, Rating::Level);
        a.ratings.insert(id.to_string(), rating);
    }
    for (id, outcome) in checks {
        a.checks.insert(id.to_string(), *outcome);
    }
    a
}

/// A: python rated 4 but python-4 wrong (trusted 3), sql 4, git 4, coding not rated.
/// B: python 5, sql 2, git 1, coding 3, communication skipped.
fn pair() -> (Answers, Answers) {
    let a = answers(
        &[("python", Some(4)), ("sql", Some(4)), ("git", Some(4))],
        &[("python-4", CheckOutcome::Wrong)],
    );
    let b = answers(
        &[
            ("python", Some(5)),
            ("sql", Some(2)),
            ("git", Some(1)),
            ("coding", Some(3)),
            ("communication", None),
        ],
        &[],
    );
    (a, b)
}

#[test]
fn skill_rows_show_trusted_levels_unknowns_and_b_minus_a() {
    let c = scoring_catalog();
    let (a, b) = pair();
    let cmp = compare(&c, &a, &b);
    assert_eq!(cmp.skills.len(), c.skills.len());
    let row = |id: &str| cmp.skills.iter().find(|r| r.skill == id).unwrap().clone();
    assert_eq!(
        row("python"),
        SkillRow {
            skill: "python".into(),
            a: SideLevel::Level(3),
            b: SideLevel::Level(5),
            difference: Some(2),
        }
    );
    assert_eq!(row("sql").difference, Some(-2));
    assert_eq!(
        (row("coding").a, row("coding").difference),
        (SideLevel::NotRated, None)
    );
    assert_eq!(row("communication").b, SideLevel::Skipped);
    assert_eq!(row("communication").difference, None);
    assert_eq!(SideLevel::Skipped.label(), "skipped");
    assert_eq!(SideLevel::NotRated.label(), "not rated");
    // Catalog order.
    let ids: Vec<&str> = cmp.skills.iter().map(|r| r.skill.as_str()).collect();
    let catalog_ids: Vec<&str> = c.skills.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, catalog_ids);
}

#[test]
fn leads_are_clear_skill_gaps_and_roles_ready_for_one_side_only() {
    let c = scoring_catalog();
    let (a, b) = pair();
    let cmp = compare(&c, &a, &b);
    let lead_ids = |l: &Lead| l.skills.iter().map(|s| s.skill.clone()).collect::<Vec<_>>();
    // sql 4 vs 2 and git 4 vs 1; python 3 vs 5 is B's; coding is unknown for A.
    assert_eq!(lead_ids(&cmp.a_over_b), ["sql", "git"]);
    assert_eq!(
        cmp.a_over_b.skills[1],
        SkillLead {
            skill: "git".into(),
            higher: 4,
            lower: 1
        }
    );
    assert_eq!(lead_ids(&cmp.b_over_a), ["python"]);
    // sql-developer needs sql 4 (core) and python 1: ready for A, not for B.
    assert!(cmp
        .a_over_b
        .ready_roles
        .contains(&"sql-developer".to_string()));
    assert!(!cmp
        .b_over_a
        .ready_roles
        .contains(&"sql-developer".to_string()));
    for role in &cmp.a_over_b.ready_roles {
        let row = |r: &Results| {
            r.ranking
                .iter()
                .find(|m| &m.role == role)
                .unwrap()
                .readiness
        };
        assert_eq!(row(&cmp.a), Readiness::ReadyNow);
        assert_ne!(row(&cmp.b), Readiness::ReadyNow);
    }
}

#[test]
fn one_level_apart_is_not_a_lead() {
    let c = scoring_catalog();
    let a = answers(&[("python", Some(3))], &[]);
    let b = answers(&[("python", Some(2))], &[]);
    let cmp = compare(&c, &a, &b);
    assert!(cmp.a_over_b.is_empty() && cmp.b_over_a.is_empty());
}

#[test]
fn role_rows_carry_each_sides_match_rank_and_difference() {
    let c = scoring_catalog();
    let (a, b) = pair();
    let cmp = compare(&c, &a, &b);
    assert!(!cmp.roles.is_empty());
    for row in &cmp.roles {
        for (side, res) in [(row.a, &cmp.a), (row.b, &cmp.b)] {
            let m = res
                .of_family(&c, RoleFamily::BackEnd)
                .nth(side.rank - 1)
                .unwrap();
            assert_eq!(m.role, row.role);
            assert_eq!((side.percent, side.readiness), (m.percent, m.readiness));
        }
        assert_eq!(
            row.difference,
            i16::from(row.b.percent) - i16::from(row.a.percent)
        );
    }
}

#[test]
fn a_place_counts_back_end_titles_only_as_the_results_list_them() {
    let mut c = scoring_catalog();
    // A related career that A's answers rank first: it is not in the table, nor in a place.
    let sql = c.roles.iter_mut().find(|r| r.id == "sql-developer");
    sql.unwrap().family = RoleFamily::Related;
    let (a, b) = pair();
    let cmp = compare(&c, &a, &b);
    assert_eq!(cmp.a.ranking[0].role, "sql-developer");
    let best = cmp.a.of_family(&c, RoleFamily::BackEnd).next().unwrap();
    let row = cmp.roles.iter().find(|r| r.role == best.role).unwrap();
    assert_eq!(row.a.rank, 1, "A's best back-end match is its #1");
    assert!(cmp.roles.iter().all(|r| r.role != "sql-developer"));
}

#[test]
fn roles_are_the_union_of_both_top_lists_a_first() {
    let mut c = scoring_catalog();
    // Three more roles, so the two top-5 lists can differ.
    for (id, skill) in [
        ("git-role", "git"),
        ("coding-role", "coding"),
        ("html-role", "html-css"),
    ] {
        let mut r = c.roles[0].clone();
        r.id = id.into();
        r.profile = vec![Requirement {
            skill: skill.into(),
            level: 3,
            weight: 3,
            core: None,
        }];
        c.roles.push(r);
    }
    let a = answers(
        &[("git", Some(5)), ("coding", Some(5)), ("html-css", Some(5))],
        &[],
    );
    let b = answers(
        &[
            ("python", Some(5)),
            ("sql", Some(5)),
            ("communication", Some(5)),
        ],
        &[],
    );
    let cmp = compare(&c, &a, &b);
    let top = |r: &Results| -> Vec<String> {
        r.ranking
            .iter()
            .take(TOP_ROLES)
            .map(|m| m.role.clone())
            .collect()
    };
    let (top_a, top_b) = (top(&cmp.a), top(&cmp.b));
    let mut expected = top_a.clone();
    expected.extend(top_b.iter().filter(|r| !top_a.contains(r)).cloned());
    let ids: Vec<String> = cmp.roles.iter().map(|r| r.role.clone()).collect();
    assert_eq!(ids, expected);
    assert!(ids.len() > TOP_ROLES, "the lists differ: {ids:?}");
}

#[test]
fn a_result_compared_with_itself_has_no_differences() {
    let c = scoring_catalog();
    let (a, _) = pair();
    let cmp = compare(&c, &a, &a);
    assert!(cmp
        .skills
        .iter()
        .all(|r| r.a == r.b && r.difference.unwrap_or(0) == 0));
    assert!(cmp.roles.iter().all(|r| r.difference == 0 && r.a == r.b));
    assert!(cmp.a_over_b.is_empty() && cmp.b_over_a.is_empty());
    assert_eq!(cmp.a, cmp.b);
}
