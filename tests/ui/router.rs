//! The app's router (src/router/): a plain click on a link to an app page is followed in
//! the app (a new address and page, `aria-current` on the link); modified clicks, links
//! with a target and links to other sites are left to the browser.

use crate::dom::{self, tick, wait_until};
use crate::mount::{catalog, mount_with_catalog, Address};
use leptos::prelude::*;
use skillcheck::paths;
use skillcheck::router::{use_route, A};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::Element;

/// Clicks `selector` under `root` with the mouse event options `init` (JSON) and returns
/// whether the router took the click (prevented the browser's default). The browser's own
/// following is always stopped afterwards, so the test page stays.
fn click_taken(root: &Element, selector: &str, init: &str) -> bool {
    let link = dom::element(root, selector).unwrap();
    let body = "let taken = null;
        addEventListener('click', (e) => { taken = e.defaultPrevented; e.preventDefault(); }, { once: true });
        link.dispatchEvent(new MouseEvent('click', Object.assign({ bubbles: true, cancelable: true }, JSON.parse(init))));
        return taken;";
    let click = js_sys::Function::new_with_args("link, init", body);
    let taken = click.call2(&JsValue::NULL, &link, &init.into()).unwrap();
    taken.as_bool().unwrap()
}

#[wasm_bindgen_test]
async fn app_links_are_followed_in_the_app_and_others_left_to_the_browser() {
    let _address = Address::keep();
    let mounted = mount_with_catalog(catalog(), |_| {
        let route = use_route();
        view! {
            <p class="route">{move || format!("{:?}", route.get())}</p>
            <A href=paths::to(paths::ROLES) attr:class="roles">"Job titles"</A>
            <A href=paths::role("sql-developer") attr:class="role">"SQL Developer"</A>
            <a class="new-tab" href=paths::to(paths::QUIZ) target="_blank">"Quiz"</a>
            <a class="elsewhere" href="https://example.org/roles">"Elsewhere"</a>
        }
    });
    let root = &mounted.root;
    tick().await;
    let route = || dom::text_of(root, ".route");
    let before = route();

    for (selector, init) in [
        (".roles", r#"{"ctrlKey": true}"#),
        (".roles", r#"{"metaKey": true}"#),
        (".roles", r#"{"shiftKey": true}"#),
        (".roles", r#"{"button": 1}"#),
        (".new-tab", "{}"),
        (".elsewhere", "{}"),
    ] {
        assert!(!click_taken(root, selector, init), "{selector} {init}");
    }
    tick().await;
    assert_eq!(route(), before, "no click above changed the page");

    let current = |selector: &str| {
        dom::element(root, selector)
            .unwrap()
            .get_attribute("aria-current")
    };
    assert!(click_taken(root, ".roles", "{}"));
    let location = window().location();
    assert_eq!(location.pathname().unwrap(), paths::to(paths::ROLES));
    wait_until("the job titles page", || route() == "Roles").await;
    assert_eq!(current(".roles").as_deref(), Some("page"));

    assert!(click_taken(root, ".role", "{}"));
    wait_until("the role page", || route() == r#"Role("sql-developer")"#).await;
    assert_eq!(current(".role").as_deref(), Some("page"));
    // A link to the pages above marks them too: the job titles are the role's section.
    assert_eq!(current(".roles").as_deref(), Some("page"));

    // The back button.
    window().history().unwrap().back().unwrap();
    wait_until("back on the job titles page", || route() == "Roles").await;
    assert_eq!(current(".role"), None);
}
