//! Any lexicon file: building either fails with an error or gives a classifier that works.
#![no_main]

use libfuzzer_sys::fuzz_target;
use presswatch::{Classifier, Lang};

fuzz_target!(|data: &[u8]| {
    let Some((&lang, rest)) = data.split_first() else { return };
    let lang = Lang::ALL[lang as usize % 3];
    // The first line of the input is also classified with the lexicon, so that cues that do
    // parse are matched against text that contains them.
    let data = String::from_utf8_lossy(rest);
    let (lexicon, text) = data.split_once('\u{0}').unwrap_or((&data, "journalist detained"));
    match Classifier::builder().lexicon(lang, "fuzz", lexicon).build() {
        Ok(c) => {
            let r = c.classify(text);
            assert_eq!(r.incident, !r.labels.is_empty());
        }
        Err(e) => {
            let msg = e.to_string();
            assert!(msg.starts_with("fuzz line "), "{msg}");
        }
    }
});
