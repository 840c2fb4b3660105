//! Reading the data files for the integration tests.
//!
//! `SKILLCHECK_DATA_DIR` points the tests at another copy of the data files (for trying
//! data out before it is in the repository).

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
