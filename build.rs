//! Strips the cue lexicons for the binary: comments, lines without a cue and runs of white
//! space go (blank lines cost 0.5 KB of the gzipped .wasm; a message about a built-in
//! lexicon therefore names no line, and `cargo test --lib builtin_lexicons_parse` finds it in
//! the file as written), category and scope words become one-letter codes
//! (`src/lexicon_codes.rs`), each letter outside ASCII is stored in one byte (see `pack`),
//! and the result is compressed (`src/squeeze.rs`; the library restores it at start-up).
//! The sizes saved below were measured in the gzipped .wasm before that compression came. The
//! files in `data/lexicon/` are what people read and edit; a unit test in `src/lexicon.rs`
//! parses them as written and checks that the stripped copies give the same cues.

use std::path::{Path, PathBuf};

include!("src/lexicon_codes.rs");
include!("src/squeeze.rs");

/// Appends `word` as its one-letter code (see `src/lexicon_codes.rs`), or as itself.
fn push_coded(out: &mut String, word: &str, base: u8, words: &[&str]) {
    match words.iter().position(|w| *w == word) {
        Some(i) => out.push(char::from(base + i as u8)),
        None => out.push_str(word),
    }
}

/// A weight in its shortest form that `lexicon::parse_weight` reads as the same number:
/// "1.0" as "1", "0.85" as ".85".
fn short_weight(w: &str) -> &str {
    let w = w
        .strip_prefix('0')
        .filter(|r| r.starts_with('.'))
        .unwrap_or(w);
    match w.split_once('.') {
        Some((int, frac)) if !int.is_empty() && frac.bytes().all(|b| b == b'0') => int,
        _ => w,
    }
}

/// The order in which `pack` replaces the runs of `PACKED_RUNS` (`src/lexicon_codes.rs`): a
/// run replaced first is not found again inside a longer one ("in" after "ing"). The same runs,
/// listed in the order in which they were chosen (each byte's run is its place in
/// `PACKED_RUNS`).
const PACKED_ORDER: [&str; 29] = [
    "|=", " =", "ing", " ~", " 1 ", "ed", "er", " .", "on", "en", "in", "re", "or", "at", "пр",
    " | ", "al", "th", "st", "de", "ar", "an", "9 a ", "pro", " a ", ", ", "un", "ou", "co",
];

/// One byte a letter: the file's alphabet of non-ASCII letters (Cyrillic for Russian and
/// Kazakh) on the first line, then the text with each run of `PACKED_RUNS` as its control
/// byte (`packed_code`) and each of those letters as 0x80 + its index. UTF-8 spends two bytes
/// on a Cyrillic letter; one compresses better too (5 KB less gzipped).
/// `lexicon::unpack` reverses it, reading the alphabet from the first line in any order, so
/// the order is free: the letters of `order` come first, in its order (see `LETTERS`), then
/// the others, sorted. The ASCII letters that `order` names join the alphabet too, after the
/// non-ASCII ones (so that the first line never starts with an ASCII letter, which `unpack`
/// takes for plain text), if there is one.
fn pack(text: &str, src: &str, order: &str) -> Vec<u8> {
    for c in text.chars() {
        assert!(
            !c.is_control() || c == '\n' || c == '\0',
            "{src}: a control character ({c:?}) in the data, where packed runs go"
        );
    }
    // Repeats as `SAME_AS_ABOVE` and `SAME_AS_KEY` (no control character is in the text to
    // be confused with them); each run of `PACKED_RUNS` as its one byte, in the order of
    // `PACKED_ORDER`; then each letter as its byte.
    let mut text = same_as_key(&same_as_above(text));
    for run in PACKED_RUNS {
        assert!(
            PACKED_ORDER.contains(&run),
            "{run:?} is in PACKED_RUNS, not in PACKED_ORDER"
        );
    }
    for run in PACKED_ORDER {
        let i = PACKED_RUNS.iter().position(|r| *r == run);
        let i = i.unwrap_or_else(|| panic!("{run:?} is in PACKED_ORDER, not in PACKED_RUNS"));
        text = text.replace(run, &char::from(packed_code(i)).to_string());
    }
    let mut alphabet: Vec<char> = text
        .chars()
        .filter(|c| !c.is_ascii() || (c.is_ascii_alphabetic() && order.contains(*c)))
        .collect();
    alphabet.sort_unstable_by_key(|&c| (c.is_ascii(), order.find(c).unwrap_or(usize::MAX), c));
    alphabet.dedup();
    if alphabet.first().is_some_and(char::is_ascii) {
        alphabet.clear();
    }
    assert!(
        alphabet.len() <= usize::from(FRONT - 0x80),
        "{src}: {} distinct non-ASCII letters, at most {} fit in one byte below `FRONT`",
        alphabet.len(),
        FRONT - 0x80
    );
    let mut out: Vec<u8> = alphabet.iter().collect::<String>().into_bytes();
    out.push(b'\n');
    for c in text.chars() {
        match alphabet.iter().position(|&a| a == c) {
            Some(i) => out.push(0x80 + i as u8),
            None => out.push(c as u8),
        }
    }
    out
}

/// `packed` (as `pack` wrote it) with each alternative that starts with bytes of the one
/// before it (see `alternative_bound`) starting with `FRONT + k` in their place, where the one
/// before is k bytes longer than what the two share (`lexicon::unpack` spells them out again).
/// The alphabet line stays as it is.
fn front_code(packed: &[u8]) -> Vec<u8> {
    let split = packed
        .iter()
        .position(|&b| b == b'\n')
        .map_or(packed.len(), |i| i + 1);
    let mut out = packed[..split].to_vec();
    // Where the alternative being read starts, the one before it if a bound that parts two
    // alternatives came between them, and whether the line is a `@class` line.
    let (mut start, mut before, mut class) = (split, None, false);
    let mut line_start = true;
    for end in split..=packed.len() {
        let byte = packed.get(end).copied();
        if line_start {
            class = byte == Some(b'@');
        }
        line_start = matches!(byte, Some(b'\n' | 0));
        let Some(parts) = byte.map_or(Some(false), |b| alternative_bound(b, class)) else {
            continue;
        };
        let alt = &packed[start..end];
        let (shared, k) = before.map_or((0, 0), |b: &[u8]| {
            let shared = b.iter().zip(alt).take_while(|(x, y)| x == y).count();
            (shared, b.len() - shared)
        });
        // Where that codes smaller: three shared bytes or more, and no more bytes of the one
        // before left than shared; or two, and one byte left at most (-155 coded bytes
        // against any three or more).
        if k < 32 && ((shared >= 3 && k <= shared) || (shared >= 2 && k <= 1)) {
            out.push(FRONT + k as u8);
            out.extend_from_slice(&alt[shared..]);
        } else {
            out.extend_from_slice(alt);
        }
        out.extend(byte);
        before = parts.then_some(alt);
        start = end + 1;
    }
    out
}

/// The order of a packed alphabet's letters (`pack`) for a lexicon, or for the fact lists:
/// found by trying random swaps and moves of letters on the data of 2026-12-07 and keeping
/// what coded smaller (`src/squeeze.rs`), from vowels first. Letters sorted by how they
/// behave sit side by side in the transform's sorted order. Against the alphabet sorted: the
/// English lexicon (its Latin letters mapped too) -185 bytes coded, Russian -257, Kazakh
/// -289, the fact lists -102. Searched again the same way on the data after round 138, with
/// the coder's contexts of the bytes a step would pick, and `PACKED_RUNS`' order after them:
/// English -26, Russian -38, Kazakh -17, the fact lists -38 (102,988 -> 102,869 coded); and
/// again after the coder asked every digit by the bytes it would pick (2026-12-07, a size
/// helper; `PACKED_RUNS`' order searched beside them): English -47, Russian -22, Kazakh -8, the
/// fact lists -9 with the new runs' order (102,592 -> 102,506 in all); and again after the
/// alternatives coded by `FRONT` came (2026-12-07, a size helper, `PACKED_RUNS`' order beside
/// them, from the orders then): 99,429 -> 99,220 coded bytes in all. A letter not listed goes
/// after them; the output is the same in any order.
fn letters(name: &str) -> &'static str {
    match name {
        "en" => "éueiaofmhwnpqcjbvytkxgzlrds",
        "ru" => "эиаяуёюеоъызвчдбхфцржлнтьйкмпгсшщ",
        "kk" => "жбхвқоұыаиеүіөяюйәумғфнзңстьлдцркгпшъчэ",
        _ => "ЮЭэüеҰӘЫУюЯӨаяуиоыҮйёіұөЕүәАПШИЩОЧФДЦБбКҚВЗЛРМСІГхфїНХьвғңшзгнъцлмпрсдтжчщЖкЙқТ",
    }
}

/// The text of a data file, which the build reruns for when it changes.
fn read(src: &str) -> String {
    println!("cargo:rerun-if-changed={src}");
    std::fs::read_to_string(src).unwrap_or_else(|e| panic!("{src}: {e}"))
}

/// `text` with each field (of those parted by one space) of a cue line (not a `@class` line)
/// that is the field at its place in the cue line above as `SAME_AS_ABOVE`: the fields it
/// starts with, and after them the longer ones.
fn same_as_above(text: &str) -> String {
    let mark = char::from(SAME_AS_ABOVE).to_string();
    let mut lines = Vec::new();
    let mut above: Vec<&str> = Vec::new();
    for line in text.split('\n') {
        // A line starts after a NUL too (`lexicon::unpack` reads it so), and the line above
        // a NUL is another list's.
        let (head, line) = line.split_at(line.rfind('\0').map_or(0, |i| i + 1));
        let fields: Vec<&str> = line.split(' ').collect();
        if !head.is_empty() || line.starts_with('@') || fields.len() < 2 {
            above.clear();
        }
        if line.starts_with('@') || fields.len() < 2 {
            lines.push(format!("{head}{line}"));
            continue;
        }
        // After the first field that differs, only fields of four letters or more (shorter
        // ones coded smaller as they are).
        let mut prefix = true;
        let mut marked = fields.clone();
        for (i, field) in fields.iter().enumerate() {
            if above.get(i) == Some(field) && (prefix || field.chars().count() >= 4) {
                marked[i] = &mark;
            } else {
                prefix = false;
            }
        }
        lines.push(format!("{head}{}", marked.join(" ")));
        above = fields;
    }
    lines.join("\n")
}

/// `text` with each line's last field that starts with the line's key (see `SAME_AS_KEY`)
/// starting with that byte instead; a line starts after a newline or a NUL.
fn same_as_key(text: &str) -> String {
    let mark = char::from(SAME_AS_KEY);
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let (head, body) = line.split_at(line.rfind('\0').map_or(0, |i| i + 1));
        out.push_str(head);
        let (body, end) = body.strip_suffix('\n').map_or((body, ""), |b| (b, "\n"));
        // The key as `lexicon::unpack` finds it.
        let key = key_end(body.as_bytes()).map_or("", |k| &body[..k]);
        match body.rfind(" | ") {
            Some(l) if !key.is_empty() => {
                let last = &body[l + 3..];
                if last == key || last.starts_with(&format!("{key}, ")) {
                    out.push_str(&body[..l + 3]);
                    out.push(mark);
                    out.push_str(&last[key.len()..]);
                } else {
                    out.push_str(body);
                }
            }
            _ => out.push_str(body),
        }
        out.push_str(end);
    }
    out
}

/// Writes `bytes` into `OUT_DIR/name`.
fn write_out(out: &Path, name: &str, bytes: &[u8]) {
    let dest = out.join(name);
    std::fs::write(&dest, bytes).unwrap_or_else(|e| panic!("{}: {e}", dest.display()));
}

fn main() {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    for lang in ["en", "ru", "kk"] {
        let src = format!("data/lexicon/{lang}.txt");
        let data = read(&src);
        // Class lines first, in their order, then the cues grouped by category (stable): like
        // lines side by side compress better (530 bytes of the gzipped .wasm). No cue uses a
        // class before a later line extends it (a unit test checks), so each cue sees the
        // same words.
        let code = |l: &&str| l.split('#').next().unwrap_or("").trim_start().to_owned();
        let (mut lines, mut cues): (Vec<&str>, Vec<&str>) = data
            .lines()
            .filter(|l| !code(l).is_empty())
            .partition(|l| code(l).starts_with('@'));
        cues.sort_by_key(|l| l.split_whitespace().next().unwrap_or(""));
        lines.extend(cues);
        let mut stripped = String::with_capacity(data.len());
        for line in lines {
            let code = line.split('#').next().unwrap_or("");
            let mut words: Vec<&str> = code.split_whitespace().collect();
            // A class's words in byte order: a class is a set of words, the order of its
            // alternatives matches the same words (`lexicon::parse`), and sorted they code 74
            // bytes smaller.
            if words.first().is_some_and(|w| w.starts_with('@')) {
                words[1..].sort_unstable();
            }
            let mut words = words.into_iter();
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
                    if cue && i == 0 {
                        stripped.push_str(short_weight(w));
                    } else if cue && i == 1 {
                        push_coded(&mut stripped, w, b'a', &SCOPES);
                    } else {
                        stripped.push_str(w);
                    }
                }
                stripped.push('\n');
            }
        }
        // Compressed too (`src/squeeze.rs`): about 5.5 KB less in the gzipped .wasm. Packed
        // first where that codes smaller (all three lexicons since the coder reads the bytes
        // back to front; before, the Russian and Kazakh ones coded about 150 bytes smaller as
        // UTF-8 as it is; `lexicon::unpack` tells the two apart).
        let packed = compress(&front_code(&pack(&stripped, &src, letters(lang))));
        let plain = compress(stripped.as_bytes());
        write_out(
            &out,
            &format!("{lang}.lex"),
            if plain.len() < packed.len() {
                &plain
            } else {
                &packed
            },
        );
        // The native library reads the stripped text as it is: restoring the packed copy was
        // a third of its start-up, and a native binary's size hardly matters.
        write_out(&out, &format!("{lang}.lex.txt"), stripped.as_bytes());
    }
    // The facts' phrase lists: comment lines blanked (their parsers skip blank lines), each
    // after a NUL, in this order (`facts::cues::lists`); packed and compressed as one text for
    // the .wasm (see `lexicon::fact_lists`), and as they are for the native library, as the
    // lexicons are.
    let mut lists = String::new();
    for name in [
        "gazetteer",
        "roles",
        "actors",
        "charges",
        "statuses",
        "outlets",
    ] {
        let src = match name {
            "gazetteer" => "data/gazetteer.txt".to_string(),
            _ => format!("data/facts/{name}.txt"),
        };
        let data = read(&src);
        lists.push('\0');
        for line in data.lines() {
            if !line.trim_start().starts_with('#') {
                lists.push_str(line);
            }
            lists.push('\n');
        }
    }
    write_out(
        &out,
        "facts.lex",
        &compress(&front_code(&pack(&lists, "data/facts", letters("facts")))),
    );
    write_out(&out, "facts.txt", lists.as_bytes());
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/squeeze.rs");
}
