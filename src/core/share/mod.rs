//! Share codes: a result as a short, versioned, checksummed string for the URL fragment.
//!
//! A code holds only the answers and the chosen city; the results page recomputes
//! everything else from the bundled catalog, as the O*NET Interest Profiler does with its
//! answer string. The exact layout, and how codes keep working as the catalog grows, are
//! in `docs/share-format.md`.

mod bits;
mod checksum;
mod code;
mod error;
mod link;

#[cfg(test)]
mod fixtures;
// proptest is a native-only dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod fuzz;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod props;
#[cfg(test)]
mod tests;

pub use code::{decode, encode, shareable, FORMAT_VERSION};
pub use error::{ShareError, VersionKind};
pub use link::code_from_link;

use super::answers::Answers;

/// What a share code holds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SharedResult {
    pub answers: Answers,
    /// The id of the city chosen for salaries (one of `salaries.cities`), if any.
    pub city: Option<String>,
}
