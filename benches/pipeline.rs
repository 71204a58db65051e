//! Throughput of the normalization pipeline (`cargo bench --bench pipeline`).
//!
//! Every input is built in this process, so the benchmark needs nothing outside the repository:
//!
//! - **clean English news**: real sentences from `tests/data/split/clean.txt`, four to a
//!   paragraph, up to ~64 KB (falls back to generated sentences if that file is missing);
//! - **artifacts**: the reference documents `tests/data/reference/*.txt` (minus `*.expected.txt`),
//!   and a ~64 KB synthetic document: the clean news with the artifacts of
//!   `../shared/bench/make_corpus.py` injected (skip links, share lines, teasers, NBSP, ZWSP,
//!   mojibake, a repeated paragraph) plus the boilerplate/teaser lines of
//!   `tests/data/artifacts/lines.tsv`;
//! - **one stage alone**: the synthetic artifacts document through a pipeline that has only that
//!   stage (new stages are picked up from `Config::default()`); stages that need the document
//!   language get it given (`en`) through a language stage that then detects nothing;
//! - **start-up**: `Normalizer::new()`, and a new normalizer's first 1 KB document. Dictionaries
//!   are cached process-wide, so after the first iteration this is the warm cost; the cold
//!   (per-process) cost is the start-up row of `tools/bench.sh`;
//! - **scaling**: 1x / 10x / 100x of an 8 KB document of unique generated paragraphs, and of the
//!   reference document `dev-001.txt` repeated (that series also measures duplicate removal).
//!
//! Each benchmark runs ~2 s after a 0.5 s warm-up with 10 samples, so the whole file takes a
//! minute or two. Pass a filter to run one group: `cargo bench --bench pipeline -- scaling`.
//! `MTNORM_BENCH_NEWS=1` adds a group on the first 64 KB of `../shared/bench/news-sample.txt`
//! when that file exists.

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use mtnorm::config::{LanguageConfig, StageConfig};
use mtnorm::{Config, Normalizer, Pipeline};
use std::path::{Path, PathBuf};
use std::time::Duration;

const KB: usize = 1024;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &Path) -> Option<String> {
    std::fs::read_to_string(path).ok()
}

// ---------------------------------------------------------------------------------------------
// Deterministic inputs
// ---------------------------------------------------------------------------------------------

/// xorshift64*: a tiny seeded generator so every run benchmarks the same bytes.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const WHO: &[&str] = &[
    "The finance minister",
    "A government spokesman",
    "The central bank",
    "Opposition leaders",
    "The European Commission",
    "Local officials",
    "The company's chief executive",
    "Union leaders",
    "The prime minister",
    "Police",
    "Health officials",
    "The United Nations",
    "Analysts",
    "The defence ministry",
    "Residents",
    "The mayor of the city",
    "Investors",
    "The court",
];
const DID: &[&str] = &[
    "said on Tuesday that",
    "warned that",
    "told reporters that",
    "confirmed that",
    "denied reports that",
    "announced that",
    "argued that",
    "insisted that",
    "expect that",
    "said in a statement that",
];
const WHAT: &[&str] = &[
    "the talks would resume next week",
    "prices had risen faster than expected",
    "the plan would cost more than planned",
    "the new rules would take effect in the spring",
    "exports had fallen for the third month in a row",
    "the project had been delayed",
    "more troops would be sent to the region",
    "the budget deficit was narrowing",
    "the strike would go ahead",
    "the agreement had been signed",
    "the vote would be postponed",
    "the factory would close",
    "talks with the unions had broken down",
    "the bridge would reopen by the end of the year",
    "the inquiry would report in June",
];
const TAIL: &[&str] = &[
    "according to figures published on Monday",
    "after weeks of negotiations",
    "despite strong opposition in parliament",
    "in a move that surprised many observers",
    "amid growing concern about the economy",
    "following a meeting in the capital",
    "as protests continued in several cities",
    "while critics called for an inquiry",
];
const NUM_UNITS: &[&str] = &["people", "jobs", "homes", "schools", "companies", "families", "workers"];
const HEADLINES: &[&str] = &[
    "Putin puts his nuclear forces on high alert",
    "Why did Russia invade Ukraine?",
    "Oil prices climb to a seven-year high",
    "Ukraine compares bombing of Kiev to 1941",
    "Markets fall as sanctions bite",
    "NATO activates its defense troops",
];

/// One generated news sentence; the numbers make repeats (and so duplicate removal) unlikely.
fn sentence(rng: &mut Rng) -> String {
    let mut s = match rng.below(3) {
        0 => format!("{} {} {}", rng.pick(WHO), rng.pick(DID), rng.pick(WHAT)),
        1 => format!(
            "{} {} about {} {} were affected",
            rng.pick(WHO),
            rng.pick(DID),
            1 + rng.below(99_999),
            rng.pick(NUM_UNITS)
        ),
        _ => format!(
            "{} {} {} per cent of {} {}",
            rng.pick(WHO),
            rng.pick(DID),
            1 + rng.below(99),
            rng.pick(NUM_UNITS),
            rng.pick(["agreed", "disagreed", "had left", "would benefit"].as_slice())
        ),
    };
    if rng.chance(0.5) {
        s.push_str(", ");
        s.push_str(rng.pick(TAIL));
    }
    s.push('.');
    s
}

/// Clean paragraphs: real sentences from `tests/data/split/clean.txt` when present, otherwise
/// generated ones; four to six sentences each.
fn clean_paragraphs(min_bytes: usize, rng: &mut Rng) -> Vec<String> {
    let real: Vec<String> = read(&repo().join("tests/data/split/clean.txt"))
        .map(|t| t.lines().filter(|l| !l.trim().is_empty()).map(str::to_owned).collect())
        .unwrap_or_default();
    let mut out = Vec::new();
    let mut size = 0;
    let mut next = 0;
    while size < min_bytes {
        let n = 4 + rng.below(3);
        let sentences: Vec<String> = (0..n)
            .map(|_| {
                if next < real.len() {
                    next += 1;
                    real[next - 1].clone()
                } else {
                    sentence(rng)
                }
            })
            .collect();
        let p = sentences.join(" ");
        size += p.len() + 2;
        out.push(p);
    }
    out
}

/// Generated paragraphs only (unlimited supply, for the scaling series).
fn generated_paragraphs(min_bytes: usize, rng: &mut Rng) -> Vec<String> {
    let mut out = Vec::new();
    let mut size = 0;
    while size < min_bytes {
        let n = 4 + rng.below(3);
        let p = (0..n).map(|_| sentence(rng)).collect::<Vec<_>>().join(" ");
        size += p.len() + 2;
        out.push(p);
    }
    out
}

/// The English boilerplate and teaser lines of `tests/data/artifacts/lines.tsv`.
fn artifact_lines() -> Vec<String> {
    read(&repo().join("tests/data/artifacts/lines.tsv"))
        .map(|t| {
            t.lines()
                .skip(1)
                .filter_map(|l| {
                    let mut f = l.splitn(3, '\t');
                    let (expect, lang, line) = (f.next()?, f.next()?, f.next()?);
                    (lang == "en" && expect != "keep").then(|| line.to_owned())
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Windows-1252 mojibake of the characters news text has (what make_corpus.py does per
/// document, here per paragraph).
fn mojibake(p: &str) -> String {
    p.replace(['\u{2019}', '\''], "\u{e2}\u{20ac}\u{2122}")
        .replace('\u{201c}', "\u{e2}\u{20ac}\u{153}")
        .replace('\u{e9}', "\u{c3}\u{a9}")
        .replace('\u{a3}', "\u{c2}\u{a3}")
}

/// Clean paragraphs with the artifacts of scraped, machine-translated news injected, at rates a
/// little above make_corpus.py's so that every rule has work in a 64 KB document.
fn inject(paragraphs: &[String], rng: &mut Rng) -> String {
    let extra = artifact_lines();
    let mut out: Vec<String> = vec!["Skip to content".into()];
    for (i, p) in paragraphs.iter().enumerate() {
        let mut p = p
            .split(' ')
            .map(|w| {
                let r = rng.below(1000);
                match r {
                    0..=2 => format!("{w}\u{a0}"), // NBSP instead of the space
                    3 => format!("{w} \u{200b}"),  // zero-width space after the space
                    4 => format!("{w}  "),         // doubled space
                    _ => format!("{w} "),
                }
            })
            .collect::<String>()
            .trim_end()
            .to_owned();
        if rng.chance(0.05) {
            p = mojibake(&p);
        }
        out.push(p);
        if i == 0 {
            out.push("Share this article:".into());
        }
        if rng.chance(0.06) {
            let label = rng.pick(&["SIGHT: ", "READ ALSO: "]);
            out.push(format!("{label}{}", rng.pick(HEADLINES)));
        }
        if !extra.is_empty() && rng.chance(0.04) {
            out.push(extra[rng.below(extra.len())].clone());
        }
        if i > 2 && rng.chance(0.02) {
            out.push(paragraphs[i - 2].clone()); // a repeated paragraph
        }
    }
    out.join("\n\n") + "\n"
}

fn clean_news(min_bytes: usize) -> String {
    clean_paragraphs(min_bytes, &mut Rng(20240601)).join("\n\n") + "\n"
}

fn dirty_news(min_bytes: usize) -> String {
    let mut rng = Rng(20240602);
    let paras = clean_paragraphs(min_bytes * 9 / 10, &mut rng);
    inject(&paras, &mut rng)
}

/// `tests/data/reference/*.txt` except the expected outputs, sorted by name.
fn reference_docs() -> Vec<(String, String)> {
    let dir = repo().join("tests/data/reference");
    let mut docs: Vec<(String, String)> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| {
                    let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
                    name.ends_with(".txt") && !name.ends_with(".expected.txt")
                })
                .filter_map(|p| Some((p.file_stem()?.to_str()?.to_owned(), read(&p)?)))
                .collect()
        })
        .unwrap_or_default();
    docs.sort();
    docs
}

// ---------------------------------------------------------------------------------------------
// Benchmarks
// ---------------------------------------------------------------------------------------------

fn configure() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .sample_size(10)
}

fn bench_normalize(
    group: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
    id: BenchmarkId,
    n: &Normalizer,
    input: &str,
) {
    group.throughput(Throughput::Bytes(input.len() as u64));
    group.bench_with_input(id, input, |b, input| b.iter(|| n.normalize(black_box(input))));
}

fn default_pipeline(c: &mut Criterion) {
    let n = Normalizer::new();
    let mut g = c.benchmark_group("default");
    let clean = clean_news(64 * KB);
    bench_normalize(
        &mut g,
        BenchmarkId::new("clean-en", format!("{}KB", clean.len() / KB)),
        &n,
        &clean,
    );
    let dirty = dirty_news(64 * KB);
    bench_normalize(
        &mut g,
        BenchmarkId::new("artifacts-synthetic", format!("{}KB", dirty.len() / KB)),
        &n,
        &dirty,
    );
    for (name, doc) in reference_docs() {
        bench_normalize(&mut g, BenchmarkId::new("artifacts-reference", name), &n, &doc);
    }
    if std::env::var_os("MTNORM_BENCH_NEWS").is_some() {
        if let Some(news) = read(&repo().join("../shared/bench/news-sample.txt")) {
            let mut end = (64 * KB).min(news.len());
            while !news.is_char_boundary(end) {
                end -= 1;
            }
            bench_normalize(&mut g, BenchmarkId::new("news-sample", "64KB"), &n, &news[..end]);
        }
    }
    g.finish();
}

/// Each stage alone: a pipeline whose configuration lists only that stage. Stages that read the
/// document language (words, names) get it from a language stage with the language given as
/// `en`, which sets it without detecting anything; the language stage rows themselves detect.
fn single_stages(c: &mut Criterion) {
    let dirty = dirty_news(64 * KB);
    let mut g = c.benchmark_group("stage");
    let mut seen: Vec<String> = Vec::new();
    for stage in Config::default().stages {
        let (config, mut name) = match &stage {
            StageConfig::Language(lc) => {
                let name = if lc.flag_untranslated {
                    "language"
                } else {
                    "language-redetect"
                };
                (
                    Config {
                        stages: vec![stage.clone()],
                        ..Config::default()
                    },
                    name.to_owned(),
                )
            }
            _ => {
                let config = Config {
                    language: Some("en".into()),
                    stages: vec![
                        StageConfig::Language(LanguageConfig {
                            flag_untranslated: false,
                            ..LanguageConfig::default()
                        }),
                        stage.clone(),
                    ],
                    ..Config::default()
                };
                let name = Pipeline::from_config(&config)
                    .ok()
                    .and_then(|p| p.stage_ids().last().map(|id| id.to_string()))
                    .unwrap_or_else(|| "?".into());
                (config, name)
            }
        };
        while seen.contains(&name) {
            name.push('\'');
        }
        seen.push(name.clone());
        let n = Normalizer::builder()
            .config(config)
            .build()
            .expect("a single-stage pipeline builds");
        bench_normalize(
            &mut g,
            BenchmarkId::new(name, format!("{}KB", dirty.len() / KB)),
            &n,
            &dirty,
        );
    }
    g.finish();
}

fn startup(c: &mut Criterion) {
    let mut g = c.benchmark_group("startup");
    g.bench_function("Normalizer::new", |b| b.iter(|| black_box(Normalizer::new())));
    g.bench_function("Normalizer::new+normalize-1KB", |b| {
        let doc = clean_news(KB);
        b.iter(|| black_box(Normalizer::new().normalize(black_box(&doc))))
    });
    g.finish();
}

fn scaling(c: &mut Criterion) {
    let n = Normalizer::new();
    let mut g = c.benchmark_group("scaling");
    let base = 8 * KB;
    for k in [1usize, 10, 100] {
        let mut rng = Rng(7 + k as u64);
        let doc = generated_paragraphs(base * k, &mut rng).join("\n\n") + "\n";
        bench_normalize(&mut g, BenchmarkId::new("unique-paragraphs", format!("{k}x")), &n, &doc);
    }
    if let Some((_, doc)) = reference_docs().into_iter().next() {
        for k in [1usize, 10, 100] {
            let repeated = format!("{}\n", doc.trim_end()).repeat(k);
            bench_normalize(
                &mut g,
                BenchmarkId::new("reference-repeated", format!("{k}x")),
                &n,
                &repeated,
            );
        }
    }
    g.finish();
}

criterion_group! {
    name = benches;
    config = configure();
    targets = default_pipeline, single_stages, startup, scaling
}
criterion_main!(benches);
