use super::ExternalLink;
use crate::core::catalog::Catalog;
use crate::core::salary::{role_salary, RoleSalary, NO_FIGURE};
use leptos::prelude::*;

/// Every figure for one role with its source and date: the seed's figures by source and
/// their range, or a labelled BLS category median, or a plain "no figure".
#[component]
pub fn RoleSalaryDetails(catalog: std::sync::Arc<Catalog>, role: String) -> impl IntoView {
    let salary = role_salary(&catalog, &role);
    let range = salary.range_text();
    match &salary {
        RoleSalary::Seed(figures) => {
            let several = figures.len() > 1;
            let rows = figures
                .iter()
                .cloned()
                .map(|f| {
                    view! {
                        <li>
                            <ExternalLink href=f.source.url text=f.source.name />
                            {format!(": {} a year", f.amount.display())}
                            <span class="source-date">{format!(" ({})", f.source.as_of)}</span>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div class="role-salary-details">
                    <ul class="figures">{rows}</ul>
                    {several
                        .then(|| {
                            view! {
                                <p class="range">
                                    {format!("Range across sources: {}", range.unwrap_or_default())}
                                </p>
                            }
                        })}
                </div>
            }
            .into_any()
        }
        RoleSalary::Bls { .. } => view! {
            <div class="role-salary-details">
                {salary
                    .lines()
                    .into_iter()
                    .map(|line| {
                        view! {
                            <p>
                                {line.before}
                                <ExternalLink href=line.url text=line.link_text />
                                {line.after}
                            </p>
                        }
                    })
                    .collect_view()}
                <p class="note">
                    "The source article gives no figure for this title, so this is the US Bureau of "
                    "Labor Statistics median for the whole occupation category, not for the title itself."
                </p>
            </div>
        }
        .into_any(),
        RoleSalary::NoFigure => view! {
            <div class="role-salary-details">
                <p class="no-figure">{NO_FIGURE}</p>
            </div>
        }
        .into_any(),
    }
}
