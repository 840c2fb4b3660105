use crate::core::catalog::{Resource, ResourceKind, ResourceLevel};
use leptos::prelude::*;

/// A learning resource: an external link that opens in a new tab (and says so), with
/// its kind, whether it is free or paid, and its level.
#[component]
pub fn ResourceLink(resource: Resource) -> impl IntoView {
    let cost = if resource.free { "Free" } else { "Paid" };
    let meta = format!(
        "{} · {cost} · {}",
        kind_label(resource.kind),
        level_label(resource.level)
    );
    view! {
        <span class="resource">
            <ExternalLink href=resource.url text=resource.title />
            " "
            <span class=if resource.free { "resource-meta free" } else { "resource-meta paid" }>
                {meta}
            </span>
        </span>
    }
}

/// A link to another site: new tab, no opener or referrer, and hidden text for screen
/// readers saying it opens a new tab.
#[component]
pub fn ExternalLink(href: String, text: String) -> impl IntoView {
    view! {
        <a href=href target="_blank" rel="noopener noreferrer">
            {text}
            <span class="visually-hidden">" (opens in a new tab)"</span>
        </a>
    }
}

fn kind_label(kind: ResourceKind) -> &'static str {
    match kind {
        ResourceKind::Docs => "Documentation",
        ResourceKind::Course => "Course",
        ResourceKind::Book => "Book",
        ResourceKind::Interactive => "Interactive tutorial",
        ResourceKind::Video => "Video",
        ResourceKind::Bootcamp => "Bootcamp",
    }
}

fn level_label(level: ResourceLevel) -> &'static str {
    match level {
        ResourceLevel::Beginner => "Beginner",
        ResourceLevel::Intermediate => "Intermediate",
        ResourceLevel::Advanced => "Advanced",
    }
}
