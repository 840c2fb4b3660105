//! The pure core: no DOM, no browser, so plain `cargo test` covers it natively.
//!
//! The view layer (`crate::app`, `crate::pages`, `crate::components`) only wires
//! signals to these types.

pub mod answers;
pub mod catalog;
pub mod checks;
pub mod share;
#[cfg(test)]
pub(crate) mod testing;
