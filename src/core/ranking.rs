//! The order of the roles on the results page: best fit first. The rule is worked through in
//! `docs/scoring.md` ("Ranking: best fit first"); `tests/coach_personas/` checks it
//! against what a career coach would tell 25 real kinds of people.

use super::answers::Answers;
use super::calibration::{effective_levels, Levels};
use super::catalog::{Catalog, Role, RoleFamily, Seniority, SkillKind};
use super::scoring::{score_levels, Confidence, Readiness, RoleMatch, GENERAL_SKILL, READY_FROM};
use super::small;

/// The skill category (`skills.json`) of the programming languages.
const LANGUAGES: &str = "languages";

/// How a role stands to the person's line of work, judged by its *lead* skill: the first
/// defining skill of its profile, the one a specialist title is named after.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Line {
    /// A specialist title whose lead skill is not one of the person's strong suits: below
    /// their Coding level, or, for a skill other than a language, at it (every developer
    /// tests and writes SQL; that alone makes no tester or database developer).
    Other,
    /// A general title (its lead skill is Coding itself, or a soft skill, which is
    /// self-rated and never checked), or a language title whose
    /// language the person rates at their Coding level: it is simply the language they code
    /// in, so the title is as general for them as Back End Developer.
    General,
    /// The person's own line: the title's lead skill, a technical one, is rated above their
    /// Coding (a Java expert, a tester, a database person, a designer).
    Own,
}

/// The person's line of work for `role` (see [`Line`]). An unknown Coding level counts as
/// 0; an unknown lead skill is not the person's line.
pub fn line_of_work(catalog: &Catalog, role: &Role, levels: &Levels) -> Line {
    let Some(lead) = role.core_requirements().next() else {
        return Line::Other;
    };
    let Some(skill) = catalog.skill(&lead.skill) else {
        return Line::Other;
    };
    // Soft skills are self-rated and never checked: they make no line of work on their own.
    if lead.skill == GENERAL_SKILL || skill.kind == SkillKind::Soft {
        return Line::General;
    }
    let Some(&level) = levels.get(&lead.skill) else {
        return Line::Other;
    };
    let coding = levels.get(GENERAL_SKILL).copied().unwrap_or(0);
    let language = skill.category == LANGUAGES;
    match level.cmp(&coding) {
        std::cmp::Ordering::Greater => Line::Own,
        std::cmp::Ordering::Equal if language => Line::General,
        _ => Line::Other,
    }
}

/// How much of the role's defining skills the person has, in thousandths: the match over
/// the known core requirements (credit capped at the required level, as in the match), of
/// the lead skill alone (`lead_only`) or of all of them.
fn core_credit(role: &Role, levels: &Levels, lead_only: bool) -> u32 {
    let (mut earned, mut max) = (0u32, 0u32);
    let count = if lead_only { 1 } else { usize::MAX };
    for req in role.core_requirements().take(count) {
        let Some(&level) = levels.get(&req.skill) else {
            continue;
        };
        let weight = u32::from(req.weight);
        let required = u32::from(req.level.max(1));
        earned += weight * 1000 * u32::from(level).min(required) / required;
        max += weight;
    }
    earned.checked_div(max).unwrap_or(0)
}

/// Every role's match from trusted levels, best fit first:
/// 1. roles with low confidence last (a match resting on less than half of a profile says
///    little);
/// 2. junior titles after all others once the answers support more ([`supported_seniority`]);
/// 3. better readiness first ("ready now", then "close", then "stretch");
/// 4. the person's own line of work first; among roles ready now or close, general titles
///    next and other specialist titles last ([`Line`]);
/// 5. fewer core needs the quiz can't see first, except in the person's own line;
/// 6. the seniority nearest to the one the answers support: a senior sees Senior first;
/// 7. the nearest in the skill the title is named after: the credit of its lead skill (the
///    first defining skill: Python for Python Developer, Coding for the general titles);
/// 8. the larger share of all its defining skills (the match over its core skills only);
/// 9. the role whose defining skills are all strongest for the person first (`core_floor`);
/// 10. the higher match; then role file order.
pub fn rank_levels(catalog: &Catalog, levels: &Levels) -> Vec<RoleMatch> {
    let mut ranking: Vec<(&Role, RoleMatch)> = catalog
        .roles
        .iter()
        .map(|r| (r, score_levels(r, levels)))
        .collect();
    let supported = supported_seniority(catalog, levels, &ranking);
    small::sort_by_key(&mut ranking, |(role, m)| {
        let junior_below = role.seniority == Seniority::Junior && supported > Seniority::Junior;
        let line = line_of_work(catalog, role, levels);
        // Among stretches only the person's own line stands out: the rest are all far.
        let line_rank = match (m.readiness, line) {
            (Readiness::Stretch, Line::Other) => Line::General,
            _ => line,
        };
        // What the quiz can't see counts against a role, but not in the person's own line:
        // the readiness word still names it.
        let unseen = match line {
            Line::Own => 0,
            _ => m.unmeasured_core.len(),
        };
        (
            m.confidence == Confidence::Low,
            junior_below,
            std::cmp::Reverse(m.readiness),
            std::cmp::Reverse(line_rank),
            unseen,
            (role.seniority as i8 - supported as i8).unsigned_abs(),
            std::cmp::Reverse(core_credit(role, levels, true)),
            std::cmp::Reverse(core_credit(role, levels, false)),
            std::cmp::Reverse(m.core_floor),
            std::cmp::Reverse(m.percent),
        )
    });
    ranking.into_iter().map(|(_, m)| m).collect()
}

/// The seniority the answers support: the most senior level at which some back-end title is
/// "ready now"; else mid-level when a mid-level back-end title in the person's own line of
/// work is "close" with a match of [`READY_FROM`] or more (only a level on a defining skill
/// is missing: a tester nearly ready for QA is past the junior developer title); else junior.
fn supported_seniority(
    catalog: &Catalog,
    levels: &Levels,
    ranking: &[(&Role, RoleMatch)],
) -> Seniority {
    let back_end = ranking
        .iter()
        .filter(|(r, m)| r.family == RoleFamily::BackEnd && m.confidence == Confidence::Normal);
    let ready = back_end
        .clone()
        .filter(|(_, m)| m.readiness == Readiness::ReadyNow)
        .map(|(r, _)| r.seniority)
        .max();
    let nearly_in_own_line = back_end.clone().any(|(r, m)| {
        r.seniority == Seniority::Mid
            && m.readiness == Readiness::Close
            && m.percent >= READY_FROM
            && line_of_work(catalog, r, levels) == Line::Own
    });
    let nearly = nearly_in_own_line.then_some(Seniority::Mid);
    ready.max(nearly).unwrap_or(Seniority::Junior)
}

/// The default target: the best-ranked back-end title (the answer to the person's
/// question; related careers are where they could go next).
pub fn best_back_end<'a>(catalog: &'a Catalog, ranking: &[RoleMatch]) -> Option<&'a Role> {
    ranking
        .iter()
        .filter_map(|m| catalog.role(&m.role))
        .find(|r| r.family == RoleFamily::BackEnd)
}

/// Every role's match for these answers, best first (see [`rank_levels`]).
pub fn rank_roles(catalog: &Catalog, answers: &Answers) -> Vec<RoleMatch> {
    rank_levels(catalog, &effective_levels(catalog, answers))
}

#[cfg(test)]
#[path = "ranking_tests.rs"]
mod tests;
