//! Strips the cue lexicons for the binary: comments and runs of white space go, category and
//! scope words become one-letter codes (`src/lexicon_codes.rs`), every line stays (blank if it
//! held only a comment) so that line numbers in messages stay true. The
//! files in `data/lexicon/` are what people read and edit; a unit test in `src/lexicon.rs`
//! parses them as written and checks that the stripped copies give the same cues.

use std::path::PathBuf;

include!("src/lexicon_codes.rs");

/// Appends `word` as its one-letter code (see `src/lexicon_codes.rs`), or as itself.
fn push_coded(out: &mut String, word: &str, base: u8, words: &[&str]) {
    match words.iter().position(|w| *w == word) {
        Some(i) => out.push(char::from(base + i as u8)),
        None => out.push_str(word),
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
                if cue {
                    push_coded(&mut stripped, first, b'A', &CATEGORIES);
                } else {
                    stripped.push_str(first);
                }
                for (i, w) in words.enumerate() {
                    stripped.push(' ');
                    if cue && i == 1 {
                        push_coded(&mut stripped, w, b'a', &SCOPES);
                    } else {
                        stripped.push_str(w);
                    }
                }
            }
            stripped.push('\n');
        }
        let dest = out.join(format!("{lang}.txt"));
        std::fs::write(&dest, stripped).unwrap_or_else(|e| panic!("{}: {e}", dest.display()));
    }
    println!("cargo:rerun-if-changed=build.rs");
}
