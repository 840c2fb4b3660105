//! `salaries.json`: every salary figure, each with its source.

use miniserde::Deserialize as MiniDeserialize;
use serde::{Deserialize, Serialize};

/// A dollar figure as the source gives it. `approx` figures were published rounded to
/// the thousand (the seed's "$164K") and are shown that way.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, MiniDeserialize)]
#[serde(deny_unknown_fields)]
pub struct Usd {
    pub usd: u32,
    pub approx: bool,
}

/// `salaries.json`: every salary figure, each with its source. (Empty by default: the
/// quiz's catalog loads no salaries, see [`super::super::ParsedFiles::finish_quiz`].)
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, MiniDeserialize)]
#[serde(deny_unknown_fields)]
pub struct Salaries {
    /// The build that wrote this file ([`crate::core::catalog::edition`]); absent in
    /// `public/data`.
    pub edition: Option<String>,
    pub sources: Vec<SalarySource>,
    /// The Back End Developer US average the city figures compare against.
    pub national: NationalFigure,
    pub cities: Vec<CityFigure>,
    /// The seed's "Salary comparison to Back End Developer".
    pub comparison: Vec<ComparisonEntry>,
    /// Per-role average salaries by source (Indeed, Glassdoor).
    pub role_figures: Vec<RoleFigure>,
    /// BLS occupation categories (medians, all experience levels), used for roles the seed
    /// has no figure for.
    pub bls_categories: Vec<BlsCategory>,
    /// Which BLS category stands in for which role.
    pub role_bls: Vec<RoleBls>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, MiniDeserialize)]
#[serde(deny_unknown_fields)]
pub struct SalarySource {
    pub id: String,
    pub name: String,
    pub url: String,
    /// What is known of the figures' date, in words, said once per panel. The article's
    /// Indeed.com and Glassdoor figures: "as published in the source article (2024), not
    /// re-checked" (never a check date nobody made).
    pub as_of: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, MiniDeserialize)]
#[serde(deny_unknown_fields)]
pub struct NationalFigure {
    pub role: String,
    pub source: String,
    pub amount: Usd,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, MiniDeserialize)]
#[serde(deny_unknown_fields)]
pub struct CityFigure {
    pub id: String,
    pub name: String,
    pub role: String,
    pub source: String,
    pub amount: Usd,
    /// Difference from the national figure, in percent, as the source gives it.
    pub diff_pct: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, MiniDeserialize)]
#[serde(deny_unknown_fields)]
pub struct ComparisonEntry {
    pub role: String,
    pub amount: Usd,
    /// Difference from the Back End Developer figure, in percent; `None` for the base row.
    pub diff_pct: Option<f64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, MiniDeserialize)]
#[serde(deny_unknown_fields)]
pub struct RoleFigure {
    pub role: String,
    pub source: String,
    pub amount: Usd,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, MiniDeserialize)]
#[serde(deny_unknown_fields)]
pub struct BlsCategory {
    pub id: String,
    pub name: String,
    pub median: Usd,
    pub as_of: String,
    pub url: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, MiniDeserialize)]
#[serde(deny_unknown_fields)]
pub struct RoleBls {
    pub role: String,
    pub category: String,
}
