//! mtnorm cleans machine-translated and scraped news text.
//!
//! It finds the artifacts that translation and scraping leave (mojibake, invisible characters,
//! promo lines, site chrome, words glued where a link lost its space, names in a dozen
//! romanizations), fixes what can be fixed deterministically, and reports every change and every
//! remaining problem with byte offsets into the input.
//!
//! # Example
//!
//! ```
//! use mtnorm::Normalizer;
//!
//! let input = "Talks\u{a0}began on Monday\u{200b}.";
//! let out = Normalizer::new().normalize(input);
//! assert_eq!(out.text, "Talks began on Monday.");
//! // Every edit points into the input, and the edits rebuild the output from it.
//! for edit in &out.edits {
//!     assert_eq!(&input[edit.span], edit.before);
//! }
//! assert_eq!(mtnorm::apply_edits(input, &out.edits).unwrap(), out.text);
//! ```
//!
//! # Design
//!
//! A [`Normalizer`] runs a [`Pipeline`] of [`Stage`]s over a [`Text`], which keeps the original
//! input, the current text and a map between them. Stages propose [`Replacement`]s; only
//! [`Text::apply`] changes text, and it maps each change back to the input, so the report is a
//! complete patch: nothing the tool does is lost.
#![deny(missing_docs)]
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod config;
mod dict;
mod edit;
mod error;
mod finding;
pub mod language;
pub mod lexicon;
mod normalizer;
mod pipeline;
mod span;
mod stage;
pub mod stages;
mod text;
mod token;
pub mod translit;

pub use config::Config;
pub use edit::{Edit, EditKind, Replacement};
pub use error::{Error, ErrorKind, Result};
pub use finding::{Finding, FindingKind};
pub use language::DocumentLanguage;
pub use normalizer::{Normalizer, NormalizerBuilder};
pub use pipeline::{Normalized, Pipeline, Report};
pub use span::Span;
pub use stage::{Context, Rule, Stage};
pub use stages::names::{cluster_names, DictStats, Entities, EntityReport, NameCluster, NameSource};
pub use text::Text;

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

/// Applies report edits to the input they were made on, giving the output text.
///
/// This is how a report restores or replays a change: edits must be sorted, must not overlap,
/// and each `before` must match the input at its span. `None` when they do not.
pub fn apply_edits(input: &str, edits: &[Edit]) -> Option<String> {
    let mut out = String::with_capacity(input.len());
    let mut pos = 0;
    for e in edits {
        if e.span.start < pos || input.get(e.span.range())? != e.before {
            return None;
        }
        out.push_str(&input[pos..e.span.start]);
        out.push_str(&e.after);
        pos = e.span.end;
    }
    out.push_str(&input[pos..]);
    Some(out)
}

/// Undoes report edits on the output they produced, giving back the input text.
///
/// Uses each edit's `output_span`; `None` when the edits do not fit the output.
pub fn revert_edits(output: &str, edits: &[Edit]) -> Option<String> {
    let mut out = String::with_capacity(output.len());
    let mut pos = 0;
    for e in edits {
        let span = e.output_span;
        if span.start < pos || output.get(span.range())? != e.after {
            return None;
        }
        out.push_str(&output[pos..span.start]);
        out.push_str(&e.before);
        pos = span.end;
    }
    out.push_str(&output[pos..]);
    Some(out)
}
