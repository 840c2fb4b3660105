//! Reading and driving the mounted DOM: find by text, click, press keys, wait for a
//! condition (never a fixed sleep).

use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use web_sys::{Element, HtmlElement, HtmlInputElement};

/// Leptos's own (so a test file's `use leptos::prelude::*` names the same functions).
pub use leptos::prelude::{document, window};

/// One browser task later: effects, `Deferred` parts and spawned futures have run.
pub async fn tick() {
    let later = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(later).await.unwrap();
}

/// Resolves once `ready` holds, or fails with `what` after about 5 s.
pub async fn wait_until(what: &str, mut ready: impl FnMut() -> bool) {
    for _ in 0..1000 {
        if ready() {
            return;
        }
        tick().await;
    }
    panic!("never happened: {what}");
}

/// Every HTML element matching `selector` under `root`.
pub fn all(root: &Element, selector: &str) -> Vec<HtmlElement> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<HtmlElement>().ok())
        .collect()
}

/// How many elements (HTML or SVG) match `selector` under `root`.
pub fn count(root: &Element, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

/// The first element (HTML or SVG) matching `selector`, if any.
pub fn element(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).unwrap()
}

/// The first HTML element matching `selector`, if any.
pub fn find(root: &Element, selector: &str) -> Option<HtmlElement> {
    all(root, selector).into_iter().next()
}

/// The element matching `selector`, waiting for it to appear.
pub async fn wait_for(root: &Element, selector: &str) -> HtmlElement {
    for _ in 0..1000 {
        if let Some(found) = find(root, selector) {
            return found;
        }
        tick().await;
    }
    panic!("{selector} never appeared; page: {}", root.inner_html());
}

/// Its text, whitespace collapsed.
pub fn text(el: &Element) -> String {
    el.text_content()
        .unwrap_or_default()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The text of the first match of `selector`, HTML or SVG ("" when there is none).
pub fn text_of(root: &Element, selector: &str) -> String {
    element(root, selector)
        .map(|e| text(&e))
        .unwrap_or_default()
}

/// The button (or link) whose text or accessible label is `name`, waiting for it.
pub async fn button(root: &Element, name: &str) -> HtmlElement {
    let named = || {
        all(root, "button, a, summary")
            .into_iter()
            .find(|b| text(b) == name || b.get_attribute("aria-label").as_deref() == Some(name))
    };
    for _ in 0..1000 {
        if let Some(found) = named() {
            return found;
        }
        tick().await;
    }
    let names: Vec<String> = all(root, "button, a").iter().map(|b| text(b)).collect();
    panic!("no button {name:?}; there are {names:?}");
}

/// Whether a button named `name` is on screen now.
pub fn has_button(root: &Element, name: &str) -> bool {
    all(root, "button, a").iter().any(|b| text(b) == name)
}

/// Clicks `name`, then lets the page react.
pub async fn click(root: &Element, name: &str) {
    button(root, name).await.click();
    tick().await;
}

/// Runs `body` as a JavaScript function of `args` (event constructors and a file list
/// this way need no extra web-sys features, so the test build reuses the app's).
pub fn js(args: &str, body: &str, values: &[&JsValue]) {
    let function = js_sys::Function::new_with_args(args, body);
    let values: js_sys::Array = values.iter().map(|v| (*v).clone()).collect();
    function.apply(&JsValue::NULL, &values).unwrap();
}

/// A key press (keydown) on whatever has focus, as the keyboard sends it (it bubbles to
/// the page's listeners), then lets the page react.
pub async fn press(key: &str) {
    let target: JsValue = match document().active_element() {
        Some(el) => el.into(),
        None => document().body().unwrap().into(),
    };
    js(
        "target, key",
        "target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))",
        &[&target, &key.into()],
    );
    tick().await;
}

/// An event of type `kind` on `el` that bubbles, as the browser sends `input` and `change`
/// (Leptos listens for them on the document).
pub fn fire(el: &Element, kind: &str) {
    js(
        "el, kind",
        "el.dispatchEvent(new Event(kind, { bubbles: true }))",
        &[el.as_ref(), &kind.into()],
    );
}

/// The radio input whose label starts with `label`.
pub fn radio(root: &Element, label: &str) -> HtmlInputElement {
    all(root, "label")
        .into_iter()
        .find(|l| text(l).starts_with(label))
        .and_then(|l| find(&l, "input[type=radio]").or_else(|| labelled_input(root, &l)))
        .unwrap_or_else(|| panic!("no radio labelled {label:?}"))
        .unchecked_into()
}

fn labelled_input(root: &Element, label: &HtmlElement) -> Option<HtmlElement> {
    let id = label.get_attribute("for")?;
    find(root, &format!("#{id}"))
}

/// Types `value` into the text field matching `selector`, as an input event.
pub async fn fill(root: &Element, selector: &str, value: &str) {
    let field: HtmlInputElement = find(root, selector)
        .unwrap_or_else(|| panic!("no field {selector}"))
        .unchecked_into();
    field.set_value(value);
    fire(&field, "input");
    tick().await;
}

/// The id of the element that has focus ("" for none).
pub fn focused_id() -> String {
    document()
        .active_element()
        .map(|e| e.id())
        .unwrap_or_default()
}
