//! resources.json: resources and learning paths.

use super::{Catalog, Known, Report, Resource, RESOURCES};
use crate::core::small::ListSet;

pub(super) fn check(c: &Catalog, known: &Known, report: &mut Report) {
    report.unique_ids(
        RESOURCES,
        "resource",
        c.resources.iter().map(|x| x.id.as_str()),
    );
    for r in &c.resources {
        report.non_empty(RESOURCES, &r.id, "title", &r.title);
        report.https(RESOURCES, &r.id, &r.url);
        check_tags(r, known, report);
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

/// Each tag names a known skill, once, with well-formed levels: the plan picks resources
/// by them.
fn check_tags(r: &Resource, known: &Known, report: &mut Report) {
    let mut seen = ListSet::default();
    for (text, tag) in r.skills.iter().zip(r.tags()) {
        report.reference(RESOURCES, &r.id, "skill", tag.skill, &known.skills);
        if !seen.insert(tag.skill) {
            let message = format!("skill `{}` is tagged twice", tag.skill);
            report.add(RESOURCES, &r.id, message);
        }
        if tag.levels.is_none() {
            let message = format!(
                "tag `{text}` must be a skill id and the levels it helps reach, \
                 lowest-highest from 1 to 5, such as `sql 1-2`"
            );
            report.add(RESOURCES, &r.id, message);
        }
    }
}
