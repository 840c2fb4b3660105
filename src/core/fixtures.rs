//! A larger in-code catalog for scoring, seniority and plan tests: the tiny catalog plus
//! the skills the prerequisite list and the junior/senior signals name, the junior and
//! senior back-end roles, and a few resources.

use super::catalog::*;
use super::testing::tiny_catalog;

fn add_skill(c: &mut Catalog, id: &str, kind: SkillKind) {
    let mut s = c.skills[0].clone();
    s.id = id.into();
    s.name = id.to_uppercase();
    s.kind = kind;
    c.skills.push(s);
}

fn add_role(c: &mut Catalog, id: &str, seniority: Seniority, profile: &[(&str, u8, u8)]) {
    let mut r = c.roles[0].clone();
    r.id = id.into();
    r.title = id.replace('-', " ");
    r.seniority = seniority;
    r.profile = profile
        .iter()
        .map(|&(skill, level, weight)| Requirement {
            skill: skill.into(),
            level,
            weight,
            core: (weight == 3).then_some(true),
        })
        .collect();
    c.roles.push(r);
}

/// A resource teaching each `(skill, lowest, highest)`.
fn add_resource(c: &mut Catalog, id: &str, cost: Cost, teaches: &[(&str, u8, u8)]) {
    c.resources.push(Resource {
        id: id.into(),
        title: id.into(),
        url: format!("https://example.org/{id}"),
        kind: ResourceKind::Docs,
        cost,
        skills: teaches
            .iter()
            .map(|&(skill, low, high)| format!("{skill} {low}-{high}"))
            .collect(),
    });
}

/// Skills: python, sql, communication (tiny catalog), then coding, git, debugging-testing,
/// html-css, javascript, nodejs (technical), organisation, problem-solving (soft).
/// Roles: python-developer, sql-developer (tiny), junior- and senior-back-end-developer,
/// node-developer (needs nodejs, whose prerequisites are javascript, then html-css/coding).
pub fn scoring_catalog() -> Catalog {
    let mut c = tiny_catalog();
    for id in [
        "coding",
        "git",
        "debugging-testing",
        "html-css",
        "javascript",
        "nodejs",
    ] {
        add_skill(&mut c, id, SkillKind::Technical);
    }
    for id in ["organisation", "problem-solving"] {
        add_skill(&mut c, id, SkillKind::Soft);
    }
    add_role(
        &mut c,
        "junior-back-end-developer",
        Seniority::Junior,
        &[
            ("coding", 2, 3),
            ("python", 2, 2),
            ("sql", 2, 2),
            ("git", 2, 2),
            ("communication", 2, 1),
            ("problem-solving", 2, 1),
        ],
    );
    add_role(
        &mut c,
        "senior-back-end-developer",
        Seniority::Senior,
        &[
            ("coding", 4, 3),
            ("python", 4, 3),
            ("sql", 4, 2),
            ("git", 4, 2),
            ("communication", 4, 2),
            ("organisation", 4, 1),
            ("debugging-testing", 4, 2),
            ("problem-solving", 4, 2),
            ("html-css", 3, 1),
            ("javascript", 3, 1),
        ],
    );
    add_role(
        &mut c,
        "node-developer",
        Seniority::Mid,
        &[("nodejs", 4, 3), ("git", 2, 1)],
    );
    add_resource(&mut c, "py-paid-beginner", Cost::Paid, &[("python", 1, 2)]);
    add_resource(&mut c, "py-free-advanced", Cost::Free, &[("python", 4, 5)]);
    add_resource(&mut c, "py-free-beginner", Cost::Free, &[("python", 1, 2)]);
    add_resource(
        &mut c,
        "py-free-intermediate",
        Cost::Free,
        &[("python", 3, 4)],
    );
    add_resource(&mut c, "coding-free", Cost::Free, &[("coding", 1, 3)]);
    add_resource(
        &mut c,
        "py-and-sql-course",
        Cost::Free,
        &[("python", 1, 3), ("sql", 1, 3)],
    );
    add_resource(&mut c, "sql-freemium", Cost::Freemium, &[("sql", 2, 4)]);
    c
}
