//! Shared pieces of the fuzz targets: the normalizers under test and the report invariants.

use mtnorm::config::{NormalForm, Removals, StageConfig};
use mtnorm::{apply_edits, revert_edits, Config, Normalized, Normalizer};
use std::sync::LazyLock;

/// Every rule of every stage, including rules that are off by default.
fn all_rules_on() -> Config {
    Config {
        enable: Normalizer::new()
            .rules()
            .into_iter()
            .map(|(r, _)| r.id.to_owned())
            .collect(),
        ..Config::default()
    }
}

/// The normalizers every input goes through: the default one, one with every rule on, the same
/// reporting artifact lines instead of removing them, and the same composing to NFKC.
pub static NORMALIZERS: LazyLock<Vec<(&'static str, Normalizer)>> = LazyLock::new(|| {
    let build = |c: Config| {
        Normalizer::builder()
            .config(c)
            .build()
            .expect("fuzz configuration builds")
    };
    let all = all_rules_on();
    let mut report = all.clone();
    report.removals = Removals::Report;
    let mut nfkc = all.clone();
    for stage in &mut nfkc.stages {
        if let StageConfig::Unicode(u) = stage {
            u.form = NormalForm::Nfkc;
        }
    }
    vec![
        ("default", Normalizer::new()),
        ("all-rules", build(all)),
        ("all-rules+report-removals", build(report)),
        ("all-rules+nfkc", build(nfkc)),
    ]
});

/// Panics with a precise message when the report of `input` is not a complete patch.
pub fn check_report(which: &str, input: &str, out: &Normalized) {
    let mut prev_end = 0;
    for (i, e) in out.edits.iter().enumerate() {
        assert!(
            e.span.start >= prev_end && e.span.start <= e.span.end,
            "[{which}] edit {i} unsorted or overlapping: {:?} after end {prev_end}",
            e.span
        );
        assert!(
            e.span.end <= input.len() && input.is_char_boundary(e.span.start) && input.is_char_boundary(e.span.end),
            "[{which}] edit {i} span {:?} not on char boundaries of a {}-byte input",
            e.span,
            input.len()
        );
        assert_eq!(
            &input[e.span.range()],
            e.before,
            "[{which}] edit {i} `before` is not input[span]"
        );
        assert_eq!(
            out.text.get(e.output_span.range()),
            Some(e.after.as_str()),
            "[{which}] edit {i} `after` is not output[output_span]"
        );
        prev_end = e.span.end;
    }
    for (i, f) in out.flags.iter().enumerate() {
        assert!(
            f.span.start <= f.span.end
                && f.span.end <= input.len()
                && input.is_char_boundary(f.span.start)
                && input.is_char_boundary(f.span.end),
            "[{which}] flag {i} span {:?} outside a {}-byte input or off char boundaries",
            f.span,
            input.len()
        );
    }
    assert_eq!(
        apply_edits(input, &out.edits).as_deref(),
        Some(out.text.as_str()),
        "[{which}] apply_edits(input, edits) != output"
    );
    assert_eq!(
        revert_edits(&out.text, &out.edits).as_deref(),
        Some(input),
        "[{which}] revert_edits(output, edits) != input"
    );
}

/// Normalizes `input` with every normalizer and checks each report.
pub fn normalize_and_check(input: &str) -> Vec<Normalized> {
    NORMALIZERS
        .iter()
        .map(|(which, n)| {
            let out = n.normalize(input);
            check_report(which, input, &out);
            out
        })
        .collect()
}
