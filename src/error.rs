//! The one error type of the crate.

use std::fmt;

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
            message: format!("language {value:?} is not one of en, ru, kk"),
        }
    }

    pub(crate) fn lexicon(source: &str, line: usize, why: impl fmt::Display) -> Error {
        Error {
            kind: ErrorKind::Lexicon,
            message: format!("{source} line {line}: {why}"),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

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
    let sign = if v < 0.0 && scaled != 0 { "-" } else { "" };
    if frac == 0 {
        return format!("{sign}{int}");
    }
    let digits = format!("{frac:06}");
    format!("{sign}{int}.{}", digits.trim_end_matches('0'))
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
