//! The page's example articles (`www/examples.js`), the first thing a new user classifies:
//! each must get every incident it tells of, at the page's default minimum score, and nothing
//! else. The labels below are what the texts report, read against TAXONOMY.md.

use std::collections::BTreeSet;

/// The `lang` and `text` of each example, read from the JavaScript module (its strings are
/// JSON string literals).
fn examples() -> Vec<(String, String)> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/www/examples.js");
    let js = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let field = |line: &str, name: &str| -> Option<String> {
        let value = line.trim().strip_prefix(name)?.trim_end_matches(',');
        Some(serde_json::from_str(value).unwrap_or_else(|e| panic!("{name} {value}: {e}")))
    };
    let mut out = Vec::new();
    let mut lang = None;
    for line in js.lines() {
        if let Some(l) = field(line, "lang:") {
            lang = Some(l);
        } else if let Some(text) = field(line, "text:") {
            out.push((lang.take().expect("a lang before each text"), text));
        }
    }
    out
}

#[test]
fn each_example_gets_the_incidents_it_reports() {
    let all = |ids: &[&str]| ids.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>();
    let expected = [
        (
            "en",
            all(&[
                "detention",
                "prosecution",
                "raid_seizure",
                "blocking_shutdown",
            ]),
        ),
        (
            "ru",
            all(&[
                "detention",
                "prosecution",
                "raid_seizure",
                "blocking_shutdown",
                "intimidation",
            ]),
        ),
        (
            "kk",
            all(&[
                "detention",
                "prosecution",
                "raid_seizure",
                "blocking_shutdown",
                "intimidation",
            ]),
        ),
    ];
    let found = examples();
    assert_eq!(found.len(), expected.len(), "examples in www/examples.js");
    for ((lang, text), (want_lang, want)) in found.iter().zip(&expected) {
        assert_eq!(lang, want_lang);
        let report = presswatch::classify(text);
        assert_eq!(report.language.code(), lang.as_str());
        let got: BTreeSet<String> = report.labels.iter().map(|l| l.id.to_string()).collect();
        assert_eq!(&got, want, "the {lang} example");
    }
}
