//! The real catalog under `public/data/`: it loads and validates, its roles and resources
//! are complete, and a corrupted copy is rejected with the file and entry named. The salary
//! figures are checked against the seed in `catalog_salaries.rs`.

mod common;

use common::read;
use serde_json::Value;
use skillcheck::core::catalog::*;

fn texts() -> [String; FILES.len()] {
    FILES.map(read)
}

/// The names of `FILES` are the enum's, in its loading order, quiz files first.
#[test]
fn files_lists_the_data_files_in_loading_order() {
    assert_eq!(FILES, DataFile::ALL.map(DataFile::name));
    assert_eq!(DataFile::ALL[QUIZ_FILES - 1], DataFile::Questions);
    assert_eq!(DataFile::ALL[ROLES_FILES..], [DataFile::JobSearch]);
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

    // Tagged levels out of order, or past 5: the plan could not pick by them.
    for tag in ["coding 3-1", "coding 4-6", "coding"] {
        let problems = problems_after("resources.json", |v| {
            v["resources"][0]["skills"][0] = tag.into();
        });
        assert!(
            names(&problems, "resources.json", &first_resource),
            "{problems:#?}"
        );
    }
}

/// job-search.json: an http link and a board tied to a role the catalog doesn't have are
/// rejected, naming the board.
#[test]
fn job_search_rejects_an_http_link_and_a_board_for_an_unknown_role() {
    let problems = problems_after("job-search.json", |v| {
        v["boards"][0]["url"] = "http://www.python.org/jobs/".into();
    });
    assert!(
        names(&problems, "job-search.json", "python-job-board"),
        "{problems:#?}"
    );
    assert!(problems[0].message.contains("https"), "{problems:#?}");

    let problems = problems_after("job-search.json", |v| {
        v["boards"][3]["roles"] = serde_json::json!(["kotlin-developer"]);
    });
    assert!(
        names(&problems, "job-search.json", "java-code-geeks"),
        "{problems:#?}"
    );
    assert!(
        problems[0].message.contains("kotlin-developer"),
        "{problems:#?}"
    );

    let problems = problems_after("job-search.json", |v| {
        v["steps"][0]["resource"]["url"] = "http://example.org/".into();
    });
    assert!(
        names(&problems, "job-search.json", "resume-linkedin"),
        "{problems:#?}"
    );
}

/// The job-title list and compare load every file but job-search.json: that catalog has
/// everything else and no job-search advice.
#[test]
fn the_roles_catalog_holds_all_but_the_job_search_advice() {
    let texts = texts();
    let mut parsed = ParsedFiles::default();
    for (file, text) in DataFile::ALL.into_iter().zip(&texts).take(ROLES_FILES) {
        parsed.add(file, text).unwrap();
    }
    let roles = parsed.finish_roles().unwrap();
    assert_eq!(FILES[ROLES_FILES..], ["job-search.json"]);
    let full = load();
    assert_eq!(roles.job_search, JobSearch::default());
    assert_eq!(
        Catalog {
            job_search: JobSearch::default(),
            ..full
        },
        roles
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

/// The browser adds the files one task at a time; all of them make the same catalog as
/// `from_sources`, and a file never added is named rather than silently empty.
#[test]
fn files_added_one_at_a_time_make_the_catalog_and_a_missing_one_is_named() {
    let texts = texts();
    let add_all_but = |skip: Option<DataFile>| {
        let mut parsed = ParsedFiles::default();
        for (file, text) in DataFile::ALL.into_iter().zip(&texts) {
            if Some(file) != skip {
                parsed.add(file, text).unwrap();
            }
        }
        parsed.finish()
    };
    assert_eq!(add_all_but(None).unwrap(), load());
    for file in DataFile::ALL {
        let problems = add_all_but(Some(file)).expect_err("a missing file must be an error");
        assert_eq!(problems[0].file, file.name());
        assert_eq!(problems[0].message, "not loaded");
    }
}

/// The quiz loads only the first `QUIZ_FILES` files: its catalog has their content (and,
/// being a `QuizCatalog`, no roles, salaries or resources to ask for), and a problem in
/// them is still found.
#[test]
fn the_quiz_catalog_holds_the_first_files_and_checks_them() {
    let texts = texts();
    let quiz = |texts: &[String; FILES.len()]| {
        let mut parsed = ParsedFiles::default();
        for (file, text) in DataFile::ALL.into_iter().zip(texts).take(QUIZ_FILES) {
            parsed.add(file, text).unwrap();
        }
        parsed.finish_quiz()
    };
    let full = load();
    let catalog = quiz(&texts).unwrap();
    assert_eq!(
        FILES[..QUIZ_FILES],
        ["meta.json", "skills.json", "questions.json"]
    );
    assert_eq!(
        (&catalog.meta, &catalog.skills, &catalog.questions),
        (&full.meta, &full.skills, &full.questions)
    );
    assert_eq!(catalog, full.quiz);

    let mut broken = texts.clone();
    broken[2] = broken[2].replacen("\"skill\": \"coding\"", "\"skill\": \"no-such-skill\"", 1);
    assert_ne!(broken[2], texts[2], "the edit applied");
    let problems = quiz(&broken).expect_err("a question about an unknown skill");
    assert!(
        problems.iter().any(|p| p.file == "questions.json"),
        "{problems:#?}"
    );
}

/// The app parses with miniserde, which skips unknown fields; serde (with
/// `deny_unknown_fields`) reads every file strictly, and both parsers agree.
#[test]
fn every_file_parses_strictly_with_serde_to_the_same_catalog() {
    fn strict<T: serde::de::DeserializeOwned>(file: &str, text: &str) -> T {
        serde_json::from_str(text).unwrap_or_else(|e| panic!("{file}: {e}"))
    }
    let texts = texts();
    let catalog = load();
    let meta: Meta = strict(FILES[0], &texts[0]);
    let skills: SkillsFile = strict(FILES[1], &texts[1]);
    let questions: QuestionsFile = strict(FILES[2], &texts[2]);
    let roles: RolesFile = strict(FILES[3], &texts[3]);
    let salaries: Salaries = strict(FILES[4], &texts[4]);
    let resources: ResourcesFile = strict(FILES[5], &texts[5]);
    let job_search: JobSearch = strict(FILES[6], &texts[6]);
    assert_eq!(meta, catalog.meta);
    assert_eq!(
        (skills.categories, skills.skills),
        (catalog.quiz.categories.clone(), catalog.quiz.skills.clone())
    );
    assert_eq!(questions.questions, catalog.questions);
    assert_eq!(roles.roles, catalog.roles);
    assert_eq!(salaries, catalog.salaries);
    assert_eq!(
        (resources.resources, resources.paths),
        (catalog.resources, catalog.paths)
    );
    assert_eq!(job_search, catalog.job_search);
}

#[test]
fn a_wrong_field_type_is_rejected_naming_the_file() {
    let problems = problems_after("meta.json", |v| v["data_version"] = "one".into());
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!(problems[0].file, "meta.json");
    assert!(
        problems[0].to_string().contains("wrong type"),
        "{problems:#?}"
    );
}
