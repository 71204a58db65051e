//! Romanizes the native-script names of the built-in name dictionaries once, at build time.
//!
//! Building the names index needs every romanization of every native name (eleven schemes for
//! some 1,250 names): done at run time it was a third of mtnorm's start-up. The table written
//! here (`$OUT_DIR/romanized.tsv`) is embedded and looked up by the names stage; user
//! dictionaries, which are only known at run time, are romanized then.

#[allow(dead_code)]
#[path = "src/translit.rs"]
mod translit;

use std::fmt::Write as _;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
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
    let dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(format!("{dir}/romanized.tsv"), out).expect("write romanized.tsv");
}
