//! Corrupted copies of the catalog are rejected, naming the file and, where there is one,
//! the entry.

use super::*;

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
        v["questions"][0]["level"] = 6.into();
    });
    let first_question = load().questions[0].id.clone();
    assert!(
        names(&problems, "questions.json", &first_question),
        "{problems:#?}"
    );

    // The question texts load apart, checked against the questions.
    let file = DataFile::QuestionTexts.name();
    let mut words: Value = serde_json::from_str(&read(file)).unwrap();
    let q = &mut words["questions"][0];
    q["answer"] = q["choices"].as_array().unwrap().len().into();
    let problems = QuestionTexts::from_source(&words.to_string(), &load())
        .expect_err("an answer that is not among the choices must be rejected");
    assert!(names(&problems, file, &first_question), "{problems:#?}");

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
