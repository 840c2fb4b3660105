//! Tests of "Next: get hired": which boards, steps and order each person sees.

use super::*;
use crate::core::answers::{Answers, Rating};
use crate::core::catalog::{JobSearch, StepOrder, StepResource};
use crate::core::fixtures::scoring_catalog;
use crate::core::results::results_for;

fn board(id: &str, skills: &[&str], roles: &[&str]) -> JobBoard {
    JobBoard {
        id: id.into(),
        name: id.into(),
        url: Some(format!("https://example.org/{id}")),
        note: None,
        skills: skills.iter().map(|s| s.to_string()).collect(),
        roles: roles.iter().map(|s| s.to_string()).collect(),
    }
}

fn step(id: &str) -> JobStep {
    JobStep {
        id: id.into(),
        title: id.into(),
        text: "Why.".into(),
        resource: StepResource {
            title: "Guide".into(),
            url: "https://example.org/guide".into(),
        },
    }
}

/// The scoring fixture with a Python board, an SQL board tied by role and three steps.
fn catalog() -> Catalog {
    let mut c = scoring_catalog();
    let ids = |list: &[&str]| list.iter().map(|s| s.to_string()).collect();
    c.job_search = JobSearch {
        edition: None,
        boards: vec![
            board("py", &["python"], &[]),
            board("sql", &[], &["sql-developer"]),
        ],
        steps: vec![step("github"), step("network"), step("interview")],
        order: StepOrder {
            junior: ids(&["github", "interview", "network"]),
            senior: ids(&["network", "interview", "github"]),
        },
        freelance: "Freelance.".into(),
        degrees: "Degrees.".into(),
    };
    c
}

fn rated(c: &Catalog, level: u8) -> Answers {
    let mut a = Answers::default();
    for s in &c.skills {
        a.ratings.insert(s.id.clone(), Rating::Level(level));
    }
    a
}

fn step_ids(g: &GetHired) -> Vec<String> {
    g.steps.iter().map(|s| s.id.clone()).collect()
}

fn board_ids(g: &GetHired) -> Vec<String> {
    g.boards.iter().map(|b| b.id.clone()).collect()
}

#[test]
fn a_stretch_target_gets_no_section_and_a_close_or_ready_one_does() {
    let c = catalog();
    for level in 0..=5 {
        let r = results_for(&c, &rated(&c, level), Some("python-developer"));
        let m = r.target_match().unwrap();
        let section = for_results(&c, &r);
        assert_eq!(
            section.is_some(),
            m.readiness != Readiness::Stretch,
            "level {level}: {:?}",
            m.readiness
        );
    }
    let r = results_for(&c, &rated(&c, 0), Some("python-developer"));
    assert_eq!(r.target_match().unwrap().readiness, Readiness::Stretch);
    assert_eq!(for_results(&c, &r), None);
    let r = results_for(&c, &rated(&c, 5), Some("python-developer"));
    assert_eq!(r.target_match().unwrap().readiness, Readiness::ReadyNow);
    let g = for_results(&c, &r).expect("ready now");
    assert_eq!(g.role.id, "python-developer");
    assert_eq!(
        (g.boards_for, board_ids(&g)),
        (BoardsFor::Role, vec!["py".into()])
    );
}

#[test]
fn without_the_job_search_file_there_is_no_section() {
    let mut c = catalog();
    c.job_search = JobSearch::default();
    let r = results_for(&c, &rated(&c, 5), Some("python-developer"));
    assert_eq!(for_results(&c, &r), None);
    assert_eq!(
        for_role(&c, c.role("python-developer").unwrap(), None),
        None
    );
}

#[test]
fn junior_level_leads_with_showing_work_and_gets_the_degrees_paragraph() {
    let c = catalog();
    let junior = c.role("junior-back-end-developer").unwrap();
    let g = for_role(&c, junior, None).unwrap();
    assert_eq!(g.stage, Stage::Junior);
    assert_eq!(step_ids(&g), ["github", "interview", "network"]);
    assert_eq!(g.degrees, Some("Degrees."));
    assert_eq!(g.freelance, "Freelance.");

    let senior = c.role("senior-back-end-developer").unwrap();
    let g = for_role(&c, senior, None).unwrap();
    assert_eq!(g.stage, Stage::Senior);
    assert_eq!(step_ids(&g), ["network", "interview", "github"]);
    assert_eq!(g.degrees, None);
    assert_eq!(g.freelance, "Freelance.");
}

#[test]
fn a_mid_level_role_follows_the_seniority_verdict() {
    let c = catalog();
    let mid = c.role("python-developer").unwrap();
    assert_eq!(mid.seniority, Seniority::Mid);
    assert_eq!(stage(mid, None), Stage::Junior);
    assert_eq!(stage(mid, Some(Suitability::NotYet)), Stage::Junior);
    assert_eq!(stage(mid, Some(Suitability::JuniorReady)), Stage::Junior);
    assert_eq!(stage(mid, Some(Suitability::SeniorReady)), Stage::Senior);
    // Everyone at 5 is senior-ready: a mid-level target then leads with people.
    let r = results_for(&c, &rated(&c, 5), Some("python-developer"));
    assert_eq!(r.seniority.suitability, Suitability::SeniorReady);
    let g = for_results(&c, &r).unwrap();
    assert_eq!((g.stage, g.degrees), (Stage::Senior, None));
    assert_eq!(step_ids(&g)[0], "network");
    // A junior title stays junior-level whoever aims for it.
    let r = results_for(&c, &rated(&c, 5), Some("junior-back-end-developer"));
    assert_eq!(for_results(&c, &r).unwrap().stage, Stage::Junior);
}

#[test]
fn a_role_without_a_language_lists_the_persons_languages_else_every_board() {
    let mut c = catalog();
    // Node.js has no board: a back-end title without a language of its own here.
    let back_end = c.role("node-developer").unwrap();
    assert_eq!(back_end.family, RoleFamily::BackEnd);
    // No answers: every board, to pick a language.
    let g = for_role(&c, back_end, None).unwrap();
    assert_eq!(
        (g.boards_for, board_ids(&g)),
        (BoardsFor::AnyLanguage, vec!["py".into(), "sql".into()])
    );
    // Python known at 3 or more: its board.
    let mut levels = Levels::new();
    for s in &c.skills {
        levels.insert(s.id.clone(), 5);
    }
    let g = for_role(&c, back_end, Some(&levels)).unwrap();
    assert_eq!(
        (g.boards_for, board_ids(&g)),
        (BoardsFor::YourLanguages, vec!["py".into()])
    );
    // A board named for a role is that role's, whatever its core skills.
    let sql = c.role("sql-developer").unwrap();
    let g = for_role(&c, sql, None).unwrap();
    assert_eq!(
        (g.boards_for, board_ids(&g)),
        (BoardsFor::Role, vec!["sql".into()])
    );
    // A related career with no language known gets no board.
    let index = c
        .roles
        .iter()
        .position(|r| r.id == "node-developer")
        .unwrap();
    c.roles[index].family = RoleFamily::Related;
    let related = &c.roles[index];
    let g = for_role(&c, related, None).unwrap();
    assert_eq!((g.boards_for, g.boards.len()), (BoardsFor::Nothing, 0));
    let g = for_role(&c, related, Some(&levels)).unwrap();
    assert_eq!(g.boards_for, BoardsFor::YourLanguages);
}

#[test]
fn a_role_page_hides_the_section_from_a_visitor_it_is_a_stretch_for() {
    let c = catalog();
    let role = c.role("python-developer").unwrap();
    let mut levels = Levels::new();
    for s in &c.skills {
        levels.insert(s.id.clone(), 0);
    }
    assert_eq!(score_levels(role, &levels).readiness, Readiness::Stretch);
    assert_eq!(for_role(&c, role, Some(&levels)), None);
    assert!(for_role(&c, role, None).is_some());
}
