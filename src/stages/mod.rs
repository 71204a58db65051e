//! The stages, in the order the default pipeline runs them: unicode, language, artifacts,
//! language again (on what artifact removal left), words, names, and repeats (the artifacts
//! stage's repeat rules once more on the final text, [`ArtifactsStage::repeats`]).
//!
//! Each stage is one module with one type that implements [`Stage`](crate::Stage) and a `RULES`
//! table that lists what it can change.

pub mod artifacts;
pub mod language;
pub mod names;
pub mod unicode;
pub mod words;

pub use artifacts::ArtifactsStage;
pub use language::LanguageStage;
pub use names::NamesStage;
pub use unicode::UnicodeStage;
pub use words::WordsStage;

use crate::stage::Rule;

/// Every rule of every stage, in pipeline order.
pub fn all_rules() -> Vec<Rule> {
    [
        unicode::RULES,
        language::RULES,
        artifacts::RULES,
        words::RULES,
        names::RULES,
    ]
    .concat()
}

#[cfg(test)]
mod tests {
    use super::all_rules;
    use crate::Normalizer;

    /// Every rule's example (shown by `mtnorm explain`) really exercises that rule.
    #[test]
    fn every_rule_example_fires() {
        let n = Normalizer::builder().language("en").build().unwrap();
        for rule in all_rules() {
            let out = n.normalize(rule.example);
            let fired = out
                .edits
                .iter()
                .any(|e| e.rule == rule.id || e.also.iter().any(|a| a == rule.id))
                || out.flags.iter().any(|f| f.rule == rule.id);
            assert!(fired, "{}: example {:?} gives {:?}", rule.id, rule.example, out);
        }
    }
}
