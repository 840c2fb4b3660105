//! What a returning person has saved, read from the stored text alone (the landing page and
//! the header load no catalog): nothing, a quiz to continue, or a finished result.
//! index.html's inline script reads the same rule for the static first paint.

use super::FORMAT;
use crate::core::json;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Saved {
    Nothing,
    /// Answers without Finish, or text this app can't read as a finished result (the quiz
    /// page then explains).
    Unfinished,
    /// The person pressed Finish: their results are there to see again.
    Finished,
}

/// The stage of the stored quiz text (`None` when nothing is stored).
pub fn saved(text: Option<&str>) -> Saved {
    let Some(text) = text else {
        return Saved::Nothing;
    };
    let value = json::parse(text).unwrap_or_default();
    let finished = json::get(&value, "format").and_then(json::as_u64) == Some(FORMAT)
        && json::get(&value, "finished").and_then(json::as_bool) == Some(true);
    if finished {
        Saved::Finished
    } else {
        Saved::Unfinished
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::quiz::Quiz;
    use crate::core::storage::save;
    use crate::core::testing::tiny_catalog;

    #[test]
    fn a_finished_quiz_is_a_result_to_see_again() {
        let c = tiny_catalog();
        let mut quiz = Quiz::new(&c);
        quiz.rate(&c, 3);
        assert_eq!(saved(Some(&save(&quiz, &c))), Saved::Unfinished);
        quiz.finish();
        assert_eq!(saved(Some(&save(&quiz, &c))), Saved::Finished);
        // Back in the quiz from the results: a quiz to continue again.
        quiz.reopen();
        assert_eq!(saved(Some(&save(&quiz, &c))), Saved::Unfinished);
    }

    #[test]
    fn nothing_unreadable_or_newer_is_never_a_result() {
        assert_eq!(saved(None), Saved::Nothing);
        assert_eq!(saved(Some("not json")), Saved::Unfinished);
        assert_eq!(saved(Some(r#"{"finished":true}"#)), Saved::Unfinished);
        let newer = format!(r#"{{"format":{},"finished":true}}"#, FORMAT + 1);
        assert_eq!(saved(Some(&newer)), Saved::Unfinished);
        let current = format!(r#"{{"format":{FORMAT},"finished":true}}"#);
        assert_eq!(saved(Some(&current)), Saved::Finished);
    }
}
