//! Back-End Skill Check: rate your back-end skills, check a few ratings with quick
//! questions, and see which jobs fit, what they pay and what to learn next.

pub mod core;
