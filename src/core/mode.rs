//! How a result was made: the full quiz with its check questions, or the quick check of
//! self-ratings only. Share codes carry it, so a mentor knows what they are looking at.

/// How a result was made.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ResultMode {
    /// The full quiz: self-ratings, then check questions on them.
    #[default]
    Checked,
    /// Self-ratings only; nothing was checked.
    Quick,
}
