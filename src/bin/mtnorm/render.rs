//! Turning results into what people and programs read: linter lines, JSON, inline diffs.

use crate::input::Origin;
use mtnorm::{Edit, Normalized};
use serde::Serialize;
use std::io::{self, Write};

/// Line starts of a text, to turn byte offsets into `line:col`.
pub struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        LineIndex { text, starts }
    }

    /// 0-based line of a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset) - 1
    }

    /// 1-based line and column (in chars) of a byte offset.
    pub fn locate(&self, offset: usize) -> (usize, usize) {
        let line = self.line_of(offset);
        let col = self.text[self.starts[line]..offset].chars().count() + 1;
        (line + 1, col)
    }

    fn line_range(&self, line: usize) -> (usize, usize) {
        let end = self.starts.get(line + 1).map_or(self.text.len(), |&s| s - 1);
        (self.starts[line], end)
    }
}

/// Shortens a fragment for a one-line message.
pub fn excerpt(s: &str) -> String {
    const MAX: usize = 60;
    if s.chars().count() <= MAX {
        format!("{s:?}")
    } else {
        let head: String = s.chars().take(MAX).collect();
        format!("{:?}…", head)
    }
}

/// ` (entity-id)` after a name edit, naming the dictionary row it was taken for; nothing otherwise.
pub fn entity_suffix(edit: &Edit) -> String {
    edit.entity.as_deref().map_or_else(String::new, |id| format!(" ({id})"))
}

/// `file:line:col: kind [rule] "before" -> "after"`, one line per edit and per flag; a name edit
/// ends with the entity it was taken for, ` (kyiv)`.
pub fn check_human(out: &mut dyn Write, origin: &Origin, input: &str, result: &Normalized) -> io::Result<()> {
    let index = LineIndex::new(input);
    let place = |offset: usize| {
        let (line, col) = index.locate(offset);
        match origin.line {
            Some(_) => format!("{origin}: {line}:{col}"),
            None => format!("{origin}:{line}:{col}"),
        }
    };
    for e in &result.edits {
        writeln!(
            out,
            "{}: {} [{}] {} -> {}{}",
            place(e.span.start),
            e.kind.as_str(),
            e.rule,
            excerpt(&e.before),
            excerpt(&e.after),
            entity_suffix(e)
        )?;
    }
    for f in &result.flags {
        writeln!(
            out,
            "{}: {} [{}] {}",
            place(f.span.start),
            f.kind.as_str(),
            f.rule,
            f.message
        )?;
    }
    Ok(())
}

/// One JSON object per document.
pub fn check_json(out: &mut dyn Write, origin: &Origin, result: &Normalized) -> io::Result<()> {
    #[derive(Serialize)]
    struct Doc<'a> {
        source: &'a str,
        #[serde(skip_serializing_if = "Option::is_none")]
        line: Option<usize>,
        #[serde(flatten)]
        report: mtnorm::Report<'a>,
    }
    let doc = Doc {
        source: &origin.source,
        line: origin.line,
        report: result.report(),
    };
    serde_json::to_writer(&mut *out, &doc).map_err(io::Error::other)?;
    writeln!(out)
}

/// Makes invisible changes visible: line breaks as `↵`, tabs as `⇥`, other control and format
/// characters (zero-width spaces, BOMs) and unusual spaces as `<U+XXXX>`.
fn visible(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\n' => out.push('↵'),
            '\t' => out.push('⇥'),
            ' ' => out.push(' '),
            c if c.is_control()
                || c.is_whitespace()
                || matches!(c, '\u{200b}'..='\u{200f}' | '\u{2060}' | '\u{feff}' | '\u{ad}') =>
            {
                out.push_str(&format!("<U+{:04X}>", c as u32));
            }
            c => out.push(c),
        }
    }
    out
}

/// How inline changes are marked.
pub struct DiffStyle {
    pub color: bool,
}

impl DiffStyle {
    /// A change marked with ANSI colour `code`, or with `open`/`close` markers when plain.
    fn mark(&self, s: &str, code: &str, open: &str, close: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{}\x1b[0m", visible(s))
        } else {
            format!("{open}{}{close}", visible(s))
        }
    }
    fn removed(&self, s: &str) -> String {
        self.mark(s, "31;9", "[-", "-]")
    }
    fn added(&self, s: &str) -> String {
        self.mark(s, "32", "{+", "+}")
    }
    fn dim(&self, s: &str) -> String {
        if self.color {
            format!("\x1b[2m{s}\x1b[0m")
        } else {
            s.to_owned()
        }
    }
}

/// The changed lines of a document with the changes marked inline, each hunk after a header with
/// the rules that made it (and, for name edits, the entity: `names.listed (kyiv)`).
pub fn diff(
    out: &mut dyn Write,
    origin: &Origin,
    input: &str,
    result: &Normalized,
    style: &DiffStyle,
) -> io::Result<()> {
    if result.edits.is_empty() {
        return Ok(());
    }
    let index = LineIndex::new(input);
    writeln!(out, "{}", style.dim(&format!("--- {origin}")))?;
    let edits = &result.edits;
    let mut i = 0;
    while i < edits.len() {
        // A hunk: the lines an edit touches, extended while the next edit starts on them.
        let first_line = index.line_of(edits[i].span.start);
        let mut last_line = index.line_of(edits[i].span.end.max(edits[i].span.start + 1).min(input.len().max(1)) - 1);
        let mut j = i + 1;
        while j < edits.len() && index.line_of(edits[j].span.start) <= last_line {
            last_line = last_line.max(index.line_of(edits[j].span.end.saturating_sub(1).max(edits[j].span.start)));
            j += 1;
        }
        let (start, _) = index.line_range(first_line);
        let (_, end) = index.line_range(last_line);
        let mut line = String::new();
        let mut pos = start;
        // The rules of the hunk, a name rule with the entity it took the name for.
        let mut rules: Vec<String> = Vec::new();
        for e in &edits[i..j] {
            line.push_str(&input[pos..e.span.start]);
            if !e.before.is_empty() {
                line.push_str(&style.removed(&e.before));
            }
            if !e.after.is_empty() {
                line.push_str(&style.added(&e.after));
            }
            pos = e.span.end;
            let label = format!("{}{}", e.rule, entity_suffix(e));
            if !rules.contains(&label) {
                rules.push(label);
            }
        }
        line.push_str(&input[pos.min(end.max(pos))..end.max(pos)]);
        writeln!(
            out,
            "{}",
            style.dim(&format!("@@ line {} @@ {}", first_line + 1, rules.join(", ")))
        )?;
        writeln!(out, "{line}")?;
        i = j;
    }
    Ok(())
}
