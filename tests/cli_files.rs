//! The command line on files and folders: `-r` with `--out-dir`, `--in-place` with `--backup`,
//! patterns expanded by mtnorm, and errors that name the file without stopping the others.
//!
//! The input tree is `tests/cmd/tree/in/`; what `fix` makes of it is in
//! `tests/cmd/tree/expected-txt/` (plain text) and `expected-jsonl/` (with `--jsonl`). After a
//! deliberate change, regenerate them with `MTNORM_BLESS=1 cargo test --test cli_files` and review
//! the diff.

use std::collections::BTreeMap;
use std::path::Path;

mod common;

use common::{root, run, stderr, stdout, temp_dir};

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Every file below `dir`, hidden ones included, by relative path (with `/`).
fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(base: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(base, &path, out);
            } else {
                let rel = path.strip_prefix(base).unwrap().to_string_lossy().replace('\\', "/");
                out.insert(rel, std::fs::read(&path).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    if dir.exists() {
        walk(dir, dir, &mut out);
    }
    out
}

fn copy_tree(from: &Path, to: &Path) {
    for (rel, bytes) in tree(from) {
        let target = to.join(&rel);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::write(target, bytes).unwrap();
    }
}

/// Compares the tree `got` with the golden tree `expected`, which MTNORM_BLESS=1 rewrites when
/// `owner` (one test owns each golden tree; others only read it).
fn assert_tree(got: &Path, expected: &Path, owner: bool) {
    let got = tree(got);
    if owner && std::env::var_os("MTNORM_BLESS").is_some() {
        for rel in tree(expected).keys().filter(|rel| !got.contains_key(*rel)) {
            std::fs::remove_file(expected.join(rel)).unwrap();
        }
        for (rel, bytes) in &got {
            // Temporary file and rename: tests reading the tree meanwhile see whole files.
            let target = expected.join(rel);
            let temp = target.with_extension("bless-tmp");
            std::fs::create_dir_all(target.parent().unwrap()).unwrap();
            std::fs::write(&temp, bytes).unwrap();
            std::fs::rename(&temp, &target).unwrap();
        }
    }
    let want = tree(expected);
    assert_eq!(
        got.keys().collect::<Vec<_>>(),
        want.keys().collect::<Vec<_>>(),
        "files written differ from {}; rerun with MTNORM_BLESS=1 if intended",
        expected.display()
    );
    for (rel, bytes) in &got {
        assert_eq!(
            String::from_utf8_lossy(bytes),
            String::from_utf8_lossy(&want[rel]),
            "{rel} differs from {}; rerun with MTNORM_BLESS=1 if intended",
            expected.display()
        );
    }
}

#[test]
fn recursive_out_dir_mirrors_the_tree() {
    let out = temp_dir("mirror");
    let o = run(
        &["fix", "--lang", "en", "-r", "tests/cmd/tree/in", "--out-dir", s(&out)],
        b"",
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(o.stdout.is_empty(), "nothing on stdout with --out-dir");
    // *.txt only: hidden folders, notes.md and the JSONL files are left out.
    assert_tree(&out, &root().join("tests/cmd/tree/expected-txt"), true);
}

#[test]
fn recursive_out_dir_with_jsonl_takes_the_jsonl_files() {
    let out = temp_dir("mirror-jsonl");
    let o = run(
        &[
            "fix",
            "--jsonl",
            "--lang",
            "en",
            "-r",
            "tests/cmd/tree/in",
            "--out-dir",
            s(&out),
        ],
        b"",
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert_tree(&out, &root().join("tests/cmd/tree/expected-jsonl"), true);
}

#[test]
fn recursive_without_out_dir_writes_everything_to_stdout_in_order() {
    let o = run(&["fix", "--lang", "en", "-r", "tests/cmd/tree/in"], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    let expected = root().join("tests/cmd/tree/expected-txt");
    let want: String = ["a.txt", "sub/b.txt", "sub/deeper/c.txt"]
        .iter()
        .map(|f| std::fs::read_to_string(expected.join(f)).unwrap())
        .collect();
    assert_eq!(stdout(&o), want);
}

#[test]
fn a_folder_needs_r_and_a_folder_without_matching_files_is_an_error() {
    let o = run(&["fix", "tests/cmd/tree/in"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("tests/cmd/tree/in: is a directory (use -r to read the files in it)"),
        "{}",
        stderr(&o)
    );
    let empty = temp_dir("empty");
    std::fs::write(empty.join("data.jsonl"), "{}\n").unwrap();
    let o = run(&["check", "-r", s(&empty)], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("no *.txt files here (use --jsonl for *.jsonl)"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn check_and_diff_read_folders_too() {
    let o = run(&["check", "--lang", "en", "-r", "tests/cmd/tree/in"], b"");
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(
        out.contains("tests/cmd/tree/in/sub/b.txt:5:1: teaser [teaser.label]"),
        "{out}"
    );
    assert!(!out.contains("skipped.txt") && !out.contains("notes.md"), "{out}");
    let o = run(
        &["diff", "--color", "never", "--lang", "en", "-r", "tests/cmd/tree/in"],
        b"",
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("--- tests/cmd/tree/in/a.txt\n"), "{}", stdout(&o));
}

#[test]
fn in_place_with_backup_keeps_the_original() {
    let dir = temp_dir("in-place");
    copy_tree(&root().join("tests/cmd/tree/in"), &dir);
    let original = tree(&dir);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir.join("a.txt"), std::fs::Permissions::from_mode(0o640)).unwrap();
    }
    let o = run(
        &["fix", "--lang", "en", "--in-place", "--backup", ".orig", "-r", s(&dir)],
        b"",
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(o.stdout.is_empty());
    let expected = root().join("tests/cmd/tree/expected-txt");
    let after = tree(&dir);
    for rel in ["a.txt", "sub/b.txt", "sub/deeper/c.txt"] {
        assert_eq!(after[rel], std::fs::read(expected.join(rel)).unwrap(), "{rel}");
    }
    // Changed files have their backup; the clean one is neither rewritten nor backed up.
    assert_eq!(after["a.txt.orig"], original["a.txt"]);
    assert_eq!(after["sub/b.txt.orig"], original["sub/b.txt"]);
    assert!(!after.contains_key("sub/deeper/c.txt.orig"));
    // Files the walk does not pick are untouched, and no temporary file is left.
    assert_eq!(after["notes.md"], original["notes.md"]);
    assert_eq!(after[".hidden/skipped.txt"], original[".hidden/skipped.txt"]);
    assert_eq!(after.len(), original.len() + 2, "{:?}", after.keys());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir.join("a.txt")).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o640, "permissions are kept");
    }

    // A second run changes nothing, so the backups still hold the originals.
    let o = run(
        &["fix", "--lang", "en", "--in-place", "--backup", ".orig", "-r", s(&dir)],
        b"",
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(tree(&dir), after);
}

#[test]
fn in_place_never_writes_a_file_whose_input_is_bad() {
    let dir = temp_dir("in-place-bad");
    let bad = b"{\"text\":\"one\xc2\xa0two\"}\n{broken\n{\"text\":\"c\"}\n";
    let good = b"{\"text\":\"x\xc2\xa0y\"}\n";
    std::fs::write(dir.join("bad.jsonl"), bad).unwrap();
    std::fs::write(dir.join("good.jsonl"), good).unwrap();
    let o = run(
        &[
            "fix",
            "--jsonl",
            "--in-place",
            s(&dir.join("bad.jsonl")),
            s(&dir.join("good.jsonl")),
        ],
        b"",
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("bad.jsonl:2: invalid JSON record"),
        "{}",
        stderr(&o)
    );
    assert_eq!(std::fs::read(dir.join("bad.jsonl")).unwrap(), bad, "left as it was");
    assert_eq!(
        std::fs::read_to_string(dir.join("good.jsonl")).unwrap(),
        "{\"text\":\"x y\"}\n"
    );
    assert_eq!(tree(&dir).len(), 2, "no temporary file left: {:?}", tree(&dir).keys());
}

#[test]
fn in_place_and_out_dir_need_files() {
    let o = run(&["fix", "--in-place"], b"x");
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("--in-place needs files to read: standard input has no file name"),
        "{}",
        stderr(&o)
    );
    let o = run(&["fix", "--out-dir", "x", "-"], b"x");
    assert_eq!(o.status.code(), Some(2));
    let o = run(&["fix", "--backup", ".orig", "a.txt"], b"");
    assert_eq!(o.status.code(), Some(2), "--backup needs --in-place");
    let o = run(&["fix", "--in-place", "--backup", "../x", "a.txt"], b"");
    assert!(
        stderr(&o).contains("the suffix cannot contain a path separator"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn out_dir_never_overwrites_an_input_or_another_output() {
    let dir = temp_dir("collide");
    std::fs::create_dir_all(dir.join("a")).unwrap();
    std::fs::create_dir_all(dir.join("b")).unwrap();
    std::fs::write(dir.join("a/x.txt"), "first\u{a0}one").unwrap();
    std::fs::write(dir.join("b/x.txt"), "second\u{a0}one").unwrap();
    let out = dir.join("out");
    let o = run(
        &[
            "fix",
            s(&dir.join("a/x.txt")),
            s(&dir.join("b/x.txt")),
            "--out-dir",
            s(&out),
        ],
        b"",
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("is already the output of"), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(out.join("x.txt")).unwrap(), "first one");

    let o = run(&["fix", s(&dir.join("a/x.txt")), "--out-dir", s(&dir.join("a"))], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("the output would replace the input (use --in-place)"),
        "{}",
        stderr(&o)
    );
    assert_eq!(std::fs::read_to_string(dir.join("a/x.txt")).unwrap(), "first\u{a0}one");
}

#[test]
fn patterns_are_expanded_by_mtnorm() {
    let expected = root().join("tests/cmd/tree/expected-txt");
    let read = |rel: &str| std::fs::read_to_string(expected.join(rel)).unwrap();

    // Quoted, as a Windows shell would pass it: `*` stays in one folder and skips hidden files.
    let o = run(&["fix", "--lang", "en", "tests/cmd/tree/in/*.txt"], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), read("a.txt"));

    // `**` goes down, in sorted order.
    let o = run(&["fix", "--lang", "en", "tests/cmd/tree/in/**/*.txt"], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        read("a.txt") + &read("sub/b.txt") + &read("sub/deeper/c.txt")
    );

    // With --out-dir, paths are kept below the pattern's folder.
    let out = temp_dir("glob-out");
    let o = run(
        &[
            "fix",
            "--lang",
            "en",
            "tests/cmd/tree/in/**/*.txt",
            "--out-dir",
            s(&out),
        ],
        b"",
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert_tree(&out, &expected, false);
}

#[test]
fn a_pattern_that_matches_nothing_is_named_and_the_others_go_on() {
    let dir = temp_dir("glob-literal");
    // A file whose name looks like a pattern is taken literally.
    let literal = dir.join("a[1].txt");
    std::fs::write(&literal, "one\u{a0}").unwrap();
    let o = run(&["fix", "nowhere/*.txt", s(&literal), "missing.txt"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(stdout(&o), "one");
    let err = stderr(&o);
    assert!(
        err.contains("mtnorm: nowhere/*.txt: no file matches this pattern"),
        "{err}"
    );
    assert!(err.contains("mtnorm: missing.txt: No such file"), "{err}");
    assert!(
        err.find("nowhere").unwrap() < err.find("missing.txt").unwrap(),
        "errors come in argument order: {err}"
    );
}

#[test]
fn a_file_named_twice_is_read_once() {
    let o = run(
        &[
            "fix",
            "--lang",
            "en",
            "tests/cmd/tree/in/a.txt",
            "tests/cmd/tree/in/*.txt",
        ],
        b"",
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let expected = std::fs::read_to_string(root().join("tests/cmd/tree/expected-txt/a.txt")).unwrap();
    assert_eq!(stdout(&o), expected);
}
