//! What this browser has saved (nothing, a quiz to continue, a finished result), for the
//! landing page's main button and the header's links. Read again after every quiz save,
//! on every page change and when another tab saves.

use crate::core::storage::Saved;
use crate::store;
use leptos::ev;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct SavedState(RwSignal<Saved>);

impl SavedState {
    /// The current stage (tracked).
    pub fn get(&self) -> Saved {
        self.0.get()
    }

    /// Reads storage again.
    pub fn refresh(&self) {
        self.0.set(store::saved());
    }
}

/// Call once in the app shell.
pub fn provide_saved_state() {
    let state = SavedState(RwSignal::new(store::saved()));
    provide_context(state);
    let handle = window_event_listener(ev::storage, move |_| state.refresh());
    on_cleanup(move || handle.remove());
}

/// The shell's saved state, or one read now when there is no shell (a component mounted
/// alone in a test).
pub fn use_saved_state() -> SavedState {
    use_context::<SavedState>().unwrap_or_else(|| SavedState(RwSignal::new(store::saved())))
}
