//! Command-line arguments. The help texts here are the CLI's documentation: `--help`, the man page
//! (`mtnorm man`) and the shell completions are all generated from them.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

const EXIT_STATUS: &str = "\
Exit status: 0 done; 1 `check` or `diff` found something; 2 an error (bad arguments, a file that
cannot be read or written, invalid input). Errors name the file; the other files are still
processed.";

/// Clean machine-translated and scraped news text, and report every change.
#[derive(Debug, Parser)]
#[command(name = "mtnorm", version, max_term_width = 100, after_help = EXIT_STATUS)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Write the clean text: to standard output, a file, a folder, or in place.
    #[command(after_help = "\
Examples:
  mtnorm fix article.txt > clean.txt
  mtnorm fix -r corpus/ --out-dir clean/        mirror a folder of *.txt files
  mtnorm fix --in-place --backup .orig 'docs/*.txt'
  mtnorm fix --jsonl --report-field mtnorm < in.jsonl > out.jsonl")]
    Fix(FixArgs),
    /// List what would change and what is flagged, like a linter (exit status 1 if anything).
    #[command(after_help = "\
Examples:
  mtnorm check article.txt
  mtnorm check -r corpus/ --format sarif > mtnorm.sarif")]
    Check(CheckArgs),
    /// Show the changes inline, coloured on a terminal (exit status 1 if anything changes).
    Diff(DiffArgs),
    /// List the rules and whether each is on.
    Rules(ConfigArgs),
    /// Show what a rule does, run on its example.
    Explain(ExplainArgs),
    /// Print the configuration in force (file and flags merged) as TOML.
    Config(ConfigArgs),
    /// Rebuild the exact original input from fixed output and its report.
    Restore(RestoreArgs),
    /// List the names in documents: dictionary entities with the spellings seen, and clusters of
    /// names the dictionary does not know (to grow it).
    #[command(after_help = "\
Examples:
  mtnorm entities article.txt
  mtnorm entities -r corpus/ --lang en --min-count 3
  mtnorm entities --jsonl --json articles.jsonl > names.json")]
    Entities(EntitiesArgs),
    /// Inspect the name dictionaries.
    #[command(subcommand)]
    Dict(DictCommand),
    /// Print a shell completion script.
    #[command(after_help = "\
Examples:
  mtnorm completions bash > ~/.local/share/bash-completion/completions/mtnorm
  mtnorm completions zsh > ~/.zfunc/_mtnorm        (with fpath+=~/.zfunc in ~/.zshrc)
  mtnorm completions fish > ~/.config/fish/completions/mtnorm.fish
  mtnorm completions powershell | Out-String | Invoke-Expression")]
    Completions(CompletionsArgs),
    /// Print the manual page (roff), for mtnorm or one of its commands.
    #[command(after_help = "\
Examples:
  mtnorm man | man -l -
  mtnorm man > ~/.local/share/man/man1/mtnorm.1
  mtnorm man fix > ~/.local/share/man/man1/mtnorm-fix.1")]
    Man(ManArgs),
}

#[derive(Debug, Subcommand)]
pub enum DictCommand {
    /// Count what the name dictionaries hold: entities, variants, fixed expressions, and each
    /// language's index.
    Stats(DictStatsArgs),
}

#[derive(Debug, Args)]
pub struct DictStatsArgs {
    /// Print one JSON object instead of tables.
    #[arg(long)]
    pub json: bool,

    /// A folder of user dictionaries to count with the built-in ones (repeatable).
    #[arg(long, value_name = "DIR")]
    pub dictionaries: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct EntitiesArgs {
    #[command(flatten)]
    pub input: InputArgs,

    /// A folder of user dictionaries, read after the built-in ones (repeatable).
    #[arg(long, value_name = "DIR", help_heading = "Rules")]
    pub dictionaries: Vec<PathBuf>,

    /// Print one JSON object (documents, known, unknown) instead of tables.
    #[arg(long, help_heading = "Output")]
    pub json: bool,

    /// Leave out unknown names seen fewer than N times in all.
    #[arg(long, default_value_t = 2, value_name = "N", help_heading = "Output")]
    pub min_count: usize,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The rule id, as `mtnorm rules` lists it (e.g. `teaser.label`).
    pub rule: String,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_enum, value_name = "SHELL")]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// A command (e.g. `fix`) for its own page, `mtnorm-COMMAND(1)`; mtnorm(1) when absent.
    #[arg(value_name = "COMMAND")]
    pub command: Option<String>,
}

#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// The fixed text, or JSONL written by `fix --jsonl --report-field` [default: standard input].
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,

    /// Plain text: the report, a JSON object with `edits` (as `check --format json` prints it for
    /// one document).
    #[arg(long, value_name = "FILE", required_unless_present = "jsonl")]
    pub report: Option<PathBuf>,

    /// Read JSON Lines: each record carries its report in --report-field, which is dropped.
    #[arg(long)]
    pub jsonl: bool,

    /// The JSONL field that holds the text.
    #[arg(long, default_value = "text", value_name = "NAME")]
    pub field: String,

    /// The JSONL field that holds the report.
    #[arg(long, default_value = "mtnorm", value_name = "NAME")]
    pub report_field: String,

    /// Write to FILE instead of standard output (replaced atomically).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Where documents come from and how they are read.
#[derive(Debug, Args)]
pub struct InputArgs {
    /// Files to read, folders with -r, or patterns such as 'docs/*.txt' (expanded by mtnorm, so
    /// they work quoted) [default: standard input, also `-`]
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,

    /// Read the folders among FILE and all below them: their *.txt files, or *.jsonl with
    /// --jsonl (hidden files and folders are skipped).
    #[arg(short, long, help_heading = "Input")]
    pub recursive: bool,

    /// The input is JSON Lines: one record per line, the text in --field (`fix` writes JSON
    /// Lines too).
    #[arg(long, help_heading = "Input")]
    pub jsonl: bool,

    /// The JSONL field that holds the text; every other field passes through byte for byte.
    #[arg(long, default_value = "text", value_name = "NAME", help_heading = "Input")]
    pub field: String,

    /// Replace invalid UTF-8 with U+FFFD (and say where on stderr) instead of failing.
    #[arg(long, help_heading = "Input")]
    pub lossy: bool,

    /// Pass malformed JSONL records through unchanged (counted on stderr) instead of failing.
    #[arg(long, help_heading = "Input")]
    pub skip_invalid: bool,

    /// Worker threads [default: one per core].
    #[arg(short = 'j', long, value_name = "N", help_heading = "Run")]
    pub threads: Option<usize>,

    /// No progress bar and no summary (errors and warnings are still printed).
    #[arg(short, long, help_heading = "Run")]
    pub quiet: bool,

    /// Print the summary (documents, edits by kind, flags, time, speed) on stderr even when it is
    /// not a terminal.
    #[arg(long, help_heading = "Run")]
    pub stats: bool,

    #[command(flatten)]
    pub config: ConfigArgs,
}

/// Settings that shape the pipeline.
#[derive(Debug, Args)]
#[command(next_help_heading = "Rules")]
pub struct ConfigArgs {
    /// The documents' language (ISO 639-1, e.g. `en`, `de`) [default: detected per document].
    #[arg(long, value_name = "CODE")]
    pub lang: Option<String>,

    /// Switch off a rule or a whole stage (repeatable; see `mtnorm rules`).
    #[arg(long, value_name = "RULE")]
    pub disable: Vec<String>,

    /// Switch on a rule, including one that is off by default (repeatable).
    #[arg(long, value_name = "RULE")]
    pub enable: Vec<String>,

    /// Keep the lines judged artifacts (teasers, chrome, repeats) in the text and only report
    /// them, as flags (`removals = "report"` in mtnorm.toml).
    #[arg(long)]
    pub keep_removed: bool,

    /// Read settings from this TOML file [default: ./mtnorm.toml if it exists].
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct FixArgs {
    #[command(flatten)]
    pub input: InputArgs,

    /// Write everything to FILE instead of standard output (replaced atomically: an interrupted
    /// run leaves no partial file).
    #[arg(short, long, value_name = "FILE", help_heading = "Output")]
    pub output: Option<PathBuf>,

    /// Write each input to its own file under DIR, at its path below the folder or pattern it was
    /// found through (a named file: its name); folders are created.
    #[arg(long, value_name = "DIR", conflicts_with = "output", help_heading = "Output")]
    pub out_dir: Option<PathBuf>,

    /// Replace each input file that changes with its clean text (written to a temporary file
    /// beside it, then renamed over it, so an interrupted run never loses the original).
    #[arg(long, conflicts_with_all = ["output", "out_dir"], help_heading = "Output")]
    pub in_place: bool,

    /// With --in-place: keep each original beside it, under its name plus SUFFIX (e.g. `.orig`).
    #[arg(long, value_name = "SUFFIX", requires = "in_place", value_parser = backup_suffix, help_heading = "Output")]
    pub backup: Option<String>,

    /// JSONL: add the report (language, edits, flags) to each record under this field.
    #[arg(long, value_name = "NAME", requires = "jsonl", help_heading = "Output")]
    pub report_field: Option<String>,
}

/// A backup suffix names a file beside the original: not empty, no path separator.
fn backup_suffix(s: &str) -> Result<String, String> {
    if s.is_empty() {
        Err("the suffix cannot be empty".into())
    } else if s.contains(['/', '\\']) {
        Err("the suffix cannot contain a path separator".into())
    } else {
        Ok(s.to_owned())
    }
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub input: InputArgs,

    /// How to print what is found.
    #[arg(long, value_enum, default_value_t = Format::Human, help_heading = "Output")]
    pub format: Format,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    #[command(flatten)]
    pub input: InputArgs,

    /// When to colour the output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, help_heading = "Output")]
    pub color: ColorChoice,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// `file:line:col: kind [rule] message`, one change or flag a line.
    Human,
    /// One JSON object per document: source, language, edits, flags.
    Json,
    /// One SARIF 2.1.0 log for the whole run, for code-scanning tools.
    Sarif,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// On a terminal, unless NO_COLOR is set.
    Auto,
    /// Always, even into a file or a pipe.
    Always,
    /// Never: changes are marked `[-removed-]{+added+}`.
    Never,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_definitions_are_consistent() {
        Cli::command().debug_assert();
    }
}
