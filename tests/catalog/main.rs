//! The real catalog under `public/data/`: it loads and validates, its roles and resources
//! are complete, and a corrupted copy is rejected with the file and entry named. The salary
//! figures are checked against the seed in `catalog_salaries.rs`.

#[path = "../common/mod.rs"]
mod common;
mod from_build;
mod loading;
mod rejected;

use common::read;
use serde_json::Value;
use skillcheck::core::catalog::*;

fn texts() -> [String; FILES.len()] {
    FILES.map(read)
}

/// The names of `FILES` are the enum's, in its loading order, quiz files first.
#[test]
fn files_lists_the_data_files_in_loading_order() {
    assert_eq!(FILES, DataFile::CATALOG.map(DataFile::name));
    assert_eq!(DataFile::CATALOG[QUIZ_FILES - 1], DataFile::Questions);
    assert_eq!(DataFile::CATALOG[ROLES_FILES..], [DataFile::JobSearch]);
    assert_eq!(FILES[0], "meta.json");
}

fn parse(texts: &[String; FILES.len()]) -> Result<Catalog, Vec<CatalogError>> {
    Catalog::from_sources(texts.each_ref().map(String::as_str))
}

fn load() -> Catalog {
    parse(&texts()).unwrap_or_else(|problems| {
        let list: Vec<String> = problems.iter().map(|p| format!("  {p}")).collect();
        panic!("{} catalog problems:\n{}", problems.len(), list.join("\n"))
    })
}

#[test]
fn real_catalog_is_valid() {
    let catalog = load();
    assert_eq!(catalog.roles.len(), 19);
    assert_eq!(catalog.skills.len(), 22);
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
            (6..=14).contains(&role.profile.len()),
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

/// Core skills and unmeasured needs (docs/roles.md): every role has one to four core
/// skills; a back-end title never needs something the quiz cannot see before it is "ready
/// now", while the related careers that are a different job say what that job is.
#[test]
fn core_skills_and_unmeasured_needs() {
    let catalog = load();
    let core = |id: &str| -> Vec<String> {
        let role = catalog.role(id).unwrap();
        role.core_requirements().map(|r| r.skill.clone()).collect()
    };
    for role in &catalog.roles {
        let n = role.core_requirements().count();
        assert!((1..=4).contains(&n), "{}: {n} core skills", role.id);
        if role.family == RoleFamily::BackEnd {
            assert!(
                role.unmeasured().iter().all(|u| !u.core) && role.unmeasured().len() <= 1,
                "{}: a back-end title needs nothing unmeasured before it is ready",
                role.id
            );
        }
    }
    assert_eq!(core("python-developer"), ["python", "sql"]);
    assert_eq!(core("sql-developer"), ["sql", "optimisation"]);
    assert_eq!(core("qa-engineer"), ["debugging-testing", "automation"]);
    for id in [
        "android-developer",
        "ios-developer",
        "product-manager",
        "web-designer",
    ] {
        let role = catalog.role(id).unwrap();
        assert!(role.unmeasured().iter().any(|u| u.core), "{id}");
    }
    let ios = catalog.role("ios-developer").unwrap();
    assert!(
        ios.unmeasured()[0].need.contains("Swift"),
        "{:?}",
        ios.unmeasured()
    );
    let android = catalog.role("android-developer").unwrap();
    assert!(android.unmeasured()[0].need.starts_with("Kotlin"));
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
        .chain(catalog.salaries.bls_categories.iter().map(|c| &c.url))
        .chain(
            catalog
                .job_search
                .boards
                .iter()
                .filter_map(|b| b.url.as_ref()),
        )
        .chain(catalog.job_search.steps.iter().map(|s| &s.resource.url));
    for url in urls {
        assert!(url.starts_with("https://"), "{url}");
    }
}

/// The plan raises a skill up to the highest level a role asks for it: every such level
/// has at least two resources that serve it, so a step finds one even when an earlier step
/// of the same plan took another.
#[test]
fn every_level_a_role_asks_for_has_resources() {
    let catalog = load();
    for skill in &catalog.skills {
        let highest = catalog
            .roles
            .iter()
            .flat_map(|r| &r.profile)
            .filter(|q| q.skill == skill.id)
            .map(|q| q.level)
            .max()
            .unwrap_or(0);
        for level in 1..=highest {
            let serving: Vec<&str> = catalog
                .resources_for(&skill.id)
                .filter(|r| r.teaches(&skill.id).unwrap().serves(level))
                .map(|r| r.id.as_str())
                .collect();
            assert!(
                serving.len() >= 2,
                "{} level {level}: {serving:?}",
                skill.id
            );
        }
    }
}

/// Issue 14: security compliance is taught from the regulators' and standards bodies' own
/// pages, and what is not wholly free says so.
#[test]
fn security_has_compliance_resources_and_costs_are_honest() {
    let catalog = load();
    let compliance_sites = [
        "https://owasp.org/www-project-application-security-verification-standard/",
        "https://commission.europa.eu/",
        "https://www.pcisecuritystandards.org/",
        "https://www.hhs.gov/hipaa/",
    ];
    for site in compliance_sites {
        let found = catalog
            .resources_for("security")
            .any(|r| r.url.starts_with(site));
        assert!(found, "no security resource at {site}");
    }
    for id in ["aws-skill-builder", "google-cloud-skills-boost"] {
        assert_eq!(catalog.resource(id).unwrap().cost, Cost::Freemium, "{id}");
    }
}
