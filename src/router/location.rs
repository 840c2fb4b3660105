//! The address the app shows, as signals, and the listeners that keep it current.

use super::link;
use super::navigate::restore_scroll;
use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The parts of the address the pages read.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct Address {
    /// The whole path, base path included (`/sub/quiz`).
    pub pathname: String,
    /// The fragment with its `#`, or empty (`location.hash`).
    pub hash: String,
}

impl Address {
    /// The browser's current address.
    pub fn current() -> Self {
        let location = window().location();
        Address {
            pathname: location.pathname().unwrap_or_default(),
            hash: location.hash().unwrap_or_default(),
        }
    }
}

/// The router's view of the address (in context under [`Router`]).
#[derive(Clone, Copy)]
pub struct Location {
    /// The whole path, base path included (`/sub/roles/sql-developer`).
    pub pathname: Memo<String>,
    /// The fragment with its `#` (`#CODE`), or empty, as `location.hash` gives it.
    pub hash: Memo<String>,
    pub(super) address: RwSignal<Address>,
}

impl Location {
    fn new() -> Self {
        let address = RwSignal::new(Address::current());
        Location {
            pathname: Memo::new(move |_| address.with(|a| a.pathname.clone())),
            hash: Memo::new(move |_| address.with(|a| a.hash.clone())),
            address,
        }
    }

    /// Reads the address again, after the browser or the app changed it.
    pub(super) fn sync(&self) {
        let now = Address::current();
        if self.address.with_untracked(|a| *a != now) {
            self.address.set(now);
        }
    }
}

/// The router's location; call under [`Router`].
pub fn use_location() -> Location {
    expect_context::<Location>()
}

/// Provides the [`Location`] to `children` and follows the address while mounted.
#[component]
pub fn Router(children: Children) -> impl IntoView {
    let location = Location::new();
    provide_context(location);
    let history = window_event_listener(ev::popstate, move |e| {
        location.sync();
        // An entry left by a link holds its scroll position (`Location::navigate`).
        if let Some(y) = e.state().as_f64() {
            spawn_local(restore_scroll(location, y));
        }
    });
    let fragment = window_event_listener(ev::hashchange, move |_| location.sync());
    let clicks = window_event_listener(ev::click, move |e| link::follow(&e, location));
    on_cleanup(move || {
        history.remove();
        fragment.remove();
        clicks.remove();
    });
    children()
}
