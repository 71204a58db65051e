//! `mtnorm restore`: the exact original input, rebuilt from fixed output and its report.

use crate::args::RestoreArgs;
use crate::{jsonl, output};
use anyhow::{Context as _, Result};
use std::io::{self, Write};
use std::process::ExitCode;

/// The edits part of a report, which is all that restoring needs.
#[derive(serde::Deserialize)]
struct EditsOnly {
    edits: Vec<mtnorm::Edit>,
}

pub fn run(args: RestoreArgs) -> Result<ExitCode> {
    let name = args
        .file
        .as_ref()
        .map_or_else(|| "<stdin>".to_owned(), |p| p.display().to_string());
    let input = match &args.file {
        Some(path) => std::fs::read_to_string(path).with_context(|| name.clone())?,
        None => std::io::read_to_string(io::stdin()).context("<stdin>")?,
    };
    let mut out = output::Output::open(args.output.as_deref())?;
    if !args.jsonl {
        let report_path = args.report.as_ref().context("--report is required for plain text")?;
        let report = std::fs::read_to_string(report_path).with_context(|| report_path.display().to_string())?;
        let report: EditsOnly =
            serde_json::from_str(&report).with_context(|| format!("{}: not a report", report_path.display()))?;
        let original = mtnorm::revert_edits(&input, &report.edits)
            .with_context(|| format!("{name}: the report's edits do not fit this text"))?;
        out.write_all(original.as_bytes())?;
        out.finish()?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut buf = Vec::new();
    for (i, line) in input.split_inclusive('\n').enumerate() {
        let place = format!("{name}:{}", i + 1);
        if line.trim().is_empty() {
            out.write_all(line.as_bytes())?;
            continue;
        }
        let record =
            jsonl::Record::parse(line.trim_end_matches(['\n', '\r'])).map_err(|e| anyhow::anyhow!("{place}: {e}"))?;
        let text = record.text(&args.field).map_err(|e| anyhow::anyhow!("{place}: {e}"))?;
        let raw = record
            .raw(&args.report_field)
            .with_context(|| format!("{place}: no field `{}`", args.report_field))?;
        let report: EditsOnly = serde_json::from_str(raw).with_context(|| format!("{place}: not a report"))?;
        let original = mtnorm::revert_edits(&text, &report.edits)
            .with_context(|| format!("{place}: the report's edits do not fit this text"))?;
        buf.clear();
        record.write_with(
            &mut buf,
            &args.field,
            &original,
            Some(&args.report_field),
            None::<(&str, &())>,
        );
        out.write_all(&buf)?;
    }
    out.finish()?;
    Ok(ExitCode::SUCCESS)
}
