//! Reading documents: whole files as plain text, or JSON Lines records, in parallel and in order.
//!
//! Every unit of input becomes exactly one [`Outcome`], in input order, so "records out equal
//! records in" holds by construction: a record that cannot be read is either an error (which
//! stops that file and is reported with file:line) or, with `--skip-invalid`, passed through.

use crate::args::InputArgs;
use crate::jsonl::Record;
use mtnorm::{Normalized, Normalizer};
use rayon::prelude::*;
use std::borrow::Cow;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Lines read before a batch is handed to the workers: enough to keep every core busy, few
/// enough that memory stays bounded whatever the input size.
const BATCH_LINES: usize = 2048;
const BATCH_BYTES: usize = 8 << 20;
/// Plain-text files normalized in parallel at a time.
const BATCH_FILES: usize = 64;

/// Where a document came from, for messages.
#[derive(Clone, Debug)]
pub struct Origin {
    /// The file name, or `<stdin>`.
    pub source: Arc<str>,
    /// 1-based line of a JSONL record.
    pub line: Option<usize>,
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}", self.source),
            None => write!(f, "{}", self.source),
        }
    }
}

/// What became of one unit of input.
pub enum Outcome {
    /// A document (a whole plain-text file, or one JSONL record) and its normalization.
    Doc {
        origin: Origin,
        input: String,
        record: Option<Record>,
        result: Normalized,
    },
    /// A JSONL line that is not a record (blank) or was skipped as invalid: written back as is.
    Passthrough { raw: Vec<u8> },
}

/// An input error, already worded with its location.
#[derive(Debug)]
pub struct InputError(pub String);

/// Reads every input and calls `sink` with each outcome, in order. Errors of one input are
/// reported through `on_error` and do not stop the others; an error from `sink` (a closed or
/// full output) stops everything and is returned.
pub fn process(
    args: &InputArgs,
    normalizer: &Normalizer,
    mut sink: impl FnMut(Outcome) -> io::Result<()>,
    mut on_error: impl FnMut(InputError),
) -> io::Result<Stats> {
    let mut stats = Stats::default();
    let sources: Vec<Option<PathBuf>> = if args.files.is_empty() {
        vec![None]
    } else {
        args.files
            .iter()
            .map(|p| (p.as_os_str() != "-").then(|| p.clone()))
            .collect()
    };
    if args.jsonl {
        for source in &sources {
            let name = display_name(source.as_deref());
            match open(source.as_deref()) {
                Ok(reader) => process_jsonl(reader, &name, args, normalizer, &mut sink, &mut on_error, &mut stats)?,
                Err(e) => on_error(InputError(format!("{name}: {e}"))),
            }
        }
        return Ok(stats);
    }
    for batch in sources.chunks(BATCH_FILES) {
        let results: Vec<Result<Outcome, InputError>> = batch
            .par_iter()
            .map(|source| read_plain(source.as_deref(), args, normalizer))
            .collect();
        for result in results {
            match result {
                Ok(outcome) => {
                    stats.documents += 1;
                    sink(outcome)?;
                }
                Err(e) => on_error(e),
            }
        }
    }
    Ok(stats)
}

/// Counts for the end-of-run summary.
#[derive(Debug, Default)]
pub struct Stats {
    pub documents: usize,
    pub skipped: usize,
}

fn display_name(path: Option<&Path>) -> Arc<str> {
    path.map_or_else(|| Arc::from("<stdin>"), |p| Arc::from(p.display().to_string()))
}

fn open(path: Option<&Path>) -> io::Result<Box<dyn BufRead>> {
    Ok(match path {
        None => Box::new(BufReader::with_capacity(1 << 16, io::stdin())),
        Some(p) => {
            let file = File::open(p)?;
            if file.metadata()?.is_dir() {
                return Err(io::Error::other("is a directory"));
            }
            Box::new(BufReader::with_capacity(1 << 16, file))
        }
    })
}

/// Decodes bytes as UTF-8, or says where they are not (or replaces, with `--lossy`).
fn decode(bytes: Vec<u8>, lossy: bool, origin: &Origin) -> Result<String, InputError> {
    match String::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            if lossy {
                #[allow(clippy::print_stderr)]
                {
                    eprintln!("mtnorm: warning: {origin}: invalid UTF-8 at byte {offset} replaced with U+FFFD");
                }
                Ok(String::from_utf8_lossy(e.as_bytes()).into_owned())
            } else {
                Err(InputError(format!(
                    "{origin}: invalid UTF-8 at byte {offset} (use --lossy to replace it)"
                )))
            }
        }
    }
}

fn read_plain(path: Option<&Path>, args: &InputArgs, normalizer: &Normalizer) -> Result<Outcome, InputError> {
    let origin = Origin {
        source: display_name(path),
        line: None,
    };
    let mut bytes = Vec::new();
    open(path)
        .and_then(|mut r| r.read_to_end(&mut bytes))
        .map_err(|e| InputError(format!("{origin}: {e}")))?;
    let input = decode(bytes, args.lossy, &origin)?;
    let result = normalizer.normalize(&input);
    Ok(Outcome::Doc {
        origin,
        input,
        record: None,
        result,
    })
}

fn process_jsonl(
    mut reader: Box<dyn BufRead>,
    name: &Arc<str>,
    args: &InputArgs,
    normalizer: &Normalizer,
    sink: &mut impl FnMut(Outcome) -> io::Result<()>,
    on_error: &mut impl FnMut(InputError),
    stats: &mut Stats,
) -> io::Result<()> {
    let mut line_no = 0;
    loop {
        let mut lines = Vec::new();
        let mut bytes = 0;
        while lines.len() < BATCH_LINES && bytes < BATCH_BYTES {
            let mut buf = Vec::new();
            match reader.read_until(b'\n', &mut buf) {
                Ok(0) => break,
                Ok(n) => bytes += n,
                Err(e) => {
                    on_error(InputError(format!("{name}:{}: {e}", line_no + lines.len() + 1)));
                    break;
                }
            }
            lines.push(buf);
        }
        if lines.is_empty() {
            return Ok(());
        }
        let first = line_no + 1;
        line_no += lines.len();
        let results: Vec<Result<Outcome, (InputError, Vec<u8>)>> = lines
            .into_par_iter()
            .enumerate()
            .map(|(i, raw)| {
                let origin = Origin {
                    source: name.clone(),
                    line: Some(first + i),
                };
                read_record(raw, origin, args, normalizer)
            })
            .collect();
        for result in results {
            match result {
                Ok(outcome) => {
                    if matches!(outcome, Outcome::Doc { .. }) {
                        stats.documents += 1;
                    }
                    sink(outcome)?;
                }
                Err((_, raw)) if args.skip_invalid => {
                    stats.skipped += 1;
                    sink(Outcome::Passthrough { raw })?;
                }
                Err((error, _)) => {
                    // Stop this input here: writing later records would silently drop this one.
                    on_error(error);
                    return Ok(());
                }
            }
        }
    }
}

fn read_record(
    raw: Vec<u8>,
    origin: Origin,
    args: &InputArgs,
    normalizer: &Normalizer,
) -> Result<Outcome, (InputError, Vec<u8>)> {
    let content_len = raw.strip_suffix(b"\n").map_or(raw.len(), <[u8]>::len);
    let content = &raw[..content_len];
    let content = content.strip_suffix(b"\r").unwrap_or(content);
    if content.iter().all(u8::is_ascii_whitespace) {
        return Ok(Outcome::Passthrough { raw });
    }
    let line: Cow<'_, str> = match std::str::from_utf8(content) {
        Ok(line) => Cow::Borrowed(line),
        Err(e) if args.lossy => {
            #[allow(clippy::print_stderr)]
            {
                eprintln!(
                    "mtnorm: warning: {origin}: invalid UTF-8 at byte {} of the line replaced with U+FFFD",
                    e.valid_up_to()
                );
            }
            String::from_utf8_lossy(content)
        }
        Err(e) => {
            let error = InputError(format!(
                "{origin}: invalid UTF-8 at byte {} of the line",
                e.valid_up_to()
            ));
            return Err((error, raw));
        }
    };
    let parsed = Record::parse(&line).and_then(|record| {
        let text = record.text(&args.field)?;
        Ok((record, text))
    });
    match parsed {
        Ok((record, input)) => {
            let result = normalizer.normalize(&input);
            Ok(Outcome::Doc {
                origin,
                input,
                record: Some(record),
                result,
            })
        }
        Err(message) => Err((InputError(format!("{origin}: {message}")), raw)),
    }
}
