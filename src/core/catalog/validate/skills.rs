//! meta.json and skills.json (questions.json: `questions`).

use super::{questions, Known, QuizCatalog, Report, Skill, META, QUESTIONS, SKILLS};
use crate::core::answers::MAX_LEVEL;
use crate::core::checks;

/// Levels run 0 (none) to 5 (expert): one description each.
const LEVEL_COUNT: usize = 6;
/// Questions still asked per skill and level 2 to 5, so the adaptive checks (see
/// `checks`) always have a question at each level and a second one after a miss.
const MIN_QUESTIONS_PER_LEVEL: usize = 2;

pub(super) fn check(c: &QuizCatalog, known: &Known, report: &mut Report) {
    check_meta(c, report);
    report.unique_ids(
        SKILLS,
        "category",
        c.categories.iter().map(|x| x.id.as_str()),
    );
    for category in &c.categories {
        report.non_empty(SKILLS, &category.id, "name", &category.name);
        if !c.skills.iter().any(|s| s.category == category.id) {
            report.add(SKILLS, &category.id, "category has no skills");
        }
    }
    report.unique_ids(SKILLS, "skill", c.skills.iter().map(|x| x.id.as_str()));
    for skill in &c.skills {
        check_skill(c, known, skill, report);
    }
    questions::check(c, report);
}

fn check_meta(c: &QuizCatalog, report: &mut Report) {
    if c.meta.data_version == 0 {
        report.add(META, "data_version", "data_version starts at 1");
    }
    if !is_iso_date(&c.meta.as_of) {
        report.add(META, "as_of", "as_of must be a date written YYYY-MM-DD");
    }
}

fn check_skill(c: &QuizCatalog, known: &Known, skill: &Skill, report: &mut Report) {
    let id = skill.id.as_str();
    report.non_empty(SKILLS, id, "name", &skill.name);
    report.non_empty(SKILLS, id, "summary", &skill.summary);
    report.reference(SKILLS, id, "category", &skill.category, &known.categories);
    if skill.levels.len() != LEVEL_COUNT {
        let n = skill.levels.len();
        report.add(
            SKILLS,
            id,
            format!("has {n} level descriptions, needs {LEVEL_COUNT}"),
        );
    }
    for (level, text) in skill.levels.iter().enumerate() {
        report.non_empty(SKILLS, id, &format!("level {level} description"), text);
    }
    since(c, SKILLS, id, skill.since, report);
    let current = c.meta.data_version;
    for level in checks::MIN_CHECKED_LEVEL..=MAX_LEVEL {
        let n = c
            .questions_for(id)
            .filter(|q| q.level == level && q.in_version(current))
            .count();
        if n < MIN_QUESTIONS_PER_LEVEL {
            report.add(
                QUESTIONS,
                id,
                format!(
                    "has {n} check questions at level {level}, needs at least {MIN_QUESTIONS_PER_LEVEL}"
                ),
            );
        }
    }
}

/// `since` names the data_version that added an entry, so it cannot be 0 or in the future.
pub(super) fn since(c: &QuizCatalog, file: &str, entry: &str, since: u32, report: &mut Report) {
    let current = c.meta.data_version;
    if since == 0 || since > current {
        report.add(
            file,
            entry,
            format!("since {since} is outside 1 to data_version {current}"),
        );
    }
}

fn is_iso_date(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, ch)| match i {
            4 | 7 => *ch == b'-',
            _ => ch.is_ascii_digit(),
        })
}
