//! The one owner of the app's URLs: the route paths, and the base path the app is served
//! under (read from `<base href>`, which Trunk fills from `--public-url`).
//!
//! Routes are real paths (`/quiz`, `/roles/python-developer`). A plain static host serves
//! them because the build writes a copy of index.html into a folder per route (see
//! `scripts/route-pages.mjs`); share codes live in the fragment (`/results#CODE`).

pub const HOME: &str = "/";
pub const QUIZ: &str = "/quiz";
pub const RESULTS: &str = "/results";
pub const ROLES: &str = "/roles";

/// The href of an app path (one of the constants above), under the base path.
/// leptos_router leaves absolute hrefs alone, so every link goes through here.
pub fn to(path: &str) -> String {
    BASE.with(|base| format!("{base}{path}"))
}

/// The href of one role's page.
pub fn role(id: &str) -> String {
    to(&format!("{ROLES}/{id}"))
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
    use super::base_from_uri;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn base_paths() {
        assert_eq!(base_from_uri("http://127.0.0.1:8080/"), "");
        assert_eq!(base_from_uri("http://127.0.0.1:8080/sub/"), "/sub");
        assert_eq!(base_from_uri("https://x.org/a/b/index.html"), "/a/b");
        assert_eq!(base_from_uri("https://x.org"), "");
    }
}
