//! The example result the landing page links to: the share code (format 2) of "Sam", the
//! worked example of docs/scoring.md. tests/scoring_doc_example.rs decodes it and checks it
//! is Sam's answers, so the link can't drift from the doc.

/// Sam's share code: his answers, no city, no target, checked.
pub const EXAMPLE_CODE: &str = "IQAGUkwAQ0kcS2laVdUdiA";
