//! Mounting a component as the app shell would, with the bundled catalog, and the browser
//! state around it (stored answers, the page's address).

use crate::dom;
use leptos::prelude::*;
use skillcheck::components::{
    provide_deferred_queue, provide_loaded_catalog, provide_loaded_texts, provide_saved_state,
};
use skillcheck::core::catalog::{Catalog, QuestionTexts, FILES};
use skillcheck::data::provide_catalog;
use skillcheck::router::Router;
pub use skillcheck::store::QUIZ_KEY;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// A bundled data file's text.
macro_rules! data {
    ($file:literal) => {
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/", $file))
    };
}

/// The bundled data, parsed and validated by the app's own parser: the same skills,
/// questions and roles (and so the same names) the app and the Node e2e tests show.
/// Parsed once and kept for the whole run, as the app keeps the catalog it loaded.
pub fn catalog() -> &'static Catalog {
    thread_local! {
        static CATALOG: &'static Catalog = Box::leak(Box::new(parse_catalog()));
    }
    CATALOG.with(|c| *c)
}

/// The question texts, loaded apart in the app: parsed and checked once, as `catalog`.
pub fn question_texts() -> &'static QuestionTexts {
    thread_local! {
        static TEXTS: &'static QuestionTexts = Box::leak(Box::new(
            QuestionTexts::from_source(data!("question-texts.json"), catalog())
                .expect("the bundled question texts are valid"),
        ));
    }
    TEXTS.with(|t| *t)
}

fn parse_catalog() -> Catalog {
    let texts = [
        data!("meta.json"),
        data!("skills.json"),
        data!("questions.json"),
        data!("roles.json"),
        data!("salaries.json"),
        data!("resources.json"),
        data!("job-search.json"),
    ];
    let order = FILES.map(|f| f.rsplit('/').next().unwrap_or(f).to_string());
    assert_eq!(
        order.to_vec(),
        [
            "meta.json",
            "skills.json",
            "questions.json",
            "roles.json",
            "salaries.json",
            "resources.json",
            "job-search.json"
        ],
        "FILES changed order: update ui_common::catalog"
    );
    Catalog::from_sources(texts).expect("the bundled data is valid")
}

/// A component mounted in a fresh container of the test page; dropping it unmounts the
/// component (removing its window listeners) and the container.
pub struct Mounted {
    pub root: HtmlElement,
    _handle: Box<dyn std::any::Any>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.root.remove();
    }
}

/// Mounts `view` under the contexts the app shell provides (src/app.rs: catalog loading,
/// deferred parts, saved state, the router), with `catalog` in context as `WithCatalog`
/// puts it there (`use_catalog()`); `view` gets it too, for the test's own lookups.
pub fn mount_with_catalog<V, F>(catalog: &'static Catalog, view: F) -> Mounted
where
    V: IntoView + 'static,
    F: FnOnce(&'static Catalog) -> V + Send + 'static,
{
    let root = container();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        provide_catalog();
        provide_loaded_catalog(catalog);
        provide_loaded_texts(catalog, question_texts());
        provide_deferred_queue();
        provide_saved_state();
        view! { <Router>{view(catalog)}</Router> }
    });
    Mounted {
        root,
        _handle: Box::new(handle),
    }
}

/// A fresh container at the end of the test page's body, for one component.
fn container() -> HtmlElement {
    let document = dom::document();
    let root: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&root).unwrap();
    root
}

/// Mounts `view` alone, without the app shell's contexts: for the tests of those pieces
/// themselves (catalog loading, deferred parts), which provide what they need.
pub fn mount_bare<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> Mounted {
    let root = container();
    let handle = leptos::mount::mount_to(root.clone(), view);
    Mounted {
        root,
        _handle: Box::new(handle),
    }
}

/// A fresh browser state for a test: no saved quiz, city, target or sent link.
pub fn fresh_storage() {
    dom::window()
        .local_storage()
        .unwrap()
        .unwrap()
        .clear()
        .unwrap();
}

/// Saves `text` as the quiz's stored answers (the key the app reads, src/store.rs).
pub fn store_quiz(text: &str) {
    dom::window()
        .local_storage()
        .unwrap()
        .unwrap()
        .set_item(QUIZ_KEY, text)
        .unwrap();
}

/// The stored quiz, as text.
pub fn stored_quiz() -> Option<String> {
    dom::window()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item(QUIZ_KEY)
        .unwrap()
}

/// The test page's address when made; put back when dropped, so a test whose component
/// navigates (Finish, Compare) leaves the next test on the page it started on.
pub struct Address(String);

impl Address {
    pub fn keep() -> Self {
        Address(dom::window().location().href().unwrap())
    }
}

impl Drop for Address {
    fn drop(&mut self) {
        let _ = dom::window().history().unwrap().replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&self.0),
        );
    }
}
