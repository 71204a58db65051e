//! Reliability: output files survive a full disk and a kill, a huge user dictionary loads in
//! bounded time and memory, and the output depends neither on the thread count nor on the order
//! of the inputs.
//!
//! - A full disk is simulated without privileges by a file-size limit (`ulimit -f`): writes past
//!   it fail with EFBIG, as they would with ENOSPC. The kernel also sends SIGXFSZ, whose default
//!   action kills the process; the wrapper ignores it (an ignored signal stays ignored across
//!   `exec`), so the write error reaches mtnorm.
//! - `--in-place` runs are killed with SIGKILL at points spread over a full run.
//! - The dictionary tests generate `names/people.tsv` folders of made-up people. The one with
//!   1,000,000 rows is `#[ignore]`d: `cargo test --release --test reliability -- --ignored
//!   --nocapture` (its bounds are for release builds; README.md, "Guarantees", has the figures).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

mod common;

use common::{feed, root, run, stderr, temp_dir, Rng};

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// The names in `dir`, hidden ones included, sorted.
fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn assert_no_panic(o: &Output) {
    assert!(!stderr(o).contains("panicked"), "mtnorm panicked: {}", stderr(o));
}

/// A JSON string literal.
fn json_string(s: &str) -> String {
    serde_json::to_string(s).unwrap()
}

/// Words for generated paragraphs, so that no two are near copies of each other.
const NEWS_WORDS: &str = "talks border government minister officials week capital economy prices \
    agreement parliament reporters statement troops region budget strike vote factory unions bridge \
    inquiry opposition analysts investors court residents police health schools companies families \
    workers exports deficit project plan rules spring month third figures negotiations concern meeting";

/// A paragraph with something for the stages to fix (a no-break space, mojibake, a promo line,
/// site chrome, a glued name, a name variant) and about 40 random words, seeded by `i`.
fn dirty_paragraph(i: usize) -> String {
    let words: Vec<&str> = NEWS_WORDS.split_whitespace().collect();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15 ^ i as u64);
    let mut body = String::from("The");
    for _ in 0..40 {
        body.push(' ');
        body.push_str(words[rng.below(words.len())]);
    }
    format!(
        "Talks\u{a0}resumed in Kiev on day {i}, caf\u{c3}\u{a9} owners said. {body}.\n\n\
         SIGHT: Putin puts his forces on high alert {i}\n\n\
         Defence Minister Oleksii Reznikovwho led the delegation said {i} more things.\n\n\
         Share this article:\n\n"
    )
}

// ---------------------------------------------------------------------------------------------
// A full disk
// ---------------------------------------------------------------------------------------------

/// `ulimit -f` in the wrapper: 32 blocks, 16 KiB in dash (512-byte blocks) and 32 KiB in bash
/// (1024-byte blocks). The outputs below are larger than 32 KiB either way.
#[cfg(target_os = "linux")]
const FILE_SIZE_LIMIT_BLOCKS: &str = "32";

/// Runs `mtnorm ARGS` with `stdin` under the file-size limit, SIGXFSZ ignored.
#[cfg(target_os = "linux")]
fn run_on_full_disk(args: &[&str], stdin: &[u8]) -> Output {
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(r#"trap '' XFSZ; ulimit -f "$1" || exit 99; shift; exec "$@""#)
        .arg("sh")
        .arg(FILE_SIZE_LIMIT_BLOCKS)
        .arg(env!("CARGO_BIN_EXE_mtnorm"))
        .args(args)
        .env_remove("NO_COLOR")
        .current_dir(root());
    let out = feed(cmd, stdin);
    assert_ne!(out.status.code(), Some(99), "ulimit -f failed: {}", stderr(&out));
    assert_no_panic(&out);
    out
}

/// Plain text whose clean version is about `kib` KiB.
fn dirty_text(kib: usize) -> String {
    let mut s = String::new();
    let mut i = 0;
    while s.len() < kib * 1024 * 3 / 2 {
        s.push_str(&dirty_paragraph(i));
        i += 1;
    }
    s
}

/// The disk fills while `-o FILE` is written: an error naming FILE, exit status 2, the old FILE
/// as it was (or no FILE), and no temporary file. 48 KiB of output fails when it is flushed at
/// the end; 1 MiB fails while it is written (the buffer holds 64 KiB).
#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_fails_the_output_file_cleanly() {
    for (kib, existing) in [(48, true), (48, false), (1024, true), (1024, false)] {
        let dir = temp_dir(&format!("full-{kib}-{existing}"));
        let target = dir.join("out.txt");
        let old = b"the previous output, which must survive\n";
        if existing {
            std::fs::write(&target, old).unwrap();
        }
        let input = dirty_text(kib);
        // Without the limit the same run succeeds and its output is over the limit.
        let free = run(&["fix", "--lang", "en"], input.as_bytes());
        assert!(free.status.success(), "{}", stderr(&free));
        assert!(free.stdout.len() > 40 * 1024, "output too small to hit the limit");

        let o = run_on_full_disk(&["fix", "--lang", "en", "-o", s(&target)], input.as_bytes());
        let case = format!("{kib} KiB, existing target: {existing}");
        assert_eq!(o.status.code(), Some(2), "{case}: {}", stderr(&o));
        let err = stderr(&o);
        assert!(
            err.contains(s(&target)),
            "{case}: the error does not name the file: {err}"
        );
        assert!(
            err.contains("File too large"),
            "{case}: the error does not say why: {err}"
        );
        assert!(o.stdout.is_empty(), "{case}: output on stdout");
        if existing {
            assert_eq!(
                std::fs::read(&target).unwrap(),
                old,
                "{case}: the old output was changed"
            );
            assert_eq!(names_in(&dir), ["out.txt"], "{case}: files left behind");
        } else {
            assert!(
                names_in(&dir).is_empty(),
                "{case}: files left behind: {:?}",
                names_in(&dir)
            );
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }
}

/// The same with --jsonl: no record reaches the output file.
#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_fails_a_jsonl_output_file_cleanly() {
    let dir = temp_dir("full-jsonl");
    let target = dir.join("out.jsonl");
    let input: String = (0..600)
        .map(|i| format!("{{\"id\":{i},\"text\":{}}}\n", json_string(&dirty_paragraph(i))))
        .collect();
    let o = run_on_full_disk(&["fix", "--jsonl", "-o", s(&target)], input.as_bytes());
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains(s(&target)), "{}", stderr(&o));
    assert!(names_in(&dir).is_empty(), "files left behind: {:?}", names_in(&dir));
    std::fs::remove_dir_all(&dir).unwrap();
}

/// `--in-place` on a full disk: the file that could not be written is named and left as it was,
/// with no temporary file beside it, and so is its backup; the exit status is 2.
#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_leaves_in_place_files_as_they_were() {
    for backup in [false, true] {
        let dir = temp_dir(&format!("full-in-place-{backup}"));
        let big = dir.join("big.txt");
        let original = dirty_text(256);
        std::fs::write(&big, &original).unwrap();
        let mut args = vec!["fix", "--lang", "en", "--in-place"];
        if backup {
            args.extend(["--backup", ".orig"]);
        }
        args.push(s(&big));
        let o = run_on_full_disk(&args, b"");
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        assert!(
            stderr(&o).contains("big.txt"),
            "the error does not name the file: {}",
            stderr(&o)
        );
        assert_eq!(
            std::fs::read_to_string(&big).unwrap(),
            original,
            "the original was changed"
        );
        let left = names_in(&dir);
        // The backup is made just before the rename, so a failed write makes none.
        assert_eq!(left, ["big.txt"], "files left behind (backup: {backup})");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}

/// `--out-dir` on a full disk: the output that could not be written is not there, and the error
/// names its input.
#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_leaves_no_partial_file_in_the_out_dir() {
    let dir = temp_dir("full-out-dir");
    let input = dir.join("in");
    std::fs::create_dir_all(&input).unwrap();
    std::fs::write(input.join("big.txt"), dirty_text(256)).unwrap();
    std::fs::write(input.join("small.txt"), "x\u{a0}y\n").unwrap();
    let out = dir.join("out");
    let o = run_on_full_disk(&["fix", "--lang", "en", "-r", s(&input), "--out-dir", s(&out)], b"");
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("big.txt"), "{}", stderr(&o));
    // The small file fits under the limit and is written; the big one is not there at all.
    assert_eq!(names_in(&out), ["small.txt"]);
    assert_eq!(std::fs::read_to_string(out.join("small.txt")).unwrap(), "x y\n");
    std::fs::remove_dir_all(&dir).unwrap();
}

// ---------------------------------------------------------------------------------------------
// Killed mid-run
// ---------------------------------------------------------------------------------------------

/// `--in-place` killed with SIGKILL at 10 points spread over a full run: every file is either
/// byte for byte as it was or byte for byte the fixed output, never half written; the backup (if
/// any) holds the original whenever the file was replaced; and the only other files are the
/// documented leftovers of the killed process (`.NAME.mtnorm-PID.tmp`, and with --backup
/// `.NAME.orig.mtnorm-PID.bak`).
#[cfg(unix)]
#[test]
fn in_place_never_half_writes_a_file_when_killed() {
    for backup in [false, true] {
        killed_in_place(backup);
    }
}

#[cfg(unix)]
fn killed_in_place(backup: bool) {
    let base = temp_dir(&format!("kill-{backup}"));
    // Several JSONL files of several read batches each (2048 lines), so the output of a file is
    // written in pieces while the next batch is normalized.
    let mut files: Vec<(String, String)> = Vec::new();
    for f in 0..4 {
        let text: String = (0..5000)
            .map(|i| {
                let t = match i % 3 {
                    0 => format!("Talks\u{a0}resumed in Kiev, file {f} record {i}."),
                    1 => format!("caf\u{c3}\u{a9}  owners said {i}\n\nShare this article:"),
                    _ => format!("Record {i} is clean."),
                };
                format!("{{\"id\":{i},\"text\":{}}}\n", json_string(&t))
            })
            .collect();
        files.push((format!("part-{f}.jsonl"), text));
    }
    let expected: BTreeMap<String, String> = files
        .iter()
        .map(|(name, text)| {
            let o = run(&["fix", "--jsonl", "--lang", "en"], text.as_bytes());
            assert!(o.status.success(), "{}", stderr(&o));
            (name.clone(), String::from_utf8(o.stdout).unwrap())
        })
        .collect();
    for (name, text) in &files {
        assert_ne!(&expected[name], text, "the input must change");
    }
    let lay_out = |dir: &Path| {
        let _ = std::fs::remove_dir_all(dir);
        std::fs::create_dir_all(dir).unwrap();
        for (name, text) in &files {
            std::fs::write(dir.join(name), text).unwrap();
        }
    };
    let spawn = |dir: &Path| {
        let mut cmd = common::command();
        cmd.args(["fix", "--jsonl", "--lang", "en", "--in-place"]);
        if backup {
            cmd.args(["--backup", ".orig"]);
        }
        for (name, _) in &files {
            cmd.arg(dir.join(name));
        }
        cmd.stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap()
    };

    // Full runs, to time them and to check that they fix every file. The shorter of two is the
    // reference: a run slowed by other tests' load would put the later kills after the end.
    let mut full = Duration::MAX;
    for _ in 0..2 {
        let dir = base.join("full");
        lay_out(&dir);
        let start = Instant::now();
        let status = spawn(&dir).wait().unwrap();
        full = full.min(start.elapsed());
        assert!(status.success());
        for (name, _) in &files {
            assert_eq!(std::fs::read_to_string(dir.join(name)).unwrap(), expected[name]);
        }
    }

    let mut killed_running = 0;
    let mut stats = BTreeMap::<&str, usize>::new();
    for step in 0..10 {
        let dir = base.join(format!("kill-{step}"));
        lay_out(&dir);
        let mut child = spawn(&dir);
        let pid = child.id();
        std::thread::sleep(full.mul_f64(0.02 + 0.1 * step as f64));
        if child.try_wait().unwrap().is_none() {
            killed_running += 1;
        }
        let _ = child.kill(); // SIGKILL
        child.wait().unwrap();
        let mut allowed: Vec<String> = Vec::new();
        for (name, original) in &files {
            let now = std::fs::read_to_string(dir.join(name)).unwrap();
            let state = if now == *original {
                "original"
            } else if now == expected[name] {
                "fixed"
            } else {
                panic!(
                    "{name} is neither the original nor the fixed output after a kill at step \
                     {step} ({} of {} bytes)",
                    now.len(),
                    expected[name].len()
                );
            };
            *stats.entry(state).or_default() += 1;
            allowed.push(format!(".{name}.mtnorm-{pid}.tmp"));
            if backup {
                let orig = format!("{name}.orig");
                if state == "fixed" {
                    let kept = std::fs::read_to_string(dir.join(&orig))
                        .unwrap_or_else(|e| panic!("{name} replaced but no backup: {e}"));
                    assert_eq!(kept, *original, "{orig} is not the original");
                } else if let Ok(kept) = std::fs::read_to_string(dir.join(&orig)) {
                    assert_eq!(kept, *original, "{orig} is not the original");
                }
                allowed.push(orig.clone());
                allowed.push(format!(".{orig}.mtnorm-{pid}.bak"));
            }
        }
        for left in names_in(&dir) {
            if files.iter().any(|(name, _)| *name == left) {
                continue;
            }
            assert!(
                allowed.contains(&left),
                "unexpected file after a kill at step {step}: {left}"
            );
            *stats.entry("temporary files left").or_default() += 1;
        }
    }
    eprintln!("killed {killed_running} of 10 runs while running (full run {full:?}; backup: {backup}): {stats:?}");
    assert!(
        killed_running >= 3,
        "only {killed_running} of 10 kills hit a running process; the full run took {full:?}"
    );
    std::fs::remove_dir_all(&base).unwrap();
}

// ---------------------------------------------------------------------------------------------
// A huge user dictionary
// ---------------------------------------------------------------------------------------------

/// Syllables in Latin and Ukrainian Cyrillic, for made-up surnames.
const SYLLABLES: [(&str, &str); 20] = [
    ("ba", "ба"),
    ("ko", "ко"),
    ("di", "ді"),
    ("le", "ле"),
    ("mo", "мо"),
    ("ra", "ра"),
    ("su", "су"),
    ("te", "те"),
    ("vy", "ви"),
    ("ho", "го"),
    ("lu", "лу"),
    ("na", "на"),
    ("pe", "пе"),
    ("ry", "ри"),
    ("sa", "са"),
    ("to", "то"),
    ("zu", "зу"),
    ("bo", "бо"),
    ("da", "да"),
    ("me", "ме"),
];

/// Surname endings: (Latin canonical, Latin variant, Cyrillic).
const ENDINGS: [(&str, &str, &str); 6] = [
    ("nko", "nco", "нко"),
    ("chuk", "tchouk", "чук"),
    ("vskyi", "vsky", "вський"),
    ("shyn", "schin", "шин"),
    ("liak", "lyak", "ляк"),
    ("iv", "ev", "ів"),
];

/// Given names: (English, German, Cyrillic).
const GIVEN: [(&str, &str, &str); 16] = [
    ("Ostap", "Ostap", "Остап"),
    ("Taras", "Taras", "Тарас"),
    ("Bohdan", "Bohdan", "Богдан"),
    ("Mykola", "Mykola", "Микола"),
    ("Petro", "Petro", "Петро"),
    ("Roman", "Roman", "Роман"),
    ("Yurii", "Jurij", "Юрій"),
    ("Vasyl", "Wassyl", "Василь"),
    ("Ivan", "Iwan", "Іван"),
    ("Oleh", "Oleh", "Олег"),
    ("Olena", "Olena", "Олена"),
    ("Iryna", "Iryna", "Ірина"),
    ("Halyna", "Halyna", "Галина"),
    ("Oksana", "Oksana", "Оксана"),
    ("Nadiia", "Nadija", "Надія"),
    ("Sofiia", "Sofija", "Софія"),
];

/// The made-up person `i`: (id, English name, English variant, row).
fn person(i: usize) -> (String, String, String, String) {
    // The surname's stem is `i` in bijective base 20, in syllables: unique, 2 to 5 syllables.
    let mut n = i + SYLLABLES.len() + 1;
    let (mut latin, mut cyrillic) = (String::new(), String::new());
    while n > 0 {
        n -= 1;
        let (l, c) = SYLLABLES[n % SYLLABLES.len()];
        latin.push_str(l);
        cyrillic.push_str(c);
        n /= SYLLABLES.len();
    }
    let (end, end_variant, end_cyrillic) = ENDINGS[i % ENDINGS.len()];
    let (given_en, given_de, given_cyrillic) = GIVEN[(i / 7) % GIVEN.len()];
    let capital = |s: &str| {
        let mut c = s.chars();
        c.next()
            .map(|f| f.to_uppercase().chain(c).collect::<String>())
            .unwrap_or_default()
    };
    let surname = capital(&format!("{latin}{end}"));
    let surname_variant = capital(&format!("{latin}{end_variant}"));
    let native_surname = capital(&format!("{cyrillic}{end_cyrillic}"));
    let native = format!("uk:{given_cyrillic} {native_surname}|ru:{given_cyrillic} {native_surname}");
    let en = format!("{given_en} {surname}");
    let de = format!("{given_de} {surname}");
    let variant = format!("{given_en} {surname_variant}");
    let id = format!("{}-{}-{i}", given_en.to_lowercase(), surname.to_lowercase());
    let row =
        format!("{id}\tperson\t{native}\t{en}\t{de}\t{en}\t{en}\t{en}\t{en}\t{en}\t{variant}|{de}|{surname_variant}\n");
    (id, en, variant, row)
}

/// A dictionary folder with `n` made-up people in `names/people.tsv`, sorted by id.
fn people_dictionary(name: &str, n: usize) -> PathBuf {
    let dir = temp_dir(name);
    std::fs::create_dir_all(dir.join("names")).unwrap();
    let mut rows: Vec<(String, String)> = (0..n)
        .map(|i| {
            let (id, _, _, row) = person(i);
            (id, row)
        })
        .collect();
    rows.sort_unstable();
    let mut text = String::with_capacity(rows.len() * 300);
    text.push_str("# made-up people for tests/reliability.rs\n");
    text.push_str("id\ttype\tnative\ten\tde\tfr\tes\tit\tpt\tpl\tvariants\n");
    for (_, row) in rows {
        text.push_str(&row);
    }
    std::fs::write(dir.join("names/people.tsv"), text).unwrap();
    dir
}

/// A small English document naming three of the first `n` people by a variant spelling, and the
/// names it must come out with.
fn document_for(n: usize) -> (String, Vec<String>) {
    let picks = [n / 7, n / 2, n - 3];
    let sentences = [
        "said in Kyiv on Monday that the talks with the delegation would go on next week.",
        "told reporters that the government was ready to send more trains to the border.",
        "was not available for comment when the agency called his office in the capital.",
    ];
    let mut doc = String::from("Skip to content\n\n");
    let mut want = Vec::new();
    for (&i, sentence) in picks.iter().zip(sentences) {
        let (_, en, variant, _) = person(i);
        doc.push_str(&format!("{variant} {sentence}\n\n"));
        want.push(en);
    }
    (doc, want)
}

fn assert_names_fixed(output: &str, want: &[String]) {
    assert!(
        !output.contains("Skip to content"),
        "the document was not cleaned: {output}"
    );
    for name in want {
        assert!(
            output.contains(name.as_str()),
            "{name} not written from its variant: {output}"
        );
    }
}

/// 20,000 user entries: loaded and used. The bound is for debug builds, where building the
/// English index of 20,000 made-up people takes a few seconds (release: under one).
#[test]
fn a_user_dictionary_of_20_000_people_loads() {
    let n = 20_000;
    let dir = people_dictionary("dict-20k", n);
    let (doc, want) = document_for(n);
    let start = Instant::now();
    let normalizer = mtnorm::Normalizer::builder()
        .language("en")
        .dictionary_dir(&dir)
        .build()
        .unwrap();
    let out = normalizer.normalize(&doc);
    let took = start.elapsed();
    assert_names_fixed(&out.text, &want);
    let bound = if cfg!(debug_assertions) { 60 } else { 10 };
    assert!(
        took < Duration::from_secs(bound),
        "20,000 user entries took {took:?} (bound {bound} s)"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

/// The CLI reads user dictionary folders from the configuration file (`dictionaries = [...]`).
#[test]
fn the_cli_reads_a_user_dictionary_from_the_configuration() {
    let n = 2_000;
    let dir = people_dictionary("dict-cli", n);
    let (doc, want) = document_for(n);
    let config = dir.join("mtnorm.toml");
    std::fs::write(&config, format!("dictionaries = [{}]\n", json_string(s(&dir)))).unwrap();
    let o = run(&["fix", "--lang", "en", "--config", s(&config)], doc.as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    assert_names_fixed(&String::from_utf8(o.stdout).unwrap(), &want);
    // Without the folder the variants stay as they are.
    let o = run(&["fix", "--lang", "en"], doc.as_bytes());
    let plain = String::from_utf8(o.stdout).unwrap();
    assert!(!plain.contains(want[0].as_str()), "{plain}");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Bounds for 1,000,000 user entries (release build): seconds and peak resident MiB of
/// `mtnorm fix` on one small document. Measured (README.md, "Guarantees"): 45 s and 3.0 GiB on
/// two cores.
const MILLION_SECONDS: f64 = 120.0;
const MILLION_MIB: u64 = 4 * 1024;

/// 1,000,000 user entries: `mtnorm fix` on one small document, timed, with its peak memory
/// (from `/usr/bin/time` where it is installed).
#[test]
#[ignore = "1,000,000 dictionary rows: cargo test --release --test reliability -- --ignored --nocapture"]
fn a_user_dictionary_of_a_million_people_loads_within_bounds() {
    let n = 1_000_000;
    let start = Instant::now();
    let dir = people_dictionary("dict-1m", n);
    let bytes = std::fs::metadata(dir.join("names/people.tsv")).unwrap().len();
    eprintln!(
        "generated {n} rows, {:.0} MB, in {:?}",
        bytes as f64 / 1e6,
        start.elapsed()
    );
    let (doc, want) = document_for(n);
    let config = dir.join("mtnorm.toml");
    std::fs::write(&config, format!("dictionaries = [{}]\n", json_string(s(&dir)))).unwrap();
    let doc_path = dir.join("doc.txt");
    std::fs::write(&doc_path, &doc).unwrap();
    let args = ["fix", "--lang", "en", "--config", s(&config), s(&doc_path)];
    let time = Path::new("/usr/bin/time");
    let start = Instant::now();
    let o = if time.exists() {
        Command::new(time)
            .args(["-f", "%e s %M KB"])
            .arg(env!("CARGO_BIN_EXE_mtnorm"))
            .args(args)
            .output()
            .unwrap()
    } else {
        common::command().args(args).output().unwrap()
    };
    let took = start.elapsed();
    let _ = std::fs::remove_dir_all(&dir);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_names_fixed(&String::from_utf8_lossy(&o.stdout), &want);
    eprintln!(
        "mtnorm fix with {n} user entries: {took:?}; /usr/bin/time: {}",
        stderr(&o).trim()
    );
    assert!(
        took.as_secs_f64() < MILLION_SECONDS,
        "loading {n} user entries took {took:?} (bound {MILLION_SECONDS} s)"
    );
    if let Some(kb) = stderr(&o)
        .lines()
        .last()
        .and_then(|l| l.strip_suffix(" KB"))
        .and_then(|l| l.rsplit(' ').next())
        .and_then(|k| k.parse::<u64>().ok())
    {
        assert!(
            kb / 1024 < MILLION_MIB,
            "loading {n} user entries peaked at {} MiB (bound {MILLION_MIB} MiB)",
            kb / 1024
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Thread count and input order
// ---------------------------------------------------------------------------------------------

fn ok_stdout(args: &[&str], stdin: &[u8]) -> Vec<u8> {
    let o = run(args, stdin);
    assert_no_panic(&o);
    assert!(
        o.status.code().is_some_and(|c| c < 2),
        "mtnorm {args:?}: {}",
        stderr(&o)
    );
    o.stdout
}

/// The fixtures through every command with `-j 1` and `-j 2`: byte for byte the same.
#[test]
fn the_fixtures_give_the_same_output_whatever_the_thread_count() {
    let runs: [&[&str]; 7] = [
        &["fix", "-r", "tests/cmd/tree/in"],
        &["fix", "--jsonl", "-r", "tests/cmd/tree/in"],
        &[
            "fix",
            "--jsonl",
            "--report-field",
            "report",
            "tests/data/reference/reference.jsonl",
        ],
        &[
            "fix",
            "tests/data/reference/dev-001.txt",
            "tests/data/reference/dev-002.txt",
        ],
        &[
            "check",
            "--format",
            "json",
            "-r",
            "tests/cmd/tree/in",
            "tests/data/reference",
        ],
        &["check", "--format", "sarif", "--jsonl", "-r", "tests/cmd/tree/in"],
        &["diff", "--color", "never", "-r", "tests/data/reference"],
    ];
    for args in runs {
        let one = ok_stdout(&[args, &["-j", "1"]].concat(), b"");
        let two = ok_stdout(&[args, &["-j", "2"]].concat(), b"");
        assert!(!one.is_empty(), "mtnorm {args:?}: no output");
        assert!(one == two, "mtnorm {args:?}: -j 1 and -j 2 disagree");
    }
}

/// JSONL records from the fixtures and generated ones, several read batches of them.
fn records() -> Vec<String> {
    let mut texts: Vec<String> = Vec::new();
    for file in [
        "tests/data/reference/reference.jsonl",
        "tests/cmd/tree/in/records.jsonl",
        "tests/cmd/tree/in/sub/more.jsonl",
    ] {
        for line in std::fs::read_to_string(root().join(file)).unwrap().lines() {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            texts.push(v["text"].as_str().unwrap().to_owned());
        }
    }
    for file in ["dev-001.txt", "dev-002.txt"] {
        texts.push(std::fs::read_to_string(root().join("tests/data/reference").join(file)).unwrap());
    }
    texts.extend(
        [
            "",
            "\u{1F469}\u{200D}\u{1F469}\u{200D}\u{1F467} \u{5e9}\u{5dc}\u{5d5}\u{5dd}",
            "Die Gespräche in Kiew wurden am Montag fortgesetzt, sagte der Minister.",
            "Las conversaciones en Kiev se reanudaron el lunes, dijo el ministro.",
            "外交部星期一表示，会谈将于下周在首都恢复。",
            "\0\u{1}\u{200b}\u{a0}x",
        ]
        .map(str::to_owned),
    );
    let mut rng = Rng(0x04de);
    let mut out = Vec::new();
    for i in 0..2100 {
        let text = if i % 8 == 0 {
            texts[rng.below(texts.len())].clone()
        } else {
            dirty_paragraph(rng.below(1000))
        };
        out.push(format!(
            "{{\"id\":{i},\"text\":{},\"meta\":[{i}, \"x\"]}}\n",
            json_string(&text)
        ));
    }
    out
}

/// Shuffled JSONL gives, record for record, the output of the same records in their first order,
/// in the shuffled order, with one thread or two: a record's output depends on it alone.
#[test]
fn shuffled_jsonl_gives_the_same_records_in_input_order() {
    let records = records();
    let fix = ["fix", "--jsonl", "--report-field", "report"];
    let base = ok_stdout(&[&fix[..], &["-j", "1"]].concat(), records.concat().as_bytes());
    let base: Vec<&str> = std::str::from_utf8(&base).unwrap().split_inclusive('\n').collect();
    assert_eq!(base.len(), records.len(), "records out != records in");
    let mut rng = Rng(0x5eed_5eed);
    let mut order: Vec<usize> = (0..records.len()).collect();
    // One round keeps the test under half a minute in debug builds; more seeds find nothing more.
    for round in 0..1 {
        rng.shuffle(&mut order);
        let input: String = order.iter().map(|&i| records[i].as_str()).collect();
        let want: String = order.iter().map(|&i| base[i]).collect();
        for threads in ["1", "2"] {
            let got = ok_stdout(&[&fix[..], &["-j", threads]].concat(), input.as_bytes());
            let got = String::from_utf8(got).unwrap();
            if got != want {
                let (k, (g, w)) = got
                    .split_inclusive('\n')
                    .zip(want.split_inclusive('\n'))
                    .enumerate()
                    .find(|(_, (g, w))| g != w)
                    .unwrap_or((0, ("", "")));
                panic!(
                    "round {round}, -j {threads}: output line {} (input record {}) differs:\n got {g}\nwant {w}",
                    k + 1,
                    order.get(k).copied().unwrap_or(0)
                );
            }
        }
    }
}

/// Plain-text files named in another order: each file's output is the same, in the new order.
#[test]
fn the_order_of_files_does_not_change_their_output() {
    let files = [
        "tests/data/reference/dev-001.txt",
        "tests/cmd/tree/in/a.txt",
        "tests/data/reference/dev-002.txt",
        "tests/cmd/tree/in/sub/b.txt",
        "tests/cmd/tree/in/sub/deeper/c.txt",
    ];
    let alone: Vec<Vec<u8>> = files.iter().map(|f| ok_stdout(&["fix", f], b"")).collect();
    let mut rng = Rng(0xf11e);
    let mut order: Vec<usize> = (0..files.len()).collect();
    for _ in 0..3 {
        rng.shuffle(&mut order);
        let args: Vec<&str> = ["fix"].into_iter().chain(order.iter().map(|&i| files[i])).collect();
        let want: Vec<u8> = order.iter().flat_map(|&i| alone[i].clone()).collect();
        for threads in ["1", "2"] {
            let got = ok_stdout(&[&args[..], &["-j", threads]].concat(), b"");
            assert!(
                got == want,
                "files in the order {order:?}, -j {threads}: output differs"
            );
        }
    }
}
