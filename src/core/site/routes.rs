//! The app's route paths (`crate::paths` re-exports them for the view; the build reads them
//! through the site manifest). `src/app.rs` must spell the same paths in its `path!`
//! macros (a macro needs literals): `manifest::tests` reads app.rs to check they agree.

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
