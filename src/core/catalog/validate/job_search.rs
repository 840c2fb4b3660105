//! job-search.json: job boards, the job-search steps and their order, and the two texts.

use super::{Catalog, Known, Report, JOB_SEARCH};
use crate::core::small::{inserted, ListSet};

pub(super) fn check(c: &Catalog, known: &Known, report: &mut Report) {
    let js = &c.job_search;
    report.unique_ids(JOB_SEARCH, "board", js.boards.iter().map(|x| x.id.as_str()));
    for b in &js.boards {
        let id = b.id.as_str();
        report.non_empty(JOB_SEARCH, id, "name", &b.name);
        match (&b.url, &b.note) {
            (Some(url), _) => report.https(JOB_SEARCH, id, url),
            (None, None) => report.add(
                JOB_SEARCH,
                id,
                "a board without a url needs a note saying why",
            ),
            (None, Some(_)) => {}
        }
        if let Some(note) = &b.note {
            report.non_empty(JOB_SEARCH, id, "note", note);
        }
        if b.skills.is_empty() && b.roles.is_empty() {
            report.add(JOB_SEARCH, id, "board is for no skill and no role");
        }
        report.references(JOB_SEARCH, id, "skill", &b.skills, &known.skills);
        report.references(JOB_SEARCH, id, "role", &b.roles, &known.roles);
    }

    report.unique_ids(JOB_SEARCH, "step", js.steps.iter().map(|x| x.id.as_str()));
    if js.steps.is_empty() {
        report.add(JOB_SEARCH, "steps", "no steps");
    }
    for s in &js.steps {
        let id = s.id.as_str();
        report.non_empty(JOB_SEARCH, id, "title", &s.title);
        report.non_empty(JOB_SEARCH, id, "text", &s.text);
        report.non_empty(JOB_SEARCH, id, "resource title", &s.resource.title);
        report.https(JOB_SEARCH, id, &s.resource.url);
    }

    let steps: ListSet<&str> = inserted(js.steps.iter().map(|s| s.id.as_str()));
    for (entry, order) in [
        ("order/junior", &js.order.junior),
        ("order/senior", &js.order.senior),
    ] {
        let mut listed = ListSet::default();
        for id in order {
            report.reference(JOB_SEARCH, entry, "step", id, &steps);
            if !listed.insert(id.as_str()) {
                report.add(JOB_SEARCH, entry, format!("lists step `{id}` twice"));
            }
        }
        for id in steps.iter().filter(|id| !listed.contains(id)) {
            report.add(JOB_SEARCH, entry, format!("leaves out step `{id}`"));
        }
    }

    report.non_empty(JOB_SEARCH, "freelance", "freelance", &js.freelance);
    report.non_empty(JOB_SEARCH, "degrees", "degrees", &js.degrees);
}
