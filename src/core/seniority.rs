//! Junior or senior: does the person look ready for the junior or the senior back-end role?
//!
//! The seed names what separates the two: experience, teamwork, project management, the
//! ability to keep learning quickly, efficient troubleshooting and knowledge of front-end
//! technologies. Experience (years on the job) is not something a self-rating measures, so
//! it is left out and said so; the other five map to skills (see [`SIGNALS`]). The rule
//! reads the readiness of the same [`RoleMatch`] the role cards show, so the verdict can
//! never say more than the cards:
//! - senior-ready: the Senior Back End Developer card says "ready now" AND at least
//!   [`SENIOR_SIGNALS_NEEDED`] of the five signals are at level [`SENIOR_LEVEL`] or above;
//! - otherwise junior-ready: the Junior Back End Developer card says "ready now";
//! - otherwise too early to say: the junior match rests on less than half of its profile
//!   (low confidence);
//! - otherwise close to junior: the junior card says "close";
//! - otherwise not yet.

use super::calibration::Levels;
use super::catalog::Catalog;
use super::scoring::{score_levels, Confidence, Readiness, RoleMatch};

pub const JUNIOR_ROLE: &str = "junior-back-end-developer";
pub const SENIOR_ROLE: &str = "senior-back-end-developer";
/// A signal counts as senior at this trusted level (level 4 descriptions lead and design).
pub const SENIOR_LEVEL: u8 = 4;
/// How many of the five signals must be at [`SENIOR_LEVEL`].
pub const SENIOR_SIGNALS_NEEDED: usize = 4;

/// One of the seed's junior/senior differences and the skills that show it. With two
/// skills, the lower known level counts (front-end knowledge needs both).
pub struct SignalDef {
    pub name: &'static str,
    pub skills: &'static [&'static str],
}

pub const SIGNALS: [SignalDef; 5] = [
    SignalDef {
        name: "teamwork",
        skills: &["communication"],
    },
    SignalDef {
        name: "project management",
        skills: &["organisation"],
    },
    SignalDef {
        name: "learning quickly",
        skills: &["problem-solving"],
    },
    SignalDef {
        name: "efficient troubleshooting",
        skills: &["debugging-testing"],
    },
    SignalDef {
        name: "front-end knowledge",
        skills: &["html-css", "javascript"],
    },
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Suitability {
    SeniorReady,
    JuniorReady,
    /// The junior card says "close": applying soon, not yet.
    JuniorClose,
    /// Too little is known: the junior match has low confidence.
    TooEarly,
    NotYet,
}

impl Suitability {
    pub fn label(self) -> &'static str {
        match self {
            Suitability::SeniorReady => "senior-ready",
            Suitability::JuniorReady => "junior-ready",
            Suitability::JuniorClose => "close to junior-ready",
            Suitability::TooEarly => "too early to say",
            Suitability::NotYet => "not junior-ready yet",
        }
    }
}

/// One signal's trusted level; `None` when all its skills are unknown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signal {
    pub name: &'static str,
    pub level: Option<u8>,
    pub senior: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SeniorityVerdict {
    pub suitability: Suitability,
    pub junior_percent: u8,
    pub senior_percent: u8,
    /// The five signals in [`SIGNALS`] order.
    pub signals: Vec<Signal>,
    /// The match the verdict speaks of (Senior's when senior-ready, else Junior's): the
    /// same [`score_levels`] result its role card shows. `None` without that role.
    pub about: Option<RoleMatch>,
}

impl SeniorityVerdict {
    /// Names of the signals not yet at senior level, in [`SIGNALS`] order.
    pub fn to_grow(&self) -> Vec<&'static str> {
        self.signals
            .iter()
            .filter(|s| !s.senior)
            .map(|s| s.name)
            .collect()
    }

    /// What the results list under "What grows toward senior": each signal not yet at
    /// senior level with the skills that show it ("learning quickly (Critical thinking and
    /// problem solving)"), as the article's words alone name no skill of the quiz. Nothing
    /// once senior-ready: the verdict has just said so.
    pub fn to_grow_with_skills(&self, catalog: &Catalog) -> Vec<String> {
        if self.suitability == Suitability::SeniorReady {
            return Vec::new();
        }
        // `signals` are in SIGNALS order.
        self.signals
            .iter()
            .zip(&SIGNALS)
            .filter(|(signal, _)| !signal.senior)
            .map(|(_, def)| {
                let skills: Vec<&str> = def.skills.iter().map(|s| catalog.skill_name(s)).collect();
                format!("{} ({})", def.name, skills.join(" and "))
            })
            .collect()
    }
}

/// The verdict from trusted levels. A role missing from the catalog counts as 0% and
/// "stretch".
pub fn seniority(catalog: &Catalog, levels: &Levels) -> SeniorityVerdict {
    let matched = |id: &str| catalog.role(id).map(|r| score_levels(r, levels));
    let (junior, senior) = (matched(JUNIOR_ROLE), matched(SENIOR_ROLE));
    let percent = |m: &Option<RoleMatch>| m.as_ref().map_or(0, |m| m.percent);
    let readiness = |m: &Option<RoleMatch>| m.as_ref().map_or(Readiness::Stretch, |m| m.readiness);
    let signals: Vec<Signal> = SIGNALS
        .iter()
        .map(|def| {
            let level = def
                .skills
                .iter()
                .filter_map(|s| levels.get(*s))
                .min()
                .copied();
            Signal {
                name: def.name,
                level,
                senior: level.is_some_and(|l| l >= SENIOR_LEVEL),
            }
        })
        .collect();
    let senior_signals = signals.iter().filter(|s| s.senior).count();
    let junior_low = junior
        .as_ref()
        .is_none_or(|m| m.confidence == Confidence::Low);
    let suitability =
        if readiness(&senior) == Readiness::ReadyNow && senior_signals >= SENIOR_SIGNALS_NEEDED {
            Suitability::SeniorReady
        } else if readiness(&junior) == Readiness::ReadyNow {
            Suitability::JuniorReady
        } else if junior_low {
            Suitability::TooEarly
        } else if readiness(&junior) == Readiness::Close {
            Suitability::JuniorClose
        } else {
            Suitability::NotYet
        };
    SeniorityVerdict {
        suitability,
        junior_percent: percent(&junior),
        senior_percent: percent(&senior),
        signals,
        about: if suitability == Suitability::SeniorReady {
            senior
        } else {
            junior
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::fixtures::scoring_catalog;
    use crate::core::scoring::CLOSE_FROM;

    fn levels(pairs: &[(&str, u8)]) -> Levels {
        pairs.iter().map(|(s, l)| (s.to_string(), *l)).collect()
    }

    const SOFT_AND_FRONT: [&str; 6] = [
        "communication",
        "organisation",
        "problem-solving",
        "debugging-testing",
        "html-css",
        "javascript",
    ];

    fn everything(level: u8) -> Levels {
        scoring_catalog()
            .skills
            .iter()
            .map(|s| (s.id.clone(), level))
            .collect()
    }

    #[test]
    fn strong_all_round_is_senior_ready() {
        let v = seniority(&scoring_catalog(), &everything(5));
        assert_eq!(v.suitability, Suitability::SeniorReady);
        assert!(v.to_grow().is_empty());
    }

    #[test]
    fn strong_technically_but_weak_signals_is_junior_ready() {
        let mut l = everything(5);
        for s in ["communication", "organisation"] {
            l.insert(s.into(), 2);
        }
        let v = seniority(&scoring_catalog(), &l);
        assert!(v.senior_percent >= CLOSE_FROM);
        assert_eq!(v.suitability, Suitability::JuniorReady);
        assert_eq!(v.to_grow(), ["teamwork", "project management"]);
        let c = scoring_catalog();
        let named = v.to_grow_with_skills(&c);
        assert_eq!(named.len(), 2);
        assert!(named[0].starts_with("teamwork ("), "{named:?}");
        assert!(
            named[0].contains(c.skill_name("communication")),
            "{named:?}"
        );
    }

    #[test]
    fn nothing_grows_toward_senior_once_senior_ready() {
        // Four of the five signals senior is enough: the fifth is not listed after "ready".
        let mut l = everything(5);
        l.insert("organisation".into(), 2);
        let v = seniority(&scoring_catalog(), &l);
        assert_eq!(v.suitability, Suitability::SeniorReady);
        assert_eq!(v.to_grow(), ["project management"]);
        assert!(v.to_grow_with_skills(&scoring_catalog()).is_empty());
    }

    #[test]
    fn front_end_counts_the_lower_of_html_css_and_javascript() {
        let mut l = everything(5);
        l.insert("javascript".into(), 1);
        let v = seniority(&scoring_catalog(), &l);
        assert_eq!(v.signals[4].level, Some(1));
        assert!(!v.signals[4].senior);
        // Four of five still senior.
        assert_eq!(v.suitability, Suitability::SeniorReady);
    }

    #[test]
    fn signals_alone_do_not_make_a_senior() {
        let l = levels(&SOFT_AND_FRONT.map(|s| (s, 5)));
        let v = seniority(
            &scoring_catalog(),
            &everything(0).into_iter().chain(l).collect(),
        );
        assert!(v.senior_percent < CLOSE_FROM);
        assert_ne!(v.suitability, Suitability::SeniorReady);
    }

    #[test]
    fn nothing_known_is_too_early_to_say() {
        let v = seniority(&scoring_catalog(), &Levels::new());
        assert_eq!(v.suitability, Suitability::TooEarly);
        assert!(v.signals.iter().all(|s| s.level.is_none()));
    }
}
