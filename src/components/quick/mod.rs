//! The quick check: every skill on one page, grouped by category, rated with one choice
//! each; no check questions. The ratings are the stored quiz's, marked as quick.

mod notice;
mod skill_choice;
mod state;

use crate::browser;
use crate::components::{use_quiz_catalog, SaveErrorNotice};
use crate::core::answers::Rating;
use crate::paths;
use crate::router::use_location;
use crate::router::A;
use leptos::prelude::*;
pub use notice::QuickResultNotice;
use skill_choice::{SkillChoice, FINISH_ID};
use state::QuickState;

#[component]
pub fn QuickView() -> impl IntoView {
    let catalog = use_quiz_catalog();
    let (state, notice) = QuickState::load(catalog);
    if state.newer_saved {
        return view! {
            <div class="notice" role="status">
                <p>{notice}</p>
                <button type="button" class="button" on:click=move |_| browser::reload()>
                    "Reload the page"
                </button>
            </div>
        }
        .into_any();
    }
    let ids: Vec<String> = catalog.skills.iter().map(|s| s.id.clone()).collect();
    let next_of = move |id: &str| {
        let i = ids.iter().position(|x| x == id)?;
        ids.get(i + 1).cloned()
    };
    let groups = catalog
        .categories
        .iter()
        .map(|category| {
            let skills = catalog
                .skills
                .iter()
                .filter(|s| s.category == category.id)
                .map(|skill| {
                    let next = next_of(&skill.id);
                    view! { <SkillChoice state skill=skill.clone() next /> }
                })
                .collect_view();
            let heading_id = format!("quick-category-{}", category.id);
            let labelled_by = heading_id.clone();
            view! {
                <section class="quick-category" aria-labelledby=labelled_by>
                    <h2 id=heading_id>{category.name.clone()}</h2>
                    {skills}
                </section>
            }
        })
        .collect_view();
    let total = catalog.skills.len();
    let rated = Memo::new(move |_| {
        state.quiz.with(|q| {
            q.answers()
                .ratings
                .values()
                .filter(|r| matches!(r, Rating::Level(_)))
                .count()
        })
    });
    // Check answers from the full quiz stay in the result (`ResultMode::after_quick_edit`).
    let checked = Memo::new(move |_| state.quiz.with(|q| q.answers().checked_count()));
    let checked_note = move || {
        let n = checked.get();
        (n > 0).then(|| {
            let questions = if n == 1 { "question" } else { "questions" };
            view! {
                <div class="notice quick-checked">
                    <p>
                        {format!("You answered {n} check {questions} in the full quiz, and your results keep using them. ")}
                        "If you change a rating here, the full quiz may have a new check question for it."
                    </p>
                </div>
            }
        })
    };
    let location = use_location();
    let finish = move |_| {
        state.apply(|q, _| q.finish());
        location.navigate(&paths::to(paths::RESULTS));
    };
    view! {
        {notice.map(|text| view! { <div class="notice" role="status"><p>{text}</p></div> })}
        {checked_note}
        <p class="quick-keys" id="quick-keys">
            "By keyboard: Tab to a skill, then type its level (0 to 5) or S to skip, and the \
            next skill comes up. Arrow keys move between the levels of one skill."
        </p>
        {groups}
        <SaveErrorNotice error=state.save_error />
        <section class="quick-finish" aria-labelledby="quick-finish-heading">
            <h2 id="quick-finish-heading">"Done?"</h2>
            <p>
                {move || format!("You rated {} of {total} skills. ", rated.get())}
                "Skills you skip or leave out count as unknown. You can come back and change \
                any rating."
            </p>
            <p class="actions">
                <button type="button" id=FINISH_ID class="button button-primary" on:click=finish>
                    "See your results"
                </button>
                <A href=paths::to(paths::QUIZ) attr:class="button">"Take the full quiz instead"</A>
            </p>
        </section>
    }
    .into_any()
}
