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
    // The three examples tell one story: a reporter detained and charged, the gear seized,
    // the site blocked, and in Russian and Kazakh threats to the editor as well.
    const STORY: [&str; 5] = [
        "detention",
        "prosecution",
        "raid_seizure",
        "blocking_shutdown",
        "intimidation",
    ];
    let expected: [(&str, &[&str]); 3] = [("en", &STORY[..4]), ("ru", &STORY), ("kk", &STORY)];
    let found = examples();
    assert_eq!(found.len(), expected.len(), "examples in www/examples.js");
    for ((lang, text), (want_lang, want)) in found.iter().zip(expected) {
        assert_eq!(lang, want_lang);
        let report = presswatch::classify(text);
        assert_eq!(report.language.code(), lang.as_str());
        let got: BTreeSet<&str> = report.labels.iter().map(|l| l.id).collect();
        assert_eq!(got, want.iter().copied().collect(), "the {lang} example");
    }
}
