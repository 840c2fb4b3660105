//! The quiz screen: one component per file, all reading one [`state::QuizState`].

mod announcer;
mod check_step;
mod finish;
mod inline_code;
pub(crate) use inline_code::with_inline_code;
mod keyboard;
mod nav_buttons;
mod notices;
mod overview;
mod progress;
mod quiz_view;
mod skill_step;
mod skip_confirm;
mod start_over;
mod state;

pub use quiz_view::QuizView;
