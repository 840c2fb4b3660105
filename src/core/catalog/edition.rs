//! Which build a data file comes from. The build checks the data against every rule of
//! docs/data.md (the site manifest example validates it before any page is written) and
//! stamps each file it ships with one edition (scripts/compact-data.mjs). So the browser
//! does not validate the files again, which would cost every visitor the validator's code
//! (16 KB of gzip wasm): it checks that the files it got share one edition, and refuses a
//! set mixed from two builds (a visit during an update), the one way a checked set can
//! stop fitting together on its way.

use super::types::*;
use super::{CatalogError, DataFile};

/// A data file's top level, which carries the file's edition.
pub trait Stamped {
    fn edition(&self) -> Option<&str>;
}

macro_rules! stamped {
    ($($file:ty),*) => {
        $(impl Stamped for $file {
            fn edition(&self) -> Option<&str> {
                self.edition.as_deref()
            }
        })*
    };
}

stamped!(
    Meta,
    SkillsFile,
    QuestionsFile,
    RolesFile,
    Salaries,
    ResourcesFile,
    JobSearch,
    QuestionTexts
);

/// The editions of the files a page loaded, in loading order.
#[derive(Default)]
pub struct Editions(Vec<(DataFile, Option<String>)>);

impl Editions {
    pub fn add(&mut self, file: DataFile, edition: Option<&str>) {
        self.0.push((file, edition.map(str::to_string)));
    }

    /// The first file whose edition is not the first file's.
    pub fn check(&self) -> Result<(), Mixed> {
        let Some((first, edition)) = self.0.first() else {
            return Ok(());
        };
        match self.0.iter().find(|(_, other)| other != edition) {
            None => Ok(()),
            Some((file, _)) => Err(Mixed {
                file: *file,
                other: *first,
            }),
        }
    }
}

/// A set of files from two builds: `file` does not come from the build that wrote `other`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mixed {
    pub file: DataFile,
    pub other: DataFile,
}

/// Why files the build shipped cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unusable {
    /// Damaged on the way (not the JSON the build wrote) or missing.
    Invalid(Vec<CatalogError>),
    /// From two builds.
    Mixed(Mixed),
}

impl From<Vec<CatalogError>> for Unusable {
    fn from(problems: Vec<CatalogError>) -> Self {
        Unusable::Invalid(problems)
    }
}

impl From<Mixed> for Unusable {
    fn from(mixed: Mixed) -> Self {
        Unusable::Mixed(mixed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_edition_passes_and_the_first_file_that_differs_is_named() {
        let editions = |stamps: &[Option<&str>]| {
            let mut all = Editions::default();
            for (file, stamp) in DataFile::CATALOG.into_iter().zip(stamps) {
                all.add(file, *stamp);
            }
            all.check()
        };
        assert_eq!(editions(&[]), Ok(()));
        assert_eq!(editions(&[Some("a"), Some("a"), Some("a")]), Ok(()));
        // public/data, read by the tests: no file stamped.
        assert_eq!(editions(&[None, None]), Ok(()));
        for stamps in [
            [Some("a"), Some("a"), Some("b")],
            [Some("a"), Some("a"), None],
            [None, None, Some("a")],
        ] {
            let mixed = Mixed {
                file: DataFile::Questions,
                other: DataFile::Meta,
            };
            assert_eq!(editions(&stamps), Err(mixed), "{stamps:?}");
        }
    }
}
