//! Command-line arguments. The help texts here are the CLI's documentation.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Clean machine-translated and scraped news text, and report every change.
#[derive(Debug, Parser)]
#[command(name = "mtnorm", version, about, long_about = None, max_term_width = 100)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Write the clean text (or JSONL records with the clean text).
    Fix(FixArgs),
    /// List what would change and what is flagged, like a linter; exit status 1 if anything.
    Check(CheckArgs),
    /// Show the changes inline, coloured on a terminal.
    Diff(DiffArgs),
    /// List the rules, with whether each is on.
    Rules(ConfigArgs),
    /// Show what a rule does, run on its example.
    Explain(ExplainArgs),
    /// Print the configuration in force (file and flags merged) as TOML.
    Config(ConfigArgs),
    /// Rebuild the exact original input from fixed output and its report.
    Restore(RestoreArgs),
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The rule id, as `mtnorm rules` lists it (e.g. `teaser.label`).
    pub rule: String,
}

#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// The fixed text (or JSONL written by `fix --jsonl --report-field`); standard input when
    /// absent.
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,

    /// Plain text: the report, a JSON object with `edits` (as `check --format json` prints it
    /// for one document, or a record's report field).
    #[arg(long, value_name = "FILE", required_unless_present = "jsonl")]
    pub report: Option<PathBuf>,

    /// JSON Lines: every record carries its report in --report-field, which is dropped.
    #[arg(long)]
    pub jsonl: bool,

    /// The JSONL field that holds the text.
    #[arg(long, default_value = "text", value_name = "NAME")]
    pub field: String,

    /// The JSONL field that holds the report.
    #[arg(long, default_value = "mtnorm", value_name = "NAME")]
    pub report_field: String,

    /// Write here instead of standard output (atomically).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Where documents come from and how they are read.
#[derive(Debug, Args)]
pub struct InputArgs {
    /// Files to read; standard input when none (or `-`).
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,

    /// Read and write JSON Lines: one record per line, the text in --field.
    #[arg(long)]
    pub jsonl: bool,

    /// The JSONL field that holds the text; every other field passes through untouched.
    #[arg(long, default_value = "text", value_name = "NAME")]
    pub field: String,

    /// Replace invalid UTF-8 with U+FFFD (and say where on stderr) instead of failing.
    #[arg(long)]
    pub lossy: bool,

    /// Pass malformed JSONL records through unchanged (counted on stderr) instead of failing.
    #[arg(long)]
    pub skip_invalid: bool,

    /// Worker threads (default: one per core).
    #[arg(short = 'j', long, value_name = "N")]
    pub threads: Option<usize>,

    #[command(flatten)]
    pub config: ConfigArgs,
}

/// Settings that shape the pipeline.
#[derive(Debug, Args)]
pub struct ConfigArgs {
    /// The documents' language (ISO 639-1, e.g. `en`, `de`) instead of detecting it.
    #[arg(long, value_name = "CODE")]
    pub lang: Option<String>,

    /// Switch off a rule or a whole stage (repeatable; see `mtnorm rules`).
    #[arg(long, value_name = "RULE")]
    pub disable: Vec<String>,

    /// Switch on a rule, including rules that are off by default (repeatable).
    #[arg(long, value_name = "RULE")]
    pub enable: Vec<String>,

    /// Read settings from this TOML file (default: ./mtnorm.toml if it exists).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct FixArgs {
    #[command(flatten)]
    pub input: InputArgs,

    /// Write the output here instead of standard output (atomically: a temporary file renamed
    /// into place, so an interrupted run leaves no partial file).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// JSONL: add the report (language, edits, flags) to each record under this field.
    #[arg(long, value_name = "NAME", requires = "jsonl")]
    pub report_field: Option<String>,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub input: InputArgs,

    /// How to print the findings.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    #[command(flatten)]
    pub input: InputArgs,

    /// When to colour the output (`auto`: on a terminal, unless NO_COLOR is set).
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// `file:line:col: kind [rule] message`, one finding a line.
    Human,
    /// One JSON object per document: source, language, edits, flags.
    Json,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}
