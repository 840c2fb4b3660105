//! The app's own router over the History API, in place of `leptos_router` (whose code every
//! visitor downloaded: about 25 KB gzip, docs/performance.md). Which page an address shows
//! is pure and tested natively (`core::site::routes::route_of`); this module only wires it
//! to the browser:
//!
//! - [`Router`] puts the [`Location`] (the address's pathname and hash, as signals) in
//!   context and follows the address: the back and forward buttons (`popstate`), a changed
//!   fragment (`hashchange`), and clicks on links to the app's own pages ([`link`]).
//! - [`Location::navigate`] changes the address (`history.pushState`) and the signals.
//! - [`A`] is a plain `<a>` that marks the current page (`aria-current="page"`).
//! - [`use_route`] is the page the address shows; `app.rs` renders it.
//!
//! Kept from leptos_router 0.8 (router/src/location/{mod,history}.rs, link.rs): every
//! `<a>` on the page is followed in the app, not only [`A`]'s, unless the click is
//! modified (ctrl, meta, shift, alt, not the main button), already handled
//! (`preventDefault`, as the skip link does), or the link has a `target`, `download`,
//! `rel="external"`, another origin or a path outside the base path; a link to the address
//! already shown adds no history entry; after each navigation the page scrolls to the
//! fragment's element if there is one, else to the top; before the router runs, a click is
//! a plain page load. Added: a page left by a link keeps its scroll position in its history
//! entry, and Back returns there once the page is rebuilt (`navigate.rs`).
//! Left out, as the app never used them: relative hrefs, `state`, `replace` (links and navigation),
//! `noscroll`, nested routes, and waiting for the new page before updating the address bar
//! (here the address bar changes first, then the page).

mod link;
mod location;
mod navigate;
mod routes;

pub use link::A;
pub use location::{use_location, Location, Router};
pub use routes::use_route;
