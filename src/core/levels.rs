//! Short names for the six self-rating levels, shown next to each skill's own description
//! ("Level 3 — Intermediate").

use crate::core::answers::MAX_LEVEL;

/// Names for levels 0 to [`MAX_LEVEL`], in order.
pub const LEVEL_NAMES: [&str; MAX_LEVEL as usize + 1] = [
    "None",
    "Beginner",
    "Basic",
    "Intermediate",
    "Advanced",
    "Expert",
];

/// The name of a level, or "" for a level above [`MAX_LEVEL`].
pub fn level_name(level: u8) -> &'static str {
    LEVEL_NAMES.get(usize::from(level)).copied().unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_level_has_a_distinct_name() {
        let names: Vec<&str> = (0..=MAX_LEVEL).map(level_name).collect();
        assert_eq!(names.first(), Some(&"None"));
        assert_eq!(names.last(), Some(&"Expert"));
        let mut unique = names.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), names.len());
        assert_eq!(level_name(MAX_LEVEL + 1), "");
    }
}
