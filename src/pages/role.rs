use crate::components::results::{
    get_hired_section, ProfileChart, ResourceList, RoleFacts, RoleSalaryDetails,
};
use crate::components::{
    use_catalog, use_stored_quiz, Deferred, PageMeta, StoredRead, WithCatalog,
};
use crate::core::calibration::{effective_levels, Levels};
use crate::core::catalog::{Catalog, Role};
use crate::core::job_search;
use crate::core::review::answer_counts;
use crate::core::scoring::score_levels;
use crate::core::site;
use crate::core::verdict::{unknown_caveat, Voice};
use crate::paths;
use crate::router::A;
use leptos::prelude::*;

/// One role, deep-linkable as `/roles/<id>` (the router makes a new page for each id).
#[component]
pub fn RolePage(id: String) -> impl IntoView {
    let id = StoredValue::new(id);
    view! {
        <WithCatalog>
            {move || match id.with_value(|id| use_catalog().role(id)) {
                Some(role) => view! { <RoleDetails role /> }.into_any(),
                None => view! { <UnknownRole /> }.into_any(),
            }}
        </WithCatalog>
    }
}

/// The person's trusted levels when they have answered anything, so the profile can show
/// them next to the role's needs.
fn own_levels(catalog: &Catalog, stored: &StoredRead) -> Option<Levels> {
    let answers = stored.loaded.quiz.answers();
    answer_counts(catalog, answers)
        .any()
        .then(|| effective_levels(catalog, answers))
}

#[component]
fn RoleDetails(role: &'static Role) -> impl IntoView {
    let catalog = use_catalog();
    let levels = own_levels(catalog, &use_stored_quiz(catalog).get_untracked());
    let your_match = levels.as_ref().map(|l| {
        let m = score_levels(role, l);
        // The same caveat as the results: a match never outruns what is known.
        let caveat = unknown_caveat(catalog, &m).map(|t| format!("{t} "));
        view! {
            <p class="your-match">
                {format!("Your match: {}% ({}). ", m.percent, m.readiness.label())}
                {caveat}
                <A href=paths::to(paths::RESULTS)>"See all your results"</A>
            </p>
        }
    });
    let related = role
        .related
        .iter()
        .filter_map(|id| catalog.role(id))
        .map(|r| (paths::role(&r.id), r.title.clone()))
        .collect::<Vec<_>>()
        .into_iter()
        .map(|(href, title)| view! { <li><A href=href>{title}</A></li> })
        .collect_view();
    let pivot = role.pivot.clone().map(|p| {
        let skills: Vec<String> = p
            .skills
            .iter()
            .map(|s| catalog.skill_name(s).to_string())
            .collect();
        view! {
            <section aria-labelledby="pivot-heading">
                <h2 id="pivot-heading">"Moving here from back-end development"</h2>
                <p>{p.summary}</p>
                <p>
                    <span class="label">"Skills to build: "</span>
                    {skills.join(", ")}
                </p>
                <ResourceList ids=p.resources />
            </section>
        }
    });
    let chart_levels = levels.clone();
    view! {
        <PageMeta title=role.title.clone() description=site::role_description(&role.summary) />
        <p class="breadcrumb">
            // exact: the list is not "the current page" when one role is shown.
            <A href=paths::to(paths::ROLES) exact=true>"All job titles"</A>
        </p>
        <h1>{role.title.clone()}</h1>
        <RoleFacts role=role.clone() />
        <p class="lead">{role.summary.clone()}</p>
        {your_match}
        // Built in later tasks, one part each (the chart alone is a task's worth), each
        // owning what it shows (see `Deferred`).
        <Deferred>
            <section aria-labelledby="profile-heading">
                <h2 id="profile-heading">"Skills this role asks for"</h2>
                <ProfileChart role=role.clone() levels=chart_levels id="role-profile" table_open=true />
            </section>
        </Deferred>
        <Deferred>
            <section aria-labelledby="pay-heading">
                <h2 id="pay-heading">"What it pays"</h2>
                <RoleSalaryDetails role=role.id.clone() />
            </section>
        </Deferred>
        <Deferred>
            <section aria-labelledby="resources-heading">
                <h2 id="resources-heading">"Where to learn"</h2>
                <ResourceList ids=role.resources.clone() />
            </section>
            {pivot}
        </Deferred>
        // How people get hired for this job: for a visitor without answers, or one it is
        // within reach for (see core::job_search).
        <Deferred>
            {job_search::for_role(catalog, role, levels.as_ref())
                .map(|content| get_hired_section(catalog, &content, None, Voice::Own))}
        </Deferred>
        <Deferred>
            <section aria-labelledby="related-heading">
                <h2 id="related-heading">"Related careers"</h2>
                <ul class="related">{related}</ul>
            </section>
        </Deferred>
        <p class="actions">
            <A href=paths::to(paths::QUIZ) attr:class="button button-primary">"Check your skills"</A>
            <A href=paths::to(paths::ROLES) attr:class="button">"All job titles"</A>
        </p>
    }
}

#[component]
fn UnknownRole() -> impl IntoView {
    view! {
        <PageMeta
            title=site::UNKNOWN_ROLE.title.into()
            description=site::UNKNOWN_ROLE.description.into()
        />
        <section class="notice">
            <h1>"We don't know that job title"</h1>
            <p>"The link may be mistyped or out of date."</p>
            <p class="actions">
                <A href=paths::to(paths::ROLES) attr:class="button button-primary">
                    "See all job titles"
                </A>
            </p>
        </section>
    }
}
