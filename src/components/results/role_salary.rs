use super::ExternalLink;
use crate::components::use_catalog;
use crate::core::salary::{role_salary, FigureLine, RoleSalary, NO_FIGURE};
use leptos::prelude::*;

/// Every figure for one role with its source: the seed's figures by source and their
/// range, or a labelled BLS category median, or a plain "no figure". With `with_notes`,
/// what is known of the figures' date and kind follows once, under the figures (the
/// salary panel says it once for all its roles instead).
#[component]
pub fn RoleSalaryDetails(role: String, #[prop(default = true)] with_notes: bool) -> impl IntoView {
    let catalog = use_catalog();
    let salary = role_salary(catalog, &role);
    let notes = if with_notes {
        salary.notes()
    } else {
        Vec::new()
    };
    let notes = notes
        .into_iter()
        .map(|n| view! { <p class="note">{n}</p> })
        .collect_view();
    let figures = match &salary {
        RoleSalary::Seed(figures) => {
            let range = (figures.len() > 1).then(|| {
                view! {
                    <p class="range">
                        {format!("Range across sources: {}", salary.range_text().unwrap_or_default())}
                    </p>
                }
            });
            let rows = salary
                .lines()
                .into_iter()
                .map(|line| view! { <li>{line_view(line)}</li> })
                .collect_view();
            view! {
                <ul class="figures">{rows}</ul>
                {range}
            }
            .into_any()
        }
        RoleSalary::Bls { .. } => salary
            .lines()
            .into_iter()
            .map(|line| view! { <p>{line_view(line)}</p> })
            .collect_view()
            .into_any(),
        RoleSalary::NoFigure => view! { <p class="no-figure">{NO_FIGURE}</p> }.into_any(),
    };
    view! {
        <div class="role-salary-details">
            {figures}
            {notes}
        </div>
    }
}

/// A figure's line with its source as a link where the line names it.
fn line_view(line: FigureLine) -> impl IntoView {
    view! {
        {line.before}
        <ExternalLink href=line.url text=line.link_text />
        {line.after}
    }
}
