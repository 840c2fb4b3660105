//! The role profiles of `public/data/roles.json` against `docs/roles.md`: the page's tables
//! are the data (they cannot drift), its rules hold, and its "Who each back-end title is
//! for" is true: realistic people fit the back-end title meant for them at least as well as
//! any other role.

#[path = "../common/mod.rs"]
mod common;
mod fits;
use common::catalog;

use skillcheck::core::answers::{Answers, CheckOutcome, Rating};
use skillcheck::core::catalog::{Catalog, RoleFamily, SkillKind};
use skillcheck::core::checks;
use skillcheck::core::scoring::{rank_roles, score_role, Readiness};

fn roles_md() -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/roles.md");
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
}

/// The cells of a Markdown table row, trimmed.
fn cells(line: &str) -> Vec<&str> {
    let inner = line.trim().trim_start_matches('|').trim_end_matches('|');
    inner.split('|').map(str::trim).collect()
}

/// One role's section of docs/roles.md.
#[derive(Debug, Default)]
struct DocRole {
    title: String,
    id: String,
    /// (skill name, level, weight, core)
    rows: Vec<(String, u8, u8, bool)>,
    /// (need, core)
    unmeasured: Vec<(String, bool)>,
    /// "Not measured by the quiz: nothing this title needs."
    nothing: bool,
}

fn doc_roles(md: &str) -> Vec<DocRole> {
    let start = md
        .find("\n## The roles")
        .expect("docs/roles.md has '## The roles'");
    let mut roles: Vec<DocRole> = Vec::new();
    for line in md[start..].lines() {
        if let Some(title) = line.strip_prefix("### ") {
            roles.push(DocRole {
                title: title.to_string(),
                ..DocRole::default()
            });
            continue;
        }
        let Some(role) = roles.last_mut() else {
            continue;
        };
        if role.id.is_empty() && line.starts_with('`') {
            role.id = line.split('`').nth(1).unwrap().to_string();
        } else if line.starts_with("| ") && !line.starts_with("| Skill |") {
            let c = cells(line);
            assert_eq!(c.len(), 5, "{}: {line}", role.title);
            assert!(c[3].is_empty() || c[3] == "core", "{line}");
            role.rows.push((
                c[0].to_string(),
                c[1].parse().unwrap(),
                c[2].parse().unwrap(),
                c[3] == "core",
            ));
        } else if let Some(need) = line.strip_prefix("- (core) ") {
            role.unmeasured.push((need.to_string(), true));
        } else if let Some(need) = line.strip_prefix("- ") {
            role.unmeasured.push((need.to_string(), false));
        } else if line == "Not measured by the quiz: nothing this title needs." {
            role.nothing = true;
        }
    }
    roles
}

#[test]
fn docs_roles_md_tables_are_the_data() {
    let c = catalog();
    let md = roles_md();
    let doc = doc_roles(&md);
    let ids: Vec<&str> = doc.iter().map(|r| r.id.as_str()).collect();
    let data_ids: Vec<&str> = c.roles.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(
        ids, data_ids,
        "docs/roles.md lists every role, in file order"
    );
    for (d, role) in doc.iter().zip(&c.roles) {
        assert_eq!(d.title, role.title);
        let rows: Vec<(String, u8, u8, bool)> = role
            .profile
            .iter()
            .map(|r| {
                let name = c.skill(&r.skill).unwrap().name.clone();
                (name, r.level, r.weight, r.is_core())
            })
            .collect();
        assert_eq!(d.rows, rows, "{}: the table is the profile", role.id);
        let unmeasured: Vec<(String, bool)> = role
            .unmeasured()
            .iter()
            .map(|u| (u.need.clone(), u.core))
            .collect();
        assert_eq!(d.unmeasured, unmeasured, "{}: not measured", role.id);
        assert_eq!(d.nothing, unmeasured.is_empty(), "{}", role.id);
    }

    // The summary table: core skills and unmeasured needs (core ones in bold).
    let summary = &md[md.find("## Summary").unwrap()..md.find("\n## What changed").unwrap()];
    let rows: Vec<Vec<&str>> = summary
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| Role |"))
        .map(cells)
        .collect();
    assert_eq!(rows.len(), c.roles.len());
    for (row, role) in rows.iter().zip(&c.roles) {
        assert_eq!(row[0], role.title);
        let core: Vec<&str> = role
            .core_requirements()
            .map(|r| c.skill(&r.skill).unwrap().name.as_str())
            .collect();
        assert_eq!(row[3], core.join(", "), "{}", role.id);
        let needs: Vec<String> = role
            .unmeasured()
            .iter()
            .map(|u| match u.core {
                true => format!("**{}**", u.need),
                false => u.need.clone(),
            })
            .collect();
        let needs = if needs.is_empty() {
            "—".to_string()
        } else {
            needs.join("; ")
        };
        assert_eq!(row[4], needs, "{}", role.id);
    }
}

/// "How a profile is built": self-rated soft skills weigh 2 at most (Product Manager, whose
/// measurable part they are, aside), and every profile asks for its core skills at weight 3.
#[test]
fn profile_rules_of_docs_roles_md_hold() {
    let c = catalog();
    for role in &c.roles {
        for req in &role.profile {
            let soft = c.skill(&req.skill).unwrap().kind == SkillKind::Soft;
            if soft && role.id != "product-manager" {
                assert!(req.weight <= 2, "{}: {} weighs 3", role.id, req.skill);
            }
        }
        assert!(
            role.core_requirements().all(|r| r.weight == 3),
            "{}",
            role.id
        );
    }
}
