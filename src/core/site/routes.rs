//! The app's route paths and which page an address shows (`crate::paths` re-exports the
//! paths for the view; the build reads them through the site manifest). The view's router
//! (`crate::router`) matches every address with [`route_of`], so the paths are spelled
//! here only.

pub const HOME: &str = "/";
pub const QUIZ: &str = "/quiz";
pub const QUICK: &str = "/quick";
pub const RESULTS: &str = "/results";
pub const ROLES: &str = "/roles";
pub const COMPARE: &str = "/compare";

/// The path of one role's page (without the base path).
pub fn role(id: &str) -> String {
    format!("{ROLES}/{id}")
}

/// A page of the app, as its address names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Landing,
    Quiz,
    Quick,
    /// A fragment means a shared result (`/results#CODE`); the page reads it.
    Results,
    Compare,
    Roles,
    /// One role's page; the id as the address spells it (unknown ids get their own page).
    Role(String),
    NotFound,
}

/// The page for a path under the base path (`/quiz`, `/roles/sql-developer`). One trailing
/// slash is allowed, as the build's per-route folders (`/quiz/index.html`) are served at
/// `/quiz/`; anything else unknown, `index.html` included, is the not-found page.
pub fn route_of(path: &str) -> Route {
    let path = match path.strip_suffix('/') {
        Some(trimmed) if !trimmed.is_empty() => trimmed,
        _ => path,
    };
    let fixed = [
        (HOME, Route::Landing),
        ("", Route::Landing),
        (QUIZ, Route::Quiz),
        (QUICK, Route::Quick),
        (RESULTS, Route::Results),
        (COMPARE, Route::Compare),
        (ROLES, Route::Roles),
    ];
    if let Some((_, route)) = fixed.into_iter().find(|(p, _)| *p == path) {
        return route;
    }
    match path.strip_prefix(ROLES).and_then(|p| p.strip_prefix('/')) {
        Some(id) if !id.is_empty() && !id.contains('/') => Route::Role(id.to_string()),
        _ => Route::NotFound,
    }
}

/// Whether the page at `path` (under the base path) is complete as static HTML for every
/// visitor: the landing page and the pages scripts/prerender.mjs prerenders, but compare,
/// whose address can carry two share codes the static copy can't show. Its app starts when
/// the browser is idle (src/first_paint/start.rs), and its wasm downloads after the first
/// paint (the site manifest's `starts_when_idle`, scripts/wasm-start.mjs).
pub fn starts_when_idle(path: &str) -> bool {
    matches!(
        route_of(path),
        Route::Landing | Route::Roles | Route::Role(_)
    )
}

/// The piece of the wasm that holds a page's code, if not the main one: the landing and
/// not-found pages are in the main wasm, every other page family loads its own piece when
/// one of its pages is opened (docs/wasm-split.md). `src/pages/pieces.rs` puts each page in
/// the piece named here (the macro takes a name, not a string; tests/e2e check the two
/// agree); the build preloads a page's piece where its app starts at once.
pub fn piece(route: &Route) -> Option<&'static str> {
    match route {
        Route::Landing | Route::NotFound => None,
        Route::Quiz | Route::Quick => Some("quiz"),
        Route::Results | Route::Compare => Some("results"),
        Route::Roles | Route::Role(_) => Some("roles"),
    }
}

/// The page a page's main way on leads to, whose piece of the wasm the app downloads once
/// the page is on screen and the browser is idle (src/app.rs), so that step opens at once:
/// from the landing page and the job titles, the quiz; from the quiz, the results.
pub fn next_step(route: &Route) -> Option<Route> {
    match route {
        Route::Landing | Route::Roles | Route::Role(_) => Some(Route::Quiz),
        Route::Quiz | Route::Quick => Some(Route::Results),
        Route::Results | Route::Compare | Route::NotFound => None,
    }
}

/// The part of a whole pathname under the base path ("" at the site root, "/sub"), or None
/// for an address outside the app.
pub fn under_base<'a>(pathname: &'a str, base: &str) -> Option<&'a str> {
    let rest = pathname.strip_prefix(base)?;
    (rest.is_empty() || rest.starts_with('/')).then_some(rest)
}

/// Whether a link to `link` marks the page at `here` as current (`aria-current="page"`),
/// both paths under the base: the same page, or (unless `exact`) a page below it, as
/// `/roles` for `/roles/sql-developer`. The home page is only itself.
pub fn link_is_current(link: &str, here: &str, exact: bool) -> bool {
    let link = link.split(['?', '#']).next().unwrap_or_default();
    let (link, here) = (link.trim_end_matches('/'), here.trim_end_matches('/'));
    here == link || (!exact && !link.is_empty() && here.starts_with(&format!("{link}/")))
}

/// Every route without an id (all but `Role` and `NotFound`): the tests that go through
/// every page use it, so a new page is added once.
#[cfg(test)]
pub(crate) const PAGES_WITHOUT_ID: [Route; 6] = [
    Route::Landing,
    Route::Quiz,
    Route::Quick,
    Route::Results,
    Route::Compare,
    Route::Roles,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_has_its_route() {
        assert_eq!(route_of("/"), Route::Landing);
        assert_eq!(route_of(""), Route::Landing);
        assert_eq!(route_of("/quiz"), Route::Quiz);
        assert_eq!(route_of("/quick"), Route::Quick);
        assert_eq!(route_of("/results"), Route::Results);
        assert_eq!(route_of("/compare"), Route::Compare);
        assert_eq!(route_of("/roles"), Route::Roles);
        assert_eq!(
            route_of("/roles/sql-developer"),
            Route::Role("sql-developer".into())
        );
        // An unknown id is still a role page, which explains it.
        assert_eq!(
            route_of("/roles/astronaut"),
            Route::Role("astronaut".into())
        );
    }

    #[test]
    fn one_trailing_slash_is_the_same_page() {
        assert_eq!(route_of("/quiz/"), Route::Quiz);
        assert_eq!(route_of("/roles/"), Route::Roles);
        assert_eq!(
            route_of("/roles/qa-engineer/"),
            Route::Role("qa-engineer".into())
        );
        assert_eq!(route_of("/quiz//"), Route::NotFound);
        assert_eq!(route_of("/roles//"), Route::NotFound);
    }

    #[test]
    fn unknown_paths_are_not_found() {
        for path in [
            "/no/such/page",
            "/404.html",
            "/index.html",
            "/quiz/index.html",
            "/quizzes",
            "/Quiz",
            "/roles/a/b",
            "quiz",
        ] {
            assert_eq!(route_of(path), Route::NotFound, "{path}");
        }
    }

    #[test]
    fn the_next_step_is_a_page_in_another_piece() {
        let others = [Route::Role("sql-developer".into()), Route::NotFound];
        for route in PAGES_WITHOUT_ID.into_iter().chain(others) {
            if let Some(next) = next_step(&route) {
                assert!(
                    piece(&next).is_some(),
                    "{route:?}: {next:?} has a piece to fetch"
                );
                assert_ne!(
                    piece(&next),
                    piece(&route),
                    "{route:?}: its own piece is loaded"
                );
            }
        }
        assert_eq!(next_step(&Route::Landing), Some(Route::Quiz));
        assert_eq!(next_step(&Route::Quiz), Some(Route::Results));
    }

    #[test]
    fn pages_complete_as_static_html_wait_for_idle() {
        for path in ["", "/", "/roles", "/roles/", "/roles/python-developer"] {
            assert!(starts_when_idle(path), "{path}");
        }
        for path in [
            "/quiz",
            "/quick",
            "/results",
            "/compare",
            "/roles/a/b",
            "/rolesx",
            "/nowhere",
            "/index.html",
        ] {
            assert!(!starts_when_idle(path), "{path}");
        }
    }

    #[test]
    fn paths_under_the_base() {
        assert_eq!(under_base("/quiz", ""), Some("/quiz"));
        assert_eq!(under_base("/sub/quiz", "/sub"), Some("/quiz"));
        assert_eq!(under_base("/sub", "/sub"), Some(""));
        assert_eq!(under_base("/sub/", "/sub"), Some("/"));
        assert_eq!(under_base("/subway", "/sub"), None);
        assert_eq!(under_base("/quiz", "/sub"), None);
    }

    #[test]
    fn current_links() {
        assert!(link_is_current("/roles", "/roles", false));
        assert!(link_is_current("/roles", "/roles/", false));
        assert!(link_is_current("/roles", "/roles/sql-developer", false));
        assert!(!link_is_current("/roles", "/roles/sql-developer", true));
        assert!(!link_is_current("/roles", "/rolesx", false));
        assert!(link_is_current("/", "/", false));
        assert!(link_is_current("/", "", false));
        assert!(!link_is_current("/", "/quiz", false));
        assert!(link_is_current("/compare#a=x&b=y", "/compare", false));
        assert!(!link_is_current("/quiz", "/results", false));
    }
}
