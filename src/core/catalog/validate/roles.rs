//! roles.json: profiles, related roles, pivots and resources.

use super::{Catalog, Known, Report, Role, RoleFamily, ROLES};
use crate::core::answers::MAX_LEVEL;
use std::collections::BTreeSet;

pub(super) fn check(c: &Catalog, known: &Known, report: &mut Report) {
    report.unique_ids(ROLES, "role", c.roles.iter().map(|x| x.id.as_str()));
    for role in &c.roles {
        check_role(role, known, report);
    }
}

fn check_role(role: &Role, known: &Known, report: &mut Report) {
    let id = role.id.as_str();
    report.non_empty(ROLES, id, "title", &role.title);
    report.non_empty(ROLES, id, "summary", &role.summary);
    if role.profile.is_empty() {
        report.add(ROLES, id, "profile is empty");
    }
    let mut profiled = BTreeSet::new();
    for req in &role.profile {
        report.reference(ROLES, id, "profile skill", &req.skill, &known.skills);
        if !profiled.insert(req.skill.as_str()) {
            report.add(
                ROLES,
                id,
                format!("profile lists skill `{}` twice", req.skill),
            );
        }
        if req.level > MAX_LEVEL {
            let (skill, level) = (&req.skill, req.level);
            report.add(
                ROLES,
                id,
                format!("profile level {level} for `{skill}` is above {MAX_LEVEL}"),
            );
        }
        if !(1..=3).contains(&req.weight) {
            let (skill, weight) = (&req.skill, req.weight);
            report.add(
                ROLES,
                id,
                format!("profile weight {weight} for `{skill}` is outside 1 to 3"),
            );
        }
    }
    report.references(ROLES, id, "related role", &role.related, &known.roles);
    if role.related.iter().any(|r| r == id) {
        report.add(ROLES, id, "role lists itself as related");
    }
    match &role.pivot {
        Some(pivot) => {
            report.non_empty(ROLES, id, "pivot summary", &pivot.summary);
            if pivot.skills.is_empty() {
                report.add(ROLES, id, "pivot names no skills");
            }
            report.references(ROLES, id, "pivot skill", &pivot.skills, &known.skills);
            report.references(
                ROLES,
                id,
                "pivot resource",
                &pivot.resources,
                &known.resources,
            );
        }
        None if role.family == RoleFamily::Related => {
            report.add(ROLES, id, "related-family role needs a pivot")
        }
        None => {}
    }
    report.references(ROLES, id, "resource", &role.resources, &known.resources);
}
