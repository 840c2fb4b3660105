//! Catalogs and answer sets for the share-code tests.

use super::code::check_outcome;
use super::SharedResult;
use crate::core::answers::Rating;
use crate::core::catalog::*;
use crate::core::checks;
use crate::core::testing::{question, skill, tiny_catalog};

/// The real catalog's skill ids, in order; the last three are soft skills.
const REAL_SKILLS: [&str; 22] = [
    "coding",
    "software-engineering",
    "git",
    "developer-tools",
    "debugging-testing",
    "python",
    "java",
    "ruby-rails",
    "php-mysql",
    "javascript",
    "nodejs",
    "sql",
    "web-development",
    "html-css",
    "rest-apis",
    "cloud-infrastructure",
    "automation",
    "security",
    "optimisation",
    "communication",
    "problem-solving",
    "organisation",
];

pub fn city(id: &str) -> CityFigure {
    CityFigure {
        id: id.into(),
        name: id.to_uppercase(),
        role: "python-developer".into(),
        source: "indeed".into(),
        amount: Usd {
            usd: 100_000,
            approx: false,
        },
        diff_pct: 0.0,
    }
}

/// The tiny test catalog with three cities.
pub fn tiny_with_cities() -> Catalog {
    let mut c = tiny_catalog();
    c.salaries.cities = ["austin", "boston", "chicago"].map(city).to_vec();
    c
}

/// The shape of the real catalog: 22 skills (19 technical, 3 soft), four questions per
/// technical skill (levels 2 to 5) and ten cities, all at `data_version` 1.
pub fn real_shape_catalog() -> Catalog {
    let mut c = tiny_catalog();
    c.skills = REAL_SKILLS
        .iter()
        .enumerate()
        .map(|(i, id)| {
            let kind = if i < 19 {
                SkillKind::Technical
            } else {
                SkillKind::Soft
            };
            skill(id, "languages", kind)
        })
        .collect();
    c.questions = REAL_SKILLS[..19]
        .iter()
        .flat_map(|s| (2..=5).map(move |l| question(&format!("{s}-{l}"), s, l)))
        .collect();
    c.salaries.cities = (0..10).map(|i| city(&format!("city-{i}"))).collect();
    c
}

/// `catalog` as a later release might grow it, at `data_version` 2: a new technical skill
/// `go` placed in the middle of the file with its questions, a new sql question placed
/// before the old ones, and a new city at the end. Nothing old is moved or removed.
pub fn grown(catalog: &Catalog) -> Catalog {
    let mut c = catalog.clone();
    c.meta.data_version = 2;
    let mut go = skill("go", "languages", SkillKind::Technical);
    go.since = 2;
    c.skills.insert(1, go);
    let mut new_questions: Vec<Question> = (2..=5)
        .map(|l| question(&format!("go-{l}"), "go", l))
        .collect();
    new_questions.push(question("sql-3b", "sql", 3));
    for q in &mut new_questions {
        q.since = 2;
    }
    let first_sql = c.questions.iter().position(|q| q.skill == "sql").unwrap();
    c.questions.splice(first_sql..first_sql, new_questions);
    c.salaries.cities.push(city("new-city"));
    c
}

/// A result built from arbitrary numbers, as proptest and the fuzz loop draw them: per
/// skill `0..=5` a level, 6 skipped, 7 not answered; per asked question `0` not answered,
/// 1 right, 2 wrong, 3 skipped; `city` 0 for none, else a 1-based position in the cities.
/// Missing numbers count as "not answered"; every number is taken modulo its range.
pub fn result_from_numbers(
    catalog: &Catalog,
    ratings: &[u8],
    checks_: &[u8],
    city: usize,
) -> SharedResult {
    let mut result = SharedResult::default();
    for (s, n) in catalog.skills.iter().zip(ratings) {
        let rating = match n % 8 {
            7 => continue,
            6 => Rating::Skipped,
            level => Rating::Level(level),
        };
        result.answers.ratings.insert(s.id.clone(), rating);
    }
    // Adaptive checks: each number answers the next question asked (a miss opens one more).
    let mut numbers = checks_.iter();
    let mut unanswered = std::collections::BTreeSet::new();
    let version = catalog.meta.data_version;
    while let Some(q) = checks::selected(catalog, &result.answers, version)
        .into_iter()
        .find(|q| !result.answers.checks.contains_key(&q.id) && !unanswered.contains(&q.id))
    {
        match check_outcome(numbers.next().map_or(0, |n| u32::from(n % 4))) {
            Some(outcome) => {
                result.answers.checks.insert(q.id.clone(), outcome);
            }
            None => {
                unanswered.insert(q.id.clone());
            }
        }
    }
    let cities = &catalog.salaries.cities;
    result.city = (city % (cities.len() + 1))
        .checked_sub(1)
        .map(|i| cities[i].id.clone());
    result
}

/// Every skill at level 5 with every question missed (so three asked per skill), the last
/// city and the last role as target: the longest code a full quiz can give.
pub fn worst_case(catalog: &Catalog) -> SharedResult {
    let n = catalog.skills.len();
    let mut r = result_from_numbers(
        catalog,
        &vec![5; n],
        &vec![2; 3 * n],
        catalog.salaries.cities.len(),
    );
    r.target = catalog.roles.last().map(|role| role.id.clone());
    r
}
