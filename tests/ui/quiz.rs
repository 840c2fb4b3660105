//! The quiz view mounted alone: picking levels by key and by click, Skip (not level 0),
//! focus and announcement on each step, the overview, Finish with unanswered skills, and a
//! whole run by mouse ending on a check question whose answer is kept.

use crate::dom::*;
use crate::mount::{catalog, fresh_storage, mount_with_catalog, stored_quiz, Address, Mounted};
use leptos::prelude::*;
use serde_json::{json, Value};
use skillcheck::components::quiz::QuizView;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::Element;

const FIRST_SKILL: &str = "Coding (general programming)";
const SECOND_SKILL: &str = "Software Engineering";

async fn quiz() -> Mounted {
    fresh_storage();
    let mounted = mount_with_catalog(catalog(), |_| view! { <QuizView /> });
    wait_for(&mounted.root, "#quiz-step-heading").await;
    mounted
}

/// The step number the progress bar shows.
fn step(root: &Element) -> u32 {
    find(root, ".quiz-progress [role=progressbar]")
        .and_then(|bar| bar.get_attribute("aria-valuenow"))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

async fn wait_for_step(root: &Element, n: u32) {
    wait_until(&format!("step {n}"), || step(root) == n).await;
}

fn step_heading(root: &Element) -> String {
    text_of(root, "#quiz-step-heading")
}

/// The state the overview shows for one skill.
fn overview_state(root: &Element, skill: &str) -> String {
    all(root, ".quiz-overview-item")
        .into_iter()
        .find(|b| text_of(b, ".quiz-overview-name") == skill)
        .map(|b| text_of(&b, ".quiz-overview-state"))
        .unwrap_or_else(|| panic!("{skill} not in the overview"))
}

/// The stored quiz, parsed.
fn stored() -> Value {
    serde_json::from_str(&stored_quiz().expect("the quiz saved its answers")).unwrap()
}

#[wasm_bindgen_test]
async fn a_number_key_picks_the_level_and_enter_moves_on_with_focus_and_announcement() {
    let quiz = quiz().await;
    let root = &quiz.root;
    assert_eq!(step_heading(root), FIRST_SKILL);
    assert_eq!(text_of(root, "#quiz-progress-label"), "Skill 1 of 22");
    let road = text_of(root, ".quiz-progress-part");
    assert!(
        road.starts_with("Then at most ") && road.ends_with(" quick check questions."),
        "{road}"
    );

    press("2").await;
    assert!(radio(root, "Level 2").checked());
    press("Enter").await;
    wait_for_step(root, 2).await;
    assert_eq!(step_heading(root), SECOND_SKILL);
    wait_until("focus on the step heading", || {
        focused_id() == "quiz-step-heading"
    })
    .await;
    assert_eq!(
        text_of(root, "#quiz-announcer"),
        format!("Skill 2 of 22: {SECOND_SKILL}")
    );

    // ← goes back with the level kept and says so; → comes forward again.
    press("ArrowLeft").await;
    wait_for_step(root, 1).await;
    assert!(radio(root, "Level 2").checked());
    assert_eq!(
        text_of(root, "#quiz-announcer"),
        format!("Skill 1 of 22: {FIRST_SKILL}")
    );
    press("ArrowRight").await;
    wait_for_step(root, 2).await;
    assert_eq!(stored()["answers"]["ratings"]["coding"], json!(2));
}

#[wasm_bindgen_test]
async fn skip_records_skipped_which_is_not_level_0() {
    let quiz = quiz().await;
    let root = &quiz.root;
    press("s").await;
    wait_for_step(root, 2).await;
    press("0").await;
    click(root, "Next →").await;
    wait_for_step(root, 3).await;

    wait_for(root, ".quiz-overview").await;
    assert_eq!(overview_state(root, FIRST_SKILL), "Skipped (unknown)");
    assert_eq!(overview_state(root, SECOND_SKILL), "Level 0 — None");
    let ratings = &stored()["answers"]["ratings"];
    assert_eq!(ratings["coding"], json!("skipped"));
    assert_eq!(ratings["software-engineering"], json!(0));

    // The overview jumps back; the skipped skill says so and has no level checked.
    let coding = all(root, ".quiz-overview-item")
        .into_iter()
        .find(|b| text_of(b, ".quiz-overview-name") == FIRST_SKILL)
        .unwrap();
    coding.click();
    wait_for_step(root, 1).await;
    assert!(text(root).contains("You skipped this skill"));
    assert!(all(root, "input[type=radio]").iter().all(|r| !r
        .clone()
        .unchecked_into::<web_sys::HtmlInputElement>()
        .checked()));
}

#[wasm_bindgen_test]
async fn finish_with_unanswered_skills_says_how_many_then_leads_on_either_way() {
    let quiz = quiz().await;
    let root = &quiz.root;
    press("1").await;
    click(root, "Finish and see results").await;
    let panel = wait_for(root, "#quiz-finish-heading").await;
    assert_eq!(text(&panel), "21 skills are still unanswered");
    click(root, "Go to the first unanswered skill").await;
    wait_for_step(root, 2).await;
    assert_eq!(step_heading(root), SECOND_SKILL);

    click(root, "Finish and see results").await;
    let _address = Address::keep();
    click(root, "Show my results anyway").await;
    wait_until("the results' address", || {
        window()
            .location()
            .pathname()
            .unwrap()
            .ends_with("/results")
    })
    .await;
    assert_eq!(stored()["finished"], json!(true));
}

#[wasm_bindgen_test]
async fn a_whole_run_by_mouse_ends_on_a_check_question_and_keeps_its_answer() {
    let quiz = quiz().await;
    let root = &quiz.root;
    let mut checks = 0;
    for _ in 0..120 {
        let n = step(root);
        if step_heading(root).starts_with("Check question:") {
            checks += 1;
            let choices = all(root, ".quiz-step input[type=radio]");
            choices[1].click();
        } else if n == 6 {
            click(root, "Skip").await;
            wait_for_step(root, n + 1).await;
            continue;
        } else {
            let level = format!("Level {} —", n % 6);
            radio(root, &level).click();
            assert!(radio(root, &level).checked());
        }
        tick().await;
        if !has_button(root, "Next →") {
            break; // the last step: Finish is the way on
        }
        click(root, "Next →").await;
        wait_for_step(root, n + 1).await;
    }
    assert!(checks > 0, "ratings of 2 or more bring check questions");
    assert!(step_heading(root).starts_with("Check question:"));
    // Enter at the last step takes focus to Finish; pressing it stays the person's choice.
    press("Enter").await;
    wait_until("focus on Finish", || focused_id() == "quiz-finish").await;
    assert_ne!(stored()["finished"], json!(true));
    let finish = button(root, "Finish and see results").await;
    assert!(
        finish.class_name().contains("button-primary"),
        "Finish leads at the last step"
    );
    let _address = Address::keep();
    finish.click(); // straight after the click on the last choice
    tick().await;
    let saved = stored();
    assert_eq!(saved["answers"]["ratings"].as_object().unwrap().len(), 22);
    assert_eq!(saved["answers"]["ratings"]["python"], json!("skipped"));
    let answered = saved["answers"]["checks"].as_object().unwrap().len();
    assert_eq!(answered, checks, "every check answer, the last one too");
    assert_eq!(saved["finished"], json!(true));
}

#[wasm_bindgen_test]
async fn skip_on_a_rated_skill_asks_first_with_focus_on_the_question() {
    let quiz = quiz().await;
    let root = &quiz.root;
    radio(root, "Level 3").click();
    tick().await;
    click(root, "Skip").await;
    let question = wait_for(root, "#quiz-skip-heading").await;
    assert_eq!(text(&question), format!("Skip {FIRST_SKILL}?"));
    wait_until("focus on the question", || {
        focused_id() == "quiz-skip-heading"
    })
    .await;
    // Keeping the level changes nothing.
    click(root, "Keep level 3").await;
    wait_until("the question closes", || {
        find(root, "#quiz-skip-heading").is_none()
    })
    .await;
    assert_eq!(step(root), 1);
    assert_eq!(stored()["answers"]["ratings"]["coding"], json!(3));
    // Escape answers as "keep".
    click(root, "Skip").await;
    wait_until("focus on the question", || {
        focused_id() == "quiz-skip-heading"
    })
    .await;
    press("Escape").await;
    wait_until("Escape closes the question", || {
        find(root, "#quiz-skip-heading").is_none()
    })
    .await;
    // A new level while the question is open makes it stale: it closes.
    click(root, "Skip").await;
    wait_for(root, "#quiz-skip-heading").await;
    radio(root, "Level 4").click();
    wait_until("a new level closes the question", || {
        find(root, "#quiz-skip-heading").is_none()
    })
    .await;
    assert_eq!(stored()["answers"]["ratings"]["coding"], json!(4));
    // Skipping it after all marks it unknown.
    click(root, "Skip").await;
    click(root, "Skip it (unknown)").await;
    wait_for_step(root, 2).await;
    assert_eq!(stored()["answers"]["ratings"]["coding"], json!("skipped"));
}
