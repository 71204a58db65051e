//! The `words` stage: spaces lost where a link or tag boundary was, and after a full stop.
//!
//! Machine translation of HTML drops the space at link boundaries: `Reznikovwho`,
//! `invade Ukrainereported`, `sinceJune`, `UkraineAccording`, and after sentence punctuation:
//! `Ukraine.The`. A token is split only when it is not itself a known word or name, when both
//! halves are backed by evidence (the lexicon of the text's language, the name dictionary, or
//! the document's own vocabulary: `Reznikov` written alone elsewhere), and when it is not a
//! URL, handle, code or a brand spelling (`iPhone`, `McDonald`, `YouTube`). German keeps its
//! compounds: there a name may only be split from a function word (`Selenskyjund`).
//!
//! # Example
//!
//! ```
//! use mtnorm::Normalizer;
//!
//! let n = Normalizer::builder().language("en").disable("names").build().unwrap();
//! let out = n.normalize("Reznikov spoke. Then Reznikovwho arrived sinceJune left.The end, said McDonald via YouTube at 3.30 in the U.S.");
//! assert_eq!(out.text, "Reznikov spoke. Then Reznikov who arrived since June left. The end, said McDonald via YouTube at 3.30 in the U.S.");
//! ```

use crate::config::RuleFilter;
use crate::edit::{EditKind, Replacement};
use crate::lexicon::Lexicon;
use crate::stage::{Context, Rule, Stage};
use crate::stages::artifacts::is_news_agency;
use crate::stages::names::{glued_place, is_compound, is_gazetteer_name, personal_name, Index, NameDict};
use crate::token::{camel_steps, is_title, is_year, letter_runs, with_lowercase, ARTICLES, MONTHS, TOP_LEVEL_DOMAINS};
use crate::{Result, Text};
use rustc_hash::FxHashMap as HashMap;
use std::cell::{Cell, OnceCell};
use std::ops::Range;
use std::sync::Arc;

// The closed-class word lists of this module (`OFFICES`, `NUMBER_WORDS`, …): data, kept in
// `dictionaries/word-classes/words.tsv` and turned into constants by `build.rs`.
include!(concat!(env!("OUT_DIR"), "/word-classes/words.rs"));

const CAMEL: &str = "words.camel-case";
const GLUED: &str = "words.glued-name";
const MISSING_SPACE: &str = "words.missing-space";
const QUOTE: &str = "words.quote";

/// The rules of the `words` stage.
pub const RULES: &[Rule] = &[
    Rule {
        id: CAMEL,
        description: "split a lower-case letter glued to a capitalized word (sinceJune, UkraineAccording)",
        default_on: true,
        example: "since last weekUkraine said",
    },
    Rule {
        id: GLUED,
        description: "split two words glued into one token: a name and a word (Reznikovwho, Gomelnear), two words (herlawyer, judicialfunctions), an acronym and a word (USsupermarket), a sentence opener and a word (Hehas)",
        default_on: true,
        example: "Reznikov spoke. Reznikovwho arrived.",
    },
    Rule {
        id: MISSING_SPACE,
        description:
            "restore the space after . ! ? between a sentence and a capitalized word (never in U.S., 3.30, domains)",
        default_on: true,
        example: "in Ukraine.The talks",
    },
    Rule {
        id: QUOTE,
        description: "restore the space on the outer side of a quotation mark between a word and a capitalized word",
        default_on: true,
        example: "it has “caused casualties“A spokesman said",
    },
];

/// Pronouns and the words that follow them most, where [`OPENERS`] does not reach: the
/// first-person pronoun (`Ithink`, `Iwas`, `Inever`; a one-letter opener starts too many names,
/// `Iman`, `Ivan`, to take any frequent word after it, but no name goes on with one of these), and
/// a two-letter verb after a pronoun (`Itis`, `Heis`; two letters in general split `Hisor`).
#[rustfmt::skip]
const PRONOUN_VERBS: &[(&str, &str, &[&str])] = &[
    ("en", "It", &["is"]),
    ("en", "He", &["is"]),
    ("en", "She", &["is"]),
    ("en", "I", &[
        "am", "was", "have", "had", "think", "thought", "know", "knew", "will", "would", "can", "could",
        "cannot", "did", "didn", "don", "just", "also", "never", "always", "still", "really", "feel",
        "felt", "want", "wanted", "believe", "hope", "mean", "love", "like", "see", "saw", "say", "said",
        "told", "got", "get", "went", "guess", "need", "must", "should", "might", "may", "remember",
        "understand", "agree", "tried", "used", "find", "found", "came", "took", "met", "wish", "play",
        "played", "made", "make", "decided", "asked",
    ]),
];

/// How many times the stage looks again after restoring spaces (see [`WordsStage::run`]).
const MAX_PASSES: usize = 4;

// The segmentation model, in nats (see `segment`); calibrated with `tools/eval_split.py`.
/// Cost of an unknown word: a fixed part plus a part per letter.
const UNKNOWN_BASE: f64 = 4.0;
const UNKNOWN_PER_CHAR: f64 = 2.5;
/// Cost of the lost space itself.
const SPACE: f64 = 4.0;
/// How much likelier a split is when its second word is one that words hardly ever end in
/// ([`RARE_ENDINGS`]).
const RARE_ENDING: f64 = 2.0;
/// How much cheaper the two-word reading must be than the one-word reading.
const MARGIN: f64 = 4.0;
/// One half of a split must be at least this frequent (a function or very common word; `after`
/// and `even` are 7.04: 7.0 → 7.1 took the set from 69.8% to 70.3% with no new false split, 7.25
/// split `understrength` and `downloaders`).
const FUNCTION_WORD: f64 = 7.1;
/// Two words at least this frequent are split whatever the token's length (`Hehas`, `Buthe`).
const BOTH_FREQUENT: f64 = 7.0;
/// Two content words side by side in English (`judicialfunctions`, `advertisingspace`) are a lost
/// space when both have six letters or more and neither is rarer than this cost (11 in a
/// capitalized token, where a name is likelier: `Castrogiovanni`). Calibrated on
/// tests/data/split: 57.0% → 60.9% of glued pairs, no new false split there or on the news
/// sample. English only: Romance languages write prefixed compounds the lexicon may lack
/// (`contraofensiva`).
const CONTENT_LETTERS: usize = 6;
const CONTENT_WORD: f64 = 14.0;
const CONTENT_WORD_TITLE: f64 = 11.0;
/// The word after an unknown capitalized head must be at least this frequent (`said`, `was`).
const NAME_RIGHT: f64 = 9.0;
/// A capitalized word rarer than this (or no word), followed by one letter, is a name with its
/// ending (`Ivanova`, `Putina`) or a brand (`Moderna`: 9.0 split it as `Modern a`), not a word
/// and an article (`Througha`, `Oncea`).
const NAME_ENDING: f64 = 7.5;
/// The word after a sentence opener must be this frequent (`say`, `must`; not `alien`, which would
/// split `Italien`), and of three letters or more (`Hisor`, `Weso`). Calibrated on `tests/data/split`
/// and on place and person names that start with an opener.
const OPENER_RIGHT: f64 = 9.0;
/// The word after a known acronym may be this rare (`USsupermarket`, `IDcards`, `RFIDtags`):
/// clean text hardly ever glues a lower-case word to capitals (brands do it with a capitalized
/// one: `NBCUniversal`, `JPMorgan`). Calibrated on `tests/data/split`.
const ACRONYM_RIGHT: f64 = 13.0;
/// Cost of a capitalized word written alone elsewhere in the document or listed as a name: such
/// document evidence (`Reznikov` alone, then `Reznikovwho`) also lifts the frequency gate.
const STANDS: f64 = 8.0;
/// A news agency at least this rare as a word (`Reuters`, `Getty`; not `Images`, `Pool`) is a
/// name after a dateline's place.
const AGENCY_WORD: f64 = 12.0;
/// A common personal name at least this rare as a word is evidence of a name (`Blair`, not `May`).
const NAME_WORD: f64 = 8.0;
/// Sentence words whose capitalized form glued to a capitalized word is a lost space (`TheUN`, `ButTrump`).
const SENTENCE_WORD: f64 = 6.0;
/// The word after a name in mixed case that the document writes alone may be this rare
/// (`received`, `listings`, `pleaded`).
const BRAND_RIGHT: f64 = 13.0;
/// A word of four letters or fewer rarer than this after a sentence word is a brand's tail
/// (`YouGov`, `YouTube`, `WeChat`), not a word that lost its space.
const BRAND_TAIL: f64 = 10.0;
/// A name that stands alone here may be glued to a capitalized word this frequent (`RussiaThe`).
const CAPITAL_RIGHT: f64 = 9.0;
/// A capitalized word this frequent may be glued to a name that stands alone here.
const CAPITAL_LEFT: f64 = 11.0;

/// One-letter words per language; other single letters are never split off.
const ONE_LETTER_WORDS: &[(&str, &str)] = &[
    ("en", "aAI"),
    ("es", "aeoyuAEOYU"),
    ("fr", "aàyAÀ"),
    ("it", "aeèioAEÈIO"),
    ("pt", "aeoàéAEOÀÉ"),
];

/// Restores lost spaces.
#[derive(Debug)]
pub struct WordsStage {
    /// The name dictionaries, user folders included: a name is never split, and one standing
    /// alone is evidence for a split beside it.
    names: Arc<NameDict>,
    camel: bool,
    glued: bool,
    missing_space: bool,
    quote: bool,
}

impl WordsStage {
    /// Builds the stage on the name dictionaries `names` (see [`NameDict::open`]).
    pub fn new(names: Arc<NameDict>, rules: &RuleFilter) -> WordsStage {
        WordsStage {
            names,
            camel: rules.is_on(&RULES[0]),
            glued: rules.is_on(&RULES[1]),
            missing_space: rules.is_on(&RULES[2]),
            quote: rules.is_on(&RULES[3]),
        }
    }
}

/// What the stage knows about words in one document.
struct Evidence<'a> {
    lang: &'a str,
    lexicon: &'static Lexicon,
    /// The name index of the language, if it has one.
    names: Option<&'a Index>,
    text: &'a str,
    /// Letter runs of the document with their counts, counted when a candidate first asks.
    vocabulary: OnceCell<HashMap<&'a str, usize>>,
    /// Bytes of the document searched so far for single words, before the vocabulary is built.
    searched: Cell<usize>,
    /// The document's word pairs that read as a letter run of the pass's tokens when written
    /// together ([`pairs_written_apart`]).
    pairs: HashMap<u64, usize>,
    /// The lines and fragments earlier stages removed (a teaser `• Who is Jumgalbek
    /// Shabdanbekov`), where the document's words count too: a name written alone there is
    /// written alone in the document.
    removed: &'a str,
    /// Whether the document quotes program code ([`quotes_code`]): its lower-case words glued to
    /// a capitalized one are identifiers (`useAgent`, `maxTokens`), not lost spaces.
    code: bool,
}

impl<'a> Evidence<'a> {
    fn vocabulary(&self) -> &HashMap<&'a str, usize> {
        self.vocabulary.get_or_init(|| {
            let mut counts: HashMap<&str, usize> = HashMap::default();
            for w in letter_runs(self.text) {
                let end = w.as_ptr() as usize - self.text.as_ptr() as usize + w.len();
                if !apostrophe_joined(self.text, end) {
                    *counts.entry(w).or_default() += 1;
                }
            }
            counts
        })
    }

    /// Where the document writes `run` as two words side by side, in any letter case (`Prime
    /// Minister` elsewhere, `PrimeMinister` here; `the settlement` and `Thesettlement`): the byte
    /// length of the first. The strongest evidence of a lost space there is, as a link's text
    /// keeps its words' spelling.
    fn apart_at(&self, run: &str) -> Option<usize> {
        let at = *self.pairs.get(&folded_hash(&[run]))?;
        (0 < at && at < run.len() && run.is_char_boundary(at)).then_some(at)
    }

    fn known_word(&self, w: &str) -> bool {
        with_lowercase(w, |l| self.lexicon.contains(l))
    }
    /// Whether `w` is a function word of the language (at least as frequent as [`FUNCTION_WORD`]).
    fn is_function_word(&self, w: &str) -> bool {
        self.word_cost(w).is_some_and(|c| c <= FUNCTION_WORD)
    }
    /// The unigram cost of `w` in any letter case (`The` costs what `the` costs).
    fn word_cost(&self, w: &str) -> Option<f64> {
        with_lowercase(w, |l| self.lexicon.cost(l))
    }
    /// Whether the whole token `w` is never to be split: a word of the lexicon, a word of the name
    /// dictionary or of the gazetteer of place names (`Zhytomyrska`, `Alexandria`), or a person's
    /// name written as one word.
    fn is_word_or_name(&self, w: &str) -> bool {
        self.known_word(w)
            || self.is_name(w)
            || is_gazetteer_name(w)
            || personal_name(w).is_some()
            || self.is_glued_name(w)
    }
    /// Whether `left` is a common personal name and `right` a frequent word of three letters or
    /// more (`Blair` + `has`, `Rooney` + `had`): evidence for a lost space even in a document that
    /// has the name only once. (Two letters are left out: names end in `-an`, `-on`, `-in`.)
    fn name_then_word(&self, left: &str, right: &str, right_cost: f64) -> bool {
        right.chars().nth(2).is_some() && right_cost <= FUNCTION_WORD && self.is_personal_name(left, false)
    }
    /// Whether the word before byte `at` is a common given name (`Alexander` before `Gauland`) or
    /// the given name of someone in the name dictionary (`Volodymyr` before `Vakulenko`): a token
    /// after one is a surname, whatever common name it starts with.
    fn follows_given_name(&self, at: usize) -> bool {
        self.token_before(at).is_some_and(|token| {
            let given = trailing_letters(token);
            self.is_personal_name(given, true) || is_title(given) && self.is_dictionary_given_name(given)
        })
    }
    /// The token before byte `at`, one space before it, if there is one.
    fn token_before(&self, at: usize) -> Option<&'a str> {
        let before = self.text[..at].strip_suffix(' ')?;
        before.rsplit(' ').next()
    }
    /// Whether `w` is a common given name or surname that is no frequent word (`Blair`,
    /// `Harriet`; not `May`, `Long`): evidence for a lost space beside it even in a document that
    /// has it only once. `given` asks for a given name.
    fn is_personal_name(&self, w: &str, given: bool) -> bool {
        personal_name(w).is_some_and(|n| n.given || !given) && self.word_cost(w).is_none_or(|c| c > NAME_WORD)
    }
    /// Whether `w` is the given name of someone in the name dictionary (`Josep` Borrell).
    fn is_dictionary_given_name(&self, w: &str) -> bool {
        self.names.is_some_and(|index| index.given_names.contains_key(w))
    }
    fn is_name(&self, w: &str) -> bool {
        self.names.is_some_and(|index| index.is_name_word(w))
    }
    /// Whether `w` is a person's given name and surname written as one word (`Oleksiyreznikov`):
    /// the `names` stage writes it as the canonical name, which a split here would prevent
    /// (`Oleksiy reznikov`).
    fn is_glued_name(&self, w: &str) -> bool {
        is_title(w) && self.names.is_some_and(|index| index.glued_name(w).is_some())
    }
    /// Evidence that `w` is a name of its own here: written alone in the document, or a known
    /// name. (A frequent word is not enough: `Stylebook` is no `Style` glued to `book`.)
    fn stands(&self, w: &str) -> bool {
        self.occurrences(w) > 0 || self.is_name(w)
    }
    /// The same before a lower-case word, where a known given name is no evidence: places are
    /// made of them (`Peterborough`, `Annapolis`).
    fn stands_before_word(&self, w: &str) -> bool {
        self.occurrences(w) > 0 || self.names.is_some_and(|index| index.is_name_evidence(w))
    }

    /// How often the document writes the letter run `w`, in its text and in the lines earlier
    /// stages removed: evidence that `w` is a word of its own.
    fn occurrences(&self, w: &str) -> usize {
        let removed = match self.removed.is_empty() {
            true => 0,
            false => count_letter_run(self.removed, w),
        };
        self.copies(w) + removed
    }
    /// How often the text as it stands writes the letter run `w`: a spelling written twice is
    /// deliberate. (Not the removed lines: a second run, which no longer has them, must judge the
    /// same.) A document asks about a dozen words: each is searched for until the searches have
    /// read the document [`SEARCHES`] times, and only then is every word of it counted (a map of
    /// all its words cost more than the searches on most documents; the budget keeps a long one
    /// from being searched without end).
    fn copies(&self, w: &str) -> usize {
        if self.vocabulary.get().is_none() && self.searched.get() < SEARCHES * self.text.len() {
            self.searched.set(self.searched.get() + self.text.len());
            return count_letter_run(self.text, w);
        }
        self.vocabulary().get(w).copied().unwrap_or(0)
    }
}

/// Punctuation that may close a token after its word (`2024.The,`, `March2022),`, `Ukrinform.ua»`).
const CLOSING: &[char] = &['.', ',', ';', ':', '!', '?', ')', '"', '”', '’', '»'];

/// The longest letter run read as two glued words: two long words and then some. A longer run (a
/// blob, hostile input) is left alone, which keeps the search over its split points linear.
const MAX_GLUED_BYTES: usize = 64;

/// How many times over the words stage may search a document for single words before it counts
/// all of them instead.
const SEARCHES: usize = 16;

/// Whether the letter run of `text` that ends at byte `end` goes on after an apostrophe
/// (`Zelens'kyj`, `O'Neill`): a part of a word, no word of its own. English endings after one
/// (`Reznikov's`, `they'll`) leave the word whole.
fn apostrophe_joined(text: &str, end: usize) -> bool {
    let Some(rest) = text[end..].strip_prefix(['\'', '’']) else {
        return false;
    };
    let tail: &str = &rest[..rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len())];
    !tail.is_empty() && !matches!(tail, "s" | "S" | "ll" | "ve" | "re" | "d" | "t" | "m")
}

/// How many letter runs of `text` are `w` (`w` itself a letter run): its occurrences with no
/// letter either side, not joined to more letters by an apostrophe.
fn count_letter_run(text: &str, w: &str) -> usize {
    if w.is_empty() || !w.chars().all(char::is_alphabetic) {
        return 0;
    }
    memchr::memmem::find_iter(text.as_bytes(), w.as_bytes())
        .filter(|&at| {
            let before = text[..at].chars().next_back();
            let after = text[at + w.len()..].chars().next();
            !before.is_some_and(char::is_alphabetic)
                && !after.is_some_and(char::is_alphabetic)
                && !apostrophe_joined(text, at + w.len())
        })
        .count()
}

/// Whether `text` quotes program code: a function called by a name in camel case
/// (`createAgent(`, `streamText()`), or a line of a shell session (`./gradlew assembleDebug`,
/// `$ npm install`, `git clone …`).
fn quotes_code(text: &str) -> bool {
    let called = memchr::memchr_iter(b'(', text.as_bytes()).any(|at| {
        let name = text[..at]
            .rsplit(|c: char| !c.is_alphanumeric() && c != '_')
            .next()
            .unwrap_or("");
        function_name(name)
    });
    called
        || text.lines().any(|line| {
            let line = line.trim_start();
            SHELL_OPENINGS.iter().any(|opening| line.starts_with(opening))
        })
}

/// How a line of a shell session opens.
const SHELL_OPENINGS: &[&str] = &[
    "./",
    "$ ",
    "git clone ",
    "npm install ",
    "pip install ",
    "cargo build",
    "cd ",
];

/// Whether `name`, before a parenthesis, reads as a function's: camel case that opens in lower
/// case (`createAgent`, `streamText`).
fn function_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_lowercase()) && name.chars().skip(1).any(|c| c.is_ascii_uppercase())
}

/// `UkraineEFE/Oleksandr` → before `EFE`: a token with a slash (a path to [`untouchable`]) whose
/// first part is a place the document or the gazetteer knows glued to a news agency in capitals,
/// a photo credit after its caption's last word.
fn place_before_credit(token: &str, ev: &Evidence<'_>) -> Option<usize> {
    let (head, _) = token.split_once('/')?;
    if token.contains("://") || !head.ends_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let letters = head.trim_start_matches(|c: char| !c.is_alphabetic());
    let (place, agency) = split_trailing_capitals(letters);
    let known_place = is_title(place) && (ev.stands(place) || is_gazetteer_name(place));
    (agency.len() >= 2 && known_place && is_news_agency(agency)).then(|| head.len() - agency.len())
}

/// A token that must never be split: URL, domain, e-mail, handle, hashtag, path, code.
fn untouchable(token: &str) -> bool {
    token.contains("://")
        || token.starts_with("www.")
        || token.contains('@')
        || token.starts_with('#')
        || token.contains('/')
        || token.contains('_')
        || token.contains('=')
        || token.chars().any(|c| c.is_ascii_digit())
        || token
            .split('(')
            .next()
            .is_some_and(|head| head.len() < token.len() && head.ends_with(char::is_alphanumeric))
        || (token.as_bytes()[..token.len().saturating_sub(1)].contains(&b'.') && is_domain_name(token))
}

/// The tokens of `s[range]` (split at spaces, tabs and line breaks), with their byte offsets.
fn tokens(s: &str, range: Range<usize>) -> impl Iterator<Item = (usize, &str)> {
    let mut pos = range.start;
    s[range].split([' ', '\n', '\t']).map(move |token| {
        let start = pos;
        pos += token.len() + 1;
        (start, token)
    })
}

/// `ranges` (sorted) after `insertions` (sorted (position, length) pairs, each inside a range,
/// none at its start): each range grows by what was inserted inside it and moves by what was
/// inserted before it.
fn shifted(ranges: Vec<Range<usize>>, insertions: &[(usize, usize)]) -> Vec<Range<usize>> {
    let mut shift = 0;
    let mut i = 0;
    ranges
        .into_iter()
        .map(|range| {
            while i < insertions.len() && insertions[i].0 <= range.start {
                shift += insertions[i].1;
                i += 1;
            }
            let start = range.start + shift;
            while i < insertions.len() && insertions[i].0 < range.end {
                shift += insertions[i].1;
                i += 1;
            }
            start..range.end + shift
        })
        .collect()
}

/// `25.Il` → before `Il`, `2024.The` → before `The`: a number ending a sentence and a
/// capitalized word after its full stop, nothing else in the token but closing punctuation.
/// A time or a percentage ends a sentence too (`05:10.Mobile`, `22h.Selon`, `12%.The`).
/// Decimals and times (`3.5`, `10.30`) have a digit after the stop; `U.S.` and `No.5` do not
/// start with a number (or a percent sign).
fn number_then_sentence(token: &str) -> Option<usize> {
    let mut digits = token.bytes().take_while(u8::is_ascii_digit).count();
    // A time's minutes (`from 02:15 to 05:10.Mobile`).
    let minutes = token
        .get(digits + 1..digits + 3)
        .filter(|m| m.bytes().all(|b| b.is_ascii_digit()));
    let time = digits > 0 && token.as_bytes().get(digits) == Some(&b':') && minutes.is_some();
    if time {
        digits += 3;
    }
    // A time as French and Italian write it (`entre 17h et 22h.Selon`, `alle 18h30.Il`).
    let hours = !time && digits > 0 && token.as_bytes().get(digits) == Some(&b'h');
    if hours {
        digits += 1;
        if token
            .get(digits..digits + 2)
            .is_some_and(|m| m.bytes().all(|b| b.is_ascii_digit()))
        {
            digits += 2;
        }
    }
    let time = time || hours;
    // A percentage ends a sentence too (`from 8.5% to 12%.The decision`, `85.7%.None`).
    if digits > 0 && !time {
        let bytes = token.as_bytes();
        let fraction = match bytes.get(digits) {
            Some(b'.' | b',') => bytes[digits + 1..].iter().take_while(|b| b.is_ascii_digit()).count(),
            _ => 0,
        };
        let sign = if fraction > 0 { digits + 1 + fraction } else { digits };
        if bytes.get(sign) == Some(&b'%') {
            digits = sign + 1;
        }
    }
    // Or the sign written apart from its number, as French, Spanish and German write it (`rondó
    // el 52 %.Como`).
    if digits == 0 && token.starts_with('%') {
        digits = 1;
    }
    if digits == 0 || token.as_bytes().get(digits) != Some(&b'.') {
        return None;
    }
    let word = token[digits + 1..].trim_end_matches(CLOSING);
    // After a time or a year, a sentence may open with a word of one letter (`às 21:00.A sirene`,
    // `em fevereiro de 2022.A conversa`); after another number that is a section's letter (`5.A`).
    let year = digits == 4 && !time && token.starts_with(['1', '2']);
    let one_capital = (time || year) && word.len() == 1 && word.bytes().all(|b| b.is_ascii_uppercase());
    // A capitalized word joined by an apostrophe or a hyphen opens one too (`fin
    // 2022.Aujourd'hui`, `en 2023.L'armée`, `2023.Au-delà`).
    let head = leading_letters(word);
    let joined = word[head.len()..].starts_with(['\'', '’', '-'])
        && head.starts_with(char::is_uppercase)
        && head.chars().skip(1).all(char::is_lowercase);
    (is_title(word) || one_capital || joined).then_some(digits + 1)
}

/// `vez,a` → after the comma: a comma between a word and a lower-case word of the lexicon, with
/// nothing else in the token but punctuation around it, lost the space after it (`Desta vez,a`,
/// `According to Terekhov,the walls`); after a quotation's closing mark, a name the document
/// writes alone may follow too (`the decision is final”,Prokudin wrote`). Not in code, lists of
/// values or addresses (`a,b`, `x=1,y=2`, `#tag,#tag`, `Lisboa,Portugal`), nor after a single
/// letter.
fn comma_then_word(token: &str, ev: &Evidence<'_>) -> Option<usize> {
    // Most tokens have no comma, or only one that ends them (`Monday,`).
    let comma = token.bytes().position(|b| b == b',')?;
    if comma + 1 == token.len() {
        return None;
    }
    let t = token.trim_end_matches(CLOSING);
    let (left, right) = t.split_once(',')?;
    let word = left.trim_start_matches(['(', '"', '“', '‘', '«', '¿', '¡']);
    let quoted = word.trim_end_matches(['”', '"', '’', '»']);
    let closes_quote = quoted.len() < word.len();
    let fits = quoted.chars().nth(1).is_some()
        && quoted.chars().all(char::is_alphabetic)
        && quoted.ends_with(char::is_lowercase)
        && !right.is_empty()
        && ((right.chars().all(char::is_lowercase) && ev.known_word(right))
            || (closes_quote && is_title(right) && ev.stands(right)))
        && !ev.code
        && !untouchable(token);
    fits.then_some(left.len() + 1)
}

/// `512explosions` → after `512`: a number glued to a frequent lower-case word of four letters or
/// more that is no unit (`512kbps` stays). German writes numbers into lower-case words (`3fach`,
/// `10jährige`): there only a noun, capitalized, is glued (`25Drohnen`); Italian writes its
/// thousands so (`7mila`).
fn number_then_word(token: &str, ev: &Evidence<'_>) -> Option<usize> {
    // Most tokens do not open with a digit.
    if !token.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let t = token.trim_end_matches(CLOSING);
    let digits = t
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b',' || *b == b'.')
        .count();
    let (number, word) = t.split_at(digits);
    let shaped = match ev.lang {
        "de" => is_title(word),
        "it" => word.chars().all(char::is_lowercase) && !word.starts_with("mila"),
        _ => word.chars().all(char::is_lowercase),
    };
    let fits = number.ends_with(|c: char| c.is_ascii_digit())
        && word.chars().nth(3).is_some()
        && shaped
        && !UNITS.contains(&word)
        // A capital after the digits is evidence enough for any noun of the lexicon.
        && ev.word_cost(word).is_some_and(|c| c <= CONTENT_WORD || ev.lang == "de")
        && !ev.code;
    fits.then_some(digits)
}

/// `G7en` → before `en`, `G20and` → before `and`: a code of capitals and digits (a summit, a
/// flight, a tank) glued to a function word of the language of two letters or more, nothing else
/// in the token but closing punctuation. (A letter after the digits is a model's or a plural's:
/// `T90s`, `A4`.)
fn code_then_word(token: &str, ev: &Evidence<'_>) -> Option<usize> {
    // Most tokens open with no capital, or have no digit after their capitals.
    let capitals = token.bytes().take_while(u8::is_ascii_uppercase).count();
    if capitals == 0 || !token.as_bytes().get(capitals).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let t = token.trim_end_matches(CLOSING);
    let digits = t[capitals..].bytes().take_while(u8::is_ascii_digit).count();
    let at = capitals + digits;
    let word = &t[at..];
    let fits = capitals <= 4
        && word.chars().nth(1).is_some()
        && word.chars().all(char::is_lowercase)
        && ev.is_function_word(word)
        && !UNITS.contains(&word)
        && !ev.code;
    fits.then_some(at)
}

/// `March2022` → before `2022`: a month's name glued to a year of four digits (19xx or 20xx),
/// nothing else in the token but closing punctuation.
fn month_then_year(token: &str) -> Option<usize> {
    // Most tokens end in a letter: decided on their last bytes (the year's last digit, a closing
    // mark or two after it), before any trimming.
    if !token.as_bytes()[token.len().saturating_sub(6)..]
        .iter()
        .any(u8::is_ascii_digit)
    {
        return None;
    }
    let t = token.trim_end_matches(CLOSING);
    let at = t.len().checked_sub(4).filter(|&at| at > 0 && t.is_char_boundary(at))?;
    let (month, year) = t.split_at(at);
    (is_year(year) && with_lowercase(month, |m| MONTHS.contains(&m))).then_some(at)
}

/// Whether `token` is a word of the lexicon written plainly (`said`, `Monday,`, `(police`): ASCII
/// letters, no capital after the first, at most punctuation around it. No rule splits such a
/// token, and most tokens are one, so they skip the per-run analysis.
fn plain_known_word(token: &str, ev: &Evidence<'_>) -> bool {
    let word = token.trim_matches(|c: char| c.is_ascii_punctuation());
    let bytes = word.as_bytes();
    bytes.first().is_some_and(u8::is_ascii_alphabetic)
        && bytes[1..].iter().all(u8::is_ascii_lowercase)
        && ev.known_word(word)
}

impl Stage for WordsStage {
    fn id(&self) -> &'static str {
        "words"
    }

    fn run(&self, text: &mut Text<'_>, cx: &mut Context) -> Result<()> {
        cx.set_unsplit(std::iter::empty());
        if !self.camel && !self.glued && !self.missing_space && !self.quote {
            return Ok(()); // no lexicon to load
        }
        let Some(lang) = cx.reliable_lang_code().map(str::to_owned) else {
            return Ok(());
        };
        // A language without a lexicon is left alone.
        let Some(lexicon) = Lexicon::get(&lang) else {
            return Ok(());
        };
        // A restored space is new evidence (`anPlease` → `an Please` makes `Please` a word of
        // the document, and so `RanPlease` a glue): passes repeat until one finds nothing, so
        // that running the stage again would not either.
        //
        // A pass reads only the tokens the pass before it analysed: every other token is short,
        // a plain known word or untouchable, which depends on the token alone, and no pass
        // changes it (spaces go inside analysed tokens only).
        let names = self.names.index(&lang);
        let code = quotes_code(text.as_str());
        let removed = text.removed().collect::<Vec<_>>().join("\n");
        let mut analysed: Vec<Range<usize>> = std::iter::once(0..text.as_str().len()).collect();
        // Word pairs written apart, found in the first pass and added to in later ones.
        let mut pairs = HashMap::default();
        for pass in 0..MAX_PASSES {
            let s = text.as_str();
            let mut ev = Evidence {
                lang: &lang,
                lexicon,
                names,
                text: s,
                vocabulary: OnceCell::new(),
                searched: Cell::new(0),
                pairs: HashMap::default(),
                removed: &removed,
                code,
            };
            let mut batch = Vec::new();
            let mut next = Vec::new();
            let mut work = Vec::new();
            // Pairs of tokens with one space between them, for the pairs written apart. A later
            // pass reads only the tokens split before, and the tokens before and after each too: a
            // restored space makes new pairs there (`i noLE` → `i no`, evidence for `ino`
            // elsewhere).
            let mut neighbours = Vec::new();
            for range in &analysed {
                let from = match pass {
                    0 => range.start,
                    _ => s[..range.start.saturating_sub(1)]
                        .rfind([' ', '\n', '\t'])
                        .map_or(0, |i| i + 1),
                };
                // And the token after it: a space restored at a range's end makes a pair there too
                // (`toso de` → `to so de`, evidence for `so de` in `sode`).
                let to = match pass {
                    0 => range.end,
                    _ => match s[range.end..].strip_prefix(' ') {
                        Some(rest) => range.end + 1 + rest.find([' ', '\n', '\t']).unwrap_or(rest.len()),
                        None => range.end,
                    },
                };
                let mut before: Option<&str> = None;
                for (start, token) in tokens(s, from..to) {
                    if let Some(before) = before.filter(|_| s.as_bytes()[start - 1] == b' ') {
                        neighbours.push((before, token));
                    }
                    before = Some(token);
                    if start < range.start || start >= range.end {
                        continue;
                    }
                    if let Some(i) = number_then_sentence(token)
                        .or_else(|| quote_then_sentence(token))
                        .or_else(|| agency_in_parentheses(token))
                        .filter(|_| self.missing_space)
                    {
                        next.push(start..start + token.len());
                        let at = start + i;
                        batch.push(
                            Replacement::new(at..at, " ", EditKind::MissingSpace, MISSING_SPACE).with_confidence(0.85),
                        );
                        continue;
                    }
                    if let Some(i) = comma_then_word(token, &ev).filter(|_| self.missing_space) {
                        next.push(start..start + token.len());
                        let at = start + i;
                        batch.push(
                            Replacement::new(at..at, " ", EditKind::MissingSpace, MISSING_SPACE).with_confidence(0.8),
                        );
                        continue;
                    }
                    // A month glued to its year (`in March2022`), a number to a word
                    // (`3people`): tokens with digits no other rule reads.
                    if let Some(i) = month_then_year(token)
                        .or_else(|| number_then_word(token, &ev))
                        .or_else(|| code_then_word(token, &ev))
                        .filter(|_| self.glued)
                    {
                        next.push(start..start + token.len());
                        let at = start + i;
                        batch.push(Replacement::new(at..at, " ", EditKind::RunTogether, GLUED).with_confidence(0.85));
                        continue;
                    }
                    // A caption's credit glued to its place (`UkraineEFE/Oleksandr`): a path to
                    // any other rule, split here at the agency.
                    if let Some(i) = place_before_credit(token, &ev).filter(|_| self.camel) {
                        next.push(start..start + token.len());
                        let at = start + i;
                        batch.push(Replacement::new(at..at, " ", EditKind::RunTogether, CAMEL).with_confidence(0.85));
                        continue;
                    }
                    if token.len() < 4 || plain_known_word(token, &ev) || untouchable(token) {
                        continue;
                    }
                    next.push(start..start + token.len());
                    work.push((start, token));
                }
            }
            pairs.extend(pairs_written_apart(&neighbours, work.iter().map(|&(_, token)| token)));
            ev.pairs = std::mem::take(&mut pairs);
            for &(start, token) in &work {
                self.split_token(token, start, &ev, &mut batch);
            }
            pairs = ev.pairs;
            if batch.is_empty() {
                // What is left whole, for the stages after this one to tell whether they wrote new
                // evidence for it.
                cx.set_unsplit(work.iter().map(|&(_, token)| token));
                break;
            }

            // Splits come after the sentence ends found on the way: back into text order.
            batch.sort_by_key(|r| r.range.start);
            let shifts: Vec<(usize, usize)> = batch.iter().map(|r| (r.range.start, r.after.len())).collect();
            if text.apply(self.id(), batch)? == 0 {
                break;
            }
            analysed = shifted(next, &shifts);
        }
        Ok(())
    }
}

impl WordsStage {
    fn split_token(&self, token: &str, offset: usize, ev: &Evidence<'_>, out: &mut Vec<Replacement>) {
        // Letter runs inside the token, with their byte offsets.
        let mut runs: Vec<(usize, &str)> = Vec::new();
        let mut run_start = None;
        for (i, c) in token.char_indices().chain(std::iter::once((token.len(), ' '))) {
            match (c.is_alphabetic(), run_start) {
                (true, None) => run_start = Some(i),
                (false, Some(st)) => {
                    runs.push((st, &token[st..i]));
                    run_start = None;
                }
                _ => {}
            }
        }
        // Whether a space was just restored before the current run (`aA.Ukraine.The`: once
        // `Ukraine` starts a sentence, the full stop after it ends one).
        let mut sentence_start = false;
        for (k, &(at, run)) in runs.iter().enumerate() {
            let after_restored_space = std::mem::take(&mut sentence_start);
            // The capitalized second part of a hyphenated name (`Al-Wasat`, `Jean-Pierre`) is
            // the name's: it is split only where the document writes its head as a word of its
            // own (`Sciver-Bruntis`, with `Brunt` in `Sciver-Brunt` elsewhere).
            let name_part = k > 0 && token[..at].ends_with('-') && is_title(runs[k - 1].1) && is_title(run);
            // `Jaishankar'svisit`: an English possessive's `s` glued to the word after it.
            if self.glued && ev.lang == "en" && k > 0 && token[..at].ends_with(['\'', '’']) {
                let rest = run.strip_prefix('s').unwrap_or("");
                if rest.chars().count() >= 3
                    && rest.chars().all(char::is_lowercase)
                    && !ev.is_word_or_name(run)
                    && ev.known_word(rest)
                {
                    let at_space = offset + at + 1;
                    out.push(
                        Replacement::new(at_space..at_space, " ", EditKind::RunTogether, GLUED).with_confidence(0.85),
                    );
                    continue;
                }
            }
            // `istituzionaledell’amministrazione`: an elided article glued to the word before it.
            if self.glued {
                if let Some(i) = elision_glued(run, &token[at + run.len()..], ev) {
                    let pos = offset + at + i;
                    out.push(Replacement::new(pos..pos, " ", EditKind::RunTogether, GLUED).with_confidence(0.8));
                    continue;
                }
            }
            let head_stands = |i: usize| ev.occurrences(&run[..i]) > 0;
            let after_hyphen = k > 0 && token[..at].ends_with('-');
            if let Some(i) = (self.glued && after_hyphen)
                .then(|| hyphenated_name_then_word(token, &runs[..=k], ev))
                .flatten()
            {
                let pos = offset + at + i;
                out.push(Replacement::new(pos..pos, " ", EditKind::RunTogether, GLUED).with_confidence(0.8));
            } else if !name_part || segment(run, offset + at, ev).is_some_and(head_stands) {
                self.split_run(run, offset + at, ev, out);
            }
            // `Ukraine.The`: the next run follows this one after exactly one `.`, `!` or `?`
            // (possibly after a closing quote).
            if self.missing_space {
                if let Some(&(next_at, next)) = runs.get(k + 1) {
                    let between = &token[at + run.len()..next_at];
                    let punct = matches!(
                        between,
                        "." | "!" | "?" | "”." | "\"." | "’." | ")." | ".”" | "?”" | "!”" | "»." | ".»" | "“."
                    );
                    // A quotation that opens after the sentence end (`artillery.“We`,
                    // `Angriff.„Nur`): the space goes before its mark.
                    let opening = matches!(between, ".“" | "!“" | "?“" | ".«" | "!«" | "?«" | ".„" | "!„" | "?„");
                    // A time's `a.m.` or `p.m.` takes a space after it, sentence end or not
                    // (`at 10 a.m.Moscow time`).
                    let clock = between == "."
                        && ["a.m", "p.m", "A.M", "P.M"]
                            .iter()
                            .any(|t| token[..at + run.len()].ends_with(t));
                    // Not after an initialism or abbreviation (`U.S.The`, `Mr.Smith`); an acronym
                    // of three letters or more ends a sentence (`NATO.The`).
                    // A unit's symbol in capitals after its number is no initialism (`1.7
                    // GW.Ukrainian`).
                    let unit = || {
                        UNIT_SYMBOLS.contains(&run)
                            && ev.text[..offset + at]
                                .trim_end()
                                .ends_with(|c: char| c.is_ascii_digit())
                    };
                    // A two-letter one ends it before a capitalized word of the language
                    // (`UN.Ukrainian`, `EU.Officials`).
                    let initialism_ends = || is_title(next) && next.chars().nth(2).is_some() && ev.known_word(next);
                    let sentence_word = run.chars().count() >= 2
                        && !ABBREVIATIONS.contains(&run)
                        && (!(run.chars().all(char::is_uppercase) && run.chars().count() < 3)
                            || unit()
                            || initialism_ends())
                        && (after_restored_space || !token[..at].ends_with('.'));
                    // The next word as it reads once its own lost space is back (`ItaliaThe` →
                    // `Italia`), so that a second run finds the same.
                    // A one-letter word of the language opens a sentence too (`noite.O`), when it
                    // ends the token.
                    // So does an elided article or preposition in capitals before the word it
                    // is joined to (`Puglia.L’Algeria`).
                    let one_letter = next.chars().all(char::is_uppercase)
                        && next.chars().count() == 1
                        && match k + 2 == runs.len() {
                            true => word_sized(next, ev.lang),
                            false => {
                                let elided = &token[next_at + next.len()..];
                                elided.starts_with(['\'', '’'])
                                    && with_lowercase(next, |n| listed_for(ELIDED, ev.lang).contains(&n))
                            }
                        };
                    // A site's name with its domain (`Dnipro.Info`, `Kyiv.Ua`) is no sentence end;
                    // a word in lower case before a pronoun or article is (`conflict.It gives`),
                    // and so is any word before one that a lower-case word follows
                    // (`Poland.It is highly probable`).
                    let sentence_goes_on = || {
                        token.ends_with(next)
                            && ev.text[offset + token.len()..]
                                .strip_prefix(' ')
                                .is_some_and(|rest| rest.starts_with(char::is_lowercase))
                    };
                    let domain = k + 2 == runs.len()
                        && with_lowercase(next, |n| TOP_LEVEL_DOMAINS.contains(&n))
                        && !(ev.is_function_word(next) && (run.chars().all(char::is_lowercase) || sentence_goes_on()));
                    // In a document that quotes code, `window.Lanternfish` is a property.
                    let property = ev.code && between == "." && run.chars().all(char::is_lowercase);
                    // A brand written with a dot (`Diia.City`, `Prozorro.Sale`): a word no lexicon
                    // or list knows, which the document writes only so, before a word that seldom
                    // opens a sentence (a sentence end before `The` or `In` stays one); or a
                    // capitalized name the document writes so more than once, before no function
                    // word (`Yandex.Market` and `Yandex.Taxi`, `Diia.City` twice).
                    // A German compound the lexicon lacks is no brand (`Billigimporte.Polen`).
                    let dotted_brand = || {
                        between == "."
                            && !ev.is_function_word(camel_head(next))
                            && (!ev.is_word_or_name(run)
                                && (ev.lang != "de" || !is_compound(&run.to_lowercase(), ev.lexicon))
                                && {
                                    let dotted = format!("{run}.{next}");
                                    let written =
                                        memchr::memmem::find_iter(ev.text.as_bytes(), dotted.as_bytes()).count();
                                    written >= ev.copies(run)
                                }
                                || is_title(run) && !is_gazetteer_name(run) && dotted_family(run, ev))
                    };
                    if (punct || opening)
                        && (sentence_word || clock)
                        && !domain
                        && !property
                        && (is_title(camel_head(next)) || one_letter)
                        && (clock || !dotted_brand())
                    {
                        let at_space = if opening {
                            offset + at + run.len() + 1
                        } else {
                            offset + next_at
                        };
                        out.push(
                            Replacement::new(at_space..at_space, " ", EditKind::MissingSpace, MISSING_SPACE)
                                .with_confidence(0.9),
                        );
                        sentence_start = true;
                    }
                }
            }
            // `casualties“A spokesman`: a quotation mark between a word and a capitalized word.
            // Whether it opens or closes decides the side of the space: a mark that closes a quote
            // opened earlier on the line takes the space after it.
            if self.quote {
                if let Some(&(next_at, next)) = runs.get(k + 1) {
                    let between = &token[at + run.len()..next_at];
                    let capital = next.chars().next().is_some_and(char::is_uppercase)
                        && next.chars().skip(1).all(char::is_lowercase);
                    // A word that ends in a mojibake lead (`éÃ"Skip`) is no word: a space after `Ã`
                    // would read as the no-break space of a mis-decoded `à` on the next run.
                    let mojibake_end = run.ends_with(['Ã', 'Â']);
                    if QUOTE_MARKS.contains(&between) && run.chars().count() >= 2 && !is_all_caps(run) && !mojibake_end
                    {
                        let at_quote = offset + at + run.len();
                        let line_start = ev.text[..at_quote].rfind('\n').map_or(0, |i| i + 1);
                        let before = ev.text[line_start..at_quote]
                            .chars()
                            .filter(|c| QUOTE_MARKS.iter().any(|q| q.starts_with(*c)))
                            .count();
                        let closes = before % 2 == 1;
                        // After a closing mark, a word of the language in lower case too
                        // (`„Economist“von`, `“Economist”said`).
                        let word_after_close = closes && next.chars().all(char::is_lowercase) && ev.known_word(next);
                        if capital || word_after_close {
                            let pos = if closes { offset + next_at } else { at_quote };
                            out.push(
                                Replacement::new(pos..pos, " ", EditKind::RunTogether, QUOTE).with_confidence(0.8),
                            );
                        }
                    }
                }
            }
        }
    }
}

/// Where a function word glued to a hyphenated name of the lists starts in the last of `runs`
/// (`Rostov-on-Donand` → `Rostov-on-Don and`, `Lee Jae-myungsaid` → `Jae-myung said`): the runs
/// joined by hyphens up to that point are a name the name dictionary or the gazetteer knows, and
/// what follows is a function word of the language. The last part alone is no evidence (`Don`).
fn hyphenated_name_then_word(token: &str, runs: &[(usize, &str)], ev: &Evidence<'_>) -> Option<usize> {
    let &(at, run) = runs.last()?;
    // (Most parts after a hyphen are words: `Kharkiv-based`.)
    if ev.known_word(run) {
        return None;
    }
    let first = runs
        .iter()
        .rposition(|&(start, _)| start == 0 || !token[..start].ends_with('-'))
        .map_or(0, |j| runs[j].0);
    if ev.is_word_or_name(&token[first..at + run.len()]) {
        return None;
    }
    // Function words are short: only the last few letters are tried, the shortest first.
    run.char_indices()
        .rev()
        .take(FUNCTION_WORD_LETTERS)
        .filter(|&(i, _)| i > 0)
        .find_map(|(i, _)| {
            let (name, word) = (&token[first..at + i], &run[i..]);
            (word.chars().nth(1).is_some()
                && ev.is_function_word(word)
                && (ev.is_name(name) || is_gazetteer_name(name)))
            .then_some(i)
        })
}

/// The most letters of a function word glued to a hyphenated name (`against` has seven).
const FUNCTION_WORD_LETTERS: usize = 7;

/// Whether a lower-case `run` at `offset` is the second word of a Latin binomial (`Hyla
/// orientalis`, `Tursiops truncatus`): a Latin ending, after a capitalized genus that no lexicon
/// knows (`Hyla`) or that opens a parenthesis (`(Canis lupus)`), not after a sentence's first word.
fn latin_epithet(run: &str, offset: usize, ev: &Evidence<'_>) -> bool {
    if !run.chars().all(char::is_lowercase) || !LATIN_ENDINGS.iter().any(|e| run.ends_with(e)) {
        return false;
    }
    let Some(before) = ev.text[..offset].strip_suffix(' ') else {
        return false;
    };
    let genus = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    let ahead = &before[..before.len() - genus.len()];
    let sentence_start = ahead.trim_end().is_empty() || ahead.trim_end().ends_with(['.', '!', '?', '\n']);
    is_title(genus) && genus.chars().count() >= 3 && (ahead.ends_with('(') || !sentence_start && !ev.known_word(genus))
}

/// Endings of Latin species' epithets (`orientalis`, `truncatus`, `arvensis`, `vulgare`, `ponticae`).
const LATIN_ENDINGS: &[&str] = &["is", "us", "um", "ae", "ii", "ensis", "are"];

/// Whether a lower-case `run` is a frequent word of another language mtnorm knows: a passage
/// left untranslated (`non ci sono communications`), not two words glued (`so no`). Asked only of
/// a run about to be split.
fn foreign_word(run: &str, ev: &Evidence<'_>) -> bool {
    run.chars().all(char::is_lowercase)
        && crate::lexicon::LANGUAGES
            .iter()
            .any(|&lang| lang != ev.lang && Lexicon::is_frequent(lang, run))
}

/// Where a space belongs in `run` that ends in an elided article or preposition glued to the
/// word before it, the apostrophe and a letter after it (`istituzionaledell’amministrazione` →
/// before `dell`, `ministred’État` → before `d`): the word before is a word of the lexicon of
/// four letters or more, the whole is none, and it is no elided word of its own (`quell’`,
/// `nessun’`, whose full forms `quello`, `nessuno` are words; `puisqu’`, listed).
fn elision_glued(run: &str, after: &str, ev: &Evidence<'_>) -> Option<usize> {
    let elided = listed_for(ELIDED, ev.lang);
    let apostrophe = after.strip_prefix(['\'', '’'])?;
    if elided.is_empty()
        || !apostrophe.starts_with(char::is_alphabetic)
        || !run.chars().all(char::is_lowercase)
        || elided.contains(&run)
    {
        return None;
    }
    let at = elided
        .iter()
        .filter_map(|e| run.strip_suffix(e))
        .find_map(|left| (left.chars().count() >= 4 && ev.known_word(left)).then_some(left.len()))?;
    let full_form = ["o", "a", "e", "i"].iter().any(|v| ev.known_word(&format!("{run}{v}")));
    (!full_form && !ev.is_word_or_name(run)).then_some(at)
}

/// Where a space belongs in a dateline's place glued to its agency in parentheses
/// (`Charkiw(Ukrinform).`, `KYIV(Reuters)`): before the `(`. A function call (`f(x)`) names no
/// agency.
fn agency_in_parentheses(token: &str) -> Option<usize> {
    // Tokens are short: a plain scan beats a call into memchr.
    let open = token.bytes().position(|b| b == b'(')?;
    let (place, rest) = token.split_at(open);
    let agency = rest[1..].split(')').next()?;
    // (A function's name before it is code, which no second run should read otherwise once the
    // space is in: `ilLs(AP)`.)
    let place_word = place.chars().count() >= 2 && place.chars().all(char::is_alphabetic) && !function_name(place);
    (place_word && rest[1..].contains(')') && is_news_agency(agency)).then_some(open)
}

/// Whether `token` (closing punctuation aside) is a domain name: letters before a dot and a
/// top-level domain in lower case after it, a listed one or any country's two letters
/// (`Vilniusdaily.lt`, `Ukrinform.ua`; not `Ukraine.The`, `e.g.`).
fn is_domain_name(token: &str) -> bool {
    let name = token.trim_end_matches(CLOSING);
    name.rsplit_once('.').is_some_and(|(head, tld)| {
        head.ends_with(char::is_alphanumeric)
            && (TOP_LEVEL_DOMAINS.contains(&tld) || (tld.len() == 2 && tld.bytes().all(|b| b.is_ascii_lowercase())))
    })
}

/// Double quotation marks that MT output uses on either side of a quote.
const QUOTE_MARKS: &[&str] = &["\"", "“", "”", "„", "«", "»"];

fn is_all_caps(w: &str) -> bool {
    w.chars().all(char::is_uppercase)
}

impl WordsStage {
    /// Restores the lost spaces of one letter run at byte `offset`, splitting the halves again
    /// until nothing is left to split (`ReznikovéKiev` → `Reznikové Kiev`, and then `Reznikové`
    /// on its own), so that a second run finds nothing to do.
    fn split_run(&self, run: &str, offset: usize, ev: &Evidence<'_>, out: &mut Vec<Replacement>) {
        // (A brand's spelling stays whatever the document writes apart: `LaLiga` beside `la Liga`.)
        if with_lowercase(run, |w| ONE_WORD_BRANDS.contains(&w)) || CAMEL_KEEP.contains(&run) {
            return;
        }
        // A split at a lower-to-upper step is the camel-case rule's, any other the glued rule's.
        let apart = written_apart(run, ev)
            .map(|i| (i, camel_steps(run).any(|step| step == i)))
            .filter(|&(_, camel)| if camel { self.camel } else { self.glued });
        let split = match (
            apart,
            self.camel.then(|| camel_split(run, offset, ev)).flatten(),
            self.glued,
        ) {
            (Some((i, camel)), _, _) => Some((i, if camel { CAMEL } else { GLUED }, 0.9)),
            (None, Some(i), _) => Some((i, CAMEL, 0.85)),
            (None, None, true) => segment(run, offset, ev)
                .filter(|_| {
                    !foreign_word(run, ev)
                        && !latin_epithet(run, offset, ev)
                        && !ev.lexicon.foreign_sentence(ev.text, offset..offset + run.len())
                })
                .or_else(|| acronym_split(run, ev))
                .or_else(|| word_then_acronym(run, ev))
                .or_else(|| acronym_then_name(run, ev))
                .or_else(|| name_then_follower(run, ev))
                .or_else(|| surname_then_particle(run, offset, ev))
                .or_else(|| opener_split(run, ev))
                .or_else(|| brand_then_word(run, ev))
                .or_else(|| platform_then_word(run, ev))
                .map(|i| (i, GLUED, 0.8)),
            (None, None, false) => None,
        };
        let Some((i, rule, confidence)) = split.filter(|&(i, _, _)| 0 < i && i < run.len()) else {
            return;
        };
        self.split_run(&run[..i], offset, ev, out);
        let pos = offset + i;
        out.push(Replacement::new(pos..pos, " ", EditKind::RunTogether, rule).with_confidence(confidence));
        self.split_run(&run[i..], pos, ev, out);
    }
}

/// Whether the document writes the name `run` before a dot and a capitalized word more than once,
/// and never before a function word (`Yandex.Market`, `Yandex.Taxi`): a family of brands, where
/// a sentence end would be followed by `The` or `In` somewhere. (The caller leaves out places,
/// which end sentences: `Kharkiv.Rescuers … Kharkiv.Officials`.)
fn dotted_family(run: &str, ev: &Evidence<'_>) -> bool {
    let dotted = format!("{run}.");
    let mut written = 0;
    for at in memchr::memmem::find_iter(ev.text.as_bytes(), dotted.as_bytes()) {
        let after = &ev.text[at + dotted.len()..];
        let word = &after[..after.find(|c: char| !c.is_alphabetic()).unwrap_or(after.len())];
        if ev.text[..at].ends_with(char::is_alphabetic) || !is_title(word) {
            continue;
        }
        if ev.is_function_word(word) {
            return false;
        }
        written += 1;
    }
    written >= 2
}

/// Whether the document writes `left` glued to another capitalized word than `right`, one it
/// never writes alone and no function word (`KakaoTalk` beside `KakaoPay`, `EverQuest` beside
/// `EverCrack`): a company's names for its products, not a lost space. Two lost spaces after one
/// name (`RussiaThe`, `RussiaShoigu` with `Shoigu` alone elsewhere) are no family.
fn brand_family(left: &str, right: &str, ev: &Evidence<'_>) -> bool {
    memchr::memmem::find_iter(ev.text.as_bytes(), left.as_bytes()).any(|at| {
        let after = &ev.text[at + left.len()..];
        let other = &after[..after.find(|c: char| !c.is_alphabetic()).unwrap_or(after.len())];
        !ev.text[..at].ends_with(char::is_alphabetic)
            && is_title(other)
            && other != right
            && ev.occurrences(other) == 0
            && !ev.is_function_word(other)
    })
}

/// Where the document writes `run` as two words elsewhere ([`Evidence::apart_at`]), unless
/// the whole is a word or a name, a deliberate spelling used twice, or a German lower-case
/// compound (`zusammenarbeiten` beside `zusammen arbeiten` is spelling, not a lost space).
fn written_apart(run: &str, ev: &Evidence<'_>) -> Option<usize> {
    let lower = run.chars().all(char::is_lowercase);
    if lower && ev.lang == "de" {
        return None;
    }
    let at = ev.apart_at(run)?;
    let (left, right) = run.split_at(at);
    // Two content words side by side are as often a compound spelled both ways (`frontline`,
    // `front line`): a lower-case token needs a function word in it. A capitalized token does not
    // end in a one-letter word (`Madea` is no `made a`).
    let shape = if lower {
        ev.is_function_word(left) || ev.is_function_word(right)
    } else {
        right.chars().nth(1).is_some()
    };
    (shape && !CAMEL_KEEP.contains(&run) && !ev.is_word_or_name(run) && ev.copies(run) <= 1).then_some(at)
}

/// The pairs of words with one space between them (the last letters of one token and the first
/// of the next, from `neighbours`) that, written together, read as a letter run of `tokens`
/// (`Prime Minister` for `PrimeMinister`), keyed by [`folded_hash`], with the byte length of the
/// first word (0 where two pairs split the same letters differently). Only a pair of a wanted
/// first letter, length and last letter is hashed.
fn pairs_written_apart<'t>(neighbours: &[(&str, &str)], tokens: impl Iterator<Item = &'t str>) -> HashMap<u64, usize> {
    // `shapes[shape(first, last)]` has bit `n` set when a wanted run of `n` bytes starts and ends
    // with such (folded) bytes: a pair of another shape is never hashed.
    let mut shapes = [0u64; 1024];
    let shape = |first: u8, last: u8| {
        (usize::from(first.to_ascii_lowercase()) * 31 + usize::from(last.to_ascii_lowercase())) & 1023
    };
    // Bit `a << 8 | b` of `joins`: some wanted run has byte `b` right after byte `a` (in either
    // letter case), where its two words would meet; tested on the bytes either side of the
    // space before the words are read.
    let mut joins = [0u64; 1024];
    let join = |a: u8, b: u8| usize::from(a) << 8 | usize::from(b);
    let mut wanted = rustc_hash::FxHashSet::default();
    for run in tokens.flat_map(letter_runs).filter(|run| run.len() < 64) {
        let bytes = run.as_bytes();
        wanted.insert(folded_hash(&[run]));
        shapes[shape(bytes[0], bytes[bytes.len() - 1])] |= 1 << run.len();
        for pair in bytes.windows(2) {
            for a in [pair[0].to_ascii_lowercase(), pair[0].to_ascii_uppercase()] {
                for b in [pair[1].to_ascii_lowercase(), pair[1].to_ascii_uppercase()] {
                    joins[join(a, b) >> 6] |= 1 << (join(a, b) & 63);
                }
            }
        }
    }
    let mut pairs = HashMap::default();
    if wanted.is_empty() {
        return pairs;
    }
    for &(before, after) in neighbours {
        let (Some(&last), Some(&first)) = (before.as_bytes().last(), after.as_bytes().first()) else {
            continue;
        };
        if joins[join(last, first) >> 6] & 1 << (join(last, first) & 63) == 0 {
            continue;
        }
        let (left, right) = (trailing_letters(before), leading_letters(after));
        let total = left.len() + right.len();
        if left.is_empty()
            || right.is_empty()
            || total >= 64
            || shapes[shape(left.as_bytes()[0], right.as_bytes()[right.len() - 1])] & (1 << total) == 0
            // Not a word's tail after an apostrophe (`Tillotama's home` has no `s home`).
            || before[..before.len() - left.len()].ends_with(['\'', '’'])
        {
            continue;
        }
        let key = folded_hash(&[left, right]);
        if wanted.contains(&key) {
            pairs
                .entry(key)
                .and_modify(|at| *at = if *at == left.len() { *at } else { 0 })
                .or_insert(left.len());
        }
    }
    pairs
}

/// The letters that end `token` (`Prime` of `"Prime`), read as bytes while they are ASCII.
fn trailing_letters(token: &str) -> &str {
    let ascii = token.bytes().rev().take_while(u8::is_ascii_alphabetic).count();
    let head = &token[..token.len() - ascii];
    match head.as_bytes().last() {
        Some(b) if !b.is_ascii() => &token[head.trim_end_matches(char::is_alphabetic).len()..],
        _ => &token[head.len()..],
    }
}

/// The letters that start `token` (`Minister` of `Minister,`), read as bytes while they are ASCII.
fn leading_letters(token: &str) -> &str {
    let ascii = token.bytes().take_while(u8::is_ascii_alphabetic).count();
    let tail = &token[ascii..];
    match tail.as_bytes().first() {
        Some(b) if !b.is_ascii() => &token[..token.len() - tail.trim_start_matches(char::is_alphabetic).len()],
        _ => &token[..ascii],
    }
}

/// A hash of the words written together, ASCII letters folded to lower case: `["Prime",
/// "Minister"]` hashes as `["PrimeMinister"]` does. Words of 64 bytes or more together hash as
/// nothing else does.
fn folded_hash(words: &[&str]) -> u64 {
    use std::hash::Hasher;
    let mut joined = [0u8; 64];
    let mut len = 0;
    for byte in words.iter().flat_map(|w| w.bytes()) {
        if len == joined.len() {
            return u64::MAX;
        }
        joined[len] = byte.to_ascii_lowercase();
        len += 1;
    }
    let mut hasher = rustc_hash::FxHasher::default();
    hasher.write(&joined[..len]);
    hasher.finish()
}

/// `run` up to its first lower-to-upper step (`Ukraine` of `UkraineAccording`), or all of it.
fn camel_head(run: &str) -> &str {
    camel_steps(run).next().map_or(run, |i| &run[..i])
}

/// `sinceJune` → split before `June`; `UkraineAccording` → before `According`; `theUN` → before `UN`.
fn camel_split(run: &str, offset: usize, ev: &Evidence<'_>) -> Option<usize> {
    // Cheap test first: most words have no lower-to-upper step at all.
    let humped = run
        .as_bytes()
        .windows(2)
        .any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase())
        || !run.is_ascii();
    if !humped || CAMEL_KEEP.contains(&run) || ev.known_word(run) {
        return None;
    }
    // A place name of two words (`NewYork`, `TelAviv`), however common its words.
    if let Some(i) = glued_place(run) {
        return (ev.copies(run) <= 1).then_some(i);
    }
    // Exactly one lower-to-upper step: several humps make a brand or a name, not one lost space.
    let mut steps = camel_steps(run);
    let i = steps.next()?;
    if steps.next().is_some() {
        return None;
    }
    let (left, right) = (&run[..i], &run[i..]);
    // A name's particle in capitals makes one name (`DiCaprio`, `McDonald`); in lower case it is
    // a preposition or article that lost its space (`delBanco`, `dellaCommissione`,
    // `deVerstappen`) when a known word or a name the document writes alone follows (not
    // `deGrasse`).
    let particle = NAME_PREFIXES.iter().any(|p| p.eq_ignore_ascii_case(left));
    // One lower-case letter before capitals is a brand's prefix (`iOS`, `eSIM`, `mRNA`), whatever
    // the language's one-letter words; but `a` is the article (`aWSIS`).
    // So is English `my` (`myUSCIS`, `myGov`'s kin): a possessive before an acronym is a portal's
    // name far more often than a lost space.
    let letter_prefix = (left.chars().count() == 1 && left != "a" && left.chars().all(char::is_lowercase)
        || left == "my" && ev.lang == "en")
        && right.chars().all(|c| c.is_uppercase() || c.is_ascii_digit());
    if (particle && !left.starts_with(char::is_lowercase)) || !word_sized(left, ev.lang) || letter_prefix {
        return None;
    }
    // A spelling used twice in the document is deliberate (`TimeWarner`), not a lost space.
    if ev.copies(run) > 1 {
        return None;
    }
    let right_title = is_title(right);
    // `UN`, `MPs`: an acronym, possibly plural.
    let right_acronym = right.chars().count() >= 2
        && right.trim_end_matches('s').chars().all(char::is_uppercase)
        && right.trim_end_matches('s').chars().count() >= 2;
    let left_cost = ev.word_cost(left);
    let frequent = |c: Option<f64>, max: f64| c.is_some_and(|c| c <= max);
    let ok = if left.chars().all(char::is_lowercase) {
        if ev.code {
            return None;
        }
        // `sinceJune`, `inEurope`, `theUN`: a word of the language, then a capitalized word (known
        // or standing alone here, unless the left word is a frequent one) or an acronym.
        // A longer word of the language may precede an unknown name (`concededKuznetsova`); a
        // short one makes a brand (`medRxiv`, `bioRxiv`).
        let word = left_cost.is_some() && left.chars().count() >= 4;
        let acronym_known = right_acronym && {
            let bare = right.trim_end_matches('s');
            ev.known_word(bare) || ev.stands(bare)
        };
        // `e` and `i` make brands (`eBay`, `iPhone`), unless a known word of four letters or more
        // follows (`eMilano`).
        let one_letter = matches!(left, "e" | "i");
        let right_known = ev.known_word(right) || ev.stands(right);
        if particle {
            return ((right_title && right_known) || acronym_known).then_some(i);
        }
        left_cost.is_some()
            && ((right_title
                && if one_letter {
                    right_known && right.chars().nth(3).is_some()
                } else {
                    right_known || frequent(left_cost, FUNCTION_WORD) || word
                })
                || (right_acronym && (frequent(left_cost, FUNCTION_WORD) || acronym_known))
                || (right == "I" && ev.lang == "en"))
    } else if is_title(left)
        && right_title
        && !(right.len() == 2 && right.ends_with('s'))
        && !brand_family(left, right, ev)
    {
        // Two capitalized words make brands (`EverQuest`, `DarkMatter`, `EssilorLuxottica`); a lost
        // space shows after a sentence word (`TheGovernment`, `ButTrump`), in a name before another
        // (`RussiaShoigu`), after a common given name before a name or a word no lexicon knows
        // (`MichaelHoward`, `NicoleKassell`; not `TomTom`), or between two words no lexicon knows
        // one of which stands alone here or is a known name (`OleksiïReznikov`, `GraemeSouness`;
        // not `EssilorLuxottica` written once). One capital and a plural `s` end an initialism
        // (`PhDs`).
        let right_cost = ev.word_cost(right);
        // (A trade's word after a given name makes a firm's name: `DenizBank`.)
        let given_name = left != right
            && ev.is_personal_name(left, true)
            && (personal_name(right).is_some() || right_cost.is_none())
            && !TRADE_WORDS.contains(&right);
        // A dateline's place glued to the agency (`Kyiv, UkraineReuters -`, `Berlin,
        // DeutschlandReuters –`): a place the document or the gazetteer knows.
        let agency = (ev.stands(left) || is_gazetteer_name(left))
            && is_news_agency(right)
            && right_cost.is_none_or(|c| c > AGENCY_WORD);
        // After a sentence word, a short rare word makes a brand (`YouGov`, `YouTube`, `WeChat`);
        // after an article it is a noun (`TheTory`).
        let brand_tail = !matches!(left, "The" | "A" | "An")
            && right.chars().nth(4).is_none()
            && right_cost.is_none_or(|c| c > BRAND_TAIL)
            && !ev.stands(right);
        // What follows the token: a capitalized word after a given name is its surname
        // (`DifesaGuido Crosetto`); a lower-case word after a function word, the sentence the
        // function word opens (`Piano MatteiIl governo`).
        let next_word = ev.text[offset + run.len()..]
            .strip_prefix(' ')
            .and_then(|rest| rest.split(|c: char| !c.is_alphabetic()).next())
            .unwrap_or("");
        // (A German compound the lexicon lacks is a word too: `OberbürgermeisterThomas Kufen`.)
        let left_known = || left_cost.is_some() || ev.lang == "de" && is_compound(&left.to_lowercase(), ev.lexicon);
        let given_then_surname = (personal_name(right).is_some_and(|n| n.given) || ev.is_dictionary_given_name(right))
            && left_known()
            && is_title(next_word)
            && !ev.is_function_word(next_word);
        let sentence_after = ev.is_function_word(right)
            && next_word.starts_with(char::is_lowercase)
            && next_word.chars().nth(1).is_some();
        // A frequent word is capitalized for opening a sentence (`ButTrump`) or a title (`My
        // Summer OfLove`): after a word in lower case that ends no sentence, only an article
        // (`The Guardian`) is (`for NotPetya` is a name).
        let after_lower_word = ev.token_before(offset).is_some_and(|word| {
            let word = word.trim_end_matches(['"', '”', '’', '\'', ')', ']', '»']);
            word.starts_with(char::is_lowercase) && !word.ends_with(['.', '!', '?', ':'])
        });
        let sentence_word = frequent(left_cost, SENTENCE_WORD)
            && !brand_tail
            && (with_lowercase(left, |l| ARTICLES.contains(&l)) || !after_lower_word);
        sentence_word
            || given_then_surname
            || sentence_after
            || HONORIFICS.contains(&left)
            || (OFFICES.contains(&left)
                && (ev.is_personal_name(right, true) || ev.stands(right) || ev.is_dictionary_given_name(right)))
            || given_name
            || agency
            || (ev.stands(left) && (ev.stands(right) || frequent(right_cost, CAPITAL_RIGHT)))
            || (ev.stands(right) && frequent(left_cost, CAPITAL_LEFT))
            || (left_cost.is_none() && right_cost.is_none() && (ev.stands(left) || ev.stands(right)))
    } else if is_title(left) && (right_acronym || right == "I") {
        // `TheUK`, `ButIMF`, `WhenI`: a sentence word glued to an acronym, or any word of the
        // language glued to the pronoun (English). Brands put a rarer word first (`MySQL`, `NoSQL`).
        // A dateline's place glued to its agency (`MumbaiPTI`).
        frequent(left_cost, SENTENCE_WORD)
            || (right == "I" && ev.lang == "en" && left_cost.is_some())
            || ((ev.stands(left) || is_gazetteer_name(left)) && is_news_agency(right))
    } else {
        false
    };
    ok.then_some(i)
}

/// `Reznikovwho` → `Reznikov who`, `Thesettlement` → `The settlement`, `herlawyer` → `her lawyer`:
/// the cheapest reading of a token the lexicon does not know as two words, kept only when it is
/// far cheaper than reading the token as one unknown word. Costs are unigram costs in nats; an
/// unknown capitalized head (`Mubangasaid`) is scored as an unknown word and needs a frequent
/// word after it. The constants are calibrated on `tests/data/split` (see `tools/eval_split.py`).
fn segment(run: &str, offset: usize, ev: &Evidence<'_>) -> Option<usize> {
    if run.len() > MAX_GLUED_BYTES {
        return None;
    }
    let lower = run.chars().all(char::is_lowercase);
    let chars = run.chars().count();
    if !(lower || is_title(run)) || chars < 3 || ev.is_word_or_name(run) || with_clitics(run, ev) {
        return None;
    }
    if let Some(i) = word_then_and(run, lower, ev) {
        return (ev.copies(run) <= 1).then_some(i);
    }
    // A Romance word's inflected form stays whole, capitalized at a sentence's start too
    // (`Diferenciada`, `Infectados`).
    if inflected(run, ev) {
        return None;
    }
    let german = ev.lang == "de";
    if german && lower {
        return None; // compounds
    }
    let whole = unknown_cost(chars);
    // No split is made inside the ending of a Slavic name (`Tsikhanouskaya` is no
    // `Tsikhanouska ya`, `Krasnoyarskaya` no `Krasnoyarsk aya`).
    let ending = SLAVIC_ENDINGS
        .iter()
        .filter(|e| !lower && run.ends_with(**e))
        .map(|e| run.len() - e.len())
        .min()
        .unwrap_or(run.len());
    // A capital inside a sentence (after a lower-case word or a comma), where none starts one.
    let capital_inside = !lower && inside_sentence(ev.text, offset);
    // After a given name the token is a surname, which an article or a preposition may open
    // (`Luis Lacalle`, `Jean Delacroix`, `Marine Lepen`).
    // (Asked only of a split that needs it: it reads the word before.)
    let surname = std::cell::OnceCell::new();
    let surname = || *surname.get_or_init(|| !lower && ev.follows_given_name(offset));
    let rare_endings = listed_for(RARE_ENDINGS, ev.lang);
    let mut best: Option<(f64, usize)> = None;
    for (i, _) in run.char_indices().skip(1).take_while(|&(i, _)| i <= ending) {
        let (left, right) = run.split_at(i);
        // A clitic after a verb is part of it (`militarizarse`); after a name the document
        // writes alone it is a word of its own (`Norrisse` → `Norris se`).
        let clitic = listed_for(CLITICS, ev.lang).contains(&right) && !(is_title(left) && ev.occurrences(left) > 0);
        if !word_sized(right, ev.lang)
            // (In lower case `by` is split off a known word of four letters or more: `signedby`,
            // `solitaryby`; the names it ends are capitalized, `Whitby`.)
            || (NAME_SUFFIXES.contains(&right) && !(lower && right == "by" && left.chars().nth(3).is_some() && ev.known_word(left)))
            || clitic
            // (The ending first: whether the document writes `left` alone is a search.)
            || (inflection(left, right, ev.lang) && (lower || !ev.stands(left)))
            || romance_adjective(left, right)
        {
            continue;
        }
        // A preposition that is also a verb's prefix (`entretenu`, `parcourt`, `sobrevivir`,
        // `contraddire`) makes one word with a content word after it; with a function word it
        // is a lost space (`entreles`).
        if lower && listed_for(PREFIX_PREPOSITIONS, ev.lang).contains(&left) && !ev.is_function_word(right) {
            continue;
        }
        // German only splits a name from a function word after it (`Selenskyjund`). After a
        // noun the document writes alone, `in` is the feminine ending (`Außenministerin` beside
        // `Außenminister`): it needs a known name (`Kiewin`).
        let german_name = |left: &str| match right {
            "in" => ev.is_name(left) || is_gazetteer_name(left),
            _ => ev.stands(left) || is_gazetteer_name(left),
        };
        // (A word of the language before a verb is the verb's prefix: `Anschreibt`, `Aufsteht`.)
        let separable = || {
            !ev.is_function_word(right)
                && ev.known_word(left)
                && !ev.names.is_some_and(|index| index.is_name_evidence(left))
        };
        if german && !(GERMAN_RIGHT.contains(&right) && german_name(left) && !separable()) {
            continue;
        }
        let Some(right_cost) = ev.word_cost(right) else {
            continue;
        };
        let left_lexicon = ev.word_cost(left);
        // A short function word or a prefix is capitalized at a sentence's start, not inside
        // one: there a capital before it makes a name or a brand with a content word (`the
        // minister Bywater`, `mostly through Afterpay`, `Outbrain`), unless it is an article
        // opening a headline run on (`voices Anintense`).
        let heads_a_name = || {
            with_lowercase(left, |l| {
                listed_for(PREFIX_PREPOSITIONS, ev.lang).contains(&l)
                    || (2..=5).contains(&l.chars().count())
                        && left_lexicon.is_some_and(|c| c <= FUNCTION_WORD)
                        && !ARTICLES.contains(&l)
            })
        };
        if capital_inside && !ev.is_function_word(right) && heads_a_name() {
            continue;
        }
        if left_lexicon.is_some_and(|c| c <= FUNCTION_WORD) && !ev.is_function_word(right) && surname() {
            continue;
        }
        // One letter after a capitalized name is the name's own ending (the feminine or genitive
        // of Slavic surnames: `Ivanova`, `Medvedeva`, `Putina`), not an article; after a frequent
        // word it is the article (`Througha`).
        // Unless the name stands alone in the document and the letter is no such ending, or the
        // name ends in a vowel, which those endings replace (`Sarajevoa`, `Marmarisé`).
        let ending_letter =
            right.chars().nth(1).is_none() && is_title(left) && left_lexicon.is_none_or(|c| c > NAME_ENDING);
        let word_after_name = || {
            (left.ends_with(['a', 'e', 'i', 'o', 'u']) || !right.starts_with(['a', 'e', 'i', 'o', 'u', 'y']))
                && ev.occurrences(left) > 0
        };
        // `Figueruelasy`: the language's one-letter `and` after a name the document writes alone.
        let and_after_name = || listed_for(AND, ev.lang).contains(&right) && ev.occurrences(left) > 0;
        if ending_letter && !word_after_name() && !and_after_name() {
            continue;
        }
        // Document evidence only changes the verdict for a left half that is not a frequent word;
        // asked only then, as it needs the document's vocabulary.
        // A news agency counts as a name the document writes alone (`Ukrinformplusieurs`).
        // (Before the endings of Baltic, Greek and Spanish surnames, `as`, `is`, `us`, `es`, `os`,
        // a name of the dictionary is no evidence unless the document writes it: `Malukas` is no
        // `Maluk as`.)
        let ending = matches!(right, "as" | "is" | "us" | "es" | "os");
        let written_alone = || match ending {
            true => ev.occurrences(left) > 0,
            false => ev.stands_before_word(left),
        };
        let stands = is_title(left)
            && left_lexicon.is_none_or(|c| c > FUNCTION_WORD)
            && (written_alone()
                || left.chars().nth(4).is_some() && is_news_agency(left)
                || ev.name_then_word(left, right, right_cost) && !ev.follows_given_name(offset));
        let left_cost = match left_lexicon {
            c if stands => c.map_or(STANDS, |c| c.min(STANDS)),
            Some(c) if word_sized(left, ev.lang) => c,
            // (Not after a given name: the surname is the whole token, `Dario Nardella`.)
            None if is_title(left) && left.chars().count() >= 3 && right_cost <= NAME_RIGHT && !surname() => {
                unknown_cost(left.chars().count())
            }
            _ => continue,
        };
        let content_pair = ev.lang == "en"
            && left.chars().count() >= CONTENT_LETTERS
            && right.chars().count() >= CONTENT_LETTERS
            && left_cost.max(right_cost) <= if lower { CONTENT_WORD } else { CONTENT_WORD_TITLE };
        // A number's word is closed-class like a function word: before a word that is no number
        // (`trescursos`, `quatrodias`; not `trentacinque` or `quatrevingts`, a number of two).
        let numbers = listed_for(NUMBER_WORDS, ev.lang);
        let counted = lower
            && numbers.contains(&left)
            && right.chars().count() >= 3
            && !numbers.iter().chain(&["mil"]).any(|n| right.starts_with(n));
        // So is a month's name where the language writes it in lower case (`depuismars`,
        // `mayosegún`), beside a word of three letters or more; not in Italian, which writes
        // months into compounds and names (`maggiolata`, `Montemaggio`: measured on wordfreq's
        // Italian words the lexicon lacks, 12 more split).
        let month = |w: &str| MONTHS.contains(&w);
        let dated = lower
            && matches!(ev.lang, "es" | "fr" | "pt")
            && (month(left) && right.chars().count() >= 3 || month(right) && left.chars().count() >= 3);
        let closed = || {
            let words = listed_for(CLOSED_WORDS, ev.lang);
            [left, right].iter().any(|w| with_lowercase(w, |w| words.contains(&w)))
        };
        if !stands && left_cost.min(right_cost) > FUNCTION_WORD && !content_pair && !counted && !dated && !closed() {
            continue; // two rare words side by side are a compound more often than a lost space
        }
        // A function word that hardly any word of the language ends in makes an unknown word
        // that ends in it likelier two (`cityof`, `mayorwho`).
        let ending = match lower && rare_endings.contains(&right) {
            true => RARE_ENDING,
            false => 0.0,
        };
        let cost = left_cost + right_cost + SPACE - ending;
        if best.is_none_or(|(c, _)| cost < c) {
            best = Some((cost, i));
        }
    }
    // Two frequent words (`ifthe`, `Buthe`) are a lost space even in a short token, where the
    // length-based unknown-word cost is too low to tell; but a short capitalized token is as
    // likely a name (`Indo`, `Soto`), so that needs five letters (common names of five, `Asher`,
    // are never split: see `is_word_or_name`).
    // A spelling used twice in the document is deliberate, not a lost space.
    best.filter(|&(cost, i)| {
        cost + MARGIN < whole || ((lower || chars >= 5) && both_frequent(run, i, ev)) || name_then_particle(run, i, ev)
    })
    .filter(|_| ev.copies(run) <= 1)
    .map(|(_, i)| i)
}

/// Whether the text before byte `at` ends inside a sentence: in a lower-case word or after a
/// comma, then spaces.
fn inside_sentence(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches(' ');
    before.len() < at && before.ends_with(|c: char| c.is_lowercase() || c == ',')
}

/// Whether `run` split at `i` is a name the document writes alone and a function word after it:
/// the margin a short token cannot reach is outweighed by the document. In French, Spanish,
/// Italian and Portuguese the word may be as short as a subject's verb or pronoun (`Sonko` …
/// `Sonkoa`, `Norrisse`, `Spohrha`); in English it has three letters or more (`Witkoffand`,
/// `Snowwho`), as two are names' and adjectives' endings as often (`Kievan`), but for the
/// prepositions that end no adjective of a place (`Kyivon`, `Lvivat`).
fn name_then_particle(run: &str, i: usize, ev: &Evidence<'_>) -> bool {
    let (left, right) = run.split_at(i);
    let letters = right.chars().count();
    let fits = match ev.lang {
        "fr" | "es" | "it" | "pt" => letters <= 2,
        "en" => letters >= 3 || matches!(right, "on" | "at" | "to" | "of"),
        _ => false,
    };
    fits && is_title(left) && ev.is_function_word(right) && ev.occurrences(left) > 0
}

/// `Claudio Descalzinel` → before `nel`: in Italian, Spanish, Portuguese and German, a surname
/// after a given name glued to a preposition joined to an article, in English to a word that
/// follows a name in news (`Kira Yarmyshfor`) ([`ARTICULATED`]); the surname
/// is no word of the lexicon and has five letters or more, and the token ends in no name's ending
/// (`Beckham`, `Oppenheim`).
fn surname_then_particle(run: &str, offset: usize, ev: &Evidence<'_>) -> Option<usize> {
    let articulated = listed_for(ARTICULATED, ev.lang);
    if articulated.is_empty()
        || !is_title(run)
        || NAME_SUFFIXES.iter().any(|s| run.ends_with(s))
        || !ev.follows_given_name(offset)
        || ev.is_word_or_name(run)
    {
        return None;
    }
    let at = articulated
        .iter()
        .find_map(|p| {
            let left = run.strip_suffix(p)?;
            (left.chars().count() >= 5 && ev.word_cost(left).is_none()).then_some(left.len())
        })
        .or_else(|| surname_then_and(run, offset, ev))?;
    (ev.copies(run) <= 1).then_some(at)
}

/// `Steve Witkoffand the`, `Hulusi Akarand Guterres`: English `and` ends surnames too
/// (`Ferdinand`, `Durand`), so after one it is a lost space only where the next word opens a
/// phrase that no surname runs into without a comma: a capitalized word or one of
/// [`PHRASE_OPENERS`]. The surname has four letters or more and is no word of the lexicon.
fn surname_then_and(run: &str, offset: usize, ev: &Evidence<'_>) -> Option<usize> {
    let left = run.strip_suffix("and").filter(|_| ev.lang == "en")?;
    let next = leading_letters(ev.text[offset + run.len()..].strip_prefix(' ')?);
    let opens =
        (is_title(next) && next.chars().nth(1).is_some()) || listed_for(PHRASE_OPENERS, ev.lang).contains(&next);
    (opens && left.chars().count() >= 4 && ev.word_cost(left).is_none()).then_some(left.len())
}

/// `».Le` (French spacing puts the closing mark apart from the word it closes): a token that is a
/// closing quotation mark, a full stop and a capitalized word; the byte where the space goes.
fn quote_then_sentence(token: &str) -> Option<usize> {
    let rest = ["».", "”.", "\"."].iter().find_map(|mark| token.strip_prefix(mark))?;
    is_title(camel_head(rest.trim_end_matches(|c: char| !c.is_alphabetic()))).then_some(token.len() - rest.len())
}

/// Whether `run` is a verb with object pronouns joined to it (`hacerlo`, `dárselo`,
/// `permetterti`, `darglielo`): one clitic of [`CLITICS`] after a word of the lexicon, or after
/// an Italian infinitive that dropped its final `e` (`permetter` + `ti`), possibly with a second
/// clitic before it (`se` + `lo`; Italian `me`, `te`, `glie`… before `lo`, `la`, `ne`).
fn with_clitics(run: &str, ev: &Evidence<'_>) -> bool {
    let clitics = listed_for(CLITICS, ev.lang);
    let italian = ev.lang == "it";
    let verb = |stem: &str| {
        stem.chars().nth(2).is_some() && (ev.known_word(stem) || (italian && ev.known_word(&format!("{stem}e"))))
    };
    let before_clitic: &[&str] = if italian {
        &["me", "te", "se", "ce", "ve", "glie"]
    } else {
        clitics
    };
    clitics
        .iter()
        .filter_map(|c| run.strip_suffix(c))
        .any(|stem| verb(stem) || before_clitic.iter().filter_map(|c| stem.strip_suffix(c)).any(verb))
}

/// Whether `run`, a lower-case word of a Romance language, is another form of a word the lexicon
/// lists with a different last letter (`parcourt` beside `parcours`, `parcouru`) or its plural
/// (`consultados` beside `consultado`): a lexicon of frequent words holds some forms of a word
/// and not all of them, and a form it lacks is no pair of words (`par court`). English forms are
/// listed; German lower case is never split.
fn inflected(run: &str, ev: &Evidence<'_>) -> bool {
    if !matches!(ev.lang, "fr" | "es" | "it" | "pt") {
        return false;
    }
    let Some((stem_end, _)) = run.char_indices().next_back() else {
        return false;
    };
    // A plural of a listed word (`consultados`, `ciudades`).
    let plural = ["s", "es"].iter().any(|ending| {
        run.strip_suffix(ending)
            .is_some_and(|singular| singular.chars().nth(2).is_some() && ev.known_word(singular))
    });
    if plural {
        return true;
    }
    let mut form = String::with_capacity(run.len() + 2);
    // A past participle of a listed verb (`acheminée` of `acheminer`, `coordinadas` of
    // `coordinar`), which a lexicon of frequent forms may lack.
    let participle = PARTICIPLES
        .iter()
        .filter(|(lang, ..)| *lang == ev.lang)
        .any(|(_, endings, infinitive)| {
            endings.iter().any(|ending| {
                run.strip_suffix(ending).is_some_and(|stem| {
                    form.clear();
                    form.push_str(stem);
                    form.push_str(infinitive);
                    stem.chars().nth(2).is_some() && ev.known_word(&form)
                })
            })
        });
    if participle {
        return true;
    }
    ['s', 'e', 'r', 't', 'u', 'a', 'o', 'i', 'n', 'z'].iter().any(|&last| {
        form.clear();
        form.push_str(&run[..stem_end]);
        form.push(last);
        form != run && ev.known_word(&form)
    })
}

/// Inflectional endings of Romance languages that are also words, and what the word before
/// them ends in for them to be an ending (any, where none is listed): a lexicon lists the base
/// form and not every inflected one, so a lower-case token is never split before one of these.
/// Plurals and genders (`diretor` + `as`, `grand` + `es`, `preparador` + `a`), verb forms
/// (`justificar` + `em`, `faz` + `em`; not after a noun's `-a` or `-o`, where `em` is the
/// preposition: `produtoem`), French verbs of nouns in `-il` (`accueille`, `travaille`, whose `-le`
/// reads as the article), Portuguese past participles (`diferenciado`, `infectadas`, whose
/// endings read as the contractions `do`, `da`, `dos`, `das`) and English agent nouns the lexicon
/// lacks (`interconnector`, `decompressor`, whose `-or` reads as the conjunction).
#[rustfmt::skip]
const INFLECTIONS: &[(&str, &[&str], &[&str])] = &[
    ("pt", &["as", "os", "es", "am", "a", "o"], &[]),
    ("pt", &["em"], &["r", "z", "l", "s", "m", "x", "n", "e", "i", "u"]),
    ("pt", &["do", "da", "dos", "das"], &["a", "i"]),
    ("es", &["as", "os", "es", "a", "o"], &[]),
    ("fr", &["es"], &[]),
    ("fr", &["le", "les"], &["il"]),
    ("it", &["e", "i", "a", "o"], &[]),
    ("en", &["or"], &["act", "ect", "ict", "uct", "ess", "rat", "dit", "but"]),
];

/// The endings of past participles, by language, and the infinitive's ending that replaces them
/// ([`inflected`]).
#[rustfmt::skip]
const PARTICIPLES: &[(&str, &[&str], &str)] = &[
    ("fr", &["é", "ée", "és", "ées"], "er"),
    ("fr", &["i", "ie", "is", "ies"], "ir"),
    ("es", &["ado", "ada", "ados", "adas"], "ar"),
    ("es", &["ido", "ida", "idos", "idas"], "er"),
    ("es", &["ido", "ida", "idos", "idas"], "ir"),
    ("pt", &["ado", "ada", "ados", "adas"], "ar"),
    ("pt", &["ido", "ida", "idos", "idas"], "er"),
    ("pt", &["ido", "ida", "idos", "idas"], "ir"),
    ("it", &["ato", "ata", "ati", "ate"], "are"),
    ("it", &["ito", "ita", "iti", "ite"], "ire"),
    ("it", &["uto", "uta", "uti", "ute"], "ere"),
];

/// `fronteirae` → before `e`, `fijosy` → before `y`: a word of the lexicon glued to the
/// language's one-letter `and` ([`AND`]), where no word of the language ends so: `-ae`, `-oe`
/// in Italian and Portuguese (not `-ie`, `-se`: `Marie`, `frutose`), a plural in `-s` of five
/// letters or more before `y` in Spanish, or a word of nine letters or more in `-a` or `-o`
/// (`presidenciay`; shorter ones end names and words in `-ay`, `-oy`, `-ey`: `Rajoy`, `valley`,
/// `today`, `Halladay`, `corderoy`). A capitalized `run` (not `lower`) is split only in the last
/// case, where the word names no one (`Presidenciay`; not `Figueruelasy`, `Argosy`, nor Latin's
/// `Naturae`), in Spanish where the document writes the word alone or the name dictionary has it
/// (`Ucraniay`), or in Italian and Portuguese where the document writes alone a name in `-a` or
/// `-o` (`Vieirae` beside `Vieira`), known to the lexicon or not. (A letter changed or added at
/// the end is otherwise an inflection, see [`inflected`].)
fn word_then_and(run: &str, lower: bool, ev: &Evidence<'_>) -> Option<usize> {
    let word = listed_for(AND, ev.lang).iter().find_map(|and| run.strip_suffix(and))?;
    let long_word = || word.ends_with(['a', 'o']) && word.chars().nth(8).is_some();
    let names_no_one = || personal_name(word).is_none() && !ev.is_name(word) && !is_gazetteer_name(word);
    let ends = match ev.lang {
        // A capitalized word: a long common one, one the document writes alone, or a name of
        // the dictionary in `-a` or `-o` that is no personal name (`Ucraniay`).
        "es" if !lower => {
            long_word() && names_no_one()
                || ev.occurrences(word) > 0
                || word.ends_with(['a', 'o']) && ev.is_name(word) && personal_name(word).is_none()
        }
        "es" => word.ends_with('s') && word.chars().nth(4).is_some() || long_word(),
        "it" | "pt" if !lower => {
            return (word.ends_with(['a', 'o']) && ev.occurrences(word) > 0).then_some(word.len());
        }
        _ => lower && word.ends_with(['a', 'o']) && word.chars().nth(3).is_some(),
    };
    (ends && ev.known_word(word)).then_some(word.len())
}

/// Whether `right` after `left` is an inflectional ending of [`INFLECTIONS`].
fn inflection(left: &str, right: &str, lang: &str) -> bool {
    INFLECTIONS.iter().any(|&(l, endings, stems)| {
        l == lang && endings.contains(&right) && (stems.is_empty() || stems.iter().any(|stem| left.ends_with(stem)))
    })
}

/// Whether `left` + `right` is a Romance adjective made from a place (`Georgiano`, `Ucranianos`,
/// `Italiana`), as names of parties and associations keep them inside texts of any language:
/// no place glued to `no`, `nos`, `na` or `nas`.
fn romance_adjective(left: &str, right: &str) -> bool {
    left.ends_with('a') && matches!(right, "no" | "nos" | "na" | "nas")
}

/// The words a per-language table lists for `lang` (none for a language it lacks).
fn listed_for(table: &'static [(&str, &'static [&'static str])], lang: &str) -> &'static [&'static str] {
    table.iter().find(|(l, _)| *l == lang).map_or(&[], |(_, words)| words)
}

/// Whether both halves of `run` split at `i` are frequent words of the language.
fn both_frequent(run: &str, i: usize, ev: &Evidence<'_>) -> bool {
    let (left, right) = run.split_at(i);
    [left, right]
        .iter()
        .all(|w| word_sized(w, ev.lang) && ev.word_cost(w).is_some_and(|c| c <= BOTH_FREQUENT))
}

/// `USwere` → `US were`, `MPswere` → `MPs were`: an acronym the document or the lexicon knows,
/// glued to a frequent lower-case word.
fn acronym_split(run: &str, ev: &Evidence<'_>) -> Option<usize> {
    let caps = run.bytes().take_while(u8::is_ascii_uppercase).count();
    if caps < 2 || caps == run.len() || !run[caps..].chars().all(char::is_lowercase) || ev.known_word(run) {
        return None;
    }
    // The last capital may open a name (`JPMorgan` is `JP` and `Morgan`, a brand, not `JPM organ`).
    if caps >= 3 && run[caps - 1..].len() >= 5 && ev.is_word_or_name(&run[caps - 1..]) {
        return None;
    }
    // The acronym may be plural (`MPs`); the split goes where the right half is the likelier word.
    let mut best: Option<(f64, usize)> = None;
    for i in [caps, caps + 1] {
        if i > caps && !run[caps..].starts_with('s') {
            continue;
        }
        let (left, right) = run.split_at(i);
        let acronym = &left[..caps];
        let known = ev.stands(acronym) || ev.known_word(acronym);
        let Some(cost) = ev
            .word_cost(right)
            .filter(|&c| c <= ACRONYM_RIGHT && word_sized(right, ev.lang))
        else {
            continue;
        };
        let function_word = cost <= FUNCTION_WORD && right.chars().nth(1).is_some();
        // German names products so (`ZDFheute`, `ZDFneo`): there only a function word after the
        // acronym is a lost space (`NATOund`), as after any name.
        let german_word = ev.lang == "de" && !GERMAN_RIGHT.contains(&right);
        if (known || function_word) && !german_word && best.is_none_or(|(c, _)| cost < c) {
            best = Some((cost, i));
        }
    }
    best.map(|(_, i)| i)
}

/// `agenziaTASS` → `agenzia TASS`, `enemyFPV` → `enemy FPV`: a word of the language glued to an
/// acronym that is a news agency or that the document writes alone (not `iOS`, `mRNA`, `eBAY`:
/// the word before has four letters or more). A spelling the document uses twice is a brand's
/// (`openSUSE Tumbleweed and openSUSE MicroOS`, beside `SUSE` alone).
fn word_then_acronym(run: &str, ev: &Evidence<'_>) -> Option<usize> {
    let (word, acronym) = split_trailing_capitals(run);
    let lower = word.chars().count() >= 4 && word.chars().all(char::is_lowercase);
    (acronym.len() >= 2
        && lower
        && ev.known_word(word)
        && !ev.known_word(run)
        && (is_news_agency(acronym) || ev.stands(acronym))
        && ev.copies(run) <= 1)
        .then_some(word.len())
}

/// `run` before and from the ASCII capitals that end it (`UkraineEFE` → `Ukraine`, `EFE`).
fn split_trailing_capitals(run: &str) -> (&str, &str) {
    let caps = run.bytes().rev().take_while(u8::is_ascii_uppercase).count();
    run.split_at(run.len() - caps)
}

/// `Bagchisaid` → `Bagchi said`, `Kimaniwho` → `Kimani who`, `Mitsotakisstressed`,
/// `Luftwaffeerklärte`, `Johnsondefendió`, `Oskilriver`: a name no list has, glued to a word that
/// reports speech or opens a relative clause, or in English to the noun a place's name comes before
/// (`river`, `region`), the words a name is followed by in news; the name four letters or more and
/// no common word (before a place's noun, no word of the lexicon at all: `Macroregion`), the whole
/// no word or name of its own. (A German compound ends in a noun, never in such a verb.)
fn name_then_follower(run: &str, ev: &Evidence<'_>) -> Option<usize> {
    if !run.starts_with(char::is_uppercase) {
        return None;
    }
    let ends = |w: &&&str| run.len() > w.len() && run.ends_with(**w);
    let (word, place_noun) = match listed_for(NAME_FOLLOWERS, ev.lang).iter().find(ends) {
        Some(word) => (word, false),
        None => (listed_for(PLACE_NOUNS, ev.lang).iter().find(ends)?, true),
    };
    let at = run.len() - word.len();
    let name = &run[..at];
    // German writes words and participles' prefixes before such verbs into one (`Körperbetonte`,
    // `Abgesagte`, `Unangemeldete`, `Energiebehördemitteilte`): there the name must be one the
    // lexicon lacks, ending in no prefix (one of the listed ends, or one that makes a word of the
    // lexicon with the verb: `mit` + `teilte`), or a name the lists know (`Kiewerhofft`,
    // `Reutersberichtete`).
    let agency = is_news_agency(name);
    let german_name = || {
        (ev.word_cost(name).is_none()
            && !GERMAN_PREFIX_ENDS.iter().any(|p| name.ends_with(p))
            && !ends_in_prefix_of(name, word, ev))
            || ev.is_name(name)
            || is_gazetteer_name(name)
            || agency
    };
    if ev.lang == "de" && !german_name() {
        return None;
    }
    let plain_name = is_title(name)
        && name.chars().count() >= 4
        && (agency || ev.word_cost(name).is_none_or(|c| !place_noun && c > NAME_WORD));
    (plain_name && !ev.is_word_or_name(run) && ev.copies(run) <= 1).then_some(at)
}

/// Whether `name` ends in a verb's prefix of two to six letters, which with `verb` makes a word of
/// the lexicon (`Energiebehördemit` + `teilte`: `mitteilte`).
fn ends_in_prefix_of(name: &str, verb: &str, ev: &Evidence<'_>) -> bool {
    let mut form = String::with_capacity(verb.len() + 8);
    name.char_indices().rev().skip(1).take(5).any(|(i, _)| {
        form.clear();
        form.push_str(&name[i..]);
        form.push_str(verb);
        ev.known_word(&form)
    })
}

/// `AIEARafael` → `AIEA Rafael`, `NATOSecretary` → `NATO Secretary`: an acronym the document
/// writes alone, glued to a capitalized word the document writes alone, a name the dictionary
/// knows or a common given name (not a brand's spelling, `JPMorgan`). The capital before the
/// first lower-case letter opens the word.
fn acronym_then_name(run: &str, ev: &Evidence<'_>) -> Option<usize> {
    let (i, _) = run.char_indices().find(|(_, c)| !c.is_uppercase())?;
    let at = run[..i].char_indices().next_back()?.0;
    let (acronym, word) = run.split_at(at);
    if CAMEL_KEEP.contains(&run) {
        return None;
    }
    if acronym.chars().nth(1).is_none() || !is_title(word) || word.chars().nth(2).is_none() {
        return None;
    }
    let known = ev.occurrences(acronym) > 0
        && (ev.occurrences(word) > 0 || ev.is_name(word) || ev.is_personal_name(word, true));
    (known && ev.copies(run) <= 1).then_some(at)
}

/// `TikTokreceived` → `TikTok received`, `eBaylistings` → `eBay listings`: a name in mixed case
/// that the document writes alone, glued to a lower-case word of the language.
fn brand_then_word(run: &str, ev: &Evidence<'_>) -> Option<usize> {
    // Mixed case: a capital after the first letter (`TikTok`, `VanDyke`, `eBay`).
    let last_capital = run.char_indices().skip(1).filter(|(_, c)| c.is_uppercase()).last()?.0;
    if run.chars().all(char::is_uppercase) || ev.known_word(run) {
        return None;
    }
    // The tail after the last capital is lower case: the word starts somewhere inside it.
    run.char_indices()
        .map(|(i, _)| i)
        .filter(|&i| i > last_capital + 1)
        .find(|&i| {
            let (head, tail) = run.split_at(i);
            tail.chars().nth(2).is_some()
                && ev.word_cost(tail).is_some_and(|c| c <= BRAND_RIGHT)
                && ev.occurrences(head) > 0
        })
        .filter(|_| ev.copies(run) <= 1)
}

/// `Telegramchannel` → `Telegram channel`, `Facebookpage` → `Facebook page`: a platform of
/// [`PLATFORMS`], capitalized or as the brand writes it (`YouTube`), glued to a lower-case word of
/// the language of four letters or more (not an ending: `Telegrammed`, `Instagrammer` stay), in a
/// token that is no word and written once; not in German, which compounds them.
fn platform_then_word(run: &str, ev: &Evidence<'_>) -> Option<usize> {
    // (German writes such compounds as one word: `Telegramkanal`.)
    if ev.lang == "de" || !run.starts_with(char::is_uppercase) {
        return None;
    }
    // (The platform first: most runs name none, and the lexicon is asked only then.)
    let at = PLATFORMS.iter().find_map(|p| {
        let head = run.get(..p.len()).filter(|head| head.eq_ignore_ascii_case(p))?;
        let cased = head.bytes().skip(1).all(|b| b.is_ascii_lowercase()) || CAMEL_KEEP.contains(&head);
        cased.then_some(p.len())
    })?;
    if ev.known_word(run) {
        return None;
    }
    let tail = &run[at..];
    (tail.len() >= 4
        && tail.chars().all(char::is_lowercase)
        && ev.word_cost(tail).is_some_and(|c| c <= BRAND_RIGHT)
        && ev.copies(run) <= 1)
        .then_some(at)
}

/// `Hehas` → `He has`, `Theysay` → `They say`: a sentence opener of [`OPENERS`] glued to a
/// word of the language, in a token that is no word, no name and written once.
fn opener_split(run: &str, ev: &Evidence<'_>) -> Option<usize> {
    let pronoun = PRONOUN_VERBS
        .iter()
        .find(|(l, p, verbs)| *l == ev.lang && run.strip_prefix(p).is_some_and(|rest| verbs.contains(&rest)));
    if let Some((_, p, _)) = pronoun {
        return (!ev.is_word_or_name(run) && ev.copies(run) <= 1).then_some(p.len());
    }
    let opener = listed_for(OPENERS, ev.lang)
        .iter()
        .filter(|o| run.starts_with(**o))
        .max_by_key(|o| o.len())?;
    let right = &run[opener.len()..];
    let fits = right.chars().count() >= 3
        && right.chars().all(char::is_lowercase)
        && ev.word_cost(right).is_some_and(|c| c <= OPENER_RIGHT);
    (fits && !ev.is_word_or_name(run) && ev.copies(run) <= 1).then_some(opener.len())
}

/// The cost of reading `chars` letters as one word the lexicon does not know.
fn unknown_cost(chars: usize) -> f64 {
    UNKNOWN_BASE + UNKNOWN_PER_CHAR * chars as f64
}

/// Whether `w` can be a word of its own: two letters or more, or a one-letter word of the language.
fn word_sized(w: &str, lang: &str) -> bool {
    let mut chars = w.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => ONE_LETTER_WORDS
            .iter()
            .find(|(l, _)| *l == lang)
            .is_some_and(|(_, words)| words.contains(c)),
        (Some(_), Some(_)) => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::{count_letter_run, letter_runs, shifted, tokens, HashMap};
    use crate::Normalizer;

    #[test]
    fn analysed_tokens_follow_the_spaces_put_into_them() {
        let before = "a anPlease b RanPlease c";
        let ranges = vec![2..10, 13..22];
        let after = "a an Please b Ran Please c";
        let moved = shifted(ranges, &[(4, 1), (16, 1)]);
        assert_eq!(moved, vec![2..11, 14..24]);
        let found: Vec<(usize, &str)> = moved.into_iter().flat_map(|r| tokens(after, r)).collect();
        assert_eq!(found, vec![(2, "an"), (5, "Please"), (14, "Ran"), (18, "Please")]);
        assert_eq!(&before[13..22], "RanPlease");
    }

    /// One golden case per language: `glued` is fixed into `fixed`, and every word of `whole`
    /// stays as it is (compounds, brands, abbreviations, names).
    const GOLDEN: &[(&str, &str, &str, &str)] = &[
        (
            "en",
            "The envoy Steve Witkoffand the president met in the cityof Kharkiv; the mayorwho spoke was late.",
            "The envoy Steve Witkoff and the president met in the city of Kharkiv; the mayor who spoke was late.",
            "Xavier Bertrand the minister met Michel Legrand The Umbrellas; Richard Linklater filmed it.",
        ),
        (
            "en",
            "Dams broke in the Monastyrekmicrodistrict, Evgeny Evtushenkoclarified, and Klaasenalso came.",
            "Dams broke in the Monastyrek microdistrict, Evgeny Evtushenko clarified, and Klaasen also came.",
            "The Gurkhas and Bioware stayed; Kildare and Cloudflare too.",
        ),
        (
            "de",
            "In der Gebietshauptstadt Chersonstieg der Wasserstand, Machthaber Lukashenkaseit Jahren im Amt.",
            "In der Gebietshauptstadt Cherson stieg der Wasserstand, Machthaber Lukashenka seit Jahren im Amt.",
            "Die Landesregierung und der Verteidigungsminister berieten über den Haushalt.",
        ),
        (
            "de",
            "Finanzminister Christian Lindnerkündigte am Montag Kürzungen an.",
            "Finanzminister Christian Lindner kündigte am Montag Kürzungen an.",
            "Die Energiebehörde teilte mit, die Lage sei angespannt; Körperbetonte Mode bleibt.",
        ),
        (
            "en",
            "The code is open.To build it, run the script the ministry published.",
            "The code is open. To build it, run the script the ministry published.",
            "Clone it and run:\n  cd android-diia\n  ./gradlew assembleDebug\nThe app opens.",
        ),
        (
            "fr",
            "La production a chuté en 2023.Au-delà, les prix ont augmenté.",
            "La production a chuté en 2023. Au-delà, les prix ont augmenté.",
            "Le score était de 2,5 et la version 3.2 est sortie.",
        ),
        (
            "en",
            "Duda said nothing indicates an attack on Poland.It is highly probable it was a stray.",
            "Duda said nothing indicates an attack on Poland. It is highly probable it was a stray.",
            "The sites are Kyiv.Ua and Dnipro.It; see Slava.It.",
        ),
        (
            "en",
            "Drones hit Rostov-on-Donand Taganrog overnight, the governor said.",
            "Drones hit Rostov-on-Don and Taganrog overnight, the governor said.",
            "The Rostov-on-Don airport and Hispano-Suiza engines stayed closed; Jean-Pierre came.",
        ),
        (
            "en",
            "Security of the route lies with the UN.Ukrainian officials expect ships soon.",
            "Security of the route lies with the UN. Ukrainian officials expect ships soon.",
            "The port is near Moldova. Portul Reni se află la doar câțiva kilometri de frontiera Republicii Moldova.",
        ),
        (
            "en",
            "The governor wrote on his Telegramchannel that TikTokreceived a fine.",
            "The governor wrote on his Telegram channel that TikTok received a fine.",
            "The message was Telegrammed to an Instagrammer and Signalling stopped.",
        ),
        (
            "en",
            "The enemy is trying to break through to the Oskilriver, the military said.",
            "The enemy is trying to break through to the Oskil river, the military said.",
            "A Subregion of the Sumy region, a Driver and the Macroregion stayed as written.",
        ),
        (
            "fr",
            "La famille a obtenu un logement fin 2022.Aujourd'hui, elle hésite.",
            "La famille a obtenu un logement fin 2022. Aujourd'hui, elle hésite.",
            "Une partie des lits doit ensuite être acheminée vers Ivano-Frankivsk.",
        ),
        (
            "pt",
            "O primeiro encontro foi em fevereiro de 2022.A conversa durou uma hora.",
            "O primeiro encontro foi em fevereiro de 2022. A conversa durou uma hora.",
            "Os ministros reuniram-se e a ajuda foi coordenada pelo governo.",
        ),
        (
            "de",
            "Die Angriffe auf Kharkivwurden am Montag fortgesetzt.",
            "Die Angriffe auf Kharkiv wurden am Montag fortgesetzt.",
            "Das Klarwerden der Lage dauerte, und das Dabeihaben der Pässe half.",
        ),
        (
            "en",
            "The agency said help had arrived.The teams left on Monday.",
            "The agency said help had arrived. The teams left on Monday.",
            "Teams provide mental health and psychosocial support, said the mayor Dario Nardella.",
        ),
        (
            "en",
            "He said it was hard, butthe mayor said the work went on, SpokesmanDmitry Peskov said.",
            "He said it was hard, but the mayor said the work went on, Spokesman Dmitry Peskov said.",
            "The mayor said that non ci sono communications with many districts, and todo el mundo knew it.",
        ),
        (
            "it",
            "Il piano istituzionaledell’amministrazione è pronto per la capitaled’Italia.",
            "Il piano istituzionale dell’amministrazione è pronto per la capitale d’Italia.",
            "Quell’anno nessun’altra città, sant’Antonio, una bell’idea e quest’estate dell’Europa: 7mila persone.",
        ),
        (
            "fr",
            "Le ministred’État a parlé.",
            "Le ministre d’État a parlé.",
            "Puisqu’il est aujourd’hui sur la presqu’île, quelqu’un parle lorsqu’on écoute l’État.",
        ),
        (
            "fr",
            "D’après l’agence Ukrinformplusieurs écoles restent ouvertes.",
            "D’après l’agence Ukrinform plusieurs écoles restent ouvertes.",
            "Les Imageries, les Reutersiens et Interfaxe sont des noms.",
        ),
        (
            "fr",
            "La ville accueille des réfugiés depuismars.",
            "La ville accueille des réfugiés depuis mars.",
            "Le marsupial de Templemars et le maire de Maisons-Alfort.",
        ),
        (
            "es",
            "Los trescursos y cuarentaoperarios llegaron ayer a la planta.",
            "Los tres cursos y cuarenta operarios llegaron ayer a la planta.",
            "Doscientos, cuatrocientos, quincemil y los tresmiles de la sierra; Trespalacios y Cuatrovientos.",
        ),
        (
            "pt",
            "Desta vez,a comissão decidiu. Segundo Terekhov,os abrigos estão prontos.",
            "Desta vez, a comissão decidiu. Segundo Terekhov, os abrigos estão prontos.",
            // Inflected forms capitalized at a sentence's start stay whole as they do in lower case.
            "Os valores a,b e x,y ficaram; o ficheiro config,json e Lisboa,Portugal também, e o e-mail joao@x.pt,ana@y.pt. \
             Diferenciada e bem estruturada. Infectados pelo vírus, os doentes esperam. Consagrados como estão, seguem.",
        ),
        (
            "en",
            "Reznikov spoke on Monday. Reznikovwho arrived sinceJune said theUN had left.The talks went on inthe capital \
             at 10 a.m.Moscow time with 3people.",
            "Reznikov spoke on Monday. Reznikov who arrived since June said the UN had left. The talks went on in the capital \
             at 10 a.m. Moscow time with 3 people.",
            "Filmmaking at Anfield with McDonald, YouTube and an iPhone in the U.S. at 3.30 for Argumentum.al and Greenberg \
             at 512kbps, then myUSCIS.",
        ),
        (
            "en",
            "He left. Hehas arrived and Theysay the talks failed. Ithink so. Ifyou ask, Inever did. Itis over. Thekey is trust. \
             They stay under protectionuntil May. Photo: Petras Malukas / AFP.",
            "He left. He has arrived and They say the talks failed. I think so. If you ask, I never did. It is over. The key is trust. \
             They stay under protection until May. Photo: Petras Malukas / AFP.",
            "Theron, Theismann, Iman, Ivan, Asher, Aston, Iftikhar, Hebron, Sheldon, Italien, Kiryat Shemona, Hisor, Weso, Thatcher, Ivanova, Medvedeva and Putina stayed \
             in Krasnodarsky, Zhytomyrska, Nikopolis and Borisovgrad with Alexandrova.",
        ),
        (
            "en",
            "The UK plans IDcards. The USsupermarket group filed for bankruptcy, KPMGsaid. TheIMF agreed. WhenI asked, it did.",
            "The UK plans ID cards. The US supermarket group filed for bankruptcy, KPMG said. The IMF agreed. When I asked, it did.",
            "JPMorgan, NBCUniversal and the MPs kept their IDs, PhDs and DVDs in MySQL, NoSQL and InDesign; EssilorLuxottica and TomTom too; \
             the preprints went to medRxiv and bioRxiv; YouGov asked on WeChat; Al-Wasat quoted Dnipro.Info.",
        ),
        (
            "en",
            "It struck Kharkiv.Rescuers came, and Kharkiv.Officials said so.",
            "It struck Kharkiv. Rescuers came, and Kharkiv. Officials said so.",
            "Yandex.Market, Yandex.Taxi and Yandex.Music were sold; Diia.City residents and Diia.City firms grew; \
             tree frogs (Hyla orientalis) and dolphins, Tursiops truncatus, were darker.",
        ),
        (
            "en",
            "The court lost its judicialfunctions to politicalparties.",
            "The court lost its judicial functions to political parties.",
            "Castrogiovanni and Dellape played; the stylebook and the counteroffensive stayed.",
        ),
        (
            "en",
            "Kyiv, UkraineReuters - MichaelHoward met voters in NewYork. Blairhas said the vote was close. \
             OleksiïReznikovwho met GraemeSouness and Souness agreed.",
            "Kyiv, Ukraine Reuters - Michael Howard met voters in New York. Blair has said the vote was close. \
             Oleksiï Reznikov who met Graeme Souness and Souness agreed.",
            "Alexander Gauland met Goodman of BlackRock, HarperCollins and MyDoom; Cristian and Bellion stayed.",
        ),
        (
            "en",
            "The Prime Minister spoke to BBC Scotland and was able to act. Later the PrimeMinister told BBCScotland he was ableto. \
             In Mumbai prices rose. MumbaiPTI - The bank said.",
            "The Prime Minister spoke to BBC Scotland and was able to act. Later the Prime Minister told BBC Scotland he was able to. \
             In Mumbai prices rose. Mumbai PTI - The bank said.",
            "Tillotama's home is in Shome. He made a film with Madea. The front line needs frontline services, JP Morgan said, and JPMorgan \
             agreed; the NewsCorp news corp, the NewsCorp. Kakao said KakaoTalk and KakaoPay grew; EverQuest and EverCrack \
             came out.",
        ),
        (
            "de",
            "Selenskyj sagte am Montag, die Lage sei ernst. Später traf Selenskyjund Scholz den Minister in Georgienund Armenien. \
             In Charkiw schlug Charkiwein. Der OberbürgermeisterThomas Kufen sprach.",
            "Selenskyj sagte am Montag, die Lage sei ernst. Später traf Selenskyj und Scholz den Minister in Georgien und Armenien. \
             In Charkiw schlug Charkiw ein. Der Oberbürgermeister Thomas Kufen sprach.",
            "Der Verteidigungsminister sprach mit der Bundesregierung und der Außenministerin über die Bundeswehr. \
             Der Außenminister und die Außenministerin, der Kanzler und die Kanzlerin reisten. Sie wollen zusammen arbeiten, und sie werden zusammenarbeiten.",
        ),
        (
            "en",
            "Sanjay Malhotra spoke. The bank said GovernorSanjay Malhotra would act; PresidentJohn agreed with Zelensky. \
             Witkoff came; Witkoffand Kushner left.",
            "Sanjay Malhotra spoke. The bank said Governor Sanjay Malhotra would act; President John agreed with Zelensky. \
             Witkoff came; Witkoff and Kushner left.",
            "GeneralMotors and KingFisher are how the ads spelled them; PresidentChoice too.",
        ),
        (
            "fr",
            "Une équipe de l’AIEA est arrivée. Le directeur de l’AIEARafael Grossi conduit la mission ; Rafael Grossi a parlé.",
            "Une équipe de l’AIEA est arrivée. Le directeur de l’AIEA Rafael Grossi conduit la mission ; Rafael Grossi a parlé.",
            "Le site Vilniusdaily.lt et Actu-Monde24.fr citent JPMorgan.",
        ),
        (
            "en",
            "The official Arindam Bagchisaid the students were safe; Governor Kimaniwho arrived agreed.",
            "The official Arindam Bagchi said the students were safe; Governor Kimani who arrived agreed.",
            "Forewarned, the Acclaimed Sandwich shop in Greenwich and Ipswich said nothing untold.",
        ),
        (
            "en",
            "The library was released.The README lists the models.",
            "The library was released. The README lists the models.",
            "Call createAgent() with useAgent and maxTokens set, or use window.Lanternfish in a page.",
        ),
        (
            "en",
            "Jaishankar'svisit ended; the minister’sremarks and KYIV(Reuters) followed.",
            "Jaishankar's visit ended; the minister’s remarks and KYIV (Reuters) followed.",
            "A counterterrorist unit, cyberattacks and a countercharge; f(x) and Smith's word stayed.",
        ),
        (
            "de",
            "Berlin, DeutschlandReuters – Die Regierung hilft.",
            "Berlin, Deutschland Reuters – Die Regierung hilft.",
            "Die Seite Nachrichtenportal.de meldet es.",
        ),
        (
            "de",
            "Wie der „Economist“von der Front berichtete, war die Lage schwierig.",
            "Wie der „Economist“ von der Front berichtete, war die Lage schwierig.",
            "Die „Ampel“-Koalition und der „Spiegel“ berichteten.",
        ),
        (
            "de",
            "Die Zahlen desKonzerns sanken.",
            "Die Zahlen des Konzerns sanken.",
            "Neil deGrasse Tyson und DiCaprio sprachen mit Leonardo da Vinci.",
        ),
        (
            "es",
            "El presidente Zelenski dijo el lunes que la situación es grave. El presidentede Ucrania habló. \
             Llegó de Sarajevo y volvió de Sarajevoa Zagreb. Vendió en eBay. Habló el presidente delBanco Central. \
             Ganó Verstappen; el coche deVerstappen falló. Lando Norris ganó y Norrisse impuso.",
            "El presidente Zelenski dijo el lunes que la situación es grave. El presidente de Ucrania habló. \
             Llegó de Sarajevo y volvió de Sarajevo a Zagreb. Vendió en eBay. Habló el presidente del Banco Central. \
             Ganó Verstappen; el coche de Verstappen falló. Lando Norris ganó y Norris se impuso.",
            "El ministro de Defensa decidió militarizarse, dárselo y hacerlo, y habló sobre la contraofensiva, desafortunadamente sin acuerdo con los ucranianos; \
             Ivanov e Ivanova, Tichanowskaya, Selenskaya y Mikhaylova viajaron a Krasnoyarskaya, Martinique y Barbados.",
        ),
        (
            "fr",
            "Le président Zelensky a déclaré lundi que la situation est grave. Le ministredes Affaires a parlé. \
             Ousmane Sonko est arrivé. M. Sonkoa assuré que tout va bien. Il « ne montre aucune volonté ».Le Kremlin \
             répond.",
            "Le président Zelensky a déclaré lundi que la situation est grave. Le ministre des Affaires a parlé. \
             Ousmane Sonko est arrivé. M. Sonko a assuré que tout va bien. Il « ne montre aucune volonté ». Le Kremlin \
             répond.",
            "Le ministre a parlé de la contre-offensive aujourd'hui avec les Ukrainiens et le porte-parole. \
             Le train parcourt ainsi 55 kilomètres. Il s'est entretenu jeudi avec lui.",
        ),
        (
            "it",
            "Il presidente Zelensky ha detto lunedì che la situazione è grave. Il ministrodegli Esteri ha detto che ne \
             hanno abbattuti 25.Il presidente dellaCommissione ha parlato.",
            "Il presidente Zelensky ha detto lunedì che la situazione è grave. Il ministro degli Esteri ha detto che ne \
             hanno abbattuti 25. Il presidente della Commissione ha parlato.",
            "Il ministro ha parlato della controffensiva ucraina con il governo e con il sottosegretario; \
             vuole permetterti di farlo e darglielo.",
        ),
        (
            "pt",
            "As forças russas atravessaram a fronteirae avançaram; o ministério enviou reforços para a zonae pediu munições.",
            "As forças russas atravessaram a fronteira e avançaram; o ministério enviou reforços para a zona e pediu munições.",
            "A frutose e a meiose foram estudadas por Louise e Marie em Faro.",
        ),
        (
            "es",
            "Tiene contratos fijosy temporales. La planta de Figueruelas cerró; los operarios de Figueruelasy Zaragoza protestaron.",
            "Tiene contratos fijos y temporales. La planta de Figueruelas cerró; los operarios de Figueruelas y Zaragoza protestaron.",
            "Rajoy, Godoy y Daisy viajaron a Bombay y a Uruguay el lunes.",
        ),
        (
            "en",
            "The houses were destroyed in March2022. The attack lasted from 02:15 to 05:10.Mobile groups were deployed. It ended at 06:40.A siren sounded.",
            "The houses were destroyed in March 2022. The attack lasted from 02:15 to 05:10. Mobile groups were deployed. It ended at 06:40. A siren sounded.",
            "The F16 and the MH17 report, Covid19 and the 10:30 train at 3.5 km; the G20 met in March 2022. See section 5.A and 12.B.",
        ),
        (
            "pt",
            "O presidente Zelensky disse na segunda-feira que a situação é grave. O ministrodas Relações falou.",
            "O presidente Zelensky disse na segunda-feira que a situação é grave. O ministro das Relações falou.",
            "O ministro falou sobre a contraofensiva ucraniana com o governo e o porta-voz da presidência; os consultados concordaram.",
        ),
        (
            "pt",
            "A cidade de Charkiw(Ukrinform) foi atacada.",
            "A cidade de Charkiw (Ukrinform) foi atacada.",
            "O município comparticipa a demarcação; um produto diferenciado, comercializado e patrocinado.",
        ),
        (
            "it",
            "Secondo l'agenziaTASS il porto è chiuso.",
            "Secondo l'agenzia TASS il porto è chiuso.",
            "L'aggiornamento di iOS e l'eSIM arrivano; il vaccino a mRNA resta.",
        ),
        (
            "es",
            "El presidentede Ucrania habló.",
            "El presidente de Ucrania habló.",
            "La preparadora y la entrenadora hablaron de la devaluación, la delimitación y la condecoración.",
        ),
        (
            "fr",
            "Le ministredes Affaires a parlé.",
            "Le ministre des Affaires a parlé.",
            "Elle est devenue ministre et la définition a été entraînée par la demande.",
        ),
        (
            "es",
            "Zelenski, en la cumbre del G7en Hiroshima, grabó un vídeo ante la Presidenciay lo compartió.",
            "Zelenski, en la cumbre del G7 en Hiroshima, grabó un vídeo ante la Presidencia y lo compartió.",
            "Los F16 y el T90s llegaron; Halladay, Rajoy, Godoy y Paraguay hablaron de Casteldurante.",
        ),
        (
            "es",
            "Zhadan se incorporó a la Guardia Nacional de Ucraniay recibe instrucción.",
            "Zhadan se incorporó a la Guardia Nacional de Ucrania y recibe instrucción.",
            "Conroy, Murray, Uruguay y Sidney llegaron a Ucrania; el Argosy zarpó.",
        ),
        (
            "de",
            "Das teilte Regierungssprecher Steffen Hebestreitam Mittwoch mit.",
            "Das teilte Regierungssprecher Steffen Hebestreit am Mittwoch mit.",
            "Das sagten David Beckham und Robert Oppenheim am Mittwoch in Mannheim.",
        ),
        (
            "en",
            "Lukashenko got 85.7%.None of them agreed, said Kira Yarmyshfor the team.",
            "Lukashenko got 85.7%. None of them agreed, said Kira Yarmysh for the team.",
            "The pichichi of LaLiga, not of la Liga, met Franz Ferdinand and Joe Eszterhas at 3.5.",
        ),
        (
            "it",
            "I missili sono stati lanciati nel Mar Nerointorno all'una di notte.",
            "I missili sono stati lanciati nel Mar Nero intorno all'una di notte.",
            "La pressofusione di Casteldurante e la pressoterapia nonostante tutto.",
        ),
        // A place the document writes alone before a short preposition; a frequent word
        // capitalized after a word in lower case is a name's (`NotPetya`), in a title too.
        (
            "en",
            "Drones hit Kyiv at night. Another attack on Kyivon October 17 killed two, it said. OnMonday it was calm.",
            "Drones hit Kyiv at night. Another attack on Kyiv on October 17 killed two, it said. On Monday it was calm.",
            "It spread NotPetya in 2017, as in My Summer Of Love, and the Kievan Rus' fell.",
        ),
        // A surname after a dictionary's given name, before a word that follows names in news.
        (
            "en",
            "A tree planted by the writer Volodymyr Vakulenkobefore soldiers took him away.",
            "A tree planted by the writer Volodymyr Vakulenko before soldiers took him away.",
            "The writer Volodymyr Vakulenko met Peter Schafter before dawn.",
        ),
        // A name before a finite verb; a word of the language before one is its prefix.
        (
            "de",
            "Die Denkfabrik ISW meldet Fortschritte. Das ISWgeht davon aus, sagt Selenskyj.",
            "Die Denkfabrik ISW meldet Fortschritte. Das ISW geht davon aus, sagt Selenskyj.",
            "Laut dem Bericht wurde Anschreibt erwähnt, als er Aufsteht.",
        ),
        // An agency before a verb of speech; a prefix that makes a word with the verb stays.
        (
            "de",
            "Kremlnahe Blogger reagierten, wie die Nachrichtenagentur Reutersberichtete, scharf.",
            "Kremlnahe Blogger reagierten, wie die Nachrichtenagentur Reuters berichtete, scharf.",
            "Drei Lecks wurden entdeckt, wie die dänische Energiebehördemitteilte.",
        ),
    ];

    #[test]
    fn golden_per_language() {
        for &(lang, glued, fixed, whole) in GOLDEN {
            let n = Normalizer::builder().language(lang).disable("names").build().unwrap();
            assert_eq!(n.normalize(glued).text, fixed, "{lang}");
            assert_eq!(n.normalize(whole).text, whole, "{lang}: a word was split");
        }
    }

    /// Found by the `idempotent` fuzz target: a restored space made evidence for another split
    /// that only a second run saw.
    #[test]
    fn restored_spaces_are_evidence_in_the_same_run() {
        let n = Normalizer::new();
        for input in [
            "Rightin o.RanPlease anPlease",
            "mgem:myr ZeleNa haFo ZeleNach ohat dies",
            "oto ntL`by negLE Fd thrst tks onLE re ",
        ] {
            let once = n.normalize(input).text;
            assert_eq!(n.normalize(&once).text, once, "{input:?}");
        }
    }

    /// Searching for a word counts what the document's vocabulary counts.
    #[test]
    fn searched_counts_agree_with_the_vocabulary() {
        let text = "Kyiv, Kyiv's Kyivan aKyiv Kyiv\u{301} Київ Київ. Kyiv2 über Über übers";
        let mut vocabulary: HashMap<&str, usize> = HashMap::default();
        for w in letter_runs(text) {
            *vocabulary.entry(w).or_default() += 1;
        }
        for w in [
            "Kyiv", "Kyivan", "Київ", "über", "Über", "s", "a", "aKyiv", "Kyiv's", "",
        ] {
            assert_eq!(
                count_letter_run(text, w),
                vocabulary.get(w).copied().unwrap_or(0),
                "{w}"
            );
        }
    }

    #[test]
    fn language_without_lexicon_is_left_alone() {
        let n = Normalizer::builder().language("pl").disable("names").build().unwrap();
        let text = "Prezydent Zełenski powiedział.Wczoraj Zełenskiwho przyjechał.";
        assert_eq!(n.normalize(text).text, text);
    }
}
