//! The browser's path: files the build validated and stamped with its edition
//! (scripts/compact-data.mjs) are only checked to share that edition.

use super::*;
use skillcheck::core::catalog::edition::{Mixed, Unusable};

/// `text` as the build ships it: its edition first.
fn stamped(text: &str, edition: &str) -> String {
    let mut content: Value = serde_json::from_str(text).unwrap();
    let object = content.as_object_mut().unwrap();
    assert!(object.insert("edition".into(), edition.into()).is_none());
    content.to_string()
}

fn from_build(editions: [&str; FILES.len()]) -> Result<Catalog, Unusable> {
    let mut parsed = ParsedFiles::default();
    for ((file, text), edition) in DataFile::CATALOG.into_iter().zip(texts()).zip(editions) {
        parsed.add(file, &stamped(&text, edition)).unwrap();
    }
    parsed.whole_from_build()
}

#[test]
fn files_of_one_edition_make_the_validated_catalog() {
    let catalog = from_build(["e1"; FILES.len()]).unwrap();
    assert_eq!(catalog.meta.edition.as_deref(), Some("e1"));
    let unstamped = |mut c: Catalog| {
        c.quiz.meta.edition = None;
        c.salaries.edition = None;
        c.job_search.edition = None;
        c
    };
    assert_eq!(unstamped(catalog.clone()), load());

    // (The build ships the words split by skill; any file of them parses the same way.)
    let file = DataFile::QuestionTexts.name();
    let words = QuestionTexts::from_build(
        "question-texts-sql.json",
        &stamped(&read(file), "e1"),
        &catalog,
    )
    .unwrap()
    .expect("of the catalog's edition");
    assert_eq!(
        QuestionTexts {
            edition: None,
            ..words
        },
        common::question_texts(&load())
    );
}

/// A visit during an update can mix files of two builds: refused, the file named.
#[test]
fn a_file_from_another_build_is_named() {
    let mixed = |file, other| Some(Unusable::Mixed(Mixed { file, other }));
    for (i, file) in DataFile::CATALOG.into_iter().enumerate().skip(1) {
        let mut editions = ["e1"; FILES.len()];
        editions[i] = "e2";
        assert_eq!(from_build(editions).err(), mixed(file, DataFile::Meta));
    }

    // The quiz's and the job-title list's parts check their files too.
    let parsed = |stamps: &[&str]| {
        let mut parsed = ParsedFiles::default();
        for ((file, text), edition) in DataFile::CATALOG.into_iter().zip(texts()).zip(stamps) {
            parsed.add(file, &stamped(&text, edition)).unwrap();
        }
        parsed
    };
    assert_eq!(
        parsed(&["e1", "e1", "e2"]).quiz_from_build().err(),
        mixed(DataFile::Questions, DataFile::Meta)
    );
    assert_eq!(
        parsed(&["e1", "e1", "e1", "e1", "e2", "e1"])
            .roles_from_build()
            .err(),
        mixed(DataFile::Salaries, DataFile::Meta)
    );

    // The question texts load later: they must be of the catalog's edition (the loader
    // names the file: src/data/texts.rs).
    let catalog = from_build(["e1"; FILES.len()]).unwrap();
    let texts = stamped(&read(DataFile::QuestionTexts.name()), "e2");
    assert_eq!(
        QuestionTexts::from_build("question-texts-sql.json", &texts, &catalog),
        Ok(None)
    );
    // Damaged words are named by their file.
    let damaged = QuestionTexts::from_build("question-texts-sql.json", "{", &catalog);
    assert_eq!(damaged.unwrap_err().file, "question-texts-sql.json");
}

/// The quiz's loader parses its three files with `add_quiz_file`, which refuses the others:
/// the browser's main wasm then carries no other file's parsing (src/data.rs).
#[test]
fn the_quizs_part_is_parsed_without_the_other_files() {
    let mut parsed = ParsedFiles::default();
    let quiz_files = DataFile::CATALOG.into_iter().zip(texts()).take(QUIZ_FILES);
    for (file, text) in quiz_files {
        parsed.add_quiz_file(file, &stamped(&text, "e1")).unwrap();
    }
    let quiz = parsed.quiz_from_build().unwrap();
    assert_eq!(quiz.questions.len(), load().questions.len());
    for file in &DataFile::CATALOG[QUIZ_FILES..] {
        let refused = ParsedFiles::default()
            .add_quiz_file(*file, &read(file.name()))
            .unwrap_err();
        assert_eq!(refused.file, file.name());
    }
}
