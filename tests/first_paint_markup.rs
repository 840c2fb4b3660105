//! index.html, the stylesheet and the e2e harness restate the static copy's constants (its
//! id, the markers around its `<main>` content, the loading note's class:
//! core::site::static_copy); the build steps read them from the site manifest. These fail
//! when a copy disagrees, or a build step writes its own.
#![cfg(not(target_arch = "wasm32"))]

use skillcheck::first_paint::{BOOT_ID, LOADING_CLASS, MAIN_END, MAIN_START};
use std::fs;

fn read(path: &str) -> String {
    let path = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn index_html_holds_the_static_copy_with_its_markers_in_main() {
    let html = read("index.html");
    let boot = format!("<div id=\"{BOOT_ID}\">");
    assert_eq!(html.matches(&boot).count(), 1, "one {boot}");
    let copy = &html[html.find(&boot).unwrap()..];
    let main = copy.find("<main").expect("<main> inside #boot");
    let start = copy.find(MAIN_START).expect("the start marker");
    let end = copy.find(MAIN_END).expect("the end marker");
    let main_end = copy.find("</main>").expect("</main>");
    assert!(
        main < start && start < end && end < main_end,
        "markers inside <main>"
    );
    assert_eq!(html.matches(MAIN_START).count(), 1);
    assert_eq!(html.matches(MAIN_END).count(), 1);
}

#[test]
fn the_stylesheet_hides_what_follows_the_static_copy() {
    let css = read("style/main.css");
    assert!(
        css.contains(&format!("\n#{BOOT_ID}:not([hidden]) ~ * {{")),
        "#{BOOT_ID}:not([hidden]) ~ * rule"
    );
}

#[test]
fn the_build_steps_read_the_markers_from_the_manifest_not_their_own_copy() {
    for script in [
        "scripts/landing.mjs",
        "scripts/route-pages.mjs",
        "scripts/prerender.mjs",
    ] {
        let text = read(script);
        assert!(
            text.contains("staticCopyMain(manifest)"),
            "{script}: reads the markers"
        );
        for restated in [MAIN_START, MAIN_END, "boot-main"] {
            assert!(!text.contains(restated), "{script} restates {restated}");
        }
        let note = format!("class=\"{LOADING_CLASS}\"");
        assert!(!text.contains(&note), "{script} restates the loading note");
        let boot = format!("getElementById(\"{BOOT_ID}\")");
        assert!(!text.contains(&boot), "{script} restates #{BOOT_ID}");
    }
}

#[test]
fn the_e2e_tests_wait_for_the_hand_over_by_the_same_id() {
    let text = read("tests/e2e/harness.mjs");
    assert!(
        text.contains(&format!("document.getElementById(\"{BOOT_ID}\")")),
        "tests/e2e/harness.mjs: #{BOOT_ID}"
    );
}
