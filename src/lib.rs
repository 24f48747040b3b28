//! presswatch finds press-freedom incidents in news articles (English, Russian, Kazakh) and
//! shows the sentences that report them.
//!
//! The common case is one call:
//!
//! ```
//! let report = presswatch::classify("Police detained the journalist outside the court.");
//! assert!(report.incident);
//! assert_eq!(report.labels[0].id, "detention");
//! ```
//!
//! Layers, data flowing one way: `text` (normalise, segment, detect language, stem) ->
//! `lexicon` (cue files compiled into word-start look-ups) -> `score` (sentence evidence ->
//! document labels) -> [`Classifier`].
#![deny(missing_docs)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::string_slice
    )
)]

mod classifier;
// Before the modules that use its `native_format!`.
#[macro_use]
mod error;
pub mod eval;
mod facts;
mod html;
pub mod jsonl;
mod lexicon;
mod lower;
mod memo;
mod once;
mod order;
mod score;
mod squeeze;
mod taxonomy;
mod text;
mod wordtable;

pub use classifier::{classify, Builder, Classifier, Evidence, Label, Report, DEFAULT_MIN_SCORE};
pub use error::{Error, ErrorKind};
pub use facts::{Date, Facts, Legal, Outlet, Perpetrator, Place, Victim};
pub use taxonomy::{taxonomy, IncidentType, Schemes, FAMILIES};
pub use text::{detect as detect_language, stem_kk, Lang};

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

#[cfg(target_arch = "wasm32")]
mod wasm;
