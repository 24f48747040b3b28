//! Strips the cue lexicons for the binary: comments and runs of white space go, every line
//! stays (blank if it held only a comment) so that line numbers in messages stay true. The
//! files in `data/lexicon/` are what people read and edit; a unit test in `src/lexicon.rs`
//! parses them as written and checks that the stripped copies give the same cues.

use std::path::PathBuf;

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
                stripped.push_str(first);
                for w in words {
                    stripped.push(' ');
                    stripped.push_str(w);
                }
            }
            stripped.push('\n');
        }
        let dest = out.join(format!("{lang}.txt"));
        std::fs::write(&dest, stripped).unwrap_or_else(|e| panic!("{}: {e}", dest.display()));
    }
    println!("cargo:rerun-if-changed=build.rs");
}
