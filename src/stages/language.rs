//! The `language` stage: the document's language and the paragraphs left untranslated.
//!
//! The document's language decides which canonical names and which lexicon the later stages use.
//! A paragraph is flagged `untranslated` only when two independent signals agree: its function
//! words point to another language *and* whatlang reliably says the same (or, for a paragraph in
//! another script, whatlang alone is reliable). A quote of a few foreign words is never flagged.
//!
//! # Example
//!
//! ```
//! use mtnorm::Normalizer;
//!
//! let n = Normalizer::new();
//! let out = n.normalize("The minister spoke to reporters on Monday and said that the talks would go on for as long as they were needed.\n\
//!     He added that both delegations had agreed to meet again and that the next round would be held at the border.\n\
//!     Il ministro ha detto che i colloqui continueranno per tutto il tempo necessario, secondo quanto riferito dalle agenzie di stampa.");
//! assert_eq!(out.language.unwrap().code, "en");
//! assert_eq!(out.flags[0].message, "paragraph is in Italian, not English");
//! ```

use crate::config::{LanguageConfig, RuleFilter};
use crate::finding::FindingKind;
use crate::language::{lang_name, whatlang_detect, DocumentLanguage, LanguageSource, StopWordCounts};
use crate::stage::{Context, Rule, Stage};
use crate::{Result, Text};

const UNTRANSLATED: &str = "language.untranslated";

/// The rules of the `language` stage.
pub const RULES: &[Rule] = &[Rule {
    id: UNTRANSLATED,
    description: "flag paragraphs reliably in another language than the document (passages left untranslated)",
    default_on: true,
    example: "The talks went on.\nIl ministro ha detto che i colloqui continueranno per tutto il tempo necessario, secondo quanto riferito dalle agenzie di stampa nazionali.",
}];

/// How many words of the document the stop-word count looks at: enough to be sure, bounded so
/// that long documents cost no more than short ones.
const SAMPLE_WORDS: usize = 300;
/// How much of the document whatlang sees when stop words do not settle the language.
const SAMPLE_BYTES: usize = 4096;

/// Detects the document's language and flags untranslated paragraphs.
#[derive(Debug)]
pub struct LanguageStage {
    forced: Option<String>,
    min_paragraph_chars: usize,
    untranslated: bool,
}

impl LanguageStage {
    /// Builds the stage. `forced` is a configured language code that replaces detection.
    pub fn new(config: &LanguageConfig, forced: Option<String>, rules: &RuleFilter) -> LanguageStage {
        LanguageStage {
            forced,
            min_paragraph_chars: config.min_paragraph_chars,
            untranslated: config.flag_untranslated && rules.is_on(&RULES[0]),
        }
    }

    fn detect(&self, text: &str) -> Option<DocumentLanguage> {
        if let Some(code) = &self.forced {
            return Some(DocumentLanguage {
                code: code.clone(),
                name: lang_name(code),
                confidence: 1.0,
                source: LanguageSource::Configured,
                reliable: true,
            });
        }
        // Most news settles it in its first hundred words; the rest of the sample is read only
        // when it does not.
        let settled = |c: &StopWordCounts| {
            let mut hits = c.hits;
            hits.sort_unstable();
            hits[5] >= 24 && hits[4] * 4 <= hits[5]
        };
        let counts = StopWordCounts::of_until(text, SAMPLE_WORDS, settled);
        if let Some((code, confidence)) = counts.leader(8) {
            return Some(DocumentLanguage {
                code: code.to_owned(),
                name: lang_name(code),
                confidence,
                source: LanguageSource::StopWords,
                reliable: true,
            });
        }
        // An unreliable guess (a few words, a list of names) is worse than no language: later
        // stages then leave language-specific repairs alone.
        let (code, confidence, reliable) = whatlang_detect(text, SAMPLE_BYTES)?;
        if !reliable && confidence < 0.5 {
            return None;
        }
        // On short mixed text whatlang can name one language while the function words point to
        // another (`le … il le … le le`: French words, whatlang says Italian), and the document's
        // own repairs can tip it either way. Two signals that disagree are no basis for rewriting.
        let contradicted = counts.leader(3).is_some_and(|(words_say, _)| words_say != code);
        let reliable = reliable && !contradicted;
        Some(DocumentLanguage {
            code: code.to_owned(),
            name: lang_name(code),
            confidence,
            source: LanguageSource::Whatlang,
            reliable,
        })
    }

    /// The language of one paragraph if it is reliably not the document's.
    fn foreign(&self, paragraph: &str, doc: &str) -> Option<&'static str> {
        // A paragraph's language shows in its first hundred words, and most paragraphs settle it
        // sooner: a dozen function words of the document's language and few of any other.
        let settled = |c: &StopWordCounts| {
            let own = c.hits_for(doc);
            own >= 12 && c.hits.iter().filter(|&&h| h * 4 > own).count() <= 1
        };
        let counts = StopWordCounts::of_until(paragraph, 100, settled);
        let total: u32 = counts.hits.iter().sum();
        if total >= 2 {
            let (leader, _) = counts.leader(4)?;
            if leader == doc || counts.hits_for(doc) * 3 > counts.hits_for(leader) {
                return None;
            }
            let (code, _, reliable) = whatlang_detect(paragraph, SAMPLE_BYTES)?;
            return (reliable && code == leader).then_some(code);
        }
        // No function words of the lists: another script, or a language without a list.
        let letters = paragraph.chars().filter(|c| c.is_alphabetic()).count();
        if letters < self.min_paragraph_chars / 2 {
            return None;
        }
        let (code, confidence, reliable) = whatlang_detect(paragraph, SAMPLE_BYTES)?;
        (reliable && confidence > 0.8 && code != doc).then_some(code)
    }
}

impl Stage for LanguageStage {
    fn id(&self) -> &'static str {
        "language"
    }

    fn run(&self, text: &mut Text<'_>, cx: &mut Context) -> Result<()> {
        // A second run on unchanged text would only repeat the first.
        if cx.language_generation() == Some(text.generation()) && !self.untranslated {
            return Ok(());
        }
        let Some(language) = self.detect(text.as_str()) else {
            return Ok(());
        };
        let doc = language.code.clone();
        cx.set_language(language, text.generation());
        if !self.untranslated {
            return Ok(());
        }
        let s = text.as_str();
        let mut start = 0;
        for line in s.split('\n') {
            let range = start..start + line.len();
            start = range.end + 1;
            if line.len() < self.min_paragraph_chars || line.chars().count() < self.min_paragraph_chars {
                continue;
            }
            if let Some(code) = self.foreign(line, &doc) {
                let message = format!("paragraph is in {}, not {}", lang_name(code), lang_name(&doc));
                cx.flag(text, range, FindingKind::Untranslated, UNTRANSLATED, message, 0.9);
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::Normalizer;

    fn language(text: &str) -> crate::DocumentLanguage {
        Normalizer::new().normalize(text).language.expect("a language")
    }

    #[test]
    fn function_words_decide_when_there_are_enough() {
        let lang =
            language("The minister said that the talks were over and that the delegations would go home for the week.");
        assert_eq!((lang.code.as_str(), lang.reliable), ("en", true));
    }

    #[test]
    fn whatlang_alone_is_reliable_on_text_without_function_words() {
        let lang =
            language("Міністр оборони України Олексій Резніков відвідав передові позиції під Бахмутом у неділю.");
        assert_eq!((lang.code.as_str(), lang.reliable), ("uk", true));
    }

    #[test]
    fn a_guess_the_function_words_contradict_is_not_reliable() {
        // French function words, but whatlang says Italian: the words stage must not act on it,
        // or its own repair (`Lesecondo` -> `Le secondo`) flips the language on the next run.
        let text = "le'UNa il le|o le le E Lesecondo UNeUNe/Ia";
        let lang = language(text);
        assert_ne!(
            lang.code, "fr",
            "the case needs whatlang to disagree with the function words"
        );
        assert!(!lang.reliable);
        assert_eq!(Normalizer::new().normalize(text).text, text);
    }
}
