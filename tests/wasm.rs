//! The core compiled to wasm32, run under Node and headless Chromium
//! (`wasm-pack test --node --headless --chrome`; no `run_in_browser`, so both run it).
//! The exports' JavaScript shape is tested next to them in `src/wasm.rs`; the release build
//! through its JS glue in `tests/js/release.test.mjs`.
#![cfg(target_arch = "wasm32")]

use presswatch::{classify, Classifier, Lang};
use wasm_bindgen_test::wasm_bindgen_test;

/// Byte offsets must sit on char boundaries and slice back to the evidence, or the
/// UTF-16 conversion in the face would be wrong.
fn assert_spans(text: &str, report: &presswatch::Report) {
    for label in &report.labels {
        for ev in &label.evidence {
            assert_eq!(
                text.get(ev.start..ev.end),
                Some(ev.sentence.as_str()),
                "{}",
                label.id
            );
            let cue = text.get(ev.cue_start..ev.cue_end);
            assert!(cue.is_some(), "{}: cue span off a char boundary", label.id);
            assert!(
                ev.start <= ev.cue_start && ev.cue_end <= ev.end,
                "{}",
                label.id
            );
        }
    }
}

#[wasm_bindgen_test]
fn evidence_spans_after_multibyte_text() {
    let ru = Classifier::builder()
        .lang(Some(Lang::Ru))
        .build()
        .expect("valid options");
    let text = "Әкім 🎉 әғқңөұүһі 👩🏽‍💻. Журналиста задержали полицейские в Алматы 🚓.";
    let report = ru.classify(text);
    assert!(report.incident, "{report:?}");
    assert_spans(text, &report);

    let text = "🙂 Police arrested the journalist 📷 at the protest.";
    let report = classify(text);
    assert!(report.incident, "{report:?}");
    assert_spans(text, &report);
}

#[wasm_bindgen_test]
fn odd_input_gives_a_report_not_a_trap() {
    let big = "Журналист 🙂 ".repeat(20_000);
    let inputs = [
        "",
        "\u{feff}",
        "\0\u{200d}\u{301}",
        "<p>&amp;</p>",
        "\u{fdfa}\u{202e}\u{1f3f3}\u{fe0f}",
        big.as_str(),
    ];
    for text in inputs {
        let report = classify(text);
        assert_spans(text, &report);
    }
    assert!(!classify("").incident);
}
