//! The stages, in the order the default pipeline runs them.
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
