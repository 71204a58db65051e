//! The `unicode` stage: encoding repair, invisible characters, normalization form, whitespace.
//!
//! It runs first so that every later stage sees one spelling of each character: `é` as one code
//! point, spaces as U+0020, no zero-width characters hiding inside words.
//!
//! # Example
//!
//! ```
//! use mtnorm::Normalizer;
//!
//! let n = Normalizer::new();
//! // Mojibake, a zero-width space and a non-breaking space are repaired…
//! assert_eq!(n.normalize("It\u{e2}\u{20ac}\u{2122}s a\u{200b} caf\u{c3}\u{a9}\u{a0}bar").text, "It’s a café bar");
//! // …while emoji ZWJ sequences and text that is already right stay as they are.
//! assert_eq!(n.normalize("Family: 👩\u{200d}👩\u{200d}👧, SÃO PAULO, «IRMÃ»").text,
//!            "Family: 👩\u{200d}👩\u{200d}👧, SÃO PAULO, «IRMÃ»");
//! ```

use crate::config::{NormalForm, RuleFilter, UnicodeConfig};
use crate::edit::{EditKind, Replacement};
use crate::stage::{Context, Rule, Stage};
use crate::stages::names::is_gazetteer_name;
use crate::token::camel_steps;
use crate::{Result, Text};
use memchr::memmem;
use std::ops::Range;
use unicode_normalization::{is_nfc_quick, is_nfkc_quick, IsNormalized, UnicodeNormalization};

const LINE_ENDINGS: &str = "unicode.line-endings";
const MOJIBAKE: &str = "unicode.mojibake";
const CODE_PAGE: &str = "unicode.code-page";
const CONTROL: &str = "unicode.control";
const ZERO_WIDTH: &str = "unicode.zero-width";
const NBSP: &str = "unicode.nbsp";
const NORMAL_FORM: &str = "unicode.normal-form";
const SPACES: &str = "unicode.spaces";
const TRAILING: &str = "unicode.trailing-space";

/// The rules of the `unicode` stage.
pub const RULES: &[Rule] = &[
    Rule { id: LINE_ENDINGS, description: "CRLF and lone CR line endings become LF", default_on: true, example: "one\r\ntwo" },
    Rule {
        id: MOJIBAKE,
        description: "repair UTF-8 that was decoded as Windows-1252 or Latin-1 (â€™ → ’, Ã© → é), only where the repair decodes cleanly to plausible text; and punctuation that lost its high byte to a control character where that punctuation belongs (U+0019 between two letters → ’)",
        default_on: true,
        example: "It\u{e2}\u{20ac}\u{2122}s the caf\u{c3}\u{a9}",
    },
    Rule {
        id: CODE_PAGE,
        description: "repair a Central European word decoded with the Western code page (Windows-1250 or ISO 8859-2 read as Windows-1252: Przemy¶l → Przemyśl, £ódŸ → Łódź), where the repaired word is written elsewhere in the document, is a place of the gazetteer, or the word has a symbol between its letters",
        default_on: true,
        example: "near Przemy¶l",
    },
    Rule { id: CONTROL, description: "remove C0/C1 control characters other than newline and tab", default_on: true, example: "bad\u{7}byte" },
    Rule {
        id: ZERO_WIDTH,
        description: "remove zero-width spaces, word joiners, BOMs and soft hyphens; ZWJ/ZWNJ only between Latin, Greek or Cyrillic text (emoji and scripts that need them keep them); direction marks and embeddings only on a line without right-to-left script",
        default_on: true,
        example: "Kyiv\u{200b}Ukraine",
    },
    Rule { id: NBSP, description: "no-break, narrow no-break and other fixed-width spaces become a plain space", default_on: true, example: "10\u{a0}km" },
    Rule { id: NORMAL_FORM, description: "compose to NFC (or NFKC when configured)", default_on: true, example: "Cafe\u{301}" },
    Rule { id: SPACES, description: "collapse runs of spaces inside a line to one (indentation is kept)", default_on: true, example: "two  spaces" },
    Rule { id: TRAILING, description: "remove spaces and tabs at the end of a line", default_on: true, example: "end   \nnext" },
];

/// Repairs encoding, removes invisible characters, normalizes form and whitespace.
#[derive(Debug)]
pub struct UnicodeStage {
    form: NormalForm,
    line_endings: bool,
    mojibake: bool,
    code_page: bool,
    control: bool,
    zero_width: bool,
    nbsp: bool,
    normal_form: bool,
    spaces: bool,
    trailing: bool,
}

impl UnicodeStage {
    /// Builds the stage from its configuration and the rule switches.
    pub fn new(config: &UnicodeConfig, rules: &RuleFilter) -> UnicodeStage {
        UnicodeStage {
            form: config.form,
            line_endings: rules.is_on(&RULES[0]),
            mojibake: rules.is_on(&RULES[1]),
            code_page: rules.is_on(&RULES[2]),
            control: rules.is_on(&RULES[3]),
            zero_width: rules.is_on(&RULES[4]),
            nbsp: rules.is_on(&RULES[5]),
            normal_form: rules.is_on(&RULES[6]) && config.form != NormalForm::None,
            spaces: rules.is_on(&RULES[7]),
            trailing: rules.is_on(&RULES[8]),
        }
    }
}

impl Stage for UnicodeStage {
    fn id(&self) -> &'static str {
        "unicode"
    }

    fn run(&self, text: &mut Text<'_>, _cx: &mut Context) -> Result<()> {
        if self.line_endings && memchr::memchr(b'\r', text.as_str().as_bytes()).is_some() {
            let batch = line_endings(text.as_str());
            text.apply(self.id(), batch)?;
        }
        // Each repair can expose another (a zero-width space hiding mojibake, a removed control
        // joining a letter and a combining mark), so passes repeat until nothing changes. Clean
        // text takes one pass; three rounds bound the work on adversarial input.
        for _ in 0..3 {
            if self.pass(text)? == 0 {
                break;
            }
        }
        Ok(())
    }
}

impl UnicodeStage {
    /// One round of every repair; returns how many changes it made.
    fn pass(&self, text: &mut Text<'_>) -> Result<usize> {
        let id = self.id();
        // Zero-width characters and C0 controls first: they can split a mojibake sequence.
        let mut changed = text.apply(id, self.invisible(text.as_str(), Invisible::ZeroWidthAndC0))?;
        if self.mojibake && !text.as_str().is_ascii() {
            changed += text.apply(id, mojibake(text.as_str()))?;
        }
        if self.code_page && !text.as_str().is_ascii() {
            changed += text.apply(id, code_page(text.as_str()))?;
        }
        // C1 controls and no-break spaces only now: mis-decoded UTF-8 uses them as bytes.
        changed += text.apply(id, self.invisible(text.as_str(), Invisible::C1AndSpaces))?;
        if self.normal_form && !text.as_str().is_ascii() {
            changed += text.apply(id, normal_form(text.as_str(), self.form))?;
        }
        if self.spaces || self.trailing {
            changed += text.apply(id, self.whitespace(text.as_str()))?;
        }
        Ok(changed)
    }
}

/// Which invisible characters a pass removes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Invisible {
    ZeroWidthAndC0,
    C1AndSpaces,
}

fn line_endings(s: &str) -> Vec<Replacement> {
    let bytes = s.as_bytes();
    memchr::memchr_iter(b'\r', bytes)
        .map(|i| {
            let end = if bytes.get(i + 1) == Some(&b'\n') { i + 2 } else { i + 1 };
            Replacement::new(i..end, "\n", EditKind::Whitespace, LINE_ENDINGS)
        })
        .collect()
}

/// The byte a character stands for when UTF-8 was decoded as Windows-1252 (or Latin-1, whose
/// C1 range Windows-1252 leaves undefined).
fn mis_decoded_byte(c: char) -> Option<u8> {
    let b = match c {
        '\u{80}'..='\u{ff}' => c as u32 as u8,
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8a,
        '‹' => 0x8b,
        'Œ' => 0x8c,
        'Ž' => 0x8e,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9a,
        '›' => 0x9b,
        'œ' => 0x9c,
        'ž' => 0x9e,
        'Ÿ' => 0x9f,
        _ => return None,
    };
    Some(b)
}

/// The character Windows-1252 prints for the byte a C1 control stands for (`\u{93}` → `“`),
/// if it prints one.
fn windows_1252_c1(c: char) -> Option<char> {
    ('\u{80}'..='\u{9f}')
        .contains(&c)
        .then(|| {
            [
                '€', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 'Ž', '‘', '’', '“', '”', '•', '–', '—',
                '˜', '™', 'š', '›', 'œ', 'ž', 'Ÿ',
            ]
            .into_iter()
            .find(|&printed| mis_decoded_byte(printed) == Some(c as u32 as u8))
        })
        .flatten()
}

/// Characters that real text double-encodes: Latin letters, Greek, Cyrillic, punctuation,
/// currency signs and letter-like symbols. Anything else (IPA, combining marks, CJK) decoded
/// from two or three accented letters is a coincidence, not a repair.
fn plausible_repair(c: char) -> bool {
    // Zero-width spaces and marks and the byte-order mark too (`â€‹`, `ï»¿`): the next pass removes them.
    matches!(c as u32, 0xa0..=0x24f | 0x370..=0x3ff | 0x400..=0x4ff | 0x200b..=0x200f | 0x2010..=0x205e | 0x20a0..=0x20c0 | 0x2100..=0x214f | 0xfeff)
}

/// Decodes one mis-decoded UTF-8 sequence that starts with the char `lead` and continues with
/// the next chars of `rest`.
fn decode_sequence(lead: char, rest: &mut std::str::Chars<'_>) -> Option<char> {
    let b0 = mis_decoded_byte(lead)?;
    let need = match b0 {
        0xc2..=0xdf => 1,
        0xe0..=0xef => 2,
        0xf0..=0xf4 => 3,
        _ => return None,
    };
    let mut bytes = [b0, 0, 0, 0];
    for slot in bytes.iter_mut().skip(1).take(need) {
        let b = mis_decoded_byte(rest.next()?)?;
        if !(0x80..=0xbf).contains(&b) {
            return None;
        }
        *slot = b;
    }
    std::str::from_utf8(&bytes[..=need]).ok()?.chars().next()
}

/// Decodes as many consecutive mis-decoded sequences as start at `start`: the repaired text
/// and where the run ends.
fn decode_run(s: &str, start: usize) -> (String, usize) {
    let mut repaired = String::new();
    let mut pos = start;
    loop {
        let mut rest = s[pos..].chars();
        let Some(lead) = rest.next() else { break };
        match decode_sequence(lead, &mut rest) {
            Some(c) if plausible_repair(c) => {
                repaired.push(c);
                pos = s.len() - rest.as_str().len();
            }
            _ => break,
        }
    }
    (repaired, pos)
}

/// Whether a decoded run is a repair rather than a coincidence in correct text.
fn accept_repair(prev: Option<char>, repaired: &str, next: Option<char>) -> bool {
    let mut chars = repaired.chars();
    let (Some(first), None) = (chars.next(), chars.next()) else {
        return true; // a run of several sequences is never a coincidence
    };
    // A lone Greek or Cyrillic letter from two accented Latin letters (`Ó”`) is more likely real.
    let lone_script = matches!(first as u32, 0x370..=0x4ff);
    // `IRMÃ»` is Portuguese capitals and a guillemet, not a lower-case `û` inside capitals
    // (while `MÃ¼nchen` goes on in lower case and is a repair).
    let case_clash =
        prev.is_some_and(char::is_uppercase) && first.is_lowercase() && !next.is_some_and(char::is_lowercase);
    !lone_script && !case_clash
}

/// Finds runs of mojibake and proposes their repair.
fn mojibake(s: &str) -> Vec<Replacement> {
    let mut out = Vec::new();
    // Whether the document has a run of Cyrillic read as Windows-1251: asked once, if ever.
    let has_1251_run = std::cell::OnceCell::new();
    let mut prev: Option<char> = None;
    let mut i = 0;
    while let Some(c) = s[i..].chars().next() {
        // Every sequence starts with a non-ASCII character: a run of ASCII is stepped over at once.
        if c.is_ascii() {
            let run = s.as_bytes()[i..]
                .iter()
                .position(|b| !b.is_ascii())
                .unwrap_or(s.len() - i);
            i += run;
            prev = Some(char::from(s.as_bytes()[i - 1]));
            continue;
        }
        if matches!(c, '\u{c2}'..='\u{f4}') {
            let (repaired, end) = decode_run(s, i);
            if !repaired.is_empty() && accept_repair(prev, &repaired, s[end..].chars().next()) {
                prev = repaired.chars().last();
                out.push(Replacement::new(i..end, repaired, EditKind::Encoding, MOJIBAKE));
                i = end;
                continue;
            }
            // `Ã` and a space after a lower-case letter is `à` (C3 A0) whose second byte, a
            // no-break space, became a plain one: `cittÃ  è` is `città è` (the space after it
            // stays; when there is only one, it was both).
            if repaired.is_empty() && s[i..].starts_with("Ã ") && prev.is_some_and(char::is_lowercase) {
                let doubled = s[i + "Ã ".len()..].starts_with(char::is_whitespace);
                let end = if doubled { i + "Ã ".len() } else { i + "Ã".len() };
                prev = Some('à');
                out.push(Replacement::new(i..end, "à", EditKind::Encoding, MOJIBAKE));
                i = end;
                continue;
            }
            // `â€` alone is a closing double quote whose last byte (0x9D, which Windows-1252
            // does not define) a decoder dropped, or replaced with `�`: `â€œnoâ€ to` and
            // `â€œnoâ€�.` are `“no” to` and `“no”.`.
            if repaired.is_empty() && s[i..].starts_with("â€") {
                let mut end = i + "â€".len();
                if s[end..].starts_with('\u{fffd}') {
                    end += '\u{fffd}'.len_utf8();
                }
                let after = s[end..].chars().next();
                if after.is_none_or(|n| n.is_whitespace() || ".,;:!?)]".contains(n)) {
                    prev = Some('”');
                    out.push(Replacement::new(i..end, "”", EditKind::Encoding, MOJIBAKE));
                    i = end;
                    continue;
                }
            }
        }
        // Cyrillic letters of UTF-8 decoded as Windows-1251 (`Р‘РµР»Р°СЂСѓСЃСЊ` for `Беларусь`):
        // a lead byte D0 to D2 and a second byte, pair after pair. Three pairs or more in a row
        // are no Cyrillic spelling; a shorter word is taken once the document has such a run
        // (`Р‘РµР»Р°СЂСѓСЃСЊ РЅР°` ends in `на`), as `ПРІЗВИЩЕ` and `«ЦЕНТР»` hold a pair.
        if matches!(c, 'Р' | 'С' | 'Т') {
            let (repaired, len) = windows_1251_letters(&s[i..]);
            let pairs = repaired.chars().count();
            let word = || !prev.is_some_and(char::is_alphanumeric) && !s[i + len..].starts_with(char::is_alphanumeric);
            let document_has_run = || {
                *has_1251_run.get_or_init(|| {
                    s.match_indices(['Р', 'С', 'Т'])
                        .any(|(at, _)| windows_1251_letters(&s[at..]).0.chars().count() >= WINDOWS_1251_RUN)
                })
            };
            if pairs >= WINDOWS_1251_RUN || pairs > 0 && word() && document_has_run() {
                prev = repaired.chars().last();
                out.push(Replacement::new(i..i + len, repaired, EditKind::Encoding, MOJIBAKE));
                i += len;
                continue;
            }
        }
        // Punctuation of UTF-8 decoded as Windows-1251, as Russian and Ukrainian sites' pages
        // show it (`вЂ”` for `—`, `вЂњ…вЂќ` for `“…”`): the bytes E2 80 and a third.
        if c == 'в' {
            if let Some((repaired, len)) = windows_1251_punctuation(&s[i..]) {
                prev = Some(repaired);
                out.push(Replacement::new(
                    i..i + len,
                    repaired.to_string(),
                    EditKind::Encoding,
                    MOJIBAKE,
                ));
                i += len;
                continue;
            }
        }
        prev = Some(c);
        i += c.len_utf8();
    }
    out
}

/// The characters Windows-1252 prints for bytes that the Central European code pages read as
/// other letters, with the letter Windows-1250 and ISO 8859-2 read (`None`: no letter there).
/// Sorted by the character, for a binary search.
const CENTRAL_EUROPEAN: [(char, Option<char>, Option<char>); 55] = [
    ('\u{a1}', None, Some('Ą')),
    ('£', Some('Ł'), Some('Ł')),
    ('¥', Some('Ą'), Some('Ľ')),
    ('¦', None, Some('Ś')),
    ('©', None, Some('Š')),
    ('ª', Some('Ş'), Some('Ş')),
    ('«', None, Some('Ť')),
    ('¬', None, Some('Ź')),
    ('®', None, Some('Ž')),
    ('¯', Some('Ż'), Some('Ż')),
    ('±', None, Some('ą')),
    ('³', Some('ł'), Some('ł')),
    ('µ', None, Some('ľ')),
    ('¶', None, Some('ś')),
    ('¹', Some('ą'), Some('š')),
    ('º', Some('ş'), Some('ş')),
    ('»', None, Some('ť')),
    ('¼', Some('Ľ'), Some('ź')),
    ('¾', Some('ľ'), Some('ž')),
    ('¿', Some('ż'), Some('ż')),
    ('À', Some('Ŕ'), Some('Ŕ')),
    ('Ã', Some('Ă'), Some('Ă')),
    ('Å', Some('Ĺ'), Some('Ĺ')),
    ('Æ', Some('Ć'), Some('Ć')),
    ('È', Some('Č'), Some('Č')),
    ('Ê', Some('Ę'), Some('Ę')),
    ('Ì', Some('Ě'), Some('Ě')),
    ('Ï', Some('Ď'), Some('Ď')),
    ('Ð', Some('Đ'), Some('Đ')),
    ('Ñ', Some('Ń'), Some('Ń')),
    ('Ò', Some('Ň'), Some('Ň')),
    ('Õ', Some('Ő'), Some('Ő')),
    ('Ø', Some('Ř'), Some('Ř')),
    ('Ù', Some('Ů'), Some('Ů')),
    ('Û', Some('Ű'), Some('Ű')),
    ('Þ', Some('Ţ'), Some('Ţ')),
    ('à', Some('ŕ'), Some('ŕ')),
    ('ã', Some('ă'), Some('ă')),
    ('å', Some('ĺ'), Some('ĺ')),
    ('æ', Some('ć'), Some('ć')),
    ('è', Some('č'), Some('č')),
    ('ê', Some('ę'), Some('ę')),
    ('ì', Some('ě'), Some('ě')),
    ('ï', Some('ď'), Some('ď')),
    ('ð', Some('đ'), Some('đ')),
    ('ñ', Some('ń'), Some('ń')),
    ('ò', Some('ň'), Some('ň')),
    ('õ', Some('ő'), Some('ő')),
    ('ø', Some('ř'), Some('ř')),
    ('ù', Some('ů'), Some('ů')),
    ('û', Some('ű'), Some('ű')),
    ('þ', Some('ţ'), Some('ţ')),
    ('Œ', Some('Ś'), None),
    ('œ', Some('ś'), None),
    ('Ÿ', Some('ź'), None),
];

/// The entry of [`CENTRAL_EUROPEAN`] for `c`, if Windows-1252 printed it for such a byte.
fn misread(c: char) -> Option<&'static (char, Option<char>, Option<char>)> {
    let i = CENTRAL_EUROPEAN.binary_search_by_key(&c, |&(from, _, _)| from).ok()?;
    Some(&CENTRAL_EUROPEAN[i])
}

/// What a Central European code page reads for the character Windows-1252 printed: `Some(c)`
/// itself for a letter both read alike (`é`, `ü`), `None` where the result is no word.
fn central_european(c: char, iso: bool) -> Option<char> {
    match misread(c) {
        Some(&(_, windows, iso_8859_2)) => {
            if iso {
                iso_8859_2
            } else {
                windows
            }
        }
        // Windows-1252's other letters read alike, except in its C1 range (`Š`, `ž`), which
        // ISO 8859-2 lacks: such a word is no misreading of it.
        None => (c.is_alphabetic() && (c.is_ascii() || ('\u{c0}'..='\u{ff}').contains(&c))).then_some(c),
    }
}

/// Whether `c` is a symbol of [`CENTRAL_EUROPEAN`] (`¶`, `£`, `¼`): one between two letters
/// is itself evidence of a misreading.
fn code_page_symbol(c: char) -> bool {
    !c.is_alphabetic() && misread(c).is_some()
}

/// Words of a Central European language decoded with Windows-1252 (`Przemy¶l`, `£yse`,
/// `Èierna`, `Naï`) and their repair, read with Windows-1250 or ISO 8859-2. Accents of Western
/// languages are the same characters (`è` is `č` misread), so a repair needs evidence: the
/// document writes the repaired word elsewhere (`Naď`), the gazetteer lists it as a place
/// (`Čierna`), or a symbol stands between two of the word's letters (`Przemy¶l`). A word that
/// is itself a place stays, and so does one whose repair is not a word's letters in a word's
/// cases (`Foto©Reuters` is no `FotoŠReuters`).
fn code_page(s: &str) -> Vec<Replacement> {
    let in_table = |c: char| misread(c).is_some();
    let in_word = |c: char| c.is_alphabetic() || code_page_symbol(c);
    let mut out = Vec::new();
    // The document's words with a letter Windows-1252 lacks (`Łyse`, `Naď`), gathered when a
    // repair first needs them.
    let mut own: Option<rustc_hash::FxHashSet<&str>> = None;
    let mut searched_to = 0;
    // Every character of the table is encoded with a lead byte C2, C3 or C5.
    for at in memchr::memchr3_iter(0xC2, 0xC3, 0xC5, s.as_bytes()) {
        if at < searched_to || !s[at..].chars().next().is_some_and(in_table) {
            continue;
        }
        let from = s[..at]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| in_word(c))
            .last()
            .map_or(at, |(i, _)| i);
        let to = s[at..].find(|c: char| !in_word(c)).map_or(s.len(), |i| at + i);
        searched_to = to;
        // A word glued to another at a step from lower to upper case is read alone, as the words
        // stage will split it (`AnAÃ©SIGHT` is `An` and `AÃ©SIGHT`).
        let steps = camel_steps(&s[from..to]).map(|i| from + i);
        let (from, to) = steps.fold((from, to), |(f, t), i| if i <= at { (i, t) } else { (f, t.min(i)) });
        let word = &s[from..to];
        let chars: Vec<char> = word.chars().collect();
        if chars.len() < 3 || is_gazetteer_name(word) {
            continue;
        }
        let symbol_inside = chars
            .windows(3)
            .any(|w| w[0].is_alphabetic() && code_page_symbol(w[1]) && w[2].is_alphabetic());
        let repair = [false, true].into_iter().find_map(|iso| {
            let repaired: String = chars.iter().map(|&c| central_european(c, iso)).collect::<Option<_>>()?;
            if repaired == word || !word_cased(&repaired) {
                return None;
            }
            let letters = repaired.chars().count();
            let own = own.get_or_insert_with(|| {
                s.split(|c: char| !c.is_alphabetic())
                    .filter(|w| w.chars().any(|c| c as u32 > 0xFF && !in_table(c)))
                    .collect()
            });
            let evidence = own.contains(repaired.as_str())
                || letters >= 4 && repaired.starts_with(char::is_uppercase) && is_gazetteer_name(&repaired)
                || symbol_inside && letters >= 4 && repaired.chars().any(|c| "aeiouyAEIOUY".contains(c));
            evidence.then_some(repaired)
        });
        if let Some(repaired) = repair {
            out.push(Replacement::new(from..to, repaired, EditKind::Encoding, CODE_PAGE));
        }
    }
    out
}

/// Whether `word` is cased as a word is: all lower case, all upper case, or capitalized.
fn word_cased(word: &str) -> bool {
    let mut rest = word.chars().skip(1);
    rest.clone().all(|c| !c.is_uppercase()) || word.chars().all(|c| !c.is_lowercase()) && rest.next().is_some()
}

/// What Windows-1251 prints for the bytes 0x80 to 0xBF (none for 0x98).
const WINDOWS_1251_HIGH: [char; 64] = [
    'Ђ', 'Ѓ', '‚', 'ѓ', '„', '…', '†', '‡', '€', '‰', 'Љ', '‹', 'Њ', 'Ќ', 'Ћ', 'Џ', 'ђ', '‘', '’', '“', '”', '•', '–',
    '—', '\0', '™', 'љ', '›', 'њ', 'ќ', 'ћ', 'џ', '\u{a0}', 'Ў', 'ў', 'Ј', '¤', 'Ґ', '¦', '§', 'Ё', '©', 'Є', '«', '¬',
    '\u{ad}', '®', 'Ї', '°', '±', 'І', 'і', 'ґ', 'µ', '¶', '·', 'ё', '№', 'є', '»', 'ј', 'Ѕ', 'ѕ', 'ї',
];

/// The fewest Cyrillic letters read as Windows-1251 in a row that are repaired on their own.
const WINDOWS_1251_RUN: usize = 3;

/// The Cyrillic letters (U+0400 to U+04BF) whose UTF-8 bytes, decoded as Windows-1251, open `s`
/// pair after pair (`Р‘Рµ` → `Бе`; 0x98, which Windows-1251 leaves undefined, as the C1 control),
/// and the length of what they replace.
fn windows_1251_letters(s: &str) -> (String, usize) {
    let mut repaired = String::new();
    let mut len = 0;
    let mut chars = s.chars();
    while let (Some(lead @ ('Р' | 'С' | 'Т')), Some(second)) = (chars.next(), chars.next()) {
        let Some(byte) = WINDOWS_1251_HIGH
            .iter()
            .position(|&c| c == second && c != '\0')
            .or((second == '\u{98}').then_some(0x18))
        else {
            break;
        };
        let lead_byte = match lead {
            'Р' => 0xd0,
            'С' => 0xd1,
            _ => 0xd2,
        };
        let code = ((lead_byte & 0x1f) << 6) | byte as u32;
        repaired.extend(char::from_u32(code));
        len += lead.len_utf8() + second.len_utf8();
    }
    (repaired, len)
}

/// The punctuation mark (U+2010 to U+205E) whose UTF-8 bytes E2 80 xx, decoded as Windows-1251,
/// open `s` (`вЂ”` → `—`, `вЂ™` → `’`), and the length of what it replaces.
fn windows_1251_punctuation(s: &str) -> Option<(char, usize)> {
    let rest = s.strip_prefix("вЂ")?;
    let third = rest.chars().next()?;
    let byte = WINDOWS_1251_HIGH.iter().position(|&c| c == third && c != '\0')?;
    let repaired = char::from_u32(0x2000 + byte as u32)?;
    (0x2010..=0x205e)
        .contains(&(repaired as u32))
        .then_some((repaired, "вЂ".len() + third.len_utf8()))
}

fn is_plain(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_ascii()
                || matches!(c as u32, 0xa0..=0x2ff | 0x300..=0x36f | 0x370..=0x52f | 0x1e00..=0x1eff | 0x2000..=0x206f)
        }
    }
}

/// Whether `b` is a C0 control other than newline and tab, or DEL.
fn is_c0(b: u8) -> bool {
    (b < 0x20 && b != b'\n' && b != b'\t') || b == 0x7f
}

/// Whether `bytes` holds a byte [`is_c0`]. Tested a block at a time without stopping early, so
/// the compiler vectorizes it: this runs over every byte of every document.
fn has_c0(bytes: &[u8]) -> bool {
    bytes
        .chunks(64)
        .any(|block| block.iter().fold(false, |found, &b| found | is_c0(b)))
}

/// The punctuation mark whose UTF-16 code unit lost its high byte to leave the C0 control `c`
/// (U+2019 `’` → U+0019, as some converters of PDF and word-processor text write it), where
/// its neighbours `prev` and `next` say that mark belongs there: an apostrophe between letters
/// (`l\u{19}aéroport`, `don\u{19}t`), an opening quotation mark before a word, a closing one
/// after it, a dash between spaces.
fn truncated_punctuation(c: char, prev: Option<char>, next: Option<char>) -> Option<char> {
    let letter = |c: Option<char>| c.is_some_and(char::is_alphabetic);
    let space = |c: Option<char>| c.is_none_or(char::is_whitespace);
    match c {
        '\u{19}' if letter(prev) && letter(next) => Some('’'),
        '\u{18}' if space(prev) && letter(next) => Some('‘'),
        '\u{1c}' if space(prev) && next.is_some_and(char::is_alphanumeric) => Some('“'),
        '\u{1d}' if prev.is_some_and(|p| p.is_alphanumeric() || ".,!?".contains(p)) && space(next) => Some('”'),
        '\u{13}' if space(prev) && space(next) && prev.is_some() => Some('–'),
        '\u{14}' if space(prev) && space(next) && prev.is_some() => Some('—'),
        _ => None,
    }
}

/// Whether `s` has a letter of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko).
fn has_right_to_left(s: &str) -> bool {
    s.chars()
        .any(|c| matches!(c as u32, 0x590..=0x8ff | 0xfb1d..=0xfdff | 0xfe70..=0xfefe))
}

/// Whether the line of `s` around byte `at` has a letter of a right-to-left script, with the last
/// line asked about and its answer in `last`.
fn line_right_to_left(s: &str, at: usize, last: &mut Option<(Range<usize>, bool)>) -> bool {
    match last {
        Some((line, answer)) if line.contains(&at) => *answer,
        _ => {
            let start = memchr::memrchr(b'\n', &s.as_bytes()[..at]).map_or(0, |i| i + 1);
            let end = memchr::memchr(b'\n', &s.as_bytes()[at..]).map_or(s.len(), |i| at + i);
            let answer = has_right_to_left(&s[start..end]);
            *last = Some((start..end, answer));
            answer
        }
    }
}

impl UnicodeStage {
    /// Controls, zero-width characters or fixed-width spaces, as `which` says.
    fn invisible(&self, s: &str, which: Invisible) -> Vec<Replacement> {
        let mut out: Vec<Replacement> = Vec::new();
        let first = which == Invisible::ZeroWidthAndC0;
        // Every char this pass acts on is a C0 control or starts with byte C2 (U+0080–U+00BF),
        // E2 (U+2000–U+2FFF) or EF (U+FEFF): look only there, not at every char (in ASCII text,
        // at the controls alone).
        let bytes = s.as_bytes();
        let mut candidates: Vec<usize> = memchr::memchr3_iter(0xc2, 0xe2, 0xef, bytes).collect();
        if first && self.control && has_c0(bytes) {
            candidates.extend(bytes.iter().enumerate().filter(|&(_, &b)| is_c0(b)).map(|(i, _)| i));
            candidates.sort_unstable();
        }
        // The last line looked at for right-to-left script, and whether it has any.
        let mut right_to_left: Option<(Range<usize>, bool)> = None;
        for i in candidates {
            let Some(c) = s[i..].chars().next() else { continue };
            let end = i + c.len_utf8();
            // A char removed just before is nobody's neighbour: look past it.
            let prev_end = match out.last() {
                Some(r) if r.range.end == i && r.after.is_empty() => r.range.start,
                _ => i,
            };
            let prev = s[..prev_end].chars().next_back();
            let next = s[end..].chars().next();
            let removal = match c {
                '\u{0}'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{7f}' if first && self.control => Some(CONTROL),
                '\u{80}'..='\u{9f}' if !first && self.control => Some(CONTROL),
                '\u{200b}' | '\u{2060}' | '\u{feff}' if first && self.zero_width => Some(ZERO_WIDTH),
                // A soft hyphen after `Ã` is the second byte of a mis-decoded `í` (C3 AD), after
                // `Â` of a mis-decoded soft hyphen (C2 AD): the mojibake repair needs it, and
                // removes it; one left after that goes then.
                '\u{ad}' if self.zero_width && (!first || !matches!(prev, Some('\u{c3}' | '\u{c2}'))) => {
                    Some(ZERO_WIDTH)
                }
                '\u{200c}' | '\u{200d}' if first && self.zero_width && is_plain(prev) && is_plain(next) => {
                    Some(ZERO_WIDTH)
                }
                // Direction marks and embeddings order right-to-left text within a line (a line
                // break ends a paragraph of the bidirectional algorithm); on a line with none
                // they are debris of a page that had some (`\u{200e}Technion`). (Read line by
                // line, a mark's fate does not hang on a line a later stage removes.)
                '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
                    if first && self.zero_width && !line_right_to_left(s, i, &mut right_to_left) =>
                {
                    Some(ZERO_WIDTH)
                }
                _ => None,
            };
            // A C1 control that Windows-1252 prints (`\u{93}We\u{94}`: its quotation marks read
            // as Latin-1) is that character; a C0 control where punctuation belongs is the
            // punctuation that lost its high byte (`l\u{19}aéroport`); the rest are removed.
            let printed = match first {
                false => self.mojibake.then(|| windows_1252_c1(c)).flatten(),
                true => self.mojibake.then(|| truncated_punctuation(c, prev, next)).flatten(),
            };
            if let Some(printed) = printed {
                out.push(Replacement::new(
                    i..end,
                    printed.to_string(),
                    EditKind::Encoding,
                    MOJIBAKE,
                ));
            } else if let Some(rule) = removal {
                out.push(Replacement::removal(i..end, EditKind::Encoding, rule));
            } else if !first && self.nbsp && matches!(c, '\u{a0}' | '\u{202f}' | '\u{2007}' | '\u{2000}'..='\u{200a}') {
                out.push(Replacement::new(i..end, " ", EditKind::Whitespace, NBSP));
            }
        }
        out
    }

    /// Runs of spaces inside a line, and trailing spaces and tabs.
    fn whitespace(&self, s: &str) -> Vec<Replacement> {
        let bytes = s.as_bytes();
        let suspicious = memmem::find(bytes, b"  ").is_some()
            || memmem::find(bytes, b" \n").is_some()
            || memmem::find(bytes, b"\t\n").is_some()
            || bytes.last().is_some_and(|&b| b == b' ' || b == b'\t');
        if !suspicious {
            return Vec::new();
        }
        let mut out = Vec::new();
        let mut line_start = 0;
        for line in s.split('\n') {
            let content_end = line_start + line.trim_end_matches([' ', '\t']).len();
            let line_end = line_start + line.len();
            if self.trailing && content_end < line_end {
                out.push(Replacement::removal(
                    content_end..line_end,
                    EditKind::Whitespace,
                    TRAILING,
                ));
            }
            if self.spaces {
                let indent = line.len() - line.trim_start_matches([' ', '\t']).len();
                let lb = line.as_bytes();
                let mut i = indent;
                let limit = content_end - line_start;
                while i < limit {
                    if lb[i] == b' ' && lb.get(i + 1) == Some(&b' ') {
                        let mut j = i;
                        while j < limit && lb[j] == b' ' {
                            j += 1;
                        }
                        out.push(Replacement::new(
                            line_start + i..line_start + j,
                            " ",
                            EditKind::Whitespace,
                            SPACES,
                        ));
                        i = j;
                    } else {
                        i += 1;
                    }
                }
            }
            line_start = line_end + 1;
        }
        out.sort_by_key(|r| r.range.start);
        out
    }
}

/// Normalizes each whitespace-separated token that is not already in the chosen form. Splitting
/// at whitespace is safe: no composition crosses a space.
fn normal_form(s: &str, form: NormalForm) -> Vec<Replacement> {
    let quick = |t: &str| match form {
        NormalForm::Nfc => is_nfc_quick(t.chars()),
        NormalForm::Nfkc => is_nfkc_quick(t.chars()),
        NormalForm::None => IsNormalized::Yes,
    };
    if quick(s) == IsNormalized::Yes {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut pos = 0;
    for token in s.split(|c: char| c.is_ascii_whitespace()) {
        let range = pos..pos + token.len();
        pos = range.end + 1;
        if token.is_ascii() || quick(token) == IsNormalized::Yes {
            continue;
        }
        let normalized: String = match form {
            NormalForm::Nfkc => token.nfkc().collect(),
            _ => token.nfc().collect(),
        };
        if normalized != token {
            out.push(Replacement::new(range, normalized, EditKind::Unicode, NORMAL_FORM));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    fn run(input: &str) -> String {
        let stage = UnicodeStage::new(&UnicodeConfig::default(), &Config::default().rule_filter());
        let mut text = Text::new(input);
        stage.run(&mut text, &mut Context::new()).unwrap();
        text.into_string()
    }

    #[test]
    fn repairs_central_european_code_pages() {
        // A symbol between letters; a place of the gazetteer; the word written elsewhere.
        for (broken, repaired) in [
            ("near Przemy¶l and Wroc³aw.", "near Przemyśl and Wrocław."),
            ("at Èierna nad Tisou", "at Čierna nad Tisou"),
            ("in £yse: … He spoke in Łyse.", "in Łyse: … He spoke in Łyse."),
            ("Minister Naï said. Jaroslav Naď", "Minister Naď said. Jaroslav Naď"),
            // A word glued to another at a camel step is read alone, as the words stage splits it.
            ("the border atPrzemy¶l.", "the border atPrzemyśl."),
        ] {
            assert_eq!(run(broken), repaired);
        }
        // Western text and symbols that are what they seem stay.
        for clean in [
            "après la guerre, à Genève, Muñoz, São Paulo, città",
            "¿Qué pasa? «Kyiv» col·lecció £million 5µg 1ª",
            "Photo©Reuters",
            "Minister Naï said.",
            // Places spelled in the old way are themselves in the gazetteer.
            "Cernavodã",
        ] {
            assert_eq!(run(clean), clean);
        }
    }

    #[test]
    fn repairs_common_mojibake() {
        assert_eq!(run("It\u{e2}\u{20ac}\u{2122}s"), "It’s");
        assert_eq!(run("caf\u{c3}\u{a9} M\u{c3}\u{bc}nchen"), "café München");
        assert_eq!(run("\u{c2}\u{a3}5"), "£5");
        assert_eq!(run("\u{e2}\u{20ac}\u{153}quoted\u{e2}\u{20ac}\u{9d}"), "“quoted”");
        // Cyrillic read as Windows-1252.
        assert_eq!(run("\u{d0}\u{9a}\u{d0}\u{b8}\u{d1}\u{97}\u{d0}\u{b2}"), "Київ");
        // Twice encoded.
        assert_eq!(run("caf\u{c3}\u{83}\u{c2}\u{a9}"), "café");
        // A closing quote whose undefined last byte (0x9D) a decoder dropped.
        assert_eq!(
            run("He said \u{e2}\u{20ac}\u{153}no\u{e2}\u{20ac} to it."),
            "He said “no” to it."
        );
        assert_eq!(run("\u{e2}\u{20ac}\u{153}yes\u{e2}\u{20ac}"), "“yes”");
        // A zero-width space and a byte-order mark read as Windows-1252 go.
        assert_eq!(run("the \u{e2}\u{20ac}\u{2039}situation"), "the situation");
        assert_eq!(run("\u{ef}\u{bb}\u{bf}Kyiv"), "Kyiv");
    }

    #[test]
    fn repairs_punctuation_decoded_as_windows_1251_and_a_lost_last_byte() {
        assert_eq!(
            run("вЂњThis would not happen.вЂќ The dam вЂ” hit. The enemyвЂ™s"),
            "“This would not happen.” The dam — hit. The enemy’s"
        );
        assert_eq!(run("a weak reactionâ€\u{fffd}."), "a weak reaction”.");
        // Cyrillic letters decoded as Windows-1251; a pair alone is kept (`ЦЕНТР»`).
        assert_eq!(
            run("Belaruskali (“Р‘РµР»Р°СЂСѓСЃСЊРєР°Р»РёР№” РЅР° Russian)"),
            "Belaruskali (“Беларуськалий” на Russian)"
        );
        assert_eq!(run("«ЦЕНТР» і ПРІЗВИЩЕ"), "«ЦЕНТР» і ПРІЗВИЩЕ");
        // A soft hyphen decoded as Windows-1252 (C2 AD) goes as a soft hyphen does.
        assert_eq!(run("the referÂ\u{ad}endum"), "the referendum");
        // Serbian's letter after a word's end stays.
        assert_eq!(run("Ђорђе в Ђакову"), "Ђорђе в Ђакову");
    }

    #[test]
    fn restores_punctuation_that_lost_its_high_byte() {
        assert_eq!(run("l\u{19}aéroport"), "l’aéroport");
        assert_eq!(run("don\u{19}t"), "don’t");
        assert_eq!(run("he said \u{1c}no\u{1d} and \u{14} left"), "he said “no” and — left");
        // Elsewhere a control is removed.
        assert_eq!(run("bad\u{19} byte\u{1d}x"), "bad bytex");
        // Its neighbours are read past a control removed before it, in ASCII text as in any.
        assert_eq!(run("don\u{1}\u{19}t"), "don’t");
        assert_eq!(run("l\u{1}\u{19}aéroport"), "l’aéroport");
    }

    #[test]
    fn leaves_correct_text_alone() {
        assert_eq!(run("\u{c3}\u{153}bersicht"), "Übersicht");
        for s in [
            "café",
            "São Paulo",
            "IRMÃ»",
            "ÉTÉ”",
            "naïve résumé",
            "Zürich — 3 °C",
            "«Très»",
            "Sâ€abc",
        ] {
            assert_eq!(run(s), s, "{s}");
        }
    }

    #[test]
    fn invisible_characters() {
        assert_eq!(run("Kyiv\u{200b}Ukraine"), "KyivUkraine");
        assert_eq!(run("la cittÃ  è divisa, la cittÃ è"), "la città è divisa, la città è");
        assert_eq!(run("SÃO PAULO"), "SÃO PAULO", "capitals: no repair this way");
        assert_eq!(run("au \u{200e}Technion de Haïfa"), "au Technion de Haïfa");
        assert_eq!(
            run("שלום \u{200e}Technion"),
            "שלום \u{200e}Technion",
            "right-to-left text keeps its marks"
        );
        assert_eq!(
            run("\u{200e}Technion\nשלום \u{200e}Technion"),
            "Technion\nשלום \u{200e}Technion",
            "a mark orders its own line only"
        );
        assert_eq!(run("a\u{0}b\u{7}c\u{81}d"), "abcd");
        // C1 controls Windows-1252 prints are the characters it prints (text read as Latin-1).
        assert_eq!(
            run("\u{93}We stay,\u{94} Portugal\u{92}s aid \u{96} food\u{85}"),
            "“We stay,” Portugal’s aid – food…"
        );
        assert_eq!(run("soft\u{ad}hyphen"), "softhyphen");
        assert_eq!(run("👨\u{200d}👩\u{200d}👧"), "👨\u{200d}👩\u{200d}👧");
        assert_eq!(run("می\u{200c}خواهم"), "می\u{200c}خواهم");
        assert_eq!(run("👍🏽 tab\tkept"), "👍🏽 tab\tkept");
    }

    #[test]
    fn whitespace() {
        assert_eq!(run("a\r\nb\rc"), "a\nb\nc");
        assert_eq!(
            run("10\u{a0}km  and\u{202f}more   \n  indented  line \t"),
            "10 km and more\n  indented line"
        );
    }

    #[test]
    fn composes_to_nfc() {
        assert_eq!(run("Cafe\u{301} Zu\u{308}rich"), "Café Zürich");
    }
}
