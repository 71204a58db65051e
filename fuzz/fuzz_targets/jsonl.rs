//! JSON Lines through the CLI's own record code (`src/bin/mtnorm/jsonl.rs`, compiled in here),
//! in process: every line that parses as a record with a string `text` field is normalized,
//! the report is checked, and the record written back must parse again with the new text and
//! every other field byte for byte. Lines that are not such records are also run through plain
//! `serde_json::Value` parsing, and any string found anywhere in them is normalized too.
#![no_main]

use libfuzzer_sys::fuzz_target;
use serde_json::Value;

#[allow(dead_code)]
#[path = "../../src/bin/mtnorm/jsonl.rs"]
mod jsonl;

fn strings<'a>(v: &'a Value, out: &mut Vec<&'a str>) {
    match v {
        Value::String(s) => out.push(s),
        Value::Array(a) => a.iter().for_each(|v| strings(v, out)),
        Value::Object(o) => o.values().for_each(|v| strings(v, out)),
        _ => {}
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(all) = std::str::from_utf8(data) else { return };
    let (_, normalizer) = &mtnorm_fuzz::NORMALIZERS[1];
    for line in all.split('\n') {
        let line = line.strip_suffix('\r').unwrap_or(line);
        match jsonl::Record::parse(line) {
            Ok(record) => {
                let Ok(text) = record.text("text") else { continue };
                let out = normalizer.normalize(&text);
                mtnorm_fuzz::check_report("jsonl", &text, &out);
                let mut buf = Vec::new();
                record.write(&mut buf, "text", &out.text, Some(("report", &out.report())));
                assert_eq!(buf.last(), Some(&b'\n'), "written record does not end with a newline");
                assert_eq!(
                    buf.iter().filter(|&&b| b == b'\n').count(),
                    1,
                    "written record spans lines"
                );
                let written = std::str::from_utf8(&buf).expect("written record is UTF-8");
                let again = jsonl::Record::parse(written.trim_end_matches('\n'))
                    .unwrap_or_else(|e| panic!("written record does not parse: {e}\n{written}"));
                assert_eq!(
                    again.text("text").as_deref(),
                    Ok(out.text.as_str()),
                    "text field not written back"
                );
                // Writing the original text back gives the same record, field for field.
                let mut same = Vec::new();
                record.write(&mut same, "text", &text, None::<(&str, &())>);
                let a: Value = serde_json::from_str(line).expect("parsed line is JSON");
                let b: Value = serde_json::from_slice(&same).expect("rewritten line is JSON");
                if !has_duplicate_keys(line) {
                    assert_eq!(a, b, "record changed although its text did not");
                }
            }
            Err(_) => {
                if let Ok(v) = serde_json::from_str::<Value>(line) {
                    let mut found = Vec::new();
                    strings(&v, &mut found);
                    for s in found {
                        let out = normalizer.normalize(s);
                        mtnorm_fuzz::check_report("jsonl-value", s, &out);
                    }
                }
            }
        }
    }
});

/// serde_json::Value keeps the last of duplicate keys, the record keeps all: not comparable.
fn has_duplicate_keys(line: &str) -> bool {
    #[derive(serde::Deserialize)]
    struct Keys(#[serde(deserialize_with = "keys")] Vec<String>);
    fn keys<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Vec<String>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut m: A) -> Result<Vec<String>, A::Error> {
                let mut out = Vec::new();
                while let Some((k, _)) = m.next_entry::<String, serde::de::IgnoredAny>()? {
                    out.push(k);
                }
                Ok(out)
            }
        }
        d.deserialize_map(V)
    }
    match serde_json::from_str::<Keys>(line) {
        Ok(Keys(mut k)) => {
            let n = k.len();
            k.sort();
            k.dedup();
            k.len() != n
        }
        Err(_) => true,
    }
}
