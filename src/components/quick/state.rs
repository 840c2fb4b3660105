//! The quick check's state: the stored quiz (the quick ratings ARE the quiz's ratings, so
//! "Check them now" continues from them) and how it was made. Every change reads the
//! latest stored quiz first, so answers another tab saved meanwhile are kept.

use crate::core::catalog::QuizCatalog;
use crate::core::mode::ResultMode;
use crate::core::quiz::Quiz;
use crate::store;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct QuickState {
    catalog: &'static QuizCatalog,
    pub quiz: RwSignal<Quiz>,
    /// The stored answers come from a newer version of the app: save nothing.
    pub newer_saved: bool,
    /// Why the last save failed, while it keeps failing.
    pub save_error: RwSignal<Option<&'static str>>,
}

impl QuickState {
    /// The stored quiz, and the notice to show once about it (if any).
    pub fn load(catalog: &'static QuizCatalog) -> (Self, Option<String>) {
        let loaded = store::load_quiz(catalog);
        let notice = loaded.notice.as_ref().map(|n| n.message());
        let state = Self {
            quiz: RwSignal::new(loaded.quiz.clone()),
            catalog,
            newer_saved: !loaded.may_save(),
            save_error: RwSignal::new(None),
        };
        (state, notice)
    }

    /// Runs one core event on the latest stored quiz, saves it (a quick result unless a
    /// check question has been answered: `ResultMode::after_quick_edit`), and shows it.
    pub fn apply(&self, event: impl FnOnce(&mut Quiz, &QuizCatalog)) {
        if self.newer_saved {
            return;
        }
        let mut quiz = store::load_quiz(self.catalog).quiz;
        event(&mut quiz, self.catalog);
        let saved = store::save_quiz(&quiz, self.catalog).and(store::save_mode(
            ResultMode::after_quick_edit(quiz.answers()),
        ));
        self.save_error.set(saved.err().map(|e| e.message()));
        self.quiz.set(quiz);
    }
}
