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
use crate::stages::names::NameDict;
use crate::{Result, Text};
use rustc_hash::FxHashMap as HashMap;
use std::cell::OnceCell;

const CAMEL: &str = "words.camel-case";
const GLUED: &str = "words.glued-name";
const MISSING_SPACE: &str = "words.missing-space";

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
        description: "split a capitalized name glued to a lower-case word (Reznikovwho, Gomelnear)",
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
];

/// Brand and name spellings with a capital inside that are not two words.
const CAMEL_KEEP: &[&str] = &[
    "YouTube",
    "PayPal",
    "WhatsApp",
    "LinkedIn",
    "PlayStation",
    "BlackRock",
    "FedEx",
    "SpaceX",
    "OpenAI",
    "TikTok",
    "JavaScript",
    "PowerPoint",
    "SoftBank",
    "WeChat",
    "HarperCollins",
    "GlaxoSmithKline",
    "DreamWorks",
    "MasterCard",
    "BlackBerry",
    "GoPro",
    "WikiLeaks",
    "AstraZeneca",
    "BioNTech",
    "ExxonMobil",
    "ArcelorMittal",
    "MoneyGram",
    "PricewaterhouseCoopers",
    "SmartPhone",
    "FaceTime",
    "AirPods",
    "MacBook",
    "PowerShell",
    "GitHub",
    "StarLink",
    "DeepMind",
    "NordStream",
    "RusHydro",
    "VimpelCom",
    "NewsGuard",
    "CrowdStrike",
    "EuroVision",
];

/// Name prefixes that take a capital after them (`McDonald`, `DiCaprio`).
const NAME_PREFIXES: &[&str] = &[
    "Mc", "Mac", "Di", "De", "Da", "Le", "La", "Van", "Von", "Du", "Del", "Della", "Des", "Dos", "Al", "El", "Fitz",
    "St",
];

/// Abbreviations after which a full stop is not a sentence end.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Lt", "Col", "No", "Vol", "Jr", "Sr", "vs", "etc", "Inc", "Ltd", "Co",
    "Corp", "Prof", "Sen", "Rep", "Gov", "Capt", "Sgt", "Maj", "Adm", "Rev", "Fig", "Sra", "Sr", "Dña", "Mme", "Mlle",
    "Nr", "bzw", "Abs",
];

/// Short words allowed as the right half of a glued name (`Zelenskyin` → `Zelensky in`).
const SHORT_RIGHT: &[&str] = &[
    "in", "on", "at", "to", "of", "by", "as", "is", "who", "and", "the", "for", "was", "has", "had", "but", "not",
    "its", "his", "her", "are", "said", "says", "near", "from", "with", "y", "en", "de", "el", "la", "que", "et", "le",
    "les", "und", "im",
];

/// German function words: in a compounding language only these may follow a glued name.
const GERMAN_RIGHT: &[&str] = &[
    "und", "der", "die", "das", "den", "dem", "des", "in", "im", "am", "an", "auf", "bei", "mit", "nach", "von", "vor",
    "zu", "zum", "zur", "ist", "hat", "war", "wurde", "sagte", "sei", "sind", "habe", "hatte", "als", "auch", "aber",
    "oder", "nicht",
];

/// Restores lost spaces.
#[derive(Debug)]
pub struct WordsStage {
    camel: bool,
    glued: bool,
    missing_space: bool,
}

impl WordsStage {
    /// Builds the stage.
    pub fn new(rules: &RuleFilter) -> WordsStage {
        WordsStage {
            camel: rules.is_on(&RULES[0]),
            glued: rules.is_on(&RULES[1]),
            missing_space: rules.is_on(&RULES[2]),
        }
    }
}

/// What the stage knows about words in one document.
struct Evidence<'a> {
    lang: &'a str,
    lexicon: &'static Lexicon,
    names: &'static NameDict,
    text: &'a str,
    /// Letter runs of the document with their counts, counted when a candidate first asks.
    vocabulary: OnceCell<HashMap<&'a str, usize>>,
}

impl<'a> Evidence<'a> {
    fn vocabulary(&self) -> &HashMap<&'a str, usize> {
        self.vocabulary.get_or_init(|| {
            let mut counts: HashMap<&str, usize> = HashMap::default();
            for w in self.text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()) {
                *counts.entry(w).or_default() += 1;
            }
            counts
        })
    }

    fn known_word(&self, w: &str) -> bool {
        self.lexicon.contains(&w.to_lowercase())
    }
    fn common(&self, w: &str, min: u64) -> bool {
        self.lexicon.count(&w.to_lowercase()) >= min
    }
    fn is_name(&self, w: &str) -> bool {
        self.names.is_name(self.lang, w)
    }
    /// Evidence that `w` is a name of its own here: written alone in the document, or a known
    /// name. (A frequent word is not enough: `Stylebook` is no `Style` glued to `book`.)
    fn stands(&self, w: &str) -> bool {
        self.vocabulary().get(w).is_some_and(|&n| n > 0) || self.is_name(w)
    }

    /// How often the letter run `w` occurs in the document.
    fn occurrences(&self, w: &str) -> usize {
        self.vocabulary().get(w).copied().unwrap_or(0)
    }
}

/// A token that must never be split: URL, e-mail, handle, hashtag, path, code.
fn untouchable(token: &str) -> bool {
    token.contains("://")
        || token.starts_with("www.")
        || token.contains('@')
        || token.starts_with('#')
        || token.contains('/')
        || token.contains('_')
        || token.contains('=')
        || token.chars().any(|c| c.is_ascii_digit())
}

fn is_title(w: &str) -> bool {
    let mut c = w.chars();
    c.next().is_some_and(char::is_uppercase) && c.clone().next().is_some() && c.all(char::is_lowercase)
}

impl Stage for WordsStage {
    fn id(&self) -> &'static str {
        "words"
    }

    fn run(&self, text: &mut Text<'_>, cx: &mut Context) -> Result<()> {
        if !self.camel && !self.glued && !self.missing_space {
            return Ok(()); // no lexicon to load
        }
        let Some(lang) = cx.reliable_lang_code().map(str::to_owned) else {
            return Ok(());
        };
        // A language without a lexicon is left alone.
        let Some(lexicon) = Lexicon::get(&lang) else {
            return Ok(());
        };
        let s = text.as_str();
        let ev = Evidence {
            lang: &lang,
            lexicon,
            names: NameDict::builtin(),
            text: s,
            vocabulary: OnceCell::new(),
        };
        let mut batch = Vec::new();
        let mut pos = 0;
        for token in s.split([' ', '\n', '\t']) {
            let start = pos;
            pos += token.len() + 1;
            if token.len() < 4 || untouchable(token) {
                continue;
            }
            self.split_token(token, start, &ev, &mut batch);
        }
        text.apply(self.id(), batch)?;
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
            let split = match (self.camel.then(|| camel_split(run, ev)).flatten(), self.glued) {
                (Some(i), _) => Some((i, CAMEL, 0.85)),
                (None, true) => glued_split(run, ev).map(|i| (i, GLUED, 0.8)),
                (None, false) => None,
            };
            if let Some((i, rule, confidence)) = split {
                let pos = offset + at + i;
                out.push(Replacement::new(pos..pos, " ", EditKind::RunTogether, rule).with_confidence(confidence));
                // The second half may itself be a glued name (`ReznikovReznikovwho`): split it in
                // the same pass, so a second run finds nothing left to do.
                if let Some(j) = (rule == CAMEL && self.glued)
                    .then(|| glued_split(&run[i..], ev))
                    .flatten()
                {
                    let pos = pos + j;
                    out.push(Replacement::new(pos..pos, " ", EditKind::RunTogether, GLUED).with_confidence(0.8));
                }
            }
            // `Ukraine.The`: the next run follows this one after exactly one `.`, `!` or `?`
            // (possibly after a closing quote).
            if self.missing_space {
                if let Some(&(next_at, next)) = runs.get(k + 1) {
                    let between = &token[at + run.len()..next_at];
                    let punct = matches!(
                        between,
                        "." | "!" | "?" | "”." | "\"." | "’." | ")." | ".”" | "?”" | "!”"
                    );
                    // Not after an initialism or abbreviation (`U.S.The`, `Mr.Smith`).
                    let sentence_word = run.chars().count() >= 2
                        && !ABBREVIATIONS.contains(&run)
                        && !run.chars().all(char::is_uppercase)
                        && (after_restored_space || !token[..at].ends_with('.'));
                    if punct && sentence_word && is_title(next) {
                        let at_space = offset + next_at;
                        out.push(
                            Replacement::new(at_space..at_space, " ", EditKind::MissingSpace, MISSING_SPACE)
                                .with_confidence(0.9),
                        );
                        sentence_start = true;
                    }
                }
            }
        }
    }
}

/// `sinceJune` → split before `June`; `UkraineAccording` → before `According`.
fn camel_split(run: &str, ev: &Evidence<'_>) -> Option<usize> {
    // Cheap test first: most words have no lower-to-upper step at all.
    let humped = run
        .as_bytes()
        .windows(2)
        .any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase())
        || !run.is_ascii();
    if !humped || CAMEL_KEEP.contains(&run) || ev.known_word(run) {
        return None;
    }
    let chars: Vec<(usize, char)> = run.char_indices().collect();
    let mut found = None;
    for w in chars.windows(3) {
        let ((_, a), (i, b), (_, c)) = (w[0], w[1], w[2]);
        if a.is_lowercase() && b.is_uppercase() && c.is_lowercase() {
            if found.is_some() {
                return None; // several humps: a brand or a name, not one lost space
            }
            found = Some(i);
        }
    }
    let i = found?;
    let (left, right) = (&run[..i], &run[i..]);
    if left.chars().count() < 2 || NAME_PREFIXES.contains(&left) || !right.chars().skip(1).all(char::is_lowercase) {
        return None;
    }
    // The left part is a word (`since`, `rouble`) or stands alone here (`Ukraine`); the right part
    // is a capitalized word of the language or a name.
    // A spelling used twice in the document is deliberate (`TimeWarner`), not a lost space.
    if ev.occurrences(run) > 1 {
        return None;
    }
    let right_ok = ev.known_word(right) || ev.stands(right);
    let left_ok = if left.chars().next()?.is_uppercase() {
        // Two capitalized words make brands (`EverQuest`, `DarkMatter`); a lost space shows in a
        // name before a sentence opener or another name (`RussiaThe`, `RussiaShoigu`).
        is_title(left)
            && (ev.stands(left) || ev.common(left, 1_000_000))
            && (ev.stands(right) || ev.common(right, 50_000_000))
    } else {
        left.chars().all(char::is_lowercase) && ev.known_word(left)
    };
    (left_ok && right_ok).then_some(i)
}

/// `Reznikovwho` → split before `who`: a capitalized token that is no word or name of its own,
/// whose head stands alone here and whose tail is a frequent lower-case word.
fn glued_split(run: &str, ev: &Evidence<'_>) -> Option<usize> {
    // A spelling used twice in the document is deliberate, not a lost space.
    if !is_title(run) || run.chars().count() < 6 || ev.known_word(run) || ev.is_name(run) || ev.occurrences(run) > 1 {
        return None;
    }
    let mut best: Option<(usize, u64)> = None;
    for (i, _) in run.char_indices().skip(3) {
        let (left, right) = (&run[..i], &run[i..]);
        let right_len = right.chars().count();
        let right_ok = if ev.lang == "de" {
            GERMAN_RIGHT.contains(&right)
        } else if right_len <= 3 {
            SHORT_RIGHT.contains(&right)
        } else {
            ev.common(right, 500_000)
        };
        if right_len < 1 || !right_ok || !ev.stands(left) {
            continue;
        }
        let score = ev.lexicon.count(right);
        if best.is_none_or(|(_, s)| score > s) {
            best = Some((i, score));
        }
    }
    best.map(|(i, _)| i)
}
