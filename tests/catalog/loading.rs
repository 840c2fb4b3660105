//! How the catalog is loaded: the job-title list's files, one file at a time, the quiz's
//! files only, and strict serde parsing that agrees with the app's parser.

use super::*;

/// The job-title list and compare load every file but job-search.json: that catalog has
/// everything else and no job-search advice.
#[test]
fn the_roles_catalog_holds_all_but_the_job_search_advice() {
    let texts = texts();
    let mut parsed = ParsedFiles::default();
    for (file, text) in DataFile::CATALOG.into_iter().zip(&texts).take(ROLES_FILES) {
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

/// The browser adds the files one task at a time; all of them make the same catalog as
/// `from_sources`, and a file never added is named rather than silently empty.
#[test]
fn files_added_one_at_a_time_make_the_catalog_and_a_missing_one_is_named() {
    let texts = texts();
    let add_all_but = |skip: Option<DataFile>| {
        let mut parsed = ParsedFiles::default();
        for (file, text) in DataFile::CATALOG.into_iter().zip(&texts) {
            if Some(file) != skip {
                parsed.add(file, text).unwrap();
            }
        }
        parsed.finish()
    };
    assert_eq!(add_all_but(None).unwrap(), load());
    for file in DataFile::CATALOG {
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
        for (file, text) in DataFile::CATALOG.into_iter().zip(texts).take(QUIZ_FILES) {
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
    let file = DataFile::QuestionTexts.name();
    let words: QuestionTexts = strict(file, &read(file));
    assert_eq!(words, common::question_texts(&load()));
}
