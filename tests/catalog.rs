//! The real catalog under `public/data/`: it loads and validates, its salary figures are
//! exactly the seed's, and a corrupted copy is rejected with the file and entry named.
//!
//! `SKILLCHECK_DATA_DIR` points the tests at another copy of the six files (for trying
//! data out before it is in the repository).

use serde_json::Value;
use skillcheck::core::catalog::*;
use std::path::PathBuf;

fn data_dir() -> PathBuf {
    match std::env::var_os("SKILLCHECK_DATA_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("public/data"),
    }
}

fn read(file: &str) -> String {
    let path = data_dir().join(file);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn texts() -> [String; 6] {
    FILES.map(read)
}

fn parse(texts: &[String; 6]) -> Result<Catalog, Vec<CatalogError>> {
    Catalog::from_sources(texts.each_ref().map(String::as_str))
}

fn load() -> Catalog {
    parse(&texts()).unwrap_or_else(|problems| {
        let list: Vec<String> = problems.iter().map(|p| format!("  {p}")).collect();
        panic!("{} catalog problems:\n{}", problems.len(), list.join("\n"))
    })
}

fn salaries() -> Salaries {
    serde_json::from_str(&read("salaries.json")).expect("salaries.json parses")
}

#[test]
fn real_catalog_is_valid() {
    let catalog = load();
    assert_eq!(catalog.roles.len(), 19);
    assert_eq!(catalog.skills.len(), 22);
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
fn roles_are_the_nineteen_in_order_with_known_skills() {
    let catalog = load();
    let ids: Vec<&str> = catalog.roles.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "junior-back-end-developer",
            "back-end-developer",
            "senior-back-end-developer",
            "java-developer",
            "ruby-developer",
            "python-developer",
            "sql-developer",
            "qa-engineer",
            "wordpress-php-developer",
            "oracle-sql-developer",
            "full-stack-developer",
            "front-end-developer",
            "cloud-engineer",
            "android-developer",
            "ios-developer",
            "software-engineer",
            "web-developer",
            "product-manager",
            "web-designer",
        ]
    );
    for (i, role) in catalog.roles.iter().enumerate() {
        let family = if i < 10 {
            RoleFamily::BackEnd
        } else {
            RoleFamily::Related
        };
        assert_eq!(role.family, family, "{}", role.id);
        assert!(
            (6..=12).contains(&role.profile.len()),
            "{} profile size",
            role.id
        );
        for req in &role.profile {
            assert!(
                catalog.skill(&req.skill).is_some(),
                "{}: {}",
                role.id,
                req.skill
            );
        }
    }
    let junior = catalog.role("junior-back-end-developer").unwrap();
    let senior = catalog.role("senior-back-end-developer").unwrap();
    assert_eq!(
        (junior.seniority, senior.seniority),
        (Seniority::Junior, Seniority::Senior)
    );
}

#[test]
fn every_skill_has_resources_and_every_url_is_https() {
    let catalog = load();
    for skill in &catalog.skills {
        let n = catalog.resources_for(&skill.id).count();
        assert!(n >= 3, "{} has {n} resources", skill.id);
    }
    let urls = catalog
        .resources
        .iter()
        .map(|r| &r.url)
        .chain(catalog.salaries.sources.iter().map(|s| &s.url))
        .chain(catalog.salaries.bls_categories.iter().map(|c| &c.url));
    for url in urls {
        assert!(url.starts_with("https://"), "{url}");
    }
}

/// Edits one file of a good copy, loads it, and returns the problems.
fn problems_after(file: &str, edit: impl FnOnce(&mut Value)) -> Vec<CatalogError> {
    let mut texts = texts();
    let i = FILES.iter().position(|f| *f == file).unwrap();
    let mut value: Value = serde_json::from_str(&texts[i]).unwrap();
    edit(&mut value);
    texts[i] = value.to_string();
    parse(&texts).expect_err("corrupted catalog must be rejected")
}

fn names(problems: &[CatalogError], file: &str, entry: &str) -> bool {
    problems.iter().any(|p| {
        p.file == file && p.entry.as_deref() == Some(entry) && p.to_string().contains(entry)
    })
}

#[test]
fn corrupted_copies_are_rejected_naming_file_and_entry() {
    let problems = problems_after("questions.json", |v| {
        let q = &mut v["questions"][0];
        q["answer"] = q["choices"].as_array().unwrap().len().into();
    });
    let first_question = load().questions[0].id.clone();
    assert!(
        names(&problems, "questions.json", &first_question),
        "{problems:#?}"
    );

    let problems = problems_after("roles.json", |v| {
        v["roles"][1]["profile"][0]["skill"] = "no-such-skill".into();
    });
    assert!(
        names(&problems, "roles.json", "back-end-developer"),
        "{problems:#?}"
    );

    let problems = problems_after("salaries.json", |v| {
        v["cities"][0]["diff_pct"] = 13.76.into();
    });
    assert!(
        names(&problems, "salaries.json", "orange-county-ca"),
        "{problems:#?}"
    );

    let problems = problems_after("resources.json", |v| {
        v["resources"][0]["url"] = "http://example.org/".into();
    });
    let first_resource = load().resources[0].id.clone();
    assert!(
        names(&problems, "resources.json", &first_resource),
        "{problems:#?}"
    );
}

#[test]
fn truncated_json_is_rejected_naming_the_file() {
    let mut texts = texts();
    let half = texts[4].len() / 2;
    let cut = (0..=half)
        .rev()
        .find(|&i| texts[4].is_char_boundary(i))
        .unwrap();
    texts[4].truncate(cut);
    let problems = parse(&texts).expect_err("truncated salaries.json must be rejected");
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!(problems[0].file, "salaries.json");
    let message = problems[0].to_string();
    assert!(message.starts_with("salaries.json: "), "{message}");
    assert!(
        message.contains("line"),
        "the parser's position is kept: {message}"
    );
}
