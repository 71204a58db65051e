//! Word-frequency lexicons per language (`dictionaries/<lang>/words.tsv`).
//!
//! Used to tell common words from names (a generated name variant that is an ordinary word is
//! dropped) and to score segmentations of run-together words. The built-in lists are parsed on
//! first use of each language, so a language that never comes up costs nothing.
//!
//! A word is looked up by its 64-bit [fingerprint](fingerprint) alone: the table holds no
//! pointer to the word's letters, so a lookup reads one slot of memory instead of a slot and then
//! the word it points to (the lexicon is far larger than a CPU's caches, and the second read was
//! the words stage's costliest cache miss). Two words of one list never share a fingerprint
//! (tested); a word outside the list takes a listed word's with odds of about 10⁵ in 2⁶⁴.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

/// How many of a list's words [`Lexicon::is_frequent`] reads: about the words that cost 10 nats
/// or less, and some (`sono` is Italian's 32nd, `isto` Portuguese's 71st; 2,000 split a few more
/// of the rare words of `tools/eval_rare_words.py`, 3,000 none).
pub const FREQUENT_WORDS: usize = 3000;

/// How many of a list's most frequent words are also kept in a small table of their own, looked
/// up first: 16,384 words are about nine in ten of a news text's words of four letters or more,
/// and their table (a quarter of a megabyte) stays in a core's cache where the whole lexicon's
/// cannot (14% less time on the benchmark corpus than the whole table alone).
const HOT_WORDS: usize = 16_384;

/// Languages with a built-in lexicon.
pub const LANGUAGES: [&str; 6] = ["en", "de", "es", "fr", "it", "pt"];

const SOURCES: [(&str, &str, &str); 6] = [
    (
        "en",
        include_str!("../dictionaries/en/words.tsv"),
        include_str!("../dictionaries/en/words-extra.tsv"),
    ),
    (
        "de",
        include_str!("../dictionaries/de/words.tsv"),
        include_str!("../dictionaries/de/words-extra.tsv"),
    ),
    (
        "es",
        include_str!("../dictionaries/es/words.tsv"),
        include_str!("../dictionaries/es/words-extra.tsv"),
    ),
    (
        "fr",
        include_str!("../dictionaries/fr/words.tsv"),
        include_str!("../dictionaries/fr/words-extra.tsv"),
    ),
    (
        "it",
        include_str!("../dictionaries/it/words.tsv"),
        include_str!("../dictionaries/it/words-extra.tsv"),
    ),
    ("pt", include_str!("../dictionaries/pt/words.tsv"), ""),
];

/// A language's words with their corpus counts.
#[derive(Debug)]
pub struct Lexicon {
    /// The language code (`en`).
    lang: &'static str,
    /// Counts by [`fingerprint`] of the word.
    counts: HashMap<u64, u64>,
    /// The counts of the [`HOT_WORDS`] most frequent words, by fingerprint.
    hot: HashMap<u64, u64>,
    /// Natural log of the sum of all counts, to turn a count into a cost.
    ln_total: f64,
}

impl Lexicon {
    /// The built-in lexicon of `lang`, if there is one.
    pub fn get(lang: &str) -> Option<&'static Lexicon> {
        static CELLS: [OnceLock<Lexicon>; 6] = [const { OnceLock::new() }; 6];
        let i = LANGUAGES.iter().position(|&l| l == lang)?;
        Some(CELLS[i].get_or_init(|| Lexicon::parse(SOURCES[i].0, SOURCES[i].1, SOURCES[i].2)))
    }

    /// Parses `word<TAB>count` lines; an extra list raises counts (the larger count wins).
    fn parse(lang: &'static str, main: &'static str, extra: &'static str) -> Lexicon {
        let mut counts: HashMap<u64, u64> = HashMap::with_capacity_and_hasher(100_000, Default::default());
        for line in main.lines().chain(extra.lines()) {
            if line.starts_with('#') {
                continue;
            }
            let Some((word, count)) = line.split_once('\t') else {
                continue;
            };
            let Ok(count) = count.trim().parse::<u64>() else {
                continue;
            };
            let slot = counts.entry(fingerprint(word)).or_insert(0);
            *slot = (*slot).max(count);
        }
        let total: u64 = counts.values().sum();
        // The main list is sorted by count.
        let hot = main
            .lines()
            .filter(|line| !line.starts_with('#'))
            .filter_map(|line| line.split_once('\t'))
            .filter_map(|(word, _)| counts.get_key_value(&fingerprint(word)))
            .take(HOT_WORDS)
            .map(|(&print, &count)| (print, count))
            .collect();
        Lexicon {
            lang,
            counts,
            hot,
            ln_total: (total.max(1) as f64).ln(),
        }
    }

    /// Whether the lower-case `word` is among the [`FREQUENT_WORDS`] most frequent of `lang`'s
    /// built-in list: read from the head of the list alone (it is sorted by count), so a
    /// language asked only this costs a fraction of its whole lexicon.
    pub fn is_frequent(lang: &str, word: &str) -> bool {
        static CELLS: [OnceLock<HashSet<&'static str>>; 6] = [const { OnceLock::new() }; 6];
        let Some(i) = LANGUAGES.iter().position(|&l| l == lang) else {
            return false;
        };
        CELLS[i]
            .get_or_init(|| {
                SOURCES[i]
                    .1
                    .lines()
                    .filter(|line| !line.starts_with('#'))
                    .filter_map(|line| line.split_once('\t').map(|(word, _)| word))
                    .take(FREQUENT_WORDS)
                    .collect()
            })
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

    /// The count of a listed lower-case word: from the small table of frequent words if it is
    /// there, else from the whole lexicon.
    fn lookup(&self, lower: &str) -> Option<u64> {
        let print = fingerprint(lower);
        self.hot.get(&print).or_else(|| self.counts.get(&print)).copied()
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.counts.len()
    }

    /// Whether the lexicon is empty.
    pub fn is_empty(&self) -> bool {
        self.counts.is_empty()
    }
}

/// A word's 64-bit fingerprint, the key it is listed under.
fn fingerprint(word: &str) -> u64 {
    use std::hash::Hasher;
    let mut hasher = rustc_hash::FxHasher::default();
    hasher.write(word.as_bytes());
    hasher.finish()
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

    /// The fingerprints stand for the words: no two distinct words of a list share one.
    #[test]
    fn fingerprints_are_distinct() {
        for (lang, main, extra) in SOURCES {
            let words: HashSet<&str> = main
                .lines()
                .chain(extra.lines())
                .filter(|line| !line.starts_with('#'))
                .filter_map(|line| line.split_once('\t').map(|(word, _)| word))
                .collect();
            let prints: HashSet<u64> = words.iter().map(|w| fingerprint(w)).collect();
            assert_eq!(prints.len(), words.len(), "{lang}");
            assert_eq!(Lexicon::get(lang).unwrap().len(), words.len(), "{lang}");
        }
    }
}
