//! Share codes: a result as a short, versioned, checksummed string for the URL fragment.
//!
//! A code holds only the answers, the chosen city and target role, and how the result was
//! made; the results page recomputes
//! everything else from the bundled catalog, as the O*NET Interest Profiler does with its
//! answer string. The exact layout, and how codes keep working as the catalog grows, are
//! in `docs/share-format.md`.

mod bits;
mod checksum;
mod code;
mod error;
mod format1;
mod link;
mod note;

#[cfg(test)]
mod fixtures;
// proptest is a native-only dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod fuzz;
#[cfg(test)]
mod old_link_tests;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod props;
#[cfg(test)]
mod tests;

pub use code::{decode, encode, shareable, FORMAT_VERSION};
pub use error::{ShareError, VersionKind};
pub use link::code_from_link;
pub use note::ShareNote;

use super::answers::Answers;
use super::mode::ResultMode;

/// What a share code holds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SharedResult {
    pub answers: Answers,
    /// The id of the city chosen for salaries (one of `salaries.cities`), if any.
    pub city: Option<String>,
    /// The role the person aims for (`None`: the best back-end match).
    pub target: Option<String>,
    /// Whether the ratings were checked.
    pub mode: ResultMode,
    /// What `decode` could not carry over as it was, for the page to say; empty otherwise.
    pub notes: Vec<ShareNote>,
}
