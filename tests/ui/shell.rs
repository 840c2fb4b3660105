//! The app shell's own pieces: the not-found page, the catalog's load error with Retry, and
//! `Deferred` parts during the first paint (src/first_paint/).

use crate::dom::{self, all, find, text, wait_for};
use crate::mount::mount_bare;
use leptos::prelude::*;
use skillcheck::components::{provide_deferred_queue, Deferred, WithCatalog};
use skillcheck::data::provide_catalog;
use skillcheck::pages::NotFound;
use skillcheck::router::Router;
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
fn not_found_page_explains_and_offers_ways_on() {
    let page = mount_bare(|| {
        view! {
            <Router>
                <NotFound />
            </Router>
        }
    });
    let heading = find(&page.root, "h1").expect("a heading");
    assert_eq!(text(&heading), "We couldn't find that page");
    let hrefs: Vec<String> = all(&page.root, "a")
        .iter()
        .filter_map(|a| a.get_attribute("href"))
        .collect();
    assert!(hrefs.contains(&"/".to_string()), "{hrefs:?}");
    assert!(hrefs.contains(&"/roles".to_string()), "{hrefs:?}");
}

#[wasm_bindgen_test]
async fn missing_data_shows_an_explained_error_with_retry() {
    // The test server has no data/ folder, so loading fails with a 404.
    let page = mount_bare(|| {
        provide_catalog();
        view! {
            <WithCatalog>
                <p id="loaded">"loaded"</p>
            </WithCatalog>
        }
    });
    assert!(find(&page.root, ".loading").is_some());
    let alert = wait_for(&page.root, "[role=alert]").await;
    let message = text(&alert);
    assert!(message.contains("error 404"), "{message}");
    assert!(message.contains(".json"), "{message}");
    let retry = find(&alert, "button").expect("a Retry button");
    assert_eq!(text(&retry), "Retry");
    assert!(find(&page.root, "#loaded").is_none());
}

/// While the static first paint (#boot) shows, a `Deferred` part builds in a later task;
/// once the app is on screen, at once.
#[wasm_bindgen_test]
async fn deferred_parts_wait_for_a_later_task_only_during_the_first_page() {
    let page = || {
        provide_deferred_queue();
        view! {
            <p class="first">"first screen"</p>
            <Deferred>
                <p class="later">"below the fold"</p>
            </Deferred>
        }
    };

    let shown = mount_bare(page);
    assert!(find(&shown.root, ".first").is_some());
    assert!(
        find(&shown.root, ".later").is_some(),
        "no #boot: built at once"
    );

    let boot = dom::document().create_element("div").unwrap();
    boot.set_id("boot");
    dom::document().body().unwrap().append_child(&boot).unwrap();
    let booting = mount_bare(page);
    assert!(find(&booting.root, ".first").is_some());
    assert!(
        find(&booting.root, ".later").is_none(),
        "#boot shown: not in the first task"
    );
    wait_for(&booting.root, ".later").await;
    boot.remove();
}
