use super::*;
use crate::core::catalog::QuestionTexts;
use crate::core::site::{MAX_DESCRIPTION, MAX_TITLE, NOT_FOUND, OWN_RESULTS, UNKNOWN_ROLE};
use std::collections::BTreeSet;

fn bundled() -> Catalog {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/public/data");
    let texts = FILES.map(|f| std::fs::read_to_string(format!("{dir}/{f}")).unwrap());
    Catalog::from_sources(texts.each_ref().map(String::as_str)).unwrap()
}

#[test]
fn every_route_of_the_app_has_one_entry_and_every_entry_is_a_route() {
    use routes::{route_of, Route};
    let catalog = bundled();
    let routes: Vec<String> = pages(&catalog).into_iter().map(|p| p.route).collect();
    let unique: BTreeSet<String> = routes.iter().cloned().collect();
    assert_eq!(unique.len(), routes.len(), "one entry per route");
    let matched: Vec<Route> = routes.iter().map(|r| route_of(r)).collect();
    assert!(!matched.contains(&Route::NotFound), "{routes:?}");
    // Every page the router knows has an entry, each role its own.
    let roles = catalog.roles.iter().map(|r| Route::Role(r.id.clone()));
    let known: Vec<Route> = routes::PAGES_WITHOUT_ID.into_iter().chain(roles).collect();
    assert_eq!(matched.len(), known.len());
    assert!(known.iter().all(|r| matched.contains(r)), "{matched:?}");
    assert_eq!(
        routes[0],
        routes::HOME,
        "the landing page first (index.html)"
    );
}

#[test]
fn titles_and_descriptions_fit_a_link_preview() {
    let catalog = bundled();
    let mut texts: Vec<(String, String)> = pages(&catalog)
        .into_iter()
        .map(|p| (p.title, p.description))
        .collect();
    for t in [NOT_FOUND, UNKNOWN_ROLE, OWN_RESULTS] {
        texts.push((full_title(t.title), t.description.to_string()));
    }
    for (title, description) in texts {
        assert!(!title.trim().is_empty() && !description.trim().is_empty());
        assert!(title.chars().count() <= MAX_TITLE, "{title}");
        assert!(
            description.chars().count() <= MAX_DESCRIPTION,
            "{title}: {description}"
        );
        assert!(title.ends_with(APP_NAME));
        // The answers stay in the fragment: no share code in a page's head.
        assert!(!title.contains(EXAMPLE_CODE) && !description.contains(EXAMPLE_CODE));
    }
}

#[test]
fn each_page_loads_the_data_it_shows() {
    let catalog = bundled();
    for page in pages(&catalog) {
        let expected: &[&str] = match page.route.as_str() {
            "/" => &[],
            "/quiz" | "/quick" => &["meta.json", "skills.json", "questions.json"],
            "/roles" | "/compare" => &FILES[..FILES.len() - 1],
            _ => &FILES,
        };
        assert_eq!(page.data, expected, "{}", page.route);
    }
    assert_eq!(
        FILES[FILES.len() - 1],
        "job-search.json",
        "the list and compare leave it out"
    );
}

#[test]
fn previews_of_pages_whose_meaning_is_in_the_fragment_are_generic() {
    let catalog = bundled();
    let by_route = |route: &str| {
        pages(&catalog)
            .into_iter()
            .find(|p| p.route == route)
            .unwrap()
    };
    let results = by_route(routes::RESULTS);
    assert_eq!(
        results.title,
        full_title(crate::core::site::SHARED_RESULT.title)
    );
    assert!(!results.canonical && !by_route(routes::COMPARE).canonical);
    let FirstPaint::Start(variants) = results.first_paint else {
        panic!("results: a start")
    };
    let names: Vec<_> = variants.iter().map(|v| v.name).collect();
    assert_eq!(names, [Some("shared"), Some("own")]);
}

#[test]
fn the_json_holds_every_page() {
    let catalog = bundled();
    let json = manifest(&catalog);
    assert_eq!(
        json["pages"].as_array().unwrap().len(),
        pages(&catalog).len()
    );
    assert_eq!(json["preview_image"]["width"], PREVIEW_WIDTH);
    assert!(json["landing"]["html"]
        .as_str()
        .unwrap()
        .contains(landing::HEADING));
    assert!(json["boot_script"]
        .as_str()
        .unwrap()
        .contains("localStorage"));
}

/// The fields the build drops are the question texts' authoring fields, by their JSON
/// names: the texts parse as the browser parses them without those, and nothing else
/// changes.
#[test]
fn unshipped_fields_are_the_question_texts_authoring_fields() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/public/data");
    let rules = manifest(&bundled())["unshipped_fields"].clone();
    assert_eq!(rules.as_array().unwrap().len(), 1);
    let rule = &rules[0];
    let file = rule["file"].as_str().unwrap();
    assert_eq!(file, DataFile::QuestionTexts.name());
    let text = std::fs::read_to_string(format!("{dir}/{file}")).unwrap();
    let mut shipped: Value = serde_json::from_str(&text).unwrap();
    for entry in shipped[rule["list"].as_str().unwrap()]
        .as_array_mut()
        .unwrap()
    {
        for field in rule["fields"].as_array().unwrap() {
            entry
                .as_object_mut()
                .unwrap()
                .remove(field.as_str().unwrap());
        }
    }
    let shipped: QuestionTexts = miniserde::json::from_str(&shipped.to_string()).unwrap();
    let full: QuestionTexts = serde_json::from_str(&text).unwrap();
    assert!(full
        .questions
        .iter()
        .any(|q| q.concept.is_some() && q.tests.is_some()));
    let without_authoring: Vec<QuestionText> = full
        .questions
        .into_iter()
        .map(|q| QuestionText {
            tests: None,
            concept: None,
            ..q
        })
        .collect();
    assert_eq!(shipped.questions, without_authoring);
}

/// The build ships every question's words in a file of their own: each skill's questions
/// still asked in its skill's file, the retired ones (those with `until`) in theirs. Each
/// question in exactly one file, so `question-texts.json` itself is left empty (and not
/// shipped).
#[test]
fn the_questions_words_are_shipped_by_skill_and_the_retired_apart() {
    let catalog = bundled();
    let rules = manifest(&catalog)["shipped_apart"].clone();
    let rules = rules.as_array().unwrap();
    let mut shipped = Vec::new();
    for rule in rules {
        assert_eq!(rule["file"], DataFile::QuestionTexts.name());
        assert_eq!(rule["list"], "questions");
        let into = rule["into"].as_str().unwrap();
        for id in rule["ids"].as_array().unwrap() {
            let question = catalog.question(id.as_str().unwrap()).unwrap();
            let expected = if question.until.is_some() {
                DataFile::RetiredQuestionTexts.name().to_string()
            } else {
                format!("question-texts-{}.json", question.skill)
            };
            assert_eq!(into, expected, "{}", question.id);
            assert_eq!(rule["retired"], question.until.is_some(), "{}", question.id);
            shipped.push(question.id.as_str());
        }
    }
    // One file per skill with a question still asked, and one for the retired ones.
    let skills = catalog.skills.iter().filter(|s| {
        catalog
            .questions
            .iter()
            .any(|q| q.skill == s.id && q.until.is_none())
    });
    assert_eq!(rules.len(), skills.count() + 1);
    shipped.sort_unstable();
    let mut all: Vec<&str> = catalog.questions.iter().map(|q| q.id.as_str()).collect();
    all.sort_unstable();
    assert_eq!(shipped, all);
}
