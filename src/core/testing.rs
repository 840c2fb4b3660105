//! A small in-code catalog for unit tests, so core tests don't depend on the real data.

use super::catalog::*;

pub fn skill(id: &str, category: &str, kind: SkillKind) -> Skill {
    Skill {
        id: id.into(),
        name: id.to_uppercase(),
        category: category.into(),
        kind,
        summary: format!("What {id} is."),
        levels: (0..6).map(|l| format!("{id} level {l}")).collect(),
        since: 1,
    }
}

pub fn question(id: &str, skill: &str, level: u8) -> Question {
    Question {
        id: id.into(),
        skill: skill.into(),
        level,
        since: 1,
        until: None,
    }
}

/// The words of `question`, as [`texts_for`] gives them: three choices, the first right.
pub fn text(question: &Question) -> QuestionText {
    QuestionText {
        id: question.id.clone(),
        tests: Some(format!("{} level {}", question.skill, question.level)),
        concept: Some(question.id.clone()),
        prompt: format!("Question {}?", question.id),
        choices: vec!["right".into(), "wrong".into(), "also wrong".into()],
        answer: 0,
        explanation: "Because.".into(),
    }
}

/// Words for every question of `catalog`.
pub fn texts_for(catalog: &QuizCatalog) -> QuestionTexts {
    QuestionTexts {
        edition: None,
        questions: catalog.questions.iter().map(text).collect(),
    }
}

fn role(id: &str, seniority: Seniority, profile: &[(&str, u8, u8)]) -> Role {
    Role {
        id: id.into(),
        title: id.replace('-', " "),
        family: RoleFamily::BackEnd,
        seniority,
        summary: format!("About {id}."),
        profile: profile
            .iter()
            .map(|&(skill, level, weight)| Requirement {
                skill: skill.into(),
                level,
                weight,
                // As in the real data, the defining skills are the weight-3 ones.
                core: (weight == 3).then_some(true),
            })
            .collect(),
        unmeasured: None,
        related: Vec::new(),
        pivot: None,
        resources: Vec::new(),
    }
}

/// Three skills in two categories (python, sql technical; communication soft), questions
/// at levels 2 to 5 for the technical ones, and two roles.
pub fn tiny_catalog() -> Catalog {
    let mut questions = Vec::new();
    for skill in ["python", "sql"] {
        for level in 2..=5 {
            questions.push(question(&format!("{skill}-{level}"), skill, level));
        }
    }
    Catalog {
        quiz: QuizCatalog {
            meta: Meta {
                edition: None,
                data_version: 1,
                as_of: "2026-11-24".into(),
            },
            categories: vec![
                Category {
                    id: "languages".into(),
                    name: "Languages".into(),
                },
                Category {
                    id: "soft".into(),
                    name: "Working with people".into(),
                },
            ],
            skills: vec![
                skill("python", "languages", SkillKind::Technical),
                skill("sql", "languages", SkillKind::Technical),
                skill("communication", "soft", SkillKind::Soft),
            ],
            questions,
        },
        roles: vec![
            role(
                "python-developer",
                Seniority::Mid,
                &[("python", 4, 3), ("sql", 3, 2), ("communication", 3, 1)],
            ),
            role(
                "sql-developer",
                Seniority::Mid,
                &[("sql", 4, 3), ("python", 1, 1)],
            ),
        ],
        salaries: Salaries {
            edition: None,
            sources: Vec::new(),
            national: NationalFigure {
                role: "python-developer".into(),
                source: "indeed".into(),
                amount: Usd {
                    usd: 100_000,
                    approx: false,
                },
            },
            cities: Vec::new(),
            comparison: Vec::new(),
            role_figures: Vec::new(),
            bls_categories: Vec::new(),
            role_bls: Vec::new(),
        },
        resources: Vec::new(),
        paths: Vec::new(),
        job_search: JobSearch::default(),
    }
}

/// Picks `choice` on the current check question, its words as [`texts_for`] gives them.
pub fn choose(quiz: &mut super::quiz::Quiz, c: &QuizCatalog, choice: usize) -> bool {
    let Some(words) = quiz.current_question(c).map(text) else {
        return false;
    };
    quiz.choose(c, &words, choice)
}

/// [`choose`], then on to the next step, as `Quiz::answer_check` does.
pub fn answer(quiz: &mut super::quiz::Quiz, c: &QuizCatalog, choice: usize) {
    if let Some(words) = quiz.current_question(c).map(text) {
        quiz.answer_check(c, &words, choice);
    }
}
