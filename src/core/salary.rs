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

/// Said wherever a role has no figure.
pub const NO_FIGURE: &str = "No salary figure: neither the source article nor the US Bureau \
     of Labor Statistics table has one that fits this title.";

/// What the seed calls its Indeed.com and Glassdoor figures ("Avg. Salary", "on average").
pub const SEED_WORD: &str = "average";

/// Said under a role's BLS figure (once, not on every line).
pub const BLS_NOTE: &str = "The source article gives no figure for this title, so this is the \
     US Bureau of Labor Statistics median for the whole occupation category, not for the title \
     itself.";

/// The salary panel's opening: what kind of figure each source gives.
pub const PANEL_INTRO: &str = "Yearly US pay as each source publishes it: Indeed.com and \
     Glassdoor averages from the source article, and US Bureau of Labor Statistics (BLS) \
     medians. Where the sources disagree, the range across them is shown.";

/// Under the comparison chart: where its figures come from (their date is with the
/// panel's sources).
pub const COMPARISON_SOURCE: &str = "Indeed.com averages from the source article's salary \
     comparison.";

/// The salary panel's closing note, once for every role shown (`shown`): what a BLS
/// median is when one is shown, and that pay varies. No "last checked" date: nobody
/// re-checked the article's figures.
pub fn panel_note(shown: &[RoleSalary]) -> String {
    let bls = shown.iter().any(|s| matches!(s, RoleSalary::Bls { .. }));
    let what = if bls {
        "A BLS median is for a whole occupation category, not for the job title itself: the \
         source article gives no figure for that title. "
    } else {
        ""
    };
    format!(
        "{what}Pay varies with experience, employer and city, so treat these figures as rough \
         guides."
    )
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
                        format!("{} {word}: {as_of}.", and_list(&names))
                    })
                    .collect()
            }
            RoleSalary::Bls { .. } => vec![BLS_NOTE.to_string()],
            RoleSalary::NoFigure => Vec::new(),
        }
    }
}

/// Sources sharing one date, as the salary panel lists them once.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceGroup {
    pub sources: Vec<SourceRef>,
    pub as_of: String,
}

impl SourceGroup {
    /// "Indeed.com and Glassdoor: as published in the source article (2024), not re-checked"
    pub fn text(&self) -> String {
        let names: Vec<&str> = self.sources.iter().map(|s| s.name.as_str()).collect();
        format!("{}: {}", and_list(&names), self.as_of)
    }
}

/// Every source, those with the same date together (in file order), so each date is said
/// once.
pub fn source_groups(catalog: &Catalog) -> Vec<SourceGroup> {
    let mut groups: Vec<SourceGroup> = Vec::new();
    for source in &catalog.salaries.sources {
        let source = SourceRef::of(source);
        match groups.iter_mut().find(|g| g.as_of == source.as_of) {
            Some(group) => group.sources.push(source),
            None => groups.push(SourceGroup {
                as_of: source.as_of.clone(),
                sources: vec![source],
            }),
        }
    }
    groups
}

/// The sources' names by date, each name once, in order of first appearance.
fn grouped_by_date<'a>(sources: &[&'a SourceRef]) -> Vec<(Vec<&'a str>, &'a str)> {
    let mut groups: Vec<(Vec<&str>, &str)> = Vec::new();
    for s in sources {
        match groups.iter_mut().find(|(_, as_of)| *as_of == s.as_of) {
            Some((names, _)) if names.contains(&s.name.as_str()) => {}
            Some((names, _)) => names.push(&s.name),
            None => groups.push((vec![&s.name], &s.as_of)),
        }
    }
    groups
}

/// "a", "a and b", "a, b and c".
fn and_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// One figure as a line of text with its source as a link in it: `before`, the link,
/// `after`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FigureLine {
    pub before: String,
    pub link_text: String,
    pub url: String,
    pub after: String,
}

impl FigureLine {
    /// The whole line as plain text.
    pub fn text(&self) -> String {
        format!("{}{}{}", self.before, self.link_text, self.after)
    }
}

/// Said on the same line as a figure for all experience levels shown for a level-specific
/// title: "all experience levels, not junior-specific". `None` for a mid-level title.
pub fn all_levels_note(level: Seniority) -> Option<String> {
    let word = match level {
        Seniority::Junior => "junior",
        Seniority::Senior => "senior",
        Seniority::Mid => return None,
    };
    Some(format!("all experience levels, not {word}-specific"))
}

/// "BLS median for Software developers (May 2023)": how a BLS stand-in is labelled.
pub fn bls_label(category: &str, as_of: &str) -> String {
    format!("BLS median for {category} ({as_of})")
}

/// How far `amount` is from `base` as people say it: "$25K (15%) less", "$6K (4%) more";
/// without `with_percent`, "$25K less". `None` when the two are about the same (within
/// $500, or the amounts and the source's percentage disagree on the direction).
///
/// The dollars are the difference of the two published amounts, rounded to the thousand
/// (the seed publishes most amounts rounded to the thousand, so a reader can check them
/// against the figures shown); the percentage is the source's, rounded to a whole number
/// ("under 1%" below one).
pub fn gap(base: Usd, amount: Usd, pct: f64, with_percent: bool) -> Option<String> {
    let diff = i64::from(amount.usd) - i64::from(base.usd);
    let thousands = (diff.unsigned_abs() + 500) / 1000;
    let more = diff > 0;
    let agrees = pct == 0.0 || (pct > 0.0) == more;
    if thousands == 0 || !agrees {
        return None;
    }
    let direction = if more { "more" } else { "less" };
    if !with_percent {
        return Some(format!("${thousands}K {direction}"));
    }
    let percent = match small::decimals(pct.abs(), 0).as_str() {
        "0" => "under 1%".to_string(),
        whole => format!("{whole}%"),
    };
    Some(format!("${thousands}K ({percent}) {direction}"))
}

/// A percentage as the seed prints it: sign always shown, digits as given ("+3.76%",
/// "-48.8%"). The seed gives at most two decimals (validation checks it).
pub fn pct_text(pct: f64) -> String {
    let text = small::decimals(pct, 2);
    let text = text.trim_end_matches('0').trim_end_matches('.');
    let sign = if text.starts_with('-') { "" } else { "+" };
    format!("{sign}{text}%")
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages_keep_the_seeds_digits_and_always_show_a_sign() {
        assert_eq!(pct_text(3.76), "+3.76%");
        assert_eq!(pct_text(-28.74), "-28.74%");
        assert_eq!(pct_text(-48.8), "-48.8%");
        assert_eq!(pct_text(0.92), "+0.92%");
        assert_eq!(pct_text(10.0), "+10%");
        assert_eq!(pct_text(-0.5), "-0.5%");
    }

    fn bls(level: Option<Seniority>) -> RoleSalary {
        RoleSalary::Bls {
            category: "Software developers".into(),
            median: Usd {
                usd: 132_270,
                approx: false,
            },
            as_of: "May 2023".into(),
            url: "https://www.bls.gov/ooh/".into(),
            level,
        }
    }

    #[test]
    fn a_level_specific_title_says_on_the_same_line_that_the_figure_is_for_all_levels() {
        assert_eq!(
            bls(Some(Seniority::Junior)).summary(),
            "$132,270 a year: BLS median for Software developers (May 2023) — all experience \
             levels, not junior-specific"
        );
        let senior = bls(Some(Seniority::Senior)).lines();
        assert_eq!(senior.len(), 1);
        assert_eq!(
            senior[0].text(),
            "$132,270 a year: BLS median for Software developers (May 2023) — all experience \
             levels, not senior-specific"
        );
        // The note is part of the line itself, not a separate note.
        assert!(senior[0].after.contains("not senior-specific"));
        assert_eq!(all_levels_note(Seniority::Mid), None);
        assert_eq!(
            bls(None).summary(),
            "$132,270 a year: BLS median for Software developers (May 2023)"
        );
    }

    fn sourced(name: &str, as_of: &str, thousands: u32) -> SourcedAmount {
        SourcedAmount {
            source: SourceRef {
                name: name.into(),
                url: "https://example.com/".into(),
                as_of: as_of.into(),
            },
            amount: Usd {
                usd: thousands * 1000,
                approx: true,
            },
        }
    }

    #[test]
    fn the_seeds_date_is_said_once_under_the_figures_not_on_each_line() {
        const ARTICLE: &str = "as published in the source article (2024), not re-checked";
        let seed = RoleSalary::Seed(vec![
            sourced("Indeed.com", ARTICLE, 133),
            sourced("Glassdoor", ARTICLE, 97),
        ]);
        let lines: Vec<String> = seed.lines().iter().map(FigureLine::text).collect();
        assert_eq!(
            lines,
            [
                "Indeed.com average: $133K a year",
                "Glassdoor average: $97K a year"
            ]
        );
        assert_eq!(
            seed.notes(),
            [format!("Indeed.com and Glassdoor averages: {ARTICLE}.")]
        );
        // Sources with different dates each say their own, once.
        let mixed = RoleSalary::Seed(vec![
            sourced("A", "May 2023", 1),
            sourced("B", ARTICLE, 2),
            sourced("A", "May 2023", 3),
        ]);
        assert_eq!(
            mixed.notes(),
            [
                "A average: May 2023.".to_string(),
                format!("B average: {ARTICLE}.")
            ]
        );
        assert_eq!(bls(None).notes(), [BLS_NOTE]);
        assert!(RoleSalary::NoFigure.notes().is_empty());
    }

    #[test]
    fn the_panel_note_explains_bls_medians_only_when_one_is_shown_and_gives_no_checked_date() {
        let plain = "Pay varies with experience, employer and city, so treat these figures as \
             rough guides.";
        assert_eq!(panel_note(&[RoleSalary::NoFigure]), plain);
        assert_eq!(
            panel_note(&[RoleSalary::NoFigure, bls(Some(Seniority::Junior))]),
            format!(
                "A BLS median is for a whole occupation category, not for the job title itself: \
                 the source article gives no figure for that title. {plain}"
            )
        );
    }

    #[test]
    fn lists_read_as_english() {
        assert_eq!(and_list(&[]), "");
        assert_eq!(and_list(&["a"]), "a");
        assert_eq!(and_list(&["a", "b"]), "a and b");
        assert_eq!(and_list(&["a", "b", "c"]), "a, b and c");
    }

    fn k(thousands: u32) -> Usd {
        Usd {
            usd: thousands * 1000,
            approx: true,
        }
    }

    #[test]
    fn differences_are_said_in_rounded_dollars_and_whole_percentages() {
        let us = Usd {
            usd: 158_330,
            approx: false,
        };
        assert_eq!(
            gap(k(158), k(133), -15.37, true).as_deref(),
            Some("$25K (15%) less")
        );
        assert_eq!(
            gap(k(158), k(133), -15.37, false).as_deref(),
            Some("$25K less")
        );
        assert_eq!(
            gap(us, k(120), -23.75, true).as_deref(),
            Some("$38K (24%) less")
        );
        assert_eq!(
            gap(us, k(164), 3.76, true).as_deref(),
            Some("$6K (4%) more")
        );
        // $670 more rounds to $1K; 0.92% to 1%.
        assert_eq!(
            gap(us, k(159), 0.92, true).as_deref(),
            Some("$1K (1%) more")
        );
        assert_eq!(
            gap(k(100), k(101), 0.4, true).as_deref(),
            Some("$1K (under 1%) more")
        );
        // Within $500, or amounts and percentage pointing opposite ways: about the same.
        assert_eq!(gap(us, k(158), -0.2, true), None);
        assert_eq!(gap(k(100), k(101), -0.5, true), None);
        assert_eq!(gap(k(100), k(100), 0.0, false), None);
    }

    #[test]
    fn bls_label_names_category_and_date() {
        assert_eq!(
            bls_label("Computer programmers", "2023"),
            "BLS median for Computer programmers (2023)"
        );
    }
}
