//! Sanity checks on the bundled skills and check-question content
//! (`public/data/meta.json`, `skills.json`, `questions.json`, `question-texts.json`).
//! The full cross-file validation lives in `skillcheck::core::catalog::validate`.

use skillcheck::core::catalog::{Meta, QuestionTexts, QuestionsFile, SkillKind, SkillsFile};
use std::collections::HashSet;

/// The fixed category ids, in quiz order.
const CATEGORY_IDS: [&str; 6] = [
    "foundations",
    "languages",
    "data",
    "web",
    "operations",
    "soft",
];

/// The fixed skill ids in quiz order, each with its category.
const SKILL_IDS: [(&str, &str); 22] = [
    ("coding", "foundations"),
    ("software-engineering", "foundations"),
    ("git", "foundations"),
    ("developer-tools", "foundations"),
    ("debugging-testing", "foundations"),
    ("python", "languages"),
    ("java", "languages"),
    ("ruby-rails", "languages"),
    ("php-mysql", "languages"),
    ("javascript", "languages"),
    ("nodejs", "languages"),
    ("sql", "data"),
    ("web-development", "web"),
    ("html-css", "web"),
    ("rest-apis", "web"),
    ("cloud-infrastructure", "operations"),
    ("automation", "operations"),
    ("security", "operations"),
    ("optimisation", "operations"),
    ("communication", "soft"),
    ("problem-solving", "soft"),
    ("organisation", "soft"),
];

const SOFT_SKILLS: [&str; 3] = ["communication", "problem-solving", "organisation"];

fn read(file: &str) -> String {
    let path = format!("{}/public/data/{file}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{file}: cannot read {path}: {e}"))
}

fn parse<T: serde::de::DeserializeOwned>(file: &str) -> T {
    serde_json::from_str(&read(file)).unwrap_or_else(|e| panic!("{file}: invalid JSON: {e}"))
}

#[test]
fn meta_is_the_adaptive_bank_version() {
    // Version 2 brought the question bank by level (docs/questions.md).
    let meta: Meta = parse("meta.json");
    assert_eq!(meta.data_version, 2, "meta.json: data_version");
    // (Its as_of date is the validator's: a YYYY-MM-DD date, core::catalog::validate.)
}

#[test]
fn skills_have_fixed_ids_and_six_distinct_levels() {
    let file: SkillsFile = parse("skills.json");
    let category_ids: Vec<&str> = file.categories.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(
        category_ids, CATEGORY_IDS,
        "skills.json: category ids/order"
    );
    for c in &file.categories {
        assert!(
            !c.name.trim().is_empty(),
            "skills.json: {}: empty name",
            c.id
        );
    }

    let skill_ids: Vec<(&str, &str)> = file
        .skills
        .iter()
        .map(|s| (s.id.as_str(), s.category.as_str()))
        .collect();
    assert_eq!(
        skill_ids, SKILL_IDS,
        "skills.json: skill ids/order/categories"
    );

    for s in &file.skills {
        let expected = if SOFT_SKILLS.contains(&s.id.as_str()) {
            SkillKind::Soft
        } else {
            SkillKind::Technical
        };
        assert_eq!(s.kind, expected, "skills.json: {}: kind", s.id);
        assert_eq!(s.since, 1, "skills.json: {}: since", s.id);
        assert!(
            !s.name.trim().is_empty(),
            "skills.json: {}: empty name",
            s.id
        );
        assert!(
            !s.summary.trim().is_empty(),
            "skills.json: {}: empty summary",
            s.id
        );
        assert_eq!(s.levels.len(), 6, "skills.json: {}: level count", s.id);
        let mut seen = HashSet::new();
        for (i, level) in s.levels.iter().enumerate() {
            assert!(
                !level.trim().is_empty(),
                "skills.json: {}: level {i} is empty",
                s.id
            );
            assert!(
                seen.insert(level.as_str()),
                "skills.json: {}: level {i} repeats an earlier level",
                s.id
            );
        }
    }
}

#[test]
fn questions_are_well_formed_and_cover_every_technical_skill() {
    let skills: SkillsFile = parse("skills.json");
    let file: QuestionsFile = parse("questions.json");
    let texts: QuestionTexts = parse("question-texts.json");
    // The words of each question, in the same order.
    let text_ids: Vec<&str> = texts.questions.iter().map(|t| t.id.as_str()).collect();
    let question_ids: Vec<&str> = file.questions.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(
        text_ids, question_ids,
        "question-texts.json follows questions.json"
    );

    let mut ids = HashSet::new();
    let mut concepts = HashSet::new();
    for (q, t) in file.questions.iter().zip(&texts.questions) {
        assert!(
            ids.insert(q.id.as_str()),
            "questions.json: {}: duplicate id",
            q.id
        );
        let skill = skills
            .skills
            .iter()
            .find(|s| s.id == q.skill)
            .unwrap_or_else(|| panic!("questions.json: {}: unknown skill {}", q.id, q.skill));
        assert!(
            q.id.starts_with(&format!("{}-", q.skill)),
            "questions.json: {}: id does not start with its skill id",
            q.id
        );
        assert!(
            (1..=5).contains(&q.level),
            "questions.json: {}: level {} not in 1..=5",
            q.id,
            q.level
        );
        assert!(
            (3..=4).contains(&t.choices.len()),
            "question-texts.json: {}: {} choices, want 3 or 4",
            q.id,
            t.choices.len()
        );
        assert!(
            t.answer < t.choices.len(),
            "question-texts.json: {}: answer {} out of range",
            q.id,
            t.answer
        );
        let distinct: HashSet<&str> = t.choices.iter().map(|c| c.trim()).collect();
        assert_eq!(
            distinct.len(),
            t.choices.len(),
            "question-texts.json: {}: repeated choice",
            q.id
        );
        assert!(
            t.choices.iter().all(|c| !c.trim().is_empty()),
            "question-texts.json: {}: empty choice",
            q.id
        );
        assert!(
            !t.prompt.trim().is_empty(),
            "question-texts.json: {}: empty prompt",
            q.id
        );
        assert!(
            !t.explanation.trim().is_empty(),
            "question-texts.json: {}: empty explanation",
            q.id
        );
        // The bank of version 2, or a version-1 question kept for links made before.
        let era = (q.since, q.until);
        assert!(
            era == (2, None) || era == (1, Some(2)),
            "questions.json: {}: since/until {era:?}",
            q.id
        );
        if q.until.is_none() {
            let words = t.tests.as_deref().unwrap_or_default();
            assert!(
                skill.levels[usize::from(q.level)].contains(words) && words.split(' ').count() >= 3,
                "question-texts.json: {}: `tests` is not words of its level's description",
                q.id
            );
            let concept = t.concept.as_deref().unwrap_or_default();
            assert!(
                concepts.insert(concept),
                "question-texts.json: {}: concept {concept} twice",
                q.id
            );
        }
    }

    // Every skill, technical and soft, has two questions or more at each level 2 to 5.
    for s in &skills.skills {
        for level in 2..=5 {
            let count = file
                .questions
                .iter()
                .filter(|q| q.skill == s.id && q.level == level && q.until.is_none())
                .count();
            assert!(
                count >= 2,
                "questions.json: {}: {count} questions at level {level}, want at least 2",
                s.id
            );
        }
    }
}
