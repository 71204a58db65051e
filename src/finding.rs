//! Findings: problems the tool reports but does not change.

use crate::Span;
use serde::{Deserialize, Serialize};

/// What kind of problem a finding points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum FindingKind {
    /// A passage left in another language than the document's.
    Untranslated,
    /// A line that looks like an artifact but is not certain enough to remove.
    ArtifactCandidate,
    /// A line that was recognized as an artifact and kept because removals are report-only.
    Artifact,
    /// A name spelled like a known entity but not certain enough to rewrite.
    NameVariant,
    /// A stage failed on this document; its changes were skipped. This is a bug: please report it.
    StageError,
}

impl FindingKind {
    /// The snake-case name used in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            FindingKind::Untranslated => "untranslated",
            FindingKind::ArtifactCandidate => "artifact_candidate",
            FindingKind::Artifact => "artifact",
            FindingKind::NameVariant => "name_variant",
            FindingKind::StageError => "stage_error",
        }
    }
}

/// A problem found in the input that the tool did not (or could not) fix.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// What kind of problem.
    pub kind: FindingKind,
    /// Byte span in the original input.
    pub span: Span,
    /// The rule that found it.
    pub rule: String,
    /// A one-line explanation for people.
    pub message: String,
    /// How sure the rule is, in `0.0..=1.0`.
    pub confidence: f32,
}
