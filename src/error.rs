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
            message: format!("min_score {value} is outside 0..=1"),
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
