//! Any text (as plain text or as HTML): classifying never panics, and the report's
//! invariants hold: spans inside the text on char boundaries, scores in 0..=1, labels sorted,
//! no label without evidence.
#![no_main]

use libfuzzer_sys::fuzz_target;
use presswatch::{Classifier, Lang, Report};
use std::sync::OnceLock;

fn classifiers() -> &'static [Classifier; 4] {
    static C: OnceLock<[Classifier; 4]> = OnceLock::new();
    C.get_or_init(|| {
        let build = |b: presswatch::Builder| b.build().expect("valid options");
        [
            build(Classifier::builder()),
            build(Classifier::builder().min_score(0.0).lang(Some(Lang::Ru))),
            build(Classifier::builder().min_score(0.2).lang(Some(Lang::Kk))),
            build(Classifier::builder().min_score(0.0).html(true)),
        ]
    })
}

fn check(text: &str, r: &Report) {
    assert_eq!(r.incident, !r.labels.is_empty());
    for w in r.labels.windows(2) {
        assert!(w[0].score >= w[1].score, "labels not sorted");
    }
    for l in &r.labels {
        assert!((0.0..=1.0).contains(&l.score), "score {}", l.score);
        assert!(!l.evidence.is_empty(), "label {} without evidence", l.id);
        for e in &l.evidence {
            assert!(e.start <= e.cue_start && e.cue_start < e.cue_end && e.cue_end <= e.end);
            assert!(e.end <= text.len());
            for o in [e.start, e.end, e.cue_start, e.cue_end] {
                assert!(text.is_char_boundary(o), "offset {o} splits a char");
            }
        }
    }
}

/// Every `{start, end}` pair anywhere in the report (evidence, cue, facts) is a span of the
/// text on char boundaries.
fn check_spans(text: &str, v: &serde_json::Value) {
    match v {
        serde_json::Value::Object(m) => {
            if let (Some(s), Some(e)) = (m.get("start").and_then(|x| x.as_u64()), m.get("end").and_then(|x| x.as_u64())) {
                let (s, e) = (s as usize, e as usize);
                assert!(s <= e && e <= text.len(), "span {s}..{e} of {}", text.len());
                assert!(text.is_char_boundary(s) && text.is_char_boundary(e), "span {s}..{e}");
            }
            m.values().for_each(|x| check_spans(text, x));
        }
        serde_json::Value::Array(a) => a.iter().for_each(|x| check_spans(text, x)),
        _ => {}
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&which, rest)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(rest);
    let c = &classifiers()[which as usize % 4];
    let r = c.classify(&text);
    check(&text, &r);
    check_spans(&text, &serde_json::to_value(&r).expect("a report serialises"));
});
