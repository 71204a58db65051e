//! Language identification: cheap stop-word evidence first, whatlang where that leaves doubt.
//!
//! whatlang costs about the same per call whatever the text's length (~0.1 ms), which would
//! dominate the pipeline if called on every paragraph. Most paragraphs of a news feed are in the
//! document's language and say so with their function words (`the`, `und`, `les`, …), so those
//! are counted first; whatlang is asked only when the counts do not settle it.

use crate::token::{camel_steps, letter_runs, with_lowercase};
use rustc_hash::FxHashMap as HashMap;
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

/// The language of a document, as reported.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DocumentLanguage {
    /// ISO 639-1 code where one exists (`en`, `de`, `uk`), else ISO 639-3.
    pub code: String,
    /// English name of the language.
    pub name: String,
    /// How sure the detection is, in `0.0..=1.0` (1.0 when configured).
    pub confidence: f64,
    /// Where the language came from.
    pub source: LanguageSource,
    /// Whether the detection is sure enough for language-specific rewriting (canonical names,
    /// word splitting). A short text may get a language guess without it.
    pub reliable: bool,
}

/// How the document's language was decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LanguageSource {
    /// Given by the configuration (`--lang`).
    Configured,
    /// Counted from function words.
    StopWords,
    /// Detected by whatlang.
    Whatlang,
}

/// Languages with stop-word lists, and so with cheap detection.
pub const STOP_WORD_LANGUAGES: [&str; 6] = ["en", "de", "fr", "es", "it", "pt"];

/// Frequent function words that are distinctive enough to count as evidence. A word may count
/// for several languages (`una`: Spanish and Italian).
const STOP_WORDS: [(&str, &str); 6] = [
    ("en", "the and of to is was that with for are were which have has from by this be at his their said after would not but they been who an its will than"),
    ("de", "der die und das ist nicht mit sich des auf für dem ein eine auch von wird werden wurde sind nach bei aus hat zu im den über noch einen einer sagte"),
    ("fr", "le les des et est dans une pour qui sur pas par avec du au aux ont été cette ce sont il elle mais plus selon leur ses deux"),
    ("es", "el los las del y una por con para es se su fue como más pero sus este esta entre también sobre según ha han desde al lo"),
    ("it", "il di della delle degli non una per con sono è gli nel nella anche come più dal alla ha sul dei questo stato che ai"),
    ("pt", "os da do das dos não uma para com em é foi ao pelo pela mais seu sua também são está entre já após como"),
];

static STOP_WORD_INDEX: LazyLock<HashMap<&'static str, u8>> = LazyLock::new(|| {
    let mut index: HashMap<&'static str, u8> = HashMap::default();
    for (bit, (_, words)) in STOP_WORDS.iter().enumerate() {
        for w in words.split_whitespace() {
            *index.entry(w).or_default() |= 1 << bit;
        }
    }
    index
});

/// Stop-word hits per language, in the order of [`STOP_WORD_LANGUAGES`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StopWordCounts {
    /// Hits per language.
    pub hits: [u32; 6],
    /// Words counted.
    pub words: u32,
}

impl StopWordCounts {
    /// Counts the stop words of `text`, looking at no more than `max_words` words.
    pub fn of(text: &str, max_words: usize) -> StopWordCounts {
        StopWordCounts::of_until(text, max_words, |_| false)
    }

    /// [`StopWordCounts::of`] that stops early once `settled` says the counts so far decide.
    pub fn of_until(text: &str, max_words: usize, settled: impl Fn(&StopWordCounts) -> bool) -> StopWordCounts {
        let mut counts = StopWordCounts::default();
        let count = |counts: &mut StopWordCounts, word: &str| {
            counts.words += 1;
            if word.len() > 8 {
                return;
            }
            if let Some(&mask) = with_lowercase(word, |lower| STOP_WORD_INDEX.get(lower)) {
                for (bit, hit) in counts.hits.iter_mut().enumerate() {
                    *hit += u32::from(mask >> bit & 1);
                }
            }
        };
        for run in letter_runs(text).take(max_words) {
            if counts.words % 16 == 15 && settled(&counts) {
                break;
            }
            // A lost space before a capital (`BrNach`) is counted as the words stage will leave
            // it (`Br Nach`), so that restoring it does not change the language of the text.
            // Most words are ASCII without a capital after their first letter: told at once.
            if run.is_ascii() && !run.bytes().skip(1).any(|b| b.is_ascii_uppercase()) {
                count(&mut counts, run);
                continue;
            }
            let mut start = 0;
            for step in camel_steps(run) {
                count(&mut counts, &run[start..step]);
                start = step;
            }
            count(&mut counts, &run[start..]);
        }
        counts
    }

    /// The language with the most hits, if it leads clearly: at least `min_hits` hits and twice
    /// the runner-up's.
    pub fn leader(&self, min_hits: u32) -> Option<(&'static str, f64)> {
        let mut order: Vec<usize> = (0..6).collect();
        order.sort_by_key(|&i| std::cmp::Reverse(self.hits[i]));
        let (best, second) = (self.hits[order[0]], self.hits[order[1]]);
        (best >= min_hits && best >= 2 * second.max(1)).then(|| {
            let confidence = 1.0 - f64::from(second) / f64::from(best);
            (STOP_WORD_LANGUAGES[order[0]], confidence.clamp(0.5, 1.0))
        })
    }

    /// Hits for the language `code`, 0 when it has no stop-word list.
    pub fn hits_for(&self, code: &str) -> u32 {
        STOP_WORD_LANGUAGES
            .iter()
            .position(|&l| l == code)
            .map_or(0, |i| self.hits[i])
    }
}

/// ISO 639-1 code (or 639-3 where none exists) and English name of a whatlang language.
pub fn lang_code(lang: whatlang::Lang) -> &'static str {
    use whatlang::Lang::*;
    match lang {
        Eng => "en",
        Deu => "de",
        Fra => "fr",
        Spa => "es",
        Ita => "it",
        Por => "pt",
        Pol => "pl",
        Ukr => "uk",
        Rus => "ru",
        Bel => "be",
        Nld => "nl",
        Ces => "cs",
        Slk => "sk",
        Slv => "sl",
        Hrv => "hr",
        Srp => "sr",
        Bul => "bg",
        Ron => "ro",
        Hun => "hu",
        Fin => "fi",
        Swe => "sv",
        Dan => "da",
        Nob => "nb",
        Est => "et",
        Lav => "lv",
        Lit => "lt",
        Ell => "el",
        Tur => "tr",
        Ara => "ar",
        Heb => "he",
        Pes => "fa",
        Hin => "hi",
        Cmn => "zh",
        Jpn => "ja",
        Kor => "ko",
        Tha => "th",
        Vie => "vi",
        Ind => "id",
        Kat => "ka",
        Hye => "hy",
        Aze => "az",
        Uzb => "uz",
        Cat => "ca",
        Epo => "eo",
        other => other.code(),
    }
}

/// The English name of a language code known to whatlang or to the stop-word lists.
pub fn lang_name(code: &str) -> String {
    whatlang::Lang::all()
        .iter()
        .find(|&&l| lang_code(l) == code)
        .map_or_else(|| code.to_owned(), |l| l.eng_name().to_owned())
}

/// Whether `code` names a language this crate knows (for validating `--lang`).
pub fn is_known_code(code: &str) -> bool {
    whatlang::Lang::all().iter().any(|&l| lang_code(l) == code)
}

/// Detects the language of `text` with whatlang on at most `max_bytes` of it.
pub fn whatlang_detect(text: &str, max_bytes: usize) -> Option<(&'static str, f64, bool)> {
    let info = whatlang::detect(crate::token::head_within(text, max_bytes))?;
    Some((lang_code(info.lang()), info.confidence(), info.is_reliable()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_words_pick_the_language() {
        let en = StopWordCounts::of(
            "The talks were held on the border and the delegations said that it was over.",
            200,
        );
        assert_eq!(en.leader(3).map(|l| l.0), Some("en"));
        let de = StopWordCounts::of(
            "Die Gespräche wurden an der Grenze geführt, und die Delegationen sind nach Hause gefahren.",
            200,
        );
        assert_eq!(de.leader(3).map(|l| l.0), Some("de"));
        let mixed = StopWordCounts::of("Kyiv Moscow Gomel", 200);
        assert_eq!(mixed.leader(3), None);
    }

    #[test]
    fn codes_round_trip() {
        assert_eq!(lang_code(whatlang::Lang::Ukr), "uk");
        assert_eq!(lang_name("de"), "German");
        assert!(is_known_code("pt"));
        assert!(!is_known_code("xx"));
    }
}
