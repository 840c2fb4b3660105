//! Nothing stored is lost: a newer app's answers are never saved over; answers set aside by
//! a rating change and the picked choices survive a reload.

use super::*;

/// The words of question `id` of the tiny catalog.
fn text_of(c: &QuizCatalog, id: &str) -> crate::core::catalog::QuestionText {
    crate::core::testing::text(c.question(id).unwrap())
}

#[test]
fn a_newer_format_starts_fresh_with_its_own_notice() {
    let c = tiny_catalog();
    for newer in [
        r#"{"format":2,"anything":true}"#,
        r#"{"format":18446744073709551615}"#,
    ] {
        let loaded = load(newer, &c);
        assert_eq!(loaded.notice, Some(StorageNotice::NewerFormat));
        assert_eq!(loaded.quiz, Quiz::new(&c));
        assert!(
            !loaded.may_save(),
            "a newer app's answers are never saved over"
        );
    }
    for ours in ["", "not json", &save(&sample(&c), &c)] {
        assert!(load(ours, &c).may_save(), "{ours:.20}");
    }
}

#[test]
fn set_aside_answers_and_picked_choices_survive_a_reload() {
    let c = tiny_catalog();
    let mut quiz = sample(&c); // python 4: python-4 answered with choice 1
    quiz.jump(&c, Step::Skill("python".into()));
    quiz.rate(&c, 2); // python-4 and python-3 no longer asked: python-4 set aside
    assert!(quiz.set_aside().contains_key("python-4"));
    let mut loaded = load(&save(&quiz, &c), &c);
    assert_eq!(loaded.notice, None);
    assert_eq!(loaded.quiz, quiz);
    loaded.quiz.rate(&c, 4);
    assert_eq!(
        loaded.quiz.answers().checks.get("python-4"),
        Some(&CheckOutcome::Wrong)
    );
    assert_eq!(loaded.quiz.choice("python-4"), Some(1));
}

#[test]
fn choices_that_do_not_fit_their_question_or_outcome_are_not_shown() {
    let c = tiny_catalog();
    let text = json!({
        "format": 1,
        "answers": {
            "ratings": { "python": 4 },
            "checks": { "python-4": "right", "python-3": "wrong" },
        },
        // python-4's right answer is choice 0; python-3 has three choices.
        "choices": { "python-4": 2, "python-3": 7, "sql-2": 0, "nope": 1 },
    })
    .to_string();
    let loaded = load(&text, &c);
    assert_eq!(
        loaded.notice, None,
        "choices are a convenience, not answers"
    );
    // Choices of unanswered or unknown questions go; the others stay (the key is in the
    // question's words, which a page may not have), but one that doesn't fit isn't shown.
    let kept: Vec<&str> = loaded.quiz.choices().keys().map(String::as_str).collect();
    assert_eq!(kept, ["python-3", "python-4"]);
    let shown = |quiz: &Quiz, id: &str| quiz.shown_choice(&text_of(&c, id));
    assert_eq!(
        shown(&loaded.quiz, "python-4"),
        None,
        "disagrees with its outcome"
    );
    assert_eq!(
        shown(&loaded.quiz, "python-3"),
        None,
        "not one of its choices"
    );
    let text = text.replace(r#""python-4":2"#, r#""python-4":0"#);
    assert_eq!(shown(&load(&text, &c).quiz, "python-4"), Some(0));
}

#[test]
fn checks_of_a_dropped_rating_are_set_aside_not_lost() {
    let c = tiny_catalog();
    let text = stored(
        json!({ "python": 9 }),
        json!({ "python-4": "right" }),
        json!(null),
    );
    let loaded = load(&text, &c);
    assert_eq!(
        loaded.notice,
        Some(StorageNotice::Dropped {
            skills: 1,
            checks: 0
        })
    );
    assert!(loaded.quiz.answers().checks.is_empty());
    let mut quiz = loaded.quiz;
    quiz.jump(&c, Step::Skill("python".into()));
    quiz.rate(&c, 4);
    assert_eq!(
        quiz.answers().checks.get("python-4"),
        Some(&CheckOutcome::Right),
        "rating python 4 again brings its answer back"
    );
}

#[test]
fn the_stored_text_is_what_serde_json_wrote() {
    // The old code built a serde_json value and printed it: keys sorted, no spaces.
    let c = tiny_catalog();
    let text = save(&sample(&c), &c);
    let value: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(text, value.to_string());
}
