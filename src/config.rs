//! Configuration: plain serde data that [`Pipeline::from_config`](crate::Pipeline::from_config)
//! turns into stages.
//!
//! The same struct is read from `mtnorm.toml`, built by [`NormalizerBuilder`](crate::NormalizerBuilder)
//! and overridden by command-line flags. Unknown keys are an error, so a typo never silently
//! switches nothing off.
//!
//! ```toml
//! language = "en"                 # skip detection
//! disable = ["teaser", "unicode.spaces"]
//!
//! [names]
//! style = "wikipedia"             # or "native-romanization"
//!
//! [[stages]]
//! type = "unicode"
//! form = "nfkc"
//! ```

use crate::error::{Error, Result};
use crate::stage::Rule;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// The whole configuration of a normalizer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default, rename_all = "kebab-case")]
pub struct Config {
    /// The documents' language as an ISO 639-1 code (`en`, `de`, …). Unset: detect it per
    /// document.
    pub language: Option<String>,
    /// Rules to switch off: a rule id (`teaser.label`) or a whole stage (`teaser`).
    pub disable: Vec<String>,
    /// Rules to switch on, including rules that are off by default. Wins over `disable`.
    pub enable: Vec<String>,
    /// What happens to lines recognized as artifacts.
    pub removals: Removals,
    /// Extra dictionary folders, read after the built-in ones (their entries win).
    pub dictionaries: Vec<PathBuf>,
    /// Options of the `names` stage (`[names]` in `mtnorm.toml`).
    pub names: NamesConfig,
    /// The stages, in the order they run.
    pub stages: Vec<StageConfig>,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            language: None,
            disable: Vec::new(),
            enable: Vec::new(),
            removals: Removals::Remove,
            dictionaries: Vec::new(),
            names: NamesConfig::default(),
            stages: vec![
                StageConfig::Unicode(UnicodeConfig::default()),
                StageConfig::Language(LanguageConfig::default()),
                StageConfig::Artifacts(ArtifactsConfig::default()),
                StageConfig::Language(LanguageConfig {
                    flag_untranslated: false,
                    ..LanguageConfig::default()
                }),
                StageConfig::Words,
                StageConfig::Names,
                StageConfig::Repeats,
            ],
        }
    }
}

impl Config {
    /// Parses a TOML configuration; errors name the offending key.
    pub fn from_toml(source: &str) -> Result<Config> {
        toml::from_str(source).map_err(|e| {
            let key = e.span().map(|s| source[s].to_owned()).unwrap_or_default();
            Error::config(key, e.message().to_owned())
        })
    }

    /// The configuration as TOML, with every default written out.
    pub fn to_toml(&self) -> String {
        toml::to_string_pretty(self).unwrap_or_default()
    }

    /// The rule switches of this configuration.
    pub fn rule_filter(&self) -> RuleFilter {
        RuleFilter {
            disable: self.disable.clone(),
            enable: self.enable.clone(),
        }
    }
}

/// Options of the `names` stage.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default, rename_all = "kebab-case")]
pub struct NamesConfig {
    /// Which spelling a name is rewritten to.
    pub style: CanonicalStyle,
}

/// The canonical spelling the `names` stage writes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CanonicalStyle {
    /// The title of the entity's Wikipedia article in the text's language (`Kyiv` in English,
    /// `Kiew` in German): what readers of that language expect.
    #[default]
    Wikipedia,
    /// The official national romanization of the native-script name, the same in every text
    /// language (Ukrainian KMU 2010 `Kyiv`, Russian GOST 7.79 System A `Moskva`, Belarusian
    /// National 2007): for archives that want one spelling per name whatever the language.
    /// Entities whose native name is not Ukrainian, Russian or Belarusian, and rows from a user
    /// dictionary, keep their listed canonical names.
    NativeRomanization,
}

/// What to do with lines recognized as artifacts (teasers, chrome, repeats).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Removals {
    /// Remove them; the report has every removed line.
    #[default]
    Remove,
    /// Keep them in the text and only report them as findings.
    Report,
}

/// One stage and its options. The `type` key picks the stage.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case", deny_unknown_fields)]
pub enum StageConfig {
    /// Encoding repair, invisible characters, normalization form, whitespace.
    Unicode(UnicodeConfig),
    /// Document and paragraph language.
    Language(LanguageConfig),
    /// Teasers, site chrome, headline lists, credits, repeated paragraphs.
    Artifacts(ArtifactsConfig),
    /// Spaces lost between words and after sentence punctuation.
    Words,
    /// Names of people and places to their canonical spelling.
    Names,
    /// Repeated paragraphs and sentences judged again on the text the stages before leave (the
    /// thresholds of the `artifacts` stage).
    Repeats,
}

/// Options of the `artifacts` stage.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default, rename_all = "kebab-case")]
pub struct ArtifactsConfig {
    /// Paragraphs with fewer letters and digits than this are never removed as repeats: short lines such
    /// as "Photo" or a dateline legitimately recur.
    pub min_duplicate_chars: usize,
    /// Similarity (normalized Levenshtein on loosely compared text) from which a paragraph is a
    /// near copy of an earlier one.
    pub duplicate_similarity: f64,
}

impl Default for ArtifactsConfig {
    fn default() -> Self {
        ArtifactsConfig {
            min_duplicate_chars: 32,
            duplicate_similarity: 0.9,
        }
    }
}

/// Options of the `unicode` stage.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default, rename_all = "kebab-case")]
pub struct UnicodeConfig {
    /// The normalization form to compose to.
    pub form: NormalForm,
}

/// A Unicode normalization form.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NormalForm {
    /// Canonical composition: changes no visible character.
    #[default]
    Nfc,
    /// Compatibility composition: also folds ligatures, full-width forms and superscripts
    /// (`²` → `2`), which loses meaning in some text.
    Nfkc,
    /// Leave the form as it is.
    None,
}

/// Options of the `language` stage.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default, rename_all = "kebab-case")]
pub struct LanguageConfig {
    /// Paragraphs shorter than this (in chars) are not judged: detection on a few words is a
    /// guess.
    pub min_paragraph_chars: usize,
    /// Whether this run flags untranslated paragraphs. The default pipeline detects the language
    /// a second time once artifact lines are gone (their words skew detection), without flagging
    /// again.
    pub flag_untranslated: bool,
}

impl Default for LanguageConfig {
    fn default() -> Self {
        LanguageConfig {
            min_paragraph_chars: 120,
            flag_untranslated: true,
        }
    }
}

/// Which rules are on: each rule's default, overridden by `disable` and then `enable`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RuleFilter {
    disable: Vec<String>,
    enable: Vec<String>,
}

impl RuleFilter {
    /// Whether `rule` runs.
    pub fn is_on(&self, rule: &Rule) -> bool {
        let matches = |pattern: &String| {
            rule.id == pattern || (rule.id.starts_with(pattern.as_str()) && rule.id[pattern.len()..].starts_with('.'))
        };
        if self.enable.iter().any(matches) {
            return true;
        }
        if self.disable.iter().any(matches) {
            return false;
        }
        rule.default_on
    }

    /// Checks that every name given matches a rule or a stage.
    pub fn validate(&self, rules: &[Rule]) -> Result<()> {
        for (key, names) in [("disable", &self.disable), ("enable", &self.enable)] {
            for name in names {
                let known = rules
                    .iter()
                    .any(|r| r.id == name || (r.id.starts_with(name.as_str()) && r.id[name.len()..].starts_with('.')));
                if !known {
                    return Err(Error::config(
                        key,
                        format!("no rule or stage named `{name}` (see `mtnorm rules`)"),
                    ));
                }
            }
        }
        Ok(())
    }
}
