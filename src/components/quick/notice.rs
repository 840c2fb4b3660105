//! On the person's own results after the quick check: these are self-ratings that were
//! not checked, and "Check them now" opens the full quiz at its first check question with
//! the quick ratings kept.

use crate::components::{use_catalog, SaveErrorNotice};
use crate::core::mode::ResultMode;
use crate::paths;
use crate::router::use_location;
use crate::store;
use leptos::prelude::*;

/// `has_checks`: the stored ratings ask a check question (see `Quiz::to_first_check`), as
/// the page read them.
#[component]
pub fn QuickResultNotice(has_checks: bool) -> impl IntoView {
    let catalog = use_catalog();
    let save_error = RwSignal::new(None::<&'static str>);
    let location = use_location();
    // Read when clicked: the stored quiz as it is then.
    let check_now = move |_| {
        let mut quiz = store::load_quiz(catalog).quiz;
        quiz.to_first_check(catalog);
        let saved = store::save_quiz(&quiz, catalog).and(store::save_mode(ResultMode::Checked));
        match saved {
            Ok(()) => {
                location.navigate(&paths::to(paths::QUIZ));
            }
            Err(e) => save_error.set(Some(e.message())),
        }
    };
    let action = if has_checks {
        view! {
            <p>
                "The full quiz keeps your ratings and asks a check question on each rating of \
                2 or more, so a mentor or employer can trust them more."
            </p>
            <p class="actions">
                <button type="button" class="button button-primary" on:click=check_now>
                    "Check them now"
                </button>
            </p>
        }
        .into_any()
    } else {
        view! {
            <p>
                "None of your ratings is 2 or more, and check questions start at level 2, so \
                there is nothing to check yet."
            </p>
        }
        .into_any()
    };
    view! {
        <section class="notice quick-result" aria-labelledby="quick-result-heading">
            <h2 id="quick-result-heading">"Self-ratings, not checked"</h2>
            <p>
                "These results come from the quick check: they are your own ratings, and no \
                question has checked them."
            </p>
            {action}
            <SaveErrorNotice error=save_error />
        </section>
    }
}
