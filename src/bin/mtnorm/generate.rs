//! `mtnorm completions` and `mtnorm man`: shell completions and man pages, generated from the
//! clap definitions in `args.rs`, so they always match the options the binary accepts.

use crate::args::{Cli, CompletionsArgs, ManArgs};
use anyhow::{bail, Result};
use clap::CommandFactory;
use std::io::{self, Write};
use std::process::ExitCode;

pub fn completions(args: CompletionsArgs) -> Result<ExitCode> {
    let mut command = Cli::command();
    let mut out = io::BufWriter::new(io::stdout().lock());
    clap_complete::generate(args.shell, &mut command, "mtnorm", &mut out);
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

pub fn man(args: ManArgs) -> Result<ExitCode> {
    let mut command = Cli::command();
    // Building names the subcommands `mtnorm-fix` and so on, which their pages are called.
    command.build();
    let page = match &args.command {
        None => command,
        Some(name) => match command.find_subcommand(name) {
            Some(sub) if name != "help" => sub.clone(),
            _ => {
                let names: Vec<&str> = command
                    .get_subcommands()
                    .map(|c| c.get_name())
                    .filter(|&n| n != "help")
                    .collect();
                bail!("no command named `{name}` (one of: {})", names.join(", "));
            }
        },
    };
    let mut out = io::BufWriter::new(io::stdout().lock());
    render_man(page, &mut out)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// clap_mangen's page, except that the text after the options (`after_help`) gets a proper
/// section name (EXAMPLES, EXIT STATUS) instead of EXTRA, with its lines kept as written.
fn render_man(command: clap::Command, out: &mut dyn Write) -> io::Result<()> {
    let extra = command.get_after_help().map(|h| h.to_string());
    let has_args = command.get_arguments().any(|a| !a.is_hide_set());
    let has_subcommands = command.has_subcommands();
    let has_version = command.get_version().is_some();
    let man = clap_mangen::Man::new(command).source(concat!("mtnorm ", env!("CARGO_PKG_VERSION")));
    let mut page = Vec::new();
    add_section(&mut page, |w| man.render_title(w))?;
    add_section(&mut page, |w| man.render_name_section(w))?;
    add_section(&mut page, |w| man.render_synopsis_section(w))?;
    add_section(&mut page, |w| man.render_description_section(w))?;
    if has_args {
        add_section(&mut page, |w| man.render_options_section(w))?;
    }
    if has_subcommands {
        add_section(&mut page, |w| man.render_subcommands_section(w))?;
    }
    if let Some(extra) = extra {
        if let Some(prose) = extra.strip_prefix("Exit status:") {
            let prose = prose.split_whitespace().collect::<Vec<_>>().join(" ");
            writeln!(page, ".SH \"EXIT STATUS\"\n{}", roff_text(&prose))?;
        } else {
            // `Examples:` and the command lines, kept line by line.
            let body = extra.strip_prefix("Examples:").unwrap_or(&extra);
            writeln!(page, ".SH EXAMPLES\n.nf")?;
            for line in body.trim_start_matches('\n').lines() {
                writeln!(page, "{}", roff_text(line))?;
            }
            writeln!(page, ".fi")?;
        }
    }
    if has_version {
        add_section(&mut page, |w| man.render_version_section(w))?;
    }
    out.write_all(&page)
}

/// Appends a section that clap_mangen renders. Each comes with roff's preamble, which the page
/// needs only once.
fn add_section(page: &mut Vec<u8>, render: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
    let mut buf = Vec::new();
    render(&mut buf)?;
    let body = match buf.strip_prefix(ROFF_PREAMBLE.as_bytes()) {
        Some(body) if !page.is_empty() => body,
        _ => &buf[..],
    };
    page.extend_from_slice(body);
    Ok(())
}

/// What the roff crate puts before every document it writes.
const ROFF_PREAMBLE: &str = ".ie \\n(.g .ds Aq \\(aq\n.el .ds Aq '\n";

/// A line of text for roff: backslashes and hyphens escaped, no line read as a request.
fn roff_text(line: &str) -> String {
    let escaped = line.replace('\\', "\\e").replace('-', "\\-");
    if escaped.starts_with(['.', '\'']) {
        format!("\\&{escaped}")
    } else {
        escaped
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn roff_text_is_escaped() {
        assert_eq!(super::roff_text(".x -r a\\b"), "\\&.x \\-r a\\eb");
    }
}
