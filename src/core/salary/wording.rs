//! How the pages word salary figures (the rules are listed in `core::salary`'s opening).

use super::*;

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
        format!("{}: {}", small::and_list(&names), self.as_of)
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
pub(super) fn grouped_by_date<'a>(sources: &[&'a SourceRef]) -> Vec<(Vec<&'a str>, &'a str)> {
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
