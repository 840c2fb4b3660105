//! "Next: get hired" against the REAL catalog: each language's target names the article's
//! board for it, a stretch gets no section, and the steps follow the person's level.

mod common;
use common::catalog;

use skillcheck::core::answers::{Answers, CheckOutcome, Rating};
use skillcheck::core::catalog::{Catalog, RoleFamily};
use skillcheck::core::checks;
use skillcheck::core::job_search::{for_results, for_role, BoardsFor, GetHired, Stage};
use skillcheck::core::results::{results_for, Results};
use skillcheck::core::scoring::Readiness;
use skillcheck::core::seniority::Suitability;

/// Every skill rated `base`, the given skills overridden, every check asked answered right.
fn person(c: &Catalog, base: u8, strong: &[(&str, u8)]) -> Answers {
    let mut a = Answers::default();
    for s in &c.skills {
        a.ratings.insert(s.id.clone(), Rating::Level(base));
    }
    for (skill, level) in strong {
        assert!(c.skill(skill).is_some(), "unknown skill {skill}");
        a.ratings.insert(skill.to_string(), Rating::Level(*level));
    }
    for q in checks::selected(c, &a, c.meta.data_version) {
        a.checks.insert(q.id.clone(), CheckOutcome::Right);
    }
    a
}

fn board_names<'a>(g: &GetHired<'a>) -> Vec<&'a str> {
    g.boards.iter().map(|b| b.name.as_str()).collect()
}

fn step_ids<'a>(g: &GetHired<'a>) -> Vec<&'a str> {
    g.steps.iter().map(|s| s.id.as_str()).collect()
}

/// A junior-level person strong in `language`, aiming at `target`.
fn aiming(c: &Catalog, target: &str, language: &[(&str, u8)]) -> Results {
    let r = results_for(c, &person(c, 3, language), Some(target));
    assert_eq!(r.target.as_deref(), Some(target));
    r
}

#[test]
fn each_language_target_names_the_articles_board_for_it() {
    let c = catalog();
    for (target, language, boards) in [
        (
            "python-developer",
            &[("python", 4), ("sql", 4)][..],
            &["Python Job Board"][..],
        ),
        (
            "ruby-developer",
            &[("ruby-rails", 4), ("web-development", 4)],
            &["Ruby Now Jobs", "Ruby on Rails Jobs"],
        ),
        (
            "java-developer",
            &[("java", 4), ("rest-apis", 4)],
            &["Java Code Geeks"],
        ),
        (
            "wordpress-php-developer",
            &[("php-mysql", 4), ("web-development", 4)],
            &["WP Hired"],
        ),
    ] {
        let r = aiming(&c, target, language);
        let m = r.target_match().unwrap();
        assert_eq!(m.readiness, Readiness::ReadyNow, "{target}: {m:?}");
        let g = for_results(&c, &r).unwrap_or_else(|| panic!("{target}: no section"));
        assert_eq!(g.role.id, target);
        assert_eq!(g.boards_for, BoardsFor::Role, "{target}");
        assert_eq!(board_names(&g), boards, "{target}");
        // The same on the role page, for a visitor without answers.
        let page = for_role(&c, g.role, None).unwrap();
        assert_eq!(board_names(&page), boards, "{target} role page");
    }
    // The Python board links to python.org's job board; the ones without an address we
    // can be sure of say so instead of linking.
    let g = for_role(&c, c.role("python-developer").unwrap(), None).unwrap();
    assert_eq!(
        g.boards[0].url.as_deref(),
        Some("https://www.python.org/jobs/")
    );
    let g = for_role(&c, c.role("wordpress-php-developer").unwrap(), None).unwrap();
    assert_eq!(g.boards[0].url, None);
    assert!(g.boards[0].note.as_deref().unwrap().starts_with("No link"));
}

#[test]
fn a_close_target_gets_the_section_too() {
    let c = catalog();
    let r = aiming(&c, "python-developer", &[("python", 3), ("sql", 3)]);
    let m = r.target_match().unwrap();
    assert_eq!(m.readiness, Readiness::Close, "{m:?}");
    let g = for_results(&c, &r).expect("close: the section shows");
    assert_eq!(board_names(&g), ["Python Job Board"]);
}

#[test]
fn a_stretch_result_shows_no_section() {
    let c = catalog();
    // A beginner: every target is a stretch, and no target gets the section.
    let beginner = person(&c, 0, &[("python", 1)]);
    for role in &c.roles {
        let r = results_for(&c, &beginner, Some(&role.id));
        assert_eq!(r.target_match().unwrap().readiness, Readiness::Stretch);
        assert_eq!(for_results(&c, &r), None, "{}", role.id);
    }
    // A strong Python developer aiming at Java: a stretch, so no section (and no Java
    // board), though Python Developer would be ready now.
    let r = aiming(
        &c,
        "java-developer",
        &[("python", 5), ("sql", 5), ("java", 0)],
    );
    assert_eq!(r.target_match().unwrap().readiness, Readiness::Stretch);
    assert_eq!(for_results(&c, &r), None);
    let m = r.ranking.iter().find(|m| m.role == "python-developer");
    assert_eq!(m.unwrap().readiness, Readiness::ReadyNow);
    // On the Java role page, this visitor doesn't get it either.
    let levels = skillcheck::core::calibration::levels_of(&r.calibration);
    let java = c.role("java-developer").unwrap();
    assert_eq!(for_role(&c, java, Some(&levels)), None);
}

#[test]
fn a_junior_level_result_leads_with_a_portfolio_and_github_and_reads_about_degrees() {
    let c = catalog();
    let r = results_for(&c, &person(&c, 2, &[("coding", 3), ("sql", 3)]), None);
    assert_ne!(r.seniority.suitability, Suitability::SeniorReady);
    let g = for_results(&c, &r).expect("the default target is within reach");
    assert_eq!(g.stage, Stage::Junior, "{}", g.role.id);
    assert_eq!(step_ids(&g)[..2], ["portfolio-site", "code-on-github"]);
    let degrees = g.degrees.expect("junior-level: the degrees paragraph");
    assert!(degrees.contains("bootcamp") && degrees.contains("computer science degree"));
    assert!(g.freelance.contains("contract"));
    assert_eq!(g.steps.len(), c.job_search.steps.len(), "every step");
}

#[test]
fn a_senior_level_result_leads_with_networking_and_interview_practice() {
    let c = catalog();
    let r = results_for(&c, &person(&c, 5, &[]), None);
    assert_eq!(r.seniority.suitability, Suitability::SeniorReady);
    let g = for_results(&c, &r).expect("ready now");
    assert_eq!(g.stage, Stage::Senior, "{}", g.role.id);
    assert_eq!(step_ids(&g)[..2], ["networking", "interview-practice"]);
    assert_eq!(
        g.degrees, None,
        "no degrees paragraph for a senior-level result"
    );
    assert!(
        !g.freelance.is_empty(),
        "freelancing is a path at every level"
    );
    assert_eq!(g.steps.len(), c.job_search.steps.len(), "every step");
}

#[test]
fn every_back_end_title_lists_boards_and_a_generalist_gets_their_own_languages() {
    let c = catalog();
    for role in c.roles.iter().filter(|r| r.family == RoleFamily::BackEnd) {
        let g = for_role(&c, role, None).unwrap();
        assert!(!g.boards.is_empty(), "{}", role.id);
    }
    // Back End Developer asks for no one language: a Python person sees the Python board.
    let strong = [
        ("coding", 4),
        ("python", 4),
        ("sql", 4),
        ("rest-apis", 4),
        ("git", 3),
        ("web-development", 3),
        ("software-engineering", 3),
        ("debugging-testing", 3),
    ];
    let r = results_for(&c, &person(&c, 2, &strong), Some("back-end-developer"));
    let g = for_results(&c, &r).expect("within reach");
    assert_eq!(g.boards_for, BoardsFor::YourLanguages);
    assert_eq!(board_names(&g), ["Python Job Board"]);
}
