use crate::core::catalog::{Role, RoleFamily, Seniority};
use leptos::prelude::*;

/// A role's family and seniority in a few words: "Back-end title · Mid-level".
#[component]
pub fn RoleFacts(role: Role) -> impl IntoView {
    let family = match role.family {
        RoleFamily::BackEnd => "Back-end title",
        RoleFamily::Related => "Related career",
    };
    let seniority = match role.seniority {
        Seniority::Junior => "Junior level",
        Seniority::Mid => "Mid-level",
        Seniority::Senior => "Senior level",
    };
    view! { <p class="role-facts">{format!("{family} · {seniority}")}</p> }
}
