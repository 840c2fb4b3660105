//! Which skills build on which: the learning plan teaches a prerequisite first.
//!
//! A prerequisite counts as in place at trusted level [`PREREQUISITE_LEVEL`] (level 2
//! descriptions: works alone on small tasks). An unknown prerequisite (skipped or not
//! rated) is not assumed missing, so it never blocks a step.

use super::calibration::Levels;

/// The level a prerequisite must reach before the skill built on it is planned.
pub const PREREQUISITE_LEVEL: u8 = 2;

/// (skill, prerequisites in the order they are taught).
const PREREQUISITES: &[(&str, &[&str])] = &[
    ("python", &["coding"]),
    ("java", &["coding"]),
    ("ruby-rails", &["coding"]),
    ("php-mysql", &["coding", "sql"]),
    ("javascript", &["coding", "html-css"]),
    ("nodejs", &["javascript"]),
    ("automation", &["git"]),
];

/// The prerequisites of a skill, in teaching order (empty for most skills).
pub fn prerequisites(skill: &str) -> &'static [&'static str] {
    PREREQUISITES
        .iter()
        .find(|(s, _)| *s == skill)
        .map_or(&[], |(_, pre)| pre)
}

/// The first prerequisite of `skill` known to be below [`PREREQUISITE_LEVEL`], following
/// the chain down (nodejs -> javascript -> coding), or `None` when `skill` can be learnt now.
pub fn first_missing(skill: &str, levels: &Levels) -> Option<&'static str> {
    let missing = prerequisites(skill)
        .iter()
        .find(|p| levels.get(**p).is_some_and(|l| *l < PREREQUISITE_LEVEL))?;
    Some(first_missing(missing, levels).unwrap_or(missing))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn levels(pairs: &[(&str, u8)]) -> Levels {
        pairs.iter().map(|(s, l)| (s.to_string(), *l)).collect()
    }

    #[test]
    fn chains_down_to_the_deepest_missing_prerequisite() {
        let l = levels(&[("coding", 1), ("html-css", 0), ("javascript", 0)]);
        assert_eq!(first_missing("nodejs", &l), Some("coding"));
        let l = levels(&[("coding", 2), ("html-css", 0), ("javascript", 0)]);
        assert_eq!(first_missing("nodejs", &l), Some("html-css"));
        let l = levels(&[("coding", 2), ("html-css", 2), ("javascript", 1)]);
        assert_eq!(first_missing("nodejs", &l), Some("javascript"));
        let l = levels(&[("coding", 2), ("html-css", 2), ("javascript", 2)]);
        assert_eq!(first_missing("nodejs", &l), None);
    }

    #[test]
    fn unknown_prerequisites_do_not_block() {
        assert_eq!(first_missing("python", &Levels::new()), None);
        assert_eq!(first_missing("sql", &levels(&[("coding", 0)])), None);
    }

    #[test]
    fn list_matches_the_documented_order() {
        assert_eq!(prerequisites("php-mysql"), ["coding", "sql"]);
        assert!(prerequisites("communication").is_empty());
    }
}
