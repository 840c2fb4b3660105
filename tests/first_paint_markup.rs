//! The HTML, CSS and scripts restate src/first_paint's constants (the static copy's id, the
//! markers around its `<main>` content, the loading note's class); these fail when they
//! disagree.
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
fn the_build_scripts_use_the_same_markers_and_id() {
    for script in ["scripts/route-pages.mjs", "scripts/prerender.mjs"] {
        let text = read(script);
        assert!(
            text.contains(&format!("/{MAIN_START}[\\s\\S]*{MAIN_END}/")),
            "{script}: the markers' pattern"
        );
        assert!(
            text.contains(&format!("`{MAIN_START}${{")),
            "{script}: writes the start marker"
        );
        assert!(
            text.contains(&format!("}}{MAIN_END}`")),
            "{script}: writes the end marker"
        );
    }
    let pages = read("scripts/route-pages.mjs");
    assert!(
        pages.contains(&format!("<p class=\"{LOADING_CLASS}\" role=\"status\">")),
        "route-pages.mjs: the loading note's class"
    );
    // The prerender step and the e2e tests wait for the hand-over by the same id.
    for script in ["scripts/prerender.mjs", "tests/e2e/harness.mjs"] {
        let text = read(script);
        assert!(
            text.contains(&format!("document.getElementById(\"{BOOT_ID}\")")),
            "{script}: #{BOOT_ID}"
        );
    }
}
