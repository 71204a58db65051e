//! [`Pipeline`]: stages run in order over one [`Text`].

use crate::config::{Config, StageConfig};
use crate::dict;
use crate::edit::Edit;
use crate::error::{Error, Result};
use crate::finding::{Finding, FindingKind};
use crate::language::{is_known_code, DocumentLanguage};
use crate::stage::{Context, Stage};
use crate::stages::names::NameDict;
use crate::stages::{self, ArtifactsStage, LanguageStage, NamesStage, UnicodeStage, WordsStage};
use crate::Text;
use serde::{Deserialize, Serialize};

/// A list of stages built from a [`Config`]. Shareable across threads: stages keep no state.
#[derive(Debug)]
pub struct Pipeline {
    stages: Vec<Box<dyn Stage>>,
    /// The position of the last `language` stage, whose detection is checked again on the
    /// final text (see [`Pipeline::run`]).
    last_language: Option<usize>,
    /// The position of the last `words` stage, run again when a later stage wrote new evidence
    /// for it (see [`Pipeline::run`]).
    last_words: Option<usize>,
}

/// How many times the stages after the last `language` stage run again when the final text turns
/// out to be in another language than the one they ran for. Each pass has more evidence than the
/// one before; two are enough on everything the fuzzer has found, and the bound keeps the cost of
/// a pathological document fixed.
const LANGUAGE_PASSES: usize = 2;

/// How many times the `words` stage runs again when a later stage wrote a word that a token it
/// left whole contains ([`Context::wrote`]). A second run of the tool would split the token;
/// running the stage again makes the split now, so that the output is clean for good. One pass
/// settles everything the fuzzer has found; the bound keeps the cost of a pathological document
/// fixed.
const WORDS_PASSES: usize = 2;

/// The result of normalizing one document: the clean text and the report.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Normalized {
    /// The clean text.
    pub text: String,
    /// Every change, sorted by span; applying them to the input gives `text`.
    pub edits: Vec<Edit>,
    /// Problems found and not changed, sorted by span.
    pub flags: Vec<Finding>,
    /// The document's language, if it could be told.
    pub language: Option<DocumentLanguage>,
}

/// The report part of a [`Normalized`] (everything but the text), as written by
/// `--report-field`. Serializes as `{"language": …, "edits": […], "flags": […]}`.
#[derive(Clone, Copy, Debug, Serialize)]
pub struct Report<'a> {
    /// The document's language.
    pub language: Option<&'a DocumentLanguage>,
    /// Every change.
    pub edits: &'a [Edit],
    /// Every finding.
    pub flags: &'a [Finding],
}

impl Normalized {
    /// The report without the text.
    pub fn report(&self) -> Report<'_> {
        Report {
            language: self.language.as_ref(),
            edits: &self.edits,
            flags: &self.flags,
        }
    }

    /// Whether the tool changed or flagged anything.
    pub fn is_clean(&self) -> bool {
        self.edits.is_empty() && self.flags.is_empty()
    }
}

impl Pipeline {
    /// Builds the stages a configuration lists; this is where configuration is validated.
    pub fn from_config(config: &Config) -> Result<Pipeline> {
        let rules = config.rule_filter();
        rules.validate(&stages::all_rules())?;
        if let Some(code) = &config.language {
            if !is_known_code(code) {
                return Err(Error::config("language", format!("unknown language code `{code}`")));
            }
        }
        dict::check_dirs(&config.dictionaries)?;
        // The repeats pass uses the thresholds of the artifacts stage before it.
        let artifacts = config
            .stages
            .iter()
            .rev()
            .find_map(|s| match s {
                StageConfig::Artifacts(c) => Some(c.clone()),
                _ => None,
            })
            .unwrap_or_default();
        // One name dictionary for the stages that read it (words, names), opened only if one is on
        // the list: its indexes are built once, on first use.
        let reads_names = config
            .stages
            .iter()
            .any(|s| matches!(s, StageConfig::Words | StageConfig::Names));
        let names = if reads_names {
            NameDict::open(&config.dictionaries)?
        } else {
            NameDict::builtin().clone()
        };
        let stages = config
            .stages
            .iter()
            .map(|stage| -> Result<Box<dyn Stage>> {
                Ok(match stage {
                    StageConfig::Unicode(c) => Box::new(UnicodeStage::new(c, &rules)),
                    StageConfig::Language(c) => Box::new(LanguageStage::new(c, config.language.clone(), &rules)),
                    StageConfig::Artifacts(c) => {
                        Box::new(ArtifactsStage::new(c, config.removals, &config.dictionaries, &rules)?)
                    }
                    StageConfig::Words => Box::new(WordsStage::new(names.clone(), &rules)),
                    StageConfig::Names => Box::new(NamesStage::new(names.clone(), &rules, config.names.style)),
                    StageConfig::Repeats => Box::new(ArtifactsStage::repeats(&artifacts, config.removals, &rules)),
                })
            })
            .collect::<Result<_>>()?;
        let last_language = config
            .stages
            .iter()
            .rposition(|s| matches!(s, StageConfig::Language(_)));
        let last_words = config.stages.iter().rposition(|s| matches!(s, StageConfig::Words));
        Ok(Pipeline {
            stages,
            last_language,
            last_words,
        })
    }

    /// The stage ids, in order.
    pub fn stage_ids(&self) -> Vec<&'static str> {
        self.stages.iter().map(|s| s.id()).collect()
    }

    /// Runs every stage over `input`.
    ///
    /// The stages after the last `language` stage (words, names) rewrite for the language it
    /// detected, and their repairs can change what the text reads as: `Lesecondo` split into
    /// `Le secondo` adds a French article to a text whatlang took for Italian. So the language
    /// is detected again on the final text and, if it is another one (or no longer reliable),
    /// those stages run again for it. The reported language is then the clean text's own, and
    /// cleaning the output again detects the same language and has nothing left to do.
    ///
    /// In the same way the `words` stage runs again when a later stage gave it new evidence
    /// ([`WORDS_PASSES`]), and the stages after it follow if it restored a space.
    pub fn run(&self, input: &str) -> Normalized {
        let mut text = Text::new(input);
        let mut cx = Context::new();
        run_stages(&self.stages, &mut text, &mut cx);
        if let Some(at) = self.last_language {
            for _ in 0..LANGUAGE_PASSES {
                let used = cx.language().map(|l| (l.code.clone(), l.reliable));
                run_stages(&self.stages[at..=at], &mut text, &mut cx);
                if cx.language().map(|l| (l.code.clone(), l.reliable)) == used {
                    break;
                }
                run_stages(&self.stages[at + 1..], &mut text, &mut cx);
            }
        }
        if let Some(at) = self.last_words {
            for _ in 0..WORDS_PASSES {
                if !cx.take_words_stale() {
                    break;
                }
                let before = text.generation();
                run_stages(&self.stages[at..=at], &mut text, &mut cx);
                if text.generation() == before {
                    break;
                }
                run_stages(&self.stages[at + 1..], &mut text, &mut cx);
            }
        }
        let edits = text.edits();
        let (language, mut flags) = cx.into_parts();
        flags.sort_by_key(|f: &Finding| (f.span, f.rule.clone()));
        // A stage that ran again may flag what it flagged before.
        flags.dedup_by(|a, b| a.span == b.span && a.rule == b.rule && a.message == b.message);
        Normalized {
            text: text.into_string(),
            edits,
            flags,
            language,
        }
    }
}

/// Runs `stages` in order. A stage that fails (which is a bug in that stage) does not stop the
/// others: its changes up to the failure stay consistent, and a `stage_error` finding says what
/// happened.
fn run_stages(stages: &[Box<dyn Stage>], text: &mut Text<'_>, cx: &mut Context) {
    for stage in stages {
        if let Err(e) = stage.run(text, cx) {
            cx.flag(text, 0..0, FindingKind::StageError, stage.id(), e.to_string(), 1.0);
        }
    }
}
