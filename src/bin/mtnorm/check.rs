//! `mtnorm check` and `mtnorm diff`: report what would change, on standard output; the exit
//! status says whether anything was found.

use crate::args::{CheckArgs, ColorChoice, DiffArgs, Format, InputArgs};
use crate::input::{self, Handler, InputError, Origin, Outcome};
use crate::render;
use crate::sarif::SarifLog;
use crate::sources::{self, Source};
use anyhow::Result;
use mtnorm::Normalized;
use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

pub fn check(args: CheckArgs) -> Result<ExitCode> {
    let format = args.format;
    if format == Format::Sarif {
        return sarif(&args.input);
    }
    report_documents(&args.input, |out, origin, input, result| {
        if result.is_clean() {
            return Ok(false);
        }
        match format {
            Format::Human => render::check_human(out, origin, input, result)?,
            Format::Json | Format::Sarif => render::check_json(out, origin, result)?,
        }
        Ok(true)
    })
}

fn sarif(args: &InputArgs) -> Result<ExitCode> {
    let normalizer = crate::build(args)?;
    let sources = list(args);
    let stdout = io::stdout();
    let field = args.jsonl.then(|| args.field.clone());
    let mut log = SarifLog::start(io::BufWriter::new(stdout.lock()), &normalizer.rules(), field)?;
    let failed = input::run(&sources, args, normalizer, true, &mut log)?;
    let found = log.found;
    log.finish()?;
    Ok(exit_code(failed, found))
}

pub fn diff(args: DiffArgs) -> Result<ExitCode> {
    let color = match args.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    };
    let style = render::DiffStyle { color };
    report_documents(&args.input, |out, origin, input, result| {
        render::diff(out, origin, input, result, &style)?;
        Ok(!result.edits.is_empty())
    })
}

fn list(args: &InputArgs) -> Vec<Source> {
    sources::expand(&args.files, &sources::Listing::new(args, None))
}

/// Writes each document with `render`, which says whether it found anything.
struct Documents<W, F> {
    out: W,
    render: F,
    found: bool,
}

impl<W, F> Handler for Documents<W, F>
where
    W: Write,
    F: FnMut(&mut dyn Write, &Origin, &str, &Normalized) -> io::Result<bool>,
{
    fn outcome(&mut self, _: &Source, outcome: Outcome) -> io::Result<()> {
        if let Outcome::Doc {
            origin, input, result, ..
        } = outcome
        {
            self.found |= (self.render)(&mut self.out, &origin, &input, &result)?;
        }
        Ok(())
    }

    fn end(&mut self, _: &Source, _: Option<&InputError>) -> Result<(), String> {
        Ok(())
    }
}

/// Runs every document through `render`, which writes to standard output and says whether it
/// found anything; the exit status follows (`check` and `diff` differ only in what they print).
fn report_documents(
    args: &InputArgs,
    render: impl FnMut(&mut dyn Write, &Origin, &str, &Normalized) -> io::Result<bool>,
) -> Result<ExitCode> {
    let normalizer = crate::build(args)?;
    let sources = list(args);
    let stdout = io::stdout();
    let mut documents = Documents {
        out: io::BufWriter::new(stdout.lock()),
        render,
        found: false,
    };
    let failed = input::run(&sources, args, normalizer, true, &mut documents)?;
    documents.out.flush()?;
    Ok(exit_code(failed, documents.found))
}

fn exit_code(failed: bool, found: bool) -> ExitCode {
    match (failed, found) {
        (true, _) => ExitCode::from(2),
        (false, true) => ExitCode::from(1),
        (false, false) => ExitCode::SUCCESS,
    }
}
