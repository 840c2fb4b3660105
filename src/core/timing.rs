//! How long the quiz takes, estimated from its content (a deterministic content budget,
//! not a stopwatch). See `docs/quiz-timing.md` for the method and the current numbers.
//!
//! A person reads every word on each step at a steady pace, then takes a few seconds to
//! choose: on a skill step the skill's name, summary and six level descriptions; on a check
//! step the question's prompt and choices. The typical journey rates every skill at a
//! middle level ([`MID_LEVEL`]), which brings one check question per skill, soft skills
//! too.

use crate::core::answers::{Answers, Rating};
use crate::core::catalog::{QuestionText, QuestionTexts, QuizCatalog, Skill};
use crate::core::checks;
use crate::core::levels::LEVEL_NAMES;

/// Reading pace and decision time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReadingModel {
    pub words_per_minute: u32,
    /// Time to pick an answer and move on, per step.
    pub seconds_per_choice: u32,
}

/// The model behind the figure on the landing page: the middle of the usual 200–250
/// words-a-minute range for reading to understand, and 3 seconds to choose.
pub const MODEL: ReadingModel = ReadingModel {
    words_per_minute: 225,
    seconds_per_choice: 3,
};

/// The level every skill gets in the typical journey.
pub const MID_LEVEL: u8 = 3;

/// The goal from the quiz issue: the typical journey takes at most this long.
pub const TARGET_MINUTES: u32 = 8;

/// The figure the landing page states ("about N minutes"). A test keeps it equal to
/// `typical(&catalog).minutes()` for the bundled data.
pub const STATED_MINUTES: u32 = 19;

/// The figure the landing page states for the quick check. A test keeps it equal to
/// `quick(&catalog).minutes()` for the bundled data.
pub const QUICK_STATED_MINUTES: u32 = 2;

/// The estimate for one journey, with its parts so the docs can show the sums.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Estimate {
    pub skill_steps: usize,
    pub check_steps: usize,
    pub skill_words: usize,
    pub check_words: usize,
    pub seconds: u32,
}

impl Estimate {
    /// Whole minutes, rounded up (never promise less than the estimate).
    pub fn minutes(&self) -> u32 {
        self.seconds.div_ceil(60)
    }
}

pub fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

/// Words read on a skill step.
pub fn skill_words(skill: &Skill) -> usize {
    words(&skill.name)
        + words(&skill.summary)
        + skill.levels.iter().map(|l| words(l)).sum::<usize>()
}

/// Words read on a check step.
pub fn question_words(question: &QuestionText) -> usize {
    words(&question.prompt) + question.choices.iter().map(|c| words(c)).sum::<usize>()
}

/// The time to go through every skill and the check questions these answers bring.
pub fn estimate(
    catalog: &QuizCatalog,
    texts: &QuestionTexts,
    answers: &Answers,
    model: &ReadingModel,
) -> Estimate {
    let questions = checks::selected(catalog, answers, catalog.meta.data_version);
    let skill_words: usize = catalog.skills.iter().map(skill_words).sum();
    let check_words: usize = questions
        .iter()
        .filter_map(|q| texts.of(&q.id))
        .map(question_words)
        .sum();
    let steps = catalog.skills.len() + questions.len();
    let total_words = u32::try_from(skill_words + check_words).unwrap_or(u32::MAX);
    let reading = total_words
        .saturating_mul(60)
        .div_ceil(model.words_per_minute.max(1));
    let choosing = u32::try_from(steps)
        .unwrap_or(u32::MAX)
        .saturating_mul(model.seconds_per_choice);
    Estimate {
        skill_steps: catalog.skills.len(),
        check_steps: questions.len(),
        skill_words,
        check_words,
        seconds: reading.saturating_add(choosing),
    }
}

/// Words read for one skill in the quick check: its name and the six level names on its
/// buttons (the descriptions stay folded; someone unsure opens them, which this leaves out).
pub fn quick_skill_words(skill: &Skill) -> usize {
    words(&skill.name) + LEVEL_NAMES.iter().map(|n| words(n)).sum::<usize>()
}

/// The quick check: every skill's name and level names read at `model`'s pace, one
/// choice per skill, no check questions.
pub fn quick_estimate(catalog: &QuizCatalog, model: &ReadingModel) -> Estimate {
    let skill_words: usize = catalog.skills.iter().map(quick_skill_words).sum();
    let reading = u32::try_from(skill_words)
        .unwrap_or(u32::MAX)
        .saturating_mul(60)
        .div_ceil(model.words_per_minute.max(1));
    let choosing = u32::try_from(catalog.skills.len())
        .unwrap_or(u32::MAX)
        .saturating_mul(model.seconds_per_choice);
    Estimate {
        skill_steps: catalog.skills.len(),
        check_steps: 0,
        skill_words,
        check_words: 0,
        seconds: reading.saturating_add(choosing),
    }
}

/// The quick check at [`MODEL`]'s pace.
pub fn quick(catalog: &QuizCatalog) -> Estimate {
    quick_estimate(catalog, &MODEL)
}

/// Every skill rated `level`.
pub fn profile(catalog: &QuizCatalog, level: u8) -> Answers {
    let mut answers = Answers::default();
    for skill in &catalog.skills {
        answers
            .ratings
            .insert(skill.id.clone(), Rating::Level(level));
    }
    answers
}

/// The typical journey: every skill rated [`MID_LEVEL`], read at [`MODEL`]'s pace.
pub fn typical(catalog: &QuizCatalog, texts: &QuestionTexts) -> Estimate {
    estimate(catalog, texts, &profile(catalog, MID_LEVEL), &MODEL)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::testing::{texts_for, tiny_catalog};

    #[test]
    fn words_are_counted_by_whitespace() {
        assert_eq!(words("  What is `total`\nafter this? "), 5);
        assert_eq!(words(""), 0);
    }

    #[test]
    fn the_estimate_adds_reading_and_choosing_time() {
        let c = tiny_catalog();
        let answers = profile(&c, 3);
        let model = ReadingModel {
            words_per_minute: 60,
            seconds_per_choice: 2,
        };
        let texts = texts_for(&c);
        let e = estimate(&c, &texts, &answers, &model);
        let selected = checks::selected(&c, &answers, 1);
        assert_eq!(e.skill_steps, c.skills.len());
        assert_eq!(e.check_steps, selected.len());
        assert!(e.check_steps > 0, "the tiny catalog has checks at level 3");
        let skill_words: usize = c.skills.iter().map(skill_words).sum();
        let check_words: usize = selected
            .iter()
            .map(|q| question_words(texts.of(&q.id).unwrap()))
            .sum();
        assert_eq!((e.skill_words, e.check_words), (skill_words, check_words));
        // At 60 words a minute each word takes one second.
        let expected = skill_words + check_words + 2 * (e.skill_steps + e.check_steps);
        assert_eq!(e.seconds as usize, expected);
    }

    #[test]
    fn low_ratings_bring_no_checks_and_take_less_time() {
        let c = tiny_catalog();
        let texts = texts_for(&c);
        let low = estimate(&c, &texts, &profile(&c, 1), &MODEL);
        let mid = estimate(&c, &texts, &profile(&c, MID_LEVEL), &MODEL);
        assert_eq!(low.check_steps, 0);
        assert!(low.seconds < mid.seconds);
    }

    #[test]
    fn the_quick_check_reads_names_only_and_asks_nothing() {
        let c = tiny_catalog();
        let model = ReadingModel {
            words_per_minute: 60,
            seconds_per_choice: 2,
        };
        let e = quick_estimate(&c, &model);
        let names: usize = c.skills.iter().map(|s| words(&s.name)).sum();
        assert_eq!(e.skill_words, names + 6 * c.skills.len());
        assert_eq!(e.check_steps, 0);
        assert_eq!(e.seconds as usize, e.skill_words + 2 * c.skills.len());
        assert!(quick(&c).seconds < typical(&c, &texts_for(&c)).seconds);
    }

    #[test]
    fn minutes_round_up() {
        let e = |seconds| Estimate {
            skill_steps: 0,
            check_steps: 0,
            skill_words: 0,
            check_words: 0,
            seconds,
        };
        assert_eq!(e(0).minutes(), 0);
        assert_eq!(e(60).minutes(), 1);
        assert_eq!(e(61).minutes(), 2);
    }
}
