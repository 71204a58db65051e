//! The artifact dictionaries: teaser labels, site-chrome phrases, agency names.
//!
//! Formats are documented in `dictionaries/artifacts/README.md`; this module only reads them.

use crate::dict::{self, tsv};
use crate::error::{Error, Result};
use crate::token::with_lowercase;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::path::PathBuf;

/// How a chrome pattern matches a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Match {
    /// The whole (normalized) line is the pattern.
    Line,
    /// The line starts with the pattern and the rest is short chrome of the pattern's category.
    Prefix,
    /// `<pattern>: <credit>`, a "Source: X" line.
    Source,
}

/// A chrome pattern's category (`share`, `credit`, …); `related` lines are reported as teasers.
pub type Category = String;

/// The parsed artifact dictionaries.
///
/// Every language's entries apply to every text, whatever its detected language: a label or a
/// chrome line is often left untranslated (`MIRA:` in English output), and a verdict that hung
/// on the detected language changed when removing other artifact lines changed the detection,
/// so cleaning the output again removed more (not idempotent). The `lang` column of the files
/// documents where an entry comes from; the shape of a whole line or a prefix and its short
/// rest carry the precision.
#[derive(Debug, Default)]
pub struct ArtifactDict {
    /// Teaser labels of every language, longest first (so `LIVE UPDATES` wins over `LIVE`).
    labels: Vec<String>,
    /// Whole-line chrome: pattern → category (of the first row that lists it).
    lines: HashMap<String, Category>,
    /// The same with the spaces taken out (`mostpopular`): a space lost in scraping, which the
    /// `words` stage restores only after this stage has judged the line.
    squashed_lines: HashMap<String, Category>,
    /// Prefix and source patterns: (pattern, match, category), each once.
    prefixes: Vec<(String, Match, Category)>,
    /// Which labels and prefixes start with each byte, in their order: a line is compared only
    /// with the patterns that share its first byte (most lines start with a capital letter, and
    /// comparing each with every label was a tenth of the stage).
    labels_by_first: FirstByteIndex,
    prefixes_by_first: FirstByteIndex,
    /// Agencies and credits that stay in capitals, lower-cased (see [`ArtifactDict::is_agency`]).
    agencies: HashSet<String>,
    /// The `credit` prefixes (`photo:`, `foto:`), to find a credit inside a line (ASCII case
    /// insensitive, leftmost longest).
    credit_prefixes: Option<aho_corasick::AhoCorasick>,
    /// The length in bytes of the longest whole-line pattern: a longer sentence is none.
    longest_line: usize,
    /// The length in chars of the longest teaser label.
    longest_label: usize,
}

impl ArtifactDict {
    /// Reads the built-in files and those of the user folders.
    pub fn load(user_dirs: &[PathBuf]) -> Result<ArtifactDict> {
        let mut d = ArtifactDict::default();
        for source in dict::sources("artifacts/teaser_labels.tsv", user_dirs)? {
            for row in tsv::parse(&source.text, &source.origin, &["label", "lang", "origin", "note"])? {
                let label = row.fields[0];
                if label.to_uppercase() != label {
                    return Err(Error::dictionary(
                        &source.origin,
                        row.line,
                        "labels are written in upper case",
                    ));
                }
                d.labels.push(label.to_owned());
            }
        }
        d.labels.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
        d.labels.dedup();
        for source in dict::sources("artifacts/chrome.tsv", user_dirs)? {
            for row in tsv::parse(&source.text, &source.origin, &["pattern", "lang", "match", "category"])? {
                let [pattern, kind, category] = [row.fields[0], row.fields[2], row.fields[3]];
                let kind = match kind {
                    "line" => Match::Line,
                    "prefix" => Match::Prefix,
                    "source" => Match::Source,
                    other => {
                        let message = format!("unknown match `{other}` (line, prefix or source)");
                        return Err(Error::dictionary(&source.origin, row.line, message));
                    }
                };
                if kind == Match::Line {
                    d.longest_line = d.longest_line.max(pattern.len());
                    d.squashed_lines
                        .entry(pattern.replace(' ', ""))
                        .or_insert_with(|| category.to_owned());
                    d.lines.entry(pattern.to_owned()).or_insert_with(|| category.to_owned());
                } else if !d.prefixes.iter().any(|(p, m, _)| p == pattern && *m == kind) {
                    d.prefixes.push((pattern.to_owned(), kind, category.to_owned()));
                }
            }
        }
        d.longest_label = d.labels.iter().map(|l| l.chars().count()).max().unwrap_or(0);
        d.labels_by_first = FirstByteIndex::new(d.labels.iter().map(String::as_str));
        d.prefixes_by_first = FirstByteIndex::new(d.prefixes.iter().map(|(p, _, _)| p.as_str()));
        // Each with its colon also after a space, as French writes it (`Photo : Aliou MBAYE`).
        let credit: Vec<String> = d
            .prefixes
            .iter()
            .filter(|(_, kind, category)| *kind == Match::Prefix && category == "credit")
            .flat_map(|(pattern, _, _)| {
                let spaced = pattern.strip_suffix(':').map(|head| format!("{} :", head.trim_end()));
                std::iter::once(pattern.clone()).chain(spaced)
            })
            .collect();
        d.credit_prefixes = aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(credit)
            .ok();
        for source in dict::sources("artifacts/agencies.txt", user_dirs)? {
            let names = source
                .text
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'));
            d.agencies.extend(names.map(str::to_lowercase));
        }
        Ok(d)
    }

    /// The teaser labels of every language that start with byte `first`, longest first.
    pub fn labels_starting(&self, first: u8) -> impl Iterator<Item = &str> {
        self.labels_by_first.get(first).map(|i| self.labels[i].as_str())
    }

    /// The length in bytes of the longest whole-line pattern.
    pub fn longest_line(&self) -> usize {
        self.longest_line
    }

    /// The length in chars of the longest teaser label.
    pub fn longest_label(&self) -> usize {
        self.longest_label
    }

    /// The category of a whole-line chrome match of the normalized `key`, spaces lost or not.
    pub fn line_category(&self, key: &str) -> Option<&str> {
        let category = self.lines.get(key).or_else(|| {
            // Most lines miss both maps: a key without spaces is looked up as it is.
            if key.contains(' ') {
                self.squashed_lines.get(&key.replace(' ', ""))
            } else {
                self.squashed_lines.get(key)
            }
        });
        category.map(String::as_str)
    }

    /// The prefix and source patterns that the lower-cased line `key` opens with, in the files'
    /// order: (the rest of `key` after the pattern, the match type, the category).
    pub fn prefixes_of<'k>(&'k self, key: &'k str) -> impl Iterator<Item = (&'k str, Match, &'k str)> {
        let first = key.as_bytes().first().copied().unwrap_or(0);
        self.prefixes_by_first.get(first).filter_map(move |i| {
            let (p, m, c) = &self.prefixes[i];
            Some((key.strip_prefix(p.as_str())?, *m, c.as_str()))
        })
    }

    /// Where a `credit` prefix occurs in `line`, in any ASCII letter case: (start, end) pairs.
    pub fn credit_prefixes_in<'l>(&'l self, line: &'l str) -> impl Iterator<Item = (usize, usize)> + 'l {
        self.credit_prefixes
            .iter()
            .flat_map(move |ac| ac.find_iter(line).map(|m| (m.start(), m.end())))
    }

    /// Whether `word`, in any letter case, is a news agency of the dictionary (`Reuters`, `AFP`).
    pub fn is_agency(&self, word: &str) -> bool {
        with_lowercase(word, |w| self.agencies.contains(w))
    }
}

/// The positions of a list's patterns by their first byte, in list order. (An empty pattern,
/// which the files cannot hold, would start with no byte and match nothing.)
#[derive(Debug)]
struct FirstByteIndex(Vec<Vec<u32>>);

impl Default for FirstByteIndex {
    fn default() -> Self {
        FirstByteIndex(vec![Vec::new(); 256])
    }
}

impl FirstByteIndex {
    fn new<'p>(patterns: impl Iterator<Item = &'p str>) -> FirstByteIndex {
        let mut index = FirstByteIndex::default();
        for (i, pattern) in patterns.enumerate() {
            if let Some(&first) = pattern.as_bytes().first() {
                index.0[usize::from(first)].push(i as u32);
            }
        }
        index
    }

    fn get(&self, first: u8) -> impl Iterator<Item = usize> + '_ {
        self.0[usize::from(first)].iter().map(|&i| i as usize)
    }
}
