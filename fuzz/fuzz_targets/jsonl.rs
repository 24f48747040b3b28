//! Any byte stream through the CLI's JSON Lines reader: every non-blank line is exactly one
//! item, in order, with its line number; each article classifies.
#![no_main]

use libfuzzer_sys::fuzz_target;
use presswatch::jsonl::{Item, Reader, MAX_LINE};
use presswatch::Classifier;

fuzz_target!(|data: &[u8]| {
    let Some((&cfg, rest)) = data.split_first() else { return };
    // A small line cap half the time, so that the cut path runs too.
    let max = if cfg & 1 == 0 { MAX_LINE } else { 64 };
    let items: Vec<Item> = Reader::with_max_line(rest, max)
        .collect::<Result<_, _>>()
        .expect("reading a slice never fails");
    let expected: Vec<usize> = rest
        .split(|&b| b == b'\n')
        .enumerate()
        .filter(|(n, l)| {
            l.len() > max
                || match std::str::from_utf8(l) {
                    Ok(s) => {
                        let s = if *n == 0 { s.trim_start_matches('\u{feff}') } else { s };
                        !s.trim().is_empty()
                    }
                    Err(_) => true,
                }
        })
        .map(|(n, _)| n + 1)
        .collect();
    let got: Vec<usize> = items.iter().map(Item::line).collect();
    assert_eq!(got, expected, "one item per non-blank line, in order");
    let c = Classifier::builder().html(cfg & 2 != 0).build().expect("valid options");
    for item in &items {
        match item {
            Item::Article { text, .. } => {
                let r = c.classify(text);
                assert_eq!(r.incident, !r.labels.is_empty());
            }
            Item::Bad { error, .. } => assert!(!error.is_empty()),
        }
    }
});
