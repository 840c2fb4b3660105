use super::*;
use serde_json::json;

fn sample() -> Json {
    Json::object([
        (
            "app",
            Json::str("quote \" slash \\ line\n tab\t bell\u{7} é"),
        ),
        ("n", Json::Number(u64::MAX)),
        ("none", Json::Null),
        ("yes", Json::Bool(true)),
        ("empty", Json::object(Vec::<(String, Json)>::new())),
        (
            "nested",
            Json::object([
                ("a", Json::Number(0)),
                ("b", Json::object([("c", Json::Bool(false))])),
            ]),
        ),
    ])
}

fn as_serde() -> serde_json::Value {
    json!({
        "app": "quote \" slash \\ line\n tab\t bell\u{7} é",
        "n": u64::MAX,
        "none": null,
        "yes": true,
        "empty": {},
        "nested": { "a": 0, "b": { "c": false } },
    })
}

#[test]
fn writes_what_serde_json_wrote() {
    // serde_json's map sorts its keys; the same keys in that order give the same text.
    let mut pairs = match sample() {
        Json::Object(pairs) => pairs,
        _ => unreachable!(),
    };
    pairs.sort_by(|a, b| a.0.cmp(&b.0));
    let sorted = Json::Object(pairs);
    assert_eq!(
        sorted.compact(),
        serde_json::to_string(&as_serde()).unwrap()
    );
    assert_eq!(
        sorted.pretty(),
        serde_json::to_string_pretty(&as_serde()).unwrap()
    );
}

#[test]
fn reads_back_what_it_writes() {
    let value = parse(&sample().pretty()).unwrap();
    assert_eq!(get(&value, "n").and_then(as_u64), Some(u64::MAX));
    assert_eq!(get(&value, "yes").and_then(as_bool), Some(true));
    let app = get(&value, "app").and_then(as_str).unwrap();
    assert_eq!(app, "quote \" slash \\ line\n tab\t bell\u{7} é");
    assert!(get(&value, "none").is_some_and(|v| matches!(v, Value::Null)));
    assert!(get(&value, "missing").is_none());
}

#[test]
fn only_whole_numbers_from_zero_are_u64() {
    for (text, expected) in [("3", Some(3)), ("-1", None), ("2.5", None), ("3.0", None)] {
        assert_eq!(as_u64(&parse(text).unwrap()), expected, "{text}");
    }
}

#[test]
fn syntax_errors_agree_with_serde_json() {
    let texts = [
        "",
        " ",
        "{",
        "[",
        "[1, 2",
        "{\"a\"",
        "{\"a\":",
        "{\"a\": 1",
        "{\"a\": 1,",
        "\"abc",
        "\"a\\",
        "\"a\\u12",
        "tru",
        "-",
        "1.",
        "1e",
        "1e+",
        "{\"app\": \"skillcheck\",}",
        "[1,]",
        "not json {",
        "{1: 2}",
        "{\"a\" 1}",
        "[1 2]",
        "{\"a\": 1]",
        "01",
        "-x",
        "1.x",
        "\"\\x\"",
        "\"a\u{1}b\"",
        "truth",
        "nul",
        "[] x",
        "{} {}",
        "\u{89}PNG\r\n",
        "{\n  \"a\": [1,\n    x]\n}",
        "[[[[[[[[[[",
        "{\"a\": {\"b\": [true, false, null, -0.5e-3, \"\\u00e9\\n\"]}}",
        "[]",
        "{}",
        "\"\\/\"",
    ];
    for text in texts {
        let ours = syntax_error(text);
        let theirs = serde_json::from_str::<serde_json::Value>(text).err();
        match (&ours, &theirs) {
            (None, None) => {}
            (Some(ours), Some(theirs)) => {
                assert_eq!(ours.at_end, theirs.is_eof(), "{text:?}: {ours} / {theirs}");
                assert_eq!(ours.line, theirs.line(), "{text:?}: {ours} / {theirs}");
            }
            _ => panic!("{text:?}: ours {ours:?}, serde_json {theirs:?}"),
        }
        assert_eq!(parse(text).is_some(), ours.is_none(), "{text:?}");
    }
}

#[test]
fn a_syntax_error_names_its_place() {
    let e = syntax_error("{\n  \"a\": 1\n  \"b\": 2\n}").unwrap();
    assert_eq!((e.line, e.column, e.at_end), (3, 3, false));
    assert_eq!(e.to_string(), "expected `,` or `}` at line 3 column 3");
}
