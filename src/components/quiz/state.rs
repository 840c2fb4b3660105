//! The quiz page's shared state: the core [`Quiz`] in a signal, saved after every change,
//! and the view-only bits the controls share (the check choice picked but not yet sent,
//! the last save error). Buttons and keyboard shortcuts call the same methods here, which
//! only forward to the core's events.

use crate::core::catalog::Catalog;
use crate::core::quiz::{Progress, Quiz, Step};
use crate::store;
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone, Copy)]
pub struct QuizState {
    catalog: StoredValue<Arc<Catalog>>,
    pub quiz: RwSignal<Quiz>,
    /// The choice picked on the current check step, sent with Next (so arrow keys can move
    /// between choices without answering).
    pub pending_choice: RwSignal<Option<usize>>,
    /// Why the last save failed, while it keeps failing.
    pub save_error: RwSignal<Option<&'static str>>,
    pub current: Memo<Step>,
    pub progress: Memo<Progress>,
}

impl QuizState {
    /// Loads the stored quiz for this catalog. Returns the notice to show once; when there
    /// is one the quiz is saved at once, so the next visit doesn't repeat it.
    pub fn load(catalog: Arc<Catalog>) -> (Self, Option<String>) {
        let loaded = store::load_quiz(&catalog);
        let notice = loaded.notice.map(|n| n.message());
        let quiz = RwSignal::new(loaded.quiz);
        let catalog = StoredValue::new(catalog);
        let current = Memo::new(move |_| quiz.with(|q| q.current().clone()));
        let progress = Memo::new(move |_| catalog.with_value(|c| quiz.with(|q| q.progress(c))));
        let state = Self {
            catalog,
            quiz,
            pending_choice: RwSignal::new(None),
            save_error: RwSignal::new(None),
            current,
            progress,
        };
        if notice.is_some() {
            state.save();
        }
        (state, notice)
    }

    pub fn catalog(&self) -> Arc<Catalog> {
        self.catalog.get_value()
    }

    /// Reads the quiz (tracked) with the catalog.
    pub fn with<R>(&self, f: impl FnOnce(&Quiz, &Catalog) -> R) -> R {
        self.catalog.with_value(|c| self.quiz.with(|q| f(q, c)))
    }

    /// Runs one core event, then saves. A step change forgets the pending check choice.
    pub fn apply(&self, event: impl FnOnce(&mut Quiz, &Catalog)) {
        let before = self.quiz.with_untracked(|q| q.current().clone());
        self.catalog
            .with_value(|c| self.quiz.update(|q| event(q, c)));
        if self.quiz.with_untracked(|q| *q.current() != before) {
            self.pending_choice.set(None);
        }
        self.save();
    }

    fn save(&self) {
        let result = self
            .catalog
            .with_value(|c| self.quiz.with_untracked(|q| store::save_quiz(q, c)));
        self.save_error.set(result.err().map(|e| e.message()));
    }

    /// A digit key or a click: a level on a skill step, choice `n` (1-based) on a check.
    pub fn pick(&self, n: u8) {
        match self.current.get_untracked() {
            Step::Skill(_) => self.apply(|q, c| q.rate(c, n)),
            Step::Check(_) => {
                let choices = self.catalog.with_value(|c| {
                    self.quiz
                        .with_untracked(|q| q.current_question(c).map_or(0, |q| q.choices.len()))
                });
                if n >= 1 && usize::from(n) <= choices {
                    self.pending_choice.set(Some(usize::from(n) - 1));
                }
            }
        }
    }

    /// Next: sends a picked check answer (which moves on), else just moves on.
    pub fn next(&self) {
        match self.pending_choice.get_untracked() {
            Some(choice) if matches!(self.current.get_untracked(), Step::Check(_)) => {
                self.pending_choice.set(None);
                self.apply(|q, c| q.answer_check(c, choice));
            }
            _ => self.apply(|q, c| q.next(c)),
        }
    }

    pub fn back(&self) {
        self.apply(|q, c| q.back(c));
    }

    /// "Skip": unknown for a skill, skipped for a check question; then moves on.
    pub fn skip(&self) {
        self.apply(|q, c| q.skip(c));
    }

    pub fn jump(&self, step: Step) {
        self.apply(|q, c| q.jump(c, step));
    }

    /// Marks the quiz finished and saves (the caller then shows the results).
    pub fn finish(&self) {
        self.apply(|q, _| q.finish());
    }

    /// Forgets every answer, in the page and in storage. Nothing is saved until the next
    /// answer, so the start page offers a fresh start again.
    pub fn start_over(&self) {
        self.catalog
            .with_value(|c| self.quiz.update(|q| q.start_over(c)));
        self.pending_choice.set(None);
        store::clear_quiz();
        self.save_error.set(None);
    }
}

pub fn provide_quiz(state: QuizState) {
    provide_context(state);
}

pub fn use_quiz() -> QuizState {
    expect_context::<QuizState>()
}
