//! The name test set (`tests/data/names/`, made by `tools/make_name_variants.py`): spellings the
//! `names` stage must rewrite to the canonical name of the text's language, and capitalized words
//! and other people's names it must leave alone. Run with `--nocapture` to see every failure.

use mtnorm::Normalizer;
use std::collections::{BTreeMap, HashMap};

fn rows(file: &str) -> Vec<Vec<String>> {
    let path = format!("{}/tests/data/names/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.lines()
        .skip(1)
        .map(|l| l.split('\t').map(str::to_owned).collect())
        .collect()
}

/// The names stage alone, the language forced: other stages do other, legitimate things to a
/// bare word (a lone `Home` line is site chrome).
fn names_only(lang: &str) -> Normalizer {
    [
        "unicode",
        "language",
        "teaser",
        "chrome",
        "credit",
        "duplicate",
        "words",
    ]
    .iter()
    .fold(Normalizer::builder().language(lang), |b, &stage| b.disable(stage))
    .build()
    .unwrap()
}

/// `text` cleaned as a line of a document about the region: the stage rewrites a place of it
/// named alone only there (a line naming `Ukraine` after it; the first line is returned).
fn in_the_region(n: &Normalizer, text: &str) -> String {
    let out = n.normalize(&format!("{text}\n\nUkraine")).text;
    out.split('\n').next().unwrap_or("").to_owned()
}

/// People ids: a one-word variant of a person replaces only the surname.
fn people() -> Vec<String> {
    let text =
        std::fs::read_to_string(format!("{}/dictionaries/names/people.tsv", env!("CARGO_MANIFEST_DIR"))).unwrap();
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split('\t').next().map(str::to_owned))
        .collect()
}

/// `want` as the names stage leaves the writer's choices: a word the variant writes in lower
/// case in the same place stays in lower case (`Amurskaya oblast` → `Amur oblast`), and the
/// variant's apostrophes stay (`Kazan’`).
fn writers_choices(variant: &str, want: &str) -> String {
    let (variant_words, want_words): (Vec<&str>, Vec<&str>) = (variant.split(' ').collect(), want.split(' ').collect());
    if variant_words.len() != want_words.len() {
        return want.to_owned();
    }
    let apostrophe = |w: &str| w.replace('’', "'");
    variant_words
        .iter()
        .zip(&want_words)
        .map(|(v, w)| {
            let lower = !v.chars().any(char::is_uppercase) && v.to_lowercase() == w.to_lowercase();
            if lower || apostrophe(v) == apostrophe(w) {
                (*v).to_owned()
            } else {
                (*w).to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The set is made from the dictionaries by `tools/make_name_variants.py`, which needs the
/// data-sources folder outside the repository; so the test cannot remake it, but it can tell that
/// a dictionary (or the script) changed since it was made: `inputs.tsv` holds each input's size
/// and FNV-1a hash as the script last read them.
#[test]
fn set_is_made_from_the_current_dictionaries() {
    use std::hash::Hasher;
    let root = env!("CARGO_MANIFEST_DIR");
    let stale: Vec<String> = rows("inputs.tsv")
        .iter()
        .filter(|row| {
            let data = std::fs::read(format!("{root}/{}", row[0])).unwrap_or_default();
            let mut hash = fnv::FnvHasher::default();
            hash.write(&data);
            [data.len().to_string(), format!("{:016x}", hash.finish())] != row[1..]
        })
        .map(|row| row[0].clone())
        .collect();
    assert!(
        stale.is_empty(),
        "changed since tests/data/names/ was made: {stale:?}; run `python3 tools/make_name_variants.py` and review the diff"
    );
}

#[test]
fn variants_and_distractors() {
    let mut normalizers: HashMap<String, Normalizer> = HashMap::new();
    let people = people();
    let mut by_source: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for row in rows("variants.tsv") {
        let [lang, variant, canonical, entity, source] = &row[..] else {
            panic!("bad row {row:?}")
        };
        let n = normalizers.entry(lang.clone()).or_insert_with(|| names_only(lang));
        let want = match canonical.rsplit_once(' ') {
            Some((_, surname)) if !variant.contains(' ') && people.contains(entity) => surname,
            _ => canonical.as_str(),
        };
        let got = in_the_region(n, variant);
        let want = writers_choices(variant, want);
        let tally = by_source
            .entry(source.split(':').next().unwrap_or("").to_owned())
            .or_default();
        tally.1 += 1;
        if got == want {
            tally.0 += 1;
        } else {
            println!("variant  {lang} {variant:?} -> {got:?}, want {want:?} ({source})");
        }
    }
    let mut merges: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for row in rows("distractors.tsv") {
        let [lang, text, reason] = &row[..] else {
            panic!("bad row {row:?}")
        };
        let n = normalizers.entry(lang.clone()).or_insert_with(|| names_only(lang));
        let got = in_the_region(n, text);
        let tally = merges.entry(reason.clone()).or_default();
        tally.1 += 1;
        if got == *text {
            tally.0 += 1;
        } else {
            println!("distract {lang} {text:?} -> {got:?} ({reason})");
        }
    }
    println!("variants passed by source: {by_source:?}");
    println!("distractors left alone by reason: {merges:?}");
    let pass = |m: &BTreeMap<String, (usize, usize)>, k: &str| m.get(k).copied().unwrap_or((0, 0));
    // Listed and generated spellings are found exactly.
    for source in ["listed", "scheme"] {
        let (ok, all) = pass(&by_source, source);
        assert!(ok * 100 >= all * 99, "{source}: {ok}/{all}");
    }
    // The goal: 99% of variants and no merge of people. Misspellings reach 467/472
    // (the misses are endings two edits away, a lost accent on a three-letter name, and
    // `Buchaa`, one edit from both Bucha and German `Buchara` since Bukhara joined the places:
    // a tie is left alone); the distractors 1,386/1,389 (`Pienza`, a generated Polish-style form
    // of Penza, and `Kirovgrad`, a letter short of `Kirovograd`).
    let (ok, all) = pass(&by_source, "misspelling");
    assert!(ok * 100 >= all * MISSPELLING_FLOOR, "misspellings: {ok}/{all}");
    let (ok, all) = pass(&merges, "other-person");
    assert_eq!(ok, all, "other people changed: {}/{all}", all - ok);
    let (ok, all) = merges.values().fold((0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
    assert!(ok * 1000 >= all * DISTRACTOR_FLOOR_PER_MILLE, "distractors: {ok}/{all}");
}

const MISSPELLING_FLOOR: usize = 98;
const DISTRACTOR_FLOOR_PER_MILLE: usize = 997;
