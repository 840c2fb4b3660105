//! The resources of each learning-plan step: chosen by the skill AND the levels the step
//! raises (each resource is tagged in `resources.json` with the levels it helps reach per
//! skill), with one "start here" resource first, and no resource twice in a plan.
//!
//! Rule (docs/data.md, "How the plan picks resources"): a resource fits a step raising a
//! skill from `from` to `to` when it serves one of the levels `from + 1 ..= to`. Fitting
//! resources not used by an earlier step are ranked by: serves the step's first level
//! (`from + 1`), then cost (free, freemium, paid), then fewer skills taught (a resource on
//! this skill before a whole curriculum), then the narrowest range around that first
//! level, then file order. The first is the "start here" resource.

use super::catalog::{Catalog, Resource};
use super::small;
use crate::core::small::ListSet;

pub const MAX_RESOURCES: usize = 3;

/// Up to [`MAX_RESOURCES`] resource ids for a step raising `skill` from `from` to `to`,
/// "start here" first; none in `used`, and the ones picked are added to it.
pub fn for_step(
    catalog: &Catalog,
    skill: &str,
    from: u8,
    to: u8,
    used: &mut ListSet<String>,
) -> Vec<String> {
    let first = from + 1;
    let mut found: Vec<(&Resource, (u8, u8))> = catalog
        .resources_for(skill)
        .filter(|r| !used.contains(&r.id))
        .filter_map(|r| Some((r, r.teaches(skill)?.levels?)))
        .filter(|&(_, (low, high))| low <= to && first <= high)
        .collect();
    small::sort_by_key(&mut found, |&(r, (low, high))| {
        let serves_first = low <= first && first <= high;
        let distance = first.abs_diff(low) + first.abs_diff(high);
        (!serves_first, r.cost, r.skills.len(), distance)
    });
    let picked: Vec<String> = found
        .into_iter()
        .take(MAX_RESOURCES)
        .map(|(r, _)| r.id.clone())
        .collect();
    used.extend(picked.iter().cloned());
    picked
}

#[cfg(test)]
#[path = "plan_resources_tests.rs"]
mod tests;
