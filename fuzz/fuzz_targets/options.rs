//! Option values as the CLI and JavaScript hand them over: a language code and a min_score
//! string. Parsing and building either fail with a message that names the value, or work.
#![no_main]

use libfuzzer_sys::fuzz_target;
use presswatch::{Classifier, Lang};

fuzz_target!(|data: &[u8]| {
    let s = String::from_utf8_lossy(data);
    let (lang, score) = s.split_once('\n').unwrap_or((&s, "0.5"));
    let lang = match lang.parse::<Lang>() {
        Ok(l) => Some(l),
        Err(e) => {
            // The message quotes the value as `{:?}` would for ASCII; beyond it, it escapes
            // controls and invisible format characters only (without Unicode's printability
            // and grapheme tables, which `{:?}` uses for marks such as a leading U+064B).
            let plain = lang.is_ascii();
            let message = e.to_string();
            assert!(message.starts_with("language \""), "{message}");
            assert!(!plain || message.contains(&format!("{lang:?}")), "{message}");
            None
        }
    };
    let Ok(min_score) = score.trim().parse::<f32>() else { return };
    match Classifier::builder().lang(lang).min_score(min_score).build() {
        Ok(c) => {
            assert!((0.0..=1.0).contains(&min_score));
            let r = c.classify(score);
            assert!(r.labels.iter().all(|l| l.score >= min_score));
        }
        Err(e) => assert!(!(0.0..=1.0).contains(&min_score), "{e}"),
    }
});
