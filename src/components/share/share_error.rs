use crate::core::share::ShareError;
use crate::paths;
use crate::router::A;
use leptos::prelude::*;

/// Why a link or code gave no result ([`ShareError::message`]), with ways on. The
/// caller's heading says which link it is about.
#[component]
pub fn ShareErrorNotice(
    error: ShareError,
    /// Offer "Take the quiz" and "Browse job titles" (off where the page has its own).
    #[prop(default = true)]
    ways_on: bool,
) -> impl IntoView {
    view! {
        <div class="notice notice-error share-error" role="alert">
            <p class="share-error-message">{error.message()}</p>
            {ways_on
                .then(|| {
                    view! {
                        <p class="actions">
                            <A href=paths::to(paths::QUIZ) attr:class="button button-primary">
                                "Take the quiz yourself"
                            </A>
                            <A href=paths::to(paths::ROLES) attr:class="button">
                                "Browse job titles"
                            </A>
                        </p>
                    }
                })}
        </div>
    }
}
