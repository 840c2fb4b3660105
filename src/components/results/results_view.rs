use super::{
    get_hired_section, CalibrationReview, LearningPlan, ProfileChart, ResultsSummary, RoleCard,
    SalaryPanel, StrongestSkills, TargetPicker,
};
use crate::components::Deferred;
use crate::core::answers::Answers;
use crate::core::calibration::levels_of;
use crate::core::catalog::{Catalog, RoleFamily};
use crate::core::job_search;
use crate::core::results::results_for;
use crate::core::review::answer_counts;
use crate::core::scoring::RoleMatch;
use crate::paths;
use leptos::prelude::*;
use leptos_router::components::A;
use std::sync::Arc;

/// How many back-end titles get a full card.
pub const TOP_ROLES: usize = 5;
/// How many related careers get a full card.
pub const TOP_RELATED: usize = 3;

/// Everything the results page shows for one answer set. Used for the person's own
/// result and (read-only) for a shared one; the caller owns where answers, the city and
/// the target come from and whether they are remembered.
#[component]
pub fn ResultsView(
    catalog: Arc<Catalog>,
    #[prop(into)] answers: Signal<Answers>,
    /// The city picked in the salary panel (`None`: US average).
    city: RwSignal<Option<String>>,
    /// The role the person aims for (`None`: the best back-end match).
    #[prop(optional)]
    target: Option<RwSignal<Option<String>>>,
) -> impl IntoView {
    let target = target.unwrap_or_else(|| RwSignal::new(None));
    // Scored once per change of answers or target, never while rendering.
    let scored = {
        let catalog = catalog.clone();
        Memo::new(move |_| results_for(&catalog, &answers.read(), target.read().as_deref()))
    };
    move || {
        let r = scored.get();
        let answers = answers.get();
        let counts = answer_counts(&catalog, &answers);
        let back_end: Vec<RoleMatch> = r
            .of_family(&catalog, RoleFamily::BackEnd)
            .cloned()
            .collect();
        let related: Vec<RoleMatch> = r
            .of_family(&catalog, RoleFamily::Related)
            .cloned()
            .collect();
        let top_ids: Vec<String> = back_end
            .iter()
            .take(TOP_ROLES)
            .map(|m| m.role.clone())
            .collect();
        let target_role = r.target.as_ref().and_then(|id| catalog.role(id)).cloned();
        let levels = levels_of(&r.calibration);
        // The parts built in later tasks, each owning what it shows (see `Deferred`).
        let top_roles = {
            let catalog = catalog.clone();
            move || {
                view! {
                    <RoleSection
                        catalog
                        id="roles-heading"
                        class="top-roles"
                        heading="Back-end job titles that fit you best"
                        intro="Match is the share of a role's skills you already have, weighted by how \
                               much each matters. Ready now: 85% or more with no gap on a skill that \
                               defines the role; close: 65% or more; otherwise a stretch."
                        matches=back_end
                        shown=TOP_ROLES
                        what="back-end job titles"
                    />
                }
            }
        };
        let next_careers = {
            let catalog = catalog.clone();
            move || {
                view! {
                    <RoleSection
                        catalog
                        id="related-heading"
                        class="related-roles"
                        heading="Where you could go next"
                        intro="Careers a back-end developer often moves into. The match counts only \
                               what this quiz measures; each card says what else the job needs."
                        matches=related
                        shown=TOP_RELATED
                        what="related careers"
                    />
                }
            }
        };
        let strongest = {
            let (catalog, top) = (catalog.clone(), r.strongest.clone());
            move || view! { <StrongestSkills catalog top /> }
        };
        let profile = {
            let catalog = catalog.clone();
            move || {
                target_role.map(|role| {
                    view! {
                        <section class="profile" aria-labelledby="profile-heading">
                            <h2 id="profile-heading">{format!("Your skills against {}", role.title)}</h2>
                            <TargetPicker catalog=catalog.clone() target current=role.id.clone() />
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
            let target_title = r
                .target
                .as_ref()
                .and_then(|id| catalog.role(id))
                .map(|r| r.title.clone());
            move || view! { <LearningPlan catalog steps target_title /> }
        };
        // How to get hired, for a target that is ready now or close.
        let get_hired = {
            let (catalog, r) = (catalog.clone(), r.clone());
            move || {
                let readiness = r.target_match().map(|m| m.readiness);
                job_search::for_results(&catalog, &r)
                    .map(|content| get_hired_section(&catalog, &content, readiness))
            }
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
                <Deferred>{next_careers()}</Deferred>
                <Deferred>{strongest()}</Deferred>
                <Deferred>{profile()}</Deferred>
                <Deferred>{salaries()}</Deferred>
                <Deferred>{plan()}</Deferred>
                <Deferred>{get_hired()}</Deferred>
                <Deferred>{review()}</Deferred>
            </div>
        }
    }
}

/// A section of ranked roles: the first `shown` as cards, the rest as a short list behind a
/// disclosure.
#[component]
fn RoleSection(
    catalog: Arc<Catalog>,
    id: &'static str,
    class: &'static str,
    heading: &'static str,
    intro: &'static str,
    matches: Vec<RoleMatch>,
    shown: usize,
    /// What the rest are called ("The other 5 back-end job titles").
    what: &'static str,
) -> impl IntoView {
    let other_count = matches.len().saturating_sub(shown);
    let others = matches
        .iter()
        .skip(shown)
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
    let cards = matches
        .into_iter()
        .take(shown)
        .map(|m| view! { <RoleCard catalog=catalog.clone() m /> })
        .collect_view();
    view! {
        <section class=class aria-labelledby=id>
            <h2 id=id>{heading}</h2>
            <p>{intro}</p>
            <ol class="role-cards">{cards}</ol>
            {(other_count > 0)
                .then(|| {
                    view! {
                        <details class="other-roles">
                            <summary>{format!("The other {other_count} {what}")}</summary>
                            <ol start={shown + 1}>{others}</ol>
                        </details>
                    }
                })}
        </section>
    }
}
