//! Word-level scanning shared by the stages: letter runs and lower-case lookups, fast on ASCII.
//!
//! Most news text is ASCII with a sprinkling of other characters, so the scanners here look at
//! bytes and decode a character only where a byte is not ASCII. That keeps the stop-word
//! counts, the document vocabulary and the duplicate keys from paying UTF-8 decoding and a
//! `String` per word.

// The closed-class word lists of this module (`MONTHS`, `TOP_LEVEL_DOMAINS`): data, kept in
// `dictionaries/word-classes/shared.tsv` and turned into constants by `build.rs`.
include!(concat!(env!("OUT_DIR"), "/word-classes/shared.rs"));

/// The maximal runs of alphabetic characters of `s`, in order (`"Kyiv's 2 mayors"` gives
/// `Kyiv`, `s`, `mayors`).
pub fn letter_runs(s: &str) -> LetterRuns<'_> {
    LetterRuns { s, pos: 0 }
}

/// Iterator returned by [`letter_runs`].
#[derive(Debug, Clone)]
pub struct LetterRuns<'a> {
    s: &'a str,
    pos: usize,
}

/// Whether the character starting at byte `pos` of `s` is a letter, and its length in bytes.
/// `pos` is always on a character boundary: the scanner only advances by whole characters.
#[inline]
fn letter_at(s: &str, pos: usize) -> (bool, usize) {
    let b = s.as_bytes()[pos];
    if b < 0x80 {
        (b.is_ascii_alphabetic(), 1)
    } else {
        let c = s[pos..].chars().next().unwrap_or(' ');
        (c.is_alphabetic(), c.len_utf8())
    }
}

/// What a byte is to the letter-run scanner: an ASCII letter, the first byte of a non-ASCII
/// char (decoded to tell), or anything else (a separator). One table lookup a byte instead of
/// range tests: this loop runs over every byte several times per document.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ByteClass {
    Separator,
    AsciiLetter,
    NonAscii,
}

const BYTE_CLASS: [ByteClass; 256] = {
    let mut table = [ByteClass::Separator; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = if b >= 0x80 {
            ByteClass::NonAscii
        } else if (b as u8).is_ascii_alphabetic() {
            ByteClass::AsciiLetter
        } else {
            ByteClass::Separator
        };
        b += 1;
    }
    table
};

impl<'a> Iterator for LetterRuns<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let bytes = self.s.as_bytes();
        let mut pos = self.pos;
        // Skip to the next letter; ASCII bytes are tested without decoding.
        loop {
            let Some(&b) = bytes.get(pos) else {
                self.pos = pos;
                return None;
            };
            match BYTE_CLASS[usize::from(b)] {
                ByteClass::AsciiLetter => break,
                ByteClass::Separator => pos += 1,
                ByteClass::NonAscii => match letter_at(self.s, pos) {
                    (true, _) => break,
                    (false, width) => pos += width,
                },
            }
        }
        let start = pos;
        while let Some(&b) = bytes.get(pos) {
            match BYTE_CLASS[usize::from(b)] {
                ByteClass::AsciiLetter => pos += 1,
                ByteClass::NonAscii => match letter_at(self.s, pos) {
                    (true, width) => pos += width,
                    (false, _) => break,
                },
                ByteClass::Separator => break,
            }
        }
        self.pos = pos;
        Some(&self.s[start..pos])
    }
}

/// The byte offsets of `run`'s lower-to-upper steps (`sinceJune` → 5), where the `words` stage
/// puts back a lost space; stages that judge text before it read words as it will leave them.
pub fn camel_steps(run: &str) -> impl Iterator<Item = usize> + '_ {
    run.char_indices()
        .zip(run.chars().skip(1))
        .filter(|&((_, a), b)| a.is_lowercase() && b.is_uppercase())
        .map(|((i, a), _)| i + a.len_utf8())
}

/// `s` with a space at each of its lower-to-upper steps ([`camel_steps`]): its words as the
/// `words` stage may leave them (`A ofAÃ` → `A of AÃ`), for a rule judged before it. Borrowed
/// when there is none.
pub fn spaced_at_camel_steps(s: &str) -> std::borrow::Cow<'_, str> {
    let mut steps = camel_steps(s).peekable();
    if steps.peek().is_none() {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 4);
    let mut from = 0;
    for at in steps {
        out.push_str(&s[from..at]);
        out.push(' ');
        from = at;
    }
    out.push_str(&s[from..]);
    std::borrow::Cow::Owned(out)
}

/// Whether `w` is a year of this or the last century written in four digits (`2022`, `1991`).
pub fn is_year(w: &str) -> bool {
    w.len() == 4 && (w.starts_with("19") || w.starts_with("20")) && w.bytes().all(|b| b.is_ascii_digit())
}

/// Whether `w` is a capitalized word: a capital, then one lower-case letter or more (`June`,
/// `Kirilenko`).
pub fn is_title(w: &str) -> bool {
    let mut c = w.chars();
    c.next().is_some_and(char::is_uppercase) && c.clone().next().is_some() && c.all(char::is_lowercase)
}

/// The longest prefix of `s` of at most `max_bytes` bytes that ends on a char boundary.
pub fn head_within(s: &str, max_bytes: usize) -> &str {
    let mut end = s.len().min(max_bytes);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// Calls `f` with `w` in lower case, without allocating for ASCII words of up to 32 bytes.
pub fn with_lowercase<T>(w: &str, f: impl FnOnce(&str) -> T) -> T {
    let mut buf = [0u8; 32];
    // Most words are lower-case ASCII already: no copy at all.
    if w.bytes().all(|b| b.is_ascii_lowercase()) {
        return f(w);
    }
    if w.len() <= buf.len() && w.is_ascii() {
        let buf = &mut buf[..w.len()];
        buf.copy_from_slice(w.as_bytes());
        buf.make_ascii_lowercase();
        // ASCII in, ASCII out.
        f(std::str::from_utf8(buf).unwrap_or(w))
    } else {
        f(&w.to_lowercase())
    }
}

/// The letters `a` to `z` that `word` has (bit 0 for `a`), and bit 26 for any other character: a
/// word one edit from another differs from it in at most two of these bits, which rules out most
/// candidates before [`within_one_edit`] compares them.
pub fn letter_set(word: &str) -> u32 {
    word.bytes().fold(0, |set, b| match b {
        b'a'..=b'z' => set | 1 << (b - b'a'),
        b'A'..=b'Z' => set | 1 << (b - b'A'),
        _ => set | 1 << 26,
    })
}

/// Whether two words with these [`letter_set`]s may be one edit apart.
pub fn may_be_one_edit(a: u32, b: u32) -> bool {
    (a ^ b).count_ones() <= 2
}

/// The Damerau-Levenshtein distance of `a` and `b` when it is 0 or 1 (one letter inserted,
/// deleted, replaced, or two neighbours swapped), `None` when it is more. Linear time and no
/// allocation for ASCII: the fuzzy name pass asks this of many candidates and needs nothing finer.
pub fn within_one_edit(a: &str, b: &str) -> Option<usize> {
    if a == b {
        return Some(0);
    }
    if a.is_ascii() && b.is_ascii() {
        one_edit(a.as_bytes(), b.as_bytes())
    } else {
        let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
        one_edit(&a, &b)
    }
}

fn one_edit<T: PartialEq>(a: &[T], b: &[T]) -> Option<usize> {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[prefix..], &b[prefix..]);
    let suffix = a.iter().rev().zip(b.iter().rev()).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[..a.len() - suffix.min(a.len())], &b[..b.len() - suffix.min(b.len())]);
    let one = match (a.len(), b.len()) {
        (0, 1) | (1, 0) | (1, 1) => true,
        // Two neighbours swapped: `ab` against `ba`.
        (2, 2) => a[0] == b[1] && a[1] == b[0],
        _ => false,
    };
    one.then_some(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_match_the_char_based_split() {
        for s in [
            "",
            "  ",
            "Kyiv's 2 mayors",
            "Zürich–Kyiv: «Ще», naïve—ok",
            "a1b2c",
            "ß\u{200b}ẞ 𝔸x",
        ] {
            let slow: Vec<&str> = s
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| !w.is_empty())
                .collect();
            assert_eq!(letter_runs(s).collect::<Vec<_>>(), slow, "{s:?}");
        }
    }

    #[test]
    fn one_edit_agrees_with_damerau_levenshtein() {
        let words = [
            "reznikov",
            "reznikow",
            "rezniko",
            "reznikovv",
            "erznikov",
            "reznikvo",
            "rexnikov",
            "medvedev",
            "medvedchuk",
            "",
            "a",
            "ab",
            "ba",
            "abc",
            "acb",
            "kyïv",
            "kyiv",
            "aab",
            "aba",
        ];
        for a in words {
            for b in words {
                let d = strsim::damerau_levenshtein(a, b);
                assert_eq!(within_one_edit(a, b), (d <= 1).then_some(d), "{a} {b}");
                // The letter-set filter never rules out a word one edit away.
                if d <= 1 {
                    assert!(may_be_one_edit(letter_set(a), letter_set(b)), "{a} {b}");
                }
            }
        }
    }

    #[test]
    fn lowercase_without_allocation_agrees() {
        for w in ["Kyiv", "KYIV", "Zürich", "ΣΊΣΥΦΟΣ", &"A".repeat(40)] {
            assert_eq!(with_lowercase(w, str::to_owned), w.to_lowercase());
        }
    }
}
