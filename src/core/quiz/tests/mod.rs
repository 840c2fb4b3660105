use super::*;

mod check_phase;
mod navigation;
mod nothing_lost;
mod quick;

fn skill(id: &str) -> Step {
    Step::Skill(id.into())
}

fn check(id: &str) -> Step {
    Step::Check(id.into())
}

/// A quiz with these ratings already given, positioned at the first skill.
fn rated(catalog: &QuizCatalog, levels: &[(&str, u8)]) -> Quiz {
    let mut quiz = Quiz::new(catalog);
    for &(id, level) in levels {
        quiz.jump(catalog, skill(id));
        quiz.rate(catalog, level);
    }
    quiz.jump(catalog, skill("python"));
    quiz
}
