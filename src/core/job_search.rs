//! "Next: get hired": the source article's job-search advice (`job-search.json`) for one
//! role and one person. Shown on the results page for the target role when the person is
//! "ready now" or "close" (never for a stretch: the learning plan comes first), and on role
//! pages. The rules are in `docs/data.md` ("What the section shows, and to whom").

use super::calibration::{levels_of, Levels};
use super::catalog::{Catalog, JobBoard, JobStep, Role, RoleFamily, Seniority};
use super::results::Results;
use super::scoring::{score_levels, Readiness};
use super::seniority::{seniority, Suitability};

/// A language the person knows at this trusted level or more counts as theirs when the
/// role has no language of its own (level 3: builds a small web service with it).
pub const KNOWN_LANGUAGE_LEVEL: u8 = 3;

/// How far along the person is, which decides the order of the steps and whether the
/// degrees paragraph shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// Showing their work comes first; the degrees and bootcamps paragraph shows.
    Junior,
    /// People come first: networking and interview practice.
    Senior,
}

/// Which boards the section lists, and so how it introduces them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoardsFor {
    /// The boards for the role's own language.
    Role,
    /// The role has no language of its own: the boards for the languages the person knows
    /// at [`KNOWN_LANGUAGE_LEVEL`] or more.
    YourLanguages,
    /// A back-end title with no language of its own, for someone with no such language
    /// known: every board, to pick the language they want to be paid to code in.
    AnyLanguage,
    /// No board fits (a related career, with no language the person knows).
    Nothing,
}

/// What the "Next: get hired" section shows.
#[derive(Clone, Debug, PartialEq)]
pub struct GetHired<'a> {
    pub role: &'a Role,
    pub stage: Stage,
    pub boards_for: BoardsFor,
    /// In file order.
    pub boards: Vec<&'a JobBoard>,
    /// Every step, in the order for [`GetHired::stage`].
    pub steps: Vec<&'a JobStep>,
    pub freelance: &'a str,
    /// Only at [`Stage::Junior`].
    pub degrees: Option<&'a str>,
}

/// The section for a result's target role; `None` when there is no target, when the
/// target is a stretch, or when the catalog was loaded without the job-search advice.
pub fn for_results<'a>(catalog: &'a Catalog, results: &Results) -> Option<GetHired<'a>> {
    let m = results.target_match()?;
    if m.readiness == Readiness::Stretch {
        return None;
    }
    let role = catalog.role(&m.role)?;
    let levels = levels_of(&results.calibration);
    get_hired(
        catalog,
        role,
        Some(results.seniority.suitability),
        Some(&levels),
    )
}

/// The section for a role page: for a visitor without answers (`levels` is `None`), always;
/// for one with answers, only when their match with the role is "ready now" or "close".
pub fn for_role<'a>(
    catalog: &'a Catalog,
    role: &'a Role,
    levels: Option<&Levels>,
) -> Option<GetHired<'a>> {
    let suitability = match levels {
        Some(levels) if score_levels(role, levels).readiness == Readiness::Stretch => return None,
        Some(levels) => Some(seniority(catalog, levels).suitability),
        None => None,
    };
    get_hired(catalog, role, suitability, levels)
}

/// Junior or senior level: the role's own level when it has one; for the others,
/// senior only for a "senior-ready" person (without answers, junior: the app is mostly
/// used by career switchers and juniors).
pub fn stage(role: &Role, suitability: Option<Suitability>) -> Stage {
    match role.seniority {
        Seniority::Junior => Stage::Junior,
        Seniority::Senior => Stage::Senior,
        Seniority::Mid if suitability == Some(Suitability::SeniorReady) => Stage::Senior,
        Seniority::Mid => Stage::Junior,
    }
}

fn get_hired<'a>(
    catalog: &'a Catalog,
    role: &'a Role,
    suitability: Option<Suitability>,
    levels: Option<&Levels>,
) -> Option<GetHired<'a>> {
    let advice = &catalog.job_search;
    if advice.steps.is_empty() {
        return None;
    }
    let stage = stage(role, suitability);
    let order = match stage {
        Stage::Junior => &advice.order.junior,
        Stage::Senior => &advice.order.senior,
    };
    let steps = order
        .iter()
        .filter_map(|id| advice.steps.iter().find(|s| s.id == *id))
        .collect();
    let (boards_for, boards) = boards(catalog, role, levels);
    Some(GetHired {
        role,
        stage,
        boards_for,
        boards,
        steps,
        freelance: &advice.freelance,
        degrees: (stage == Stage::Junior).then_some(advice.degrees.as_str()),
    })
}

/// The boards for the role (named by it, or for one of its core skills); failing that,
/// see [`BoardsFor`].
fn boards<'a>(
    catalog: &'a Catalog,
    role: &Role,
    levels: Option<&Levels>,
) -> (BoardsFor, Vec<&'a JobBoard>) {
    let all = &catalog.job_search.boards;
    let pick = |fits: &dyn Fn(&JobBoard) -> bool| -> Vec<&'a JobBoard> {
        all.iter().filter(|b| fits(b)).collect()
    };
    let own = pick(&|b| {
        b.roles.contains(&role.id)
            || role
                .core_requirements()
                .any(|r| b.skills.contains(&r.skill))
    });
    if !own.is_empty() {
        return (BoardsFor::Role, own);
    }
    let known = |skill: &String| {
        levels
            .and_then(|l| l.get(skill))
            .is_some_and(|&level| level >= KNOWN_LANGUAGE_LEVEL)
    };
    let yours = pick(&|b| b.skills.iter().any(known));
    if !yours.is_empty() {
        (BoardsFor::YourLanguages, yours)
    } else if role.family == RoleFamily::BackEnd {
        (BoardsFor::AnyLanguage, all.iter().collect())
    } else {
        (BoardsFor::Nothing, Vec::new())
    }
}

#[cfg(test)]
#[path = "job_search_tests.rs"]
mod tests;
