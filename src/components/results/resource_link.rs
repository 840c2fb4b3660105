use crate::core::catalog::{Cost, Resource, ResourceKind, ResourceLevel};
use leptos::prelude::*;

/// A learning resource: an external link that opens in a new tab (and says so), with
/// its kind, what it costs (free, free with paid parts, or paid) and its level.
#[component]
pub fn ResourceLink(resource: Resource) -> impl IntoView {
    let (cost, class) = cost_label(resource.cost);
    let mut meta = format!("{} · {cost}", kind_label(resource.kind));
    if let Some(level) = resource.level() {
        meta = format!("{meta} · {}", level_label(level));
    }
    view! {
        <span class="resource">
            <ExternalLink href=resource.url text=resource.title />
            " "
            <span class=class>{meta}</span>
        </span>
    }
}

/// The words and the class: "freemium" is said plainly, as free to start with paid parts.
fn cost_label(cost: Cost) -> (&'static str, &'static str) {
    match cost {
        Cost::Free => ("Free", "resource-meta free"),
        Cost::Freemium => ("Free to start, some parts paid", "resource-meta freemium"),
        Cost::Paid => ("Paid", "resource-meta paid"),
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
