//! Build-time work on the built-in dictionaries: the romanized native names, and the closed-class
//! word lists as constants.
//!
//! **Romanized names.** Building the names index needs every romanization of every native name
//! (eleven schemes for some 1,250 names): done at run time it was a third of mtnorm's start-up.
//! The table written here (`$OUT_DIR/romanized.tsv`) is embedded and looked up by the names
//! stage; user dictionaries, which are only known at run time, are romanized then.
//!
//! **Word classes.** The stages' closed-class word lists (section names, credit words, number
//! words, offices …) are data, kept in `dictionaries/word-classes/<module>.tsv` beside the other
//! dictionaries. Each becomes a `const` slice in `$OUT_DIR/word-classes/<module>.rs`, which the
//! module `include!`s: the lists cost nothing at run time, and a class the code reads but the
//! file lacks is a compile error.

#[allow(dead_code)]
#[path = "src/translit.rs"]
mod translit;

use std::fmt::Write as _;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for module in ["artifacts", "words", "names", "shared"] {
        let file = format!("dictionaries/word-classes/{module}.tsv");
        println!("cargo:rerun-if-changed={file}");
        let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{file}: {e}"));
        let code = word_classes(&file, &text).unwrap_or_else(|e| panic!("{e}"));
        std::fs::create_dir_all(format!("{dir}/word-classes")).expect("create word-classes/");
        std::fs::write(format!("{dir}/word-classes/{module}.rs"), code).expect("write word classes");
    }
    println!("cargo:rerun-if-changed=src/translit.rs");
    let mut out = String::new();
    let mut seen = std::collections::HashSet::new();
    for file in ["dictionaries/names/people.tsv", "dictionaries/names/places.tsv"] {
        println!("cargo:rerun-if-changed={file}");
        let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{file}: {e}"));
        // Data rows: id, type, native (`lang:Name|lang:Name`), … after comments and the header.
        for line in text.lines().filter(|l| !l.starts_with('#')).skip(1) {
            let Some(natives) = line.split('\t').nth(2) else {
                continue;
            };
            for native in natives.split('|') {
                let Some((code, name)) = native.split_once(':') else {
                    continue;
                };
                let Some(source) = translit::Source::from_code(code) else {
                    continue;
                };
                if !seen.insert((code.to_owned(), name.to_owned())) {
                    continue; // a river and its city share a name
                }
                for (scheme, spelling) in translit::romanizations(name, source) {
                    let _ = writeln!(out, "{code}\t{name}\t{}\t{spelling}", scheme.id());
                }
            }
        }
    }
    std::fs::write(format!("{dir}/romanized.tsv"), out).expect("write romanized.tsv");
}

/// One closed class of words: its documentation and its entries, per language (`*` for any).
struct WordClass {
    name: String,
    doc: Vec<String>,
    by_lang: Vec<(String, Vec<String>)>,
}

/// The Rust constants of a word-class file (format in its header): `const NAME: &[&str]` for a
/// class whose language is `*`, `const NAME: &[(&str, &[&str])]` (language, words) otherwise.
fn word_classes(file: &str, text: &str) -> Result<String, String> {
    let mut classes: Vec<WordClass> = Vec::new();
    let mut comment: Vec<String> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let at = || format!("{file}:{}", n + 1);
        if line.trim().is_empty() {
            comment.clear();
            continue;
        }
        if let Some(c) = line.strip_prefix('#') {
            comment.push(c.strip_prefix(' ').unwrap_or(c).to_owned());
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let [name, lang, entries] = fields[..] else {
            return Err(format!("{}: expected class, language and entries, tab-separated", at()));
        };
        if name.is_empty() || !name.bytes().all(|b| b.is_ascii_uppercase() || b == b'_') {
            return Err(format!(
                "{}: a class's name is in capitals (`SECTION_WORDS`), not `{name}`",
                at()
            ));
        }
        let words: Vec<String> = entries.split(" | ").map(str::to_owned).collect();
        if let Some(bad) = words
            .iter()
            .find(|w| w.is_empty() || w.trim() != w.as_str() || w.contains(['|', '"', '\\']))
        {
            return Err(format!(
                "{}: entry `{bad}` is empty, padded or holds `|`, `\"` or `\\`",
                at()
            ));
        }
        let class = match classes.iter_mut().position(|c| c.name == name) {
            Some(i) if i + 1 == classes.len() => &mut classes[i],
            Some(_) => return Err(format!("{}: the rows of class {name} are not together", at())),
            None => {
                classes.push(WordClass {
                    name: name.to_owned(),
                    doc: std::mem::take(&mut comment),
                    by_lang: Vec::new(),
                });
                classes.last_mut().expect("just pushed")
            }
        };
        comment.clear();
        match class.by_lang.iter_mut().find(|(l, _)| l == lang) {
            Some((_, list)) => list.extend(words),
            None => class.by_lang.push((lang.to_owned(), words)),
        }
        if class.by_lang.len() > 1 && class.by_lang.iter().any(|(l, _)| l == "*") {
            return Err(format!("{}: class {name} mixes `*` with languages", at()));
        }
    }
    let mut out = format!("// Generated by build.rs from {file}: edit that file, not this one.\n");
    for class in &classes {
        for line in &class.doc {
            let _ = writeln!(out, "#[doc = {line:?}]");
        }
        let quoted = |words: &[String]| words.iter().map(|w| format!("{w:?}")).collect::<Vec<_>>().join(", ");
        match &class.by_lang[..] {
            [(lang, words)] if lang == "*" => {
                let _ = writeln!(out, "pub(crate) const {}: &[&str] = &[{}];", class.name, quoted(words));
            }
            langs => {
                let rows: Vec<String> = langs
                    .iter()
                    .map(|(l, w)| format!("({l:?}, &[{}])", quoted(w)))
                    .collect();
                let _ = writeln!(
                    out,
                    "pub(crate) const {}: &[(&str, &[&str])] = &[{}];",
                    class.name,
                    rows.join(", ")
                );
            }
        }
    }
    Ok(out)
}
