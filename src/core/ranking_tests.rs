use super::*;
use crate::core::fixtures::scoring_catalog;

fn levels(pairs: &[(&str, u8)]) -> Levels {
    pairs.iter().map(|(s, l)| (s.to_string(), *l)).collect()
}

#[test]
fn the_line_of_work_compares_the_lead_skill_with_coding() {
    let mut c = scoring_catalog();
    // In the fixture every technical skill is a "language"; make SQL a skill of its own.
    c.skills
        .iter_mut()
        .find(|s| s.id == "sql")
        .unwrap()
        .category = "data".into();
    let role = |id: &str| c.role(id).unwrap();
    let line = |id: &str, pairs: &[(&str, u8)]| line_of_work(&c, role(id), &levels(pairs));
    // A language: above Coding is the person's own line, at it general, below it other.
    assert_eq!(
        line("python-developer", &[("python", 5), ("coding", 4)]),
        Line::Own
    );
    assert_eq!(
        line("python-developer", &[("python", 4), ("coding", 4)]),
        Line::General
    );
    assert_eq!(
        line("python-developer", &[("python", 3), ("coding", 4)]),
        Line::Other
    );
    // Another skill is the person's own line only above Coding.
    assert_eq!(
        line("sql-developer", &[("sql", 4), ("coding", 2)]),
        Line::Own
    );
    assert_eq!(
        line("sql-developer", &[("sql", 4), ("coding", 4)]),
        Line::Other
    );
    // Unknown lead: not the person's line; unknown Coding counts as 0.
    assert_eq!(line("sql-developer", &[("coding", 1)]), Line::Other);
    assert_eq!(line("sql-developer", &[("sql", 1)]), Line::Own);
    // A title led by Coding is general.
    assert_eq!(
        line("junior-back-end-developer", &[("coding", 5)]),
        Line::General
    );
}

#[test]
fn a_soft_lead_skill_makes_no_line_of_work() {
    let mut c = scoring_catalog();
    let role = c
        .roles
        .iter_mut()
        .find(|r| r.id == "sql-developer")
        .unwrap();
    role.profile[0].skill = "communication".into();
    let role = c.role("sql-developer").unwrap();
    let l = levels(&[("communication", 5), ("coding", 1)]);
    assert_eq!(line_of_work(&c, role, &l), Line::General);
}

#[test]
fn ready_for_a_general_title_the_own_line_comes_first() {
    // Everything 4 but SQL 5, with SQL a skill of its own: SQL Developer, the person's own
    // line, first (as Java Developer for a Java expert); then Senior, the supported
    // seniority, before Python Developer (general: Python at the Coding level); Junior last.
    let mut c = scoring_catalog();
    c.skills
        .iter_mut()
        .find(|s| s.id == "sql")
        .unwrap()
        .category = "data".into();
    let mut pairs: Vec<(&str, u8)> = c.skills.iter().map(|s| (s.id.as_str(), 4)).collect();
    pairs.iter_mut().find(|(s, _)| *s == "sql").unwrap().1 = 5;
    let ranking = rank_levels(&c, &levels(&pairs));
    let ids: Vec<&str> = ranking.iter().map(|m| m.role.as_str()).collect();
    let at = |id: &str| ids.iter().position(|r| *r == id).unwrap();
    assert_eq!(ids[0], "sql-developer", "{ids:?}");
    assert!(
        at("senior-back-end-developer") < at("python-developer"),
        "{ids:?}"
    );
    assert_eq!(ids.last(), Some(&"junior-back-end-developer"), "{ids:?}");
}
