//! The command line, end to end: outputs, exit statuses and error messages.

use std::io::Write;
use std::path::Path;
use std::process::Stdio;

mod common;

use common::{command as mtnorm, run, stderr, stdout, temp_dir};

#[test]
fn fix_plain_text_from_stdin() {
    let o = run(&["fix"], "caf\u{c3}\u{a9}\u{a0}bar  here \n".as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), "café bar here\n");
}

#[test]
fn fix_matches_the_library() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/dev-002.txt");
    let o = run(&["fix", path.to_str().unwrap()], b"");
    assert!(o.status.success());
    let input = std::fs::read_to_string(&path).unwrap();
    assert_eq!(stdout(&o), mtnorm::Normalizer::new().normalize(&input).text);
}

#[test]
fn jsonl_keeps_other_fields_and_adds_the_report() {
    let input = "{\"id\":7,\"text\":\"a\u{a0}b\",\"x\":[1.50, true]}\n\n{\"text\":\"ok\",\"id\":\"z\"}\n";
    let o = run(&["fix", "--jsonl", "--report-field", "mtnorm"], input.as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3, "records and blank lines out equal those in: {out}");
    assert!(
        lines[0].starts_with("{\"id\":7,\"text\":\"a b\",\"x\":[1.50, true],\"mtnorm\":{"),
        "{}",
        lines[0]
    );
    let report: serde_json::Value = serde_json::from_str(lines[0]).unwrap();
    assert_eq!(report["mtnorm"]["edits"][0]["before"], "\u{a0}");
    assert_eq!(report["mtnorm"]["edits"][0]["span"]["start"], 1);
    assert_eq!(lines[1], "");
    assert!(lines[2].starts_with("{\"text\":\"ok\",\"id\":\"z\""));
}

#[test]
fn jsonl_field_option() {
    let o = run(&["fix", "--jsonl", "--field", "body"], b"{\"body\":\"x\\u00a0y\"}\n");
    assert_eq!(stdout(&o), "{\"body\":\"x y\"}\n");
}

#[test]
fn thread_count_does_not_change_the_output() {
    let mut input = String::new();
    for i in 0..5000 {
        input.push_str(&format!(
            "{{\"id\":{i},\"text\":\"Doc {i}\\u00a0with  text caf\\u00c3\\u00a9 and more words to read.\"}}\n"
        ));
    }
    let one = run(&["fix", "--jsonl", "-j", "1"], input.as_bytes());
    let two = run(&["fix", "--jsonl", "-j", "2"], input.as_bytes());
    assert!(one.status.success() && two.status.success());
    assert_eq!(stdout(&one), stdout(&two));
    assert_eq!(stdout(&one).lines().count(), 5000);
    assert!(stdout(&one).lines().nth(4999).unwrap().starts_with("{\"id\":4999,"));
}

#[test]
fn invalid_utf8_names_the_byte_offset() {
    let o = run(&["fix"], b"abc\xffdef");
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("<stdin>: invalid UTF-8 at byte 3"),
        "{}",
        stderr(&o)
    );
    assert!(o.stdout.is_empty());
    let o = run(&["fix", "--lossy"], b"abc\xffdef");
    assert!(o.status.success());
    assert_eq!(stdout(&o), "abc\u{fffd}def");
    assert!(stderr(&o).contains("byte 3"));
}

#[test]
fn malformed_jsonl_names_file_and_line() {
    let input = b"{\"text\":\"a\"}\n{broken\n{\"text\":\"c\"}\n";
    let o = run(&["fix", "--jsonl"], input);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("<stdin>:2: invalid JSON record"), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "{\"text\":\"a\"}\n",
        "records before the error are written, none after"
    );

    let o = run(&["fix", "--jsonl", "--skip-invalid"], input);
    assert!(o.status.success());
    assert_eq!(stdout(&o), "{\"text\":\"a\"}\n{broken\n{\"text\":\"c\"}\n");
    assert!(stderr(&o).contains("passed 1 invalid record(s) through unchanged"));
}

#[test]
fn missing_and_non_string_fields_are_errors() {
    let o = run(&["fix", "--jsonl"], b"{\"id\":1}\n");
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("<stdin>:1: record has no field `text`"),
        "{}",
        stderr(&o)
    );
    let o = run(&["fix", "--jsonl"], b"{\"text\":[1]}\n");
    assert!(
        stderr(&o).contains("<stdin>:1: field `text` is not a string"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_bad_file_among_several_does_not_stop_the_others() {
    let dir = temp_dir("several");
    let good = dir.join("good.txt");
    std::fs::write(&good, "fine\u{a0}text").unwrap();
    let missing = dir.join("missing.txt");
    let o = run(
        &[
            "fix",
            missing.to_str().unwrap(),
            dir.to_str().unwrap(),
            good.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(stdout(&o), "fine text");
    let err = stderr(&o);
    assert!(err.contains("missing.txt: No such file"), "{err}");
    assert!(err.contains("is a directory"), "{err}");
}

#[test]
fn output_file_is_written_whole() {
    let dir = temp_dir("output");
    let target = dir.join("out.txt");
    let o = run(&["fix", "-o", target.to_str().unwrap()], "x\u{a0}y".as_bytes());
    assert!(o.status.success());
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "x y");
    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers.len(), 1, "temporary file left behind: {leftovers:?}");
}

#[test]
fn check_exit_status_and_formats() {
    let o = run(&["check"], b"all clean here\n");
    assert_eq!(o.status.code(), Some(0));
    assert!(o.stdout.is_empty());
    let o = run(&["check"], "one\u{a0}two\nthree\u{200b}\n".as_bytes());
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(
        out.contains("<stdin>:1:4: whitespace [unicode.nbsp] \"\\u{a0}\" -> \" \""),
        "{out}"
    );
    assert!(out.contains("<stdin>:2:6: encoding [unicode.zero-width]"), "{out}");
    let o = run(&["check", "--format", "json"], "one\u{a0}two".as_bytes());
    let doc: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(doc["source"], "<stdin>");
    assert_eq!(doc["edits"][0]["rule"], "unicode.nbsp");
}

#[test]
fn diff_marks_changes_inline() {
    let o = run(&["diff"], "caf\u{c3}\u{a9} ok\nsame\n".as_bytes());
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stdout(&o),
        "--- <stdin>\n@@ line 1 @@ unicode.mojibake\ncaf[-Ã©-]{+é+} ok\n"
    );
    let o = run(&["diff", "--color", "always"], "caf\u{c3}\u{a9}".as_bytes());
    assert!(stdout(&o).contains("\x1b[32mé\x1b[0m"));
}

#[test]
fn configuration_errors_are_clear() {
    let o = run(&["fix", "--disable", "no.such-rule"], b"x");
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("no rule or stage named `no.such-rule`"),
        "{}",
        stderr(&o)
    );
    let o = run(&["fix", "--lang", "xx"], b"x");
    assert!(stderr(&o).contains("unknown language code `xx`"));
    let o = run(&["fix", "--disable", "unicode.nbsp"], "a\u{a0}b".as_bytes());
    assert_eq!(stdout(&o), "a\u{a0}b");
}

#[test]
fn closed_pipe_ends_quietly() {
    let mut input = String::new();
    for _ in 0..20_000 {
        input.push_str("{\"text\":\"some text that goes on for a while\"}\n");
    }
    let mut child = mtnorm()
        .args(["fix", "--jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(input.as_bytes());
    });
    drop(child.stdout.take()); // the reader goes away, like `| head`
    let o = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).is_empty(), "{}", stderr(&o));
}

#[test]
fn rules_lists_every_rule() {
    let o = run(&["rules", "--disable", "unicode.spaces"], b"");
    let out = stdout(&o);
    assert!(
        out.lines()
            .any(|l| l.starts_with("unicode.spaces") && l.contains(" off ")),
        "{out}"
    );
    assert!(out.lines().any(|l| l.starts_with("unicode.nbsp") && l.contains(" on ")));
}

/// Nothing lost: `fix --report-field` then `restore` gives back every record byte for byte,
/// over every fixture text the repository has.
#[test]
fn restore_rebuilds_every_fixture() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut input = std::fs::read_to_string(root.join("tests/data/reference/reference.jsonl")).unwrap();
    let lines = std::fs::read_to_string(root.join("tests/data/artifacts/lines.tsv")).unwrap();
    let clean = std::fs::read_to_string(root.join("tests/data/split/glued.tsv")).unwrap();
    let texts = lines
        .lines()
        .skip(1)
        .map(|l| l.splitn(3, '\t').last().unwrap_or(""))
        .chain(clean.lines().take(300));
    for (i, text) in texts.enumerate() {
        input.push_str(&serde_json::json!({"id": i, "text": format!("Intro line.\n{text}\u{a0}\nEnd.")}).to_string());
        input.push('\n');
    }
    let fixed = run(&["fix", "--jsonl", "--report-field", "mtnorm"], input.as_bytes());
    assert!(fixed.status.success(), "{}", stderr(&fixed));
    let restored = run(&["restore", "--jsonl"], &fixed.stdout);
    assert!(restored.status.success(), "{}", stderr(&restored));
    let want: Vec<serde_json::Value> = input.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let got: Vec<serde_json::Value> = stdout(&restored)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(got, want);

    // Plain text with the report from `check --format json`.
    let dir = temp_dir("restore");
    let original = std::fs::read(root.join("examples/dev-002.txt")).unwrap();
    let out = run(&["fix", "-"], &original);
    let report = run(&["check", "--format", "json", "-"], &original);
    std::fs::write(dir.join("out.txt"), &out.stdout).unwrap();
    std::fs::write(dir.join("report.json"), &report.stdout).unwrap();
    let back = run(
        &[
            "restore",
            dir.join("out.txt").to_str().unwrap(),
            "--report",
            dir.join("report.json").to_str().unwrap(),
        ],
        b"",
    );
    assert!(back.status.success(), "{}", stderr(&back));
    assert_eq!(back.stdout, original);
}

#[test]
fn explain_and_config_dump() {
    let o = run(&["explain", "teaser.label"], b"");
    assert!(o.status.success());
    let out = stdout(&o);
    assert!(out.starts_with("teaser.label  (on by default)"), "{out}");
    assert!(
        out.contains("teaser \"SIGHT: Putin puts his nuclear forces on high alert\" -> \"\""),
        "{out}"
    );
    let o = run(&["explain", "no.such"], b"");
    assert_eq!(o.status.code(), Some(2));
    let o = run(&["config", "--disable", "teaser", "--lang", "de"], b"");
    let config = mtnorm::Config::from_toml(&stdout(&o)).unwrap();
    assert_eq!(config.language.as_deref(), Some("de"));
    assert_eq!(config.disable, ["teaser"]);
}

#[test]
fn keep_removed_reports_artifact_lines_without_removing_them() {
    let input = "Body text here.\n\nSIGHT: Putin puts his forces on high alert\n\nMore body.\n";
    let fixed = run(&["fix", "--keep-removed"], input.as_bytes());
    assert!(fixed.status.success());
    assert_eq!(stdout(&fixed), input);
    let checked = run(&["check", "--keep-removed"], input.as_bytes());
    assert!(stdout(&checked).contains("[teaser.label]"), "{}", stdout(&checked));
    // Without the switch the line goes.
    assert!(!stdout(&run(&["fix"], input.as_bytes())).contains("SIGHT"));
}
