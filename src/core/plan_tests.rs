use super::*;
use crate::core::answers::Rating;
use crate::core::fixtures::scoring_catalog;
use crate::core::testing::tiny_catalog;

fn levels(pairs: &[(&str, u8)]) -> Levels {
    pairs.iter().map(|(s, l)| (s.to_string(), *l)).collect()
}

fn summary(plan: &[PlanStep]) -> Vec<(&str, u8, u8)> {
    plan.iter()
        .map(|s| (s.skill.as_str(), s.from, s.to))
        .collect()
}

#[test]
fn greedy_order_by_points_gained_across_target_roles() {
    // Worked by hand (tiny catalog; two target roles, sql-developer first):
    // sql 2->3 gains python-developer 58->69 and sql-developer 63->81 (29 points), more
    // than python 2->3 (13) or communication 2->3 (6); sql 3->4 (19) is then still best
    // and merges; python goes 2->4 (13, then 12); communication 2->3 last (6).
    let c = tiny_catalog();
    let both = [
        c.role("sql-developer").unwrap(),
        c.role("python-developer").unwrap(),
    ];
    let plan = plan_for_targets(
        &c,
        &levels(&[("python", 2), ("sql", 2), ("communication", 2)]),
        &both,
    );
    assert_eq!(
        summary(&plan),
        [("sql", 2, 4), ("python", 2, 4), ("communication", 2, 3)]
    );
    let sql = &plan[0];
    assert_eq!(
        sql.raises,
        [
            RoleGain {
                role: "sql-developer".into(),
                before: 63,
                after: 100
            },
            RoleGain {
                role: "python-developer".into(),
                before: 58,
                after: 69
            },
        ]
    );
    assert_eq!(sql.points, 48);
    assert_eq!(
        sql.why,
        "Raises 2 roles (sql developer, python developer) by 48 match points in total."
    );
    assert_eq!(plan[2].points, 6);
    assert!(plan.iter().all(|s| s.unlocks.is_none()));
}

#[test]
fn prerequisites_come_first() {
    let mut c = scoring_catalog();
    c.roles.retain(|r| r.id == "node-developer");
    let l = levels(&[
        ("coding", 0),
        ("html-css", 1),
        ("javascript", 0),
        ("nodejs", 0),
        ("git", 2),
    ]);
    let plan = plan_from_levels(&c, &l);
    assert_eq!(
        summary(&plan),
        [
            ("coding", 0, 2),
            ("html-css", 1, 2),
            ("javascript", 0, 2),
            ("nodejs", 0, 4)
        ]
    );
    assert_eq!(plan[0].unlocks.as_deref(), Some("nodejs"));
    assert_eq!(plan[0].points, 0);
    assert_eq!(plan[0].why, "NODEJS builds on CODING, so it comes first.");
    assert_eq!(plan[3].unlocks, None);
    assert_eq!(plan[3].points, 75);
}

#[test]
fn unknown_prerequisites_are_not_planned() {
    let mut c = scoring_catalog();
    c.roles.retain(|r| r.id == "node-developer");
    let l = levels(&[
        ("html-css", 2),
        ("javascript", 2),
        ("nodejs", 0),
        ("git", 2),
    ]);
    assert_eq!(summary(&plan_from_levels(&c, &l)), [("nodejs", 0, 4)]);
}

#[test]
fn a_beginner_gets_three_to_five_steps_with_no_repeat_in_a_row() {
    let c = scoring_catalog();
    let zero: Levels = c.skills.iter().map(|s| (s.id.clone(), 0)).collect();
    let plan = plan_from_levels(&c, &zero);
    assert!((MIN_STEPS..=MAX_STEPS).contains(&plan.len()), "{plan:?}");
    for pair in plan.windows(2) {
        assert_ne!(pair[0].skill, pair[1].skill);
    }
    for step in &plan {
        assert!(step.to > step.from, "{step:?}");
        assert!(!step.why.is_empty());
    }
    // Each step starts where the previous steps left the levels.
    let mut now = zero.clone();
    for step in &plan {
        assert_eq!(now[&step.skill], step.from);
        now.insert(step.skill.clone(), step.to);
    }
}

#[test]
fn the_default_plan_aims_at_the_best_back_end_title_only() {
    // Everything met except three senior-only needs: the best back-end title has no gap,
    // so the plan is empty rather than raising skills for a role the person did not pick.
    let c = scoring_catalog();
    let mut l: Levels = c.skills.iter().map(|s| (s.id.clone(), 4)).collect();
    for s in ["html-css", "javascript", "organisation"] {
        l.insert(s.into(), 1);
    }
    let best = best_back_end(&c, &rank_levels(&c, &l)).unwrap();
    let plan = plan_from_levels(&c, &l);
    assert_eq!(plan, plan_for_targets(&c, &l, &[best]));
    for step in &plan {
        assert!(step.raises.iter().all(|g| g.role == best.id), "{step:?}");
    }
}

#[test]
fn no_resource_twice_in_a_plan() {
    // python and sql both want py-and-sql-course: the earlier step keeps it.
    let c = scoring_catalog();
    let both = [
        c.role("sql-developer").unwrap(),
        c.role("python-developer").unwrap(),
    ];
    let plan = plan_for_targets(&c, &levels(&[("python", 2), ("sql", 2)]), &both);
    assert_eq!(summary(&plan), [("sql", 2, 4), ("python", 2, 4)]);
    assert_eq!(plan[0].resources, ["py-and-sql-course", "sql-freemium"]);
    assert_eq!(
        plan[1].resources,
        ["py-free-intermediate", "py-free-advanced"]
    );
}

#[test]
fn same_answers_same_plan_and_checks_apply() {
    // Python Developer as the only (so the default) target.
    let mut c = scoring_catalog();
    c.roles.retain(|r| r.id == "python-developer");
    let mut a = Answers::default();
    for s in &c.skills {
        a.ratings.insert(s.id.clone(), Rating::Level(2));
    }
    a.ratings.insert("python".into(), Rating::Level(4));
    let first = learning_plan(&c, &a);
    assert_eq!(first, learning_plan(&c, &a.clone()));
    // A wrong level-3 python check trusts python at 2, so a python step starts at 2.
    a.checks
        .insert("python-3".into(), crate::core::answers::CheckOutcome::Wrong);
    let lowered = learning_plan(&c, &a);
    assert_ne!(first, lowered);
    let python = lowered
        .iter()
        .find(|s| s.skill == "python")
        .expect("a python step");
    assert_eq!(python.from, 2);
}

#[test]
fn a_plan_for_one_chosen_role() {
    // Only python-developer: python 2->3 gains 13 and 3->4 12, more than sql 2->3 (11).
    let c = tiny_catalog();
    let l = levels(&[("python", 2), ("sql", 2), ("communication", 2)]);
    let plan = plan_for_targets(&c, &l, &[c.role("python-developer").unwrap()]);
    assert_eq!(
        summary(&plan),
        [("python", 2, 4), ("sql", 2, 3), ("communication", 2, 3)]
    );
    assert_eq!(plan[0].points, 25);
    assert_eq!(plan[0].why, "Raises python developer by 25 match points.");
}
