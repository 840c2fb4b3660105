//! roles.json: profiles and their core skills, unmeasured needs, related roles, pivots and
//! resources.

use super::{Catalog, Known, Report, Role, RoleFamily, ROLES, UNMEASURED_NEED_MAX_CHARS};
use crate::core::answers::MAX_LEVEL;
use crate::core::small::ListSet;

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
    let mut profiled = ListSet::default();
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
        if req.is_core() && (req.weight != 3 || req.level == 0) {
            let (skill, level, weight) = (&req.skill, req.level, req.weight);
            report.add(
                ROLES,
                id,
                format!(
                    "core skill `{skill}` needs weight 3 and a level above 0 \
                     (has weight {weight}, level {level})"
                ),
            );
        }
    }
    if !role.profile.is_empty() && role.core_requirements().next().is_none() {
        report.add(ROLES, id, "profile marks no skill as core");
    }
    check_unmeasured(role, report);
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

/// Each unmeasured need is plain text: not empty, at most [`UNMEASURED_NEED_MAX_CHARS`]
/// characters, and not listed twice (ignoring case and surrounding spaces).
fn check_unmeasured(role: &Role, report: &mut Report) {
    let id = role.id.as_str();
    let mut seen = ListSet::default();
    for item in role.unmeasured() {
        let need = item.need.trim();
        if need.is_empty() {
            report.add(ROLES, id, "unmeasured need is empty");
            continue;
        }
        let chars = need.chars().count();
        if chars > UNMEASURED_NEED_MAX_CHARS {
            report.add(
                ROLES,
                id,
                format!(
                    "unmeasured need `{need}` is {chars} characters \
                     (at most {UNMEASURED_NEED_MAX_CHARS})"
                ),
            );
        }
        if !seen.insert(need.to_lowercase()) {
            report.add(
                ROLES,
                id,
                format!("unmeasured need `{need}` is listed twice"),
            );
        }
    }
}
