//! resources.json: resources and learning paths.

use super::{Catalog, Known, Report, RESOURCES};

pub(super) fn check(c: &Catalog, known: &Known, report: &mut Report) {
    report.unique_ids(
        RESOURCES,
        "resource",
        c.resources.iter().map(|x| x.id.as_str()),
    );
    for r in &c.resources {
        report.non_empty(RESOURCES, &r.id, "title", &r.title);
        report.https(RESOURCES, &r.id, &r.url);
        report.references(RESOURCES, &r.id, "skill", &r.skills, &known.skills);
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
