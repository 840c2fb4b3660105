//! The learning plan: up to five ordered steps toward one target role, each a skill and the level to reach.
//!
//! Rule (worked by hand in `docs/scoring.md`):
//! 1. The target: the role the person picked, else the best back-end match
//!    ([`best_back_end`]). Nothing is raised only for a role the person did not choose.
//! 2. Repeatedly: every known skill below the highest level a target role needs is a
//!    candidate to go up ONE level. Its benefit is the sum, over the target roles, of the
//!    shown match gain ([`score_levels`] with the level raised); ties go to more roles
//!    raised, then catalog order. If the winner has a prerequisite below level 2
//!    ([`first_missing`]), that prerequisite is taught first, straight to level 2.
//!    The pick raises the level and is merged into the last step when it is the same skill;
//!    otherwise it starts a new step. Stop when no candidate is left or a sixth step would
//!    start.
//! 3. Each step lists the target roles it raises (before/after match) and up to
//!    [`MAX_RESOURCES`] resources that fit the skill and the levels it raises, "start
//!    here" first, none twice in the plan ([`super::plan_resources`]).

use super::answers::Answers;
use super::calibration::{effective_levels, Levels};
use super::catalog::{Catalog, Role};
use super::plan_resources;
pub use super::plan_resources::MAX_RESOURCES;
use super::prerequisites::{first_missing, PREREQUISITE_LEVEL};
use super::scoring::{best_back_end, rank_levels, score_levels};
use crate::core::small::ListSet;

/// A target with at least this many gap skills gets at least this many steps.
pub const MIN_STEPS: usize = 3;
pub const MAX_STEPS: usize = 5;

/// One target role's match before and after a step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoleGain {
    pub role: String,
    pub before: u8,
    pub after: u8,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanStep {
    pub skill: String,
    pub from: u8,
    pub to: u8,
    /// The target roles that need more of this skill, in ranking order.
    pub raises: Vec<RoleGain>,
    /// Sum of `after - before` over `raises`: match points gained.
    pub points: u32,
    /// Set when this step was planned because another skill builds on it.
    pub unlocks: Option<String>,
    pub why: String,
    /// Resource ids, at most [`MAX_RESOURCES`]; the first is the "start here" one.
    pub resources: Vec<String>,
}

/// The plan for these answers (checks applied).
pub fn learning_plan(catalog: &Catalog, answers: &Answers) -> Vec<PlanStep> {
    plan_from_levels(catalog, &effective_levels(catalog, answers))
}

/// The plan from trusted levels, aimed at the default target (see the module rule, step 1).
pub fn plan_from_levels(catalog: &Catalog, levels: &Levels) -> Vec<PlanStep> {
    let target = best_back_end(catalog, &rank_levels(catalog, levels));
    plan_for_targets(catalog, levels, target.as_slice())
}

/// The plan aimed at the given roles, e.g. one role the person picked.
pub fn plan_for_targets(catalog: &Catalog, levels: &Levels, targets: &[&Role]) -> Vec<PlanStep> {
    let mut levels = levels.clone();
    // (skill, from, to, unlocks, levels before the step)
    let mut drafts: Vec<(String, u8, u8, Option<String>, Levels)> = Vec::new();
    while let Some(best) = best_candidate(catalog, targets, &levels) {
        let (skill, to, unlocks) = match first_missing(&best, &levels) {
            Some(pre) => (pre.to_string(), PREREQUISITE_LEVEL, Some(best)),
            None => {
                let to = levels[&best] + 1;
                (best, to, None)
            }
        };
        let full = drafts.len() == MAX_STEPS;
        match drafts.last_mut() {
            Some(last) if last.0 == skill => last.2 = to,
            _ if full => break,
            _ => drafts.push((skill.clone(), levels[&skill], to, unlocks, levels.clone())),
        }
        levels.insert(skill, to);
    }
    // Resources are picked in step order, so an earlier step keeps the one both could use.
    let mut used = ListSet::default();
    drafts
        .into_iter()
        .map(|(skill, from, to, unlocks, before)| {
            let raises = gains(targets, &before, &skill, to);
            let points = raises.iter().map(|g| u32::from(g.after - g.before)).sum();
            let why = why(catalog, &skill, unlocks.as_deref(), &raises, points);
            let resources = plan_resources::for_step(catalog, &skill, from, to, &mut used);
            PlanStep {
                skill,
                from,
                to,
                raises,
                points,
                unlocks,
                why,
                resources,
            }
        })
        .collect()
}

/// The skill whose next level gains the most shown match points over the target roles.
fn best_candidate(catalog: &Catalog, targets: &[&Role], levels: &Levels) -> Option<String> {
    let mut best: Option<(u32, usize, &str)> = None;
    for skill in &catalog.skills {
        let Some(&level) = levels.get(&skill.id) else {
            continue;
        };
        let needed = targets
            .iter()
            .flat_map(|r| &r.profile)
            .filter(|req| req.skill == skill.id)
            .map(|req| req.level)
            .max()
            .unwrap_or(0);
        if level >= needed {
            continue;
        }
        let raises = gains(targets, levels, &skill.id, level + 1);
        let points: u32 = raises.iter().map(|g| u32::from(g.after - g.before)).sum();
        // Strictly greater: earlier skills in catalog order win ties.
        if best.is_none_or(|(p, n, _)| (points, raises.len()) > (p, n)) {
            best = Some((points, raises.len(), &skill.id));
        }
    }
    best.map(|(_, _, skill)| skill.to_string())
}

/// The target roles that need `skill` above its current level, with their match before
/// and after raising it to `to`.
fn gains(targets: &[&Role], levels: &Levels, skill: &str, to: u8) -> Vec<RoleGain> {
    let now = levels.get(skill).copied().unwrap_or(0);
    let mut raised = levels.clone();
    raised.insert(skill.to_string(), to);
    targets
        .iter()
        .filter(|r| r.profile.iter().any(|q| q.skill == skill && q.level > now))
        .map(|r| RoleGain {
            role: r.id.clone(),
            before: score_levels(r, levels).percent,
            after: score_levels(r, &raised).percent,
        })
        .collect()
}

fn why(
    catalog: &Catalog,
    skill: &str,
    unlocks: Option<&str>,
    raises: &[RoleGain],
    points: u32,
) -> String {
    let name = |id: &str| catalog.skill_name(id).to_string();
    let mut parts = Vec::new();
    if let Some(next) = unlocks {
        parts.push(format!(
            "{} builds on {}, so it comes first.",
            name(next),
            name(skill)
        ));
    }
    if !raises.is_empty() {
        let titles: Vec<String> = raises
            .iter()
            .map(|g| {
                catalog
                    .role(&g.role)
                    .map_or(g.role.clone(), |r| r.title.clone())
            })
            .collect();
        let verb = if unlocks.is_some() {
            "It also raises"
        } else {
            "Raises"
        };
        parts.push(match titles.as_slice() {
            [one] => format!("{verb} {one} by {points} match points."),
            many => format!(
                "{verb} {} roles ({}) by {points} match points in total.",
                many.len(),
                many.join(", ")
            ),
        });
    }
    parts.join(" ")
}

#[cfg(test)]
#[path = "plan_tests.rs"]
mod tests;
