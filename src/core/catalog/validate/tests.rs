//! A small valid catalog, then each rule broken once: every break must be reported
//! against the right file and entry.

use super::*;
use serde_json::{from_value, json};

mod parsing;

fn fixture() -> Catalog {
    let levels: Vec<String> = (0..6).map(|l| format!("works at level {l} here")).collect();
    let skills: SkillsFile = from_value(json!({
        "categories": [{"id": "lang", "name": "Languages"}, {"id": "people", "name": "People"}],
        "skills": [
            {"id": "python", "name": "Python", "category": "lang", "kind": "technical",
             "summary": "A language.", "levels": levels, "since": 1},
            {"id": "communication", "name": "Communication", "category": "people", "kind": "soft",
             "summary": "Talking.", "levels": levels, "since": 1}
        ]
    }))
    .unwrap();
    // Two questions per skill and level 2 to 5; the first is "q1".
    let mut questions = Vec::new();
    for skill in ["python", "communication"] {
        for level in 2..=5 {
            for turn in ["a", "b"] {
                let id = match questions.len() {
                    0 => "q1".to_string(),
                    _ => format!("{skill}-{level}-{turn}"),
                };
                questions.push(json!({"id": id, "skill": skill, "level": level, "since": 1}));
            }
        }
    }
    let questions: QuestionsFile = from_value(json!({ "questions": questions })).unwrap();
    let roles: RolesFile = from_value(json!({"roles": [
        {"id": "back", "title": "Back", "family": "back_end", "seniority": "mid", "summary": "Serves.",
         "profile": [{"skill": "python", "level": 3, "weight": 3, "core": true},
                     {"skill": "communication", "level": 2, "weight": 1}],
         "related": ["front"], "pivot": null, "resources": ["py-docs"]},
        {"id": "front", "title": "Front", "family": "related", "seniority": "mid", "summary": "Shows.",
         "profile": [{"skill": "python", "level": 1, "weight": 3, "core": true},
                     {"skill": "communication", "level": 1, "weight": 2, "core": false}],
         "unmeasured": [{"need": "A design eye.", "core": true},
                        {"need": "A drawing tool.", "core": false}],
         "related": ["back"],
         "pivot": {"summary": "Learn more.", "skills": ["python"], "resources": ["py-docs"]},
         "resources": []}
    ]}))
    .unwrap();
    let usd = |usd: u32, approx: bool| json!({"usd": usd, "approx": approx});
    let salaries: Salaries = from_value(json!({
        "sources": [
            {"id": "indeed", "name": "Indeed", "url": "https://www.indeed.com/", "as_of": "no date"},
            {"id": "bls", "name": "BLS", "url": "https://www.bls.gov/ooh/", "as_of": "2023"}
        ],
        "national": {"role": "back", "source": "indeed", "amount": usd(100_000, false)},
        "cities": [{"id": "town", "name": "Town", "role": "back", "source": "indeed",
                    "amount": usd(110_000, true), "diff_pct": 10.0}],
        "comparison": [
            {"role": "back", "amount": usd(100_000, true), "diff_pct": null},
            {"role": "front", "amount": usd(90_000, true), "diff_pct": -10.0}
        ],
        "role_figures": [{"role": "front", "source": "indeed", "amount": usd(90_000, true)}],
        "bls_categories": [{"id": "devs", "name": "Developers", "median": usd(120_000, false),
                            "as_of": "May 2023", "url": "https://www.bls.gov/ooh/devs.htm"}],
        "role_bls": [{"role": "back", "category": "devs"}]
    }))
    .unwrap();
    let resources: ResourcesFile = from_value(json!({
        "resources": [{"id": "py-docs", "title": "Python docs", "url": "https://docs.python.org/3/",
                       "kind": "docs", "cost": "free", "skills": ["python 1-3"]}],
        "paths": [{"id": "self", "title": "Self-taught", "summary": "Read.", "resources": ["py-docs"]}]
    }))
    .unwrap();
    let step = |id: &str| {
        json!({"id": id, "title": "Do it", "text": "Why.",
               "resource": {"title": "A guide", "url": "https://example.org/guide"}})
    };
    let job_search: JobSearch = from_value(json!({
        "boards": [
            {"id": "py-jobs", "name": "Python jobs", "url": "https://www.python.org/jobs/",
             "skills": ["python"], "roles": ["back"]},
            {"id": "gone", "name": "Gone", "note": "No address we can be sure of.",
             "skills": [], "roles": ["back"]}
        ],
        "steps": [step("github"), step("network")],
        "order": {"junior": ["github", "network"], "senior": ["network", "github"]},
        "freelance": "Be your own boss.",
        "degrees": "No degree needed."
    }))
    .unwrap();
    Catalog {
        quiz: QuizCatalog {
            meta: Meta {
                edition: None,
                data_version: 1,
                as_of: "2026-11-24".into(),
            },
            categories: skills.categories,
            skills: skills.skills,
            questions: questions.questions,
        },
        roles: roles.roles,
        salaries,
        resources: resources.resources,
        paths: resources.paths,
        job_search,
    }
}

/// Words for every question of [`fixture`], in its order.
fn fixture_texts(c: &Catalog) -> QuestionTexts {
    let texts = c.questions.iter().map(|q| {
        json!({"id": q.id, "tests": format!("at level {}", q.level),
            "concept": format!("{}-concept", q.id),
            "prompt": "Which?", "choices": ["a", "b", "c"], "answer": 1, "explanation": "Because."})
    });
    from_value(json!({ "questions": texts.collect::<Vec<_>>() })).unwrap()
}

#[test]
fn fixture_is_valid() {
    let catalog = fixture();
    assert_eq!(validate(&catalog), vec![]);
    assert_eq!(
        validate_question_texts(&catalog, &fixture_texts(&catalog)),
        vec![]
    );
}

type Break = (&'static str, fn(&mut Catalog), &'static str, &'static str);

#[rustfmt::skip]
const BREAKS: &[Break] = &[
    ("meta date", |c| c.meta.as_of = "24/11/2026".into(), META, "as_of"),
    ("meta version 0", |c| c.meta.data_version = 0, META, "data_version"),
    ("duplicate category", |c| c.quiz.categories.push(c.categories[0].clone()), SKILLS, "lang"),
    ("empty category", |c| c.skills[1].category = "lang".into(), SKILLS, "people"),
    ("duplicate skill", |c| c.quiz.skills.push(c.skills[0].clone()), SKILLS, "python"),
    ("badly formed id", |c| c.skills[1].id = "Soft Skill".into(), SKILLS, "Soft Skill"),
    ("unknown category", |c| c.skills[0].category = "nope".into(), SKILLS, "python"),
    ("five levels", |c| drop(c.skills[0].levels.pop()), SKILLS, "python"),
    ("empty level", |c| c.skills[0].levels[3] = " ".into(), SKILLS, "python"),
    ("skill from future", |c| c.skills[0].since = 2, SKILLS, "python"),
    ("too few questions", |c| drop(c.questions.pop()), QUESTIONS, "communication"),
    ("too few at a level", |c| c.questions[0].level = 3, QUESTIONS, "python"),
    ("duplicate question", |c| c.questions[1].id = "q1".into(), QUESTIONS, "q1"),
    ("question unknown skill", |c| c.questions[0].skill = "nope".into(), QUESTIONS, "q1"),
    ("retired before added", |c| c.questions[0].until = Some(1), QUESTIONS, "q1"),
    ("question level 0", |c| c.questions[0].level = 0, QUESTIONS, "q1"),
    ("question level 6", |c| c.questions[0].level = 6, QUESTIONS, "q1"),
    ("question since 0", |c| c.questions[0].since = 0, QUESTIONS, "q1"),
    ("duplicate role", |c| c.roles.push(c.roles[0].clone()), ROLES, "back"),
    ("profile unknown skill", |c| c.roles[0].profile[0].skill = "nope".into(), ROLES, "back"),
    ("profile twice", |c| c.roles[0].profile[1].skill = "python".into(), ROLES, "back"),
    ("profile level 6", |c| c.roles[0].profile[0].level = 6, ROLES, "back"),
    ("profile weight 0", |c| c.roles[0].profile[0].weight = 0, ROLES, "back"),
    ("profile weight 4", |c| c.roles[0].profile[0].weight = 4, ROLES, "back"),
    ("empty profile", |c| c.roles[0].profile.clear(), ROLES, "back"),
    ("no core skill", |c| c.roles[0].profile[0].core = None, ROLES, "back"),
    ("core explicitly false only", |c| c.roles[1].profile[0].core = Some(false), ROLES, "front"),
    ("core of weight 2", |c| c.roles[1].profile[1].core = Some(true), ROLES, "front"),
    ("core at level 0", |c| c.roles[0].profile[0].level = 0, ROLES, "back"),
    ("empty unmeasured need", |c| need(c, 0).need = "  ".into(), ROLES, "front"),
    ("long unmeasured need", |c| need(c, 0).need = "x".repeat(121), ROLES, "front"),
    ("unmeasured need twice", |c| need(c, 1).need = " a design EYE. ".into(), ROLES, "front"),
    ("unknown related", |c| c.roles[0].related.push("nope".into()), ROLES, "back"),
    ("related to itself", |c| c.roles[0].related.push("back".into()), ROLES, "back"),
    ("role unknown resource", |c| c.roles[0].resources.push("nope".into()), ROLES, "back"),
    ("missing pivot", |c| c.roles[1].pivot = None, ROLES, "front"),
    ("pivot unknown skill", |c| pivot(c).skills.push("nope".into()), ROLES, "front"),
    ("pivot unknown resource", |c| pivot(c).resources.push("nope".into()), ROLES, "front"),
    ("duplicate resource", |c| c.resources.push(c.resources[0].clone()), RESOURCES, "py-docs"),
    ("resource http", |c| c.resources[0].url = "http://python.org".into(), RESOURCES, "py-docs"),
    ("resource unknown skill", |c| c.resources[0].skills[0] = "nope 1-3".into(), RESOURCES, "py-docs"),
    ("resource skill twice", |c| { let t = c.resources[0].skills[0].clone(); c.resources[0].skills.push(t) }, RESOURCES, "py-docs"),
    ("resource levels reversed", |c| c.resources[0].skills[0] = "python 3-1".into(), RESOURCES, "py-docs"),
    ("resource level 0", |c| c.resources[0].skills[0] = "python 0-2".into(), RESOURCES, "py-docs"),
    ("resource level 6", |c| c.resources[0].skills[0] = "python 4-6".into(), RESOURCES, "py-docs"),
    ("resource one level", |c| c.resources[0].skills[0] = "python 2".into(), RESOURCES, "py-docs"),
    ("duplicate path", |c| c.paths.push(c.paths[0].clone()), RESOURCES, "self"),
    ("path unknown resource", |c| c.paths[0].resources.push("nope".into()), RESOURCES, "self"),
    ("duplicate source", |c| c.salaries.sources.push(c.salaries.sources[0].clone()), SALARIES, "indeed"),
    ("source http", |c| sal(c).sources[1].url = "http://bls.gov".into(), SALARIES, "bls"),
    ("national unknown role", |c| sal(c).national.role = "nope".into(), SALARIES, "national"),
    ("national unknown source", |c| sal(c).national.source = "nope".into(), SALARIES, "national"),
    ("duplicate city", |c| c.salaries.cities.push(c.salaries.cities[0].clone()), SALARIES, "town"),
    ("city unknown source", |c| sal(c).cities[0].source = "nope".into(), SALARIES, "town"),
    ("city other role", |c| sal(c).cities[0].role = "front".into(), SALARIES, "town"),
    ("city pct off", |c| sal(c).cities[0].diff_pct = 12.0, SALARIES, "town"),
    ("city amount off", |c| sal(c).cities[0].amount.usd = 112_000, SALARIES, "town"),
    ("city pct three decimals", |c| sal(c).cities[0].diff_pct = 10.001, SALARIES, "town"),
    ("comparison unknown role", |c| sal(c).comparison[1].role = "nope".into(), SALARIES, "comparison/nope"),
    ("comparison pct off", |c| sal(c).comparison[1].diff_pct = Some(-20.0), SALARIES, "comparison/front"),
    ("comparison no pct", |c| sal(c).comparison[1].diff_pct = None, SALARIES, "comparison/front"),
    ("figure unknown source", |c| sal(c).role_figures[0].source = "nope".into(), SALARIES, "role_figures/front/nope"),
    ("figure twice", |c| c.salaries.role_figures.push(c.salaries.role_figures[0].clone()), SALARIES, "role_figures/front/indeed"),
    ("duplicate BLS category", |c| c.salaries.bls_categories.push(c.salaries.bls_categories[0].clone()), SALARIES, "devs"),
    ("BLS url http", |c| sal(c).bls_categories[0].url = "http://bls.gov".into(), SALARIES, "devs"),
    ("BLS unknown category", |c| sal(c).role_bls[0].category = "nope".into(), SALARIES, "role_bls/back"),
    ("BLS unknown role", |c| sal(c).role_bls[0].role = "nope".into(), SALARIES, "role_bls/nope"),
    ("duplicate board", |c| c.job_search.boards.push(c.job_search.boards[0].clone()), JOB_SEARCH, "py-jobs"),
    ("board http", |c| js(c).boards[0].url = Some("http://www.python.org/jobs/".into()), JOB_SEARCH, "py-jobs"),
    ("board unknown role", |c| js(c).boards[0].roles.push("nope".into()), JOB_SEARCH, "py-jobs"),
    ("board unknown skill", |c| js(c).boards[0].skills.push("nope".into()), JOB_SEARCH, "py-jobs"),
    ("board for nothing", |c| js(c).boards[1].roles.clear(), JOB_SEARCH, "gone"),
    ("board no url no note", |c| js(c).boards[1].note = None, JOB_SEARCH, "gone"),
    ("board empty note", |c| js(c).boards[1].note = Some(" ".into()), JOB_SEARCH, "gone"),
    ("board empty name", |c| js(c).boards[0].name = "".into(), JOB_SEARCH, "py-jobs"),
    ("duplicate step", |c| c.job_search.steps.push(c.job_search.steps[0].clone()), JOB_SEARCH, "github"),
    ("step empty text", |c| js(c).steps[0].text = " ".into(), JOB_SEARCH, "github"),
    ("step resource http", |c| js(c).steps[1].resource.url = "http://example.org/".into(), JOB_SEARCH, "network"),
    ("no steps", |c| { js(c).steps.clear(); js(c).order = StepOrder::default() }, JOB_SEARCH, "steps"),
    ("order leaves a step out", |c| drop(js(c).order.junior.pop()), JOB_SEARCH, "order/junior"),
    ("order lists a step twice", |c| js(c).order.senior[1] = "network".into(), JOB_SEARCH, "order/senior"),
    ("order unknown step", |c| js(c).order.senior.push("nope".into()), JOB_SEARCH, "order/senior"),
    ("empty freelance", |c| js(c).freelance.clear(), JOB_SEARCH, "freelance"),
    ("empty degrees", |c| js(c).degrees = "\n".into(), JOB_SEARCH, "degrees"),
];

fn js(c: &mut Catalog) -> &mut JobSearch {
    &mut c.job_search
}

fn sal(c: &mut Catalog) -> &mut Salaries {
    &mut c.salaries
}

fn need(c: &mut Catalog, i: usize) -> &mut Unmeasured {
    &mut c.roles[1].unmeasured.as_mut().unwrap()[i]
}

fn pivot(c: &mut Catalog) -> &mut Pivot {
    c.roles[1].pivot.as_mut().unwrap()
}

type TextBreak = (&'static str, fn(&mut QuestionTexts), &'static str);

#[rustfmt::skip]
const TEXT_BREAKS: &[TextBreak] = &[
    ("question without tests", |t| t.questions[0].tests = None, "q1"),
    ("tests not its level's", |t| t.questions[0].tests = Some("at level 3".into()), "q1"),
    ("tests too short", |t| t.questions[0].tests = Some("level 2".into()), "q1"),
    ("question without concept", |t| t.questions[0].concept = None, "q1"),
    ("concept twice", |t| t.questions[1].concept = t.questions[0].concept.clone(), "q1-concept"),
    ("one choice", |t| t.questions[0].choices.truncate(1), "q1"),
    ("answer out of range", |t| t.questions[0].answer = 3, "q1"),
    ("repeated choice", |t| t.questions[0].choices[2] = "b".into(), "q1"),
    ("empty prompt", |t| t.questions[0].prompt = " ".into(), "q1"),
    ("empty explanation", |t| t.questions[0].explanation = "".into(), "q1"),
    ("a question without words", |t| drop(t.questions.pop()), "questions"),
    ("words out of order", |t| t.questions.swap(0, 1), "python-2-b"),
];

#[test]
fn every_break_of_the_texts_is_reported_with_its_entry() {
    let catalog = fixture();
    for (name, breaks, entry) in TEXT_BREAKS {
        let mut texts = fixture_texts(&catalog);
        breaks(&mut texts);
        let errors = validate_question_texts(&catalog, &texts);
        assert!(
            errors
                .iter()
                .any(|e| e.file == QUESTION_TEXTS && e.entry.as_deref() == Some(entry)),
            "{name}: expected an error for {QUESTION_TEXTS}: {entry}, got {errors:#?}"
        );
    }
}

#[test]
fn every_break_is_reported_with_file_and_entry() {
    for (name, breaks, file, entry) in BREAKS {
        let mut catalog = fixture();
        breaks(&mut catalog);
        let errors = validate(&catalog);
        assert!(
            errors
                .iter()
                .any(|e| e.file == *file && e.entry.as_deref() == Some(entry)),
            "{name}: expected an error for {file}: {entry}, got {errors:#?}"
        );
    }
}
