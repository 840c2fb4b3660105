//! What a role pays, as the pages show it: the seed's figures by source, else the BLS
//! median of the closest occupation category (always labelled as such, never as the
//! title's own), else plainly no figure. Also the Back End Developer national and city
//! figures and the seed's comparison chart rows.
//!
//! The wording rules live here so the native tests cover them:
//! - a BLS figure is a median; the seed's Indeed.com and Glassdoor figures are averages,
//!   the seed's own word ("Avg. Salary", "on average");
//! - the seed's figures are as published in the source article, never re-checked: they
//!   get their source's `as_of` ("as published in the source article (2024), not
//!   re-checked"), once per panel ([`source_groups`], [`RoleSalary::notes`]), and never a
//!   "last checked" date;
//! - a level-specific title (Junior, Senior) shown a figure for all experience levels says
//!   so on the same line ([`all_levels_note`]);
//! - a difference is said as people say it, "$25K (15%) less" ([`gap`]), not as the seed
//!   prints it ("-15.37%", which [`pct_text`] still gives for the checks).
//!
//! Amounts are shown exactly as published with [`Usd::display`].

use super::catalog::{Catalog, SalarySource, Seniority, Usd};
use super::small;

/// A source as shown beside a figure: its name, link and what is known of its date (for
/// the article's figures: as published, not re-checked).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceRef {
    pub name: String,
    pub url: String,
    pub as_of: String,
}

impl SourceRef {
    fn of(source: &SalarySource) -> Self {
        SourceRef {
            name: source.name.clone(),
            url: source.url.clone(),
            as_of: source.as_of.clone(),
        }
    }
}

/// One figure with its source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourcedAmount {
    pub source: SourceRef,
    pub amount: Usd,
}

/// Everything known about one role's pay.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RoleSalary {
    /// US averages the seed gives for this very title, one per source, in file order.
    Seed(Vec<SourcedAmount>),
    /// No figure for the title: the median of a whole BLS occupation category.
    Bls {
        category: String,
        median: Usd,
        as_of: String,
        url: String,
        /// The title's level when it is level-specific (Junior, Senior): the category's
        /// median covers every experience level, and the line says so.
        level: Option<Seniority>,
    },
    /// Neither the seed nor the BLS table has a figure that fits.
    NoFigure,
}

impl RoleSalary {
    /// The lowest and highest seed figure (the range across sources); `None` unless `Seed`.
    pub fn range(&self) -> Option<(Usd, Usd)> {
        let RoleSalary::Seed(figures) = self else {
            return None;
        };
        let low = figures.iter().map(|f| f.amount).min_by_key(|a| a.usd)?;
        let high = figures.iter().map(|f| f.amount).max_by_key(|a| a.usd)?;
        Some((low, high))
    }

    /// The range as text: "$97K–$133K", or one figure when the sources agree or only one
    /// source gives it.
    pub fn range_text(&self) -> Option<String> {
        let (low, high) = self.range()?;
        Some(if low.usd == high.usd {
            low.display()
        } else {
            format!("{}–{}", low.display(), high.display())
        })
    }

    /// One line for a role card: the figure and where it comes from.
    pub fn summary(&self) -> String {
        match self {
            RoleSalary::Seed(figures) => {
                let names: Vec<&str> = figures.iter().map(|f| f.source.name.as_str()).collect();
                let range = self.range_text().unwrap_or_default();
                match names.as_slice() {
                    [one] => format!("{range} a year (US average, {one})"),
                    many => format!(
                        "{range} a year (US averages, range across {})",
                        many.join(" and ")
                    ),
                }
            }
            RoleSalary::Bls { .. } => self.lines().iter().map(FigureLine::text).collect(),
            RoleSalary::NoFigure => NO_FIGURE.to_string(),
        }
    }

    /// One line per figure, as the salary details list them: "Indeed.com average: $133K a
    /// year"; "$132,270 a year: BLS median for Software developers (May 2023) — all
    /// experience levels, not junior-specific". Empty for `NoFigure`.
    pub fn lines(&self) -> Vec<FigureLine> {
        match self {
            RoleSalary::Seed(figures) => figures
                .iter()
                .map(|f| FigureLine {
                    before: String::new(),
                    link_text: f.source.name.clone(),
                    url: f.source.url.clone(),
                    after: format!(" {SEED_WORD}: {} a year", f.amount.display()),
                })
                .collect(),
            RoleSalary::Bls {
                category,
                median,
                as_of,
                url,
                level,
            } => vec![FigureLine {
                before: format!("{} a year: ", median.display()),
                link_text: bls_label(category, as_of),
                url: url.clone(),
                after: level
                    .and_then(all_levels_note)
                    .map(|note| format!(" — {note}"))
                    .unwrap_or_default(),
            }],
            RoleSalary::NoFigure => Vec::new(),
        }
    }

    /// What to say once under the figures (not on every line): for the seed's figures,
    /// their sources and date ("Indeed.com and Glassdoor averages: as published in the
    /// source article (2024), not re-checked."); for a BLS median, [`BLS_NOTE`].
    pub fn notes(&self) -> Vec<String> {
        match self {
            RoleSalary::Seed(figures) => {
                let sources: Vec<&SourceRef> = figures.iter().map(|f| &f.source).collect();
                grouped_by_date(&sources)
                    .into_iter()
                    .map(|(names, as_of)| {
                        let word = if names.len() == 1 {
                            SEED_WORD.to_string()
                        } else {
                            format!("{SEED_WORD}s")
                        };
                        format!("{} {word}: {as_of}.", small::and_list(&names))
                    })
                    .collect()
            }
            RoleSalary::Bls { .. } => vec![BLS_NOTE.to_string()],
            RoleSalary::NoFigure => Vec::new(),
        }
    }
}

fn source(catalog: &Catalog, id: &str) -> SourceRef {
    catalog
        .salaries
        .sources
        .iter()
        .find(|s| s.id == id)
        .map_or_else(
            // The validator guarantees the source exists; fall back to the id regardless.
            || SourceRef {
                name: id.to_string(),
                url: String::new(),
                as_of: String::new(),
            },
            SourceRef::of,
        )
}

/// Every figure that applies to `role`: seed figures (the national figure for the
/// national role, then `role_figures`), else its BLS category, else none.
pub fn role_salary(catalog: &Catalog, role: &str) -> RoleSalary {
    let s = &catalog.salaries;
    let national = (s.national.role == role).then(|| SourcedAmount {
        source: source(catalog, &s.national.source),
        amount: s.national.amount,
    });
    let figures: Vec<SourcedAmount> = national
        .into_iter()
        .chain(
            s.role_figures
                .iter()
                .filter(|f| f.role == role)
                .map(|f| SourcedAmount {
                    source: source(catalog, &f.source),
                    amount: f.amount,
                }),
        )
        .collect();
    if !figures.is_empty() {
        return RoleSalary::Seed(figures);
    }
    let category = s
        .role_bls
        .iter()
        .find(|m| m.role == role)
        .and_then(|m| s.bls_categories.iter().find(|c| c.id == m.category));
    match category {
        Some(c) => RoleSalary::Bls {
            category: c.name.clone(),
            median: c.median,
            as_of: c.as_of.clone(),
            url: c.url.clone(),
            // A BLS category covers every experience level.
            level: catalog
                .role(role)
                .map(|r| r.seniority)
                .filter(|s| *s != Seniority::Mid),
        },
        None => RoleSalary::NoFigure,
    }
}

mod back_end;
mod wording;
pub use back_end::{city, comparison, national, CitySalary, ComparisonRow, NationalSalary};
pub use wording::*;

#[cfg(test)]
#[path = "salary_tests.rs"]
mod tests;
