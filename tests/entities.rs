//! The library side of the name tools: entity ids on name edits, `Entities` (known names and
//! clusters of unknown ones), `cluster_names`, `NameDict::stats`, and the `[names] style` option.

use mtnorm::config::CanonicalStyle;
use mtnorm::stages::names::{NameDict, NameSource};
use mtnorm::{apply_edits, cluster_names, Config, Edit, Entities, Normalizer};
use std::path::PathBuf;

fn english() -> Normalizer {
    Normalizer::builder().language("en").build().unwrap()
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("mtnorm-entities-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("names")).unwrap();
    dir
}

const HEADER: &str = "id\ttype\tnative\ten\tde\tfr\tes\tit\tpt\tpl\tvariants\n";

// --- entity ids in the report ---

#[test]
fn name_edits_name_their_entity_and_other_edits_do_not() {
    let input = "Talks\u{a0}began. Oleksiy Reznikov flew to Kiev; President Zelenskky stayed.";
    let out = english().normalize(input);
    let ids: Vec<(&str, Option<&str>)> = out
        .edits
        .iter()
        .map(|e| (e.before.as_str(), e.entity.as_deref()))
        .collect();
    assert_eq!(
        ids,
        [
            ("\u{a0}", None),
            ("Oleksiy", Some("oleksii-reznikov")),
            ("Kiev", Some("kyiv")),
            ("Zelenskky", Some("volodymyr-zelenskyy")),
        ]
    );
    // Serialized only where present, and reports without it still read.
    let json = serde_json::to_string(&out.edits).unwrap();
    assert_eq!(json.matches("\"entity\"").count(), 3, "{json}");
    let old = r#"{"span":{"start":0,"end":1},"before":"a","after":"b","output_span":{"start":0,"end":1},"kind":"encoding","rule":"unicode.mojibake","confidence":1.0}"#;
    let edit: Edit = serde_json::from_str(old).unwrap();
    assert_eq!(edit.entity, None);
}

/// A name rewritten after an earlier stage changed it is one edit, whose main rule may be the
/// earlier one; the edit still names the entity.
#[test]
fn a_merged_edit_keeps_the_entity() {
    let input = "Talks in Ki\u{301}ev, Ukraine, went on."; // decomposed: NFC first, then the name
    let out = english().normalize(input);
    assert_eq!(out.text, "Talks in Kyiv, Ukraine, went on.");
    assert_eq!(apply_edits(input, &out.edits).unwrap(), out.text);
    assert_eq!(out.edits.len(), 1, "{:?}", out.edits);
    let edit = &out.edits[0];
    assert!(
        edit.rule.starts_with("unicode.") && edit.also.iter().any(|r| r.starts_with("names.")),
        "{edit:?}"
    );
    assert_eq!(edit.entity.as_deref(), Some("kyiv"));
}

// --- clusters ---

#[test]
fn reznikow_and_reznikoff_cluster_but_medvedev_and_medvedchuk_do_not() {
    let clusters = cluster_names([
        ("Reznikow", 3),
        ("Reznikoff", 2),
        ("Réznikov", 1),
        ("Medvedev", 4),
        ("Medvedchuk", 4),
    ]);
    let sets: Vec<Vec<&str>> = clusters
        .iter()
        .map(|c| c.spellings.iter().map(|s| s.spelling.as_str()).collect())
        .collect();
    assert_eq!(
        sets,
        [
            vec!["Reznikow", "Reznikoff", "Réznikov"],
            vec!["Medvedchuk"],
            vec!["Medvedev"]
        ]
    );
    assert_eq!((clusters[0].chosen.as_str(), clusters[0].count), ("Reznikow", 6));
}

#[test]
fn feminine_and_genitive_forms_are_other_names() {
    let clusters = cluster_names([
        ("Kovtunenko", 2),
        ("Kovtunenka", 1),
        ("Zarubinov", 2),
        ("Zarubinova", 1),
    ]);
    // One letter apart: a slip (`Kovtunenka`) joins; `-a` after a consonant is a feminine form.
    let chosen: Vec<(&str, usize)> = clusters.iter().map(|c| (c.chosen.as_str(), c.count)).collect();
    assert_eq!(chosen, [("Kovtunenko", 3), ("Zarubinov", 2), ("Zarubinova", 1)]);
}

#[test]
fn the_chosen_form_is_the_most_frequent_then_the_closest_to_ascii() {
    let c = &cluster_names([("Vélychko", 3), ("Velychko", 2), ("Welytschko", 1)])[0];
    assert_eq!(c.chosen, "Vélychko");
    let c = &cluster_names([("Vélychko", 2), ("Welytschko", 2)])[0];
    assert_eq!(c.chosen, "Welytschko");
    assert!(cluster_names(std::iter::empty::<(&str, usize)>()).is_empty());
}

// --- Entities ---

#[test]
fn unknown_names_cluster_across_documents() {
    let mut names = Entities::new();
    assert!(names.add("The analyst Reznikow said so. Later Reznikoff agreed.", "en"));
    assert!(names.add("Der Analyst Réznikow sagte, dass Reznikoff recht habe.", "de"));
    let report = names.report(2);
    // The dictionary knows Reznikov: `Reznikow` is his (generated in German, one lost accent off
    // in English)...
    let reznikov: Vec<_> = report.known.iter().filter(|k| k.id == "oleksii-reznikov").collect();
    assert_eq!(reznikov.len(), 2, "one per language: {reznikov:?}");
    // ...but `Reznikoff` is two edits from any of his spellings: unknown, and said to be near him.
    assert_eq!(report.unknown.len(), 1, "{:?}", report.unknown);
    let u = &report.unknown[0];
    assert_eq!(
        (u.cluster.chosen.as_str(), u.cluster.count, u.documents),
        ("Reznikoff", 2, 2)
    );
    assert_eq!(u.near, ["oleksii-reznikov"]);

    // A name the dictionary does not know.
    let mut names = Entities::new();
    names.add("The analyst Kovtunenko said so, and Kowtunenko agreed.", "en");
    names.add("Der Analyst Kovtunenko sagte, dass Kowtunenko recht habe.", "de");
    names.add(
        "A driver named Tkachuk waited. Ostapchuk left.\nOstapchuk returned.",
        "en",
    );
    let report = names.report(2);
    assert_eq!(report.documents, 3);
    assert_eq!(report.unknown.len(), 1, "{:?}", report.unknown);
    let u = &report.unknown[0];
    assert_eq!(
        (u.cluster.chosen.as_str(), u.cluster.count, u.documents),
        ("Kovtunenko", 4, 2)
    );
    // Seen once (`Tkachuk`) is noise until asked for; only ever sentence-initial is never a name.
    let all = names.report(1);
    let chosen: Vec<&str> = all.unknown.iter().map(|u| u.cluster.chosen.as_str()).collect();
    assert_eq!(chosen, ["Kovtunenko", "Tkachuk"]);
}

#[test]
fn words_of_the_language_and_of_the_dictionary_are_not_unknown_names() {
    let mut names = Entities::new();
    for _ in 0..3 {
        // `Medvedev` is only listed in full names, `Minister` and `Monday` are English words,
        // `NATO` is an acronym, `Kyiv` in a URL is no use of the name.
        names.add(
            "On Monday the Minister said that Medvedev and NATO met, see https://x.com/Kyiv for more.",
            "en",
        );
    }
    let report = names.report(1);
    assert!(report.unknown.is_empty(), "{:?}", report.unknown);
    assert!(report.known.is_empty(), "{:?}", report.known);
}

#[test]
fn known_names_say_where_each_spelling_comes_from() {
    let mut names = Entities::new();
    names.add(
        "Oleksiy Resnikow met Reznikov's staff in Kiev, then President Zelenskky in Kyiv.",
        "en",
    );
    let report = names.report(2);
    let source = |id: &str, spelling: &str| {
        report
            .known
            .iter()
            .find(|k| k.id == id)
            .and_then(|k| k.spellings.iter().find(|s| s.spelling == spelling))
            .map(|s| s.source)
    };
    assert_eq!(source("kyiv", "Kiev"), Some(NameSource::Listed));
    assert_eq!(source("kyiv", "Kyiv"), Some(NameSource::Listed));
    assert_eq!(
        source("oleksii-reznikov", "Oleksiy Resnikow"),
        Some(NameSource::Generated { scheme: "mixed" })
    );
    assert_eq!(
        source("volodymyr-zelenskyy", "Zelenskky"),
        Some(NameSource::Fuzzy { distance: 1 })
    );
    let kyiv = report.known.iter().find(|k| k.id == "kyiv").unwrap();
    assert_eq!((kyiv.canonical.as_str(), kyiv.count, kyiv.documents), ("Kyiv", 2, 1));
    // Most frequent first.
    assert_eq!(report.known[0].count, 2);
}

/// A given name and surname that lost the space between them (a speaker label in capitals, a
/// link boundary) is the person, written canonically; a long word of the language, or names the
/// dictionary does not know, are not.
#[test]
fn a_glued_given_name_and_surname_is_the_person() {
    let en = english();
    let cases = [
        (
            "The envoy denied it. VASSILYNEBENZIA (Russia): “We do not bomb civilians.”",
            "The envoy denied it. Vasily Nebenzya (Russia): “We do not bomb civilians.”",
        ),
        ("Then Oleksiyreznikov said so.", "Then Oleksii Reznikov said so."),
        ("Independence was declared.", "Independence was declared."),
        ("Then Mariakowalska said so.", "Then Mariakowalska said so."),
    ];
    for (input, want) in cases {
        assert_eq!(en.normalize(input).text, want, "{input}");
    }
    let mut names = Entities::new();
    names.add("Then Oleksiyreznikov said so.", "en");
    let report = names.report(1);
    let reznikov = report.known.iter().find(|k| k.id == "oleksii-reznikov").unwrap();
    assert_eq!(reznikov.spellings[0].source, NameSource::Glued);
    let off = Normalizer::builder()
        .language("en")
        .disable("names.glued")
        .build()
        .unwrap();
    assert_eq!(
        off.normalize("Then Oleksiyreznikov said so.").text,
        "Then Oleksiyreznikov said so."
    );
}

#[test]
fn a_generated_spelling_names_its_scheme() {
    let mut names = Entities::new();
    names.add(
        "Der Minister Oleksij Resnikow sprach mit Wolodymyr Selenskyj in Kiew.",
        "de",
    );
    let report = names.report(1);
    for k in &report.known {
        for s in &k.spellings {
            if let NameSource::Generated { scheme } = s.source {
                assert!(
                    scheme == "mixed" || mtnorm::translit::Scheme::ALL.iter().any(|x| x.id() == scheme),
                    "{scheme}"
                );
            }
        }
    }
    assert!(report.known.iter().any(|k| k.id == "volodymyr-zelenskyy"));
}

#[test]
fn documents_in_other_languages_are_skipped_and_bad_folders_refused() {
    let mut names = Entities::new();
    assert!(!names.add("Київ", "uk"));
    assert!(!names.add("Kiev", ""));
    let report = names.report(1);
    assert_eq!((report.documents, report.skipped), (2, 2));
    assert!(Entities::with_dictionaries(&[PathBuf::from("no/such/folder")]).is_err());
}

#[test]
fn entities_use_the_canonical_style() {
    let mut names = Entities::new().style(CanonicalStyle::NativeRomanization);
    names.add("Talks in Moscow and Kiev.", "en");
    let report = names.report(1);
    let canonical: Vec<&str> = report.known.iter().map(|k| k.canonical.as_str()).collect();
    assert!(
        canonical.contains(&"Moskva") && canonical.contains(&"Kyiv"),
        "{canonical:?}"
    );
}

// --- dictionary statistics ---

#[test]
fn stats_add_up() {
    let dict = NameDict::open(&[]).unwrap();
    let stats = dict.stats();
    assert_eq!(stats.entities.total, dict.entities().len());
    assert_eq!(
        stats.entities.person + stats.entities.place + stats.entities.organisation,
        stats.entities.total
    );
    assert!(stats.keep_phrases > 0 && stats.native_romanizations > 0);
    for l in &stats.languages {
        assert_eq!(l.listed + l.generated, l.spellings, "{}", l.lang);
        assert!(l.fuzzy_candidates > 0 && l.fuzzy_candidates < l.spellings, "{}", l.lang);
    }
}

// --- canonical style ---

fn native() -> Normalizer {
    Normalizer::builder()
        .language("en")
        .names_style(CanonicalStyle::NativeRomanization)
        .build()
        .unwrap()
}

#[test]
fn native_romanization_writes_the_national_system_in_every_language() {
    let out = native().normalize("Sergei Shoigu and Oleksiy Reznikov met in Moscow, then in Kiev.");
    assert_eq!(
        out.text,
        "Sergej Šojgu and Oleksii Reznikov met in Moskva, then in Kyiv."
    );
    // The same name in German text.
    let de = Normalizer::builder()
        .language("de")
        .names_style(CanonicalStyle::NativeRomanization)
        .build()
        .unwrap();
    assert_eq!(
        de.normalize("Gespräche in Moskau und Kiew.").text,
        "Gespräche in Moskva und Kyiv."
    );
    // Stable: the national form is a spelling of the same entity.
    let again = native().normalize(&out.text);
    assert!(again.edits.is_empty(), "{:?}", again.edits);
    // A cleric's title is not a given name and surname: it stays.
    assert_eq!(
        native().normalize("Patriarch Kirill of Moscow spoke.").text,
        "Patriarch Kirill of Moscow spoke."
    );
}

#[test]
fn the_style_comes_from_the_configuration_file() {
    let config = Config::from_toml("language = \"en\"\n[names]\nstyle = \"native-romanization\"\n").unwrap();
    assert_eq!(config.names.style, CanonicalStyle::NativeRomanization);
    let n = Normalizer::from_config(config.clone()).unwrap();
    assert_eq!(n.normalize("Talks in Moscow.").text, "Talks in Moskva.");
    assert!(config.to_toml().contains("[names]\nstyle = \"native-romanization\""));
    assert_eq!(Config::default().names.style, CanonicalStyle::Wikipedia);
    let err = Config::from_toml("[names]\nstyle = \"latin\"\n").unwrap_err();
    assert!(
        err.to_string().contains("latin") || err.to_string().contains("variant"),
        "{err}"
    );
    assert!(Config::from_toml("[names]\nstyel = \"wikipedia\"\n").is_err());
}

#[test]
fn a_user_row_keeps_its_canonical_names_in_every_style() {
    let dir = temp_dir("style");
    std::fs::write(
        dir.join("names/places.tsv"),
        format!(
            "{HEADER}moscow\tplace\tru:Москва\tMoscow City\tMoskau\tMoscou\tMoscú\tMosca\tMoscou\tMoskwa\tMoscow\n"
        ),
    )
    .unwrap();
    let n = Normalizer::builder()
        .language("en")
        .names_style(CanonicalStyle::NativeRomanization)
        .dictionary_dir(&dir)
        .build()
        .unwrap();
    assert_eq!(
        n.normalize("Talks in Moskau, then in Kiev.").text,
        "Talks in Moscow City, then in Kyiv."
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

// --- hostile input ---

/// No panic and no nonsense on what the other tests call hostile: binary data, huge tokens,
/// scripts without case, combining marks, the fuzz regressions.
#[test]
fn entities_survive_hostile_input() {
    let mut inputs: Vec<String> = vec![
        String::new(),
        "\u{0}\u{1}\u{feff}Kyiv\u{200b}Kiev".into(),
        "A".repeat(100_000),
        format!("Zelenskky{}", "y".repeat(10_000)),
        "Ǆemal Ǉubljana ǅ ΣΊΣΥΦΟΣ Σίσυφος Київ 北京 कीव".into(),
        "Ki\u{301}ev Ke\u{301}\u{301}\u{301}rch K\u{0}iev".into(),
        "Kiev\n".repeat(10_000),
        "Reznikow. ".repeat(1_000),
    ];
    let regressions = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions");
    for entry in std::fs::read_dir(regressions).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        inputs.push(String::from_utf8_lossy(&bytes).into_owned());
    }
    let mut names = Entities::new();
    for input in &inputs {
        for lang in mtnorm::stages::names::LANGUAGES {
            assert!(names.add(input, lang));
        }
    }
    let report = names.report(1);
    assert_eq!(report.documents, inputs.len() * 7);
    // `Reznikow.` a thousand times, always sentence-initial after the first: still his.
    assert!(report.known.iter().any(|k| k.id == "oleksii-reznikov"));
    for u in &report.unknown {
        assert!(u.cluster.count >= 1 && !u.cluster.chosen.is_empty(), "{u:?}");
    }
}

/// The words stage reads the user's name dictionaries too: a user's name is never split as two
/// glued words (`Outwater` opening a sentence is `Out` and `water` to a reader without it).
#[test]
fn a_user_name_is_not_split_by_the_words_stage() {
    let dir = temp_dir("words-user-name");
    let row = "ivan-outwater\tperson\t-\tIvan Outwater\tIvan Outwater\tIvan Outwater\tIvan Outwater\tIvan Outwater\tIvan Outwater\tIvan Outwater\t-\n";
    std::fs::write(dir.join("names/people.tsv"), format!("{HEADER}{row}")).unwrap();
    let text = "The minister spoke. Outwater said on Monday that the talks would go on.";
    let with = Normalizer::builder()
        .language("en")
        .dictionary_dir(&dir)
        .build()
        .unwrap();
    assert_eq!(with.normalize(text).text, text);
    assert_eq!(
        english().normalize(text).text,
        "The minister spoke. Out water said on Monday that the talks would go on."
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
