//! [`Normalizer`]: the front door of the library.

use crate::config::{CanonicalStyle, Config, Removals};
use crate::error::Result;
use crate::pipeline::{Normalized, Pipeline};
use crate::stage::Rule;
use crate::stages;
use std::path::PathBuf;

/// Cleans documents. Build once, share freely: `normalize` takes `&self` and the type is
/// `Send + Sync`, so one normalizer serves every thread.
///
/// ```
/// let n = mtnorm::Normalizer::new();
/// let out = n.normalize("Talks\u{a0}began  on Monday.");
/// assert_eq!(out.text, "Talks began on Monday.");
/// assert_eq!(out.edits.len(), 2);
/// ```
#[derive(Debug)]
pub struct Normalizer {
    config: Config,
    pipeline: Pipeline,
}

impl Default for Normalizer {
    fn default() -> Self {
        Normalizer::new()
    }
}

impl Normalizer {
    /// A normalizer with the default configuration and the built-in dictionaries.
    pub fn new() -> Normalizer {
        Normalizer::builder()
            .build()
            .expect("the default configuration is valid")
    }

    /// A builder to choose the language, rules and dictionaries.
    pub fn builder() -> NormalizerBuilder {
        NormalizerBuilder {
            config: Config::default(),
        }
    }

    /// A normalizer for a configuration (as read from `mtnorm.toml`).
    pub fn from_config(config: Config) -> Result<Normalizer> {
        let pipeline = Pipeline::from_config(&config)?;
        Ok(Normalizer { config, pipeline })
    }

    /// Cleans one document.
    pub fn normalize(&self, input: &str) -> Normalized {
        self.pipeline.run(input)
    }

    /// The configuration in force.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Every rule with whether it is on in this normalizer.
    pub fn rules(&self) -> Vec<(Rule, bool)> {
        let filter = self.config.rule_filter();
        stages::all_rules().into_iter().map(|r| (r, filter.is_on(&r))).collect()
    }
}

/// Builds a [`Normalizer`]; every setting is optional.
///
/// ```
/// let n = mtnorm::Normalizer::builder().language("de").disable("unicode.spaces").build().unwrap();
/// assert_eq!(n.normalize("zwei  Leerzeichen").text, "zwei  Leerzeichen");
/// assert!(mtnorm::Normalizer::builder().disable("no.such-rule").build().is_err());
/// ```
#[derive(Clone, Debug)]
pub struct NormalizerBuilder {
    config: Config,
}

impl NormalizerBuilder {
    /// Starts from a whole configuration.
    pub fn config(mut self, config: Config) -> Self {
        self.config = config;
        self
    }

    /// Fixes the documents' language (ISO 639-1) instead of detecting it.
    pub fn language(mut self, code: impl Into<String>) -> Self {
        self.config.language = Some(code.into());
        self
    }

    /// Switches off a rule (`unicode.nbsp`) or a whole stage (`unicode`).
    pub fn disable(mut self, rule: impl Into<String>) -> Self {
        self.config.disable.push(rule.into());
        self
    }

    /// Switches on a rule, including one that is off by default.
    pub fn enable(mut self, rule: impl Into<String>) -> Self {
        self.config.enable.push(rule.into());
        self
    }

    /// Chooses whether artifact lines are removed or only reported.
    pub fn removals(mut self, removals: Removals) -> Self {
        self.config.removals = removals;
        self
    }

    /// Chooses the canonical spelling of names: Wikipedia titles in the text's language (the
    /// default) or the national romanization of the native name.
    ///
    /// ```
    /// use mtnorm::{config::CanonicalStyle, Normalizer};
    /// let n = Normalizer::builder().language("en").names_style(CanonicalStyle::NativeRomanization).build()?;
    /// assert_eq!(n.normalize("Talks in Kiev and Moscow.").text, "Talks in Kyiv and Moskva.");
    /// # Ok::<(), mtnorm::Error>(())
    /// ```
    pub fn names_style(mut self, style: CanonicalStyle) -> Self {
        self.config.names.style = style;
        self
    }

    /// Adds a folder of user dictionaries; its entries override the built-in ones.
    pub fn dictionary_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.config.dictionaries.push(dir.into());
        self
    }

    /// Validates the configuration and builds the normalizer.
    pub fn build(self) -> Result<Normalizer> {
        Normalizer::from_config(self.config)
    }
}
