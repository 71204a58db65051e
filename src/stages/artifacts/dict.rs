//! The artifact dictionaries: teaser labels, site-chrome phrases, agency names.
//!
//! Formats are documented in `dictionaries/artifacts/README.md`; this module only reads them.

use crate::dict::{self, tsv};
use crate::error::{Error, Result};
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
#[derive(Debug, Default)]
pub struct ArtifactDict {
    /// Teaser labels per text language, longest first (so `LIVE UPDATES` wins over `LIVE`).
    labels: HashMap<String, Vec<String>>,
    /// Whole-line chrome: pattern → (language, category).
    lines: HashMap<String, Vec<(String, Category)>>,
    /// The same with the spaces taken out (`mostpopular`): a space lost in scraping, which the
    /// `words` stage restores only after this stage has judged the line.
    squashed_lines: HashMap<String, Vec<(String, Category)>>,
    /// Prefix and source patterns: (language, pattern, match, category).
    prefixes: Vec<(String, String, Match, Category)>,
    /// Agencies and credits that stay in capitals.
    pub agencies: HashSet<String>,
    /// The length in bytes of the longest whole-line pattern: a longer sentence is none.
    longest_line: usize,
}

impl ArtifactDict {
    /// Reads the built-in files and those of the user folders.
    pub fn load(user_dirs: &[PathBuf]) -> Result<ArtifactDict> {
        let mut d = ArtifactDict::default();
        for source in dict::sources("artifacts/teaser_labels.tsv", user_dirs)? {
            for row in tsv::parse(&source.text, &source.origin, &["label", "lang", "origin", "note"])? {
                let (label, lang) = (row.fields[0], row.fields[1]);
                if label.to_uppercase() != label {
                    return Err(Error::dictionary(
                        &source.origin,
                        row.line,
                        "labels are written in upper case",
                    ));
                }
                d.labels.entry(lang.to_owned()).or_default().push(label.to_owned());
            }
        }
        for labels in d.labels.values_mut() {
            labels.sort_by_key(|l| std::cmp::Reverse(l.len()));
            labels.dedup();
        }
        for source in dict::sources("artifacts/chrome.tsv", user_dirs)? {
            for row in tsv::parse(&source.text, &source.origin, &["pattern", "lang", "match", "category"])? {
                let [pattern, lang, kind, category] = [row.fields[0], row.fields[1], row.fields[2], row.fields[3]];
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
                        .or_default()
                        .push((lang.to_owned(), category.to_owned()));
                    d.lines
                        .entry(pattern.to_owned())
                        .or_default()
                        .push((lang.to_owned(), category.to_owned()));
                } else {
                    d.prefixes
                        .push((lang.to_owned(), pattern.to_owned(), kind, category.to_owned()));
                }
            }
        }
        for source in dict::sources("artifacts/agencies.txt", user_dirs)? {
            let names = source
                .text
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'));
            d.agencies.extend(names.map(str::to_owned));
        }
        Ok(d)
    }

    /// The teaser labels for a text in `lang` (every language's when unknown).
    pub fn labels<'a>(&'a self, lang: Option<&'a str>) -> impl Iterator<Item = &'a str> + 'a {
        self.labels
            .iter()
            .filter(move |(l, _)| applies(l, lang))
            .flat_map(|(_, v)| v.iter().map(String::as_str))
    }

    /// The length in bytes of the longest whole-line pattern.
    pub fn longest_line(&self) -> usize {
        self.longest_line
    }

    /// The category of a whole-line chrome match of the normalized `key`, spaces lost or not.
    pub fn line_category(&self, key: &str, lang: Option<&str>) -> Option<&str> {
        fn category<'d>(entries: &'d [(String, Category)], lang: Option<&str>) -> Option<&'d str> {
            entries.iter().find(|(l, _)| applies(l, lang)).map(|(_, c)| c.as_str())
        }
        self.lines.get(key).and_then(|e| category(e, lang)).or_else(|| {
            // Most lines miss both maps: a key without spaces is looked up as it is.
            let squashed = if key.contains(' ') {
                self.squashed_lines.get(&key.replace(' ', ""))
            } else {
                self.squashed_lines.get(key)
            };
            category(squashed?, lang)
        })
    }

    /// Prefix and source patterns that apply to `lang`.
    pub fn prefixes<'a>(&'a self, lang: Option<&'a str>) -> impl Iterator<Item = (&'a str, Match, &'a str)> + 'a {
        self.prefixes
            .iter()
            .filter(move |(l, ..)| applies(l, lang))
            .map(|(_, p, m, c)| (p.as_str(), *m, c.as_str()))
    }
}

/// Whether entries for `entry_lang` apply to a text in `text_lang`: its own language's, and
/// English chrome, which scraped pages in every language carry. Unknown language: all.
fn applies(entry_lang: &str, text_lang: Option<&str>) -> bool {
    match text_lang {
        None => true,
        Some(t) => entry_lang == t || entry_lang == "en",
    }
}
