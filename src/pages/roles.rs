use crate::components::results::RoleFacts;
use crate::components::{use_catalog, PageMeta, WithCatalog};
use crate::core::catalog::{Role, RoleFamily};
use crate::core::salary::role_salary;
use crate::core::site;
use crate::data::Need;
use crate::paths;
use crate::router::A;
use leptos::prelude::*;

/// Every job title in the catalog, back-end titles first, then related careers.
#[component]
pub fn RolesPage() -> impl IntoView {
    view! {
        <PageMeta
            title=site::ROLES.title.into()
            description=site::ROLES.description.into()
        />
        <h1>{site::ROLES.title}</h1>
        <WithCatalog need=Need::Roles>
            <RoleList family=RoleFamily::BackEnd heading="Back-end titles" />
            <RoleList family=RoleFamily::Related heading="Related careers" />
        </WithCatalog>
    }
}

#[component]
fn RoleList(family: RoleFamily, heading: &'static str) -> impl IntoView {
    let catalog = use_catalog();
    let roles: Vec<Role> = catalog
        .roles
        .iter()
        .filter(|r| r.family == family)
        .cloned()
        .collect();
    let items = roles
        .into_iter()
        .map(|r| {
            let pay = role_salary(catalog, &r.id).summary();
            let facts = view! { <RoleFacts role=r.clone() /> };
            view! {
                <li>
                    <A href=paths::role(&r.id)>{r.title}</A>
                    {facts}
                    <p>{r.summary}</p>
                    <p class="role-pay">"Pay: " {pay}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <section>
            <h2>{heading}</h2>
            <ul class="role-list">{items}</ul>
        </section>
    }
}
