//! The `mtnorm` command: parse arguments, build the normalizer, run, render, exit.
//!
//! Exit status: 0 done (for `check` and `diff`: nothing found); 1 `check`/`diff` found something;
//! 2 an error (bad arguments, unreadable or invalid input). A closed output pipe ends quietly with 0.

mod args;
mod input;
mod jsonl;
mod output;
mod render;

use anyhow::{Context as _, Result};
use args::{
    CheckArgs, Cli, ColorChoice, Command, ConfigArgs, DiffArgs, ExplainArgs, FixArgs, Format, InputArgs, RestoreArgs,
};
use clap::Parser;
use input::{InputError, Outcome};
use mtnorm::{Config, Normalizer};
use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("mtnorm: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Fix(args) => fix(args),
        Command::Check(args) => check(args),
        Command::Diff(args) => diff(args),
        Command::Rules(args) => rules(args),
        Command::Restore(args) => restore(args),
        Command::Explain(args) => explain(args),
        Command::Config(args) => {
            print!("{}", load_config(&args)?.to_toml());
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// The configuration: `--config FILE`, else `./mtnorm.toml` if present, else defaults; then the
/// command-line flags on top.
fn load_config(args: &ConfigArgs) -> Result<Config> {
    let path = args.config.clone().or_else(|| {
        let local = std::path::PathBuf::from("mtnorm.toml");
        local.is_file().then_some(local)
    });
    let mut config = match &path {
        Some(path) => {
            let source = std::fs::read_to_string(path).with_context(|| format!("{}", path.display()))?;
            Config::from_toml(&source).with_context(|| format!("{}", path.display()))?
        }
        None => Config::default(),
    };
    if args.lang.is_some() {
        config.language = args.lang.clone();
    }
    config.disable.extend(args.disable.iter().cloned());
    config.enable.extend(args.enable.iter().cloned());
    Ok(config)
}

fn build(input: &InputArgs) -> Result<Normalizer> {
    if let Some(n) = input.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global()
            .context("starting worker threads")?;
    }
    Ok(Normalizer::from_config(load_config(&input.config)?)?)
}

/// Runs the inputs through `sink`, reporting input errors as they come.
fn drive(args: &InputArgs, normalizer: &Normalizer, sink: impl FnMut(Outcome) -> io::Result<()>) -> Result<bool> {
    let mut failed = false;
    let stats = input::process(args, normalizer, sink, |InputError(message)| {
        failed = true;
        eprintln!("mtnorm: {message}");
    })?;
    if stats.skipped > 0 {
        eprintln!("mtnorm: passed {} invalid record(s) through unchanged", stats.skipped);
    }
    Ok(failed)
}

fn fix(args: FixArgs) -> Result<ExitCode> {
    let normalizer = build(&args.input)?;
    let mut out = output::Output::open(args.output.as_deref())?;
    let field = args.input.field.clone();
    let report_field = args.report_field.clone();
    let mut buf = Vec::new();
    let failed = drive(&args.input, &normalizer, |outcome| {
        buf.clear();
        match outcome {
            Outcome::Doc {
                record: Some(record),
                result,
                ..
            } => {
                let report = result.report();
                record.write(
                    &mut buf,
                    &field,
                    &result.text,
                    report_field.as_deref().map(|name| (name, &report)),
                );
            }
            Outcome::Doc {
                record: None, result, ..
            } => buf.extend_from_slice(result.text.as_bytes()),
            Outcome::Passthrough { raw } => buf.extend_from_slice(&raw),
        }
        out.write_all(&buf)
    })?;
    out.finish()?;
    Ok(if failed { ExitCode::from(2) } else { ExitCode::SUCCESS })
}

fn check(args: CheckArgs) -> Result<ExitCode> {
    let format = args.format;
    report_documents(&args.input, |out, origin, input, result| {
        if result.is_clean() {
            return Ok(false);
        }
        match format {
            Format::Human => render::check_human(out, origin, input, result)?,
            Format::Json => render::check_json(out, origin, result)?,
        }
        Ok(true)
    })
}

fn diff(args: DiffArgs) -> Result<ExitCode> {
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

/// Runs every document through `render`, which writes to standard output and says whether it
/// found anything; the exit status follows (`check` and `diff` differ only in what they print).
fn report_documents(
    args: &InputArgs,
    mut render: impl FnMut(&mut dyn Write, &input::Origin, &str, &mtnorm::Normalized) -> io::Result<bool>,
) -> Result<ExitCode> {
    let normalizer = build(args)?;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut found = false;
    let failed = drive(args, &normalizer, |outcome| {
        if let Outcome::Doc {
            origin, input, result, ..
        } = outcome
        {
            found |= render(&mut out, &origin, &input, &result)?;
        }
        Ok(())
    })?;
    out.flush()?;
    Ok(exit_code(failed, found))
}

fn exit_code(failed: bool, found: bool) -> ExitCode {
    match (failed, found) {
        (true, _) => ExitCode::from(2),
        (false, true) => ExitCode::from(1),
        (false, false) => ExitCode::SUCCESS,
    }
}

fn rules(args: ConfigArgs) -> Result<ExitCode> {
    let normalizer = Normalizer::from_config(load_config(&args)?)?;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    for (rule, on) in normalizer.rules() {
        writeln!(
            out,
            "{:<28} {:<3}  {}",
            rule.id,
            if on { "on" } else { "off" },
            rule.description
        )?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn explain(args: ExplainArgs) -> Result<ExitCode> {
    let rules = mtnorm::stages::all_rules();
    let Some(rule) = rules.iter().find(|r| r.id == args.rule) else {
        anyhow::bail!("no rule named `{}` (see `mtnorm rules`)", args.rule);
    };
    println!(
        "{}  ({} by default)\n\n{}\n",
        rule.id,
        if rule.default_on { "on" } else { "off" },
        rule.description
    );
    // Run the example with English fixed, so that language-dependent rules fire on short text.
    let normalizer = Normalizer::builder().language("en").build()?;
    let result = normalizer.normalize(rule.example);
    println!("Example:\n  {:?}\nbecomes:\n  {:?}", rule.example, result.text);
    let mine: Vec<_> = result
        .edits
        .iter()
        .filter(|e| e.rule == rule.id || e.also.iter().any(|a| a == rule.id))
        .collect();
    for e in &mine {
        println!("  {} {:?} -> {:?}", e.kind.as_str(), e.before, e.after);
    }
    for f in result.flags.iter().filter(|f| f.rule == rule.id) {
        println!("  flag {}: {}", f.kind.as_str(), f.message);
    }
    Ok(ExitCode::SUCCESS)
}

/// The edits part of a report, which is all that restoring needs.
#[derive(serde::Deserialize)]
struct EditsOnly {
    edits: Vec<mtnorm::Edit>,
}

fn restore(args: RestoreArgs) -> Result<ExitCode> {
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
