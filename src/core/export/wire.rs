//! The answers file's fields to and from JSON, by hand and as strict as serde's derive
//! was (which this replaced, to keep serde_json out of the wasm): a missing or mistyped
//! field makes the file unreadable, unknown fields are ignored.

use crate::core::answers::{Answers, CheckOutcome, Rating};
use crate::core::json::{self, Json, Value};
use std::collections::BTreeMap;

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
fn entries<T>(value: &Value, read: fn(&Value) -> Option<T>) -> Option<BTreeMap<String, T>> {
    json::object(value)?
        .iter()
        .map(|(id, v)| Some((id.clone(), read(v)?)))
        .collect()
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
