//! Components mounted in a real browser (headless Chromium via wasm-bindgen-test),
//! checked through their DOM.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use skillcheck::components::{provide_deferred_queue, Deferred, WithCatalog};
use skillcheck::data::provide_catalog;
use skillcheck::pages::NotFound;
use skillcheck::router::Router;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh container in the page, and the component mounted into it.
fn mount<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> HtmlElement {
    let document = document();
    let container: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&container).unwrap();
    // Keep it mounted for the rest of the test run.
    std::mem::forget(leptos::mount::mount_to(container.clone(), view));
    container
}

/// Resolves once `selector` matches inside `root`, or fails after 10 s.
async fn wait_for(root: &HtmlElement, selector: &str) -> web_sys::Element {
    for _ in 0..500 {
        if let Some(found) = root.query_selector(selector).unwrap() {
            return found;
        }
        let tick = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window()
                .unwrap()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20)
                .unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(tick).await.unwrap();
    }
    panic!("{selector} never appeared; page: {}", root.inner_html());
}

#[wasm_bindgen_test]
fn not_found_page_explains_and_offers_ways_on() {
    let root = mount(|| {
        view! {
            <Router>
                <NotFound />
            </Router>
        }
    });
    let heading = root.query_selector("h1").unwrap().expect("a heading");
    assert_eq!(
        heading.text_content().unwrap(),
        "We couldn't find that page"
    );
    let links = root.query_selector_all("a").unwrap();
    let hrefs: Vec<String> = (0..links.length())
        .filter_map(|i| links.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
        .filter_map(|e| e.get_attribute("href"))
        .collect();
    assert!(hrefs.contains(&"/".to_string()), "{hrefs:?}");
    assert!(hrefs.contains(&"/roles".to_string()), "{hrefs:?}");
}

#[wasm_bindgen_test]
async fn missing_data_shows_an_explained_error_with_retry() {
    // The test server has no data/ folder, so loading fails with a 404.
    let root = mount(|| {
        provide_catalog();
        view! {
            <WithCatalog>
                <p id="loaded">"loaded"</p>
            </WithCatalog>
        }
    });
    assert!(root.query_selector(".loading").unwrap().is_some());
    let alert = wait_for(&root, "[role=alert]").await;
    let text = alert.text_content().unwrap();
    assert!(text.contains("error 404"), "{text}");
    assert!(
        text.contains("meta.json") || text.contains(".json"),
        "{text}"
    );
    let retry = alert
        .query_selector("button")
        .unwrap()
        .expect("a Retry button");
    assert_eq!(retry.text_content().unwrap().trim(), "Retry");
    assert!(root.query_selector("#loaded").unwrap().is_none());
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

    let shown = mount(page);
    assert!(shown.query_selector(".first").unwrap().is_some());
    assert!(
        shown.query_selector(".later").unwrap().is_some(),
        "no #boot: built at once"
    );

    let boot = document().create_element("div").unwrap();
    boot.set_id("boot");
    document().body().unwrap().append_child(&boot).unwrap();
    let booting = mount(page);
    assert!(booting.query_selector(".first").unwrap().is_some());
    assert!(
        booting.query_selector(".later").unwrap().is_none(),
        "#boot shown: not in the first task"
    );
    wait_for(&booting, ".later").await;
    boot.remove();
}
