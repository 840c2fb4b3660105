//! The worked example of `docs/scoring.md` ("Sam"), recomputed against the real catalog.
//! If a role profile changes in `public/data/roles.json`, this fails: update the doc's
//! numbers with it.

mod common;
use common::catalog;

use skillcheck::core::answers::{Answers, CheckOutcome, Rating};
use skillcheck::core::calibration::{calibrate_skill, effective_levels};
use skillcheck::core::catalog::Catalog;
use skillcheck::core::checks;
use skillcheck::core::plan::plan_from_levels;
use skillcheck::core::results::results_for;
use skillcheck::core::scoring::{rank_levels, score_levels, score_role, Confidence, Readiness};
use skillcheck::core::seniority::{seniority, Suitability};

/// Answers the questions the quiz asks on `skill`, in order, with `outcomes`.
fn answer(c: &Catalog, a: &mut Answers, skill: &str, outcomes: &[CheckOutcome]) {
    for outcome in outcomes {
        let rated = a.level(skill).expect("rated");
        let asked = checks::for_skill(c, skill, rated, &a.checks, c.meta.data_version);
        let next = asked.iter().find(|q| !a.checks.contains_key(&q.id));
        let q = next.unwrap_or_else(|| panic!("no more {skill} questions"));
        a.checks.insert(q.id.clone(), *outcome);
    }
}

fn sam(c: &Catalog) -> Answers {
    let mut a = Answers::default();
    for (skill, level) in [
        ("python", 3),
        ("coding", 3),
        ("sql", 3),
        ("rest-apis", 2),
        ("git", 2),
        ("debugging-testing", 2),
        ("problem-solving", 3),
        ("software-engineering", 1),
        ("communication", 3),
        ("organisation", 2),
        ("web-development", 2),
        ("html-css", 2),
        ("javascript", 1),
        ("security", 1),
        ("developer-tools", 2),
        ("cloud-infrastructure", 1),
        ("optimisation", 1),
        ("java", 0),
        ("ruby-rails", 0),
        ("php-mysql", 0),
        ("nodejs", 0),
    ] {
        a.ratings.insert(skill.into(), Rating::Level(level));
    }
    a.ratings.insert("automation".into(), Rating::Skipped);
    use CheckOutcome::{Right, Skipped, Wrong};
    for (skill, outcomes) in [
        ("python", &[Wrong, Right][..]),
        ("coding", &[Right]),
        ("sql", &[Right]),
        ("rest-apis", &[Skipped]),
        ("git", &[Right]),
        ("debugging-testing", &[Wrong]),
        ("web-development", &[Right]),
        ("html-css", &[Right]),
        ("developer-tools", &[Right]),
        ("problem-solving", &[Right]),
        ("communication", &[Right]),
        ("organisation", &[Right]),
    ] {
        answer(c, &mut a, skill, outcomes);
    }
    a
}

#[test]
fn step_1_calibration() {
    let c = catalog();
    let a = sam(&c);
    let l = effective_levels(&c, &a);
    assert_eq!(l["python"], 2);
    assert_eq!(l["debugging-testing"], 1);
    assert_eq!(l["rest-apis"], 2);
    assert_eq!(l["sql"], 3);
    assert!(!l.contains_key("automation"));
    assert_eq!(
        calibrate_skill(&c, &a, "python").sentence,
        "You rated Python 3: the level-3 question was missed and the level-2 one answered right, so we count it at 2."
    );
}

#[test]
fn step_2_and_3_python_developer_match() {
    let c = catalog();
    let a = sam(&c);
    let role = c.role("python-developer").unwrap();
    let m = score_role(&c, &a, role);
    assert_eq!((m.known_weight, m.unknown_weight), (19, 1));
    assert_eq!(m.percent, 73);
    // Python, a defining skill, is two levels short: a stretch, whatever the match.
    assert_eq!(m.readiness, Readiness::Stretch);
    assert_eq!(m.confidence, Confidence::Normal);
    assert_eq!(m.unknown, ["automation"]);
    let gaps: Vec<(&str, u8, u8)> = m
        .gaps
        .iter()
        .map(|g| (g.skill.as_str(), g.now, g.needed))
        .collect();
    assert_eq!(
        gaps,
        [
            ("python", 2, 4),
            ("debugging-testing", 1, 3),
            ("rest-apis", 2, 3),
            ("git", 2, 3),
            ("software-engineering", 1, 2),
            ("security", 1, 2)
        ]
    );
    let strengths: Vec<&str> = m.strengths.iter().map(|s| s.skill.as_str()).collect();
    assert_eq!(
        strengths,
        ["sql", "coding", "problem-solving", "communication"]
    );

    // Had Sam said 0 for automation instead of skipping it:
    let mut zero = a.clone();
    zero.ratings.insert("automation".into(), Rating::Level(0));
    assert_eq!(score_role(&c, &zero, role).percent, 69);

    // One more Python level:
    let mut l = effective_levels(&c, &a);
    l.insert("python".into(), 3);
    assert_eq!(score_levels(role, &l).percent, 77);
}

#[test]
fn step_4_junior_or_senior() {
    let c = catalog();
    let v = seniority(&c, &effective_levels(&c, &sam(&c)));
    assert_eq!(v.junior_percent, 94);
    assert_eq!(v.suitability, Suitability::JuniorReady);
    let junior = score_role(&c, &sam(&c), c.role("junior-back-end-developer").unwrap());
    assert_eq!(junior.readiness, Readiness::ReadyNow);
}

#[test]
fn ranking_top_three() {
    let c = catalog();
    let top: Vec<(String, u8)> = rank_levels(&c, &effective_levels(&c, &sam(&c)))
        .into_iter()
        .take(3)
        .map(|m| (m.role, m.percent))
        .collect();
    assert_eq!(
        top,
        [
            ("junior-back-end-developer".to_string(), 94),
            ("back-end-developer".to_string(), 71),
            ("sql-developer".to_string(), 72)
        ]
    );
}

#[test]
fn step_5_learning_plan() {
    let c = catalog();
    let plan = plan_from_levels(&c, &effective_levels(&c, &sam(&c)));
    let steps: Vec<(&str, u8, u8, u32)> = plan
        .iter()
        .map(|s| (s.skill.as_str(), s.from, s.to, s.points))
        .collect();
    assert_eq!(
        steps,
        [
            ("debugging-testing", 1, 2, 4),
            ("software-engineering", 1, 2, 2)
        ]
    );
    let first: Vec<(&str, u8, u8)> = plan[0]
        .raises
        .iter()
        .map(|g| (g.role.as_str(), g.before, g.after))
        .collect();
    assert_eq!(first, [("junior-back-end-developer", 94, 98)]);
}

#[test]
fn step_6_when_sam_aims_at_python_developer() {
    let c = catalog();
    let r = results_for(&c, &sam(&c), Some("python-developer"));
    let steps: Vec<(&str, u8, u8, u32)> = r
        .plan
        .iter()
        .map(|s| (s.skill.as_str(), s.from, s.to, s.points))
        .collect();
    assert_eq!(
        steps,
        [
            ("python", 2, 4, 8),
            ("git", 2, 3, 3),
            ("debugging-testing", 1, 3, 7),
            ("rest-apis", 2, 3, 4),
            ("software-engineering", 1, 2, 2)
        ]
    );
    assert!(r
        .plan
        .iter()
        .all(|s| s.raises.iter().all(|g| g.role == "python-developer")));
}

#[test]
fn the_landing_pages_example_link_is_sam() {
    use skillcheck::core::example::EXAMPLE_CODE;
    use skillcheck::core::mode::ResultMode;
    use skillcheck::core::share::{self, SharedResult};
    let c = catalog();
    let expected = SharedResult {
        answers: sam(&c),
        ..Default::default()
    };
    let decoded = share::decode(&c, EXAMPLE_CODE).unwrap_or_else(|e| {
        panic!(
            "the example code doesn't decode ({e:?}); Sam's code is {}",
            share::encode(&c, &expected)
        )
    });
    assert_eq!(decoded.mode, ResultMode::Checked);
    assert_eq!(
        decoded,
        expected,
        "update EXAMPLE_CODE to {}",
        share::encode(&c, &expected)
    );
}
