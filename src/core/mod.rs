//! The pure core: no DOM, no browser, so plain `cargo test` covers it natively.
//!
//! The view layer (`crate::app`, `crate::pages`, `crate::components`) only wires
//! signals to these types.

pub mod answers;
pub mod calibration;
pub mod catalog;
pub mod checks;
pub mod compare;
pub mod example;
pub mod export;
pub mod job_search;
pub mod json;
pub mod levels;
pub mod mode;
pub mod plan;
pub mod plan_resources;
pub mod prerequisites;
pub mod quiz;
pub mod ranking;
pub mod results;
pub mod review;
pub mod salary;
pub mod scoring;
pub mod seniority;
pub mod share;
pub mod site;
pub mod small;
pub mod storage;
pub mod strengths;
pub mod timing;
pub mod verdict;

#[cfg(test)]
pub(crate) mod fixtures;
#[cfg(test)]
pub(crate) mod testing;
