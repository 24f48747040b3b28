// One-letter codes for the category and scope words of the cue lexicons. `build.rs` writes
// the built-in lexicons with these codes (the stripped copies compiled into the binary, 2.4 KB
// smaller gzipped in the .wasm), and `lexicon::parse` reads a code as the word it stands for.
// This file is `include!`d by both, so the two can never disagree; the files people edit keep
// the words.

/// Category words; the code of `CATEGORIES[i]` is the byte `b'A' + i` (a letter, then `[`,
/// `\`, `]`, `^`, `_`, `` ` `` and small letters: a category is only ever the first word of a
/// line, so its codes may be the scopes' letters too).
const CATEGORIES: [&str; 42] = [
    "media",
    "negation",
    "hypothetical",
    "boilerplate",
    "nonmedia",
    "attribution",
    "withdrawn",
    "past",
    "killing",
    "physical_attack",
    "intimidation",
    "detention",
    "travel_restriction",
    "prosecution",
    "civil_case",
    "restrictive_law",
    "accreditation",
    "access_obstruction",
    "information_refusal",
    "censorship",
    "blocking_shutdown",
    "surveillance",
    "digital_attack",
    "raid_seizure",
    "property_damage",
    "economic_pressure",
    "misconduct",
    "genre",
    "accident",
    "offence",
    "business",
    "outage",
    "gambling",
    "commerce",
    "rumour",
    "refuted",
    "border",
    "device",
    "powers",
    "bystander",
    "claim",
    "reported",
];

/// Scope words; the code of `SCOPES[i]` is the letter `b'a' + i` (`-` stays `-`).
const SCOPES: [&str; 12] = [
    "media", "probe", "attack", "before", "after", "sentence", "near", "line", "next", "object",
    "wound", "quoted",
];

/// The word a one-letter code stands for, if `s` is one (`base` is `b'A'` or `b'a'`).
#[allow(dead_code)]
fn decode<'a>(s: &'a str, base: u8, words: &[&'a str]) -> &'a str {
    match s.as_bytes() {
        &[c] if c >= base => words.get(usize::from(c - base)).copied().unwrap_or(s),
        _ => s,
    }
}

/// Runs of text that `build.rs` packs into one byte each and `lexicon::unpack` spells out
/// again (`PACKED_RUNS[i]` as the byte `packed_code(i)`): the joints of cue syntax ("|="
/// between exact forms, " ~" before a gap, " 1 " for a full weight) and the commonest letter
/// pairs of the three languages. gzip finds these runs too, but coded as one byte each they
/// leave the gzipped .wasm about 3.5 KB smaller (measured on 2026-12-02 by packing the data
/// with and without them; the list is that measurement's greedy choice, one run at a time).
/// On 2026-12-06, with the lexicons coded by `src/squeeze.rs`, eleven were swapped for
/// others by the same kind of search, one run out and one in at a time, on the coded size of
/// the three lexicons plus the fact lists' size by gzip -9 (lexicons 87,477 to 87,017 bytes;
/// the .wasm 355 bytes smaller gzipped): " a" and ten Cyrillic pairs out; "th", "st",
/// "de", "ar", "an", "pro", "un", "ou", "co", " a " (scope media) and "9 a " (".9 media") in.
/// There is room for 29 (bytes 1 to 8 and 11 to 31). `build.rs` replaces them in the order
/// of its `PACKED_ORDER` (that search's), and their order here only gives their bytes: found
/// on 2026-12-07 by trying random swaps on the coded size of the lexicons and the fact lists
/// (103,172 -> 103,072 bytes), again after round 138, after the alphabets' orders of
/// `build.rs`'s `letters` (102,922 -> 102,906), and again after the coder asked every digit by
/// the bytes it would pick (102,621 -> 102,588, the alphabets' orders found beside it), and
/// after the alternatives coded by `FRONT` came (with the alphabets' orders, see `build.rs`'s
/// `letters`).
const PACKED_RUNS: [&str; 29] = [
    "|=", " =", "pro", "re", " .", " ~", "ing", "ed", " | ", "on", "en", "an", "ou", "un", "in",
    "at", "or", "ar", "er", "th", "пр", "de", "st", "al", " 1 ", "co", ", ", " a ", "9 a ",
];

/// The byte that stands for `PACKED_RUNS[i]`: 1 to 8, then 11 on (tab and newline stay).
#[allow(dead_code)]
const fn packed_code(i: usize) -> u8 {
    if i < 8 {
        i as u8 + 1
    } else {
        i as u8 + 3
    }
}

/// The byte that stands for its line's key (the text before the line's first " | ") where
/// that key is the first item of the line's last field, as in most fact-list lines
/// ("Kazakhstan | country | KZ | Kazakhstan, ...", "journalist | journalist, ..."):
/// `build.rs` writes it (`same_as_key`) before packing, `lexicon::unpack` spells the key out
/// again. DEL, a control character, is in no text (`pack` checks).
/// The fact lists coded 7,086 -> 6,600 bytes (194 lines), the .wasm 224 bytes smaller by
/// Node's zlib -6 and 294 by GNU gzip -6 (the expansion costs about 400 raw bytes of code).
#[allow(dead_code)]
const SAME_AS_KEY: u8 = 0x7f;

/// Where a line's key ends (see `SAME_AS_KEY`): the line up to the space before its first
/// '|', if that space is there and the key before it is not empty. `build.rs` and
/// `lexicon::unpack` both read the key through it.
#[allow(dead_code)]
fn key_end(line: &[u8]) -> Option<usize> {
    let bar = line.iter().position(|&c| c == b'|')?;
    (bar > 1 && line[bar - 1] == b' ').then(|| bar - 1)
}

/// The byte that stands for the field (of those parted by one space) at its place in the
/// line above, where a cue line starts with the fields the cue line above starts with (cues
/// are grouped by category, and many of a group share their weight, scope and first word),
/// and for a longer field after them that is the one above it: `build.rs` writes it
/// (`same_as_above`) before packing, `lexicon::unpack` spells the field out again. Tab, a
/// control character, is in no text (`pack` checks). The lexicons coded 96,371 -> 94,276
/// bytes (en -920, ru -682, kk -493; the fact lists +6): the .wasm about 1,900 bytes smaller
/// by Node's zlib -6 and 1,950 by GNU gzip -6; one short classify after loading the .wasm
/// about 0.45% more instructions (callgrind, the median of three or more runs).
#[allow(dead_code)]
const SAME_AS_ABOVE: u8 = b'\t';

/// The run that `byte` stands for, if it is one of `packed_code`'s.
#[allow(dead_code)]
fn packed_run(byte: u8) -> Option<&'static str> {
    let i = match byte {
        1..=8 => byte - 1,
        11..=31 => byte - 3,
        _ => return None,
    };
    PACKED_RUNS.get(usize::from(i)).copied()
}

/// The byte `FRONT + k` (k < 32) at the start of an alternative stands for the alternative
/// before it (of the same place, `alternative_bound`) less its last k bytes, as `build.rs`
/// packed them: "=asked|=asking" is "=asked|=" then `FRONT + 1` and "ing" ("ed" and "ing"
/// are packed runs). `build.rs` writes it (`front_code`) after packing, where the two share
/// enough bytes; `lexicon::unpack` spells the bytes out again before it reads the rest.
/// Inflections and like words stand side by side in a place and in a sorted class: the
/// lexicons coded 97,821 -> 92,826 bytes, the fact lists (forms parted by ", ") 6,551 ->
/// 6,448. The bytes from 0xe0 up are no packed letter (`pack` checks that an alphabet has at
/// most 96 letters).
#[allow(dead_code)]
const FRONT: u8 = 0xe0;

/// What a packed byte is to the alternatives around it (see `FRONT`): `Some(true)` if it
/// parts two alternatives of one place ("|=", "|", ", " between a fact line's forms, and in
/// a `@class` line " =" and a space), `Some(false)` if it ends a place (another space or run
/// with one, a tab, a newline, a NUL), `None` if it is part of an alternative.
#[allow(dead_code)]
fn alternative_bound(byte: u8, class: bool) -> Option<bool> {
    let run = packed_run(byte).unwrap_or("");
    if byte == b'|' || run == "|=" || run == ", " || (class && (byte == b' ' || run == " =")) {
        Some(true)
    } else if matches!(byte, b' ' | b'\t' | b'\n' | 0) || run.contains(' ') {
        Some(false)
    } else {
        None
    }
}
