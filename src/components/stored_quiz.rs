//! The one way pages read and write the person's own stored answers: [`use_stored_quiz`]
//! reads storage once when the page is built (again after an import), and Effects write
//! back what changes, so no page touches storage while it renders.

use crate::core::catalog::Catalog;
use crate::core::mode::ResultMode;
use crate::core::salary;
use crate::core::storage::Loaded;
use crate::store;
use leptos::prelude::*;

/// What this browser stores about the person's own result, as read once.
#[derive(Clone)]
pub struct StoredRead {
    /// The stored quiz mapped onto the catalog, with the notice to show once about it.
    pub loaded: Loaded,
    /// Whether any answers are stored at all.
    pub stored: bool,
    /// How the stored answers were made.
    pub mode: ResultMode,
    /// The remembered city and target, exactly as stored.
    pub city: Option<String>,
    pub target: Option<String>,
    /// The share code of a result the person was sent and started the quiz from.
    pub sent: Option<String>,
}

impl StoredRead {
    fn now(catalog: &Catalog) -> Self {
        StoredRead {
            loaded: store::load_quiz(catalog),
            stored: store::has_quiz(),
            mode: store::load_mode(),
            city: store::load_city(),
            target: store::load_target(),
            sent: store::load_sent(),
        }
    }

    /// The read brought a notice about answers this app may rewrite (a newer app's are
    /// left alone): saving the cleaned-up answers shows the notice only once.
    fn needs_cleanup(&self) -> bool {
        self.loaded.notice.is_some() && self.stored && self.loaded.may_save()
    }
}

/// The person's own stored result for one page: what was read, and the city and target
/// the page shows (remembered ones that are no longer in the data fall back to none).
#[derive(Clone, Copy)]
pub struct StoredQuiz {
    catalog: &'static Catalog,
    read: RwSignal<StoredRead>,
    pub city: RwSignal<Option<String>>,
    pub target: RwSignal<Option<String>>,
}

impl StoredQuiz {
    /// What was read (tracked: it changes after [`StoredQuiz::reread`]).
    pub fn get(&self) -> StoredRead {
        self.read.get()
    }

    /// What was read, untracked: for a part built once.
    pub fn get_untracked(&self) -> StoredRead {
        self.read.get_untracked()
    }

    /// Reads storage again: an import replaced the stored answers.
    pub fn reread(&self) {
        self.set(StoredRead::now(self.catalog));
    }

    fn set(&self, read: StoredRead) {
        let catalog = self.catalog;
        let city = read.city.clone();
        self.city
            .set(city.filter(|id| salary::city(catalog, id).is_some()));
        let target = read.target.clone();
        self.target
            .set(target.filter(|id| catalog.role(id).is_some()));
        self.read.set(read);
    }
}

/// Reads the person's stored answers, city and target once. Effects write back: the
/// cleaned-up answers after a read that brought a notice, and the city and target when
/// they differ from what is stored.
pub fn use_stored_quiz(catalog: &'static Catalog) -> StoredQuiz {
    let first = StoredRead::now(catalog);
    let stored = StoredQuiz {
        catalog,
        read: RwSignal::new(first.clone()),
        city: RwSignal::new(None),
        target: RwSignal::new(None),
    };
    stored.set(first);
    Effect::new(move |_| {
        stored.read.with(|read| {
            if read.needs_cleanup() {
                let _ = store::save_quiz(&read.loaded.quiz, catalog);
            }
        })
    });
    // Written only when they differ from what is stored (a page that only shows the
    // answers writes nothing; a remembered id no longer in the data is forgotten). Not
    // remembering a city or a target is harmless, so a failed save is not worth a message.
    Effect::new(move |_| {
        let (city, target) = (stored.city.get(), stored.target.get());
        if store::load_city() != city {
            let _ = store::save_city(city.as_deref());
        }
        if store::load_target() != target {
            let _ = store::save_target(target.as_deref());
        }
    });
    stored
}
