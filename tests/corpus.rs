//! Quality floors on the shared gold corpus (`../shared/corpus/*.jsonl`), with the per-type
//! table printed (`cargo test --test corpus -- --nocapture`).

use std::path::PathBuf;

use presswatch::eval::{Evaluation, GoldArticle};

fn shared(file: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpus")
        .join(file)
}

fn load(file: &str) -> Vec<GoldArticle> {
    let path = shared(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (the shared corpus must sit beside the repo)",
            path.display()
        )
    });
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .enumerate()
        .map(|(n, l)| {
            serde_json::from_str(l).unwrap_or_else(|e| panic!("{file} line {}: {e}", n + 1))
        })
        .collect()
}

fn evaluate(articles: &[GoldArticle]) -> Evaluation {
    let mut ev = Evaluation::default();
    for a in articles {
        ev.add(a, &presswatch::classify(&a.text));
    }
    ev
}

#[test]
fn dev_corpus_meets_floors_per_language() {
    let mut articles = load("dev-en.jsonl");
    articles.extend(load("dev-ru.jsonl"));
    let ev = evaluate(&articles);
    println!("{}", ev.table());
    for lang in ["en", "ru"] {
        let s = &ev.by_lang[lang];
        assert!(
            s.micro_f1() >= 0.85,
            "{lang}: micro-F1 {:.3} < 0.85",
            s.micro_f1()
        );
        assert!(
            s.macro_f1() >= 0.75,
            "{lang}: macro-F1 {:.3} < 0.75",
            s.macro_f1()
        );
        assert!(
            s.false_positive_rate() <= 0.10,
            "{lang}: {} of {} negatives got a label",
            s.negatives_labelled,
            s.negatives
        );
    }
}

#[test]
fn seeds_find_every_gold_label_with_at_most_one_extra() {
    let seeds = load("seeds.jsonl");
    assert_eq!(seeds.len(), 5);
    let ev = evaluate(&seeds);
    println!("{}", ev.table());
    for o in &ev.outcomes {
        assert!(o.missed.is_empty(), "{} missed {:?}", o.id, o.missed);
        assert!(
            o.extra.len() <= 1,
            "{} has extra labels {:?}",
            o.id,
            o.extra
        );
    }
}

#[test]
fn every_label_has_evidence_inside_the_text() {
    for file in ["dev-en.jsonl", "dev-ru.jsonl", "seeds.jsonl"] {
        for a in load(file) {
            let r = presswatch::classify(&a.text);
            assert_eq!(r.incident, !r.labels.is_empty());
            for l in &r.labels {
                assert!(!l.evidence.is_empty(), "{} {} has no evidence", a.id, l.id);
                assert!((0.0..=1.0).contains(&l.score));
                for e in &l.evidence {
                    assert_eq!(
                        a.text.get(e.start..e.end),
                        Some(e.sentence.as_str()),
                        "{}",
                        a.id
                    );
                    assert!(e.start <= e.cue_start && e.cue_end <= e.end, "{}", a.id);
                }
            }
        }
    }
}
