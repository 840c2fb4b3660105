use crate::components::use_catalog;
use crate::core::calibration::Levels;
use crate::core::catalog::{Requirement, Role};
use crate::core::small::decimals;
use leptos::prelude::*;

const ROW: usize = 58;
const BAR: usize = 12;
/// Bars end at this share of the width; the level numbers sit to their right.
const BAR_SPAN: f64 = 80.0;

/// A role's skill profile as SVG bars: for each skill the level the role needs (outlined
/// bar) and, when `levels` is given, the person's trusted level (filled bar), then the same
/// as a table. Outline versus fill tells the two apart without relying on colour.
#[component]
pub fn ProfileChart(
    role: Role,
    /// The person's trusted levels; `None` shows the role's requirements alone.
    levels: Option<Levels>,
    /// Unique within the page: the caption's id is built from it.
    id: &'static str,
    /// Show the table open (on role pages, where it is the main content).
    #[prop(optional)]
    table_open: bool,
) -> impl IntoView {
    let catalog = use_catalog();
    let name = |skill: &str| catalog.skill_name(skill).to_string();
    let you = |skill: &str| levels.as_ref().map(|l| l.get(skill).copied());
    let width = |level: u8| f64::from(level) * BAR_SPAN / 5.0;
    let row_height = if levels.is_some() { ROW } else { ROW - 16 };
    let bars = role
        .profile
        .iter()
        .enumerate()
        .map(|(i, req)| {
            let y = i * row_height;
            let mine = you(&req.skill).map(|level| {
                let (w, text) = match level {
                    Some(l) => (width(l), format!("you {l}")),
                    None => (0.0, "you: unknown".to_string()),
                };
                view! {
                    <rect x="0" y={y + 22} width=format!("{}%", decimals(w, 1)) height=BAR rx="2" class="bar bar-you" />
                    <text x=format!("{}%", decimals(w + 1.5, 1)) y={y + 32} class="chart-value">{text}</text>
                }
            });
            let needed_y = if levels.is_some() { y + 38 } else { y + 22 };
            let w = width(req.level);
            view! {
                <text x="0" y={y + 16} class="chart-label">{name(&req.skill)}</text>
                {mine}
                <rect
                    x="1"
                    y=needed_y
                    width=format!("{}%", decimals(w, 1))
                    height=BAR
                    rx="2"
                    class="bar bar-needed"
                />
                <text x=format!("{}%", decimals(w + 1.5, 1)) y={needed_y + 10} class="chart-value">
                    {format!("needs {}", req.level)}
                </text>
            }
        })
        .collect_view();
    let height = role.profile.len() * row_height;
    let rows = role
        .profile
        .iter()
        .map(|req| {
            let mine = you(&req.skill).map(|l| {
                view! { <td>{l.map_or("unknown".to_string(), |l| l.to_string())}</td> }
            });
            view! {
                <tr>
                    <th scope="row">{name(&req.skill)}</th>
                    {mine}
                    <td>{req.level}</td>
                    <td>{importance(req)}</td>
                </tr>
            }
        })
        .collect_view();
    let caption_id = format!("{id}-caption");
    let caption = if levels.is_some() {
        format!("Trusted levels (filled bars) against what {} needs (outlined bars), on a scale of 0 to 5.", role.title)
    } else {
        format!("The level {} needs in each skill (0 to 5).", role.title)
    };
    view! {
        <figure class="chart profile-chart">
            <figcaption id=caption_id.clone()>
                {caption} " The table below gives the same levels."
            </figcaption>
            <svg class="bar-chart" width="100%" height=height role="img" aria-labelledby=caption_id>
                {bars}
            </svg>
            <details open=table_open>
                <summary>"Show these levels as a table"</summary>
                <div class="table-scroll">
                <table class="profile-table">
                    <thead>
                        <tr>
                            <th scope="col">"Skill"</th>
                            {levels.is_some().then(|| view! { <th scope="col">"You"</th> })}
                            <th scope="col">"Needs (0–5)"</th>
                            <th scope="col">"Importance"</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
                </div>
            </details>
        </figure>
    }
}

/// How much a requirement weighs, in words.
pub fn importance(req: &Requirement) -> &'static str {
    match req.weight {
        _ if req.is_core() => "Core (defines the role)",
        w if w >= 3 => "Essential",
        2 => "Important",
        _ => "Nice to have",
    }
}
