//! Reading the data files for the integration tests.
//!
//! `SKILLCHECK_DATA_DIR` points the tests at another copy of the data files (for trying
//! data out before it is in the repository).

// Each test file uses a part of this module.
#![allow(dead_code)]

use skillcheck::core::catalog::{Catalog, DataFile, QuestionTexts, FILES};
use std::path::PathBuf;

fn data_dir() -> PathBuf {
    match std::env::var_os("SKILLCHECK_DATA_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("public/data"),
    }
}

pub fn read(file: &str) -> String {
    let path = data_dir().join(file);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// The whole bundled catalog, as the app loads it.
pub fn catalog() -> Catalog {
    let texts = FILES.map(read);
    Catalog::from_sources(texts.each_ref().map(String::as_str))
        .unwrap_or_else(|e| panic!("catalog does not load: {e:?}"))
}

/// The question texts, checked against `catalog` as the app checks them.
pub fn question_texts(catalog: &Catalog) -> QuestionTexts {
    QuestionTexts::from_source(&read(DataFile::QuestionTexts.name()), catalog)
        .unwrap_or_else(|e| panic!("question texts do not load: {e:?}"))
}
