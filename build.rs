//! Strips the cue lexicons for the binary: comments and runs of white space go, category and
//! scope words become one-letter codes (`src/lexicon_codes.rs`), every line stays (blank if it
//! held only a comment) so that line numbers in messages stay true. The
//! files in `data/lexicon/` are what people read and edit; a unit test in `src/lexicon.rs`
//! parses them as written and checks that the stripped copies give the same cues.

use std::path::PathBuf;

include!("src/lexicon_codes.rs");

/// `word` as its one-letter code (see `src/lexicon_codes.rs`), or itself.
fn encode<'a>(word: &'a str, base: u8, words: &[&str], code: &'a mut [u8; 1]) -> &'a str {
    match words.iter().position(|w| *w == word) {
        Some(i) => {
            code[0] = base + i as u8;
            std::str::from_utf8(code).unwrap_or(word)
        }
        None => word,
    }
}

fn main() {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    for lang in ["en", "ru", "kk"] {
        let src = format!("data/lexicon/{lang}.txt");
        println!("cargo:rerun-if-changed={src}");
        let data = std::fs::read_to_string(&src).unwrap_or_else(|e| panic!("{src}: {e}"));
        let mut stripped = String::with_capacity(data.len());
        for line in data.lines() {
            let code = line.split('#').next().unwrap_or("");
            let mut words = code.split_whitespace();
            if let Some(first) = words.next() {
                // A cue line (not a `@class` line): category and scope as their codes.
                let cue = !first.starts_with('@');
                let (mut c1, mut c2) = ([0u8], [0u8]);
                stripped.push_str(if cue {
                    encode(first, b'A', &CATEGORIES, &mut c1)
                } else {
                    first
                });
                for (i, w) in words.enumerate() {
                    stripped.push(' ');
                    stripped.push_str(if cue && i == 1 {
                        encode(w, b'a', &SCOPES, &mut c2)
                    } else {
                        w
                    });
                }
            }
            stripped.push('\n');
        }
        let dest = out.join(format!("{lang}.txt"));
        std::fs::write(&dest, stripped).unwrap_or_else(|e| panic!("{}: {e}", dest.display()));
    }
    println!("cargo:rerun-if-changed=build.rs");
}
