//! The one parser for tab-separated dictionary files.
//!
//! Format: UTF-8; lines starting with `#` and blank lines are ignored; the first other line is
//! the header and must name the expected columns; every row has exactly that many fields. Errors
//! name the file and the 1-based line.

use crate::error::{Error, Result};
use std::path::Path;

/// One data row: its line number and its fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row<'a> {
    /// 1-based line number in the file.
    pub line: usize,
    /// The fields, in header order.
    pub fields: Vec<&'a str>,
}

/// Parses `text` as a table with the columns `header`.
pub fn parse<'a>(text: &'a str, origin: &Path, header: &[&str]) -> Result<Vec<Row<'a>>> {
    let mut rows = Vec::new();
    let mut seen_header = false;
    for (i, line) in text.lines().enumerate() {
        let line_no = i + 1;
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        if !seen_header {
            if fields != header {
                return Err(Error::dictionary(
                    origin,
                    line_no,
                    format!("expected the header `{}`", header.join("\\t")),
                ));
            }
            seen_header = true;
            continue;
        }
        if fields.len() != header.len() {
            return Err(Error::dictionary(
                origin,
                line_no,
                format!("expected {} tab-separated fields, found {}", header.len(), fields.len()),
            ));
        }
        if let Some(k) = fields.iter().position(|f| f.is_empty()) {
            return Err(Error::dictionary(
                origin,
                line_no,
                format!("field `{}` is empty (use `-`)", header[k]),
            ));
        }
        rows.push(Row { line: line_no, fields });
    }
    if !seen_header {
        return Err(Error::dictionary(
            origin,
            1,
            format!("no header line `{}`", header.join("\\t")),
        ));
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_reports_lines() {
        let p = Path::new("x.tsv");
        let rows = parse("# c\na\tb\n\n1\t2\n", p, &["a", "b"]).unwrap();
        assert_eq!(
            rows,
            vec![Row {
                line: 4,
                fields: vec!["1", "2"]
            }]
        );
        let e = parse("a\tb\n1\t2\t3\n", p, &["a", "b"]).unwrap_err();
        assert_eq!(e.to_string(), "x.tsv:2: expected 2 tab-separated fields, found 3");
        assert!(parse("b\ta\n", p, &["a", "b"])
            .unwrap_err()
            .to_string()
            .starts_with("x.tsv:1: expected the header"));
        assert!(parse("a\tb\n1\t\n", p, &["a", "b"])
            .unwrap_err()
            .to_string()
            .contains("field `b` is empty"));
    }
}
