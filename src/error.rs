//! The one error type of the crate.

use std::fmt;

use crate::text::{find_str, sub};

/// `format!` in a native build; in the .wasm, `$wasm` instead (any type the caller takes).
/// For the reasons of parse errors in built-in data (the cue lexicons, the fact lists): the
/// .wasm parses nothing else, tests parse that data, and formatting the reasons cost about
/// 800 bytes of its gzipped budget. Natively a caller's own lexicon
/// ([`crate::Builder::lexicon`]) may be at fault, and tests print the reasons.
macro_rules! native_format {
    ($wasm:expr, $($why:tt)+) => {{
        #[cfg(not(target_arch = "wasm32"))]
        let why = format!($($why)+);
        #[cfg(target_arch = "wasm32")]
        let why = $wasm;
        why
    }};
}

/// What went wrong when building a classifier or parsing an option.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A `min_score` outside `0..=1` (or not a number).
    MinScore,
    /// A language code that is not `en`, `ru`, `kk` (or `auto` where that is allowed).
    Lang,
    /// A lexicon line that does not parse.
    Lexicon,
}

/// An error from building a [`Classifier`](crate::Classifier) or parsing an option.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    message: String,
}

impl Error {
    /// What kind of error this is.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    pub(crate) fn min_score(value: f32) -> Error {
        Error {
            kind: ErrorKind::MinScore,
            message: format!(
                "min_score {} is outside 0..=1",
                plain_number(f64::from(value))
            ),
        }
    }

    pub(crate) fn bad_lang(value: &str) -> Error {
        Error {
            kind: ErrorKind::Lang,
            message: format!("language {} is not one of en, ru, kk", quoted(value)),
        }
    }

    // Out of line: inlined, its `format!` was copied into each of `lexicon::parse`'s dozen
    // error paths.
    #[inline(never)]
    pub(crate) fn lexicon(source: &str, line: usize, why: impl fmt::Display) -> Error {
        Error {
            kind: ErrorKind::Lexicon,
            message: format!("{source} line {line}: {why}"),
        }
    }

    /// The error of a built-in lexicon, whose stripped copy has other line numbers than the
    /// file: "data/lexicon/en.txt line 7: why" (as [`Error::lexicon`] writes it for `source`)
    /// becomes "data/lexicon/en.txt: why (...)".
    pub(crate) fn unlined(self, source: &str) -> Error {
        let why = self
            .message
            .strip_prefix(source)
            .and_then(|rest| rest.strip_prefix(" line "))
            .and_then(|rest| find_str(rest, ": ").map(|at| sub(rest, at + 2..)));
        match why {
            Some(why) => Error {
                message: format!(
                    "{source}: {why} (`cargo test --lib builtin_lexicons_parse` names the line)"
                ),
                kind: self.kind,
            },
            None => self,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

/// `s` in double quotes for a message, with `"`, `\\` and control characters escaped
/// (`"a\"b"`, `"\u{7}"`), and so are invisible format characters: what `{:?}` shows for
/// such text, without linking the standard library's `Debug` escaping (its Unicode tables,
/// 0.6 KB gzipped) into the .wasm.
pub(crate) fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\0' => out.push_str("\\0"),
            // Controls, and the invisible format characters that could reorder or hide the
            // text around them (zero-width, bidi overrides, BOM).
            c if c.is_control()
                || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{206f}' | '\u{feff}') =>
            {
                out.extend(c.escape_unicode())
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A number for a message, written without the standard float formatting (which would add
/// 16 KB to the .wasm): up to six decimals, trailing zeros dropped.
pub(crate) fn plain_number(v: f64) -> String {
    if v.is_nan() {
        return "NaN".into();
    }
    if v.abs() >= 1e15 {
        return if v > 0.0 {
            "1e15 or more"
        } else {
            "-1e15 or less"
        }
        .into();
    }
    let scaled = (v.abs() * 1e6).round() as u64;
    let (int, frac) = (scaled / 1_000_000, scaled % 1_000_000);
    let mut out = String::new();
    if v < 0.0 && scaled != 0 {
        out.push('-');
    }
    push_digits(&mut out, int, 1);
    if frac != 0 {
        out.push('.');
        push_digits(&mut out, frac, 6);
        out.truncate(out.trim_end_matches(&['0'][..]).len());
    }
    out
}

/// Appends `n` in decimal, with zeros in front up to `width` digits: what `{n:0width$}` writes,
/// without the standard library's integer formatting (one `Display` a type in the .wasm).
pub(crate) fn push_digits(out: &mut String, n: u64, width: usize) {
    let mut digits = [b'0'; 20];
    let (mut n, mut at) = (n, digits.len());
    while n > 0 || at + width > digits.len() {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
    }
    out.extend(digits[at..].iter().map(|&d| char::from(d)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_are_written_as_format_pads_them() {
        for n in [
            0u64,
            1,
            7,
            9,
            10,
            99,
            100,
            2024,
            9999,
            10_000,
            65_535,
            123_456,
            u64::MAX,
        ] {
            for width in [1, 2, 4, 6] {
                let mut s = String::from("x");
                push_digits(&mut s, n, width);
                assert_eq!(s, format!("x{n:0width$}"), "{n} {width}");
            }
        }
    }

    #[test]
    fn quoted_text_reads_as_debug_and_hides_nothing() {
        // Plain text, quotes, backslashes and common controls: as `{:?}` writes them.
        for s in [
            "en",
            "журналист",
            "a\"b\\c",
            "tab\there\nnewline\r",
            "",
            "bell\u{7}",
            "nul\0\u{1}",
        ] {
            assert_eq!(quoted(s), format!("{s:?}"));
        }
        // Invisible format characters are spelled out.
        assert_eq!(quoted("a\u{202e}b\u{200b}"), "\"a\\u{202e}b\\u{200b}\"");
    }

    #[test]
    fn numbers_in_messages_read_as_written() {
        for (v, text) in [
            (1.7, "1.7"),
            (-0.25, "-0.25"),
            (2.0, "2"),
            (0.0000001, "0"),
            (-0.0000001, "0"),
            (1.2345678, "1.234568"),
            (f64::NAN, "NaN"),
            (f64::INFINITY, "1e15 or more"),
            (-1e20, "-1e15 or less"),
        ] {
            assert_eq!(plain_number(v), text, "{v}");
        }
        assert_eq!(
            Error::min_score(1.7).to_string(),
            "min_score 1.7 is outside 0..=1"
        );
    }

    #[test]
    fn a_built_in_lexicon_error_names_no_line() {
        let source = "data/lexicon/en.txt";
        let e = Error::lexicon(source, 12, "unknown class \"@x\"").unlined(source);
        assert_eq!(
            e.to_string(),
            "data/lexicon/en.txt: unknown class \"@x\" \
             (`cargo test --lib builtin_lexicons_parse` names the line)"
        );
        assert_eq!(e.kind(), &ErrorKind::Lexicon);
    }
}
