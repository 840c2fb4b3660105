//! The one owner of the app's URLs: the route paths, and the base path the app is served
//! under (read from `<base href>`, which Trunk fills from `--public-url`).
//!
//! Routes are real paths (`/quiz`, `/roles/python-developer`). A plain static host serves
//! them because the build writes a copy of index.html into a folder per route (see
//! `scripts/route-pages.mjs`); share codes live in the fragment, which never reaches a
//! server: a shared result is `/results#CODE`, a comparison `/compare#a=CODE&b=CODE`
//! (see docs/share-format.md, "Where the code lives").

// The route paths belong to the site manifest, which the build reads too.
pub use crate::core::site::routes::{COMPARE, HOME, QUICK, QUIZ, RESULTS, ROLES};

/// The href of an app path (one of the constants above), under the base path.
/// Every link goes through here, so each carries the base path.
pub fn to(path: &str) -> String {
    BASE.with(|base| format!("{base}{path}"))
}

/// The href of one role's page.
pub fn role(id: &str) -> String {
    to(&crate::core::site::routes::role(id))
}

/// The whole link to a shared result, to send to someone: origin, base, `/results#CODE`.
pub fn share_link(code: &str) -> String {
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    share_link_at(&origin, code)
}

fn share_link_at(origin: &str, code: &str) -> String {
    format!("{origin}{}#{code}", to(RESULTS))
}

/// The href of the compare page for two codes (either may be empty).
pub fn compare(a: &str, b: &str) -> String {
    format!("{}#{}", to(COMPARE), compare_fragment(a, b))
}

/// The compare page's fragment (without `#`): `a=CODE&b=CODE`.
pub fn compare_fragment(a: &str, b: &str) -> String {
    format!("a={a}&b={b}")
}

/// The two codes in a compare page's fragment (with or without its `#`), as pasted text
/// for `share::decode`; a missing side is empty.
pub fn compare_codes(fragment: &str) -> (String, String) {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let mut codes = (String::new(), String::new());
    for part in fragment.split('&') {
        if let Some(code) = part.strip_prefix("a=") {
            codes.0 = code.to_string();
        } else if let Some(code) = part.strip_prefix("b=") {
            codes.1 = code.to_string();
        }
    }
    codes
}

/// The current address's fragment (after the first `#`), or `None` without a `#`. Read
/// from the whole address because `location.hash` can't tell `/results#` (an empty code,
/// worth a message) from `/results`.
pub fn current_fragment() -> Option<String> {
    let href = web_sys::window()?.location().href().ok()?;
    fragment_of(&href).map(str::to_string)
}

/// The fragment as data for the page (a share code, or the compare page's codes), from
/// the router's `hash` (`#…`, or empty). `None` without a fragment, and for a fragment
/// naming an element on the page: that is an in-page link (the skip link's `#main`).
///
/// The router's hash is read, not the address bar, because it is a signal: the page
/// follows it. It is empty both without a fragment and
/// for a bare `#`; only the whole address tells those apart, so an empty hash is checked
/// against it (a bare `#` then gives `Some("")`, worth a message).
pub fn data_fragment(hash: &str) -> Option<String> {
    let fragment = match hash.strip_prefix('#') {
        Some(f) if !f.is_empty() => f.to_string(),
        _ => current_fragment().filter(|f| f.is_empty())?,
    };
    let in_page = !fragment.is_empty()
        && web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&fragment))
            .is_some();
    (!in_page).then_some(fragment)
}

/// The part of an address after its first `#`, if it has one.
pub fn fragment_of(href: &str) -> Option<&str> {
    href.split_once('#').map(|(_, fragment)| fragment)
}

thread_local! {
    static BASE: String = read_base();
}

/// The path the app is served under, without a trailing slash: "" at the site root,
/// "/sub" when built with `--public-url /sub/`.
pub fn base() -> String {
    BASE.with(String::clone)
}

fn read_base() -> String {
    let base_uri = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_default();
    base_from_uri(&base_uri)
}

fn base_from_uri(uri: &str) -> String {
    // "https://host:port/sub/" -> "/sub"
    let after_scheme = uri.split_once("://").map_or(uri, |(_, rest)| rest);
    let path = after_scheme.find('/').map_or("", |i| &after_scheme[i..]);
    let path = path.split(['?', '#']).next().unwrap_or("");
    // The base is a folder: drop a file name such as "index.html".
    let folder = &path[..path.rfind('/').map_or(0, |i| i + 1)];
    folder.trim_end_matches('/').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn base_paths() {
        assert_eq!(base_from_uri("http://127.0.0.1:8080/"), "");
        assert_eq!(base_from_uri("http://127.0.0.1:8080/sub/"), "/sub");
        assert_eq!(base_from_uri("https://x.org/a/b/index.html"), "/a/b");
        assert_eq!(base_from_uri("https://x.org"), "");
    }

    #[wasm_bindgen_test]
    fn compare_fragments_round_trip() {
        assert_eq!(compare_fragment("AbC", "x-_9"), "a=AbC&b=x-_9");
        let codes = |f: &str| compare_codes(f);
        assert_eq!(codes("a=AbC&b=x-_9"), ("AbC".into(), "x-_9".into()));
        assert_eq!(codes("#b=x&a=y"), ("y".into(), "x".into()));
        assert_eq!(codes("#a=only"), ("only".into(), String::new()));
        assert_eq!(codes(""), (String::new(), String::new()));
        assert_eq!(codes("#garbage"), (String::new(), String::new()));
        assert_eq!(fragment_of("http://x.org/results#abc"), Some("abc"));
        assert_eq!(fragment_of("http://x.org/results#"), Some(""));
        assert_eq!(fragment_of("http://x.org/results"), None);
        assert_eq!(fragment_of("/compare#a=x#y&b=z"), Some("a=x#y&b=z"));
        assert_eq!(data_fragment("#EIJuwDs0"), Some("EIJuwDs0".into()));
        assert_eq!(data_fragment("#a=&b="), Some("a=&b=".into()));
        // The test page's own address has no fragment.
        assert_eq!(data_fragment(""), None);
    }

    #[wasm_bindgen_test]
    fn links_carry_origin_base_and_fragment() {
        assert_eq!(
            share_link_at("https://x.org", "EIJuwDs0"),
            format!("https://x.org{}#EIJuwDs0", to(RESULTS))
        );
        assert_eq!(compare("A", "B"), format!("{}#a=A&b=B", to(COMPARE)));
    }
}
