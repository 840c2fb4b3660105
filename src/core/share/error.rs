//! Why a pasted link or code gave no result, in words for the person who pasted it.

use std::fmt;

/// Which version number in a code is newer than this app's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VersionKind {
    /// The layout of the code itself (`FORMAT_VERSION`).
    Format,
    /// The catalog's `data_version`: the code may hold skills this app doesn't have yet.
    Data,
}

/// A string that is not a code this app can read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// Nothing was pasted, or a link with nothing after its `#`.
    Empty,
    /// Characters no share code contains: not a result link at all.
    NotACode,
    /// The right characters, but the checksum or length is wrong: cut off or mistyped.
    Damaged,
    /// Made by a newer app, or with newer data, than this one.
    NewerVersion {
        kind: VersionKind,
        code_version: u32,
        app_version: u32,
    },
    /// The code names a city (by its position in `salaries.cities`) this app doesn't list.
    UnknownCity { index: u32 },
}

impl ShareError {
    /// One plain sentence or two for the person who pasted the link.
    pub fn message(&self) -> &'static str {
        match self {
            ShareError::Empty => {
                "There is no result code here. Paste the whole link you were sent."
            }
            ShareError::NotACode => {
                "This doesn't look like a result link. Check that you pasted the whole link you were sent."
            }
            ShareError::Damaged => {
                "This link is damaged \u{2014} perhaps it was cut off when copied. Ask for it again."
            }
            ShareError::NewerVersion { .. } => {
                "This link was made by a newer version of the app. Reload the page to get the latest version, then open the link again."
            }
            ShareError::UnknownCity { .. } => {
                "This link names a city this version of the app doesn't know. Reload the page to get the latest version, then open the link again."
            }
        }
    }
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message())
    }
}

impl std::error::Error for ShareError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_error_has_its_own_sentence() {
        let all = [
            ShareError::Empty,
            ShareError::NotACode,
            ShareError::Damaged,
            ShareError::NewerVersion {
                kind: VersionKind::Data,
                code_version: 2,
                app_version: 1,
            },
            ShareError::UnknownCity { index: 11 },
        ];
        let messages: Vec<&str> = all.iter().map(ShareError::message).collect();
        for (i, m) in messages.iter().enumerate() {
            assert!(m.ends_with('.'), "{m}");
            assert!(!messages[..i].contains(m), "repeated: {m}");
        }
        assert_eq!(all[2].to_string(), all[2].message());
    }
}
