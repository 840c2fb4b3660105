use super::{
    CalibrationReview, LearningPlan, ProfileChart, ResultsSummary, RoleCard, SalaryPanel,
    StrongestSkills,
};
use crate::components::Deferred;
use crate::core::answers::Answers;
use crate::core::calibration::levels_of;
use crate::core::catalog::Catalog;
use crate::core::results::results;
use crate::core::review::answer_counts;
use crate::paths;
use leptos::prelude::*;
use leptos_router::components::A;
use std::sync::Arc;

/// How many roles get a full card.
pub const TOP_ROLES: usize = 5;

/// Everything the results page shows for one answer set. Used for the person's own
/// result and (read-only) for a shared one; the caller owns where answers and the city
/// come from and whether the city is remembered.
#[component]
pub fn ResultsView(
    catalog: Arc<Catalog>,
    #[prop(into)] answers: Signal<Answers>,
    /// The city picked in the salary panel (`None`: US average).
    city: RwSignal<Option<String>>,
) -> impl IntoView {
    // Scored once per change of answers, never while rendering.
    let scored = {
        let catalog = catalog.clone();
        Memo::new(move |_| results(&catalog, &answers.read()))
    };
    move || {
        let r = scored.get();
        let answers = answers.get();
        let counts = answer_counts(&catalog, &answers);
        let top: Vec<_> = r.ranking.iter().take(TOP_ROLES).cloned().collect();
        let top_ids: Vec<String> = top.iter().map(|m| m.role.clone()).collect();
        let cards = top
            .into_iter()
            .map(|m| view! { <RoleCard catalog=catalog.clone() m /> })
            .collect_view();
        let others = r
            .ranking
            .iter()
            .skip(TOP_ROLES)
            .map(|m| {
                let title = catalog
                    .role(&m.role)
                    .map_or(m.role.clone(), |x| x.title.clone());
                view! {
                    <li>
                        <A href=paths::role(&m.role)>{title}</A>
                        {format!(": {}% match, {}", m.percent, m.readiness.label())}
                    </li>
                }
            })
            .collect_view();
        let other_count = r.ranking.len().saturating_sub(TOP_ROLES);
        let top_role = r
            .ranking
            .first()
            .and_then(|m| catalog.role(&m.role))
            .cloned();
        let levels = levels_of(&r.calibration);
        // The parts built in later tasks, each owning what it shows (see `Deferred`).
        let top_roles = move || {
            view! {
                <section class="top-roles" aria-labelledby="roles-heading">
                    <h2 id="roles-heading">"Job titles that fit you best"</h2>
                    <p>
                        "Match is the share of a role's skills you already have, weighted by how much "
                        "each matters. Ready now: 85% or more with no core gap; close: 65% or more; "
                        "otherwise a stretch."
                    </p>
                    <ol class="role-cards">{cards}</ol>
                    {(other_count > 0)
                        .then(|| {
                            view! {
                                <details class="other-roles">
                                    <summary>{format!("The other {other_count} job titles")}</summary>
                                    <ol start={TOP_ROLES + 1}>{others}</ol>
                                </details>
                            }
                        })}
                </section>
            }
        };
        let strongest = {
            let (catalog, top) = (catalog.clone(), r.strongest.clone());
            move || view! { <StrongestSkills catalog top /> }
        };
        let profile = {
            let catalog = catalog.clone();
            move || {
                top_role.map(|role| {
                    view! {
                        <section class="profile" aria-labelledby="profile-heading">
                            <h2 id="profile-heading">{format!("Your skills against {}", role.title)}</h2>
                            <ProfileChart catalog role levels=Some(levels) id="results-profile" />
                        </section>
                    }
                })
            }
        };
        let salaries = {
            let catalog = catalog.clone();
            move || view! { <SalaryPanel catalog roles=top_ids city_id=city /> }
        };
        let plan = {
            let (catalog, steps) = (catalog.clone(), r.plan.clone());
            move || view! { <LearningPlan catalog steps /> }
        };
        let review = {
            let (catalog, calibration) = (catalog.clone(), r.calibration.clone());
            move || view! { <CalibrationReview catalog answers calibration /> }
        };
        view! {
            <div class="results-view">
                <ResultsSummary verdict=r.seniority.clone() counts />
                // The rest in later tasks, one part each (the role cards alone are a
                // task's worth).
                <Deferred>{top_roles()}</Deferred>
                <Deferred>{strongest()}</Deferred>
                <Deferred>{profile()}</Deferred>
                <Deferred>{salaries()}</Deferred>
                <Deferred>{plan()}</Deferred>
                <Deferred>{review()}</Deferred>
            </div>
        }
    }
}
