//! The results view mounted alone with Sam's answers (the worked example of
//! docs/scoring.md, the landing page's example code): role cards with match and
//! readiness, the answer counts and check review, both charts with their tables, and a
//! picked target that the chart and the plan follow; an empty plan says where to go next.

use crate::dom::*;
use crate::mount::{catalog, fresh_storage, mount_with_catalog, Mounted};
use leptos::prelude::*;
use skillcheck::components::results::ResultsView;
use skillcheck::core::example::EXAMPLE_CODE;
use skillcheck::core::share;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

/// Sam's results, with the target signal the page would own.
async fn sams_results() -> (Mounted, RwSignal<Option<String>>) {
    fresh_storage();
    let catalog = catalog();
    let sam = share::decode(catalog, EXAMPLE_CODE).expect("the example code opens");
    let target = RwSignal::new(None::<String>);
    let mounted = mount_with_catalog(catalog, move |_| {
        view! {
            <ResultsView answers=Signal::stored(sam.answers) city=RwSignal::new(None) target />
        }
    });
    wait_for(&mounted.root, ".role-card").await;
    wait_for(&mounted.root, ".learning-plan").await;
    (mounted, target)
}

#[wasm_bindgen_test]
async fn top_roles_with_match_readiness_and_pay_then_counts_and_checks_explained() {
    let (results, _) = sams_results().await;
    let root = &results.root;
    let cards = all(root, ".role-card");
    assert!(cards.len() >= 5, "at least five role cards");
    for card in &cards[..5] {
        let text = text(card);
        let readiness = ["ready now", "close", "stretch"]
            .iter()
            .any(|r| text.contains(&format!("% match · readiness: {r}")));
        assert!(readiness && text.contains("Pay: "), "{text}");
    }
    let first = text(&cards[0]);
    assert!(first.contains("Junior Back End Developer"), "{first}");
    assert!(
        first.contains("94% match · readiness: ready now"),
        "{first}"
    );
    assert!(
        first.contains("Debugging and testing: you 1, needs 2"),
        "{first}"
    );
    let link = find(&cards[0], "a").expect("a link to the role page");
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("/roles/junior-back-end-developer")
    );

    let strongest = all(root, ".top-skills li").len();
    assert!((1..=5).contains(&strongest), "{strongest} strongest skills");
    let counts = text_of(root, ".answer-counts");
    assert!(
        counts.contains("You rated 21 of 22 skills. You skipped 1 skill"),
        "{counts}"
    );
    let review = text_of(root, ".calibration-review");
    assert!(
        review.contains("You rated Python 3: the level-3 question was missed and the level-2 one answered right, so we count it at 2."),
        "{review}"
    );
    // Each folded list's questions come when it first opens (their words load then).
    assert_eq!(count(root, ".calibration-review .explanation"), 0);
    let lists = all(root, ".missed-checks, .other-checks");
    assert!(lists.len() >= 4, "{} folded lists", lists.len());
    for list in &lists {
        list.set_attribute("open", "").unwrap();
    }
    wait_until("every opened list shows its questions", || {
        count(root, ".calibration-review .explanation") >= 8
    })
    .await;
}

/// The cells' texts of the table row under `root` whose first cell starts with `name`.
fn cells(root: &web_sys::Element, name: &str) -> Vec<String> {
    let list = root.query_selector_all("table tbody tr").unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|row| {
            let row: web_sys::Element = row.unchecked_into();
            let cells = row.query_selector_all("th, td").unwrap();
            (0..cells.length())
                .filter_map(|i| cells.item(i))
                .map(|c| text(c.unchecked_ref()))
                .collect::<Vec<_>>()
        })
        .find(|cells| cells.first().is_some_and(|c| c.starts_with(name)))
        .unwrap_or_else(|| panic!("no row {name}"))
}

/// Whether `text` has a percentage with decimals ("15.37%").
fn has_decimal_percent(text: &str) -> bool {
    text.split('%').rev().skip(1).any(|before| {
        let number: String = before
            .chars()
            .rev()
            .take_while(|c| c.is_ascii_digit() || *c == '.')
            .collect();
        number.contains('.') && number.len() > 1
    })
}

#[wasm_bindgen_test]
async fn both_charts_draw_svg_bars_with_a_table_equivalent() {
    let (results, _) = sams_results().await;
    let root = &results.root;
    let salary = wait_for(root, ".salary-chart").await;
    assert_eq!(count(&salary, "svg[role=img] rect"), 7);
    let svg = text_of(&salary, "svg");
    assert!(svg.contains("Back End Developer: $158K (base)"), "{svg}");
    assert!(svg.contains("Python Developer: $133K, $25K less"), "{svg}");
    // Rounded for people: never "-15.37%".
    let whole = text(&salary);
    assert!(!has_decimal_percent(&whole), "{whole}");
    let python = cells(&salary, "Python Developer");
    assert_eq!(python[1..], ["$133K", "$25K (15%) less"], "{python:?}");
    assert_eq!(count(&salary, "table tbody tr"), 7);
    assert!(element(&salary, "svg")
        .unwrap()
        .get_attribute("aria-labelledby")
        .is_some());

    let profile = wait_for(root, ".profile-chart").await;
    let rows = count(&profile, "table tbody tr");
    assert!(rows >= 6, "profile rows: {rows}");
    // Two bars per skill: the person's level and the level needed.
    assert_eq!(count(&profile, "svg rect.bar-you"), rows);
    assert_eq!(count(&profile, "svg rect.bar-needed"), rows);
    let debugging = cells(&profile, "Debugging and testing");
    assert_eq!(debugging[1..3], ["1", "2"], "{debugging:?}");
}

#[wasm_bindgen_test]
async fn a_picked_target_leads_the_chart_and_the_plan() {
    let (results, target) = sams_results().await;
    let root = &results.root;
    let plan_intro = || text_of(root, ".learning-plan > p");
    let before = plan_intro();
    let picker: web_sys::HtmlSelectElement = all(root, "select")
        .into_iter()
        .find(|s| {
            !s.id().is_empty()
                && find(root, &format!("label[for={}]", s.id()))
                    .is_some_and(|l| text(&l).starts_with("The job you aim for"))
        })
        .expect("the target picker")
        .unchecked_into();
    let senior = (0..picker.length())
        .filter_map(|i| picker.item(i))
        .map(|o| o.unchecked_into::<web_sys::HtmlOptionElement>())
        .find(|o| o.text() == "Senior Back End Developer")
        .expect("Senior Back End Developer is offered");
    picker.set_value(&senior.value());
    fire(&picker, "change");
    wait_until("the chart follows the target", || {
        text_of(root, "#profile-heading").contains("Senior Back End Developer")
    })
    .await;
    assert_eq!(
        target.get_untracked().as_deref(),
        Some("senior-back-end-developer")
    );
    assert!(
        plan_intro().contains("Senior Back End Developer"),
        "{}",
        plan_intro()
    );
    assert_ne!(plan_intro(), before);
    for step in all(root, ".plan-step .raises li") {
        assert!(
            text(&step).starts_with("Senior Back End Developer: "),
            "the plan raises only the target"
        );
    }
}

#[wasm_bindgen_test]
async fn an_empty_plan_for_a_senior_target_points_to_the_related_careers() {
    use skillcheck::components::results::LearningPlan;
    fresh_storage();
    let plan = |title: &'static str, aim_higher: bool| {
        mount_with_catalog(catalog(), move |_| {
            view! { <LearningPlan steps=Vec::new() target_title=Some(title.to_string()) aim_higher /> }
        })
    };
    let senior = plan("Senior Back End Developer", false);
    wait_for(&senior.root, ".learning-plan p").await;
    let said = text_of(&senior.root, ".learning-plan p");
    assert!(
        said.starts_with("Nothing to add for Senior Back End Developer"),
        "{said}"
    );
    assert!(said.contains("the related careers above"), "{said}");
    assert!(
        !said.contains("more senior job"),
        "no title is more senior: {said}"
    );
    drop(senior);
    let mid = plan("Back End Developer", true);
    wait_for(&mid.root, ".learning-plan p").await;
    let said = text_of(&mid.root, ".learning-plan p");
    assert!(said.contains("Pick a more senior job above"), "{said}");
}
