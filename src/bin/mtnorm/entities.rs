//! `mtnorm entities` and `mtnorm dict stats`: what names a corpus holds, and what the name
//! dictionaries hold. Both are for the people who grow the dictionaries, so they print tables
//! sorted by count, or JSON with `--json`.

use crate::args::{DictStatsArgs, EntitiesArgs};
use crate::input::{self, Handler, InputError, Outcome};
use crate::sources::{self, Source};
use anyhow::Result;
use mtnorm::stages::names::{EntityReport, KnownName, NameDict, UnknownName};
use mtnorm::{DictStats, Entities};
use std::io::{self, Write};
use std::process::ExitCode;

pub fn run(args: EntitiesArgs) -> Result<ExitCode> {
    let input = &args.input;
    let mut config = crate::load_config(&input.config)?;
    config.dictionaries.extend(args.dictionaries.iter().cloned());
    // The pipeline without the names stage gives the text as that stage sees it (mojibake
    // repaired, glued words split, artifact lines gone), with the names not yet rewritten.
    config.disable.push("names".into());
    config.enable.retain(|r| r != "names" && !r.starts_with("names."));
    let style = config.names.style;
    let mut collector = Collector {
        entities: Entities::with_dictionaries(&config.dictionaries)?.style(style),
    };
    let normalizer = crate::build_with(input, config)?;
    let sources = sources::expand(&input.files, &sources::Listing::new(input, None));
    let failed = input::run(&sources, input, normalizer, true, &mut collector)?;
    let report = collector.entities.report(args.min_count);
    if report.skipped > 0 && !input.quiet {
        eprintln!(
            "mtnorm: {} of {} document(s) skipped: language not reliably known or not one of {} (use --lang)",
            report.skipped,
            report.documents,
            mtnorm::stages::names::LANGUAGES.join(", ")
        );
    }
    let mut out = io::BufWriter::new(io::stdout().lock());
    if args.json {
        serde_json::to_writer(&mut out, &report)?;
        writeln!(out)?;
    } else {
        write_entities(&mut out, &report, args.min_count)?;
    }
    out.flush()?;
    Ok(if failed { ExitCode::from(2) } else { ExitCode::SUCCESS })
}

/// Feeds each document to the [`Entities`] in input order.
struct Collector {
    entities: Entities,
}

impl Handler for Collector {
    fn outcome(&mut self, _: &Source, outcome: Outcome) -> io::Result<()> {
        if let Outcome::Doc { result, .. } = outcome {
            // Names depend on the language (canonical forms, the lexicon): a document whose
            // language is a guess is skipped, not read as some other language.
            let lang = result
                .language
                .as_ref()
                .filter(|l| l.reliable)
                .map_or("", |l| l.code.as_str());
            self.entities.add(&result.text, lang);
        }
        Ok(())
    }

    fn end(&mut self, _: &Source, _: Option<&InputError>) -> Result<(), String> {
        Ok(())
    }
}

/// Columns padded to their widest cell (in characters); numbers right-aligned, the last column
/// not padded.
struct Table {
    rows: Vec<Vec<String>>,
    right: Vec<bool>,
}

impl Table {
    fn new(header: &[&str], right: &[bool]) -> Table {
        Table {
            rows: vec![header.iter().map(|h| h.to_string()).collect()],
            right: right.to_vec(),
        }
    }

    /// A table without a header row.
    fn headless(right: &[bool]) -> Table {
        Table {
            rows: Vec::new(),
            right: right.to_vec(),
        }
    }

    fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    fn write(&self, out: &mut dyn Write) -> io::Result<()> {
        let columns = self.right.len();
        let widths: Vec<usize> = (0..columns)
            .map(|c| {
                self.rows
                    .iter()
                    .map(|r| r.get(c).map_or(0, |s| s.chars().count()))
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        for row in &self.rows {
            let mut line = String::new();
            for (c, cell) in row.iter().enumerate() {
                let pad = widths[c].saturating_sub(cell.chars().count());
                if c > 0 {
                    line.push_str("  ");
                }
                if self.right[c] {
                    line.extend(std::iter::repeat_n(' ', pad));
                    line.push_str(cell);
                } else {
                    line.push_str(cell);
                    if c + 1 < row.len() {
                        line.extend(std::iter::repeat_n(' ', pad));
                    }
                }
            }
            writeln!(out, "{}", line.trim_end())?;
        }
        Ok(())
    }
}

fn write_entities(out: &mut dyn Write, report: &EntityReport, min_count: usize) -> io::Result<()> {
    writeln!(
        out,
        "{} document(s), {} skipped; {} known name(s), {} unknown name(s)",
        report.documents,
        report.skipped,
        report.known.len(),
        report.unknown.len()
    )?;
    writeln!(
        out,
        "\nKnown names: spelling count (source); * = canonical name unverified"
    )?;
    if report.known.is_empty() {
        writeln!(out, "none")?;
    } else {
        let mut table = Table::new(
            &["count", "docs", "entity", "type", "lang", "canonical", "spellings"],
            &[true, true, false, false, false, false, false],
        );
        for k in &report.known {
            table.row(known_row(k));
        }
        table.write(out)?;
    }
    writeln!(
        out,
        "\nUnknown names seen {min_count}+ times; near = entities with a one-word spelling of the same key"
    )?;
    if report.unknown.is_empty() {
        writeln!(out, "none")?;
    } else {
        let mut table = Table::new(
            &["count", "docs", "chosen", "near", "spellings"],
            &[true, true, false, false, false],
        );
        for u in &report.unknown {
            table.row(unknown_row(u));
        }
        table.write(out)?;
    }
    Ok(())
}

fn known_row(k: &KnownName) -> Vec<String> {
    let spellings: Vec<String> = k
        .spellings
        .iter()
        .map(|s| format!("{} {} ({})", s.spelling, s.count, s.source))
        .collect();
    vec![
        k.count.to_string(),
        k.documents.to_string(),
        k.id.clone(),
        k.kind.as_str().to_owned(),
        k.lang.to_owned(),
        if k.uncertain {
            format!("{}*", k.canonical)
        } else {
            k.canonical.clone()
        },
        spellings.join(", "),
    ]
}

fn unknown_row(u: &UnknownName) -> Vec<String> {
    let spellings: Vec<String> = u
        .cluster
        .spellings
        .iter()
        .map(|s| format!("{} {}", s.spelling, s.count))
        .collect();
    vec![
        u.cluster.count.to_string(),
        u.documents.to_string(),
        u.cluster.chosen.clone(),
        if u.near.is_empty() {
            "-".to_owned()
        } else {
            u.near.join(", ")
        },
        spellings.join(", "),
    ]
}

pub fn dict_stats(args: DictStatsArgs) -> Result<ExitCode> {
    let stats = NameDict::open(&args.dictionaries)?.stats();
    let mut out = io::BufWriter::new(io::stdout().lock());
    if args.json {
        serde_json::to_writer(&mut out, &stats)?;
        writeln!(out)?;
    } else {
        write_stats(&mut out, &stats)?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn write_stats(out: &mut dyn Write, stats: &DictStats) -> io::Result<()> {
    let by_type = |c: &mtnorm::stages::names::TypeCounts| {
        vec![
            c.total.to_string(),
            format!(
                "person {}, place {}, organisation {}",
                c.person, c.place, c.organisation
            ),
        ]
    };
    let mut table = Table::headless(&[false, true, false]);
    table.row([vec!["entities".to_owned()], by_type(&stats.entities)].concat());
    table.row([vec!["listed variants".to_owned()], by_type(&stats.listed_variants)].concat());
    table.row(vec!["keep phrases".into(), stats.keep_phrases.to_string()]);
    table.row(vec![
        "native romanizations".into(),
        stats.native_romanizations.to_string(),
        "(uk/ru/be native names: style = \"native-romanization\")".into(),
    ]);
    table.write(out)?;
    writeln!(
        out,
        "\nSpellings per text language (listed + generated whole spellings, and the given name and\n\
         surname pairs of generated names; ambiguous ones are left out)"
    )?;
    let mut table = Table::new(
        &[
            "lang",
            "spellings",
            "listed",
            "generated",
            "name pairs",
            "ambiguous",
            "fuzzy candidates",
            "uncertain canonical",
        ],
        &[false, true, true, true, true, true, true, true],
    );
    for l in &stats.languages {
        table.row(vec![
            l.lang.to_owned(),
            l.spellings.to_string(),
            l.listed.to_string(),
            l.generated.to_string(),
            l.name_pairs.to_string(),
            l.ambiguous.to_string(),
            l.fuzzy_candidates.to_string(),
            l.uncertain.to_string(),
        ]);
    }
    table.write(out)
}
