//! A signal that this browser's saved quiz changed, for the landing page's main button and
//! the header's links (which read `store::saved()`: nothing, a quiz to continue, or a
//! finished result). The quiz tells it after every save and Start over.

use crate::core::storage::Saved;
use crate::store;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct SavedState(RwSignal<()>);

impl SavedState {
    /// Subscribes the caller to changes.
    pub fn track(&self) {
        self.0.track();
    }

    /// Tells the subscribers that storage changed.
    pub fn changed(&self) {
        self.0.notify();
    }
}

/// Call once in the app shell.
pub fn provide_saved_state() {
    provide_context(SavedState(RwSignal::new(())));
}

/// The shell's signal, or a lone one when there is no shell (a component mounted alone).
pub fn use_saved_state() -> SavedState {
    use_context::<SavedState>().unwrap_or_else(|| SavedState(RwSignal::new(())))
}

/// What is saved (nothing, a quiz to continue, a finished result): read from storage once,
/// and again whenever the quiz says it changed.
pub fn use_saved() -> Memo<Saved> {
    let state = use_saved_state();
    Memo::new(move |_| {
        state.track();
        store::saved()
    })
}
