use crate::components::use_catalog;
use crate::core::salary::{comparison, COMPARISON_SOURCE};
use crate::core::small::decimals;
use leptos::prelude::*;

/// Height of one bar's row (label line, then the bar), in CSS pixels.
const ROW: usize = 46;
const BAR: usize = 14;

/// The seed's salary comparison to Back End Developer as horizontal bars (drawn by the
/// app as SVG; bar widths are percentages so the chart fits any width while the text
/// stays readable), followed by the same figures as a table. Each bar says its difference
/// in rounded dollars ("$25K less"), the table adds the rounded percentage. Roles in
/// `highlight` are marked as the person's top roles.
#[component]
pub fn SalaryChart(highlight: Vec<String>) -> impl IntoView {
    let catalog = use_catalog();
    let rows = comparison(catalog);
    let max = rows.iter().map(|r| r.amount.usd).max().unwrap_or(1).max(1);
    let height = rows.len() * ROW;
    let bars = rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let y = i * ROW;
            let width = f64::from(r.amount.usd) * 100.0 / f64::from(max);
            let mine = highlight.contains(&r.role);
            let class = if mine { "bar bar-mine" } else { "bar" };
            view! {
                <text x="0" y={y + 16} class="chart-label">
                    {r.label.clone()}
                    {mine.then_some(" ★")}
                </text>
                <rect x="0" y={y + 22} width=format!("{}%", decimals(width, 1)) height=BAR rx="3" class=class />
            }
        })
        .collect_view();
    let table_rows = rows
        .iter()
        .map(|r| {
            let mine = highlight.contains(&r.role);
            view! {
                <tr>
                    <th scope="row">{r.title.clone()} {mine.then_some(" (a top role of this result)")}</th>
                    <td>{r.amount.display()}</td>
                    <td>{r.difference.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <figure class="chart salary-chart">
            <figcaption id="salary-chart-caption">
                "Average pay compared with Back End Developer (US, a year). \
                ★ marks the top roles of this result. The table below gives the same figures."
            </figcaption>
            <svg
                class="bar-chart"
                width="100%"
                height=height
                role="img"
                aria-labelledby="salary-chart-caption"
            >
                {bars}
            </svg>
            <details>
                <summary>"Show these figures as a table"</summary>
                <div class="table-scroll">
                <table class="salary-table">
                    <caption class="visually-hidden">"Average pay compared with Back End Developer"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Job title"</th>
                            <th scope="col">"Average"</th>
                            <th scope="col">"Difference"</th>
                        </tr>
                    </thead>
                    <tbody>{table_rows}</tbody>
                </table>
                </div>
            </details>
            <p class="source">{COMPARISON_SOURCE}</p>
        </figure>
    }
}
