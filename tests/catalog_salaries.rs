//! Every salary figure in `public/data/salaries.json` against a table typed from the seed
//! article and the BLS reference table.

mod common;

use skillcheck::core::catalog::{Salaries, Usd};

fn salaries() -> Salaries {
    serde_json::from_str(&common::read("salaries.json")).expect("salaries.json parses")
}

/// Thousands as the seed prints them ("$164K").
fn k(thousands: u32) -> Usd {
    Usd {
        usd: thousands * 1000,
        approx: true,
    }
}

#[test]
fn national_and_city_figures_are_the_seeds() {
    let s = salaries();
    let exact = Usd {
        usd: 158_330,
        approx: false,
    };
    assert_eq!(
        (
            s.national.role.as_str(),
            s.national.source.as_str(),
            s.national.amount
        ),
        ("back-end-developer", "indeed", exact)
    );
    let seed = [
        ("Orange County, CA", 164, 3.76),
        ("Los Angeles, CA", 160, 1.31),
        ("Washington, D.C.", 159, 0.92),
        ("Miami, FL", 156, -1.11),
        ("Chicago, IL", 156, -1.13),
        ("New York City", 153, -2.97),
        ("Dallas, TX", 129, -18.28),
        ("Alexandria, VA", 123, -21.81),
        ("Houston, TX", 120, -23.75),
        ("Fairfax, VA", 112, -28.74),
    ];
    let data: Vec<_> = s
        .cities
        .iter()
        .map(|c| (c.name.as_str(), c.amount, c.diff_pct))
        .collect();
    let expected: Vec<_> = seed.iter().map(|&(n, t, p)| (n, k(t), p)).collect();
    assert_eq!(data, expected);
    for city in &s.cities {
        assert_eq!(
            (city.role.as_str(), city.source.as_str()),
            ("back-end-developer", "indeed")
        );
    }
}

#[test]
fn comparison_rows_are_the_seeds() {
    let seed = [
        ("back-end-developer", 158, None),
        ("python-developer", 133, Some(-15.37)),
        ("full-stack-developer", 127, Some(-19.54)),
        ("product-manager", 121, Some(-23.38)),
        ("software-engineer", 105, Some(-33.59)),
        ("web-developer", 81, Some(-48.8)),
        ("web-designer", 53, Some(-66.02)),
    ];
    let data: Vec<_> = salaries()
        .comparison
        .iter()
        .map(|c| (c.role.clone(), c.amount, c.diff_pct))
        .collect();
    let expected: Vec<_> = seed
        .iter()
        .map(|&(r, t, p)| (r.to_string(), k(t), p))
        .collect();
    assert_eq!(data, expected);
}

#[test]
fn indeed_and_glassdoor_role_figures_are_the_seeds() {
    let seed = [
        ("python-developer", 133, 97),
        ("full-stack-developer", 127, 91),
        ("web-developer", 81, 81),
        ("software-engineer", 105, 117),
        ("product-manager", 121, 123),
        ("web-designer", 53, 69),
    ];
    let s = salaries();
    assert_eq!(s.role_figures.len(), seed.len() * 2);
    for (role, indeed, glassdoor) in seed {
        for (source, thousands) in [("indeed", indeed), ("glassdoor", glassdoor)] {
            let found: Vec<Usd> = s
                .role_figures
                .iter()
                .filter(|f| f.role == role && f.source == source)
                .map(|f| f.amount)
                .collect();
            assert_eq!(found, vec![k(thousands)], "{role} on {source}");
        }
    }
}

#[test]
fn bls_medians_are_the_reference_tables() {
    let table = [
        ("Software developers", 132_270, "May 2023"),
        (
            "Software quality assurance analysts and testers",
            101_800,
            "May 2023",
        ),
        ("Computer network architects", 129_840, "2023"),
        ("Computer programmers", 99_700, "2023"),
        ("Database administrators", 104_620, "May 2024"),
        ("Database architects", 135_980, "May 2024"),
        (
            "All computer and information technology occupations",
            104_420,
            "May 2023",
        ),
    ];
    let data: Vec<_> = salaries()
        .bls_categories
        .iter()
        .map(|c| (c.name.clone(), c.median, c.as_of.clone()))
        .collect();
    let expected: Vec<_> = table
        .iter()
        .map(|&(n, usd, a)| (n.to_string(), Usd { usd, approx: false }, a.to_string()))
        .collect();
    assert_eq!(data, expected);
}

#[test]
fn no_role_has_both_a_seed_figure_and_a_bls_stand_in() {
    let s = salaries();
    for link in &s.role_bls {
        let seeded = link.role == s.national.role
            || s.comparison.iter().any(|c| c.role == link.role)
            || s.role_figures.iter().any(|f| f.role == link.role);
        assert!(
            !seeded,
            "{} has a seed figure and a BLS stand-in",
            link.role
        );
    }
}

#[test]
fn the_articles_sources_are_dated_as_published_not_re_checked() {
    let sources: Vec<(String, String)> = salaries()
        .sources
        .iter()
        .map(|s| (s.id.clone(), s.as_of.clone()))
        .collect();
    let article = "as published in the source article (2024), not re-checked";
    assert_eq!(
        sources,
        [
            ("indeed".to_string(), article.to_string()),
            ("glassdoor".to_string(), article.to_string()),
            (
                "bls".to_string(),
                "2023 and May 2024 (each category states its own date)".to_string()
            ),
        ]
    );
}

#[test]
fn junior_and_senior_titles_have_no_figure_of_their_own_only_the_all_levels_bls_median() {
    let s = salaries();
    for role in ["junior-back-end-developer", "senior-back-end-developer"] {
        let mapped: Vec<&str> = s
            .role_bls
            .iter()
            .filter(|m| m.role == role)
            .map(|m| m.category.as_str())
            .collect();
        assert_eq!(mapped, ["software-developers"], "{role}");
        assert!(!s.role_figures.iter().any(|f| f.role == role), "{role}");
    }
}
