//! `mtnorm rules` and `mtnorm explain`: what the rules are and what they do.

use crate::args::{ConfigArgs, ExplainArgs};
use anyhow::Result;
use mtnorm::Normalizer;
use std::io::{self, Write};
use std::process::ExitCode;

pub fn list(args: ConfigArgs) -> Result<ExitCode> {
    let normalizer = Normalizer::from_config(crate::load_config(&args)?)?;
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

pub fn explain(args: ExplainArgs) -> Result<ExitCode> {
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
