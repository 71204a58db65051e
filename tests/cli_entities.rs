//! The name commands' outputs, as golden files: `mtnorm entities` (tables and JSON), `mtnorm dict
//! stats`, and the entity ids that `check` and `diff` print after name edits.
//!
//! The goldens are in `tests/snapshots/`; the inputs in `tests/data/entities/`. After a deliberate
//! change (to the output, the dictionaries or the matching), regenerate them with
//! `MTNORM_BLESS=1 cargo test --test cli_entities` and review the diff.

use serde_json::Value;

mod common;

use common::{run, snapshot, stderr, stdout};

/// `mtnorm ARGS` with no standard input, which must exit with `code`; its standard output.
fn output(args: &[&str], code: i32) -> String {
    let o = run(args, b"");
    assert_eq!(o.status.code(), Some(code), "{args:?}: {}", stderr(&o));
    stdout(&o)
}

const EN: &str = "tests/data/entities/kyiv.txt";
const DE: &str = "tests/data/entities/kiew.txt";
const JSONL: &str = "tests/data/entities/records.jsonl";

#[test]
fn entities_table() {
    snapshot("entities.txt", &output(&["entities", EN, DE], 0));
}

#[test]
fn entities_of_jsonl_records_with_single_sightings() {
    snapshot(
        "entities-jsonl.txt",
        &output(&["entities", "--jsonl", "--min-count", "1", JSONL], 0),
    );
}

#[test]
fn entities_json() {
    let json = output(&["entities", "--json", EN, DE], 0);
    snapshot("entities.json", &json);
    let report: Value = serde_json::from_str(&json).expect("one JSON document");
    assert_eq!(report["documents"], 2);
    let known = report["known"].as_array().unwrap();
    // Most frequent first.
    let counts: Vec<u64> = known.iter().map(|k| k["count"].as_u64().unwrap()).collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");
    let reznikov = known.iter().find(|k| k["id"] == "oleksii-reznikov").unwrap();
    let sources: Vec<&str> = reznikov["spellings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["source"].as_str().unwrap())
        .collect();
    assert!(
        sources.contains(&"generated") && sources.contains(&"listed"),
        "{sources:?}"
    );
    let zelenskyy = known
        .iter()
        .find(|k| k["id"] == "volodymyr-zelenskyy" && k["lang"] == "en")
        .unwrap();
    assert_eq!(zelenskyy["spellings"][0]["source"], "fuzzy");
    assert_eq!(zelenskyy["spellings"][0]["distance"], 1);
    // Unknown names across both files, in both languages; sentence-initial and single words out.
    let unknown: Vec<&str> = report["unknown"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["chosen"].as_str().unwrap())
        .collect();
    assert_eq!(unknown, ["Welytschko", "Kovtunenko", "Resnikoff"]);
    assert_eq!(report["unknown"][2]["near"], serde_json::json!(["oleksii-reznikov"]));
}

#[test]
fn entities_reads_like_check_and_reports_bad_files() {
    let o = run(
        &["entities", "--lang", "en", EN, "tests/data/entities/missing.txt"],
        b"",
    );
    assert_eq!(o.status.code(), Some(2), "a missing file is an error");
    assert!(stderr(&o).contains("missing.txt"), "{}", stderr(&o));
    assert!(
        stdout(&o).starts_with("1 document(s), 0 skipped;"),
        "the other file is read"
    );
    // Standard input, and a language given instead of detected.
    let text = std::fs::read(EN).unwrap();
    let o = run(&["entities", "--lang", "en", "--json"], &text);
    assert!(o.status.success(), "{}", stderr(&o));
    let report: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(report["unknown"][0]["chosen"], "Velychko");
    // A language without a name index: the document is counted and skipped, with a word why.
    let o = run(&["entities", "--lang", "uk"], "Київ".as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).starts_with("1 document(s), 1 skipped;"), "{}", stdout(&o));
    assert!(stderr(&o).contains("1 of 1 document(s) skipped"), "{}", stderr(&o));
}

/// The table and JSON of the built-in dictionaries; a user folder's rows are counted too.
#[test]
fn dict_stats() {
    snapshot("dict-stats.txt", &output(&["dict", "stats"], 0));
    let json = output(&["dict", "stats", "--json"], 0);
    snapshot("dict-stats.json", &json);
    let stats: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(stats["languages"].as_array().unwrap().len(), 7);
    for l in stats["languages"].as_array().unwrap() {
        assert_eq!(
            l["listed"].as_u64().unwrap() + l["generated"].as_u64().unwrap(),
            l["spellings"]
        );
    }

    let dir = std::env::temp_dir().join(format!("mtnorm-cli-entities-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("names")).unwrap();
    std::fs::write(
        dir.join("names/people.tsv"),
        "id\ttype\tnative\ten\tde\tfr\tes\tit\tpt\tpl\tvariants\n\
         ivan-velychko\tperson\tuk:Іван Величко\tIvan Velychko\tIwan Welytschko\tIvan Velytchko\tIván Vélichko\tIvan Velychko\tIvan Velychko\tIwan Wełyczko\tVelychko|Welytschko\n",
    )
    .unwrap();
    let count = |json: &str| -> (u64, u64) {
        let v: Value = serde_json::from_str(json).unwrap();
        (
            v["entities"]["person"].as_u64().unwrap(),
            v["listed_variants"]["person"].as_u64().unwrap(),
        )
    };
    let builtin = count(&json);
    let with_user = count(&output(
        &["dict", "stats", "--json", "--dictionaries", dir.to_str().unwrap()],
        0,
    ));
    assert_eq!(with_user, (builtin.0 + 1, builtin.1 + 2));
    // A known name now, no longer an unknown one.
    let text = std::fs::read(EN).unwrap();
    let o = run(
        &["entities", "--json", "--dictionaries", dir.to_str().unwrap(), "-"],
        &text,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let report: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert!(report["known"]
        .as_array()
        .unwrap()
        .iter()
        .any(|k| k["id"] == "ivan-velychko"));
    assert!(!report["unknown"]
        .as_array()
        .unwrap()
        .iter()
        .any(|u| u["chosen"] == "Velychko" || u["chosen"] == "Welytschko"));
    std::fs::remove_dir_all(&dir).unwrap();

    let o = run(&["dict", "stats", "--dictionaries", "no/such/folder"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no/such/folder"), "{}", stderr(&o));
}

/// `check` and `diff` name the entity after each name edit; the JSON report has it as `entity`.
#[test]
fn check_and_diff_name_the_entity() {
    snapshot("check-names.txt", &output(&["check", "--lang", "en", EN], 1));
    snapshot(
        "diff-names.txt",
        &output(&["diff", "--color", "never", "--lang", "en", EN], 1),
    );
    let json = output(&["check", "--lang", "en", "--format", "json", EN], 1);
    let report: Value = serde_json::from_str(&json).unwrap();
    for edit in report["edits"].as_array().unwrap() {
        let is_name = edit["rule"].as_str().unwrap().starts_with("names.");
        assert_eq!(edit.get("entity").is_some(), is_name, "{edit}");
    }
    let sarif = output(&["check", "--lang", "en", "--format", "sarif", EN], 1);
    let log: Value = serde_json::from_str(&sarif).unwrap();
    let kiev = log["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["message"]["text"].as_str().unwrap().contains("\"Kiev\""))
        .unwrap();
    assert_eq!(kiev["properties"]["entity"], "kyiv");
}

#[test]
fn entities_help_matches_the_snapshot() {
    let o = common::command()
        .args(["entities", "--help"])
        .env("COLUMNS", "100")
        .output()
        .unwrap();
    assert!(o.status.success());
    let help = stdout(&o);
    for line in help.lines() {
        assert!(line.chars().count() <= 100, "{line:?}");
    }
    snapshot("entities-help.txt", &help);
}
