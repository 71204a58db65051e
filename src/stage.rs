//! The [`Stage`] trait and what a stage sees while it runs.

use crate::finding::{Finding, FindingKind};
use crate::language::DocumentLanguage;
use crate::{Result, Text};
use std::fmt;
use std::ops::Range;

/// One step of the pipeline: reads the current text, proposes edits, reports findings.
///
/// A stage takes `&self` and keeps no per-document state, so one pipeline serves many threads.
/// It changes text only through [`Text::apply`], which maps every change back to the input.
pub trait Stage: Send + Sync + fmt::Debug {
    /// The stage id, also the prefix of its rule ids (`unicode`, `language`, …).
    fn id(&self) -> &'static str;

    /// Runs the stage over one document.
    fn run(&self, text: &mut Text<'_>, cx: &mut Context) -> Result<()>;
}

/// A rule: the unit that can be switched on and off and that every edit names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rule {
    /// `stage.rule`, as written in reports and given to `--disable`.
    pub id: &'static str,
    /// One line for `mtnorm rules`.
    pub description: &'static str,
    /// Whether the rule runs unless configured otherwise.
    pub default_on: bool,
    /// An input the rule changes (or flags), for `mtnorm explain`.
    pub example: &'static str,
}

/// The most distinct words [`Context::take_words_stale`] looks for in the tokens left whole.
const STALE_WORDS: usize = 64;

/// Per-document state shared by the stages: the document's language and the findings so far.
#[derive(Debug, Default)]
pub struct Context {
    language: Option<DocumentLanguage>,
    /// The [`Text::generation`] the language was detected on.
    language_generation: Option<u64>,
    /// The [`Text::generation`] the artifacts stage left, on which repeats were judged.
    repeats_generation: Option<u64>,
    /// The tokens the words stage read and left whole, one a line.
    unsplit: String,
    /// What the stages after the words stage wrote since, one replacement a line.
    written: String,
    findings: Vec<Finding>,
}

impl Context {
    /// A context for a new document.
    pub fn new() -> Context {
        Context::default()
    }

    /// The document's language, once the language stage has run (or was given one).
    pub fn language(&self) -> Option<&DocumentLanguage> {
        self.language.as_ref()
    }

    /// The document language's ISO 639-1 code (`en`, `de`, …), if known.
    pub fn lang_code(&self) -> Option<&str> {
        self.language.as_ref().map(|l| l.code.as_str())
    }

    /// The document language's code if it is reliable enough for language-specific rewriting.
    pub fn reliable_lang_code(&self) -> Option<&str> {
        self.language.as_ref().filter(|l| l.reliable).map(|l| l.code.as_str())
    }

    /// Sets the document's language, detected on the text at `generation`.
    pub fn set_language(&mut self, language: DocumentLanguage, generation: u64) {
        self.language = Some(language);
        self.language_generation = Some(generation);
    }

    /// The [`Text::generation`] the language was detected on, to skip detecting it again on
    /// unchanged text.
    pub fn language_generation(&self) -> Option<u64> {
        self.language_generation
    }

    /// Records that repeats were judged on the text at `generation`.
    pub fn set_repeats_generation(&mut self, generation: u64) {
        self.repeats_generation = Some(generation);
    }

    /// The [`Text::generation`] repeats were last judged on, to skip judging unchanged text again.
    pub fn repeats_generation(&self) -> Option<u64> {
        self.repeats_generation
    }

    /// Records the tokens the words stage read and left whole for want of evidence.
    pub fn set_unsplit<'t>(&mut self, tokens: impl Iterator<Item = &'t str>) {
        self.unsplit.clear();
        self.written.clear();
        for token in tokens {
            self.unsplit.push_str(token);
            self.unsplit.push('\n');
        }
    }

    /// Records that a stage after the words stage wrote `words`, for [`Context::take_words_stale`].
    pub fn wrote(&mut self, words: &str) {
        if !self.unsplit.is_empty() {
            self.written.push_str(words);
            self.written.push('\n');
        }
    }

    /// Whether the stages after the words stage wrote new evidence for it since it last ran.
    ///
    /// The words stage reads the document's own words as evidence for a lost space (a surname
    /// written alone, a pair written apart), so a word written inside a letter run it left whole
    /// may be new evidence: `Oleksiy Reznikové مرحبا` rewritten to `Oleksii Reznikov مرحبا`
    /// writes the pair apart that a glued `Reznikovمرحبا` further on needs. (A split leaves a word
    /// on either side, so a word as long as the run is none.) Reading it clears it.
    pub fn take_words_stale(&mut self) -> bool {
        if self.written.is_empty() {
            return false;
        }
        let written = std::mem::take(&mut self.written).to_lowercase();
        let mut words: Vec<&str> = written
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .collect();
        words.sort_unstable();
        words.dedup();
        // (Many words written, say on a page of names, cost a second run rather than a search
        // for every one in every token.)
        if words.len() > STALE_WORDS {
            return true;
        }
        let unsplit = self.unsplit.to_lowercase();
        unsplit
            .split(|c: char| !c.is_alphabetic())
            .any(|run| words.iter().any(|w| run.len() > w.len() && run.contains(w)))
    }

    /// Records a finding over `range` of the current text (mapped back to the input now, since
    /// later stages move the text).
    pub fn flag(
        &mut self,
        text: &Text<'_>,
        range: Range<usize>,
        kind: FindingKind,
        rule: &'static str,
        message: impl Into<String>,
        confidence: f32,
    ) {
        self.findings.push(Finding {
            kind,
            span: text.to_original(range),
            rule: rule.to_owned(),
            message: message.into(),
            confidence,
        });
    }

    /// The findings so far, in the order they were made.
    pub fn findings(&self) -> &[Finding] {
        &self.findings
    }

    pub(crate) fn into_parts(self) -> (Option<DocumentLanguage>, Vec<Finding>) {
        (self.language, self.findings)
    }
}
