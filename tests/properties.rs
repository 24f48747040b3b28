//! Properties of every report, over generated text (proptest): no panic; every span inside
//! the text on char boundaries; scores in 0..=1 and labels sorted; the same input gives the
//! same report; no label without evidence; a boilerplate footer changes no label that the
//! footer alone would not create. Case counts are modest so `cargo test` stays quick.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::sync::OnceLock;

use presswatch::{classify, Classifier, Report};
use proptest::prelude::*;
use proptest::sample::select;

/// Words and marks that make the classifier do work: cues, media words, negations, stops,
/// bullets, boilerplate headers, HTML, odd Unicode.
const VOCAB: &[&str] = &[
    "Police",
    "detained",
    "arrested",
    "the",
    "journalist",
    "reporter",
    "editor",
    "was",
    "not",
    "beaten",
    "killed",
    "shot",
    "blocked",
    "website",
    "newspaper",
    "fined",
    "court",
    "sentenced",
    "to",
    "10",
    "days",
    "years",
    "could",
    "be",
    "told",
    "reporters",
    "Журналиста",
    "задержали",
    "редакцию",
    "обыскали",
    "не",
    "суд",
    "оштрафовал",
    "газету",
    "сайт",
    "заблокирован",
    "тілші",
    "ұсталды",
    "журналист",
    "сотқа",
    "және",
    ".",
    ",",
    "!",
    "?",
    "…",
    "«",
    "»",
    "\"",
    "\n",
    "\n\n",
    " - ",
    "• ",
    "— ",
    "|",
    "Read also:",
    "Читайте также:",
    "MOST READ",
    "Mr.",
    "г.",
    "А.",
    "<p>",
    "</p>",
    "<b>",
    "<script>",
    "</script>",
    "&nbsp;",
    "&laquo;",
    "&#x416;",
    "<!--",
    "-->",
    "\u{0}",
    "\u{200b}",
    "\u{202e}",
    "\u{2066}",
    "\u{ad}",
    "🙂",
    "👩🏽‍💻",
    "e\u{301}",
    "\u{fffd}",
    "İ",
    "ß",
    "ǅ",
    "\t",
    "\r\n",
    "2024",
    "2 March",
];

/// Generated text: word salad from [`VOCAB`] (mostly) or any string at all.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::collection::vec(select(VOCAB), 0..80).prop_map(|w| w.join(" ")),
        1 => proptest::collection::vec(select(VOCAB), 0..80).prop_map(|w| w.concat()),
        2 => any::<String>(),
    ]
}

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

fn html_classifier() -> &'static Classifier {
    static C: OnceLock<Classifier> = OnceLock::new();
    C.get_or_init(
        || match Classifier::builder().html(true).min_score(0.0).build() {
            Ok(c) => c,
            Err(e) => panic!("{e}"),
        },
    )
}

/// Every `{start, end}` anywhere in the report (evidence, cue, facts) as a byte span.
fn spans(r: &Report) -> Vec<(usize, usize)> {
    fn walk(v: &serde_json::Value, out: &mut Vec<(usize, usize)>) {
        match v {
            serde_json::Value::Object(m) => {
                let get = |k: &str| m.get(k).and_then(|x| x.as_u64()).map(|x| x as usize);
                if let (Some(s), Some(e)) = (get("start"), get("end")) {
                    out.push((s, e));
                }
                if let (Some(s), Some(e)) = (get("cue_start"), get("cue_end")) {
                    out.push((s, e));
                }
                m.values().for_each(|x| walk(x, out));
            }
            serde_json::Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(&serde_json::to_value(r).unwrap_or_default(), &mut out);
    out
}

fn check_report(text: &str, r: &Report, plain: bool) -> Result<(), TestCaseError> {
    prop_assert_eq!(r.incident, !r.labels.is_empty());
    for w in r.labels.windows(2) {
        prop_assert!(w[0].score >= w[1].score, "labels not sorted: {:?}", r.ids());
    }
    for l in &r.labels {
        prop_assert!((0.0..=1.0).contains(&l.score), "score {}", l.score);
        prop_assert!(!l.evidence.is_empty(), "{} has no evidence", l.id);
        for e in &l.evidence {
            prop_assert!(e.start <= e.cue_start && e.cue_start < e.cue_end && e.cue_end <= e.end);
            if plain {
                prop_assert_eq!(text.get(e.start..e.end), Some(e.sentence.as_str()));
            }
        }
    }
    for (s, e) in spans(r) {
        prop_assert!(
            s <= e && e <= text.len(),
            "span {}..{} of {}",
            s,
            e,
            text.len()
        );
        prop_assert!(
            text.is_char_boundary(s) && text.is_char_boundary(e),
            "span {}..{} splits a char",
            s,
            e
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(config(200))]

    #[test]
    fn any_text_gives_a_sound_and_stable_report(text in text()) {
        let r = classify(&text);
        check_report(&text, &r, true)?;
        prop_assert_eq!(&r, &classify(&text), "the same input gave another report");
    }

    #[test]
    fn any_text_as_html_gives_spans_into_the_html(text in text()) {
        let r = html_classifier().classify(&text);
        check_report(&text, &r, false)?;
        prop_assert_eq!(&r, &html_classifier().classify(&text));
    }
}

/// Articles of the shared corpus and the seeds, when they sit beside the repo.
fn articles() -> &'static [String] {
    static A: OnceLock<Vec<String>> = OnceLock::new();
    A.get_or_init(|| {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
        let mut out = Vec::new();
        for file in ["dev-en.jsonl", "dev-ru.jsonl", "seeds.jsonl"] {
            let Ok(text) = std::fs::read_to_string(dir.join(file)) else {
                continue;
            };
            for line in text.lines() {
                if let Ok(v) = serde_json::from_str::<serde_json::Value>(line) {
                    if let Some(t) = v["text"].as_str() {
                        out.push(t.to_string());
                    }
                }
            }
        }
        if out.is_empty() {
            out.push("Police detained the journalist outside the court on Monday.".into());
            out.push("Журналиста задержали в Алматы в четверг.".into());
            out.push("The central bank raised its key rate to 16.75 percent.".into());
        }
        out
    })
}

/// Headlines full of incident words, as related-article lists carry them.
const HEADLINES: &[&str] = &[
    "Journalist detained in Almaty",
    "Reporter beaten outside the court",
    "Police raid newspaper office",
    "Editor sentenced to five years in prison",
    "News website blocked by the regulator",
    "Camera of a TV crew smashed at a rally",
    "Журналиста задержали в Москве",
    "Редакцию газеты обыскали силовики",
    "Суд оштрафовал главного редактора",
    "Сайт издания заблокирован",
    "Тілші Алматыда ұсталды",
];

fn footer() -> impl Strategy<Value = String> {
    (
        select(
            &[
                "Read also:",
                "Читайте также:",
                "READ ALSO",
                "Related news:",
                "Оқи отырыңыз:",
            ][..],
        ),
        select(&["- ", "• ", "— ", "* "][..]),
        proptest::collection::vec(select(HEADLINES), 1..6),
    )
        .prop_map(|(header, bullet, lines)| {
            let items: Vec<String> = lines.iter().map(|l| format!("{bullet}{l}")).collect();
            format!("{header}\n{}", items.join("\n"))
        })
}

fn ids(r: &Report) -> BTreeSet<&'static str> {
    r.labels.iter().map(|l| l.id).collect()
}

proptest! {
    #![proptest_config(config(64))]

    #[test]
    fn a_boilerplate_footer_changes_no_label_of_the_article(i in any::<prop::sample::Index>(), footer in footer()) {
        let article = i.get(articles());
        let with = classify(&format!("{article}\n\n{footer}"));
        let alone: BTreeSet<_> = ids(&classify(article)).union(&ids(&classify(&footer))).copied().collect();
        let extra: Vec<_> = ids(&with).difference(&alone).copied().collect();
        prop_assert!(extra.is_empty(), "footer {:?} added {:?} to {:?}", footer, extra, ids(&classify(article)));
        let lost: Vec<_> = ids(&classify(article)).difference(&ids(&with)).copied().collect();
        prop_assert!(lost.is_empty(), "footer {:?} removed {:?}", footer, lost);
    }
}
