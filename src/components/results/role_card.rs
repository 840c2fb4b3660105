use crate::components::use_catalog;
use crate::core::salary::role_salary;
use crate::core::scoring::{Confidence, Readiness, RoleMatch};
use crate::core::verdict::unknown_skills_line;
use crate::paths;
use crate::router::A;
use leptos::prelude::*;

/// Met requirements listed on a card (the heaviest; the rest are counted).
const SHOWN_REASONS: usize = 4;

/// One of the top roles: match, readiness, why it fits, what is missing and what it pays.
#[component]
pub fn RoleCard(m: RoleMatch) -> impl IntoView {
    let catalog = use_catalog();
    let name = |id: &str| catalog.skill_name(id).to_string();
    let title = catalog
        .role(&m.role)
        .map_or(m.role.clone(), |r| r.title.clone());
    let reasons = m
        .strengths
        .iter()
        .take(SHOWN_REASONS)
        .map(|s| {
            let text = format!("{}: you {}, needs {}", name(&s.skill), s.level, s.needed);
            view! { <li>{text}</li> }
        })
        .collect_view();
    let gaps = m
        .gaps
        .iter()
        .map(|g| {
            let core = if g.core { " (core skill)" } else { "" };
            let text = format!(
                "{}: you {}, needs {}{core}",
                name(&g.skill),
                g.now,
                g.needed
            );
            view! { <li>{text}</li> }
        })
        .collect_view();
    let unknown = (!m.unknown.is_empty()).then(|| {
        let names: Vec<String> = m.unknown.iter().map(|s| name(s)).collect();
        unknown_skills_line(&names)
    });
    let low = (m.confidence == Confidence::Low).then_some(
        "Low confidence: more than half of what this role asks for is unknown, so this match says little.",
    );
    let salary = role_salary(catalog, &m.role).summary();
    let unseen = catalog
        .role(&m.role)
        .map(|r| r.unmeasured().to_vec())
        .unwrap_or_default();
    let has_unseen = !unseen.is_empty();
    let unseen = unseen
        .into_iter()
        .map(|u| {
            let tag = if u.core {
                " (core: needed to be ready)"
            } else {
                ""
            };
            view! { <li>{format!("{}{tag}", u.need)}</li> }
        })
        .collect_view();
    // "close, plus: Swift ...": the readiness names what the quiz could not see.
    let plus = (!m.unmeasured_core.is_empty())
        .then(|| format!(", plus: {}", m.unmeasured_core.join("; ")));
    let no_gaps = if m.unknown.is_empty() {
        "No gaps: you meet every level this role asks for."
    } else {
        "No gaps among the skills you rated."
    };
    let has_reasons = !m.strengths.is_empty();
    let more_reasons = m.strengths.len().saturating_sub(SHOWN_REASONS);
    let more_reasons = (more_reasons > 0).then(|| {
        let skills = if more_reasons == 1 { "skill" } else { "skills" };
        view! { <li>{format!("and {more_reasons} more {skills} you meet")}</li> }
    });
    let has_gaps = !m.gaps.is_empty();
    let detail = view! {
        <details class="card-detail">
            <summary>"Why it fits and what's missing"</summary>
            {has_reasons
                .then(|| {
                    view! {
                        <h4>"Why it fits"</h4>
                        <ul class="reasons">{reasons} {more_reasons}</ul>
                    }
                })}
            {has_gaps
                .then(|| {
                    view! {
                        <h4>"Gaps to close"</h4>
                        <ul class="gaps">{gaps}</ul>
                    }
                })}
            {(!has_gaps).then(|| view! { <p>{no_gaps}</p> })}
            {unknown.map(|t| view! { <p class="note">{t}</p> })}
            {has_unseen
                .then(|| {
                    view! {
                        <h4>"Also needs (this quiz can't measure it)"</h4>
                        <ul class="unmeasured">{unseen}</ul>
                    }
                })}
        </details>
    };
    // The title's link covers the whole card (CSS), so a tap anywhere opens the role;
    // the disclosure sits above it.
    view! {
        <li class="role-card">
            <h3>
                <A href=paths::role(&m.role) attr:class="card-link">{title}</A>
            </h3>
            <p class="role-match">
                <span class="match-percent">{format!("{}% match", m.percent)}</span>
                " · readiness: "
                <ReadinessBadge readiness=m.readiness />
                {plus}
            </p>
            {low.map(|t| view! { <p class="note">{t}</p> })}
            <p class="role-salary">
                <span class="label">"Pay: "</span>
                {salary}
            </p>
            {detail}
        </li>
    }
}

/// Readiness as a filled label (not a button look): "ready now", "close", "stretch".
#[component]
pub fn ReadinessBadge(readiness: Readiness) -> impl IntoView {
    view! {
        <span class=format!("readiness {}", readiness_class(readiness))>{readiness.label()}</span>
    }
}

fn readiness_class(r: Readiness) -> &'static str {
    match r {
        Readiness::ReadyNow => "ready-now",
        Readiness::Close => "close",
        Readiness::Stretch => "stretch",
    }
}
