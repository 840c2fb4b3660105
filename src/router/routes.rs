//! Which page the current address shows.

use super::use_location;
use crate::core::site::routes::{route_of, under_base, Route};
use crate::paths;
use leptos::prelude::*;

/// The page the address shows; changes only when the page does (not with the fragment),
/// and from one role to another.
pub fn use_route() -> Memo<Route> {
    let pathname = use_location().pathname;
    let base = paths::base();
    Memo::new(move |_| pathname.with(|p| under_base(p, &base).map_or(Route::NotFound, route_of)))
}
