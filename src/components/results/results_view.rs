use super::role_section::RoleSection;
use super::{
    get_hired_section, CalibrationReview, LearningPlan, ProfileChart, ResultsSummary, SalaryPanel,
    StrongestSkills, TargetPicker,
};
use crate::components::{use_catalog, Deferred};
use crate::core::answers::Answers;
use crate::core::calibration::levels_of;
use crate::core::catalog::{RoleFamily, Seniority};
use crate::core::job_search;
use crate::core::results::{results_for, TOP_ROLES};
use crate::core::review::answer_counts;
use crate::core::scoring::{how_match_reads, RoleMatch};
use crate::core::verdict::Voice;
use leptos::prelude::*;

/// The back-end job titles' heading, which the summary's jump bar leads to.
pub const ROLES_HEADING_ID: &str = "roles-heading";

/// How many of them get a card; the others are a list behind a disclosure.
pub const CARDS_SHOWN: usize = 2;
/// How many related careers get a card (behind a disclosure).
pub const TOP_RELATED: usize = 3;

/// Everything the results page shows for one answer set. Used for the person's own
/// result and (read-only) for a shared one; the caller owns where answers, the city and
/// the target come from and whether they are remembered.
#[component]
pub fn ResultsView(
    #[prop(into)] answers: Signal<Answers>,
    /// The city picked in the salary panel (`None`: US average).
    city: RwSignal<Option<String>>,
    /// The role the person aims for (`None`: the best back-end match).
    #[prop(optional)]
    target: Option<RwSignal<Option<String>>>,
    /// Whose result it is: the person's own, or one a visitor opened from a link.
    #[prop(default = Voice::Own)]
    voice: Voice,
    /// Whether the page has a share section (the summary's jump bar leads there).
    #[prop(default = false)]
    with_share: bool,
) -> impl IntoView {
    let catalog = use_catalog();
    let target = target.unwrap_or_else(|| RwSignal::new(None));
    // Scored once per change of answers or target, never while rendering.
    let scored =
        Memo::new(move |_| results_for(catalog, &answers.read(), target.read().as_deref()));
    move || {
        let r = scored.get();
        let answers = answers.get();
        let picked = target
            .read()
            .as_deref()
            .and_then(|id| catalog.role(id))
            .is_some();
        let counts = answer_counts(catalog, &answers);
        let back_end: Vec<RoleMatch> = r.of_family(catalog, RoleFamily::BackEnd).cloned().collect();
        let related: Vec<RoleMatch> = r.of_family(catalog, RoleFamily::Related).cloned().collect();
        let top_ids: Vec<String> = back_end
            .iter()
            .take(TOP_ROLES)
            .map(|m| m.role.clone())
            .collect();
        let target_role = r.target.as_ref().and_then(|id| catalog.role(id)).cloned();
        let levels = levels_of(&r.calibration);
        let whose = match voice {
            Voice::Own => "Your skills",
            Voice::Shared => "The skills",
        };
        let (strongest, steps, calibration) =
            (r.strongest.clone(), r.plan.clone(), r.calibration.clone());
        let target_title = r
            .target
            .as_ref()
            .and_then(|id| catalog.role(id))
            .map(|r| r.title.clone());
        // A senior target has no more senior title above it to aim at.
        let aim_higher = target_role
            .as_ref()
            .is_none_or(|role| role.seniority != Seniority::Senior);
        // How to get hired, for a target that is ready now or close.
        let get_hired = {
            let r = r.clone();
            move || {
                let readiness = r.target_match().map(|m| m.readiness);
                job_search::for_results(catalog, &r)
                    .map(|content| get_hired_section(catalog, &content, readiness, voice))
            }
        };
        view! {
            <div class="results-view">
                <ResultsSummary results=r.clone() counts voice picked with_share />
                // The rest in later tasks, one part each (the role cards alone are a
                // task's worth), each owning what it shows (see `Deferred`); on a first
                // visit the verdict above shows before they are built.
                <Deferred below_fold=true>
                    <RoleSection
                        id=ROLES_HEADING_ID
                        class="top-roles"
                        heading=match voice {
                            Voice::Own => "Back-end job titles that fit you best",
                            Voice::Shared => "Back-end job titles that fit best",
                        }
                        how=how_match_reads()
                        matches=back_end
                        shown=CARDS_SHOWN
                        what="back-end job titles"
                    />
                </Deferred>
                <Deferred below_fold=true>
                    <RoleSection
                        id="related-heading"
                        class="related-roles"
                        heading="Where you could go next"
                        lead="Careers back-end developers often move into."
                        matches=related
                        shown=TOP_RELATED
                        what="related careers"
                        folded=true
                    />
                </Deferred>
                <Deferred below_fold=true><StrongestSkills top=strongest voice /></Deferred>
                <Deferred below_fold=true>
                    {target_role.map(|role| {
                        view! {
                            <section class="profile" aria-labelledby="profile-heading">
                                <h2 id="profile-heading">{format!("{whose} against {}", role.title)}</h2>
                                <TargetPicker target current=role.id.clone() voice />
                                <details class="profile-detail">
                                    <summary>"Show the chart, skill by skill"</summary>
                                    <ProfileChart role levels=Some(levels) id="results-profile" />
                                </details>
                            </section>
                        }
                    })}
                </Deferred>
                <Deferred below_fold=true><SalaryPanel roles=top_ids city_id=city /></Deferred>
                <Deferred below_fold=true><LearningPlan steps target_title aim_higher voice /></Deferred>
                <Deferred below_fold=true>{get_hired()}</Deferred>
                <Deferred below_fold=true><CalibrationReview answers calibration voice /></Deferred>
            </div>
        }
    }
}
