//! `check --format sarif`: one SARIF 2.1.0 log for the whole run, for code-scanning tools.
//!
//! - One run; `tool.driver.rules` lists every rule, as `mtnorm rules` does, with its default
//!   state; rules switched the other way for this run are in `invocations[0].
//!   ruleConfigurationOverrides`.
//! - One result per edit (level `warning`, with a `fix` that makes the change) and per flag
//!   (level by kind: `note` for candidates and name variants, `error` for a stage error). A name
//!   edit names its dictionary entity in the message and in `properties.entity`.
//! - Regions of plain-text files give `startLine`/`startColumn`/`endLine`/`endColumn` and
//!   `charOffset`/`charLength`, counted in Unicode code points (`columnKind`), end exclusive.
//!   A JSONL record's region is its line; the edit's position inside the text field is in the
//!   result's `properties` (`field`, `span`, in UTF-8 bytes as in the JSON report).
//! - Inputs that could not be read are `toolExecutionNotifications`, and make
//!   `executionSuccessful` false.
//!
//! Results are written as they come, one a line, so memory does not grow with the corpus.

use crate::input::{Handler, InputError, Origin, Outcome};
use crate::render::{entity_suffix, excerpt};
use crate::sources::Source;
use mtnorm::{FindingKind, Normalized, Rule};
use serde_json::{json, Map, Value};
use std::collections::HashMap;
use std::io::{self, Write};

const SCHEMA: &str = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// A SARIF log being written.
pub struct SarifLog<W: Write> {
    out: W,
    rules: HashMap<&'static str, usize>,
    overrides: Vec<Value>,
    notifications: Vec<Value>,
    results: usize,
    /// Whether any result was written.
    pub found: bool,
    /// The JSONL field the text came from, for JSONL input.
    field: Option<String>,
}

impl<W: Write> SarifLog<W> {
    /// Starts the log: everything up to the first result. `rules` as `Normalizer::rules` gives
    /// them; `field` is the JSONL text field (None for plain text).
    pub fn start(mut out: W, rules: &[(Rule, bool)], field: Option<String>) -> io::Result<Self> {
        let mut index = HashMap::new();
        let mut descriptors = Vec::new();
        let mut overrides = Vec::new();
        for (i, (rule, on)) in rules.iter().enumerate() {
            index.insert(rule.id, i);
            descriptors.push(json!({
                "id": rule.id,
                "shortDescription": { "text": rule.description },
                "help": { "text": format!("Example: {:?}. Run `mtnorm explain {}` to see it applied.", rule.example, rule.id) },
                "defaultConfiguration": { "enabled": rule.default_on, "level": "warning" },
            }));
            if *on != rule.default_on {
                overrides.push(json!({
                    "descriptor": { "id": rule.id, "index": i },
                    "configuration": { "enabled": on },
                }));
            }
        }
        let driver = json!({
            "name": "mtnorm",
            "version": env!("CARGO_PKG_VERSION"),
            "semanticVersion": env!("CARGO_PKG_VERSION"),
            "rules": descriptors,
        });
        // The head, with the results array left open.
        write!(
            out,
            "{{\"$schema\":{},\"version\":\"2.1.0\",\"runs\":[{{\"tool\":{{\"driver\":{}}},\"columnKind\":\"unicodeCodePoints\",\"results\":[",
            Value::from(SCHEMA),
            driver
        )?;
        Ok(SarifLog {
            out,
            rules: index,
            overrides,
            notifications: Vec::new(),
            results: 0,
            found: false,
            field,
        })
    }

    fn write_result(&mut self, result: Value) -> io::Result<()> {
        let sep = if self.results == 0 { "\n" } else { ",\n" };
        write!(self.out, "{sep}{result}")?;
        self.results += 1;
        self.found = true;
        Ok(())
    }

    /// The results of one document.
    pub fn document(&mut self, origin: &Origin, input: &str, result: &Normalized) -> io::Result<()> {
        let uri = uri(&origin.source);
        let mut offsets: Vec<usize> = Vec::new();
        if origin.line.is_none() {
            for e in &result.edits {
                offsets.extend([e.span.start, e.span.end]);
            }
            for f in &result.flags {
                offsets.extend([f.span.start, f.span.end]);
            }
        }
        let positions = Positions::new(input, offsets);
        let region = |start: usize, end: usize| match origin.line {
            Some(line) => json!({ "startLine": line }),
            None => {
                let (a, b) = (positions.get(start), positions.get(end));
                json!({
                    "startLine": a.line, "startColumn": a.column,
                    "endLine": b.line, "endColumn": b.column,
                    "charOffset": a.chars, "charLength": b.chars - a.chars,
                })
            }
        };
        let properties = |kind: &str, confidence: f32, start: usize, end: usize| {
            let mut p = Map::new();
            p.insert("kind".into(), kind.into());
            p.insert("confidence".into(), decimal(confidence));
            p.insert("span".into(), json!({ "start": start, "end": end }));
            if let (Some(_), Some(field)) = (origin.line, &self.field) {
                p.insert("field".into(), field.as_str().into());
            }
            Value::Object(p)
        };
        let mut results = Vec::new();
        for e in &result.edits {
            let (start, end) = (e.span.start, e.span.end);
            let message = format!(
                "{} {} -> {}{}",
                e.kind.as_str(),
                excerpt(&e.before),
                excerpt(&e.after),
                entity_suffix(e)
            );
            let mut r = self.result(&e.rule, "warning", &message, &uri, region(start, end));
            if origin.line.is_none() {
                r["fixes"] = json!([{
                    "description": { "text": message },
                    "artifactChanges": [{
                        "artifactLocation": { "uri": uri },
                        "replacements": [{
                            "deletedRegion": region(start, end),
                            "insertedContent": { "text": e.after },
                        }],
                    }],
                }]);
            }
            r["properties"] = properties(e.kind.as_str(), e.confidence, start, end);
            if let Some(entity) = &e.entity {
                r["properties"]["entity"] = entity.as_str().into();
            }
            results.push(r);
        }
        for f in &result.flags {
            let message = format!("{}: {}", f.kind.as_str(), f.message);
            let mut r = self.result(
                &f.rule,
                flag_level(f.kind),
                &message,
                &uri,
                region(f.span.start, f.span.end),
            );
            r["properties"] = properties(f.kind.as_str(), f.confidence, f.span.start, f.span.end);
            results.push(r);
        }
        for r in results {
            self.write_result(r)?;
        }
        Ok(())
    }

    fn result(&self, rule: &str, level: &str, message: &str, uri: &str, region: Value) -> Value {
        let mut r = json!({
            "ruleId": rule,
            "level": level,
            "message": { "text": message },
            "locations": [{ "physicalLocation": {
                "artifactLocation": { "uri": uri },
                "region": region,
            }}],
        });
        if let Some(&i) = self.rules.get(rule) {
            r["ruleIndex"] = i.into();
        }
        r
    }

    /// An input that could not be read.
    pub fn error(&mut self, source: &Source, message: &str) {
        let mut notification = json!({ "level": "error", "message": { "text": message } });
        if source.path.is_some() {
            notification["locations"] =
                json!([{ "physicalLocation": { "artifactLocation": { "uri": uri(&source.name) } } }]);
        }
        self.notifications.push(notification);
    }

    /// Closes the log.
    pub fn finish(mut self) -> io::Result<()> {
        let mut invocation = json!({ "executionSuccessful": self.notifications.is_empty() });
        if !self.notifications.is_empty() {
            invocation["toolExecutionNotifications"] = Value::Array(std::mem::take(&mut self.notifications));
        }
        if !self.overrides.is_empty() {
            invocation["ruleConfigurationOverrides"] = Value::Array(std::mem::take(&mut self.overrides));
        }
        let newline = if self.results == 0 { "" } else { "\n" };
        writeln!(self.out, "{newline}],\"invocations\":[{invocation}]}}]}}")?;
        self.out.flush()
    }
}

impl<W: Write> Handler for SarifLog<W> {
    fn outcome(&mut self, _: &Source, outcome: Outcome) -> io::Result<()> {
        match outcome {
            Outcome::Doc {
                origin, input, result, ..
            } => self.document(&origin, &input, &result),
            Outcome::Passthrough { .. } => Ok(()),
        }
    }

    fn end(&mut self, source: &Source, error: Option<&InputError>) -> Result<(), String> {
        if let Some(error) = error {
            self.error(source, &error.0);
        }
        Ok(())
    }
}

/// An `f32` as the short decimal it prints as (0.9, not 0.8999999761581421).
fn decimal(x: f32) -> Value {
    x.to_string().parse::<f64>().map_or(Value::Null, Value::from)
}

fn flag_level(kind: FindingKind) -> &'static str {
    match kind {
        FindingKind::ArtifactCandidate | FindingKind::NameVariant => "note",
        FindingKind::StageError => "error",
        _ => "warning",
    }
}

/// A file name as a URI reference: relative paths stay relative (with `/`), absolute ones become
/// `file:` URIs, anything outside the unreserved characters is percent-encoded; standard input
/// is `-`, as on the command line.
pub fn uri(name: &str) -> String {
    if name == "<stdin>" {
        return "-".to_owned();
    }
    let path = name.replace('\\', "/");
    let (prefix, path) = if path.starts_with('/') {
        ("file://", path)
    } else if matches!(path.as_bytes(), [d, b':', b'/', ..] if d.is_ascii_alphabetic()) {
        // A Windows drive: C:/x -> file:///C:/x
        ("file:///", path)
    } else {
        ("", path)
    };
    let mut out = String::from(prefix);
    for &b in path.as_bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) || (b == b':' && !prefix.is_empty()) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Line, column and character offset of a position, in code points, all but `chars` 1-based.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Position {
    line: usize,
    column: usize,
    chars: usize,
}

/// The positions of a set of byte offsets, found in one pass over the text.
struct Positions {
    offsets: Vec<usize>,
    positions: Vec<Position>,
}

impl Positions {
    fn new(text: &str, mut offsets: Vec<usize>) -> Positions {
        offsets.sort_unstable();
        offsets.dedup();
        let mut positions = Vec::with_capacity(offsets.len());
        let (mut line, mut column, mut chars) = (1, 1, 0);
        let mut wanted = offsets.iter().peekable();
        for (i, c) in text.char_indices().chain(std::iter::once((text.len(), '\0'))) {
            while wanted.next_if(|&&o| o <= i).is_some() {
                positions.push(Position { line, column, chars });
            }
            if wanted.peek().is_none() {
                break;
            }
            chars += 1;
            if c == '\n' {
                line += 1;
                column = 1;
            } else {
                column += 1;
            }
        }
        Positions { offsets, positions }
    }

    fn get(&self, offset: usize) -> Position {
        let i = self.offsets.partition_point(|&o| o < offset);
        self.positions.get(i).copied().unwrap_or(Position {
            line: 1,
            column: 1,
            chars: 0,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_code_points() {
        let text = "aé\nb€c";
        let p = Positions::new(text, vec![0, 3, 4, 5, 8, text.len()]);
        let at = |o| {
            let p = p.get(o);
            (p.line, p.column, p.chars)
        };
        assert_eq!(at(0), (1, 1, 0));
        assert_eq!(at(3), (1, 3, 2)); // the newline
        assert_eq!(at(4), (2, 1, 3)); // b
        assert_eq!(at(5), (2, 2, 4)); // €
        assert_eq!(at(8), (2, 3, 5)); // c
        assert_eq!(at(text.len()), (2, 4, 6));
    }

    #[test]
    fn uris() {
        assert_eq!(uri("docs/a b.txt"), "docs/a%20b.txt");
        assert_eq!(uri("/tmp/x.txt"), "file:///tmp/x.txt");
        assert_eq!(uri("C:\\d\\é.txt"), "file:///C:/d/%C3%A9.txt");
        assert_eq!(uri("<stdin>"), "-");
        assert_eq!(uri("a:b"), "a%3Ab");
    }
}
