//! The Back End Developer figures the salary panel leads with: the national figure, a
//! city's figure against it, and the seed's comparison chart rows.

use super::*;

/// The national figure the city figures compare against (Back End Developer, US average).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NationalSalary {
    pub role_title: String,
    pub amount: Usd,
    pub source: SourceRef,
}

pub fn national(catalog: &Catalog) -> NationalSalary {
    let n = &catalog.salaries.national;
    NationalSalary {
        role_title: title(catalog, &n.role),
        amount: n.amount,
        source: source(catalog, &n.source),
    }
}

/// The national role's figure in one city and its difference from the national figure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CitySalary {
    pub id: String,
    pub name: String,
    pub role_title: String,
    pub amount: Usd,
    /// "+3.76%", as the seed prints it (for checks; the page says `gap`).
    pub diff: String,
    /// The difference from the national figure as the page says it: "$38K (24%) less
    /// than the US average of $158,330", or "about the same as the US average of …".
    pub gap: String,
    pub source: SourceRef,
}

/// The figure for a city id; `None` for an unknown id.
pub fn city(catalog: &Catalog, id: &str) -> Option<CitySalary> {
    let c = catalog.salaries.cities.iter().find(|c| c.id == id)?;
    Some(CitySalary {
        id: c.id.clone(),
        name: c.name.clone(),
        role_title: title(catalog, &c.role),
        amount: c.amount,
        diff: pct_text(c.diff_pct),
        gap: {
            let national = catalog.salaries.national.amount;
            let us = format!("the US {SEED_WORD} of {}", national.display());
            match gap(national, c.amount, c.diff_pct, true) {
                Some(g) => format!("{g} than {us}"),
                None => format!("about the same as {us}"),
            }
        },
        source: source(catalog, &c.source),
    })
}

/// One bar of the seed's "salary comparison to Back End Developer".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ComparisonRow {
    pub role: String,
    pub title: String,
    pub amount: Usd,
    /// "-15.37%" as the seed prints it (for checks; the chart says `label` and
    /// `difference`); `None` for the base row everything is compared with.
    pub diff: Option<String>,
    /// The bar's label: "Python Developer: $133K, $25K less"; "Back End Developer: $158K
    /// (base)".
    pub label: String,
    /// The table's difference: "$25K (15%) less", "about the same" or "base".
    pub difference: String,
}

/// The comparison rows in the seed's order, the base row first.
pub fn comparison(catalog: &Catalog) -> Vec<ComparisonRow> {
    let s = &catalog.salaries;
    let base = s
        .comparison
        .iter()
        .find(|e| e.diff_pct.is_none())
        .map_or(s.national.amount, |e| e.amount);
    s.comparison
        .iter()
        .map(|e| {
            let title = title(catalog, &e.role);
            let amount = e.amount.display();
            let (label, difference) = match e.diff_pct {
                None => (format!("{title}: {amount} (base)"), "base".to_string()),
                Some(pct) => match (
                    gap(base, e.amount, pct, false),
                    gap(base, e.amount, pct, true),
                ) {
                    (Some(short), Some(long)) => (format!("{title}: {amount}, {short}"), long),
                    _ => (
                        format!("{title}: {amount}, about the same"),
                        "about the same".to_string(),
                    ),
                },
            };
            ComparisonRow {
                role: e.role.clone(),
                title,
                amount: e.amount,
                diff: e.diff_pct.map(pct_text),
                label,
                difference,
            }
        })
        .collect()
}

fn title(catalog: &Catalog, role: &str) -> String {
    catalog
        .role(role)
        .map_or_else(|| role.to_string(), |r| r.title.clone())
}
