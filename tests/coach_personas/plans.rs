//! Learning-plan resources (issue 19, item 6) over every persona's answers.

use super::*;

/// Every plan a persona can see (the default target and each role picked as the target):
/// each step has a resource for its skill and the levels it raises, "start here" first
/// serving the step's first level, and no resource appears twice in a plan.
#[test]
fn every_plan_step_has_fitting_resources_and_none_twice() {
    let c = catalog();
    let mut plans = 0;
    for p in ALL {
        let a = answers(&c, p);
        let levels = effective_levels(&c, &a);
        let targets = c.roles.iter().map(|r| (r.title.as_str(), vec![r]));
        for (target, plan) in std::iter::once(("default", learning_plan(&c, &a)))
            .chain(targets.map(|(title, roles)| (title, plan_for_targets(&c, &levels, &roles))))
        {
            plans += 1;
            let mut seen = BTreeSet::new();
            for step in &plan {
                let at = format!("{}, plan for {target}, {} step", p.name, step.skill);
                let fits = |id: &String| {
                    c.resource(id)
                        .and_then(|r| r.teaches(&step.skill))
                        .is_some_and(|t| (step.from + 1..=step.to).any(|l| t.serves(l)))
                };
                assert!(!step.resources.is_empty(), "{at}: no resource");
                assert!(
                    step.resources.iter().all(fits),
                    "{at}: {:?}",
                    step.resources
                );
                let first = c.resource(&step.resources[0]).unwrap();
                let serves_first = first.teaches(&step.skill).unwrap().serves(step.from + 1);
                assert!(serves_first, "{at}: start here is {}", first.id);
                for id in &step.resources {
                    assert!(seen.insert(id.clone()), "{at}: {id} appears twice");
                }
            }
        }
    }
    assert!(plans >= ALL.len() * 20, "{plans} plans");
}

/// The SQL step of any plan starts with a database resource (such as SQLBolt): one that
/// teaches SQL and nothing beyond databases (the MySQL manual also counts for PHP & MySQL,
/// Use The Index, Luke for optimisation), never a general course such as CS50 or a framework
/// tutorial that touches on SQL. The default plan of a beginner starts with SQL alone.
#[test]
fn the_sql_step_starts_with_an_sql_resource() {
    let c = catalog();
    let mut sql_steps = 0;
    for p in ALL {
        let a = answers(&c, p);
        let levels = effective_levels(&c, &a);
        for role in &c.roles {
            for step in plan_for_targets(&c, &levels, &[role]) {
                if step.skill == "sql" {
                    sql_steps += 1;
                    let first = c.resource(&step.resources[0]).unwrap();
                    let databases_only = first.tags().all(|t| DATABASE_SKILLS.contains(&t.skill));
                    assert!(databases_only, "{}, {}: {}", p.name, role.id, first.id);
                }
            }
        }
    }
    assert!(
        sql_steps >= 5,
        "only {sql_steps} SQL steps: the test checks too little"
    );
    let beginner = answers(&c, &ABSOLUTE_BEGINNER);
    let plan = learning_plan(&c, &beginner);
    let sql = plan
        .iter()
        .find(|s| s.skill == "sql")
        .expect("a beginner's plan has SQL");
    let first = c.resource(&sql.resources[0]).unwrap();
    assert_eq!(first.skills.len(), 1, "{}", first.id);
}

const DATABASE_SKILLS: &[&str] = &["sql", "php-mysql", "optimisation"];
