//! [`Text`]: the document being normalized, with every change tracked against the input.
//!
//! This plays the role of Hugging Face tokenizers' `NormalizedString`, with a smaller map: instead
//! of one alignment per byte, `Text` keeps only the changed regions. Between two changed regions
//! the current text is a verbatim copy of the input, shifted by a constant offset, so positions
//! there map back exactly. A position inside a changed region maps to the whole original region.
//!
//! # The one mutator
//!
//! Stages never touch the string. They hand a sorted batch of [`Replacement`]s to
//! [`Text::apply`], which checks them (in range, on char boundaries, sorted, not overlapping),
//! splices the string once, and updates the map. A replacement that touches text an earlier
//! replacement produced is merged with it, so the changed regions never overlap and the report
//! stays a complete, non-overlapping patch of the input.

use crate::edit::{Edit, EditKind, Replacement};
use crate::error::{Error, Result};
use crate::Span;
use std::ops::Range;

/// The document being normalized: the original input, the current text and the map between them.
#[derive(Clone, Debug)]
pub struct Text<'a> {
    original: &'a str,
    current: String,
    /// Changed regions, sorted and non-overlapping in both coordinate systems.
    changes: Vec<Change>,
    /// How many batches have changed the text, so a stage can tell whether it has moved on.
    generation: u64,
}

/// One changed region: `original[orig]` is now `current[cur]`.
#[derive(Clone, Debug)]
struct Change {
    orig: Range<usize>,
    cur: Range<usize>,
    steps: Vec<Step>,
}

/// One replacement that contributed to a changed region.
#[derive(Clone, Debug)]
struct Step {
    kind: EditKind,
    rule: &'static str,
    confidence: f32,
    /// How much text the replacement covered, to pick the main step of a merged region.
    weight: usize,
    /// The dictionary entity a name replacement stands for ([`Replacement::entity`]).
    entity: Option<String>,
}

impl<'a> Text<'a> {
    /// Starts tracking `input`; nothing is changed yet.
    pub fn new(input: &'a str) -> Text<'a> {
        Text {
            original: input,
            current: input.to_owned(),
            changes: Vec::new(),
            generation: 0,
        }
    }

    /// The text as it is now, after every applied batch.
    pub fn as_str(&self) -> &str {
        &self.current
    }

    /// The original input.
    pub fn original(&self) -> &'a str {
        self.original
    }

    /// The parts of the input that are gone from the current text (removed lines, fragments),
    /// in order, but for repeated paragraphs, whose words the text still has: what a stage
    /// removed is still evidence of how the document writes its words.
    pub fn removed(&self) -> impl Iterator<Item = &'a str> + '_ {
        self.changes
            .iter()
            .filter(|c| c.cur.is_empty() && !c.orig.is_empty())
            .filter(|c| c.steps.iter().all(|step| step.kind != EditKind::Duplicate))
            .map(|c| &self.original[c.orig.clone()])
    }

    /// A counter that grows with every batch that changed the text: equal values mean equal text.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// Whether any change has been made.
    pub fn is_changed(&self) -> bool {
        !self.changes.is_empty()
    }

    /// Maps a byte range of the current text to the span of the input it came from.
    ///
    /// Ends that fall inside a changed region widen to cover the whole original region, so the
    /// span never points into the middle of rewritten text.
    pub fn to_original(&self, range: Range<usize>) -> Span {
        Span::new(self.map_start(range.start), self.map_end(range.end.max(range.start)))
    }

    fn map_start(&self, pos: usize) -> usize {
        // The first change that ends after `pos`: if it contains `pos`, widen to its start.
        let i = self.changes.partition_point(|c| c.cur.end <= pos);
        if let Some(c) = self.changes.get(i) {
            if c.cur.start <= pos {
                return c.orig.start;
            }
        }
        self.identity(i, pos)
    }

    fn map_end(&self, pos: usize) -> usize {
        // The first change that ends at or after `pos`: if it started before `pos`, widen.
        let i = self.changes.partition_point(|c| c.cur.end < pos);
        if let Some(c) = self.changes.get(i) {
            if c.cur.start < pos {
                return c.orig.end;
            }
        }
        self.identity(i, pos)
    }

    /// Maps `pos`, which lies in unchanged text after the first `i` changes.
    fn identity(&self, i: usize, pos: usize) -> usize {
        match i.checked_sub(1).and_then(|k| self.changes.get(k)) {
            Some(prev) => prev.orig.end + (pos - prev.cur.end),
            None => pos,
        }
    }

    /// Applies a batch of replacements given in current-text coordinates.
    ///
    /// The batch must be sorted by range, its ranges must not overlap (touching is fine) and must
    /// lie on char boundaries of the current text; otherwise nothing is applied and an
    /// [`Error`] names the offending range. Replacements that change nothing are ignored.
    /// Returns how many replacements changed the text.
    pub fn apply(&mut self, stage: &'static str, batch: Vec<Replacement>) -> Result<usize> {
        let mut prev_end = 0;
        for r in &batch {
            let ok = r.range.start <= r.range.end
                && r.range.start >= prev_end
                && r.range.end <= self.current.len()
                && self.current.is_char_boundary(r.range.start)
                && self.current.is_char_boundary(r.range.end);
            if !ok {
                return Err(Error::invalid_edit(stage, r.range.clone(), self.current.len()));
            }
            prev_end = r.range.end;
        }
        let batch: Vec<Replacement> = batch
            .into_iter()
            .filter(|r| self.current[r.range.clone()] != r.after)
            .collect();
        let applied = batch.len();
        if applied > 0 {
            self.splice(batch);
            self.generation += 1;
        }
        Ok(applied)
    }

    fn splice(&mut self, batch: Vec<Replacement>) {
        let old = std::mem::take(&mut self.current);
        let old_changes = std::mem::take(&mut self.changes);
        let extra: usize = batch.iter().map(|r| r.after.len()).sum();
        let mut out = String::with_capacity(old.len() + extra);
        let mut changes = Vec::with_capacity(old_changes.len() + batch.len());

        let mut copied = 0; // bytes of `old` already accounted for in `out`
        let mut anchor = (0usize, 0usize); // (old cur end, orig end) of the last change passed
        let mut ci = 0;
        let mut ri = 0;
        while ri < batch.len() {
            // Old changes entirely before this group keep their content; they only shift.
            let first = &batch[ri].range;
            while ci < old_changes.len()
                && !touches(&old_changes[ci].cur, first)
                && old_changes[ci].cur.end <= first.start
            {
                let c = &old_changes[ci];
                out.push_str(&old[copied..c.cur.end]);
                copied = c.cur.end;
                let len = c.cur.len();
                changes.push(Change {
                    orig: c.orig.clone(),
                    cur: out.len() - len..out.len(),
                    steps: c.steps.clone(),
                });
                anchor = (c.cur.end, c.orig.end);
                ci += 1;
            }
            // Grow the group: replacements and old changes that touch it, transitively. An old
            // change left before `first` touched it (the others were passed above).
            let (mut gs, mut ge) = (first.start, first.end);
            let r_first = ri;
            let c_first = ci;
            ri += 1;
            loop {
                let mut grew = false;
                while ri < batch.len()
                    && (touches(&batch[ri].range, &(gs..ge))
                        || old_changes[c_first..ci]
                            .iter()
                            .any(|c| touches(&batch[ri].range, &c.cur)))
                {
                    ge = ge.max(batch[ri].range.end);
                    ri += 1;
                    grew = true;
                }
                while ci < old_changes.len()
                    && (old_changes[ci].cur.end <= gs
                        || touches(&old_changes[ci].cur, &(gs..ge))
                        || batch[r_first..ri]
                            .iter()
                            .any(|r| touches(&old_changes[ci].cur, &r.range)))
                {
                    gs = gs.min(old_changes[ci].cur.start);
                    ge = ge.max(old_changes[ci].cur.end);
                    ci += 1;
                    grew = true;
                }
                if !grew {
                    break;
                }
            }
            let members = &old_changes[c_first..ci];
            let orig_start = match members.first() {
                Some(c) if c.cur.start == gs => c.orig.start,
                _ => anchor.1 + (gs - anchor.0),
            };
            let end_anchor = members.last().map_or(anchor, |c| (c.cur.end, c.orig.end));
            let orig_end = if end_anchor.0 == ge {
                end_anchor.1
            } else {
                end_anchor.1 + (ge - end_anchor.0)
            };

            out.push_str(&old[copied..gs]);
            let new_start = out.len();
            let mut p = gs;
            let mut steps: Vec<Step> = members.iter().flat_map(|c| c.steps.iter().cloned()).collect();
            for r in &batch[r_first..ri] {
                out.push_str(&old[p..r.range.start]);
                out.push_str(&r.after);
                p = r.range.end;
                steps.push(Step {
                    kind: r.kind,
                    rule: r.rule,
                    confidence: r.confidence,
                    weight: r.range.len().max(r.after.len()),
                    entity: r.entity.clone(),
                });
            }
            out.push_str(&old[p..ge]);
            copied = ge;
            anchor = (ge, orig_end);
            // A region rewritten back to what the input had is no change at all.
            if out[new_start..] != self.original[orig_start..orig_end] {
                changes.push(Change {
                    orig: orig_start..orig_end,
                    cur: new_start..out.len(),
                    steps,
                });
            }
        }
        for c in &old_changes[ci..] {
            out.push_str(&old[copied..c.cur.end]);
            copied = c.cur.end;
            let len = c.cur.len();
            changes.push(Change {
                orig: c.orig.clone(),
                cur: out.len() - len..out.len(),
                steps: c.steps.clone(),
            });
        }
        out.push_str(&old[copied..]);
        self.current = out;
        self.changes = changes;
    }

    /// The changes so far as report edits, sorted by span.
    pub fn edits(&self) -> Vec<Edit> {
        self.changes
            .iter()
            .map(|c| {
                // The main step is the one that covered the most text; ties go to the earliest.
                let main = c
                    .steps
                    .iter()
                    .enumerate()
                    .max_by_key(|(i, s)| (s.weight, usize::MAX - i))
                    .map(|(_, s)| s);
                let main = main.expect("a change always has a step");
                let mut also: Vec<String> = Vec::new();
                for s in &c.steps {
                    if s.rule != main.rule && !also.iter().any(|a| a == s.rule) {
                        also.push(s.rule.to_owned());
                    }
                }
                Edit {
                    span: Span::from(c.orig.clone()),
                    before: self.original[c.orig.clone()].to_owned(),
                    after: self.current[c.cur.clone()].to_owned(),
                    output_span: Span::from(c.cur.clone()),
                    kind: main.kind,
                    rule: main.rule.to_owned(),
                    confidence: c.steps.iter().map(|s| s.confidence).fold(1.0, f32::min),
                    also,
                    // The main step's entity, else that of a name change merged into the edit.
                    entity: main
                        .entity
                        .clone()
                        .or_else(|| c.steps.iter().find_map(|s| s.entity.clone())),
                }
            })
            .collect()
    }

    /// Consumes the text, returning the current string.
    pub fn into_string(self) -> String {
        self.current
    }
}

/// Whether two ranges overlap, or touch where at least one of them is empty (an insertion next to
/// a change, or a change next to a deletion, cannot be told apart from it in the input).
fn touches(a: &Range<usize>, b: &Range<usize>) -> bool {
    if a.is_empty() || b.is_empty() {
        a.start <= b.end && b.start <= a.end
    } else {
        a.start < b.end && b.start < a.end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rep(range: Range<usize>, after: &str) -> Replacement {
        Replacement::new(range, after, EditKind::Whitespace, "test.rule")
    }

    /// Applying the edits to the input must give the current text.
    fn check(t: &Text<'_>) {
        let mut rebuilt = String::new();
        let mut pos = 0;
        for e in t.edits() {
            assert!(e.span.start >= pos, "edits overlap: {:?}", t.edits());
            assert_eq!(&t.original()[e.span], e.before);
            rebuilt.push_str(&t.original()[pos..e.span.start]);
            rebuilt.push_str(&e.after);
            pos = e.span.end;
        }
        rebuilt.push_str(&t.original()[pos..]);
        assert_eq!(rebuilt, t.as_str());
    }

    #[test]
    fn single_batch() {
        let mut t = Text::new("Kiev is big.The end");
        t.apply("t", vec![rep(0..4, "Kyiv"), rep(12..12, " ")]).unwrap();
        assert_eq!(t.as_str(), "Kyiv is big. The end");
        check(&t);
        assert_eq!(t.edits().len(), 2);
        assert_eq!(t.to_original(8..11), Span::new(8, 11));
        assert_eq!(t.to_original(13..16), Span::new(12, 15));
    }

    #[test]
    fn later_batch_merges_with_earlier() {
        let mut t = Text::new("a\u{a0}b Kievjust c");
        t.apply("t", vec![rep(1..3, " ")]).unwrap(); // NBSP -> space
        assert_eq!(t.as_str(), "a b Kievjust c");
        t.apply("t", vec![rep(8..8, " ")]).unwrap(); // split
        t.apply("t", vec![rep(4..8, "Kyiv")]).unwrap(); // beside the inserted space, not over it
        assert_eq!(t.as_str(), "a b Kyiv just c");
        check(&t);
        let edits = t.edits();
        assert_eq!(edits.len(), 3);
        assert_eq!((edits[1].before.as_str(), edits[1].after.as_str()), ("Kiev", "Kyiv"));
        assert_eq!((edits[2].span, edits[2].after.as_str()), (Span::new(9, 9), " "));
        // Rewriting across both merges them.
        t.apply("t", vec![rep(4..9, "Kyiv-")]).unwrap();
        check(&t);
        assert_eq!(t.edits().len(), 2);
        // Deleting a whole line over an earlier edit gives one edit over both.
        t.apply("t", vec![rep(0..4, "")]).unwrap();
        check(&t);
        assert_eq!(t.as_str(), "Kyiv-just c");
    }

    #[test]
    fn reverting_removes_the_edit() {
        let mut t = Text::new("abc");
        t.apply("t", vec![rep(1..2, "X")]).unwrap();
        t.apply("t", vec![rep(1..2, "b")]).unwrap();
        assert!(!t.is_changed());
        check(&t);
    }

    #[test]
    fn rejects_bad_batches() {
        let mut t = Text::new("héllo");
        assert!(t.apply("t", vec![rep(2..3, "")]).is_err()); // inside 'é'
        assert!(t.apply("t", vec![rep(3..4, ""), rep(0..1, "")]).is_err()); // unsorted
        assert!(t.apply("t", vec![rep(0..2, ""), rep(1..4, "")]).is_err()); // overlapping
        assert!(t.apply("t", vec![rep(0..99, "")]).is_err()); // out of range
        assert_eq!(t.as_str(), "héllo");
    }

    #[test]
    fn maps_positions_inside_changes_to_whole_blocks() {
        let mut t = Text::new("xx ABC yy");
        t.apply("t", vec![rep(3..6, "abcdef")]).unwrap();
        assert_eq!(t.to_original(4..5), Span::new(3, 6));
        assert_eq!(t.to_original(0..2), Span::new(0, 2));
        assert_eq!(t.to_original(10..12), Span::new(7, 9));
    }
}
