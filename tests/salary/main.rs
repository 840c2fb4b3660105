//! The salary query (`core::salary`) against the real `public/data/` catalog: which figure
//! each kind of role gets and how it is labelled.

#[path = "../common/mod.rs"]
mod common;
mod wording;
use common::catalog;

use skillcheck::core::catalog::Seniority;
use skillcheck::core::salary::{
    city, comparison, national, panel_note, role_salary, source_groups, RoleSalary, BLS_NOTE,
    COMPARISON_SOURCE, NO_FIGURE, PANEL_INTRO,
};

fn sources_and_amounts(s: &RoleSalary) -> Vec<(String, String)> {
    match s {
        RoleSalary::Seed(figures) => figures
            .iter()
            .map(|f| (f.source.name.clone(), f.amount.display()))
            .collect(),
        other => panic!("expected seed figures, got {other:?}"),
    }
}

#[test]
fn a_role_with_seed_figures_gets_each_source_and_the_range() {
    let c = catalog();
    let python = role_salary(&c, "python-developer");
    assert_eq!(
        sources_and_amounts(&python),
        [
            ("Indeed.com".to_string(), "$133K".to_string()),
            ("Glassdoor".to_string(), "$97K".to_string())
        ]
    );
    assert_eq!(python.range_text().as_deref(), Some("$97K–$133K"));
    assert_eq!(
        python.summary(),
        "$97K–$133K a year (US averages, range across Indeed.com and Glassdoor)"
    );
    // Sources that agree give one figure, not "$81K–$81K".
    assert_eq!(
        role_salary(&c, "web-developer").range_text().as_deref(),
        Some("$81K")
    );
}

#[test]
fn back_end_developer_gets_the_national_figure() {
    let c = catalog();
    let s = role_salary(&c, "back-end-developer");
    assert_eq!(
        sources_and_amounts(&s),
        [("Indeed.com".to_string(), "$158,330".to_string())]
    );
    assert_eq!(s.summary(), "$158,330 a year (US average, Indeed.com)");
}

#[test]
fn a_role_without_seed_figures_gets_its_bls_category_labelled_as_such() {
    let c = catalog();
    let qa = role_salary(&c, "qa-engineer");
    assert_eq!(qa.range(), None);
    assert_eq!(
        qa.summary(),
        "$101,800 a year: BLS median for Software quality assurance analysts and testers (May 2023)"
    );
    let RoleSalary::Bls { url, .. } = &qa else {
        panic!("{qa:?}")
    };
    assert!(url.starts_with("https://www.bls.gov/"));
    let cloud = role_salary(&c, "cloud-engineer");
    assert!(
        cloud
            .summary()
            .contains("$129,840 a year: BLS median for Computer network architects (2023)"),
        "{cloud:?}"
    );
}

#[test]
fn a_role_with_neither_says_so() {
    let c = catalog();
    let s = role_salary(&c, "front-end-developer");
    assert_eq!(s, RoleSalary::NoFigure);
    assert_eq!(s.summary(), NO_FIGURE);
    assert_eq!(role_salary(&c, "no-such-role"), RoleSalary::NoFigure);
}

#[test]
fn every_role_gets_exactly_one_kind_of_figure() {
    let c = catalog();
    let no_figure: Vec<&str> = c
        .roles
        .iter()
        .filter(|r| role_salary(&c, &r.id) == RoleSalary::NoFigure)
        .map(|r| r.id.as_str())
        .collect();
    assert_eq!(no_figure, ["front-end-developer"]);
}

#[test]
fn national_and_city_figures_with_the_seeds_percentages() {
    let c = catalog();
    let n = national(&c);
    assert_eq!(
        (
            n.role_title.as_str(),
            n.amount.display(),
            n.source.name.as_str()
        ),
        ("Back End Developer", "$158,330".to_string(), "Indeed.com")
    );
    let houston = city(&c, "houston-tx").expect("Houston is a seed city");
    assert_eq!(
        (
            houston.name.as_str(),
            houston.amount.display(),
            houston.diff.as_str()
        ),
        ("Houston, TX", "$120K".to_string(), "-23.75%")
    );
    assert_eq!(city(&c, "orange-county-ca").unwrap().diff, "+3.76%");
    assert_eq!(city(&c, "fairfax-va").unwrap().diff, "-28.74%");
    assert_eq!(city(&c, "atlantis"), None);
    assert_eq!(c.salaries.cities.len(), 10);
}

#[test]
fn comparison_rows_start_with_the_base_row() {
    let c = catalog();
    let rows = comparison(&c);
    let shown: Vec<(&str, String, Option<&str>)> = rows
        .iter()
        .map(|r| (r.title.as_str(), r.amount.display(), r.diff.as_deref()))
        .collect();
    assert_eq!(shown[0], ("Back End Developer", "$158K".to_string(), None));
    assert_eq!(
        shown[1],
        ("Python Developer", "$133K".to_string(), Some("-15.37%"))
    );
    assert_eq!(
        shown[6],
        ("Web Designer", "$53K".to_string(), Some("-66.02%"))
    );
    assert_eq!(rows.len(), 7);
}

#[test]
fn junior_and_senior_titles_say_their_figure_is_for_all_experience_levels_on_the_same_line() {
    let c = catalog();
    for (role, word) in [
        ("junior-back-end-developer", "junior"),
        ("senior-back-end-developer", "senior"),
    ] {
        let s = role_salary(&c, role);
        let expected = format!(
            "$132,270 a year: BLS median for Software developers (May 2023) — all experience \
             levels, not {word}-specific"
        );
        assert_eq!(s.summary(), expected, "{role}");
        let lines: Vec<String> = s.lines().iter().map(|l| l.text()).collect();
        assert_eq!(lines, [expected], "{role}");
    }
    // A title that is not level-specific gets the same median without the note.
    assert_eq!(
        role_salary(&c, "java-developer").summary(),
        "$132,270 a year: BLS median for Software developers (May 2023)"
    );
    // Every level-specific title in the catalog that shows a figure for all levels says so.
    for role in c.roles.iter().filter(|r| r.seniority != Seniority::Mid) {
        if let RoleSalary::Bls { .. } = role_salary(&c, &role.id) {
            for line in role_salary(&c, &role.id).lines() {
                assert!(
                    line.text().contains("all experience levels, not "),
                    "{}: {}",
                    role.id,
                    line.text()
                );
            }
        }
    }
}
