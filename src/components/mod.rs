//! Reusable view pieces. Each file is one component.

pub mod compare;
mod footer;
mod header;
mod page_focus;
mod page_meta;
mod piece_page;
pub mod quick;
pub mod quiz;
pub mod results;
mod save_error;
mod saved_state;
pub mod share;
mod stored_quiz;
mod with_catalog;

// The first page's parts (src/first_paint/), used by pages and components from here.
pub use crate::first_paint::{provide_deferred_queue, Deferred};
pub use footer::Footer;
pub use header::Header;
pub use page_focus::PageAnnouncer;
pub use page_meta::PageMeta;
pub use piece_page::piece_page;
pub use save_error::SaveErrorNotice;
pub use saved_state::{
    provide_saved_state, use_own_result, use_saved, use_saved_state, SavedState,
};
pub use stored_quiz::{use_stored_quiz, StoredQuiz, StoredRead};
pub use with_catalog::{
    provide_loaded_catalog, provide_loaded_texts, use_catalog, use_question_texts,
    use_quiz_catalog, WithCatalog, WithQuestionTexts, WithQuizCatalog,
};
