//! Persona tests: typical people against the REAL catalog in `public/data/`.

mod common;
use common::catalog;

use skillcheck::core::answers::{Answers, CheckOutcome, Rating};
use skillcheck::core::catalog::Catalog;
use skillcheck::core::checks;
use skillcheck::core::plan::{learning_plan, MAX_STEPS, MIN_STEPS};
use skillcheck::core::prerequisites::prerequisites;
use skillcheck::core::results::results;
use skillcheck::core::scoring::{rank_roles, score_role, Readiness};

/// Every skill rated `base`, then the given skills overridden; every check asked is
/// answered `outcome`.
fn person(c: &Catalog, base: u8, strong: &[(&str, u8)], outcome: CheckOutcome) -> Answers {
    let mut a = Answers::default();
    for s in &c.skills {
        a.ratings.insert(s.id.clone(), Rating::Level(base));
    }
    for (skill, level) in strong {
        assert!(c.skill(skill).is_some(), "unknown skill {skill}");
        a.ratings.insert(skill.to_string(), Rating::Level(*level));
    }
    for q in checks::selected(c, &a, c.meta.data_version) {
        a.checks.insert(q.id.clone(), outcome);
    }
    a
}

fn top(c: &Catalog, a: &Answers, n: usize) -> Vec<String> {
    rank_roles(c, a)
        .into_iter()
        .take(n)
        .map(|m| m.role)
        .collect()
}

#[test]
fn python_sql_git_rest_person_fits_python_developer() {
    let c = catalog();
    let a = person(
        &c,
        1,
        &[("python", 4), ("sql", 4), ("git", 4), ("rest-apis", 4)],
        CheckOutcome::Right,
    );
    let top3 = top(&c, &a, 3);
    assert!(top3.iter().any(|r| r == "python-developer"), "{top3:?}");
}

#[test]
fn php_mysql_html_person_fits_wordpress_php_developer() {
    let c = catalog();
    let a = person(
        &c,
        1,
        &[("php-mysql", 4), ("sql", 3), ("html-css", 4)],
        CheckOutcome::Right,
    );
    let top3 = top(&c, &a, 3);
    assert!(
        top3.iter().any(|r| r == "wordpress-php-developer"),
        "{top3:?}"
    );
}

#[test]
fn everything_zero_is_ready_for_nothing() {
    let c = catalog();
    let a = person(&c, 0, &[], CheckOutcome::Right);
    for m in rank_roles(&c, &a) {
        assert_ne!(
            m.readiness,
            Readiness::ReadyNow,
            "{}: {}%",
            m.role,
            m.percent
        );
    }
}

#[test]
fn wrong_checks_lower_the_match() {
    let c = catalog();
    let strong = [("python", 4), ("sql", 4), ("git", 4), ("rest-apis", 4)];
    let right = person(&c, 2, &strong, CheckOutcome::Right);
    let wrong = person(&c, 2, &strong, CheckOutcome::Wrong);
    let role = c.role("python-developer").unwrap();
    assert!(score_role(&c, &wrong, role).percent < score_role(&c, &right, role).percent);
}

#[test]
fn a_skipped_skill_is_not_a_zero() {
    let c = catalog();
    let role = c.role("python-developer").unwrap();
    assert!(role
        .profile
        .iter()
        .any(|r| r.skill == "python" && r.level > 0));
    let mut zero = person(&c, 3, &[], CheckOutcome::Right);
    zero.ratings.insert("python".into(), Rating::Level(0));
    let mut skipped = zero.clone();
    skipped.ratings.insert("python".into(), Rating::Skipped);

    let z = score_role(&c, &zero, role);
    let s = score_role(&c, &skipped, role);
    assert!(
        s.percent > z.percent,
        "skipped {} vs zero {}",
        s.percent,
        z.percent
    );
    assert_eq!(s.unknown, ["python"]);
    assert!(z.unknown.is_empty());
    assert!(z.gaps.iter().any(|g| g.skill == "python" && g.now == 0));
    assert!(s.gaps.iter().all(|g| g.skill != "python"));
    assert_eq!(results(&c, &skipped).skipped, 1);
}

#[test]
fn same_answers_same_results() {
    let c = catalog();
    let a = person(&c, 2, &[("java", 4), ("sql", 3)], CheckOutcome::Wrong);
    let first = results(&c, &a);
    for _ in 0..3 {
        assert_eq!(results(&c, &a.clone()), first);
    }
    let ids: Vec<&str> = first.ranking.iter().map(|m| m.role.as_str()).collect();
    assert_eq!(ids.len(), c.roles.len());
}

#[test]
fn a_career_switcher_gets_a_plan_with_resources_and_prerequisites_first() {
    let c = catalog();
    let a = person(&c, 1, &[("communication", 3)], CheckOutcome::Right);
    let plan = learning_plan(&c, &a);
    assert!((MIN_STEPS..=MAX_STEPS).contains(&plan.len()), "{plan:?}");
    for (i, step) in plan.iter().enumerate() {
        assert!(
            (2..=3).contains(&step.resources.len()),
            "{}: {:?}",
            step.skill,
            step.resources
        );
        for r in &step.resources {
            let teaches = c
                .resource(r)
                .unwrap()
                .teaches(&step.skill)
                .expect("teaches it");
            assert!((step.from + 1..=step.to).any(|l| teaches.serves(l)), "{r}");
        }
        // No later step is a prerequisite still below level 2 when this one is taught.
        for later in &plan[i + 1..] {
            if prerequisites(&step.skill).contains(&later.skill.as_str()) {
                assert!(later.from >= 2, "{} before {}", step.skill, later.skill);
            }
        }
    }
}
