//! The quiz page's shared state: the core [`Quiz`] in a signal, saved after every change,
//! and the view-only bits the controls share (a question the page is asking, the last save
//! error, what another tab changed). Buttons and keyboard shortcuts call the same methods
//! here, which only forward to the core's events.
//!
//! Nothing picked waits in the view: a level or a check choice is recorded by the core the
//! moment it is picked (see `core::quiz`), so every way off a step keeps it.

use crate::components::{use_saved_state, SavedState};
use crate::core::catalog::QuizCatalog;
use crate::core::quiz::{Progress, Quiz, Step};
use crate::core::storage;
use crate::data::{use_catalog_state, CatalogState};
use crate::store;
use leptos::ev;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct QuizState {
    catalog: &'static QuizCatalog,
    pub quiz: RwSignal<Quiz>,
    /// The stored text this tab last read or wrote. Storage holding anything else means
    /// another tab wrote since: adopt it before writing.
    seen: StoredValue<Option<String>>,
    /// The stored answers come from a newer version of the app: show no quiz and save
    /// nothing until the person reloads or chooses to start over.
    pub newer_saved: RwSignal<bool>,
    /// Skip was pressed on a skill that has a level: the level it would replace, while the
    /// page asks first.
    pub confirming_skip: RwSignal<Option<u8>>,
    /// What another tab changed, told once.
    pub tab_notice: RwSignal<Option<String>>,
    /// Why the last save failed, while it keeps failing.
    pub save_error: RwSignal<Option<&'static str>>,
    pub current: Memo<Step>,
    pub progress: Memo<Progress>,
    /// The header's and landing page's view of what is saved, told after every write.
    saved: SavedState,
    /// The loader, for the question texts a pick is checked against.
    data: CatalogState,
}

impl QuizState {
    /// Loads the stored quiz for this catalog. Returns the notice to show once; when there
    /// is one the quiz is saved at once (unless that would overwrite a newer app's answers),
    /// so the next visit doesn't repeat it.
    pub fn load(catalog: &'static QuizCatalog) -> (Self, Option<String>) {
        let text = store::quiz_text();
        let loaded = storage::load(text.as_deref().unwrap_or_default(), catalog);
        let notice = loaded.notice.as_ref().map(|n| n.message());
        let newer_saved = !loaded.may_save();
        let quiz = RwSignal::new(loaded.quiz);
        let current = Memo::new(move |_| quiz.with(|q| q.current().clone()));
        let progress = Memo::new(move |_| quiz.with(|q| q.progress(catalog)));
        let state = Self {
            catalog,
            quiz,
            seen: StoredValue::new(text),
            newer_saved: RwSignal::new(newer_saved),
            confirming_skip: RwSignal::new(None),
            tab_notice: RwSignal::new(None),
            save_error: RwSignal::new(None),
            current,
            progress,
            saved: use_saved_state(),
            data: use_catalog_state(),
        };
        if notice.is_some() && !newer_saved {
            state.save();
        }
        (state, (!newer_saved).then_some(notice).flatten())
    }

    pub fn catalog(&self) -> &'static QuizCatalog {
        self.catalog
    }

    /// Reads the quiz (tracked) with the catalog.
    pub fn with<R>(&self, f: impl FnOnce(&Quiz, &QuizCatalog) -> R) -> R {
        self.quiz.with(|q| f(q, self.catalog))
    }

    /// Runs one core event on the latest stored answers, then saves.
    pub fn apply(&self, event: impl FnOnce(&mut Quiz, &QuizCatalog)) {
        self.adopt_other_tabs();
        self.quiz.update(|q| event(q, self.catalog));
        self.save();
    }

    /// Takes what another tab stored since this tab last read or wrote (called before every
    /// write and on the `storage` event), and tells the person what changed.
    pub fn adopt_other_tabs(&self) {
        if self.newer_saved.get_untracked() {
            return;
        }
        let text = store::quiz_text();
        if self.seen.with_value(|seen| *seen == text) {
            return;
        }
        let loaded = storage::load(text.as_deref().unwrap_or_default(), self.catalog);
        if !loaded.may_save() {
            // A newer version of the app wrote meanwhile: leave its answers alone.
            self.newer_saved.set(true);
            return;
        }
        let change = self.quiz.try_update(|q| q.adopt(self.catalog, loaded.quiz));
        self.seen.set_value(text);
        if let Some(message) = change.and_then(|c| c.message()) {
            self.tab_notice.set(Some(message));
        }
    }

    fn save(&self) {
        if self.newer_saved.get_untracked() {
            return;
        }
        let text = self.quiz.with_untracked(|q| storage::save(q, self.catalog));
        let result = store::save_quiz_text(&text);
        // Answers saved by the full quiz are on their way to being checked.
        let _ = store::save_mode(crate::core::mode::ResultMode::Checked);
        if result.is_ok() {
            self.seen.set_value(Some(text));
        }
        self.save_error.set(result.err().map(|e| e.message()));
        self.saved.changed();
    }

    /// A digit key or a click: a level on a skill step, choice `n` (1-based) on a check.
    /// Either is recorded at once.
    pub fn pick(&self, n: u8) {
        match self.current.get_untracked() {
            Step::Skill(_) => {
                // A new level makes the Skip question ("You rated it level …") stale.
                self.confirming_skip.set(None);
                self.apply(|q, c| q.rate(c, n));
            }
            Step::Check(_) if n >= 1 => self.choose(usize::from(n) - 1),
            Step::Check(_) => {}
        }
    }

    /// Picks choice `index` (0-based) on the current check question.
    /// Nothing until the question's words have loaded (nor is the question shown).
    pub fn choose(&self, index: usize) {
        let texts = self.data.question_words();
        self.apply(|q, c| {
            let current = q.current_question(c).map(|question| question.id.clone());
            if let Some(text) = current.and_then(|id| texts.of(&id)) {
                q.choose(c, text, index);
            }
        });
    }

    pub fn next(&self) {
        self.apply(|q, c| q.next(c));
    }

    /// Whether Next has somewhere to go (read once, as a key press does).
    pub fn has_next(&self) -> bool {
        self.with_untracked(|q, c| q.can_go_next(c))
    }

    pub fn back(&self) {
        self.apply(|q, c| q.back(c));
    }

    /// "Skip": unknown for a skill, skipped for a check question; then moves on. A skill
    /// that has a level is not skipped before the person confirms (`confirming_skip`).
    pub fn skip(&self) {
        let replaces = self.with_untracked(|q, c| q.skip_would_replace(c));
        match replaces {
            Some(level) => self.confirming_skip.set(Some(level)),
            None => self.skip_confirmed(),
        }
    }

    pub fn skip_confirmed(&self) {
        self.confirming_skip.set(None);
        self.apply(|q, c| q.skip(c));
    }

    pub fn jump(&self, step: Step) {
        self.apply(|q, c| q.jump(c, step));
    }

    /// Marks the quiz finished and saves (the caller then shows the results).
    pub fn finish(&self) {
        self.apply(|q, _| q.finish());
    }

    /// Forgets every answer and the remembered city and target, in the page and in storage. Nothing is
    /// saved until the next answer, so the start page offers a fresh start again.
    pub fn start_over(&self) {
        self.quiz.update(|q| q.start_over(self.catalog));
        store::clear_quiz();
        self.saved.changed();
        let _ = store::save_city(None);
        let _ = store::save_target(None);
        self.seen.set_value(None);
        self.newer_saved.set(false);
        self.confirming_skip.set(None);
        self.tab_notice.set(None);
        self.save_error.set(None);
    }

    fn with_untracked<R>(&self, f: impl FnOnce(&Quiz, &QuizCatalog) -> R) -> R {
        self.quiz.with_untracked(|q| f(q, self.catalog))
    }
}

/// Provides the state to the quiz's components and follows other tabs' saves.
pub fn provide_quiz(state: QuizState) {
    provide_context(state);
    let handle = window_event_listener(ev::storage, move |e| {
        // `key` is None when another tab cleared all of storage.
        if e.key().is_none_or(|k| k == store::QUIZ_KEY) {
            state.adopt_other_tabs();
        }
    });
    on_cleanup(move || handle.remove());
}

pub fn use_quiz() -> QuizState {
    expect_context::<QuizState>()
}
