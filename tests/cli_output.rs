//! The command line's own texts and formats: help snapshots, SARIF, shell completions, the man
//! page, and what goes to stderr (progress bar, summary) without touching stdout.
//!
//! The help snapshots are in `tests/snapshots/`. After a deliberate change to the options,
//! regenerate them with `MTNORM_BLESS=1 cargo test --test cli_output` and review the diff.

use serde_json::Value;
use std::collections::HashSet;
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

mod common;

use common::{command, run, snapshot, stderr, stdout, temp_dir};

/// `mtnorm ARGS`, help wrapped at 100 columns whatever the terminal.
fn help(args: &[&str]) -> String {
    let o = command()
        .args(args)
        .env("COLUMNS", "100")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    stdout(&o)
}

#[test]
fn help_matches_the_snapshot() {
    snapshot("help.txt", &help(&["--help"]));
}

#[test]
fn fix_help_matches_the_snapshot() {
    snapshot("fix-help.txt", &help(&["fix", "--help"]));
}

#[test]
fn check_help_matches_the_snapshot() {
    snapshot("check-help.txt", &help(&["check", "--help"]));
}

/// Every option's help says what it does; long lines are wrapped.
#[test]
fn help_lines_fit_100_columns() {
    for args in [
        &["--help"][..],
        &["fix", "--help"],
        &["check", "--help"],
        &["diff", "--help"],
    ] {
        for line in help(args).lines() {
            assert!(line.chars().count() <= 100, "{args:?}: {line:?}");
        }
    }
}

#[test]
fn sarif_is_a_valid_log() {
    let input = "Talks\u{a0}began in the caf\u{c3}\u{a9}.\n\nSIGHT: Putin puts forces on alert\n";
    let o = run(&["check", "--format", "sarif", "--lang", "en"], input.as_bytes());
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let log: Value = serde_json::from_str(&stdout(&o)).expect("the output is one JSON document");
    assert_eq!(log["version"], "2.1.0");
    assert!(log["$schema"].as_str().unwrap().contains("sarif-schema-2.1.0"));
    let runs = log["runs"].as_array().unwrap();
    assert_eq!(runs.len(), 1);
    let run0 = &runs[0];
    assert_eq!(run0["tool"]["driver"]["name"], "mtnorm");
    assert_eq!(run0["columnKind"], "unicodeCodePoints");

    // The rules are those `mtnorm rules` lists, in its order.
    let rules: Vec<&str> = run0["tool"]["driver"]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    let listed = stdout(&run(&["rules"], b""));
    let listed: Vec<&str> = listed.lines().map(|l| l.split_whitespace().next().unwrap()).collect();
    assert_eq!(rules, listed);
    for rule in run0["tool"]["driver"]["rules"].as_array().unwrap() {
        assert!(!rule["shortDescription"]["text"].as_str().unwrap().is_empty());
    }

    let chars: Vec<char> = input.chars().collect();
    let results = run0["results"].as_array().unwrap();
    let ids: HashSet<&str> = results.iter().map(|r| r["ruleId"].as_str().unwrap()).collect();
    assert!(
        ids.is_superset(&HashSet::from(["unicode.nbsp", "unicode.mojibake", "teaser.label"])),
        "{ids:?}"
    );
    for r in results {
        let id = r["ruleId"].as_str().unwrap();
        let index = r["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[index], id);
        assert!(["error", "warning", "note", "none"].contains(&r["level"].as_str().unwrap()));
        assert!(!r["message"]["text"].as_str().unwrap().is_empty());
        let location = &r["locations"][0]["physicalLocation"];
        assert_eq!(location["artifactLocation"]["uri"], "-");
        let region = &location["region"];
        for key in [
            "startLine",
            "startColumn",
            "endLine",
            "endColumn",
            "charOffset",
            "charLength",
        ] {
            assert!(region[key].is_u64(), "{key} in {region}");
        }
        // The region is where the report's byte span is, counted in characters.
        let span = &r["properties"]["span"];
        let (start, end) = (
            span["start"].as_u64().unwrap() as usize,
            span["end"].as_u64().unwrap() as usize,
        );
        let offset = region["charOffset"].as_u64().unwrap() as usize;
        let length = region["charLength"].as_u64().unwrap() as usize;
        let text: String = chars[offset..offset + length].iter().collect();
        assert_eq!(text, input[start..end], "{r}");
        // Each edit comes with the fix that makes it.
        let replacement = &r["fixes"][0]["artifactChanges"][0]["replacements"][0];
        assert_eq!(replacement["deletedRegion"], *region);
        assert!(replacement["insertedContent"]["text"].is_string());
    }
    let nbsp = results.iter().find(|r| r["ruleId"] == "unicode.nbsp").unwrap();
    let region = &nbsp["locations"][0]["physicalLocation"]["region"];
    assert_eq!(
        (region["startLine"].as_u64(), region["startColumn"].as_u64()),
        (Some(1), Some(6))
    );
    assert_eq!(
        nbsp["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"],
        " "
    );
    assert_eq!(run0["invocations"][0]["executionSuccessful"], true);
}

#[test]
fn sarif_names_files_and_reports_unreadable_ones() {
    let dir = temp_dir("sarif");
    std::fs::write(dir.join("my doc.txt"), "one\u{a0}two\n").unwrap();
    std::fs::write(dir.join("clean.txt"), "Clean.\n").unwrap();
    let o = run(
        &[
            "check",
            "--format",
            "sarif",
            "--disable",
            "unicode.spaces",
            dir.join("*.txt").to_str().unwrap(),
            "missing.txt",
        ],
        b"",
    );
    assert_eq!(o.status.code(), Some(2), "an unreadable file is an error");
    assert!(stderr(&o).contains("missing.txt: No such file"), "{}", stderr(&o));
    let log: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let run0 = &log["runs"][0];
    let results = run0["results"].as_array().unwrap();
    assert_eq!(results.len(), 1);
    let uri = results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        .as_str()
        .unwrap();
    assert!(uri.starts_with("file:///") && uri.ends_with("/my%20doc.txt"), "{uri}");
    let invocation = &run0["invocations"][0];
    assert_eq!(invocation["executionSuccessful"], false);
    let note = &invocation["toolExecutionNotifications"][0];
    assert_eq!(note["level"], "error");
    assert!(note["message"]["text"].as_str().unwrap().contains("missing.txt"));
    // A rule switched off for the run is recorded as an override.
    let overrides = invocation["ruleConfigurationOverrides"].as_array().unwrap();
    assert_eq!(overrides[0]["descriptor"]["id"], "unicode.spaces");
    assert_eq!(overrides[0]["configuration"]["enabled"], false);
}

#[test]
fn sarif_points_jsonl_results_at_their_record() {
    let input = "{\"id\":1,\"text\":\"clean\"}\n{\"id\":2,\"body\":\"x\",\"text\":\"a\u{a0}b\"}\n";
    let o = run(&["check", "--jsonl", "--format", "sarif"], input.as_bytes());
    assert_eq!(o.status.code(), Some(1));
    let log: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let result = &log["runs"][0]["results"][0];
    assert_eq!(
        result["locations"][0]["physicalLocation"]["region"],
        serde_json::json!({"startLine": 2})
    );
    assert_eq!(result["properties"]["field"], "text");
    assert_eq!(result["properties"]["span"], serde_json::json!({"start": 1, "end": 3}));
    assert!(
        result.get("fixes").is_none(),
        "a record's text is not a region of the file"
    );
}

#[test]
fn sarif_of_a_clean_input_is_an_empty_run() {
    let o = run(&["check", "--format", "sarif"], b"Clean.\n");
    assert_eq!(o.status.code(), Some(0));
    let log: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(log["runs"][0]["results"], serde_json::json!([]));
}

#[test]
fn completions_are_generated_for_every_shell() {
    let o = run(&["completions", "bash"], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    let bash = stdout(&o);
    assert!(!bash.is_empty());
    assert!(bash.contains("fix") && bash.contains("--in-place") && bash.contains("--out-dir"));
    for shell in ["zsh", "fish", "powershell", "elvish"] {
        let o = run(&["completions", shell], b"");
        assert!(o.status.success(), "{shell}: {}", stderr(&o));
        assert!(stdout(&o).contains("fix"), "{shell}");
    }
    let o = run(&["completions", "tcsh"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("possible values: bash, elvish, fish, powershell, zsh"));
}

#[test]
fn man_pages_are_roff() {
    let o = run(&["man"], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    let page = stdout(&o);
    assert!(page.contains(".TH mtnorm 1"), "{page}");
    for section in [".SH NAME", ".SH SYNOPSIS", ".SH SUBCOMMANDS", ".SH \"EXIT STATUS\""] {
        assert!(page.contains(section), "{section}");
    }
    assert!(page.contains("mtnorm\\-fix(1)"));
    assert_eq!(page.matches(".ds Aq").count(), 2, "roff's preamble, once: {page}");

    let o = run(&["man", "fix"], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    let page = stdout(&o);
    assert!(page.contains(".TH mtnorm-fix 1  \"mtnorm "), "{page}");
    assert!(page.contains("\\fB\\-\\-in\\-place\\fR"), "{page}");
    assert!(page.contains(".SH EXAMPLES"), "{page}");

    let o = run(&["man", "nope"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no command named `nope`"), "{}", stderr(&o));
}

/// Progress and summary go to stderr only: stdout is the same byte for byte whatever the
/// options, and when stderr is not a terminal nothing is printed unless asked for.
#[test]
fn stdout_is_the_same_whatever_the_display_options() {
    let input = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/dev-002.txt")).unwrap();
    let plain = run(&["fix", "-"], &input);
    assert!(plain.status.success());
    assert!(plain.stderr.is_empty(), "not a terminal: no bar, no summary");
    for options in [&["--quiet"][..], &["--stats"], &["--quiet", "--stats"], &["-q"]] {
        let o = run(&[&["fix", "-"][..], options].concat(), &input);
        assert!(o.status.success());
        assert_eq!(o.stdout, plain.stdout, "{options:?}");
    }

    let o = run(&["fix", "--stats", "-"], &input);
    let summary = stderr(&o);
    assert!(summary.starts_with("mtnorm: 1 document, "), "{summary}");
    assert!(summary.contains(" edits (teaser "), "{summary}");
    assert!(summary.contains(" flags, ") || summary.contains(" flag, "), "{summary}");
    assert!(
        summary.trim_end().ends_with(" MB/s") && summary.contains(" s, "),
        "{summary}"
    );
    assert_eq!(summary.lines().count(), 1, "{summary}");
    let o = run(&["fix", "--stats", "--quiet", "-"], &input);
    assert!(o.stderr.is_empty(), "--quiet wins: {}", stderr(&o));

    // check and diff too: the summary counts errors.
    let o = run(&["check", "--stats", "-", "missing.txt"], &input);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("mtnorm: missing.txt: No such file"), "{err}");
    assert!(err.lines().last().unwrap().contains(", 1 error, "), "{err}");
}

/// At a terminal (a pseudo-terminal from util-linux `script`, where available) the summary is
/// printed without `--stats`, a run longer than a second shows the bar, and `--quiet` silences
/// both.
#[test]
fn at_a_terminal_there_is_a_summary_and_for_long_runs_a_bar() {
    if std::process::Command::new("script").arg("--version").output().is_err() {
        eprintln!("skipped: no `script` to give mtnorm a terminal");
        return;
    }
    let dir = temp_dir("tty");
    let example = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/dev-002.txt")).unwrap();
    let mut records = String::new();
    for i in 0..400 {
        records.push_str(&serde_json::json!({"id": i, "text": example}).to_string());
        records.push('\n');
    }
    let input = dir.join("in.jsonl");
    std::fs::write(&input, records).unwrap();
    let out = dir.join("out");
    let binary = env!("CARGO_BIN_EXE_mtnorm");
    let on_terminal = |extra: &str| {
        let line = format!(
            "'{binary}' fix --jsonl {extra} --out-dir '{}' '{}'",
            out.display(),
            input.display()
        );
        let started = Instant::now();
        let o = std::process::Command::new("script")
            .args(["-qec", &line, "/dev/null"])
            .stdin(Stdio::null())
            .output()
            .unwrap();
        (o, started.elapsed())
    };
    let (o, took) = on_terminal("");
    assert!(o.status.success(), "{}", stdout(&o));
    let screen = stdout(&o);
    assert!(screen.contains("mtnorm: 400 documents, "), "{screen}");
    if took > Duration::from_millis(1500) {
        assert!(screen.contains(" left, "), "a long run shows the bar: {screen}");
    }
    let (o, _) = on_terminal("--quiet");
    assert!(o.status.success());
    assert_eq!(stdout(&o), "", "--quiet: nothing on the terminal");
}
