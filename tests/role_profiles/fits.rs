//! "Who each back-end title is for": realistic people, each fitting their title best.

use super::*;

/// Every one of the 22 skills, rated; every check asked is answered right.
fn person(c: &Catalog, ratings: &[(&str, u8)]) -> Answers {
    let mut a = Answers::default();
    for (skill, level) in ratings {
        assert!(c.skill(skill).is_some(), "unknown skill {skill}");
        a.ratings.insert(skill.to_string(), Rating::Level(*level));
    }
    for s in &c.skills {
        assert!(a.ratings.contains_key(&s.id), "{} not rated", s.id);
    }
    for q in checks::selected(c, &a, c.meta.data_version) {
        a.checks.insert(q.id.clone(), CheckOutcome::Right);
    }
    a
}

/// `role` matches at least as well as every other role, and is ready now.
fn fits_best(c: &Catalog, a: &Answers, role: &str) {
    let ranking = rank_roles(c, a);
    let best = ranking.iter().map(|m| m.percent).max().unwrap();
    let m = ranking.iter().find(|m| m.role == role).unwrap();
    let shown: Vec<String> = ranking
        .iter()
        .take(6)
        .map(|m| format!("{} {}%", m.role, m.percent))
        .collect();
    assert_eq!(m.percent, best, "{role}: {shown:?}");
    assert_eq!(m.readiness, Readiness::ReadyNow, "{role}: {m:?}");
    assert_eq!(
        c.role(role).unwrap().family,
        RoleFamily::BackEnd,
        "{role} is a back-end title"
    );
}

#[rustfmt::skip]
const PYTHON_WEB_DEVELOPER: &[(&str, u8)] = &[
    ("coding", 4), ("software-engineering", 2), ("git", 3), ("developer-tools", 3),
    ("debugging-testing", 3), ("python", 4), ("java", 0), ("ruby-rails", 0), ("php-mysql", 0),
    ("javascript", 2), ("nodejs", 0), ("sql", 3), ("web-development", 3), ("html-css", 2),
    ("rest-apis", 3), ("cloud-infrastructure", 2), ("automation", 2), ("security", 2),
    ("optimisation", 2), ("communication", 3), ("problem-solving", 3), ("organisation", 3),
];

#[rustfmt::skip]
const TESTER: &[(&str, u8)] = &[
    ("coding", 2), ("software-engineering", 2), ("git", 3), ("developer-tools", 3),
    ("debugging-testing", 5), ("python", 2), ("java", 0), ("ruby-rails", 0), ("php-mysql", 0),
    ("javascript", 2), ("nodejs", 0), ("sql", 2), ("web-development", 2), ("html-css", 2),
    ("rest-apis", 3), ("cloud-infrastructure", 1), ("automation", 4), ("security", 2),
    ("optimisation", 2), ("communication", 4), ("problem-solving", 4), ("organisation", 3),
];

#[rustfmt::skip]
const WORDPRESS_FREELANCER: &[(&str, u8)] = &[
    ("coding", 2), ("software-engineering", 1), ("git", 2), ("developer-tools", 2),
    ("debugging-testing", 2), ("python", 0), ("java", 0), ("ruby-rails", 0), ("php-mysql", 4),
    ("javascript", 2), ("nodejs", 0), ("sql", 3), ("web-development", 3), ("html-css", 4),
    ("rest-apis", 2), ("cloud-infrastructure", 1), ("automation", 1), ("security", 2),
    ("optimisation", 2), ("communication", 3), ("problem-solving", 3), ("organisation", 3),
];

#[rustfmt::skip]
const RAILS_DEVELOPER: &[(&str, u8)] = &[
    ("coding", 3), ("software-engineering", 3), ("git", 3), ("developer-tools", 3),
    ("debugging-testing", 3), ("python", 0), ("java", 0), ("ruby-rails", 4), ("php-mysql", 0),
    ("javascript", 2), ("nodejs", 0), ("sql", 3), ("web-development", 3), ("html-css", 2),
    ("rest-apis", 3), ("cloud-infrastructure", 2), ("automation", 2), ("security", 2),
    ("optimisation", 2), ("communication", 3), ("problem-solving", 3), ("organisation", 3),
];

#[rustfmt::skip]
const JAVA_ENTERPRISE_DEVELOPER: &[(&str, u8)] = &[
    ("coding", 4), ("software-engineering", 4), ("git", 3), ("developer-tools", 3),
    ("debugging-testing", 3), ("python", 1), ("java", 5), ("ruby-rails", 0), ("php-mysql", 0),
    ("javascript", 1), ("nodejs", 0), ("sql", 4), ("web-development", 2), ("html-css", 1),
    ("rest-apis", 4), ("cloud-infrastructure", 2), ("automation", 2), ("security", 2),
    ("optimisation", 2), ("communication", 3), ("problem-solving", 3), ("organisation", 3),
];

#[rustfmt::skip]
const NODE_BACK_END_DEVELOPER: &[(&str, u8)] = &[
    ("coding", 3), ("software-engineering", 3), ("git", 3), ("developer-tools", 3),
    ("debugging-testing", 3), ("python", 0), ("java", 0), ("ruby-rails", 0), ("php-mysql", 0),
    ("javascript", 4), ("nodejs", 4), ("sql", 3), ("web-development", 3), ("html-css", 2),
    ("rest-apis", 4), ("cloud-infrastructure", 2), ("automation", 2), ("security", 2),
    ("optimisation", 2), ("communication", 3), ("problem-solving", 3), ("organisation", 3),
];

#[rustfmt::skip]
const ORACLE_DBA: &[(&str, u8)] = &[
    ("coding", 3), ("software-engineering", 1), ("git", 2), ("developer-tools", 2),
    ("debugging-testing", 2), ("python", 1), ("java", 0), ("ruby-rails", 0), ("php-mysql", 0),
    ("javascript", 0), ("nodejs", 0), ("sql", 5), ("web-development", 0), ("html-css", 0),
    ("rest-apis", 0), ("cloud-infrastructure", 1), ("automation", 2), ("security", 3),
    ("optimisation", 4), ("communication", 3), ("problem-solving", 4), ("organisation", 3),
];

/// A strong engineer who honestly rates the (unchecked) soft skills 3.
#[rustfmt::skip]
const STRONG_ENGINEER: &[(&str, u8)] = &[
    ("coding", 5), ("software-engineering", 4), ("git", 4), ("developer-tools", 4),
    ("debugging-testing", 4), ("python", 4), ("java", 3), ("ruby-rails", 0), ("php-mysql", 0),
    ("javascript", 3), ("nodejs", 2), ("sql", 4), ("web-development", 4), ("html-css", 3),
    ("rest-apis", 4), ("cloud-infrastructure", 3), ("automation", 3), ("security", 3),
    ("optimisation", 4), ("communication", 3), ("problem-solving", 3), ("organisation", 3),
];

#[test]
fn each_back_end_title_fits_the_person_it_is_for() {
    let c = catalog();
    for (people, role) in [
        (PYTHON_WEB_DEVELOPER, "python-developer"),
        (TESTER, "qa-engineer"),
        (WORDPRESS_FREELANCER, "wordpress-php-developer"),
        (RAILS_DEVELOPER, "ruby-developer"),
        (JAVA_ENTERPRISE_DEVELOPER, "java-developer"),
        (NODE_BACK_END_DEVELOPER, "back-end-developer"),
        (ORACLE_DBA, "sql-developer"),
        (ORACLE_DBA, "oracle-sql-developer"),
    ] {
        fits_best(&c, &person(&c, people), role);
    }
}

/// Soft skills matter for Senior, but do not outweigh engineering depth: rating them 3
/// still leaves a strong engineer ready now, while the same person one level lower in
/// the core engineering skills, whatever their soft skills, is not.
#[test]
fn senior_rests_on_engineering_depth_not_on_self_rated_soft_skills() {
    let c = catalog();
    let senior = c.role("senior-back-end-developer").unwrap();
    let strong = score_role(&c, &person(&c, STRONG_ENGINEER), senior);
    assert_eq!(strong.readiness, Readiness::ReadyNow, "{strong:?}");
    assert!(strong.percent >= 90, "{strong:?}");

    let mut mid: Vec<(&str, u8)> = STRONG_ENGINEER.to_vec();
    for (skill, level) in &mut mid {
        if senior.core_requirements().any(|r| r.skill == *skill) {
            *level = 3;
        }
        if ["communication", "problem-solving", "organisation"].contains(skill) {
            *level = 5;
        }
    }
    let mid = score_role(&c, &person(&c, &mid), senior);
    assert_ne!(mid.readiness, Readiness::ReadyNow, "{mid:?}");
}
