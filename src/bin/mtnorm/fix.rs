//! `mtnorm fix`: write the clean text to standard output or one file (`-o`), to a file per input
//! under a folder (`--out-dir`), or over each input (`--in-place`).

use crate::args::FixArgs;
use crate::input::{self, Handler, InputError, Outcome};
use crate::output::Output;
use crate::sources::{self, Source};
use anyhow::{bail, Result};
use std::collections::HashMap;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

pub fn run(args: FixArgs) -> Result<ExitCode> {
    let per_file = args.out_dir.is_some() || args.in_place;
    let files = &args.input.files;
    if per_file && (files.is_empty() || files.iter().any(|f| f.as_os_str() == "-")) {
        let option = if args.in_place { "--in-place" } else { "--out-dir" };
        bail!("{option} needs files to read: standard input has no file name");
    }
    let normalizer = crate::build(&args.input)?;
    let sources = sources::expand(files, &sources::Listing::new(&args.input, args.out_dir.clone()));
    let destination = match (&args.out_dir, args.in_place) {
        (Some(dir), _) => Destination::Tree {
            root: dir.clone(),
            written: HashMap::new(),
        },
        (None, true) => Destination::InPlace {
            backup: args.backup.clone(),
        },
        (None, false) => Destination::Stream(Output::open(args.output.as_deref())?),
    };
    let mut fix = Fix {
        field: args.input.field.clone(),
        report_field: args.report_field.clone(),
        buf: Vec::new(),
        destination,
        current: None,
    };
    let stdout_used = !per_file && args.output.is_none();
    let failed = input::run(&sources, &args.input, normalizer, stdout_used, &mut fix)?;
    if let Destination::Stream(out) = fix.destination {
        out.finish()?;
    }
    Ok(if failed { ExitCode::from(2) } else { ExitCode::SUCCESS })
}

enum Destination {
    /// Everything into one stream.
    Stream(Output),
    /// Each input to `root`/its relative path; `written` maps each file written to its input.
    Tree {
        root: PathBuf,
        written: HashMap<PathBuf, Arc<str>>,
    },
    /// Each input over itself.
    InPlace { backup: Option<String> },
}

/// The output file of the input being read.
struct Current {
    output: Result<Output, String>,
    /// Whether anything changed (an unchanged input is not rewritten in place).
    changed: bool,
}

struct Fix {
    field: String,
    report_field: Option<String>,
    buf: Vec<u8>,
    destination: Destination,
    current: Option<Current>,
}

impl Fix {
    fn open(&mut self, source: &Source) -> Result<Output, String> {
        let Some(path) = source.path.as_deref() else {
            return Err(format!("{}: no file to write to", source.name));
        };
        match &mut self.destination {
            Destination::Stream(_) => Err(format!("{}: standard output is not opened per input", source.name)),
            Destination::InPlace { backup } => {
                Output::replace(path, backup.as_deref()).map_err(|e| format!("{}: {}", source.name, e.root_cause()))
            }
            Destination::Tree { root, written } => {
                let target = root.join(&source.relative);
                if let Some(first) = written.get(&target) {
                    return Err(format!(
                        "{}: not written: {} is already the output of {first}",
                        source.name,
                        target.display()
                    ));
                }
                if same_file(path, &target) {
                    return Err(format!(
                        "{}: not written: the output would replace the input (use --in-place)",
                        source.name
                    ));
                }
                written.insert(target.clone(), source.name.clone());
                if let Some(parent) = target.parent() {
                    std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
                }
                Output::open(Some(&target)).map_err(|e| format!("{}: {}", target.display(), e.root_cause()))
            }
        }
    }
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

impl Handler for Fix {
    fn outcome(&mut self, source: &Source, outcome: Outcome) -> io::Result<()> {
        self.buf.clear();
        let changed = match outcome {
            Outcome::Doc {
                record: Some(record),
                result,
                ..
            } => {
                let report = result.report();
                record.write(
                    &mut self.buf,
                    &self.field,
                    &result.text,
                    self.report_field.as_deref().map(|name| (name, &report)),
                );
                !result.edits.is_empty() || self.report_field.is_some()
            }
            Outcome::Doc {
                record: None, result, ..
            } => {
                self.buf.extend_from_slice(result.text.as_bytes());
                !result.edits.is_empty()
            }
            Outcome::Passthrough { raw } => {
                self.buf.extend_from_slice(&raw);
                false
            }
        };
        if let Destination::Stream(out) = &mut self.destination {
            return out.write_all(&self.buf);
        }
        if self.current.is_none() {
            let output = self.open(source);
            self.current = Some(Current { output, changed: false });
        }
        let Some(current) = self.current.as_mut() else {
            return Ok(());
        };
        current.changed |= changed;
        if let Ok(out) = &mut current.output {
            // A write error (a full disk) is this input's: it is reported at its end.
            if let Err(e) = out.write_all(&self.buf) {
                current.output = Err(format!("{}: writing the output: {e}", source.name));
            }
        }
        Ok(())
    }

    fn end(&mut self, source: &Source, error: Option<&InputError>) -> Result<(), String> {
        if matches!(self.destination, Destination::Stream(_)) {
            return Ok(());
        }
        let current = match self.current.take() {
            Some(current) => current,
            // An input with nothing in it (an empty JSONL file) still gets its (empty) output.
            None if error.is_none() => Current {
                output: self.open(source),
                changed: false,
            },
            None => return Ok(()),
        };
        let output = current.output?;
        if error.is_some() || (matches!(self.destination, Destination::InPlace { .. }) && !current.changed) {
            // Dropped unfinished: the temporary file goes, the target stays as it was.
            return Ok(());
        }
        output
            .finish()
            .map_err(|e| format!("{}: writing the output: {}", source.name, e.root_cause()))
    }
}
