//! meta.json, skills.json and questions.json.

use super::{Catalog, Known, Report, Skill, SkillKind, META, QUESTIONS, SKILLS};

/// Levels run 0 (none) to 5 (expert): one description each.
const LEVEL_COUNT: usize = 6;
/// Enough check questions to pick from without repeating one at every level.
const MIN_QUESTIONS_PER_TECHNICAL_SKILL: usize = 3;

pub(super) fn check(c: &Catalog, known: &Known, report: &mut Report) {
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
    check_questions(c, report);
}

fn check_meta(c: &Catalog, report: &mut Report) {
    if c.meta.data_version == 0 {
        report.add(META, "data_version", "data_version starts at 1");
    }
    if !is_iso_date(&c.meta.as_of) {
        report.add(META, "as_of", "as_of must be a date written YYYY-MM-DD");
    }
}

fn check_skill(c: &Catalog, known: &Known, skill: &Skill, report: &mut Report) {
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
    if skill.kind == SkillKind::Technical {
        let n = c.questions_for(id).count();
        if n < MIN_QUESTIONS_PER_TECHNICAL_SKILL {
            report.add(
                QUESTIONS,
                id,
                format!(
                    "technical skill has {n} check questions, needs at least {MIN_QUESTIONS_PER_TECHNICAL_SKILL}"
                ),
            );
        }
    }
}

fn check_questions(c: &Catalog, report: &mut Report) {
    report.unique_ids(
        QUESTIONS,
        "question",
        c.questions.iter().map(|x| x.id.as_str()),
    );
    for q in &c.questions {
        let id = q.id.as_str();
        match c.skill(&q.skill) {
            None => report.add(QUESTIONS, id, format!("skill `{}` does not exist", q.skill)),
            Some(s) if s.kind != SkillKind::Technical => report.add(
                QUESTIONS,
                id,
                format!(
                    "skill `{}` is a soft skill; only technical skills have questions",
                    q.skill
                ),
            ),
            Some(_) => {}
        }
        if !(1..=5).contains(&q.level) {
            report.add(
                QUESTIONS,
                id,
                format!("level {} is outside 1 to 5", q.level),
            );
        }
        report.non_empty(QUESTIONS, id, "prompt", &q.prompt);
        report.non_empty(QUESTIONS, id, "explanation", &q.explanation);
        if q.choices.len() < 2 {
            report.add(QUESTIONS, id, "needs at least two choices");
        }
        for (i, choice) in q.choices.iter().enumerate() {
            report.non_empty(QUESTIONS, id, &format!("choice {i}"), choice);
            // A repeated choice would make two choices "correct".
            if q.choices[..i].contains(choice) {
                report.add(
                    QUESTIONS,
                    id,
                    format!("choice {i} repeats an earlier choice"),
                );
            }
        }
        if q.answer >= q.choices.len() {
            let n = q.choices.len();
            report.add(
                QUESTIONS,
                id,
                format!(
                    "answer {} is out of range (there are {n} choices)",
                    q.answer
                ),
            );
        }
        since(c, QUESTIONS, id, q.since, report);
    }
}

/// `since` names the data_version that added an entry, so it cannot be 0 or in the future.
fn since(c: &Catalog, file: &str, entry: &str, since: u32, report: &mut Report) {
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
