//! The whole quiz screen for a loaded catalog: progress, the current step, the controls,
//! the overview and "Start over", wired to one [`QuizState`].

use super::announcer::{use_step_announcements, StepAnnouncer, STEP_HEADING_ID};
use super::check_step::CheckStep;
use super::keyboard::{use_shortcuts, KeyboardHelp};
use super::nav_buttons::NavButtons;
use super::notices::{LoadNotice, NewerSavedNotice, TabNotice};
use super::overview::Overview;
use super::progress::QuizProgress;
use super::skill_step::SkillStep;
use super::start_over::StartOver;
use super::state::{provide_quiz, use_quiz, QuizState};
use crate::components::SaveErrorNotice;
use crate::components::{use_quiz_catalog, Deferred};
use crate::core::catalog::Question;
use crate::core::quiz::Step;
use crate::data::use_catalog_state;
use leptos::prelude::*;

#[component]
pub fn QuizView() -> impl IntoView {
    let (state, notice) = QuizState::load(use_quiz_catalog());
    provide_quiz(state);
    want_checks_words(state);
    use_shortcuts();
    let announcement = use_step_announcements();
    view! {
        <LoadNotice message=notice />
        <TabNotice />
        <SaveErrorNotice error=state.save_error />
        <Show when=move || !state.newer_saved.get() fallback=NewerSavedNotice>
            <QuizProgress />
            <StepAnnouncer text=announcement />
            <section class="quiz-step" aria-labelledby=STEP_HEADING_ID>
                <CurrentStep />
            </section>
            <NavButtons />
            // Below the first screen: built in later tasks (see `Deferred`).
            <Deferred>
                <KeyboardHelp />
            </Deferred>
            <Deferred>
                <Overview />
            </Deferred>
        </Show>
        <Deferred>
            <StartOver />
        </Deferred>
    }
}

/// The skill or check question at the current step; re-rendered only when the step
/// changes (not on every answer, so focus stays in the radio group).
#[component]
fn CurrentStep() -> impl IntoView {
    let state = use_quiz();
    move || {
        let step = state.current.get();
        let catalog = state.catalog();
        match step {
            Step::Skill(id) => catalog
                .skill(&id)
                .map(|skill| view! { <SkillStep skill=skill.clone() /> }.into_any()),
            Step::Check(id) => catalog.question(&id).map(|question| {
                let skill_name = catalog.skill_name(&question.skill).to_string();
                view! { <CheckStep question skill_name /> }.into_any()
            }),
        }
    }
}

/// Loads the words of the check questions the ratings so far bring, as each rating brings
/// them (by skill: src/data/texts.rs), so they are in before the person reaches the checks.
fn want_checks_words(state: QuizState) {
    let data = use_catalog_state();
    Effect::new(move || {
        let catalog = state.catalog();
        let files = state.quiz.with(|quiz| {
            let checks = quiz
                .steps(catalog)
                .into_iter()
                .filter_map(|step| match step {
                    Step::Check(id) => catalog.question(&id),
                    Step::Skill(_) => None,
                });
            Question::texts_files(checks)
        });
        data.want_texts(&files);
    });
}
