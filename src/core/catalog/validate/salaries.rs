//! salaries.json: sources, the national and city figures, comparison rows, per-role
//! figures and BLS categories.
//!
//! Rows keyed by role are named `section/role` (e.g. `comparison/python-developer`).

use super::{Catalog, Known, Report, Usd, SALARIES};
use crate::core::salary::pct_text;
use crate::core::small::{decimals, ListSet};

/// Published figures are rounded to the thousand, so a percentage applied to the
/// national figure lands within this many dollars of the published amount.
const ROUNDING_TOLERANCE_USD: f64 = 1000.0;

pub(super) fn check(c: &Catalog, known: &Known, report: &mut Report) {
    let s = &c.salaries;
    report.unique_ids(SALARIES, "source", s.sources.iter().map(|x| x.id.as_str()));
    for src in &s.sources {
        report.non_empty(SALARIES, &src.id, "name", &src.name);
        report.non_empty(SALARIES, &src.id, "as_of", &src.as_of);
        report.https(SALARIES, &src.id, &src.url);
    }

    let national = &s.national;
    report.reference(SALARIES, "national", "role", &national.role, &known.roles);
    report.reference(
        SALARIES,
        "national",
        "source",
        &national.source,
        &known.sources,
    );
    positive(SALARIES, "national", national.amount, report);

    report.unique_ids(SALARIES, "city", s.cities.iter().map(|x| x.id.as_str()));
    for city in &s.cities {
        let id = city.id.as_str();
        report.non_empty(SALARIES, id, "name", &city.name);
        report.reference(SALARIES, id, "role", &city.role, &known.roles);
        report.reference(SALARIES, id, "source", &city.source, &known.sources);
        positive(SALARIES, id, city.amount, report);
        if city.role != national.role {
            report.add(
                SALARIES,
                id,
                "city figure is for a different role than the national figure",
            );
        }
        consistent(national.amount, city.diff_pct, city.amount, id, report);
    }

    let mut compared = ListSet::default();
    for row in &s.comparison {
        let entry = format!("comparison/{}", row.role);
        report.reference(SALARIES, &entry, "role", &row.role, &known.roles);
        positive(SALARIES, &entry, row.amount, report);
        if !compared.insert(row.role.as_str()) {
            report.add(SALARIES, &entry, "role appears twice in the comparison");
        }
        match row.diff_pct {
            Some(pct) => consistent(national.amount, pct, row.amount, &entry, report),
            None if row.role != national.role => report.add(
                SALARIES,
                &entry,
                "only the national figure's role may have no diff_pct",
            ),
            None => {}
        }
    }

    let mut figured = ListSet::default();
    for fig in &s.role_figures {
        let entry = format!("role_figures/{}/{}", fig.role, fig.source);
        report.reference(SALARIES, &entry, "role", &fig.role, &known.roles);
        report.reference(SALARIES, &entry, "source", &fig.source, &known.sources);
        positive(SALARIES, &entry, fig.amount, report);
        if !figured.insert((fig.role.as_str(), fig.source.as_str())) {
            report.add(SALARIES, &entry, "same role and source given twice");
        }
    }

    report.unique_ids(
        SALARIES,
        "BLS category",
        s.bls_categories.iter().map(|x| x.id.as_str()),
    );
    for cat in &s.bls_categories {
        report.non_empty(SALARIES, &cat.id, "name", &cat.name);
        report.non_empty(SALARIES, &cat.id, "as_of", &cat.as_of);
        report.https(SALARIES, &cat.id, &cat.url);
        positive(SALARIES, &cat.id, cat.median, report);
    }

    let mut mapped = ListSet::default();
    for link in &s.role_bls {
        let entry = format!("role_bls/{}", link.role);
        report.reference(SALARIES, &entry, "role", &link.role, &known.roles);
        report.reference(
            SALARIES,
            &entry,
            "BLS category",
            &link.category,
            &known.bls_categories,
        );
        if !mapped.insert(link.role.as_str()) {
            report.add(SALARIES, &entry, "role mapped to BLS categories twice");
        }
    }
}

fn positive(file: &str, entry: &str, amount: Usd, report: &mut Report) {
    if amount.usd == 0 {
        report.add(file, entry, "amount is zero");
    }
}

/// The published percentage must turn the national figure into the published amount, and
/// have at most two decimals, as the seed prints them (the app shows two at most).
fn consistent(national: Usd, pct: f64, amount: Usd, entry: &str, report: &mut Report) {
    let expected = f64::from(national.usd) * (1.0 + pct / 100.0);
    let off = (expected - f64::from(amount.usd)).abs();
    if !pct.is_finite() || off > ROUNDING_TOLERANCE_USD {
        report.add(
            SALARIES,
            entry,
            format!(
                "diff_pct {} of {} gives ${}, not the stated {}",
                pct_text(pct),
                national.display(),
                decimals(expected, 0),
                amount.display()
            ),
        );
    } else if (pct * 100.0).round() / 100.0 != pct {
        report.add(SALARIES, entry, "diff_pct has more than two decimals");
    }
}
