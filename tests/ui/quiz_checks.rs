//! The quiz view's check questions, mounted alone with a stored quiz positioned on
//! Coding's first check question: re-rating 3 → 2 → 3 brings the check answer back, Skip
//! on the rated skill sets it aside rather than deleting it, and a skipped check question
//! says so.

use crate::dom::*;
use crate::mount::{catalog, fresh_storage, mount_with_catalog, store_quiz, stored_quiz, Mounted};
use leptos::prelude::*;
use serde_json::{json, Value};
use skillcheck::components::quiz::QuizView;
use wasm_bindgen_test::*;

const FIRST_SKILL: &str = "Coding (general programming)";

/// The question a Coding rating of 3 asks first (as `question` in tests/e2e/personas.mjs).
fn coding_3() -> String {
    catalog()
        .questions
        .iter()
        .find(|q| q.skill == "coding" && q.level == 3 && q.until.is_none())
        .expect("a level-3 Coding question")
        .id
        .clone()
}

/// The quiz with Coding rated 3, on its first check question.
async fn at_coding_check() -> Mounted {
    fresh_storage();
    let stored = json!({
        "format": 1, "data_version": 2, "finished": false,
        "answers": { "ratings": { "coding": 3 }, "checks": {} },
        "position": { "check": coding_3() },
    });
    store_quiz(&stored.to_string());
    let mounted = mount_with_catalog(catalog(), |_| view! { <QuizView /> });
    let heading = wait_for(&mounted.root, "#quiz-step-heading").await;
    assert!(
        text(&heading).starts_with("Check question: Coding"),
        "{}",
        text(&heading)
    );
    mounted
}

fn stored() -> Value {
    serde_json::from_str(&stored_quiz().expect("saved")).unwrap()
}

fn step(root: &web_sys::Element) -> String {
    find(root, ".quiz-progress [role=progressbar]")
        .and_then(|bar| bar.get_attribute("aria-valuenow"))
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn re_rating_3_2_3_keeps_the_check_answer_and_skip_sets_it_aside() {
    let quiz = at_coding_check().await;
    let root = &quiz.root;
    let question = coding_3();
    all(root, ".quiz-step input[type=radio]")[1].click();
    tick().await;
    assert!(
        stored()["answers"]["checks"][&question].is_string(),
        "{}",
        stored()
    );

    // Back to Coding from the overview, down to 2 (the level-3 question no longer
    // asked), then up to 3 again.
    let coding = wait_for(root, ".quiz-overview-item").await;
    assert!(text(&coding).starts_with(FIRST_SKILL), "{}", text(&coding));
    coding.click();
    wait_until("the Coding step", || step(root) == "1").await;
    radio(root, "Level 2 —").click();
    tick().await;
    radio(root, "Level 3 —").click();
    tick().await;
    let saved = stored();
    assert_eq!(saved["answers"]["ratings"]["coding"], json!(3));
    assert!(
        saved["answers"]["checks"][&question].is_string(),
        "the level-3 answer is back with the level: {saved}"
    );

    // Skip asks first; skipped after all, the check answer is set aside, not deleted.
    click(root, "Skip").await;
    wait_for(root, "#quiz-skip-heading").await;
    assert_eq!(
        stored()["answers"]["ratings"]["coding"],
        json!(3),
        "nothing changes before the answer"
    );
    click(root, "Skip it (unknown)").await;
    wait_until("the next step", || step(root) == "2").await;
    let saved = stored();
    assert_eq!(saved["answers"]["ratings"]["coding"], json!("skipped"));
    assert!(
        saved["set_aside"][&question].is_string(),
        "set aside: {saved}"
    );
}

#[wasm_bindgen_test]
async fn a_skipped_check_question_says_so() {
    // Coding's check is the quiz's last step (the checks follow every skill): Skip records
    // it and stays, so without a note nothing on screen would change.
    let quiz = at_coding_check().await;
    let root = &quiz.root;
    let status = || {
        find(root, ".quiz-step-status")
            .map(|p| text(&p))
            .unwrap_or_default()
    };
    wait_for(root, ".quiz-step input[type=radio]").await;
    assert!(!status().contains("skipped"), "{}", status());
    click(root, "Skip").await;
    wait_until("it says it was skipped", || {
        status().starts_with("You skipped this question")
    })
    .await;
    assert_eq!(stored()["answers"]["checks"][coding_3()], json!("skipped"));
    // An answer picked now replaces the skip, and the note goes.
    all(root, ".quiz-step input[type=radio]")[0].click();
    wait_until("the note goes", || !status().contains("skipped")).await;
    assert_ne!(stored()["answers"]["checks"][coding_3()], json!("skipped"));
}
