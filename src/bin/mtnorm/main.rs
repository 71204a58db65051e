//! The `mtnorm` command: parse arguments, build the normalizer, run, render, exit.
//!
//! Exit status: 0 done (for `check` and `diff`: nothing found); 1 `check`/`diff` found something;
//! 2 an error (bad arguments, unreadable or invalid input). A closed output pipe ends quietly with 0.
//!
//! One module per concern: `args` (the command line), `sources` (arguments to inputs: files,
//! folders, patterns), `input` (reading and normalizing, in parallel and in order), `progress`
//! (messages, progress bar, summary on stderr), `output` (atomic files), and one module per
//! command or output format (`fix`, `check`, `render`, `sarif`, `rules`, `restore`, `generate`,
//! `entities` for `entities` and `dict stats`).

mod args;
mod check;
mod entities;
mod fix;
mod generate;
mod input;
mod jsonl;
mod output;
mod progress;
mod render;
mod restore;
mod rules;
mod sarif;
mod sources;

use anyhow::{Context as _, Result};
use args::{Cli, Command, ConfigArgs, DictCommand, InputArgs};
use clap::Parser;
use mtnorm::{Config, Normalizer};
use std::io;
use std::process::ExitCode;

/// See `Cargo.toml` for why.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    progress::start_clock();
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
        Command::Fix(args) => fix::run(args),
        Command::Check(args) => check::check(args),
        Command::Diff(args) => check::diff(args),
        Command::Rules(args) => rules::list(args),
        Command::Restore(args) => restore::run(args),
        Command::Explain(args) => rules::explain(args),
        Command::Config(args) => {
            print!("{}", load_config(&args)?.to_toml());
            Ok(ExitCode::SUCCESS)
        }
        Command::Entities(args) => entities::run(args),
        Command::Dict(DictCommand::Stats(args)) => entities::dict_stats(args),
        Command::Completions(args) => generate::completions(args),
        Command::Man(args) => generate::man(args),
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
    if args.keep_removed {
        config.removals = mtnorm::config::Removals::Report;
    }
    config.disable.extend(args.disable.iter().cloned());
    config.enable.extend(args.enable.iter().cloned());
    Ok(config)
}

/// The normalizer for a command that reads documents, with its worker threads.
fn build(input: &InputArgs) -> Result<&'static Normalizer> {
    build_with(input, load_config(&input.config)?)
}

/// [`build`] with a configuration the command has adjusted. The normalizer lives as long as the
/// process: freeing the name index of a large user dictionary at exit costs a tenth of a run, and
/// the operating system takes the memory back anyway.
fn build_with(input: &InputArgs, config: Config) -> Result<&'static Normalizer> {
    if let Some(n) = input.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global()
            .context("starting worker threads")?;
    }
    Ok(Box::leak(Box::new(Normalizer::from_config(config)?)))
}
