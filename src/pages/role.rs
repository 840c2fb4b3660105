use crate::components::{PageMeta, WithCatalog};
use crate::core::catalog::{Catalog, Role};
use crate::paths;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

/// One role, deep-linkable as `/roles/<id>`.
#[component]
pub fn RolePage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("id").unwrap_or_default();
    view! {
        <WithCatalog let:catalog>
            {move || match catalog.role(&id()) {
                Some(role) => view! { <RoleDetails catalog=catalog.clone() role=role.clone() /> }.into_any(),
                None => view! { <UnknownRole /> }.into_any(),
            }}
        </WithCatalog>
    }
}

#[component]
fn RoleDetails(catalog: std::sync::Arc<Catalog>, role: Role) -> impl IntoView {
    let rows = role
        .profile
        .iter()
        .map(|req| {
            let name = catalog
                .skill(&req.skill)
                .map(|s| s.name.clone())
                .unwrap_or_default();
            view! {
                <tr>
                    <th scope="row">{name}</th>
                    <td>{req.level}</td>
                    <td>{importance(req.weight)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <PageMeta title=role.title.clone() description=role.summary.clone() />
        <p class="breadcrumb">
            <A href=paths::to(paths::ROLES)>"All job titles"</A>
        </p>
        <h1>{role.title.clone()}</h1>
        <p class="lead">{role.summary.clone()}</p>
        <h2>"Skills this role asks for"</h2>
        <table class="profile-table">
            <thead>
                <tr>
                    <th scope="col">"Skill"</th>
                    <th scope="col">"Level needed (0–5)"</th>
                    <th scope="col">"Importance"</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

fn importance(weight: u8) -> &'static str {
    match weight {
        3 => "Core",
        2 => "Important",
        _ => "Nice to have",
    }
}

#[component]
fn UnknownRole() -> impl IntoView {
    view! {
        <PageMeta
            title="Job title not found".into()
            description="This job title isn't in Back-End Skill Check.".into()
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
