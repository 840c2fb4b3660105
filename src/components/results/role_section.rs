use super::RoleCard;
use crate::components::use_catalog;
use crate::core::scoring::RoleMatch;
use crate::paths;
use crate::router::A;
use leptos::prelude::*;

/// A section of ranked roles: the first `shown` as cards (behind a disclosure when
/// `folded`), the rest as a short list behind a disclosure, and how the match works behind
/// another: the page stays short on a phone.
#[component]
pub fn RoleSection(
    id: &'static str,
    class: &'static str,
    heading: &'static str,
    /// One line under the heading.
    #[prop(optional)]
    lead: Option<&'static str>,
    /// How the match is read, behind a disclosure.
    #[prop(optional, into)]
    how: Option<String>,
    matches: Vec<RoleMatch>,
    shown: usize,
    /// What the rest are called ("The other 5 back-end job titles").
    what: &'static str,
    #[prop(default = false)] folded: bool,
) -> impl IntoView {
    let catalog = use_catalog();
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
    let card_count = matches.len().min(shown);
    let cards = matches
        .into_iter()
        .take(shown)
        .map(|m| view! { <RoleCard m /> })
        .collect_view();
    let cards = view! { <ol class="role-cards">{cards}</ol> };
    let cards = if folded {
        view! {
            <details class="folded-cards">
                <summary>{format!("Show the first {card_count}")}</summary>
                {cards}
            </details>
        }
        .into_any()
    } else {
        cards.into_any()
    };
    view! {
        <section class=class aria-labelledby=id>
            <h2 id=id>{heading}</h2>
            {lead.map(|lead| view! { <p class="section-lead">{lead}</p> })}
            {how
                .map(|how| {
                    view! {
                        <details class="how-match">
                            <summary>"How to read the match"</summary>
                            <p>{how}</p>
                        </details>
                    }
                })}
            {cards}
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
