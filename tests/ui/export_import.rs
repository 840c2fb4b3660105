//! Importing an answers file, mounted alone under a stored result: every kind of bad file
//! (not JSON, another app's, a newer version's, damaged, an export cut off halfway) gets
//! its own message and changes nothing; a good one asks before replacing the stored
//! answers. The real download, a second profile and the size limit: e2e export-print.test.mjs.

use crate::dom::*;
use crate::mount::{catalog, fresh_storage, mount_with_catalog, stored_quiz, Mounted};
use leptos::prelude::*;
use skillcheck::components::share::ExportImport;
use skillcheck::components::use_own_result;
use skillcheck::core::catalog::Catalog;
use skillcheck::core::example::EXAMPLE_CODE;
use skillcheck::core::export;
use skillcheck::core::share;
use skillcheck::store;
use wasm_bindgen_test::*;

/// Sam's answers file, as "Export answers" writes it.
fn sams_export(catalog: &Catalog) -> String {
    let sam = share::decode(catalog, EXAMPLE_CODE).unwrap();
    export::export(catalog, &sam.answers, None)
}

/// The import panel under a stored result (Sam's), with a count of finished imports, and
/// beside it the number of ratings the app's own-result hook offers (header, compare).
async fn under_a_stored_result() -> (Mounted, RwSignal<u32>) {
    fresh_storage();
    let catalog = catalog();
    let imported = export::import(catalog, &sams_export(catalog)).unwrap();
    store::save_quiz(&imported.quiz(catalog), catalog).unwrap();
    let done = RwSignal::new(0);
    let on_imported = Callback::new(move |()| done.update(|n| *n += 1));
    let mounted = mount_with_catalog(catalog, move |_| {
        let own = use_own_result();
        let ratings = move || own.with(|own| own.as_ref().map_or(0, |r| r.answers.ratings.len()));
        view! {
            <ExportImport on_imported />
            <p id="own-ratings">{ratings}</p>
        }
    });
    wait_for(&mounted.root, "#import-file").await;
    (mounted, done)
}

/// Picks a file holding `text` in the import field, as the file chooser does.
fn choose_file(root: &web_sys::Element, name: &str, text: &str) {
    let input = find(root, "#import-file").unwrap();
    js(
        "input, name, text",
        "const files = new DataTransfer();
         files.items.add(new File([text], name, { type: 'application/json' }));
         input.files = files.files;
         input.dispatchEvent(new Event('change', { bubbles: true }));",
        &[input.as_ref(), &name.into(), &text.into()],
    );
}

/// The alert's text once it says `message`.
async fn alert_saying(root: &web_sys::Element, message: &str) -> String {
    for _ in 0..1000 {
        let alert = text_of(root, "[role=alert]");
        if alert.contains(message) {
            return alert;
        }
        tick().await;
    }
    panic!(
        "no alert saying {message:?}; it says {:?}",
        text_of(root, "[role=alert]")
    );
}

#[wasm_bindgen_test]
async fn a_bad_answers_file_gets_a_clear_message_and_changes_nothing() {
    let (panel, done) = under_a_stored_result().await;
    let root = &panel.root;
    let before = stored_quiz();
    let export = sams_export(catalog());
    let cut_off = &export[..export.len() / 2];
    let cases = [
        ("photo.json", "\u{89}PNG not json at all", "isn't JSON"),
        (
            "other.json",
            r#"{"name":"some other app"}"#,
            "wasn't exported from Back-End Skill Check",
        ),
        (
            "newer.json",
            r#"{"app":"skillcheck","format":9}"#,
            "newer version of the app",
        ),
        (
            "damaged.json",
            r#"{"app":"skillcheck","format":1,"answers":[]}"#,
            "damaged",
        ),
        ("cut.json", cut_off, "cut off"),
    ];
    for (name, text, message) in cases {
        choose_file(root, name, text);
        let alert = alert_saying(root, message).await;
        assert!(alert.contains("Nothing was changed."), "{name}: {alert}");
        if name == "cut.json" {
            assert!(
                alert.contains("damaged") && !alert.contains("isn't JSON"),
                "{alert}"
            );
        }
        assert_eq!(stored_quiz(), before, "{name}");
    }
    assert_eq!(done.get_untracked(), 0);
}

#[wasm_bindgen_test]
async fn a_good_file_asks_before_replacing_stored_answers() {
    let (panel, done) = under_a_stored_result().await;
    let root = &panel.root;
    let before = stored_quiz();
    let catalog = catalog();
    let sams_ratings = text_of(root, "#own-ratings");
    let mut other = share::decode(catalog, EXAMPLE_CODE).unwrap().answers;
    other.ratings.remove("python");
    choose_file(root, "other.json", &export::export(catalog, &other, None));
    wait_for(root, ".import-confirm").await;
    assert!(text_of(root, ".import-confirm").starts_with("Replace your current answers?"));
    click(root, "Keep my answers").await;
    wait_until("cancelled", || {
        text(root).contains("Import cancelled. Nothing was changed.")
    })
    .await;
    assert_eq!(stored_quiz(), before);

    choose_file(root, "other.json", &export::export(catalog, &other, None));
    click(root, "Replace my answers").await;
    wait_until("the page is told", || done.get_untracked() == 1).await;
    assert_ne!(stored_quiz(), before);
    // Whatever offers the own result follows at once (one rating fewer than Sam's).
    let ratings: usize = text_of(root, "#own-ratings").parse().unwrap();
    assert_eq!(ratings + 1, sams_ratings.parse::<usize>().unwrap());
}
