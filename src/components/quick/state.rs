//! The quick check's state: the stored quiz (the quick ratings ARE the quiz's ratings, so
//! "Check them now" continues from them) and how it was made. Every change reads the
//! latest stored quiz first, so answers another tab saved meanwhile are kept.

use crate::core::catalog::Catalog;
use crate::core::mode::ResultMode;
use crate::core::quiz::Quiz;
use crate::store;
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone, Copy)]
pub struct QuickState {
    catalog: StoredValue<Arc<Catalog>>,
    pub quiz: RwSignal<Quiz>,
    /// The stored answers come from a newer version of the app: save nothing.
    pub newer_saved: bool,
    /// Why the last save failed, while it keeps failing.
    pub save_error: RwSignal<Option<&'static str>>,
}

impl QuickState {
    /// The stored quiz, and the notice to show once about it (if any).
    pub fn load(catalog: Arc<Catalog>) -> (Self, Option<String>) {
        let loaded = store::load_quiz(&catalog);
        let notice = loaded.notice.as_ref().map(|n| n.message());
        let state = Self {
            quiz: RwSignal::new(loaded.quiz.clone()),
            catalog: StoredValue::new(catalog),
            newer_saved: !loaded.may_save(),
            save_error: RwSignal::new(None),
        };
        (state, notice)
    }

    /// Runs one core event on the latest stored quiz, saves it as a quick result, and
    /// shows it.
    pub fn apply(&self, event: impl FnOnce(&mut Quiz, &Catalog)) {
        if self.newer_saved {
            return;
        }
        let quiz = self.catalog.with_value(|c| {
            let mut quiz = store::load_quiz(c).quiz;
            event(&mut quiz, c);
            let saved = store::save_quiz(&quiz, c).and(store::save_mode(ResultMode::Quick));
            self.save_error.set(saved.err().map(|e| e.message()));
            quiz
        });
        self.quiz.set(quiz);
    }
}
