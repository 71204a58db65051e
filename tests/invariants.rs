//! The report is a complete patch: property tests over random and real inputs.
//!
//! For every input: each edit's `before` is the input at its span; spans are sorted,
//! non-overlapping and on char boundaries; applying the edits to the input gives the output, and
//! reverting them on the output gives the input back; normalizing the output changes nothing.

use mtnorm::{apply_edits, revert_edits, EditKind, Normalized, Normalizer, Replacement, Text};
use proptest::prelude::*;
use std::sync::LazyLock;

static NORMALIZER: LazyLock<Normalizer> = LazyLock::new(Normalizer::new);

fn assert_complete_patch(input: &str, out: &Normalized) {
    let mut prev_end = 0;
    for e in &out.edits {
        assert!(
            e.span.start >= prev_end,
            "edits overlap or are unsorted: {:?}",
            out.edits
        );
        assert!(e.span.start <= e.span.end);
        assert!(input.is_char_boundary(e.span.start) && input.is_char_boundary(e.span.end));
        assert_eq!(&input[e.span], e.before, "before does not match the input");
        assert_eq!(
            &out.text.as_str()[e.output_span],
            e.after,
            "output_span does not match the output"
        );
        prev_end = e.span.end;
    }
    for f in &out.flags {
        assert!(
            f.span.end <= input.len() && input.is_char_boundary(f.span.start) && input.is_char_boundary(f.span.end)
        );
    }
    assert_eq!(
        apply_edits(input, &out.edits).as_deref(),
        Some(out.text.as_str()),
        "edits do not rebuild the output"
    );
    assert_eq!(
        revert_edits(&out.text, &out.edits).as_deref(),
        Some(input),
        "edits do not restore the input"
    );
}

fn check(input: &str) {
    let once = NORMALIZER.normalize(input);
    assert_complete_patch(input, &once);
    let twice = NORMALIZER.normalize(&once.text);
    assert_eq!(twice.text, once.text, "not idempotent");
    assert!(twice.edits.is_empty(), "second run still edits: {:?}", twice.edits);
}

/// Text made of the pieces that stages react to, so random inputs exercise real paths.
fn newsy_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Kiev ".to_owned()),
        Just("Oleksiy Reznikov".to_owned()),
        Just("Reznikovwho ".to_owned()),
        Just("Ukraine.The ".to_owned()),
        Just("SIGHT: Putin puts forces on alert\n".to_owned()),
        Just("Skip to content\n\n".to_owned()),
        Just("Share this article:\n".to_owned()),
        Just("  • A headline about something\n".to_owned()),
        Just("The talks were held on the border.\n".to_owned()),
        Just("\u{a0}".to_owned()),
        Just("\u{200b}".to_owned()),
        Just("\u{200d}".to_owned()),
        Just("\r\n".to_owned()),
        Just("  ".to_owned()),
        Just("\u{e2}\u{20ac}\u{2122}".to_owned()),
        Just("\u{c3}\u{a9}".to_owned()),
        Just("\u{c3}".to_owned()),
        Just("e\u{301}".to_owned()),
        Just("👩\u{200d}👩\u{200d}👧".to_owned()),
        Just("مرحبا".to_owned()),
        Just("\n".to_owned()),
        Just("\t".to_owned()),
        "[a-zA-Z ]{1,12}",
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn random_unicode_is_patched_completely(input in "\\PC{0,200}") {
        check(&input);
    }

    #[test]
    fn newsy_text_is_patched_completely(input in newsy_text()) {
        check(&input);
    }

    /// The offset map itself, under arbitrary batches of arbitrary replacements.
    #[test]
    fn text_apply_keeps_the_map(input in "[a-cé\n ]{0,40}", batches in prop::collection::vec(prop::collection::vec((0usize..50, 0usize..4, "[xyé]{0,3}"), 0..5), 0..6)) {
        let mut text = Text::new(&input);
        for batch in batches {
            let cur = text.as_str().to_owned();
            let mut reps = Vec::new();
            let mut pos = 0;
            for (gap, len, after) in batch {
                let mut start = (pos + gap).min(cur.len());
                while !cur.is_char_boundary(start) { start -= 1; }
                let start = start.max(pos);
                let mut end = (start + len).min(cur.len());
                while !cur.is_char_boundary(end) { end += 1; }
                reps.push(Replacement::new(start..end, after, EditKind::Whitespace, "test.random"));
                pos = end;
            }
            text.apply("test", reps).unwrap();
            let edits = text.edits();
            let applied = apply_edits(&input, &edits);
            let reverted = revert_edits(text.as_str(), &edits);
            prop_assert_eq!(applied.as_deref(), Some(text.as_str()));
            prop_assert_eq!(reverted.as_deref(), Some(input.as_str()));
        }
    }
}

#[test]
fn reference_documents_are_patched_completely() {
    for line in include_str!("data/reference/reference.jsonl").lines() {
        let doc: serde_json::Value = serde_json::from_str(line).unwrap();
        check(doc["text"].as_str().unwrap());
    }
}

#[test]
fn one_normalizer_serves_many_threads() {
    let inputs: Vec<String> = (0..32)
        .map(|i| format!("Doc {i}:\u{a0}caf\u{c3}\u{a9}  and more text {i}"))
        .collect();
    let expected: Vec<String> = inputs.iter().map(|s| NORMALIZER.normalize(s).text).collect();
    std::thread::scope(|scope| {
        let handles: Vec<_> = inputs
            .chunks(8)
            .map(|chunk| scope.spawn(move || chunk.iter().map(|s| NORMALIZER.normalize(s).text).collect::<Vec<_>>()))
            .collect();
        let got: Vec<String> = handles.into_iter().flat_map(|h| h.join().unwrap()).collect();
        assert_eq!(got, expected);
    });
}
