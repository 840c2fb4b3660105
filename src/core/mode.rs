//! How a result was made: the full quiz with its check questions, or the quick check of
//! self-ratings only. Share codes carry it, so a mentor knows what they are looking at.

use crate::core::answers::Answers;

/// How a result was made.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ResultMode {
    /// The full quiz: self-ratings, then check questions on them.
    #[default]
    Checked,
    /// Self-ratings only; nothing was checked.
    Quick,
}

/// What a page says about a quick result (the shared result page, compare, the summary).
pub const QUICK_NOTE: &str = "Quick check: self-ratings, not checked.";

impl ResultMode {
    /// What a change made on the quick check makes of the result: quick only while no check
    /// question has been answered (skipped ones check nothing). Answers from the full quiz
    /// that still fit the ratings stay in the result: a quick edit never sets them aside.
    pub fn after_quick_edit(answers: &Answers) -> Self {
        if answers.checked_count() > 0 {
            ResultMode::Checked
        } else {
            ResultMode::Quick
        }
    }

    /// The sentence a page shows for this mode; a checked result needs none.
    pub fn note(self) -> Option<&'static str> {
        match self {
            ResultMode::Checked => None,
            ResultMode::Quick => Some(QUICK_NOTE),
        }
    }

    /// How the answers file and the browser's storage spell it.
    pub fn as_str(self) -> &'static str {
        match self {
            ResultMode::Checked => "checked",
            ResultMode::Quick => "quick",
        }
    }

    /// Reads the answers file's spelling; anything else is `None`.
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "checked" => Some(ResultMode::Checked),
            "quick" => Some(ResultMode::Quick),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_quick_result_gets_a_note_and_the_spelling_round_trips() {
        assert_eq!(ResultMode::Checked.note(), None);
        assert!(ResultMode::Quick.note().unwrap().contains("not checked"));
        for mode in [ResultMode::Checked, ResultMode::Quick] {
            assert_eq!(ResultMode::parse(mode.as_str()), Some(mode));
        }
        assert_eq!(ResultMode::parse("fast"), None);
    }

    #[test]
    fn a_quick_edit_keeps_a_result_checked_once_a_check_is_answered() {
        use crate::core::answers::{CheckOutcome, Rating};
        let mut answers = Answers::default();
        answers.ratings.insert("sql".into(), Rating::Level(3));
        assert_eq!(ResultMode::after_quick_edit(&answers), ResultMode::Quick);
        answers
            .checks
            .insert("sql-q1".into(), CheckOutcome::Skipped);
        assert_eq!(ResultMode::after_quick_edit(&answers), ResultMode::Quick);
        answers.checks.insert("sql-q2".into(), CheckOutcome::Wrong);
        assert_eq!(ResultMode::after_quick_edit(&answers), ResultMode::Checked);
    }
}
