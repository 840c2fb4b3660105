//! questions.json (checked with the quiz's files) and question-texts.json (checked when it
//! loads, against the questions it gives words to).

use super::skills::since;
use super::{QuestionText, QuestionTexts, QuizCatalog, Report, Skill, QUESTIONS, QUESTION_TEXTS};

/// A question's `tests` quotes at least this many words of its level description.
const MIN_TESTS_WORDS: usize = 3;

pub(super) fn check(c: &QuizCatalog, report: &mut Report) {
    report.unique_ids(
        QUESTIONS,
        "question",
        c.questions.iter().map(|x| x.id.as_str()),
    );
    for q in &c.questions {
        let id = q.id.as_str();
        if c.skill(&q.skill).is_none() {
            report.add(QUESTIONS, id, format!("skill `{}` does not exist", q.skill));
        }
        if !(1..=5).contains(&q.level) {
            report.add(
                QUESTIONS,
                id,
                format!("level {} is outside 1 to 5", q.level),
            );
        }
        since(c, QUESTIONS, id, q.since, report);
        if let Some(until) = q.until {
            if until <= q.since || until > c.meta.data_version {
                report.add(
                    QUESTIONS,
                    id,
                    format!("until {until} must be after since and at most data_version"),
                );
            }
        }
    }
}

/// The words of every question, in the same order, each with a key among its choices.
pub(super) fn check_texts(c: &QuizCatalog, texts: &QuestionTexts, report: &mut Report) {
    if texts.questions.len() != c.questions.len() {
        report.add(
            QUESTION_TEXTS,
            "questions",
            format!(
                "has {} questions, questions.json {}",
                texts.questions.len(),
                c.questions.len()
            ),
        );
    }
    for (q, text) in c.questions.iter().zip(&texts.questions) {
        if text.id != q.id {
            let message = format!("is in the place of `{}` in questions.json", q.id);
            report.add(QUESTION_TEXTS, &text.id, message);
            continue;
        }
        check_text(text, report);
        if let Some(skill) = c
            .skill(&q.skill)
            .filter(|_| q.in_version(c.meta.data_version))
        {
            check_written_against(skill, q.level, text, report);
        }
    }
    let concepts = texts.questions.iter().filter_map(|q| q.concept.as_deref());
    report.unique_ids(QUESTION_TEXTS, "concept", concepts);
}

fn check_text(q: &QuestionText, report: &mut Report) {
    let id = q.id.as_str();
    report.non_empty(QUESTION_TEXTS, id, "prompt", &q.prompt);
    report.non_empty(QUESTION_TEXTS, id, "explanation", &q.explanation);
    if q.choices.len() < 2 {
        report.add(QUESTION_TEXTS, id, "needs at least two choices");
    }
    for (i, choice) in q.choices.iter().enumerate() {
        report.non_empty(QUESTION_TEXTS, id, &format!("choice {i}"), choice);
        // A repeated choice would make two choices "correct".
        if q.choices[..i].contains(choice) {
            report.add(
                QUESTION_TEXTS,
                id,
                format!("choice {i} repeats an earlier choice"),
            );
        }
    }
    if q.answer >= q.choices.len() {
        let n = q.choices.len();
        report.add(
            QUESTION_TEXTS,
            id,
            format!(
                "answer {} is out of range (there are {n} choices)",
                q.answer
            ),
        );
    }
}

/// A question still asked names the words of its level's description it checks, and what
/// it tests (see docs/questions.md).
fn check_written_against(skill: &Skill, level: u8, q: &QuestionText, report: &mut Report) {
    let id = q.id.as_str();
    let description = skill.levels.get(usize::from(level));
    match q.tests.as_deref() {
        None => report.add(
            QUESTION_TEXTS,
            id,
            "needs `tests`: the words of its level description it checks",
        ),
        Some(words) if words.split_whitespace().count() < MIN_TESTS_WORDS => report.add(
            QUESTION_TEXTS,
            id,
            format!("`tests` quotes fewer than {MIN_TESTS_WORDS} words"),
        ),
        Some(words) if !description.is_some_and(|d| d.contains(words)) => report.add(
            QUESTION_TEXTS,
            id,
            format!(
                "`tests` is not in the level-{level} description of `{}`",
                skill.id
            ),
        ),
        Some(_) => {}
    }
    if q.concept.as_deref().is_none_or(str::is_empty) {
        report.add(
            QUESTION_TEXTS,
            id,
            "needs `concept`: what it tests, unique in the bank",
        );
    }
}
