//! Two results side by side (before and after, or a person and their mentor): every
//! skill's level with the difference, how the top roles and their matches differ, and
//! what one has that the other lacks. Each side is computed by [`results`], so the
//! comparison shows exactly what each result page shows.
//!
//! Differences are always B minus A, so with A = before and B = after a positive number
//! is progress. Unknown skills (skipped or not rated) have no difference: unknown is not
//! zero, as in the scoring.

mod target;
pub use target::aim_sentence;

use super::answers::Answers;
use super::calibration::{CalibrationStatus, SkillCalibration};
use super::catalog::{Catalog, RoleFamily};
use super::results::{results, Results, TOP_ROLES};
use super::scoring::{Confidence, Readiness, RoleMatch};

/// A skill counts as something one side has and the other lacks from this many levels up.
pub const CLEAR_LEAD: u8 = 2;

/// One side's level of a skill: the trusted level the scoring uses, or why there is none.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SideLevel {
    Level(u8),
    Skipped,
    NotRated,
}

impl SideLevel {
    pub fn of(calibration: &SkillCalibration) -> Self {
        match (calibration.effective, calibration.status) {
            (Some(level), _) => SideLevel::Level(level),
            (None, CalibrationStatus::Skipped) => SideLevel::Skipped,
            (None, _) => SideLevel::NotRated,
        }
    }

    pub fn level(self) -> Option<u8> {
        match self {
            SideLevel::Level(l) => Some(l),
            _ => None,
        }
    }

    /// "3", "skipped" or "not rated".
    pub fn label(self) -> String {
        match self {
            SideLevel::Level(l) => l.to_string(),
            SideLevel::Skipped => "skipped".into(),
            SideLevel::NotRated => "not rated".into(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SkillRow {
    pub skill: String,
    pub a: SideLevel,
    pub b: SideLevel,
    /// B's level minus A's, when both are known.
    pub difference: Option<i16>,
}

/// One side's match for a role.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RoleSide {
    pub percent: u8,
    pub readiness: Readiness,
    pub confidence: Confidence,
    /// Place among this side's back-end job titles, 1 = its best back-end match (as its
    /// own results list them; related careers are not counted).
    pub rank: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoleRow {
    pub role: String,
    pub a: RoleSide,
    pub b: RoleSide,
    /// B's match minus A's, in percentage points.
    pub difference: i16,
}

/// A skill where one side is at least [`CLEAR_LEAD`] levels above the other.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SkillLead {
    pub skill: String,
    pub higher: u8,
    pub lower: u8,
}

/// What one side has that the other lacks.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Lead {
    /// In catalog order.
    pub skills: Vec<SkillLead>,
    /// Roles "ready now" for this side and not for the other, in this side's ranking order.
    pub ready_roles: Vec<String>,
}

impl Lead {
    pub fn is_empty(&self) -> bool {
        self.skills.is_empty() && self.ready_roles.is_empty()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub a: Results,
    pub b: Results,
    /// Every skill, in catalog order.
    pub skills: Vec<SkillRow>,
    /// The back-end titles in either side's top [`TOP_ROLES`]: A's top first in A's order,
    /// then the rest of B's top in B's order.
    pub roles: Vec<RoleRow>,
    pub a_over_b: Lead,
    pub b_over_a: Lead,
}

pub fn compare(catalog: &Catalog, a: &Answers, b: &Answers) -> Comparison {
    let (a, b) = (results(catalog, a), results(catalog, b));
    let skills: Vec<SkillRow> = a
        .calibration
        .iter()
        .zip(&b.calibration)
        .map(|(ca, cb)| {
            let (la, lb) = (SideLevel::of(ca), SideLevel::of(cb));
            SkillRow {
                skill: ca.skill.clone(),
                a: la,
                b: lb,
                difference: la
                    .level()
                    .zip(lb.level())
                    .map(|(x, y)| i16::from(y) - i16::from(x)),
            }
        })
        .collect();
    let mut top: Vec<&str> = Vec::new();
    for m in a
        .of_family(catalog, RoleFamily::BackEnd)
        .take(TOP_ROLES)
        .chain(b.of_family(catalog, RoleFamily::BackEnd).take(TOP_ROLES))
    {
        if !top.contains(&m.role.as_str()) {
            top.push(&m.role);
        }
    }
    let roles = top
        .into_iter()
        .filter_map(|id| {
            let (ra, rb) = (side(catalog, &a, id)?, side(catalog, &b, id)?);
            Some(RoleRow {
                role: id.to_string(),
                a: ra,
                b: rb,
                difference: i16::from(rb.percent) - i16::from(ra.percent),
            })
        })
        .collect();
    let a_over_b = lead(&skills, |r| (r.a, r.b), &a.ranking, &b.ranking);
    let b_over_a = lead(&skills, |r| (r.b, r.a), &b.ranking, &a.ranking);
    Comparison {
        skills,
        roles,
        a_over_b,
        b_over_a,
        a,
        b,
    }
}

fn side(catalog: &Catalog, results: &Results, role: &str) -> Option<RoleSide> {
    let (i, m) = results
        .of_family(catalog, RoleFamily::BackEnd)
        .enumerate()
        .find(|(_, m)| m.role == role)?;
    Some(RoleSide {
        percent: m.percent,
        readiness: m.readiness,
        confidence: m.confidence,
        rank: i + 1,
    })
}

/// What `mine` has that `theirs` lacks; `pick` gives (mine, theirs) of a skill row.
fn lead(
    skills: &[SkillRow],
    pick: impl Fn(&SkillRow) -> (SideLevel, SideLevel),
    mine: &[RoleMatch],
    theirs: &[RoleMatch],
) -> Lead {
    let skills = skills
        .iter()
        .filter_map(|row| {
            let (m, t) = pick(row);
            let (higher, lower) = (m.level()?, t.level()?);
            (higher >= lower + CLEAR_LEAD).then(|| SkillLead {
                skill: row.skill.clone(),
                higher,
                lower,
            })
        })
        .collect();
    let ready = |m: &RoleMatch| m.readiness == Readiness::ReadyNow;
    let ready_roles = mine
        .iter()
        .filter(|m| ready(m) && !theirs.iter().any(|t| t.role == m.role && ready(t)))
        .map(|m| m.role.clone())
        .collect();
    Lead {
        skills,
        ready_roles,
    }
}

#[cfg(test)]
mod tests;
