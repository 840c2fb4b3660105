//! A signal that this browser's saved quiz changed, for the landing page's main button and
//! the header's links (which read `store::saved()`: nothing, a quiz to continue, or a
//! finished result), and for the parts that offer the person's own result (compare,
//! export). The quiz tells it after every save and Start over; an import does too.

use crate::components::use_catalog;
use crate::core::share::SharedResult;
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

/// The person's own stored result when they have rated a skill (to compare with, to
/// export): read from storage once, and again whenever storage is said to have changed.
/// Below `WithCatalog`.
pub fn use_own_result() -> Memo<Option<SharedResult>> {
    let catalog = use_catalog();
    let state = use_saved_state();
    Memo::new(move |_| {
        state.track();
        store::load_result(catalog)
    })
}
