//! Native benchmarks: short, typical and long articles, and building a classifier.
//! Run with `cargo bench --bench classify` (or `make bench`, which adds the `wc -w` reference
//! and the wasm figures).

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn corpus_texts() -> Vec<String> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let mut out = Vec::new();
    for f in ["dev-en.jsonl", "dev-ru.jsonl", "seeds.jsonl"] {
        let Ok(data) = std::fs::read_to_string(dir.join(f)) else {
            continue;
        };
        for line in data.lines() {
            if let Ok(v) = serde_json::from_str::<serde_json::Value>(line) {
                if let Some(t) = v.get("text").and_then(|t| t.as_str()) {
                    out.push(t.to_string());
                }
            }
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    let texts = corpus_texts();
    assert!(
        !texts.is_empty(),
        "the shared corpus must sit beside the repo"
    );
    let classifier = presswatch::Classifier::default();
    let _ = classifier.classify("warm up");

    let short = "Police detained the journalist outside the court on Monday.";
    let mut g = c.benchmark_group("classify");
    g.throughput(Throughput::Bytes(short.len() as u64));
    g.bench_function("short (1 sentence)", |b| {
        b.iter(|| classifier.classify(black_box(short)))
    });

    let all: usize = texts.iter().map(String::len).sum();
    g.throughput(Throughput::Bytes(all as u64));
    g.bench_function(format!("typical ({} corpus articles)", texts.len()), |b| {
        b.iter(|| {
            for t in &texts {
                black_box(classifier.classify(black_box(t)));
            }
        })
    });

    let long = texts.join("\n\n");
    g.throughput(Throughput::Bytes(long.len() as u64));
    g.bench_function(
        format!("long (one {} KB document)", long.len() / 1024),
        |b| b.iter(|| classifier.classify(black_box(&long))),
    );
    g.finish();

    c.bench_function("build classifier (compile all lexicons)", |b| {
        b.iter(|| {
            presswatch::Classifier::builder()
                .lexicon(presswatch::Lang::En, "bench", "detention 0.9 media detain")
                .build()
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
