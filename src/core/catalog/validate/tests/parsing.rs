//! How catalog files are read: optional fields both parsers read alike, id shapes, and
//! which check covers job-search.json.

use super::*;

#[test]
fn core_and_unmeasured_are_optional_and_read_the_same_by_both_parsers() {
    let c = fixture();
    let (back, front) = (&c.roles[0], &c.roles[1]);
    assert!(back.profile[0].is_core() && !back.profile[1].is_core());
    assert_eq!(back.profile[1].core, None, "absent");
    assert!(!front.profile[1].is_core(), "explicitly false");
    assert_eq!(back.unmeasured(), []);
    let needs: Vec<(&str, bool)> = front
        .unmeasured()
        .iter()
        .map(|u| (u.need.as_str(), u.core))
        .collect();
    assert_eq!(needs, [("A design eye.", true), ("A drawing tool.", false)]);
    let cores: Vec<&str> = front
        .core_requirements()
        .map(|r| r.skill.as_str())
        .collect();
    assert_eq!(cores, ["python"]);

    // miniserde (the app's parser) reads the same: a missing field is the default.
    let text = r#"{"id": "r", "title": "R", "family": "related", "seniority": "mid",
        "summary": "S.", "profile": [{"skill": "python", "level": 1, "weight": 3, "core": true},
        {"skill": "sql", "level": 2, "weight": 1}], "unmeasured": [{"need": "N.", "core": true}],
        "related": [], "pivot": null, "resources": []}"#;
    let mini: Role = miniserde::json::from_str(text).unwrap();
    let strict: Role = serde_json::from_str(text).unwrap();
    assert_eq!(mini, strict);
    assert_eq!(
        (mini.profile[0].core, mini.profile[1].core),
        (Some(true), None)
    );
    let without = text.replace(r#""unmeasured": [{"need": "N.", "core": true}],"#, "");
    let mini: Role = miniserde::json::from_str(&without).unwrap();
    let strict: Role = serde_json::from_str(&without).unwrap();
    assert_eq!(mini, strict);
    assert_eq!(mini.unmeasured, None);
    assert_eq!(mini.unmeasured(), []);
    // An unmeasured need must say whether it is core: both parsers refuse one that does not.
    let no_core = text.replace(r#"{"need": "N.", "core": true}"#, r#"{"need": "N."}"#);
    assert!(miniserde::json::from_str::<Role>(&no_core).is_err());
    assert!(serde_json::from_str::<Role>(&no_core).is_err());
}

#[test]
fn ids_are_checked_for_shape() {
    for good in ["python", "rest-apis", "q1", "a-b-c2"] {
        assert!(is_valid_id(good), "{good}");
    }
    for bad in ["", "Python", "rest apis", "-a", "a-", "a--b", "ü"] {
        assert!(!is_valid_id(bad), "{bad}");
    }
}

/// The job-title list and compare load every file but job-search.json: their check leaves
/// it out, while the whole catalog's check needs it.
#[test]
fn the_job_search_file_is_checked_with_the_whole_catalog_only() {
    let mut c = fixture();
    c.job_search = JobSearch::default();
    assert_eq!(validate_roles_files(&c), vec![]);
    let errors = validate(&c);
    assert!(errors.iter().all(|e| e.file == JOB_SEARCH), "{errors:#?}");
    assert!(!errors.is_empty());
}

/// A board without an address leaves `url` out; both parsers read that as `None`.
#[test]
fn a_board_without_a_url_reads_the_same_by_both_parsers() {
    let text = r#"{"id": "b", "name": "B", "note": "No link.", "skills": ["python"], "roles": []}"#;
    let mini: JobBoard = miniserde::json::from_str(text).unwrap();
    let strict: JobBoard = serde_json::from_str(text).unwrap();
    assert_eq!(mini, strict);
    assert_eq!(mini.url, None);
}
