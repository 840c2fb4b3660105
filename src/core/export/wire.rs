//! The answers file's fields to and from JSON, by hand and as strict as serde's derive
//! was (which this replaced, to keep serde_json out of the wasm): a missing or mistyped
//! field makes the file unreadable, unknown fields are ignored.

use crate::core::answers::{Answers, CheckOutcome, Rating};
use crate::core::json::{self, Json, Value};
use crate::core::small::SortedMap;

/// An answers file's fields, `app` and `format` already checked.
pub struct File<'a> {
    pub answers: Answers,
    pub city: Option<String>,
    pub mode: Option<&'a str>,
}

/// `{ "ratings": { id: { "level": n } or "skipped" }, "checks": { id: outcome } }`.
pub fn answers(answers: &Answers) -> Json {
    let ratings = answers.ratings.iter().map(|(id, rating)| {
        let value = match rating {
            Rating::Level(l) => Json::object([("level", Json::Number(u64::from(*l)))]),
            Rating::Skipped => Json::str("skipped"),
        };
        (id.as_str(), value)
    });
    let checks = answers
        .checks
        .iter()
        .map(|(id, outcome)| (id.as_str(), Json::str(outcome.name())));
    Json::object([
        ("ratings", Json::object(ratings)),
        ("checks", Json::object(checks)),
    ])
}

/// The fields of a file, or `None` when one has the wrong shape.
pub fn file(value: &Value) -> Option<File<'_>> {
    let root = json::object(value)?;
    // Required though informational, as the derive had it.
    u32::try_from(json::as_u64(root.get("data_version")?)?).ok()?;
    let stored = json::object(root.get("answers")?)?;
    let answers = Answers {
        ratings: entries(stored.get("ratings")?, rating)?,
        checks: entries(stored.get("checks")?, outcome)?,
    };
    Some(File {
        answers,
        city: optional(root.get("city"))?.map(str::to_string),
        mode: optional(root.get("mode"))?,
    })
}

/// An object's entries read by `read`; `None` when it isn't an object or one doesn't read.
/// Inserted one by one: `collect()` into a map would sort first (core/small.rs says why not).
fn entries<T>(value: &Value, read: fn(&Value) -> Option<T>) -> Option<SortedMap<String, T>> {
    let mut map = SortedMap::new();
    for (id, v) in json::object(value)? {
        map.insert(id.clone(), read(v)?);
    }
    Some(map)
}

/// A string that may be missing or null: `Some(None)` then, `None` for another type.
fn optional(value: Option<&Value>) -> Option<Option<&str>> {
    match value {
        None | Some(Value::Null) => Some(None),
        Some(v) => json::as_str(v).map(Some),
    }
}

/// An enum variant as serde writes it: `"name"`, or `{ "name": payload }`.
fn variant(value: &Value) -> Option<(&str, Option<&Value>)> {
    if let Some(name) = json::as_str(value) {
        return Some((name, None));
    }
    let map = json::object(value).filter(|m| m.len() == 1)?;
    let (name, payload) = map.iter().next()?;
    Some((name, Some(payload)))
}

/// A variant without data; serde also read `{ "name": null }`.
fn unit(value: &Value) -> Option<&str> {
    match variant(value)? {
        (name, None | Some(Value::Null)) => Some(name),
        _ => None,
    }
}

fn rating(value: &Value) -> Option<Rating> {
    match variant(value)? {
        ("level", Some(level)) => Some(Rating::Level(u8::try_from(json::as_u64(level)?).ok()?)),
        _ => (unit(value)? == "skipped").then_some(Rating::Skipped),
    }
}

fn outcome(value: &Value) -> Option<CheckOutcome> {
    CheckOutcome::from_name(unit(value)?)
}

#[cfg(test)]
mod tests {
    use crate::core::answers::{Answers, CheckOutcome, Rating};
    use crate::core::export::{export, import};
    use crate::core::testing::tiny_catalog;

    /// The text serde_json's `to_string_pretty` wrote for the derived struct, which the hand
    /// writing replaced: files exported before and after are the same, byte for byte.
    const WRITTEN_BY_SERDE: &str = r#"{
  "app": "skillcheck",
  "format": 1,
  "data_version": 1,
  "answers": {
    "ratings": {
      "python": {
        "level": 4
      },
      "sql": "skipped"
    },
    "checks": {
      "python-3": "right",
      "python-4": "wrong"
    }
  },
  "city": null,
  "mode": "checked"
}"#;

    fn sample() -> Answers {
        let mut a = Answers::default();
        a.ratings.insert("python".into(), Rating::Level(4));
        a.ratings.insert("sql".into(), Rating::Skipped);
        a.checks.insert("python-4".into(), CheckOutcome::Wrong);
        a.checks.insert("python-3".into(), CheckOutcome::Right);
        a
    }

    /// The derived struct the file was written from before.
    #[derive(serde::Serialize)]
    struct AnswersFile {
        app: String,
        format: u64,
        data_version: u32,
        answers: Answers,
        city: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        mode: Option<String>,
    }

    #[test]
    fn the_file_is_written_as_serde_wrote_it() {
        let old = AnswersFile {
            app: "skillcheck".into(),
            format: 1,
            data_version: 1,
            answers: sample(),
            city: None,
            mode: Some("checked".into()),
        };
        assert_eq!(
            serde_json::to_string_pretty(&old).unwrap(),
            WRITTEN_BY_SERDE
        );
        assert_eq!(export(&tiny_catalog(), &sample(), None), WRITTEN_BY_SERDE);
    }

    #[test]
    fn variants_read_as_serde_read_them() {
        // serde also read a unit variant as `{ "name": null }`; a level needs its number.
        let c = tiny_catalog();
        let file = |ratings: &str, checks: &str| {
            format!(
                r#"{{"app":"skillcheck","format":1,"data_version":1,"answers":{{"ratings":{ratings},"checks":{checks}}},"city":null}}"#
            )
        };
        let read = import(
            &c,
            &file(
                r#"{"python":{"level":4},"sql":{"skipped":null}}"#,
                r#"{"python-4":{"wrong":null}}"#,
            ),
        )
        .unwrap();
        assert_eq!(
            read.result.answers.ratings.get("sql"),
            Some(&Rating::Skipped)
        );
        assert_eq!(
            read.result.answers.checks.get("python-4"),
            Some(&CheckOutcome::Wrong)
        );
        for bad in [
            r#"{"python":"level"}"#,
            r#"{"python":{"level":4,"x":1}}"#,
            r#"{"python":{"level":-1}}"#,
            r#"{"python":{"level":4.5}}"#,
        ] {
            assert!(import(&c, &file(bad, "{}")).is_err(), "{bad}");
        }
    }
}
