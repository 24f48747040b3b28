//! The JavaScript face as JavaScript sees it: shapes of the returned objects, UTF-16
//! offsets that `String.prototype.slice` accepts, and options that throw.
//! Runs under `wasm-pack test --node --headless --chrome` (no `run_in_browser`: both).
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, JsString, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

// The face compiled into this test crate, so its exports are callable from Rust; it reaches
// the core through these imports exactly as it does inside the library.
#[allow(unused_imports)]
use presswatch::{taxonomy, Classifier, Lang, Report};
#[allow(dead_code)]
#[path = "../src/wasm.rs"]
mod face;

fn get(obj: &JsValue, key: &str) -> JsValue {
    Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn num(obj: &JsValue, key: &str) -> u32 {
    let v = get(obj, key).as_f64().unwrap_or_else(|| panic!("{key} is not a number"));
    assert!(v >= 0.0 && v.fract() == 0.0, "{key} = {v} is not an offset");
    v as u32
}

fn string(obj: &JsValue, key: &str) -> String {
    get(obj, key).as_string().unwrap_or_else(|| panic!("{key} is not a string"))
}

fn options(json: &str) -> JsValue {
    js_sys::JSON::parse(json).expect("test options are valid JSON")
}

/// Classifies and checks every evidence offset against the JS string, returning the labels.
fn classify_checked(text: &str, opts: JsValue) -> Array {
    let report = face::classify(text, opts).unwrap_or_else(|_| panic!("classify threw"));
    assert!(report.is_object());
    assert!(matches!(string(&report, "language").as_str(), "en" | "ru" | "kk"));
    let incident = get(&report, "incident").as_bool().expect("incident is a boolean");
    let labels: Array = get(&report, "labels").dyn_into().expect("labels is an array");
    assert_eq!(incident, labels.length() > 0);

    let js_text = JsString::from(text);
    for label in labels.iter() {
        assert!(!string(&label, "id").is_empty());
        assert!(!string(&label, "family").is_empty());
        let score = get(&label, "score").as_f64().expect("score is a number");
        assert!((0.0..=1.0).contains(&score), "score {score}");
        let evidence: Array = get(&label, "evidence").dyn_into().expect("evidence is an array");
        assert!(evidence.length() > 0, "a label without evidence");
        for ev in evidence.iter() {
            let (start, end) = (num(&ev, "start"), num(&ev, "end"));
            let (cue_start, cue_end) = (num(&ev, "cue_start"), num(&ev, "cue_end"));
            assert!(start < end && end <= js_text.length());
            assert!(start <= cue_start && cue_start < cue_end && cue_end <= end);
            let sentence = string(&ev, "sentence");
            assert_eq!(String::from(js_text.slice(start, end)), sentence);
            let cue = string(&ev, "cue");
            let sliced = String::from(js_text.slice(cue_start, cue_end));
            assert_eq!(sliced.to_lowercase(), cue.to_lowercase());
        }
    }
    labels
}

#[wasm_bindgen_test]
fn report_shape_and_offsets_after_cyrillic_kazakh_and_emoji() {
    let cases = [
        (
            "Қазақстан: әғқңөұүһі ӘҒҚҢӨҰҮҺІ 🙂📰👩🏽‍💻. Журналиста Ивана Петрова задержали \
             полицейские в Алматы 🚓.",
            r#"{"lang": "ru"}"#,
        ),
        (
            "Әкім 🎉 сөйледі. Привет 👋🏾. Police arrested journalist John Smith 📷 in Almaty \
             on Monday.",
            r#"{"lang": "en"}"#,
        ),
        ("🙂 Police arrested the journalist 📷 at the protest.", "null"),
    ];
    for (text, opts) in cases {
        let labels = classify_checked(text, options(opts));
        assert!(labels.length() > 0, "no label for {text:?}");
    }
}

#[wasm_bindgen_test]
fn empty_and_plain_text_give_empty_reports() {
    for text in ["", "   ", "🙂🙂🙂", "The weather in Almaty was sunny on Monday."] {
        let labels = classify_checked(text, JsValue::UNDEFINED);
        assert_eq!(labels.length(), 0, "labels for {text:?}");
    }
}

#[wasm_bindgen_test]
fn accepted_options() {
    for opts in ["null", "{}", r#"{"minScore": 0}"#, r#"{"minScore": 1, "lang": "auto"}"#, r#"{"lang": "kk"}"#] {
        assert!(face::classify("text", options(opts)).is_ok(), "{opts} threw");
    }
}

fn thrown_message(opts: JsValue) -> String {
    let err = match face::classify("Police arrested a journalist.", opts) {
        Ok(_) => panic!("bad options did not throw"),
        Err(e) => JsValue::from(e),
    };
    let err: js_sys::Error = err.dyn_into().expect("thrown value is an Error");
    String::from(err.message())
}

#[wasm_bindgen_test]
fn bad_options_throw_clear_errors() {
    let cases = [
        (r#"{"minScore": 1.7}"#, "1.7"),
        (r#"{"minScore": -0.1}"#, "-0.1"),
        (r#"{"minScore": "high"}"#, "high"),
        (r#"{"lang": "xx"}"#, "xx"),
        (r#"{"lang": 5}"#, "5"),
        (r#"{"minscore": 0.5}"#, "minscore"),
        (r#"{"colour": "red"}"#, "colour"),
        ("5", "options"),
        (r#""en""#, "options"),
    ];
    for (opts, needle) in cases {
        let message = thrown_message(options(opts));
        assert!(message.contains(needle), "{opts}: {message:?} does not name {needle:?}");
        assert!(!message.ends_with('.'), "{opts}: {message:?} ends with a period");
        let first = message.chars().next().unwrap_or(' ');
        assert!(!first.is_uppercase(), "{opts}: {message:?} is not lowercase");
    }
}

#[wasm_bindgen_test]
fn taxonomy_and_version() {
    let types: Array = face::taxonomy().dyn_into().expect("taxonomy is an array");
    assert!(types.length() >= 10);
    let ids: Vec<String> = types.iter().map(|t| string(&t, "id")).collect();
    for id in ["killing", "physical_attack", "detention", "prosecution"] {
        assert!(ids.iter().any(|i| i == id), "{id} missing from {ids:?}");
    }
    for t in types.iter() {
        assert!(!string(&t, "family").is_empty());
    }
    assert_eq!(face::version(), env!("CARGO_PKG_VERSION"));
}
