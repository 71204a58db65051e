//! Word-frequency lexicons per language (`dictionaries/<lang>/words.tsv`).
//!
//! Used to tell common words from names (a generated name variant that is an ordinary word is
//! dropped) and to score segmentations of run-together words. The lists are turned into lookup
//! tables by `build.rs` and embedded (`table.rs`): a lexicon costs nothing to load, and a language
//! that never comes up is never read.
//!
//! A word is looked up by its 64-bit fingerprint alone: the table holds no pointer to the
//! word's letters, so a lookup reads one slot of memory instead of a slot and then the word it
//! points to (the lexicon is far larger than a CPU's caches, and the second read was the words
//! stage's costliest cache miss). Two words of one list never share a fingerprint (the build
//! checks); a word outside the list takes a listed word's with odds of about 10⁵ in 2⁶⁴.

mod table;

use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;
use table::{fingerprint, Table};

pub use table::FREQUENT_WORDS;

/// How many lower-case words a sentence needs before [`Lexicon::foreign_sentence`] can tell
/// it is in another language.
pub const FOREIGN_SENTENCE_WORDS: usize = 4;

/// A lexicon as `build.rs` embeds it.
struct Built {
    /// The language code.
    lang: &'static str,
    /// Number of distinct words.
    words: usize,
    /// The sum of the words' counts.
    total: u64,
    /// The table of every word.
    all: &'static [u8],
    /// The table of the [`table::HOT_WORDS`] most frequent words.
    hot: &'static [u8],
    /// The [`FREQUENT_WORDS`] most frequent words, most frequent first.
    frequent: &'static [&'static str],
}

// `LANGUAGES` and `BUILT`, one entry a language of `build.rs`'s list.
include!(concat!(env!("OUT_DIR"), "/lexicons.rs"));

/// A language's words with their corpus counts.
#[derive(Debug)]
pub struct Lexicon {
    /// The language code (`en`).
    lang: &'static str,
    /// Number of distinct words.
    words: usize,
    /// Counts by [`fingerprint`] of the word.
    counts: Table,
    /// The counts of the most frequent words, by fingerprint: looked up first, since their small
    /// table stays in a core's cache where the whole lexicon's cannot.
    hot: Table,
    /// Natural log of the sum of all counts, to turn a count into a cost.
    ln_total: f64,
}

impl Lexicon {
    /// The built-in lexicon of `lang`, if there is one.
    pub fn get(lang: &str) -> Option<&'static Lexicon> {
        static CELLS: [OnceLock<Lexicon>; 6] = [const { OnceLock::new() }; 6];
        let i = LANGUAGES.iter().position(|&l| l == lang)?;
        Some(CELLS[i].get_or_init(|| {
            let built = &BUILT[i];
            Lexicon {
                lang: built.lang,
                words: built.words,
                counts: Table::new(built.all),
                hot: Table::new(built.hot),
                ln_total: (built.total.max(1) as f64).ln(),
            }
        }))
    }

    /// Whether the lower-case `word` is among the [`FREQUENT_WORDS`] most frequent of `lang`'s
    /// built-in list.
    pub fn is_frequent(lang: &str, word: &str) -> bool {
        static CELLS: [OnceLock<HashSet<&'static str>>; 6] = [const { OnceLock::new() }; 6];
        let Some(i) = LANGUAGES.iter().position(|&l| l == lang) else {
            return false;
        };
        CELLS[i]
            .get_or_init(|| BUILT[i].frequent.iter().copied().collect())
            .contains(word)
    }

    /// The count of a lower-case word (0 when unknown).
    pub fn count(&self, lower: &str) -> u64 {
        self.lookup(lower).unwrap_or(0)
    }

    /// The unigram cost of a lower-case word, `-ln(count / total)` in nats: 3 for `the`, 6.5 for
    /// `said`, 12 for `berg`. `None` when unknown.
    pub fn cost(&self, lower: &str) -> Option<f64> {
        let count = self.lookup(lower)?;
        (count > 0).then(|| self.ln_total - (count as f64).ln())
    }

    /// The language code of the lexicon (`en`).
    pub fn language(&self) -> &'static str {
        self.lang
    }

    /// Whether the lower-case word is listed.
    pub fn contains(&self, lower: &str) -> bool {
        self.lookup(lower).is_some()
    }

    /// Whether the sentence of `text` around the byte range `at` is in another language than
    /// this lexicon's, which it cannot segment: of its other lower-case words of two letters or
    /// more there are at least [`FOREIGN_SENTENCE_WORDS`], and fewer than half are listed (a
    /// Romanian sentence left in an English text: `… de frontiera Republicii Moldova`). The
    /// sentence ends at `.`, `!`, `?` or the line's end.
    pub fn foreign_sentence(&self, text: &str, at: std::ops::Range<usize>) -> bool {
        let line_start = text[..at.start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[at.end..].find('\n').map_or(text.len(), |i| at.end + i);
        let ends = ['.', '!', '?'];
        let start = text[line_start..at.start]
            .rfind(ends)
            .map_or(line_start, |i| line_start + i + 1);
        let end = text[at.end..line_end].find(ends).map_or(line_end, |i| at.end + i);
        let (mut known, mut words) = (0, 0);
        let mut pos = start;
        for token in text[start..end].split([' ', '\n', '\t']) {
            let token_at = pos;
            pos += token.len() + 1;
            let word = token.trim_matches(|c: char| !c.is_alphabetic());
            let own = token_at < at.end && at.start < token_at + token.len().max(1);
            if own || word.chars().nth(1).is_none() || !word.chars().all(char::is_lowercase) {
                continue;
            }
            words += 1;
            known += usize::from(self.contains(word));
        }
        words >= FOREIGN_SENTENCE_WORDS && 2 * known < words
    }

    /// The count of a listed lower-case word: from the small table of frequent words if it is
    /// there, else from the whole lexicon.
    fn lookup(&self, lower: &str) -> Option<u64> {
        let print = fingerprint(lower);
        self.hot.get(print).or_else(|| self.counts.get(print))
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.words
    }

    /// Whether the lexicon is empty.
    pub fn is_empty(&self) -> bool {
        self.words == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicons_load() {
        for lang in LANGUAGES {
            let lex = Lexicon::get(lang).unwrap();
            assert!(lex.len() > 40_000, "{lang}: {}", lex.len());
        }
        let en = Lexicon::get("en").unwrap();
        assert!(en.count("the") > en.count("ukraine"));
        assert!(en.contains("kyiv"), "words-extra is merged");
        // Forms the hunspell-filtered lists lack, supplied by their words-extra lists.
        assert!(Lexicon::get("fr").unwrap().contains("était"));
        assert!(Lexicon::get("es").unwrap().contains("administración"));
        assert!(Lexicon::get("xx").is_none());
        let (the, said) = (en.cost("the").unwrap(), en.cost("said").unwrap());
        assert!(2.0 < the && the < said && said < 8.0, "{the} {said}");
        assert_eq!(en.cost("qqqzzz"), None);
    }

    /// The embedded tables hold every word of the lists with its count (the larger where a
    /// word is listed twice), and no other.
    #[test]
    fn tables_hold_the_lists() {
        for (i, lang) in LANGUAGES.into_iter().enumerate() {
            assert_eq!(BUILT[i].lang, lang);
            let mut counts: std::collections::HashMap<String, u64> = Default::default();
            for file in ["words.tsv", "words-extra.tsv"] {
                let path = format!("{}/dictionaries/{lang}/{file}", env!("CARGO_MANIFEST_DIR"));
                let Ok(text) = std::fs::read_to_string(&path) else {
                    assert_eq!((lang, file), ("pt", "words-extra.tsv"), "{path}");
                    continue;
                };
                for line in text.lines().filter(|line| !line.starts_with('#')) {
                    let (word, count) = line.split_once('\t').unwrap();
                    let slot = counts.entry(word.to_owned()).or_default();
                    *slot = (*slot).max(count.trim().parse().unwrap());
                }
            }
            let lex = Lexicon::get(lang).unwrap();
            assert_eq!(lex.len(), counts.len(), "{lang}");
            for (word, count) in &counts {
                assert_eq!(lex.count(word), *count, "{lang} {word}");
            }
            let prints: HashSet<u64> = counts.keys().map(|w| fingerprint(w)).collect();
            assert_eq!(prints.len(), counts.len(), "{lang}: two words share a fingerprint");
            for absent in ["qqqzzz", "xkcdqwv", ""] {
                assert!(!lex.contains(absent), "{lang} {absent}");
            }
        }
    }
}
