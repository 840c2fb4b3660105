//! resources.json: resources and learning paths.

use super::{Catalog, Known, Report, Resource, RESOURCES};
use std::collections::BTreeSet;

/// Resources help reach levels 1 (first steps) to 5 (expert); 0 is "none yet".
const HIGHEST_LEVEL: u8 = 5;

pub(super) fn check(c: &Catalog, known: &Known, report: &mut Report) {
    report.unique_ids(
        RESOURCES,
        "resource",
        c.resources.iter().map(|x| x.id.as_str()),
    );
    for r in &c.resources {
        report.non_empty(RESOURCES, &r.id, "title", &r.title);
        report.https(RESOURCES, &r.id, &r.url);
        check_teaches(r, known, report);
    }
    report.unique_ids(RESOURCES, "path", c.paths.iter().map(|x| x.id.as_str()));
    for p in &c.paths {
        report.non_empty(RESOURCES, &p.id, "title", &p.title);
        report.non_empty(RESOURCES, &p.id, "summary", &p.summary);
        if p.resources.is_empty() {
            report.add(RESOURCES, &p.id, "path lists no resources");
        }
        report.references(RESOURCES, &p.id, "resource", &p.resources, &known.resources);
    }
}

/// Each skill a resource teaches is known, named once, with levels `[lowest, highest]`
/// within 1-5: the plan picks resources by them.
fn check_teaches(r: &Resource, known: &Known, report: &mut Report) {
    let mut seen = BTreeSet::new();
    for t in &r.skills {
        report.reference(RESOURCES, &r.id, "skill", &t.skill, &known.skills);
        if !seen.insert(t.skill.as_str()) {
            report.add(
                RESOURCES,
                &r.id,
                format!("skill `{}` is named twice", t.skill),
            );
        }
        let well_formed = match t.levels.as_slice() {
            &[low, high] => 1 <= low && low <= high && high <= HIGHEST_LEVEL,
            _ => false,
        };
        if !well_formed {
            report.add(
                RESOURCES,
                &r.id,
                format!(
                    "levels {:?} for `{}` must be [lowest, highest], from 1 to {HIGHEST_LEVEL}",
                    t.levels, t.skill
                ),
            );
        }
    }
}
