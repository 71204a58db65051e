//! Golden tests: the two reference articles through the library and the CLI.
//!
//! The expected outputs are in `tests/data/reference/*.expected.txt`. After a deliberate change,
//! regenerate them with `MTNORM_BLESS=1 cargo test --test reference` and review the diff.

use std::path::Path;

fn golden(id: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/reference");
    let input = std::fs::read_to_string(dir.join(format!("{id}.txt"))).unwrap();
    let out = mtnorm::Normalizer::new().normalize(&input);
    assert_eq!(
        mtnorm::apply_edits(&input, &out.edits).as_deref(),
        Some(out.text.as_str())
    );
    let expected_path = dir.join(format!("{id}.expected.txt"));
    if std::env::var_os("MTNORM_BLESS").is_some() {
        std::fs::write(&expected_path, &out.text).unwrap();
    }
    let expected = std::fs::read_to_string(&expected_path).unwrap();
    assert_eq!(
        out.text, expected,
        "{id}: output changed; rerun with MTNORM_BLESS=1 if intended"
    );

    let cli = std::process::Command::new(env!("CARGO_BIN_EXE_mtnorm"))
        .arg("fix")
        .arg(dir.join(format!("{id}.txt")))
        .output()
        .unwrap();
    assert!(cli.status.success());
    assert_eq!(
        String::from_utf8(cli.stdout).unwrap(),
        expected,
        "{id}: CLI and library differ"
    );
}

#[test]
fn dev_001() {
    golden("dev-001");
}

#[test]
fn dev_002() {
    golden("dev-002");
}

#[test]
fn reference_jsonl_through_the_cli() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/reference/reference.jsonl");
    let cli = std::process::Command::new(env!("CARGO_BIN_EXE_mtnorm"))
        .args(["fix", "--jsonl"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(cli.status.success());
    let out = String::from_utf8(cli.stdout).unwrap();
    let ids: Vec<String> = out
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(ids, ["dev-001", "dev-002"]);
}
