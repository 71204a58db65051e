//! JSON Lines records whose other fields pass through byte for byte.
//!
//! A record is parsed into its keys and *raw* values (serde_json's `RawValue`), so numbers,
//! escapes and nesting of the fields mtnorm does not touch are written back exactly as read.

use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde::Serialize;
use serde_json::value::RawValue;
use std::fmt;

/// One JSON object: its fields in order, values unparsed.
#[derive(Debug)]
pub struct Record {
    fields: Vec<(String, Box<RawValue>)>,
}

impl Record {
    /// Parses one line, which must hold one JSON object.
    pub fn parse(line: &str) -> Result<Record, String> {
        serde_json::from_str(line).map_err(|e| format!("invalid JSON record: {e}"))
    }

    /// The string value of `field`.
    pub fn text(&self, field: &str) -> Result<String, String> {
        let (_, raw) = self
            .fields
            .iter()
            .find(|(k, _)| k == field)
            .ok_or_else(|| format!("record has no field `{field}`"))?;
        serde_json::from_str::<String>(raw.get()).map_err(|_| format!("field `{field}` is not a string"))
    }

    /// Writes the record with `field` set to `text` and, if given, `report` added under its name
    /// (replacing a field of that name), followed by a newline.
    pub fn write(&self, out: &mut Vec<u8>, field: &str, text: &str, report: Option<(&str, &impl Serialize)>) {
        self.write_with(out, field, text, report.map(|(name, _)| name), report);
    }

    /// The raw JSON of `field`, if present.
    pub fn raw(&self, field: &str) -> Option<&str> {
        self.fields.iter().find(|(k, _)| k == field).map(|(_, v)| v.get())
    }

    /// Writes the record with `field` set to `text`, without the field `drop`, and with `add`
    /// appended, followed by a newline.
    pub fn write_with(
        &self,
        out: &mut Vec<u8>,
        field: &str,
        text: &str,
        drop: Option<&str>,
        add: Option<(&str, &impl Serialize)>,
    ) {
        let report = add;
        out.push(b'{');
        let mut first = true;
        let mut sep = |out: &mut Vec<u8>| {
            if !std::mem::take(&mut first) {
                out.push(b',');
            }
        };
        for (key, raw) in &self.fields {
            if drop == Some(key.as_str()) {
                continue;
            }
            sep(out);
            write_json(out, key);
            out.push(b':');
            if key == field {
                write_json(out, text);
            } else {
                out.extend_from_slice(raw.get().as_bytes());
            }
        }
        if let Some((name, value)) = report {
            sep(out);
            write_json(out, name);
            out.push(b':');
            write_json(out, value);
        }
        out.extend_from_slice(b"}\n");
    }
}

fn write_json(out: &mut Vec<u8>, value: &(impl Serialize + ?Sized)) {
    serde_json::to_writer(out, value).expect("writing JSON to memory cannot fail");
}

impl<'de> Deserialize<'de> for Record {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct RecordVisitor;
        impl<'de> Visitor<'de> for RecordVisitor {
            type Value = Record;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Record, A::Error> {
                let mut fields = Vec::with_capacity(map.size_hint().unwrap_or(4));
                while let Some((key, value)) = map.next_entry::<String, Box<RawValue>>()? {
                    fields.push((key, value));
                }
                Ok(Record { fields })
            }
        }
        deserializer.deserialize_map(RecordVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn other_fields_pass_through_exactly() {
        let r = Record::parse(r#"{"id":1.50,"text":"a\u00e9","meta":{"x":[1, 2]}}"#).unwrap();
        assert_eq!(r.text("text").unwrap(), "aé");
        let mut out = Vec::new();
        r.write(&mut out, "text", "b", None::<(&str, &())>);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "{\"id\":1.50,\"text\":\"b\",\"meta\":{\"x\":[1, 2]}}\n"
        );
    }

    #[test]
    fn errors_say_what_is_wrong() {
        assert!(Record::parse("[1]").unwrap_err().contains("JSON object"));
        assert!(Record::parse("{\"text\":1}")
            .unwrap()
            .text("text")
            .unwrap_err()
            .contains("not a string"));
        assert!(Record::parse("{\"id\":1}")
            .unwrap()
            .text("text")
            .unwrap_err()
            .contains("no field"));
        assert!(Record::parse("{").is_err());
    }
}
