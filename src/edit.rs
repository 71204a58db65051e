//! What stages propose ([`Replacement`]) and what the report records ([`Edit`]).

use crate::Span;
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// The kind of problem an edit repairs.
///
/// The names follow the annotation scheme of the shared corpus (`ANNOTATION.md`), so a report can
/// be compared with gold annotations kind by kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EditKind {
    /// Mojibake, zero-width and control characters.
    Encoding,
    /// Unicode normalization form (NFC/NFKC).
    Unicode,
    /// Line endings, non-breaking and repeated spaces, trailing spaces.
    Whitespace,
    /// Site chrome: skip links, share prompts, image file names, source lines.
    Boilerplate,
    /// Promos for other articles inside the body.
    Teaser,
    /// A repeated paragraph.
    Duplicate,
    /// A surname in capitals in a credit line.
    Caps,
    /// Two words glued where a link lost its space.
    RunTogether,
    /// No space after sentence punctuation.
    MissingSpace,
    /// A place name in an old or foreign-derived spelling.
    Exonym,
    /// A person's name in another romanization.
    Transliteration,
}

impl EditKind {
    /// The snake-case name used in reports and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            EditKind::Encoding => "encoding",
            EditKind::Unicode => "unicode",
            EditKind::Whitespace => "whitespace",
            EditKind::Boilerplate => "boilerplate",
            EditKind::Teaser => "teaser",
            EditKind::Duplicate => "duplicate",
            EditKind::Caps => "caps",
            EditKind::RunTogether => "run_together",
            EditKind::MissingSpace => "missing_space",
            EditKind::Exonym => "exonym",
            EditKind::Transliteration => "transliteration",
        }
    }
}

/// A change a stage asks for, in the coordinates of the text as that stage sees it.
///
/// Stages never mutate text themselves: they hand a batch of replacements to
/// [`Text::apply`](crate::Text::apply), which validates them and maps them back to the input.
#[derive(Clone, Debug, PartialEq)]
pub struct Replacement {
    /// Byte range in the current text.
    pub range: Range<usize>,
    /// What the range becomes.
    pub after: String,
    /// What kind of problem this repairs.
    pub kind: EditKind,
    /// The rule id (`stage.rule`), as listed by `mtnorm rules`.
    pub rule: &'static str,
    /// How sure the rule is, in `0.0..=1.0`.
    pub confidence: f32,
    /// The dictionary entity the change names (`kyiv`, `oleksii-reznikov`), for name edits: the
    /// report says which person or place a spelling was taken for, so a wrong guess can be traced
    /// to its dictionary row.
    pub entity: Option<String>,
}

impl Replacement {
    /// A replacement of `range` by `after`, with full confidence.
    pub fn new(range: Range<usize>, after: impl Into<String>, kind: EditKind, rule: &'static str) -> Self {
        Replacement {
            range,
            after: after.into(),
            kind,
            rule,
            confidence: 1.0,
            entity: None,
        }
    }

    /// A removal of `range`, with full confidence.
    pub fn removal(range: Range<usize>, kind: EditKind, rule: &'static str) -> Self {
        Replacement::new(range, "", kind, rule)
    }

    /// The same replacement with another confidence.
    pub fn with_confidence(mut self, confidence: f32) -> Self {
        self.confidence = confidence;
        self
    }

    /// The same replacement naming the dictionary entity it stands for (see [`Edit::entity`]).
    pub fn with_entity(mut self, entity: impl Into<String>) -> Self {
        self.entity = Some(entity.into());
        self
    }
}

/// One change in the report: `input[span]` (which is `before`) became `after`.
///
/// Edits are sorted by `span`, never overlap, and applying all of them to the input gives the
/// output byte for byte. When a later stage rewrites text an earlier stage produced, the two
/// changes are reported as one edit over the union of their spans; the edit keeps the kind and
/// rule of the larger change and lists the other rules in `also`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Edit {
    /// Byte span in the original input.
    pub span: Span,
    /// The original text, `&input[span]`.
    pub before: String,
    /// The replacement text.
    pub after: String,
    /// Byte span of `after` in the output text.
    pub output_span: Span,
    /// What kind of problem this repairs.
    pub kind: EditKind,
    /// The rule that made the change.
    pub rule: String,
    /// How sure the rule is, in `0.0..=1.0`.
    pub confidence: f32,
    /// Other rules whose changes were merged into this edit.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<String>,
    /// For a name edit, the id of the dictionary entity the spelling was taken for (`kyiv`,
    /// `oleksii-reznikov`); absent otherwise. It names the row of `dictionaries/names/` to look
    /// at when a name was rewritten wrongly.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity: Option<String>,
}
