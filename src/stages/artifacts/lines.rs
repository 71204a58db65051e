//! Judging lines: the shape tests behind each artifact rule.

use super::dict::{ArtifactDict, Match};
use super::*;
use crate::config::ArtifactsConfig;
use crate::lexicon::Lexicon;
use crate::stages::names::{is_gazetteer_name, personal_name};
use crate::token::{
    camel_steps, head_within, is_title, is_year, spaced_at_camel_steps, with_lowercase, MONTHS, TOP_LEVEL_DOMAINS,
};
use rustc_hash::FxHashMap as HashMap;
use std::cell::OnceCell;

// The closed-class word lists of this module (`SECTION_WORDS`, `CREDIT_WORDS`, …): data, kept in
// `dictionaries/word-classes/artifacts.tsv` and turned into constants by `build.rs`.
include!(concat!(env!("OUT_DIR"), "/word-classes/artifacts.rs"));

/// Why a line goes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Verdict {
    pub rule: &'static str,
    pub kind: EditKind,
    pub confidence: f32,
}

fn verdict(rule: &'static str, kind: EditKind, confidence: f32) -> Option<Verdict> {
    Some(Verdict { rule, kind, confidence })
}

/// Clears the verdict of a chrome line in title case that the document writes inside one of its
/// sentences (`Read More` beside `funding for Read More, the library's reading campaign`): there
/// the phrase is a name, the subject of the article, and the line is its own heading.
pub fn named_in_text(s: &str, lines: &[&str], verdicts: &mut [Option<Verdict>]) {
    for (line, verdict) in lines.iter().zip(verdicts.iter_mut()) {
        if !verdict.is_some_and(|v| v.rule == CHROME_PHRASE) {
            continue;
        }
        let name = line.trim();
        if name.split(' ').count() < 2 || !name.split(' ').all(is_title) {
            continue;
        }
        let named = memchr::memmem::find_iter(s.as_bytes(), name.as_bytes()).any(|at| {
            s[..at]
                .strip_suffix(' ')
                .is_some_and(|b| b.ends_with(char::is_lowercase))
                && !s[at + name.len()..].starts_with(char::is_alphanumeric)
        });
        if named {
            *verdict = None;
        }
    }
}

/// Clears the verdict of a `Source: X` line right under two lines of figures or more (`From
/// December 2023: 1,700` and the like, no blank line between): it names where a table's data come
/// from, a part of the article, not the site's credit for it.
pub fn table_sources(lines: &[&str], verdicts: &mut [Option<Verdict>]) {
    let figures = |line: &str| {
        let line = line.trim();
        !line.is_empty()
            && line.bytes().any(|b| b.is_ascii_digit())
            && !line.ends_with(SENTENCE_ENDS)
            && word_count(line) <= FIGURE_ROW_WORDS
    };
    for k in 2..lines.len() {
        if verdicts[k].is_some_and(|v| v.rule == SOURCE_LINE)
            && lines[k].contains(':')
            && (k - 2..k).all(|i| verdicts[i].is_none() && figures(lines[i]))
        {
            verdicts[k] = None;
        }
    }
}

/// The most words in a line of a table's figures ([`table_sources`]) or in a field's value
/// ([`field_panel`]).
const FIGURE_ROW_WORDS: usize = 8;

/// Marks the headline of another article over its link's button (`Flüchtlinge in Bayern:
/// Landkreise fordern mehr Geld vom Bund`, then `Zum Artikel`): the button is related-content
/// chrome of a few words, and the line above it, a headline with no sentence end, is the teaser
/// it leads to. The box sits between paragraphs of the article or ends it (a heading over a
/// list of headlines is [`headline_lists`]' to judge).
pub fn linked_headline(s: &str, ranges: &[Range<usize>], verdicts: &mut [Option<Verdict>]) {
    let line = |k: usize| s[ranges[k].clone()].trim();
    let sentence = |k: usize| line(k).ends_with(SENTENCE_ENDS) || line(k).ends_with(':');
    for k in 1..ranges.len() {
        let button = verdicts[k].is_some_and(|v| v.rule == CHROME_PHRASE && v.kind == EditKind::Teaser)
            && word_count(line(k)) <= LINK_BUTTON_WORDS;
        if !button {
            continue;
        }
        let Some(above) = (0..k).rev().find(|&j| !line(j).is_empty()) else {
            continue;
        };
        let below = (k + 1..ranges.len()).find(|&j| !line(j).is_empty());
        if verdicts[above].is_none()
            && headline_like(line(above))
            && !sentence(above)
            && below.is_none_or(|j| verdicts[j].is_none() && sentence(j))
        {
            verdicts[above] = Some(Verdict {
                rule: HEADLINE_LIST,
                kind: EditKind::Teaser,
                confidence: 0.8,
            });
        }
    }
}

/// The most words of a link's button under a teaser's headline (`Zum Artikel`, `Read more`).
const LINK_BUTTON_WORDS: usize = 3;

/// Marks a page's panel of fields, each label on a line of its own over its value (`Format`,
/// `Situation Report`, `Source`, `OCHA`, `Posted`, `13 May 2024`): [`PANEL_FIELDS`] pairs or
/// more in a row, no blank line between. A lone `Source` over a name is left to the line rules.
pub fn field_panel(s: &str, ranges: &[Range<usize>], verdicts: &mut [Option<Verdict>]) {
    let line = |k: usize| s[ranges[k].clone()].trim();
    let label = |k: usize| {
        let l = line(k).trim_end_matches(':');
        l.len() <= 24 && with_lowercase(l, |l| FIELD_LABELS.contains(&l))
    };
    let value = |k: usize| {
        let v = line(k);
        !v.is_empty() && word_count(v) <= FIGURE_ROW_WORDS && !v.ends_with(SENTENCE_ENDS) && !label(k)
    };
    let mut k = 0;
    while k + 1 < ranges.len() {
        let mut end = k;
        while end + 1 < ranges.len() && label(end) && value(end + 1) {
            end += 2;
        }
        if end - k >= 2 * PANEL_FIELDS {
            for verdict in &mut verdicts[k..end] {
                verdict.get_or_insert(Verdict {
                    rule: TIMESTAMP,
                    kind: EditKind::Boilerplate,
                    confidence: 0.8,
                });
            }
        }
        k = end.max(k + 1);
    }
}

/// The fewest fields of a page's panel ([`field_panel`]).
const PANEL_FIELDS: usize = 3;

/// The lines of `s`, as byte ranges without their `\n`.
pub fn line_ranges(s: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for end in memchr::memchr_iter(b'\n', s.as_bytes()) {
        out.push(start..end);
        start = end + 1;
    }
    out.push(start..s.len());
    out
}

const BULLETS: &[char] = &['•', '·', '▪', '►', '■', '◦', '*', '-', '–', '—', '»', '›'];

/// What ends a sentence at the end of a line or before a space: its mark, or a closing quotation
/// mark after one.
const SENTENCE_ENDS: &[char] = &['.', '!', '?', '"', '”'];

/// Bullets written without a space after them: Japanese typesetting's middle dot (`・Sasaki's
/// debut in numbers`), a full-width mark no word starts with.
const CLOSE_BULLETS: &[char] = &['・'];

/// The line without leading spaces and one bullet.
fn strip_bullet(line: &str) -> (&str, bool) {
    let t = line.trim_start();
    match t.strip_prefix(">>").or_else(|| t.strip_prefix(BULLETS)) {
        Some(rest) if rest.starts_with(' ') => (rest.trim_start(), true),
        _ => match t.strip_prefix(CLOSE_BULLETS) {
            Some(rest) => (rest.trim_start(), true),
            None => (t, false),
        },
    }
}

/// A list's item without its bullet and without the age an aggregator's feed writes after its
/// headline (`Putin suspends participation in New START treaty  14h`), and whether it had
/// either: both mark a line as an item of a list.
fn strip_marks(line: &str) -> (&str, bool) {
    let (body, bulleted) = strip_bullet(line);
    let body = body.trim_end();
    // (The spaces before the age are one by now: the `unicode` stage collapsed them. A line
    // alone that ends so, `printed in 3d`, is no list: a list has three items, or two at the end.)
    let aged = body.rsplit_once(' ').and_then(|(head, age)| {
        let digits = age.bytes().take_while(u8::is_ascii_digit).count();
        let unit = &age[digits..];
        let head = head.trim_end_matches([' ', '·', '•']);
        ((1..=2).contains(&digits) && matches!(unit, "m" | "min" | "h" | "d" | "w" | "mo" | "y")).then_some(head)
    });
    match aged {
        Some(head) => (head, true),
        None => (body, bulleted),
    }
}

/// `item` without the number that opens a numbered list's item (`1. `, `12) `).
fn strip_number(item: &str) -> &str {
    let digits = item.bytes().take_while(u8::is_ascii_digit).count();
    match item[digits..].strip_prefix(['.', ')']) {
        Some(rest) if (1..=2).contains(&digits) && rest.starts_with(' ') => rest.trim_start(),
        _ => item,
    }
}

/// Whether `paragraph` ends with `sentence` as a sentence of its own after another (`… of
/// thecity. The plant, with six reactors, produces a fifth of the power.`), and `sentence` is
/// one sentence.
fn ends_with_sentence(paragraph: &str, sentence: &str) -> bool {
    let body = sentence.trim_end_matches(['.', '!', '?']);
    let one = body.len() < sentence.len() && !body.contains(". ") && !body.contains("? ") && !body.contains("! ");
    one && paragraph
        .strip_suffix(sentence)
        .is_some_and(|head| head.ends_with(' ') && head.trim_end().ends_with(SENTENCE_ENDS))
}

/// Whether `line` is a time and nothing else (`12:40`, `9.05`), as a live blog heads its entries.
fn is_clock(line: &str) -> bool {
    let Some((hours, minutes)) = line.split_once([':', '.']) else {
        return false;
    };
    (1..=2).contains(&hours.len())
        && minutes.len() == 2
        && hours.bytes().chain(minutes.bytes()).all(|b| b.is_ascii_digit())
}

/// `item` without the time that opens a feed's item (`18:42 In Lviv region …`), or its age in a
/// live page's list of key events (`1h ago UN security council to hold emergency meeting`).
fn strip_time(item: &str) -> &str {
    let b = item.as_bytes();
    let clock =
        b.len() > 6 && b[..2].iter().all(u8::is_ascii_digit) && b[2] == b':' && b[3..5].iter().all(u8::is_ascii_digit);
    if clock && b[5] == b' ' {
        return item[6..].trim_start();
    }
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if (1..=3).contains(&digits) {
        let aged = [
            "h ago ",
            "m ago ",
            "d ago ",
            "min ago ",
            "mins ago ",
            "hr ago ",
            "hrs ago ",
        ]
        .iter()
        .find_map(|unit| item[digits..].strip_prefix(unit));
        if let Some(rest) = aged {
            return rest.trim_start();
        }
    }
    item
}

/// The line as chrome patterns are stored: curly apostrophes straight, whitespace collapsed,
/// no space before a colon, trailing `:`, `.`, `»` dropped. Not lower-cased.
fn chrome_form(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    for word in line.split_whitespace() {
        if !out.is_empty() && !word.starts_with(':') {
            out.push(' ');
        }
        out.extend(word.chars().map(|c| if c == '’' { '\'' } else { c }));
    }
    let trimmed = out.trim_end_matches([':', '.', '»', ' ']).len();
    out.truncate(trimmed);
    out
}

/// The verdict of the chrome dictionary on a line in its [`chrome_form`]: a whole line it lists,
/// or one of its prefixes with a short rest of the prefix's kind.
fn dictionary_chrome(form: &str, dict: &ArtifactDict, on: &impl Fn(&str) -> bool) -> Option<Verdict> {
    // What a screen reader is told of the link is no part of it (`Share on Facebook (opens in
    // new tab)`).
    let form = form
        .strip_suffix(')')
        .and_then(|f| f.rsplit_once(" ("))
        .filter(|(_, hint)| hint.len() <= 40 && with_lowercase(hint, |h| LINK_HINTS.contains(&h)))
        .map_or(form, |(link, _)| link);
    let key = form.to_lowercase();
    if on(CHROME_PHRASE) {
        // A count in parentheses after a button (`Add a comment (148)`, `Listen to the article
        // (4 min)`).
        let counted = key
            .strip_suffix(')')
            .and_then(|k| k.rsplit_once(" ("))
            .filter(|(_, count)| count.len() <= 8 && count.starts_with(|c: char| c.is_ascii_digit()))
            .map(|(button, _)| button);
        if let Some(category) = dict
            .line_category(&key)
            .or_else(|| counted.and_then(|b| dict.line_category(b)))
        {
            let kind = if category == "related" {
                EditKind::Teaser
            } else {
                EditKind::Boilerplate
            };
            return verdict(CHROME_PHRASE, kind, 0.9);
        }
    }
    // Prefix rules read the rest in its original case, so lower-casing must keep offsets.
    if key.len() == form.len() {
        for (rest, kind, category) in dict.prefixes_of(&key) {
            let pattern = &key[..key.len() - rest.len()];
            let rest_orig = &form[form.len() - rest.len()..];
            match kind {
                Match::Source if on(SOURCE_LINE) => {
                    if let Some(credit) = rest.trim_start().strip_prefix(':') {
                        let credit = rest_orig[rest_orig.len() - credit.len()..].trim();
                        // A country or a city in parentheses after the credit says whose it is
                        // (`Source: ABC (Spain)`).
                        let credit = credit
                            .strip_suffix(')')
                            .and_then(|c| c.rsplit_once(" ("))
                            .filter(|(_, place)| is_credit(place, 2))
                            .map_or(credit, |(c, _)| c);
                        // Each part a credit or the site's domain (`Source: PAP, wyborcza.pl`,
                        // `Source: Al Jazeera + Agencies`, `Fuente: RT - Sputnik - EFE`).
                        let parts_credited =
                            (credit.contains(", ") || credit.contains(" + ") || credit.contains(" - "))
                                && credit
                                    .split([',', '+'])
                                    .flat_map(|part| part.split(" - "))
                                    .map(str::trim)
                                    .all(|part| is_credit(part, SOURCE_WORDS) || is_domain(part));
                        if is_credit(credit, SOURCE_WORDS) || is_domain(credit) || parts_credited {
                            return verdict(SOURCE_LINE, EditKind::Boilerplate, 0.85);
                        }
                    }
                }
                Match::Prefix if on(CHROME_PHRASE) => {
                    let boundary =
                        !pattern.ends_with(char::is_alphanumeric) || !rest.starts_with(char::is_alphanumeric);
                    let tail = rest_orig.trim_matches([' ', ':', '|', '-', '–', '—', '/', ',']);
                    // A cookie notice is a sentence or two after its opening words (`We use
                    // cookies to give you the best experience. Accept | Reject`), or just them.
                    // (A longer one only where no one reports it: `We use cookies sparingly, the
                    // company said …` is the article's.)
                    let (max_words, max_bytes) = match category {
                        "cookie" if reports_speech(tail) => (40, 300),
                        "cookie" => (80, 600),
                        // A row of buttons (`Share on Facebook Share on X Share on …`).
                        "share" | "follow" => (16, 160),
                        "tags" => (24, 200),
                        // A notice, or an ad's copy after its label (`TEXT AD: Advertise on …`).
                        "notice" | "ad" => (40, 300),
                        _ => (8, 80),
                    };
                    // The opening alone (`Add comment`) too: the categories that read the rest
                    // (networks, credits, counters) need one.
                    let short = tail.split_whitespace().count() <= max_words && tail.len() <= max_bytes;
                    let fits = match category {
                        "share" | "follow" => tail.is_empty() || names_networks(&tail.to_lowercase()),
                        // A credit that names its photographer with the surname in capitals
                        // (`Photo: Oleh BONDAR / Ukrinform`) is kept as the house style keeps
                        // credits in captions, with the capitals fixed ([`credit_caps`]).
                        "credit" => {
                            (is_credit(tail, 6) || is_domain(tail.trim_end_matches('.')))
                                && credit_caps(form, 0, dict, None).is_empty()
                        }
                        // An opening that does not name cookies needs its rest to (`This site uses
                        // technical and profiling cookies …`).
                        "cookie" => {
                            let tail = tail.to_lowercase();
                            cookie_notice(&tail)
                                && (pattern.contains("cookie")
                                    || pattern.contains("privacy")
                                    || tail.contains("cookie"))
                        }
                        // A comment counter: `Discussion (112 posts)`, `Comments (4)`, `View
                        // comments (47)`.
                        "comments" => tail.trim_start_matches('(').starts_with(|c: char| c.is_ascii_digit()),
                        _ => true,
                    };
                    if boundary && short && fits {
                        return verdict(CHROME_PHRASE, EditKind::Boilerplate, 0.85);
                    }
                }
                _ => {}
            }
        }
    }
    None
}

/// Where a capital starts an item glued to the one before it: after a lower-case letter
/// (`HomeWorld`, `WhatsApp`), after a capital that ends an upper-case item (`XCopy`), or after
/// the plus of a site's paid edition (`Público+Newsletters`).
fn glue_points(line: &str) -> impl Iterator<Item = usize> + '_ {
    let mut chars = line.char_indices().peekable();
    let mut before: Option<char> = None;
    let mut plus_ends_item = false;
    std::iter::from_fn(move || {
        while let Some((i, c)) = chars.next() {
            let prev = before.replace(c);
            let after_plus =
                std::mem::replace(&mut plus_ends_item, c == '+' && prev.is_some_and(char::is_alphanumeric));
            let next = chars.peek().map(|&(_, n)| n);
            let glued = c.is_uppercase()
                && (after_plus
                    || prev.is_some_and(|p| {
                        p.is_lowercase() || (p.is_uppercase() && next.is_some_and(char::is_lowercase))
                    }));
            if glued {
                return Some(i);
            }
        }
        None
    })
}

/// Whether `line` has a [`glue_points`]: told from its bytes when it is ASCII.
fn has_glue(line: &str) -> bool {
    if !line.is_ascii() {
        return glue_points(line).next().is_some();
    }
    let b = line.as_bytes();
    (1..b.len()).any(|i| {
        b[i].is_ascii_uppercase()
            && (b[i - 1].is_ascii_lowercase()
                || (b[i - 1].is_ascii_uppercase() && b.get(i + 1).is_some_and(u8::is_ascii_lowercase))
                || (b[i - 1] == b'+' && i >= 2 && b[i - 2].is_ascii_alphanumeric()))
    })
}

/// `line` with a space at each of its [`glue_points`], except inside a network written in camel
/// case (`WhatsApp`, `LinkedIn`, `YouTube`, which [`NETWORKS`] lists as words).
fn unglued(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 16);
    let mut last = 0;
    for at in glue_points(line) {
        let (head, tail) = line.as_bytes().split_at(at);
        let inside_network = NETWORKS.iter().any(|n| {
            (1..n.len()).any(|k| {
                let (left, right) = n.as_bytes().split_at(k);
                head.len() >= left.len()
                    && head[head.len() - left.len()..].eq_ignore_ascii_case(left)
                    && tail.len() >= right.len()
                    && tail[..right.len()].eq_ignore_ascii_case(right)
            })
        });
        if inside_network {
            continue;
        }
        out.push_str(&line[last..at]);
        out.push(' ');
        last = at;
    }
    out.push_str(&line[last..]);
    out
}

/// The fewest glued items that make a menu.
const MENU_GLUES: usize = 3;

/// Whether `line` is a site's menu or a row of its buttons whose items lost their separators
/// (`HomeWorldEconomyTechnologySports`, `Home pageNewsRegionSportLog in`,
/// `Share:FacebookTwitterWhatsApp`): [`MENU_GLUES`] glue points or more, and no fewer than the
/// spaces (a headline in title case with brands, `LinkedIn Buys GitHub Rival`, has more spaces);
/// every word capitalized, a number (`Formula 1`) or a short lower-case word (`Sign in`, `Other sports`),
/// nothing but letters, digits, hyphens and a paid edition's plus (`SPIEGEL+`) after a short head
/// that ends in a colon (`Share:`).
fn glued_menu(line: &str) -> bool {
    let items = match line.split_once(':') {
        Some((head, rest)) if head.split(' ').count() <= 3 => rest.trim_start(),
        Some(_) => return false,
        None => line,
    };
    // (A plus ends the item of a site's paid edition: `SPIEGEL+`.)
    let paid_edition = |w: &str| {
        w.strip_suffix('+')
            .is_some_and(|name| name.ends_with(char::is_alphanumeric))
    };
    if line.len() > 200
        || !items
            .chars()
            .all(|c| c.is_alphanumeric() || c == ' ' || c == '-' || c == '+')
    {
        return false;
    }
    let spaces = items.split(' ').filter(|w| !w.is_empty()).count().saturating_sub(1);
    let glues = glue_points(items).count();
    let shaped = unglued(items).split(' ').filter(|w| !w.is_empty()).all(|w| {
        (w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            || (w.chars().count() <= 6 && w.chars().all(char::is_lowercase)))
            && (!w.contains('+') || paid_edition(w))
    });
    glues >= MENU_GLUES && glues >= spaces && shaped
}

/// Whether `line` is a menu in capitals whose items lost their separators, where no capital marks
/// where an item starts (`NEWSPOLITICSECONOMYWORLDSPORTCULTUREHRVEN`): one word of ASCII capitals
/// that reads whole as [`MENU_GLUES`] sections' names or more (`NEWS`, `POLITICS`, …) and the
/// codes of a language picker (`HR`, `EN`).
fn capitals_menu(line: &str) -> bool {
    let bytes = line.as_bytes();
    if !(12..=120).contains(&bytes.len()) || !bytes.iter().all(u8::is_ascii_uppercase) {
        return false;
    }
    let lower = line.to_ascii_lowercase();
    let item = |w: &str| SECTION_WORDS.contains(&w) || LANGUAGE_CODES.iter().any(|c| c.eq_ignore_ascii_case(w));
    // The fewest items that read the first `i` bytes, if any reading does (an item has sixteen
    // letters at most).
    let mut fewest: Vec<Option<usize>> = vec![None; lower.len() + 1];
    fewest[0] = Some(0);
    for end in 1..=lower.len() {
        fewest[end] = (end.saturating_sub(16)..end)
            .filter_map(|start| fewest[start].filter(|_| item(&lower[start..end])).map(|n| n + 1))
            .min();
    }
    fewest[lower.len()].is_some_and(|n| n >= MENU_GLUES)
}

/// Whether `line` is a site's menu whose separators were spaces: from its home page (`Home
/// Football  Euro 2024  Transfers  Boxing  Tennis`), a home word, then capitalized words and
/// numbers only, half of them at least (and three) the names of sections, sports' too (which alone
/// under a headline are a part of the article: `FOOTBALL`), or two or more and nothing else
/// (`Accueil Europe Ukraine`, a trail that lost its separators); or four sections' names or more
/// and nothing else (`Politics Economy Society Region World Sport Culture`), or six or more and
/// one other item or more, two thirds of the items at least: the site's name (`Ukrinform News War
/// Politics Economy Society Regions World`), its region's (`News Kharkov Region Incidents Politics
/// Economy Sport Photo Video`), its other links (`Europe World Business Travel Next Culture Green
/// Health Video Live`).
fn spaced_menu(line: &str) -> bool {
    if line.len() > 120 {
        return false;
    }
    let mut words = line.split_whitespace().peekable();
    let home = words
        .next_if(|w| with_lowercase(w, |w| HOME_WORDS.contains(&w)))
        .is_some();
    let (mut items, mut sections) = (0, 0);
    for word in words {
        let capitalized = word.starts_with(char::is_uppercase) && word.chars().all(|c| c.is_alphabetic() || c == '-');
        if !(capitalized || word.bytes().all(|b| b.is_ascii_digit()) || word == "&") {
            return false;
        }
        items += 1;
        sections += usize::from(with_lowercase(word, |w| {
            SECTION_WORDS.contains(&w) || SPORTS_SECTIONS.contains(&w)
        }));
    }
    match home {
        true => sections >= 3 && 2 * sections >= items || sections >= 2 && sections == items,
        false => sections >= 4 && sections == items || sections >= 6 && 3 * sections >= 2 * items,
    }
}

/// The lines of tables written with ` | ` between cells: three lines or more in a row, each with as
/// many separators, whose cells hold data (a digit, or words in lower case: `Maize | 51%`, `Tool |
/// What it finds | Main limitation`), not only capitalized items as a footer's rows of links do.
/// They are the article's own: no line rule judges them and no fix touches them (a header row
/// reads as a trail, `LiDAR` as a surname in capitals).
pub fn table_rows(s: &str, ranges: &[Range<usize>]) -> Vec<bool> {
    let mut rows = vec![false; ranges.len()];
    // (Most lines have no bar: decided by one byte search.)
    let separators = |k: usize| {
        let line = s[ranges[k].clone()].as_bytes();
        memchr::memchr(b'|', line).map_or(0, |_| memchr::memmem::find_iter(line, b" | ").count())
    };
    let data = |k: usize| {
        s[ranges[k].clone()].split(" | ").any(|cell| {
            cell.bytes().any(|b| b.is_ascii_digit())
                || cell.split_whitespace().any(|w| w.starts_with(char::is_lowercase))
        })
    };
    let mut k = 0;
    while k < ranges.len() {
        let n = separators(k);
        let end = (k..ranges.len()).find(|&j| separators(j) != n).unwrap_or(ranges.len());
        if n >= 1 && end - k >= 3 && (k + 1..end).filter(|&j| data(j)).count() * 2 >= end - k - 1 {
            rows[k..end].fill(true);
        }
        k = end.max(k + 1);
    }
    rows
}

/// Marks a site's menu or row of buttons written one item a line: at the page's top, four lines or
/// more (after the site's name or not) of one to three capitalized words each that read as a
/// [`spaced_menu`] once joined (`Home Page`, `Agenda`, `Economy`, `World`, `Sports`, `Writers`);
/// anywhere, consecutive lines of a few words that read as a [`network_row`] once joined
/// (`Share`, `Tweet`, `Send via WhatsApp`).
pub fn stacked_rows(s: &str, ranges: &[Range<usize>], verdicts: &mut [Option<Verdict>], on: impl Fn(&str) -> bool) {
    let line = |k: usize| s[ranges[k].clone()].trim();
    let item = |line: &str| {
        line.len() <= 60
            && (1..=3).contains(&line.split(' ').count())
            && line.split(' ').all(|w| {
                w == "&" || w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-')
            })
    };
    let joined = |block: &[usize]| block.iter().map(|&k| line(k)).collect::<Vec<_>>().join(" ");
    // The page's top.
    let top: Vec<usize> = (0..ranges.len())
        .filter(|&k| !line(k).is_empty() && verdicts[k].is_none())
        .take_while(|&k| item(line(k)))
        .collect();
    for skip in (0..=1).filter(|_| on(MENU)) {
        let block = top.get(skip..).unwrap_or_default();
        if block.len() >= 4 && spaced_menu(&joined(block)) {
            for &k in block {
                verdicts[k] = verdict(MENU, EditKind::Boilerplate, 0.8);
            }
            break;
        }
    }
    // Buttons: runs of two lines or more of a few words and no sentence's end, without blank lines
    // between them; some may be judged buttons already, alone (`Share`).
    let mut k = 0;
    while on(CHROME_PHRASE) && k < ranges.len() {
        let run: Vec<usize> = (k..ranges.len())
            .take_while(|&j| {
                verdicts[j].is_none_or(|v| v.rule == CHROME_PHRASE)
                    && (1..=4).contains(&line(j).split_whitespace().take(5).count())
                    && !line(j).ends_with(['.', '!', '?'])
            })
            .collect();
        if run.len() >= 2 && run.iter().any(|&j| verdicts[j].is_none()) && network_row(&joined(&run)) {
            for &j in &run {
                verdicts[j] = verdicts[j].or(verdict(CHROME_PHRASE, EditKind::Boilerplate, 0.8));
            }
        }
        k += run.len().max(1);
    }
}

/// Whether `line` is a row of tags, each with the count of the site's articles under it
/// (`Dnipro (5714)   missile strike (2090)   war (31872)`): two tags or more of one to three words,
/// each closed by a number in parentheses, and nothing else.
fn counted_tags(line: &str) -> bool {
    if line.len() > 200 || !line.ends_with(')') {
        return false;
    }
    let mut tags = 0;
    for chunk in line.split_terminator(')') {
        let Some((tag, count)) = chunk.trim_start().rsplit_once(" (") else {
            return false;
        };
        let words = tag.split_whitespace().count();
        let tag_shaped = (1..=3).contains(&words)
            && tag
                .chars()
                .all(|c| c.is_alphabetic() || c == ' ' || c == '-' || c == '\'');
        if !tag_shaped || count.is_empty() || !count.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
        tags += 1;
    }
    tags >= 2
}

/// The fewest items of a menu written with separators.
const MENU_ITEMS: usize = 5;

/// Whether `line` is a site's menu written with separators (`Start | Analyses | Commentaries |
/// Events | Publications | Contact`): [`MENU_ITEMS`] items or more, each one to three words of
/// letters, the first capitalized. (A trail of fewer sections is a breadcrumb's, and a line of
/// tags names its items after a label.)
fn separated_menu(line: &str) -> bool {
    if line.len() > 160 || !line.as_bytes().contains(&b'|') || !line.contains(" | ") {
        return false;
    }
    let items: Vec<&str> = line.split(" | ").map(str::trim).collect();
    items.len() >= MENU_ITEMS
        && items.iter().all(|item| {
            let words = item.split(' ').count();
            (1..=3).contains(&words)
                && item.starts_with(char::is_uppercase)
                && item
                    .chars()
                    .all(|c| c.is_alphabetic() || c == ' ' || c == '-' || c == '&')
        })
}

/// Whether `line` is two or more items between ` | `, or glued where scraping lost their
/// separators (`Go to contentGo to main menuGo to footer`), each a line of the chrome
/// dictionary once its arrows are dropped.
fn chrome_items(line: &str, glued: bool, dict: &ArtifactDict) -> bool {
    let is_chrome = |item: &str| {
        let item = item.trim_matches([' ', '«', '»', '‹', '›', '<', '>', '←', '→']);
        !item.is_empty() && dict.line_category(&chrome_form(item).to_lowercase()).is_some()
    };
    if line.len() > 160 {
        return false;
    }
    if line.as_bytes().contains(&b'|') && line.contains(" | ") {
        return line.split(" | ").all(is_chrome);
    }
    if !glued {
        return spaced_items(line, &is_chrome);
    }
    let mut start = 0;
    let mut items = 0;
    for at in glue_points(line).chain(std::iter::once(line.len())) {
        if !is_chrome(&line[start..at]) {
            return false;
        }
        items += 1;
        start = at;
    }
    items >= 2
}

/// Whether `line` is three items or more of chrome written with spaces only, or two of one word
/// each (`Menu Search Newsletter Subscribe`, `Accept cookies Refuse Customize`, `Menu Search`):
/// read from the left, each item the longest run of one to three words that is a line of the
/// chrome dictionary or a banner's button. Most lines fail on their first word.
fn spaced_items(line: &str, is_chrome: &dyn Fn(&str) -> bool) -> bool {
    let words: Vec<&str> = line.split(' ').collect();
    if words.len() < 2 || words.len() > 12 {
        return false;
    }
    let item = |from: usize| {
        (1..=3).rev().find(|&n| {
            from + n <= words.len() && {
                let text = words[from..from + n].join(" ");
                is_chrome(&text) || n == 1 && with_lowercase(&text, |w| BUTTON_WORDS.contains(&w))
            }
        })
    };
    let (mut at, mut items) = (0, 0);
    while at < words.len() {
        let Some(n) = item(at) else {
            return false;
        };
        at += n;
        items += 1;
    }
    // (Two items when each is one word: `Menu Search`.)
    items >= 3 || items == words.len()
}

/// Whether `line` is a site's language picker: two or more languages, each its name in its own
/// language or a two-letter code, after an optional head (`English | Русский | Українська`,
/// `ΕλληνικάEnglish`, `EditionENESPTFR`, `LT EN RU`).
fn language_picker(line: &str) -> bool {
    // A translated picker says `Read in` before each language, or once before all of them
    // (`Read in Russian · Read in Armenian`, `Read in: English | Русский | ქართული`).
    if let Some(rest) = line.strip_prefix("Read in") {
        let mut languages = 0;
        let all_named = rest
            .split([' ', '|', '/', '·', '•', ',', ':'])
            .filter(|w| !w.is_empty() && !matches!(*w, "Read" | "in"))
            .all(|w| {
                languages += 1;
                LANGUAGE_NAMES.contains(&w) || READ_IN_LANGUAGES.contains(&w)
            });
        return line.len() <= 120 && all_named && languages >= 2;
    }
    // Most lines fail on their first letters, before any copy.
    let opens = |name: &&str| line.starts_with(name);
    let code_first = line.get(..2).is_some_and(|code| LANGUAGE_CODES.contains(&code));
    if line.len() > 120 || !(code_first || PICKER_HEADS.iter().any(opens) || LANGUAGE_NAMES.iter().any(opens)) {
        return false;
    }
    let spaced = unglued(line);
    let mut items = spaced
        .split([' ', '|', '/', '·', '•', ',', ':'])
        .filter(|w| !w.is_empty())
        .peekable();
    if items.peek().is_some_and(|w| PICKER_HEADS.contains(w)) {
        items.next();
    }
    let mut languages = 0;
    for item in items {
        let codes = item.len() % 2 == 0
            && item.len() >= 2
            && item
                .as_bytes()
                .chunks(2)
                .all(|pair| std::str::from_utf8(pair).is_ok_and(|code| LANGUAGE_CODES.contains(&code)));
        if codes {
            languages += item.len() / 2;
        } else if LANGUAGE_NAMES.contains(&item) {
            languages += 1;
        } else {
            return false;
        }
    }
    languages >= 2
}

/// Words as a reader sees them, counting a lost space (`RussiaThe`) as a boundary: the `words`
/// stage may restore it later, and a line must be judged the same before and after.
fn word_count(h: &str) -> usize {
    h.split_whitespace().count() + camel_steps(h).count()
}

/// Whether `line` tells the reader that the text was machine-translated (`Disclaimer: This story
/// has been translated from Hindi using machine translation…`, `Automatic translation. The text
/// has not been edited…`, `Das ist eine maschinelle Übersetzung eines Artikels…`): a mention of
/// machine translation and of the text itself, in a short paragraph. (An article about machine
/// translation names no text of its own: `DeepL, a machine translation company, …` stays.)
fn translation_notice(line: &str) -> bool {
    // Every phrase has one of these inside a word (`tRANSLation`, `ÜBERSETZung`, `tRADUction`,
    // `tRADOTTo`): most lines fail here, before any lower-casing.
    let stem = |s: &str| memchr::memmem::find(line.as_bytes(), s.as_bytes()).is_some();
    if line.len() > 400 || !(stem("ransl") || stem("bersetz") || stem("radu") || stem("radott")) {
        return false;
    }
    let lower = line.to_lowercase();
    // Or a credit alone, perhaps with the page's reading time (`Automatically translated from
    // French`, `Übersetzt aus dem Englischen · 2 Min. Lesezeit`): the source language is its one
    // word.
    let credit = || {
        let short = lower.split([' ', '·', '|']).filter(|w| !w.is_empty()).count() <= TRANSLATION_CREDIT_WORDS;
        let head = lower.split(['·', '|']).next().unwrap_or("").trim();
        let head = MACHINE_ADVERBS
            .iter()
            .find_map(|a| head.strip_prefix(a))
            .map_or(head, str::trim_start);
        short
            && TRANSLATED_FROM.iter().any(|p| {
                head.strip_prefix(p).is_some_and(|language| {
                    let language = language.trim_start();
                    !language.is_empty() && language.chars().all(char::is_alphabetic)
                })
            })
    };
    (MACHINE_TRANSLATION.iter().any(|p| lower.contains(p)) && TEXT_ITSELF.iter().any(|p| lower.contains(p))) || credit()
}

/// The most words of a translation credit with the page's stamps after it.
const TRANSLATION_CREDIT_WORDS: usize = 10;

/// Whether `word` is written in capitals, as labels are (a script without letter case, Arabic,
/// Urdu, Hindi, writes its labels as they are).
fn in_capitals(word: &str) -> bool {
    !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_uppercase() || !c.is_alphabetic() || caseless(c))
}

/// Keeps the document's first line when it opens with a label in sentence case (`Live updates:
/// Baltimore's Key Bridge collapses`): that is the article's own headline, not a promo for
/// another. Lines judged as other chrome before it (`Skip to content`) do not count, so a
/// second run, without them, keeps the same line.
pub fn headline_first(s: &str, ranges: &[Range<usize>], verdicts: &mut [Option<Verdict>]) {
    for (range, verdict) in ranges.iter().zip(verdicts.iter_mut()) {
        let line = s[range.clone()].trim();
        if line.is_empty() {
            continue;
        }
        let sentence_case_label = verdict.is_some_and(|v| v.rule == TEASER_LABEL)
            && !in_capitals(strip_bullet(line).0.split([' ', ':', '|']).next().unwrap_or(""));
        match verdict {
            Some(_) if sentence_case_label => {
                *verdict = None;
                return;
            }
            Some(_) => continue,
            None => return,
        }
    }
}

/// `s` without the pictographs and symbols that open it (`⚡️Subscribe …`, `👉 Subscribe …`), and
/// the spaces after them.
fn without_symbols(s: &str) -> &str {
    s.trim_start_matches(|c: char| {
        (c as u32 >= 0x2190 && !c.is_alphanumeric() && !"‘’“”„«»–—…".contains(c)) || "‼⁉ ".contains(c)
    })
}

/// A headline without the marker in capitals that says what the linked page holds (`[VIDEO]
/// Kuleba after the meeting: …`, `(FOTOS) …`).
fn without_media_marker(headline: &str) -> &str {
    let Some(close) = headline
        .strip_prefix(['[', '('])
        .and_then(|rest| rest.find([']', ')']).map(|i| i + 1))
    else {
        return headline;
    };
    let marker = &headline[1..close];
    match in_capitals(marker) && marker.chars().any(char::is_alphabetic) && marker.chars().count() <= 12 {
        true => headline[close + 1..].trim_start(),
        false => headline,
    }
}

/// Whether `c` is a letter of a script without letter case (Arabic, Devanagari, Chinese).
fn caseless(c: char) -> bool {
    c.is_alphabetic() && !c.is_uppercase() && !c.is_lowercase()
}

/// Whether `h` reads like a headline: starts with a capital (or a letter without case), a digit
/// or a quote, 2-30 words, one sentence, or two when no full stop ends it (a headline and its
/// kicker, as Polish, Czech and Russian sites write them: `Sparta fans will pay again. The
/// commission punished …`).
fn headline_like(h: &str) -> bool {
    let Some(first) = h.chars().next() else { return false };
    let words = word_count(h);
    let opens = first.is_uppercase() || caseless(first) || first.is_ascii_digit() || "“\"‘'«¿¡„".contains(first);
    // A second sentence inside (". The") means running text, not a headline.
    let inner_sentences = h
        .trim_end_matches(['.', '!', '?'])
        .match_indices(". ")
        .filter(|&(i, _)| {
            h[i + 2..].chars().next().is_some_and(char::is_uppercase) && !h[..i].ends_with(|c: char| c.is_uppercase())
        })
        .count();
    let kicker = inner_sentences == 1 && !h.ends_with('.');
    opens && (2..=30).contains(&words) && h.chars().count() <= 220 && (inner_sentences == 0 || kicker)
}

/// The most capitalized words of a `Source: X` credit (`Fuerza Aérea de las Fuerzas Armadas de
/// Ucrania` has five).
const SOURCE_WORDS: usize = 6;

/// One to `max` capitalized words (connectors between them allowed), split on spaces and `/`.
fn is_credit(rest: &str, max: usize) -> bool {
    // A lower-case agency with a slash makes its neighbours' short codes agencies too (`sn/dpa`,
    // `afp/dpa`).
    let with_agency = rest.contains('/') && rest.split(['/', ' ']).any(|w| LOWERCASE_CREDITS.contains(&w));
    let mut count = 0;
    for word in rest.split([' ', '/', ',']).filter(|w| !w.is_empty()) {
        if CONNECTORS.contains(&word) {
            continue;
        }
        let first = word.chars().next().unwrap_or(' ');
        let lowercase_credit = word
            .split('-')
            .next()
            .is_some_and(|w| LOWERCASE_CREDITS.contains(&w) || CREDIT_WORDS.contains(&w));
        let agency_code = with_agency && word.len() <= 3 && word.bytes().all(|b| b.is_ascii_lowercase());
        if !(first.is_uppercase() || first.is_ascii_digit() || lowercase_credit || agency_code) {
            return false;
        }
        count += 1;
    }
    (1..=max).contains(&count)
}

/// Whether `credit`, after a credit's prefix, reads as one: six words at most, or parts of six
/// words at most between slashes (`Kryvyi Rih City Military Administration / Serhii MAZUR`).
fn credit_parts(credit: &str) -> bool {
    is_credit(credit, 6)
        || credit.contains('/')
            && credit.split('/').count() <= 3
            && credit.split('/').all(|part| is_credit(part.trim(), 6))
}

/// A domain name as a site writes its own name, its top-level domain capitalized too
/// (`Gazeta.Ru`, `Newsglobe24.com`).
fn is_site_name(s: &str) -> bool {
    let cased = |tld: &str| is_title(tld) || !s.chars().any(char::is_lowercase);
    is_domain(s)
        || s.rsplit_once('.')
            .is_some_and(|(_, tld)| cased(tld) && with_lowercase(tld, |t| TOP_LEVEL_DOMAINS.contains(&t)))
            && is_domain(&s.to_lowercase())
}

/// The rest of a line after the site's domain that opens it (`Strana.ua news on the topic:` →
/// `news on the topic:`), if one does. Most lines have no dot in their first word: decided first.
fn after_site_domain(line: &str) -> Option<&str> {
    let (first, rest) = line.split_once(' ')?;
    (first.contains('.') && is_site_name(first) && !rest.is_empty()).then_some(rest)
}

/// A domain name like `elcomercio.pe` or `Argumentum.al`.
fn is_domain(s: &str) -> bool {
    let Some((name, tld)) = s.rsplit_once('.') else {
        return false;
    };
    !name.is_empty()
        && (2..=6).contains(&tld.len())
        && tld.chars().all(|c| c.is_ascii_lowercase())
        && name.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '.')
}

/// Whether the rest of a share/follow prompt names networks and nothing else.
fn names_networks(rest: &str) -> bool {
    let words: Vec<&str> = rest.split([' ', ',', '/', '|']).filter(|w| !w.is_empty()).collect();
    words.iter().any(|w| NETWORKS.contains(w))
        && words
            .iter()
            .all(|w| NETWORKS.contains(w) || NETWORK_FILLERS.contains(w) || w.chars().count() <= 3)
}

/// Whether `line` is an air-raid alert from a channel's feed (`🔴 AIR ALERT in Sumy region! 06:09`,
/// `⚡️ 07:55 All clear in Sumy region`): a pictograph first, then a `body` of a few words naming
/// an alert, its end or the shelters ([`ALERT_PHRASES`]). Without the pictograph it may be the
/// article's own sentence or heading.
fn alert_ticker(line: &str, body: &str) -> bool {
    if body.len() == line.len() || body.split_whitespace().nth(ALERT_WORDS).is_some() {
        return false;
    }
    let lower = body.to_lowercase();
    ALERT_PHRASES.iter().any(|p| lower.contains(p))
}

/// Whether `line` is what a screen reader announces around a site's list of links, scraped with it
/// (`list of 2 items`, `list 1 of 2`; `end of list` is in the chrome dictionary).
fn list_announcement(line: &str) -> bool {
    let Some(rest) = line.strip_prefix("list ") else {
        return false;
    };
    let number = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
    match rest.split(' ').collect::<Vec<_>>()[..] {
        ["of", n, "items" | "item"] => number(n),
        [a, "of", b] => number(a) && number(b),
        _ => false,
    }
}

/// The most words of an alert from a channel's feed.
const ALERT_WORDS: usize = 14;

/// The most words of a note that the article goes on past an embed.
const CONTINUATION_MAX_WORDS: usize = 10;

/// Whether `line` says that the article goes on past a video or an advertisement that scraping
/// dropped, in any wording (`The rest of the article is below the video`, `Der Artikel geht nach
/// der Anzeige weiter`, `La suite après la publicité`): a short line with a word of going on and
/// one of place with the embed right after it, and no sentence's full stop.
fn continuation_notice(line: &str) -> bool {
    // Most lines are too long or end a sentence: decided before any word is read.
    let short = line.len() <= 100 && line.split(' ').nth(CONTINUATION_MAX_WORDS).is_none();
    if !short || line.ends_with('.') && line.split(' ').nth(5).is_some() {
        return false;
    }
    // The embed within three words after the place (`after the ad`; not `The ad campaign
    // continues after the election`): counted from the last place word read, in one pass, each
    // word lower-cased on the stack.
    let (mut going_on, mut place_of_embed) = (false, false);
    let mut since_place: Option<usize> = None;
    for word in line
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
    {
        with_lowercase(word, |w| {
            going_on |= GOING_ON_WORDS.contains(&w);
            place_of_embed |= since_place.is_some_and(|n| n < 3) && EMBED_WORDS.contains(&w);
            since_place = if CONTINUATION_PLACES.contains(&w) {
                Some(0)
            } else {
                since_place.map(|n| n + 1)
            };
        });
    }
    going_on && place_of_embed
}

/// Whether `line` is a cookie banner however it opens (`Orange et ses partenaires utilisent des
/// cookies … Tout accepter | Tout refuser | Paramétrer`): it names cookies and ends in a row of
/// two buttons or more between ` | `, each of five words at most, one of which a button says, or
/// in one such button after the notice's last sentence (`… Accept and close`).
fn cookie_banner(line: &str) -> bool {
    if line.len() > 600 || !names_cookies(line) {
        return false;
    }
    let lower = line.to_lowercase();
    // Or it opens with the site that uses them (`LRT.lt uses cookies to make the website work …`),
    // where no one reports it (`Meta uses cookies …, the company said` is the article's).
    let site_uses = line.starts_with(char::is_uppercase)
        && lower
            .split_once(" uses cookies ")
            .is_some_and(|(site, _)| (1..=3).contains(&site.split(' ').count()))
        && !reports_speech(&lower);
    if site_uses {
        return true;
    }
    // The buttons follow the notice's last sentence: two or more between ` | `, or one alone
    // (`… adapted to your interests. Accept and close`).
    let row = lower.rsplit(['.', '!', '?']).next().unwrap_or("");
    let buttons: Vec<&str> = row.split(" | ").map(str::trim).collect();
    let one_button = buttons.len() == 1 && row.len() < lower.len() && row.split_whitespace().count() <= 4;
    (buttons.len() >= 2 || one_button)
        && buttons.iter().all(|b| {
            let words = b.split_whitespace().count();
            (1..=5).contains(&words) && b.split_whitespace().any(|w| BUTTON_WORDS.contains(&w))
        })
}

/// Whether `text` has a word that reports speech ([`REPORTING_VERBS`]: `said`, `sagte`): a
/// sentence of the article, not the site's notice.
fn reports_speech(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .any(|w| with_lowercase(w, |w| REPORTING_VERBS.contains(&w)))
}

/// Whether `line` is the head of a reader's comment: the writer's name, one to three capitalized
/// words or initials, and how long ago it was posted (`Gary W. · 14h`, `Anna K. · 2 days ago`).
fn comment_head(line: &str) -> bool {
    if line.len() > COMMENT_HEAD_BYTES {
        return false;
    }
    let Some((name, age)) = line.split_once(" · ") else {
        return false;
    };
    let named = (1..=3).contains(&name.split(' ').count())
        && name
            .split(' ')
            .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '.' || c == '-'));
    let digits = age.bytes().take_while(u8::is_ascii_digit).count();
    let ago = matches!(
        &age[digits..],
        "h" | "m"
            | "d"
            | "w"
            | "min"
            | " min"
            | " h"
            | " hours ago"
            | " hour ago"
            | " minutes ago"
            | " days ago"
            | " day ago"
    );
    named && digits > 0 && ago
}

/// The longest line read as a comment's head, in bytes.
const COMMENT_HEAD_BYTES: usize = 60;

/// Whether a line is a row of share buttons: network names and nothing else, two platforms at
/// least (`Facebook Telegram Viber X`; not `Social media`), one among two buttons or more that
/// say what they do, or three such buttons alone. Most lines fail on their first word. The
/// site's domain may close the row after a slash, as its attribution closes a paragraph
/// (`Teilen: Facebook Twitter WhatsApp / Ukrinform.de`).
fn network_row(line: &str) -> bool {
    // (A button's icon is no word: `👍 Like 💬 Comment ↗ Share`.)
    let icon = |w: &str| !w.chars().any(char::is_alphanumeric);
    let first = line
        .split([' ', ',', '/', '|', '·'])
        .find(|w| !icon(w))
        .unwrap_or("")
        .trim_end_matches(':');
    if line.len() > 120 || !with_lowercase(first, |w| NETWORKS.contains(&w) || NETWORK_FILLERS.contains(&w)) {
        return false;
    }
    let line = match line.rsplit_once(" / ") {
        Some((row, site)) if is_site_name(site.trim()) => row,
        _ => line,
    };
    let lower = line.to_lowercase();
    let words = || {
        lower
            .split([' ', ',', '/', '|', '·'])
            .map(|w| w.trim_end_matches(':'))
            .filter(|w| !icon(w))
    };
    let platforms = words()
        .filter(|w| NETWORKS.contains(w) && !GENERIC_NETWORK_WORDS.contains(w))
        .count();
    // Or one platform or none among buttons that say what they do, each its own (`Partilhar no
    // Facebook Partilhar no X Partilhar por e-mail`): two with a second network's word, or three
    // (`Share Tweet Send via WhatsApp`, `Share Tweet Send`).
    let fillers = || words().filter(|w| NETWORK_FILLERS.contains(w)).count();
    let buttons = || match platforms {
        1 => fillers() >= 3 || fillers() >= 2 && words().filter(|w| NETWORKS.contains(w)).count() >= 2,
        _ => fillers() >= 3,
    };
    (platforms >= 2 || buttons())
        && words().all(|w| NETWORKS.contains(&w) || NETWORK_FILLERS.contains(&w) || ROW_LINKS.contains(&w))
}

/// Whether `line` is a row of a page's hashtags (`#TrumpPutin #summit #Alaska #Ukraine`,
/// `#North Korean troops #Ukraine #NIS`): it opens with one, names at least [`HASHTAG_ROW_TAGS`],
/// and no tag runs on longer than a short name (a sentence is no tag).
fn hashtag_row(line: &str) -> bool {
    if !line.starts_with('#') {
        return false;
    }
    let mut tags = line.split('#').skip(1);
    tags.clone().nth(HASHTAG_ROW_TAGS - 1).is_some()
        && tags.all(|tag| tag.starts_with(char::is_alphabetic) && tag.split_whitespace().count() <= HASHTAG_WORDS)
}

/// Whether `line` is a newsletter box's title alone (`Newsletter Monde`, `Newsletter Ukraine
/// Daily`): the word, then one to [`SITE_NAME_WORDS`] capitalized words, nothing else.
fn newsletter_title(line: &str) -> bool {
    let mut words = line.split(' ');
    words
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("newsletter") || w.eq_ignore_ascii_case("newsletters"))
        && {
            let rest: Vec<&str> = words.collect();
            (1..=SITE_NAME_WORDS).contains(&rest.len())
                && rest
                    .iter()
                    .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphanumeric() || c == '-'))
        }
}

/// The fewest tags of a row of hashtags.
const HASHTAG_ROW_TAGS: usize = 3;

/// The most words of one hashtag written with spaces (`#prisoners of war`).
const HASHTAG_WORDS: usize = 3;

/// Whether a line (no more than [`PROMPT_WORDS`]) asks the reader to subscribe, follow, join or
/// read on a channel, or to report a typo with Ctrl+Enter: chrome in any wording, which no list
/// of lines could hold. A quotation or a report of speech is an article's own text.
fn reader_prompt(line: &str) -> bool {
    // Most lines fail on their first word or have no `Ctrl`: decided before any lower-casing.
    // A short lead clause may come first (`For more news, download the app`).
    // A longer one before a call that names its channel (`To keep up with the important news
    // of the region, subscribe to our Telegram channel`).
    let leads = with_lowercase(line.split(' ').next().unwrap_or(""), |w| PROMPT_LEADS.contains(&w));
    let names_channel = |rest: &str| rest.split([' ', '.', '!']).take(CHANNEL_WORDS).any(is_channel);
    let call_at = match line.split_once(", ").filter(|_| leads) {
        Some((lead, rest)) => {
            let words = lead.split(' ').count();
            match words <= 4 || words <= LONG_LEAD_WORDS && names_channel(rest) {
                true => rest,
                false => line,
            }
        }
        None => line,
    };
    // German puts the call last, in a clause that opens with `jetzt` or `hier` (`Newsletter
    // „Leipzig am Abend“ – jetzt kostenlos abonnieren`; not `Leser können ihn ab Montag
    // abonnieren.`).
    // Or a newsletter box's button ends it (`… d'essais. Je m'inscris`).
    let ends_with_call = || {
        let line = line.trim_end_matches(['!', ' ']);
        // Most lines fail on their last word, before the clause is looked for.
        let last = line.rsplit(' ').next().unwrap_or("");
        let last_clause = |marks: &[char]| line.rsplit(marks).next().unwrap_or("").trim_start();
        // A button's last word, after any apostrophe, ends a button (checked first: most lines
        // fail on it), and the whole clause is one.
        let tail = last.rsplit(['\'', '’']).next().unwrap_or("");
        let button = || {
            tail.len() <= 16 && with_lowercase(tail, |t| FINAL_BUTTONS.iter().any(|b| b.ends_with(t))) && {
                let clause = last_clause(&['–', '—', ':', '|', '.', '?'])
                    .trim_end()
                    .replace('’', "'");
                with_lowercase(&clause, |c| FINAL_BUTTONS.contains(&c))
            }
        };
        button()
            || GERMAN_FINAL_CALLS.contains(&last) && {
                // (Or in a sentence of its own: `… in Ihrem Postfach. Jetzt bestellen`.)
                let clause = last_clause(&['–', '—', ':', '|', '.']);
                with_lowercase(clause.split(' ').next().unwrap_or(""), |w| {
                    matches!(w, "jetzt" | "hier")
                })
            }
    };
    // The call opens the line, or follows the channel (`Newsletter abonnieren – …`).
    let opens_with_call = |text: &str| {
        let mut words_ahead = text.split([' ', ',', ':', '!']).filter(|w| !w.is_empty());
        let (first, second) = (words_ahead.next().unwrap_or(""), words_ahead.next().unwrap_or(""));
        (first.len() <= CALL_BYTES && with_lowercase(first, |w| CALL_VERBS.contains(&w)))
            || (first.len() <= CALL_BYTES
                && second.len() <= CALL_BYTES
                && is_channel(first)
                && with_lowercase(second, |w| CALL_VERBS.contains(&w)))
    };
    // In a short line the call may open a later sentence or follow a colon, as an imperative
    // addressed to the reader (`Do you have news? Write to our bot`, `… the main thing.
    // Subscribe!`, `… is on Telegram. Subscribe so as not to miss …`, `TASS in Telegram:
    // subscribe`; not `… an app. Download numbers rose`).
    // Or the channel comes within five words, in any language (`Vous avez aimé cet article ?
    // Inscrivez-vous à notre newsletter Monde`, `Sign up for Meduza’s daily newsletter`).
    // A comma after the verb closes the call (`UNIAN news on Telegram: subscribe, only verified
    // information`).
    // (`You can subscribe here` asks the same.)
    let imperative = |sentence: &str| {
        let sentence = sentence.strip_prefix("You can ").unwrap_or(sentence);
        let mut words = sentence.split([' ', '!']).filter(|w| !w.is_empty());
        let verb = words.next().unwrap_or("");
        let (verb, closed) = verb.strip_suffix(',').map_or((verb, false), |verb| (verb, true));
        let to_channel = || words.clone().take(CHANNEL_WORDS).any(is_channel);
        verb.len() <= CALL_BYTES
            && with_lowercase(verb, |w| CALL_VERBS.contains(&w))
            && (closed
                || to_channel()
                || words.next().is_none_or(|next| {
                    matches!(next.trim_end_matches('.'), "to" | "us" | "our" | "now" | "so" | "and" | "here")
                    // The site's name, last (`Every donation counts — support Meduza`).
                    || next.starts_with(char::is_uppercase) && words.next().is_none()
                }))
    };
    // A pointer to more news on a channel needs no verb, in a short line (`More news on our
    // Telegram channel`, `Mehr Nachrichten im Telegram-Kanal von RBK-Ukraina`).
    // (Looked for only where no call opens the line: most lines are judged by their first word.)
    let opens = opens_with_call(call_at);
    let news_lead = !opens
        && NEWS_LEADS.iter().any(|lead| {
            line.get(..lead.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(lead))
                && line[lead.len()..].starts_with(' ')
        });
    // A German call may open the line after `jetzt` or `hier` (`Jetzt spenden – Meduza braucht
    // Ihre Hilfe`); a channel may open it as a label before a sentence (`Newsletter: Die
    // wichtigsten Nachrichten … in Ihr Postfach`; not a contact's `E-mail: press@…`).
    let opening_call = || {
        let mut words = line.split([' ', ':', '!']).filter(|w| !w.is_empty());
        let (first, second) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
        matches!(first, "Jetzt" | "jetzt" | "Hier" | "hier") && GERMAN_FINAL_CALLS.contains(&second)
            || line.split_once(':').is_some_and(|(label, rest)| {
                // (The channel may carry the site's name: `Newsletter Ouest-France : recevez …`.)
                let mut label_words = label.split_whitespace();
                let channel = label_words.next().unwrap_or("");
                let site = label_words
                    .clone()
                    .next()
                    .is_none_or(|w| w.starts_with(char::is_uppercase))
                    && label_words.count() <= SITE_NAME_WORDS;
                is_channel(channel) && site && rest.split_whitespace().nth(LABELLED_CALL_WORDS - 1).is_some()
            })
    };
    // A pointer to the site's own channel needs no verb in a short line either (`Only verified
    // information - in our Telegram channel RBC-Ukraine and in Viber`), nor does the news that
    // the site is on a network (`Ukrainska Pravda is now on Threads`).
    let own_channel = || {
        line.len() <= SHORT_PROMPT_BYTES && {
            // (The channel next, or after its name: `our Telegram channel`; not `our weekly
            // podcast`, which an article describes.) Most words fail on their first letter.
            let own = |w: &str| {
                w.starts_with(['o', 'O', 'n', 'N', 'u', 'U']) && with_lowercase(w, |w| OWN_WORDS.contains(&w))
            };
            let mut words = line.split([' ', ',', ':']).filter(|w| !w.is_empty());
            std::iter::from_fn(|| words.next().map(|w| (w, words.clone()))).any(|(w, mut after)| {
                own(w)
                    && match after.next() {
                        Some(next) if is_channel(next) => true,
                        Some(next) => next.starts_with(char::is_uppercase) && after.next().is_some_and(is_channel),
                        None => false,
                    }
            })
        }
    };
    let now_on = || {
        line.len() <= SHORT_PROMPT_BYTES
            && line
                .trim_end_matches(['.', '!'])
                .rsplit_once(" is now on ")
                .is_some_and(|(_, network)| is_channel(network))
    };
    // A newsletter's pitch that says where it lands (`The most important news from Russia, in
    // your inbox every weekday`, `… sent straight to your inbox every morning`). (Most lines have
    // no `inbox`: decided before lower-casing.)
    let inbox = line.len() <= INBOX_PITCH_BYTES && (line.contains("inbox") || line.contains("Inbox")) && {
        let lower = line.to_lowercase();
        lower.contains("in your inbox") || lower.contains("to your inbox")
    };
    // A call whose object is the site's name alone (`Support Meduza`, `Subscribe Estadão`,
    // `Support Kyiv Post | Subscribe`; not a country's, `Support Ukraine`). (Most lines fail on
    // their first word.)
    let site_call = line.len() <= SHORT_PROMPT_BYTES && {
        let mut words = line.split([' ', '|']).filter(|w| !w.is_empty());
        let verb = words.next().unwrap_or("");
        verb.len() <= CALL_BYTES && with_lowercase(verb, |v| SITE_CALLS.contains(&v)) && {
            let rest: Vec<&str> = words.collect();
            (1..=SITE_NAME_WORDS + 1).contains(&rest.len())
                && rest.iter().all(|w| {
                    w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '.')
                })
                && !rest.iter().any(|w| is_gazetteer_name(w))
        }
    };
    let call = opens
        || news_lead
        || inbox
        || site_call
        || own_channel()
        || now_on()
        || opening_call()
        || ends_with_call()
        || (line.len() <= SHORT_PROMPT_BYTES
            && line.match_indices(['.', '?', '!', '–', '—', ':']).any(|(at, mark)| {
                let rest = &line[at + mark.len()..];
                rest.starts_with(' ') && imperative(rest.trim_start())
            }));
    // (`Strg` is the German key.)
    let ctrl = line.contains('+')
        && ["Ctrl", "CTRL", "ctrl", "Strg", "STRG"]
            .iter()
            .any(|c| line.contains(c));
    if !(call || ctrl) {
        return false;
    }
    // Read as the `words` stage will leave it: a lost space before a capital put back
    // (`amTwitter`), so that the line is judged the same before and after.
    let mut lower = String::with_capacity(line.len() + 8);
    let mut after_lower = false;
    for c in line.chars() {
        if after_lower && c.is_uppercase() {
            lower.push(' ');
        }
        after_lower = c.is_lowercase();
        lower.extend(c.to_lowercase());
    }
    // A link is one word, whatever its parts (`https://www.whatsapp.com/channel/…`).
    let words: Vec<&str> = lower
        .split_whitespace()
        .filter(|token| !token.contains("://") && !token.starts_with("www."))
        .flat_map(|token| token.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '+')))
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() > if news_lead { PROMPT_PLAIN_WORDS } else { PROMPT_WORDS }
        || line.starts_with(['“', '”', '"', '«', '»', '„'])
        || words.iter().any(|w| REPORTING_VERBS.contains(w))
    {
        return false;
    }
    // The Enter key in the reader's language (`Ctrl+Entrée`, `Strg+Enter`, `Ctrl+Invio`).
    let typo_report = words.iter().any(|w| {
        w.strip_prefix("ctrl+")
            .or_else(|| w.strip_prefix("strg+"))
            .is_some_and(|key| ENTER_KEYS.contains(&key))
    }) || lower.contains("ctrl + enter");
    // A long line is a prompt only when it speaks to the reader or of the site's own channel
    // (`… on our Telegram channel`): `Read out over the loudspeakers, the names …` and `Watch how
    // the pilot works: the ministry posted a video on its channel` are the article's.
    // (`Subscribe`, `Follow`, `Join` call whatever follows; `Read`, `Watch`, `Listen` are also
    // the words of a sentence.)
    let plain_verb = words.first().is_some_and(|w| !DESCRIPTIVE_CALLS.contains(w));
    let addressed = plain_verb || words.len() <= PROMPT_PLAIN_WORDS || words.iter().any(|w| READER_WORDS.contains(w));
    // A channel may be part of a compound (`Telegram-Kanal`).
    let channel = || {
        words
            .iter()
            .any(|w| CHANNELS.contains(w) || w.split('-').any(|part| CHANNELS.contains(&part)))
    };
    // The site's work is what the reader is asked to support where the call names the site or
    // speaks to the reader (`Support Telex! Independent journalism …`, `Support PREMIUM TIMES'
    // journalism`; not `Support for local journalism fell`).
    let site_work = || {
        let object = call_at.split(' ').nth(1).unwrap_or("");
        (object.starts_with(char::is_uppercase) || with_lowercase(object, |w| READER_WORDS.contains(&w)))
            && words.iter().any(|w| SUPPORTED_WORK.contains(w))
    };
    // A newsletter's pitch names when it comes, not the channel (`Receive every morning the most
    // important economic news`, `Recevez chaque matin l'essentiel de l'actualité`).
    let delivered =
        || words.first().is_some_and(|w| RECEIVE_VERBS.contains(w)) && words.iter().any(|w| DELIVERY_TIMES.contains(w));
    typo_report || inbox || site_call || (call && addressed && (channel() || site_work() || delivered()))
}

/// Whether `line` is a news agency's name and numbers only, the debris of an image's caption
/// (`RIA Novosti, 1920, 17.02.2024`: the agency, the picture's width, the date). A place before
/// a date is a dateline, which stays (`Kyiv, 24 February 2022`).
fn agency_stamp(line: &str, dict: &ArtifactDict) -> bool {
    let Some((agency, rest)) = line.split_once(", ") else {
        return false;
    };
    line.len() <= 60
        && !agency.is_empty()
        && agency.split(' ').all(|w| dict.is_agency(w))
        && rest
            .split([',', ' ', '.'])
            .all(|w| w.bytes().all(|b| b.is_ascii_digit()))
        && rest.bytes().any(|b| b.is_ascii_digit())
}

/// A notice telling readers where the site is blocked how to reach it (`If meduza.io does not open
/// for you, use our mirror or a VPN`, `Kloop is blocked in Kyrgyzstan. To keep reading us, use a
/// VPN`): a VPN or a mirror, the block, and a call to use one that opens a clause (`Russians
/// increasingly use VPNs to reach blocked sites` is the article's).
fn circumvention_notice(line: &str) -> bool {
    if line.len() > 300 || !(line.contains("VPN") || line.contains("mirror")) {
        return false;
    }
    let blocked = ["blocked", "does not open", "doesn't open", "not available"]
        .iter()
        .any(|b| line.contains(b));
    let call = ["use ", "Use ", "download ", "Download "].iter().any(|verb| {
        line.match_indices(verb).any(|(at, _)| {
            let before = line[..at].trim_end();
            before.is_empty() || before.ends_with([',', '.', ':', '—', '–'])
        })
    });
    blocked && call
}

/// The fewest words after a channel's label that make a prompt of it (`Newsletter: Die
/// wichtigsten Nachrichten …`), not a contact's address.
const LABELLED_CALL_WORDS: usize = 4;

/// The most words of a site's name after a channel's label (`Newsletter Ouest-France :`).
const SITE_NAME_WORDS: usize = 3;

/// The longest prompt that need not address the reader (`Download the app`), in words.
const PROMPT_PLAIN_WORDS: usize = 12;

/// The longest word read as a call or a channel, in bytes (`подписывайтесь` has 28).
const CALL_BYTES: usize = 40;

/// Whether `w`, in any letter case, names a channel a reader is called to ([`CHANNELS`]).
fn is_channel(w: &str) -> bool {
    w.len() <= CALL_BYTES && with_lowercase(w, |w| CHANNELS.contains(&w))
}

/// The longest line read as a newsletter's pitch for the inbox, in bytes.
const INBOX_PITCH_BYTES: usize = 120;

/// How far after a call its channel may come (`Support the editorial office by card or via
/// Patreon`).
const CHANNEL_WORDS: usize = 8;

/// The most words of a lead clause before a call that names its channel.
const LONG_LEAD_WORDS: usize = 10;

/// The longest line whose later sentences are read for a call to the reader, in bytes.
const SHORT_PROMPT_BYTES: usize = 160;

/// The longest reader prompt, in words.
const PROMPT_WORDS: usize = 40;

/// Whether the rest of a cookie notice after its opening words speaks to the reader or offers a
/// button (or is empty: the opening words alone are the notice's title).
fn cookie_notice(rest: &str) -> bool {
    let mut words = rest
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .peekable();
    words.peek().is_none() || words.any(|w| COOKIE_CONSENT.contains(&w))
}

/// Whether `body` opens with a teaser label that names the site (`ALSO ON LSM: Baltic Defence
/// Line: …`): a listed head, the site's name in one to three words in capitals, a colon and a
/// headline.
fn site_label(body: &str) -> bool {
    SITE_LABEL_HEADS.iter().any(|head| {
        body.strip_prefix(head)
            .and_then(|rest| rest.strip_prefix(' '))
            .and_then(|rest| rest.split_once(':'))
            .is_some_and(|(site, headline)| {
                let words = site.split(' ').count();
                (1..=3).contains(&words)
                    && site
                        .split(' ')
                        .all(|w| in_capitals(w) && w.chars().any(char::is_alphabetic))
                    && headline_like(headline.trim())
            })
    })
}

/// The verdict on a line whose `body` opens with a teaser label of any language, whatever the
/// text's (see `ArtifactDict`): the upper-case label, the separator and the headline shape carry
/// the precision. A label of two words or more may be written in sentence case too (`Read
/// also:`); one word must be in capitals (`Look: the numbers speak` is a sentence), unless no
/// sentence opens with it and a colon (`Video: So reagierten die Parteizentralen`, `Related: Xi
/// holds phone call with Ukrainian president`).
fn teaser_label(body: &str, caps_start: bool, dict: &ArtifactDict) -> Option<Verdict> {
    // The line's head in capitals, once: what a label in sentence case is compared with.
    let upper_head = (!caps_start).then(|| {
        let end = body
            .char_indices()
            .nth(dict.longest_label())
            .map_or(body.len(), |(i, _)| i);
        body[..end].to_uppercase()
    });
    let first = upper_head
        .as_deref()
        .unwrap_or(body)
        .as_bytes()
        .first()
        .copied()
        .unwrap_or(0);
    if caps_start && site_label(body) {
        return verdict(TEASER_LABEL, EditKind::Teaser, 0.85);
    }
    for label in dict.labels_starting(first) {
        let rest = match &upper_head {
            None => body.strip_prefix(label),
            Some(upper) => ((label.contains(' ') || SENTENCE_CASE_LABELS.contains(&label)) && upper.starts_with(label))
                .then(|| body.get(..label.len()).filter(|head| head.to_uppercase() == *label))
                .flatten()
                .map(|_| &body[label.len()..]),
        };
        let Some(rest) = rest else { continue };
        // A label of two words or more in capitals alone on its line heads a list of
        // headlines (`MORE ON THE SUBJECT`, then bullets): see [`headline_lists`].
        if caps_start && label.contains(' ') && rest.trim().is_empty() {
            return verdict(TEASER_LABEL, EditKind::Teaser, 0.85);
        }
        let rest_spaced = rest.starts_with(' ');
        let rest = rest.trim_start();
        // A label of two words or more in capitals may lose its colon (`LEGGI ANCHE Lviv,
        // the city that …`): the headline after it opens with a capital.
        if caps_start
            && label.contains(' ')
            && rest_spaced
            && rest.starts_with(char::is_uppercase)
            && !in_capitals(rest.split(' ').next().unwrap_or(""))
            && headline_like(rest.trim())
        {
            return verdict(TEASER_LABEL, EditKind::Teaser, 0.85);
        }
        // (A label in capitals may take a dash for its colon: `TO READ ALSO - War in Ukraine: …`.)
        let dashed = || {
            rest.strip_prefix(['-', '–', '—'])
                .filter(|headline| caps_start && rest_spaced && headline.starts_with(' '))
        };
        // (Or a full stop, a label of two words or more in capitals: `LIRE AUSSI. Guerre en
        // Ukraine : …`.)
        let stopped = || {
            rest.strip_prefix('.')
                .filter(|headline| caps_start && label.contains(' ') && !rest_spaced && headline.starts_with(' '))
        };
        if let Some(headline) = rest.strip_prefix([':', '|']).or_else(dashed).or_else(stopped) {
            // A label alone in capitals heads a list of headlines on the lines after it
            // (`READ TOO:`, then bullets): see [`headline_lists`].
            let heading = caps_start && headline.trim().is_empty();
            // A credit after the label is chrome (`PHOTO: Sergei SUPINSKY / AFP`), not a teaser.
            let credit =
                || is_credit(headline.trim(), 6) && headline.split(['/', ' ', ',']).any(|w| dict.is_agency(w.trim()));
            if heading || headline_like(without_media_marker(headline.trim())) && !credit() {
                return verdict(TEASER_LABEL, EditKind::Teaser, 0.9);
            }
        }
    }
    None
}

/// `body` without the first filler of its head in capitals ([`LABEL_FILLERS`]: `ALSO`, `AUCH`,
/// `EARLIER` …), within a label's length of its start; `None` without one.
fn without_filler(body: &str, longest_label: usize) -> Option<String> {
    let head_end = body.char_indices().nth(longest_label).map_or(body.len(), |(i, _)| i);
    let head = &body[..head_end];
    let head = &head[..head.find([':', '|']).unwrap_or(head.len())];
    let (at, word) = head
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .find(|(_, w)| LABEL_FILLERS.contains(w))?;
    // With the space after it, or before it where it ends the head (`CHECK ALSO:`).
    let cut = if at + word.len() == head.len() && at > 0 {
        at - 1..at + word.len()
    } else {
        at..(at + word.len() + 1).min(body.len())
    };
    Some(format!("{}{}", &body[..cut.start], &body[cut.end..]))
}

/// Judges one line on its own.
pub fn classify(line: &str, dict: &ArtifactDict, on: impl Fn(&str) -> bool) -> Option<Verdict> {
    judge_line(line, dict, &on)
}

/// [`classify`], with the switch as one type, so that a line can be judged again inside it.
fn judge_line(line: &str, dict: &ArtifactDict, on: &dyn Fn(&str) -> bool) -> Option<Verdict> {
    let trimmed = line.trim();
    if trimmed.is_empty() {
        return None;
    }
    // A labelled credit in parentheses is judged as it would be without them (`(Foto: Reuters)`
    // under a caption). (An agency's name alone there signs a wire story: `(EFE)`.)
    if let Some(inner) = trimmed.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
        if inner.contains(':') && !inner.contains(['(', ')']) {
            if let Some(verdict) = judge_line(inner, dict, on) {
                return Some(verdict);
            }
        }
    }
    let body = without_symbols(strip_bullet(trimmed).0);
    let mut head_words = body.split([' ', ':', '|']);
    let first_word = head_words.next().unwrap_or("");
    // A word of one letter is in capitals in sentence case too (`À lire aussi :`): the word after
    // it tells.
    let caps_start = in_capitals(first_word)
        && (first_word.chars().nth(1).is_some() || head_words.next().is_none_or(|w| w.is_empty() || in_capitals(w)));
    let title_start = first_word.chars().next().is_some_and(char::is_uppercase);
    if on(TEASER_LABEL) && (caps_start || title_start) {
        if let Some(v) = teaser_label(body, caps_start, dict) {
            return Some(v);
        }
        // A label in capitals with a filler the list does not write (`ALSO CHECK:`, `THIS MAY
        // ALSO INTEREST YOU:`, `EARLIER ON THE TOPIC:`) is the label without it.
        if caps_start {
            if let Some(v) = without_filler(body, dict.longest_label()).and_then(|b| teaser_label(&b, true, dict)) {
                return Some(v);
            }
        }
    }
    let pictographed = without_symbols(trimmed);
    if trimmed.len() <= 400 {
        if let Some(v) = dictionary_chrome(&chrome_form(trimmed), dict, &on) {
            return Some(v);
        }
        // After the pictographs a channel's post opens with (`📷 Photo: …`).
        if pictographed.len() < trimmed.len() && pictographed.starts_with(char::is_alphabetic) {
            if let Some(v) = dictionary_chrome(&chrome_form(pictographed), dict, &on) {
                return Some(v);
            }
        }
    }
    // A heading of other articles after the site's domain (`Strana.ua news on the topic:`).
    if let Some(rest) = after_site_domain(trimmed).filter(|_| on(CHROME_PHRASE)) {
        match dict.line_category(&chrome_form(rest).to_lowercase()) {
            Some("related") => return verdict(CHROME_PHRASE, EditKind::Teaser, 0.85),
            Some("popular") => return verdict(CHROME_PHRASE, EditKind::Boilerplate, 0.85),
            _ => {}
        }
    }
    if on(CHROME_PHRASE)
        && (alert_ticker(trimmed, pictographed) || list_announcement(trimmed) || continuation_notice(trimmed))
    {
        return verdict(CHROME_PHRASE, EditKind::Boilerplate, 0.85);
    }
    // Items whose separators were lost in scraping (`Share on FacebookShare on XCopy link`,
    // `HomeWorldEconomySports`) read as the `words` stage would leave them.
    let apart = (trimmed.len() <= 400 && has_glue(trimmed)).then(|| unglued(trimmed));
    // Chrome items between ` | ` or glued (`« Previous article | Next article »`, `Go to
    // contentGo to main menu`).
    if on(CHROME_PHRASE) && chrome_items(trimmed, apart.is_some(), dict) {
        return verdict(CHROME_PHRASE, EditKind::Boilerplate, 0.85);
    }
    if let Some(apart) = &apart {
        if let Some(v) = dictionary_chrome(&chrome_form(apart), dict, &on) {
            return Some(v);
        }
    }
    let glued = apart.is_some();
    if on(MENU)
        && ((glued && glued_menu(trimmed))
            || separated_menu(trimmed)
            || language_picker(trimmed)
            || capitals_menu(trimmed)
            || spaced_menu(trimmed)
            || counted_tags(trimmed)
            || hashtag_row(trimmed)
            || quote_ticker(trimmed))
    {
        return verdict(MENU, EditKind::Boilerplate, 0.85);
    }
    if on(CHROME_PHRASE)
        && (network_row(trimmed)
            || apart.as_deref().is_some_and(network_row)
            || cookie_banner(trimmed)
            || comment_head(trimmed))
    {
        return verdict(CHROME_PHRASE, EditKind::Boilerplate, 0.85);
    }
    if on(READER_PROMPT) && (reader_prompt(body) || circumvention_notice(body) || newsletter_title(body)) {
        return verdict(READER_PROMPT, EditKind::Boilerplate, 0.85);
    }
    // A blog feed's footer: `The post <title> appeared first on <site>.`, read as the `words`
    // stage will leave it (`The postLukashenko …`), so that a second run judges it the same.
    let feed_line = apart.as_deref().unwrap_or(trimmed);
    if on(CHROME_PHRASE)
        && feed_line.starts_with("The post ")
        && feed_line
            .trim_end_matches('.')
            .rsplit_once(" appeared first on ")
            .is_some_and(|(_, site)| {
                site.split_whitespace().count() <= 6
                    && site.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            })
    {
        return verdict(CHROME_PHRASE, EditKind::Boilerplate, 0.9);
    }
    if on(TRANSLATION_NOTICE) && translation_notice(trimmed) {
        return verdict(TRANSLATION_NOTICE, EditKind::Boilerplate, 0.9);
    }
    if on(COPYRIGHT) && (copyright_notice(trimmed, dict) || source_link_notice(trimmed)) {
        return verdict(COPYRIGHT, EditKind::Boilerplate, 0.9);
    }
    // The site's name alone, as its logo reads (`newsglobe24.com`, `/ Newsglobe24.com`).
    let site = trimmed.trim_start_matches(['/', '|', ' ']);
    if on(CHROME_PHRASE) && site.len() <= 40 && !site.contains(' ') && is_site_name(site) {
        return verdict(CHROME_PHRASE, EditKind::Boilerplate, 0.85);
    }
    if on(CHROME_PHRASE) && (gallery_counter(trimmed) || currency_ticker(trimmed)) {
        return verdict(CHROME_PHRASE, EditKind::Boilerplate, 0.9);
    }
    if on(IMAGE_FILE) && is_image_file(trimmed) {
        return verdict(IMAGE_FILE, EditKind::Boilerplate, 0.9);
    }
    // A news agency alone on a line (`AA`, `Reuters`) credits the article.
    // (After the word for an agency: `AGENCIA AFP`, `Agenzia ANSA`.)
    let agency = || {
        let name = trimmed.trim_start_matches(['-', '–', '—', ' ']);
        let name = name
            .split_once(' ')
            .filter(|(word, _)| with_lowercase(word, |w| AGENCY_WORDS.contains(&w)))
            .map_or(name, |(_, rest)| rest);
        trimmed.len() <= 40 && dict.is_agency(name)
    };
    if on(SOURCE_LINE)
        && (agency()
            || with_agencies(trimmed, dict)
            || agency_stamp(trimmed, dict)
            || (trimmed.contains(':') && metadata_line(trimmed, dict))
            || desk_code(trimmed, dict)
            || agency_keys(trimmed, dict)
            || wire_slug(trimmed))
    {
        return verdict(SOURCE_LINE, EditKind::Boilerplate, 0.85);
    }
    if on(BREADCRUMB) && is_breadcrumb_trail(trimmed) {
        return verdict(BREADCRUMB, EditKind::Boilerplate, 0.85);
    }
    if on(TIMESTAMP) && (is_timestamp(trimmed) || is_metadata_trail(trimmed)) {
        return verdict(TIMESTAMP, EditKind::Boilerplate, 0.9);
    }
    // A few marks, or a rule of underscores (`__________`, a forum signature's separator; a rule
    // of `=` or `-` may divide a text's own sections).
    // (AP's `___` before its contributors' line is the story's own.)
    let rule_line = trimmed.len() >= 4 && trimmed.bytes().all(|b| b == b'_');
    if on(PUNCTUATION)
        && (rule_line || trimmed.chars().count() <= 3 && trimmed.chars().all(|c| ".,;:|·•-–—".contains(c) || c == ' '))
    {
        return verdict(PUNCTUATION, EditKind::Boilerplate, 0.8);
    }
    None
}

/// An agency desk's sign-off alone on a line: the initials of the writers and editors who
/// handled the story, joined by slashes (`bur-oc/jc`, `ach/rmb/sst`), after the agency's name
/// and before its media tags (`EFE mgr/ics (foto)(vídeo)`). Each part is two to four lower-case
/// letters, and the code opens with the bureau (`bur-via/tym`) or one part at least has no
/// vowel, which no pair of words joined by a slash (`and/or`) lacks.
fn desk_code(line: &str, dict: &ArtifactDict) -> bool {
    let line = match line.split_once(' ') {
        Some((agency, rest)) if dict.is_agency(agency) => rest,
        _ => line,
    };
    // Media tags: `(foto)`, `(vídeo)`, `(audio)`, glued or spaced.
    let mut code = line.trim_end();
    while let Some(open) = code.strip_suffix(')').and_then(|c| c.rfind('(')) {
        if code.len() - open > 10 {
            break;
        }
        code = code[..open].trim_end();
    }
    let initials = |p: &str| (2..=4).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_lowercase());
    let parts = || code.split(['/', '-']);
    code.len() <= 30
        && code.contains('/')
        && parts().all(initials)
        && (code.starts_with("bur-") || parts().any(|p| !p.bytes().any(|b| b"aeiouy".contains(&b))))
}

/// An agency's keys for a story, alone on a line: agencies and their services (`dpa-infocom`),
/// and an agency's story number after a colon (`dpa:240518-99-087341/4`), parted by commas.
fn agency_keys(line: &str, dict: &ArtifactDict) -> bool {
    let agency = |w: &str| dict.is_agency(w) || with_lowercase(w, |w| LOWERCASE_CREDITS.contains(&w));
    let mut numbered = false;
    let keys = line.len() <= 60
        && line.split(", ").all(|part| match part.split_once(':') {
            Some((name, number)) => {
                numbered = true;
                agency(name)
                    && number.bytes().any(|b| b.is_ascii_digit())
                    && number.bytes().all(|b| b.is_ascii_digit() || b"-/".contains(&b))
            }
            // An agency's service after a hyphen (`dpa-infocom`).
            None => part.split_once('-').is_some_and(|(name, _)| agency(name)),
        });
    keys && numbered
}

/// A wire story's slug alone on a line, as Reuters keys its stories: words in capitals joined by
/// hyphens and slashes, one of each at least, then perhaps the version (`UKRAINE-CRISIS/
/// NUCLEAR-DRONES (UPDATE 3, PIX)`). A headline in capitals has spaces between its words.
fn wire_slug(line: &str) -> bool {
    let (slug, version) = match line.split_once(' ') {
        Some((slug, version)) => (slug, Some(version)),
        None => (line, None),
    };
    let word = |w: &str| w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
    slug.len() <= 60
        && slug.contains('/')
        && slug.contains('-')
        && slug.split(['/', '-']).all(word)
        && slug
            .split(['/', '-'])
            .any(|w| w.bytes().any(|b| b.is_ascii_uppercase()))
        && version.is_none_or(|v| {
            v.len() <= 40
                && v.strip_prefix('(').and_then(|v| v.strip_suffix(')')).is_some_and(|v| {
                    v.split(", ").all(|tag| {
                        let name = tag.split(' ').next().unwrap_or("");
                        WIRE_VERSIONS.contains(&name)
                            && tag.split(' ').skip(1).all(|n| n.bytes().all(|b| b.is_ascii_digit()))
                    })
                })
        })
}

/// A site's exchange-rate ticker: two currencies or more, each its code and rate, and nothing
/// else (`USD 36.93 EUR 39.12 PLN 8.61`), after the city's weather or not.
fn currency_ticker(line: &str) -> bool {
    // The city's weather may come first (`Belgorod -1°C USD 89.69 EUR 99.19`).
    let line = match line.split_once(' ') {
        Some((city, rest)) if is_title(city) && rest.contains('°') => {
            let (temperature, rest) = rest.split_once(' ').unwrap_or((rest, ""));
            let degrees = temperature.trim_end_matches(['C', 'F']).trim_end_matches('°');
            let number = degrees.trim_start_matches(['+', '-', '−']);
            if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
                return false;
            }
            rest
        }
        _ => line,
    };
    // Most lines fail on their first three bytes, before any split.
    if line.len() > 160 || !line.get(..3).is_some_and(|code| CURRENCY_CODES.contains(&code)) {
        return false;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    let rate = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_digit()) && w.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
    };
    words.len() >= 4
        && words.len() % 2 == 0
        && words
            .chunks(2)
            .all(|pair| CURRENCY_CODES.contains(&pair[0]) && rate(pair[1]))
}

/// A photo gallery's counter alone on a line: `Image 1 of 6`, `Foto 3 von 12`, `Photo 2/8`.
fn gallery_counter(line: &str) -> bool {
    if line.len() > 24 {
        return false;
    }
    let words: Vec<&str> = line.split(' ').collect();
    let number = |w: &str| !w.is_empty() && w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit());
    let picture = |w: &str| with_lowercase(w, |w| PICTURE_WORDS.contains(&w));
    match words[..] {
        [p, n, of, m] => picture(p) && number(n) && number(m) && matches!(of, "of" | "von" | "de" | "di" | "sur" | "/"),
        [p, n_of_m] => picture(p) && n_of_m.split_once('/').is_some_and(|(n, m)| number(n) && number(m)),
        _ => false,
    }
}

fn is_image_file(line: &str) -> bool {
    if line.len() > 100 {
        return false;
    }
    let lower = line.to_lowercase();
    let image = [".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif"]
        .iter()
        .any(|ext| lower.ends_with(ext));
    image && !line.contains(". ") && line.split_whitespace().count() <= 6
}

/// A page's metadata line: an optional date and time, then only `Key: value` fields whose key
/// names a source or an editor (a line of `Author:` is a byline, kept) and whose value is a credit (`2024-07-24 21:15:08
/// Source: Xinhua Editor: Zhang Lu`, `[Editor: Zhang Lu]`).
fn metadata_line(line: &str, dict: &ArtifactDict) -> bool {
    // Xinhua closes an article with its editor in brackets (`[Editor: Zhang Lu]`).
    let bracketed = line.starts_with('[') && line.ends_with(']');
    let line = line.trim_start_matches('[').trim_end_matches(']');
    // (Decided on the length first: a paragraph that opens with a key is read no further.)
    if line.len() >= 160 {
        return false;
    }
    // An editor alone is a byline (`Editor: Selin KAYA`), which stays, unless in brackets.
    let mut sourced = false;
    // Fields may be set apart by bars (`Source: Xinhua| 2023-05-18 10:21:36|Editor: huaxia`).
    for field in line.split('|') {
        // A date or a time of its own (`Source: Tanjug Sunday, May 29, 2022 | 14:31`).
        if field.bytes().any(|b| b.is_ascii_digit()) && is_date_phrase(field) {
            continue;
        }
        // A leading date, with a time after it.
        let mut rest = field.trim();
        if rest.get(..10).is_some_and(is_timestamp) {
            rest = rest[10..].trim_start();
            let time = rest.split(' ').next().unwrap_or("");
            if time.contains(':') && time.chars().all(|c| c.is_ascii_digit() || c == ':') {
                rest = rest[time.len()..].trim_start();
            }
        }
        while !rest.is_empty() {
            let Some((key, after)) = rest.split_once(':') else {
                return false;
            };
            let key = key.trim().to_lowercase();
            if !METADATA_KEYS.contains(&key.as_str()) {
                return false;
            }
            let editor = key.starts_with("editor") || key == "redakteur";
            sourced |= !editor;
            // The value runs to the next key.
            let after = after.trim_start();
            let end = METADATA_KEYS
                .iter()
                .filter_map(|k| {
                    let pattern = format!(" {k}:");
                    // ASCII-case-insensitive, on the line's own bytes (a space starts the match).
                    after
                        .as_bytes()
                        .windows(pattern.len())
                        .position(|w| w.eq_ignore_ascii_case(pattern.as_bytes()))
                        .map(|i| i + 1)
                })
                .min()
                .unwrap_or(after.len());
            let value = after[..end].trim();
            // An editor may sign with a handle in lower case (Xinhua's `Editor: huaxia`).
            let handle = editor && !value.is_empty() && value.chars().all(|c| c.is_ascii_lowercase());
            // An agency with the date it filed (`Source: Tanjug Sunday, May 29, 2022`).
            let dated_agency = value
                .split_once(' ')
                .is_some_and(|(agency, date)| dict.is_agency(agency) && is_date_phrase(date));
            if !(is_credit(value, 4) || dict.is_agency(value) || handle || dated_agency) {
                return false;
            }
            rest = after[end..].trim_start();
        }
    }
    sourced || bracketed
}

/// Whether `line` names the agencies an article draws on (`With AFP`, `Avec AFP et Reuters`,
/// `(With inputs from PTI and ANI)`, `(With information from Europa Press)`): a preposition, then
/// agencies or the word for them joined by conjunctions. In French, Spanish, Portuguese, Italian and German the site that reposts them
/// may open the line (`Ouest-France avec AFP`, `Heraldo con EFE`); an English site's (`Le Monde
/// with AFP`) is kept as a byline by two sets of three.
fn with_agencies(line: &str, dict: &ArtifactDict) -> bool {
    let line = line.strip_prefix('(').and_then(|l| l.strip_suffix(')')).unwrap_or(line);
    let line = line.trim_end_matches('.');
    if line.len() > 60 {
        return false;
    }
    let lead_at = |at: usize| {
        line[at..].split_once(' ').is_some_and(|(lead, _)| match at {
            0 => matches!(
                lead,
                "With" | "with" | "Avec" | "avec" | "Con" | "Com" | "Mit" | "Via" | "via"
            ),
            _ => matches!(lead, "avec" | "con" | "com" | "mit"),
        })
    };
    let Some(at) = std::iter::once(0)
        .chain(line.match_indices(' ').map(|(i, _)| i + 1))
        .find(|&at| lead_at(at))
    else {
        return false;
    };
    // (A byline before the agencies is the writer's, which stays: `Von Katrin Schmidt mit dpa`.)
    let site = line[..at].trim_end();
    let byline = || {
        BYLINE_LEADS
            .iter()
            .any(|lead| site.strip_prefix(lead).is_some_and(|rest| rest.starts_with(' ')))
    };
    if !site.is_empty() && (!is_credit(site, 3) || dict.is_agency(site) || byline()) {
        return false;
    }
    let Some((_, rest)) = line[at..].split_once(' ') else {
        return false;
    };
    // The site that reposts the agencies may close the line (`Via MTI, Hungary Today`).
    let rest = match rest.rsplit_once(", ") {
        Some((agencies, site)) if is_credit(site, 3) && !dict.is_agency(site) => agencies,
        _ => rest,
    };
    rest.split([' ', ',', '/']).filter(|w| !w.is_empty()).all(|w| {
        dict.is_agency(w)
            || with_lowercase(w, |w| LOWERCASE_CREDITS.contains(&w))
            || matches!(
                w,
                "and" | "et" | "y" | "e" | "und" | "inputs" | "input" | "information" | "from"
            )
    })
}

fn is_breadcrumb_trail(line: &str) -> bool {
    trail_of_sections(line) || trail_to_headline(line)
}

/// A trail from the home page whose last section is the article's headline, of any length
/// (`Home / World / India, Russia discuss trade in national currencies`): the sections before
/// the headline make a trail of their own.
fn trail_to_headline(line: &str) -> bool {
    let home = line
        .split(' ')
        .next()
        .is_some_and(|w| with_lowercase(w, |w| HOME_WORDS.contains(&w)));
    if !home || line.len() > 300 {
        return false;
    }
    [" / ", " › ", " > ", " » "].iter().any(|sep| {
        line.rsplit_once(sep).is_some_and(|(sections, headline)| {
            sections.contains(sep) && headline.starts_with(char::is_uppercase) && trail_of_sections(sections)
        })
    })
}

/// A trail of short sections between separators (`Home › News › Europe`).
fn trail_of_sections(line: &str) -> bool {
    // The marker may open the trail on its line (`You are here: Home / Foreign`).
    let line = YOU_ARE_HERE
        .iter()
        .find_map(|marker| line.strip_prefix(marker))
        .map_or(line, |rest| rest.trim_start_matches([':', ' ']));
    // A trail has a dozen words at most: a paragraph is turned away before it is collected.
    let words = || line.split(' ').filter(|w| !w.is_empty());
    if words().nth(12).is_some() {
        return false;
    }
    let parts: Vec<&str> = words().collect();
    let is_separator = |w: &str| matches!(w, "›" | "»" | ">" | "→" | "|" | "/" | "·");
    let separators = parts.iter().filter(|w| is_separator(w)).count();
    // `|` and `/` also join two words in prose (`Kyiv / Kiev`): they need three sections.
    let plain = parts.iter().all(|w| !matches!(*w, "›" | "»" | ">" | "→"));
    let from_home = parts
        .first()
        .is_some_and(|w| with_lowercase(w, |w| HOME_WORDS.contains(&w)));
    // (Or sections' names alone: `News / World`, `Science & Tech / Defense`.)
    let sections_only = || {
        parts
            .iter()
            .all(|w| is_separator(w) || *w == "&" || with_lowercase(w, |w| SECTION_WORDS.contains(&w)))
    };
    if separators == 0
        || separators > 4
        || (plain && separators < 2 && !parts.contains(&"|") && !from_home && !sections_only())
    {
        return false;
    }
    let mut words_in_section = 0;
    for (k, part) in parts.iter().enumerate() {
        if is_separator(part) {
            // A separator sits between two sections.
            if words_in_section == 0 || k + 1 == parts.len() {
                return false;
            }
            words_in_section = 0;
            continue;
        }
        if *part == "&" {
            continue;
        }
        // (A section's small words in lower case are not counted: `Krieg in der Ukraine`.)
        if words_in_section > 0 && part.len() <= 3 && part.chars().all(char::is_lowercase) {
            continue;
        }
        words_in_section += 1;
        // The site's domain or name may open the trail as its home (`ANSA.it › Mondo › Ucraina`,
        // `Digi24 » External`, `DELFI › News › Abroad`).
        let site = || {
            is_site_name(part)
                || part.starts_with(char::is_uppercase) && part.chars().all(char::is_alphanumeric) && part.len() <= 12
        };
        if k == 0 && site() {
            continue;
        }
        let section_word = part
            .chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '&' || c == '\'')
            && (words_in_section > 1 || part.starts_with(char::is_uppercase))
            && !(part.chars().count() >= 4 && part.chars().all(char::is_uppercase));
        if !section_word || words_in_section > 3 {
            return false;
        }
    }
    true
}

/// The most words of a copyright holder named before the sign, connectors included.
const HOLDER_WORDS: usize = 12;

/// Whether a line is a site's copyright notice: it opens with `Copyright`, `©`, `ⓒ` or `(c)`
/// (inside `<…>` or not, the holder's name before the sign or not) and names the holder in a few
/// words or reserves the rights or forbids reproduction, or it opens with the reservation, in no
/// more than [`COPYRIGHT_WORDS`] words (`Copyright PUNCH. All rights reserved. This material …
/// may not be reproduced`, `<Copyright ⓒ Yonhap News Agency, unauthorized reproduction …
/// prohibited>`). A sentence about copyright (`Copyright lawyers said …`) reserves nothing.
fn copyright_notice(line: &str, dict: &ArtifactDict) -> bool {
    let head = line.trim_start_matches(['<', '[', ' ']);
    // The word opens a notice when a name, a year or a sign follows it (`Copyright PUNCH`,
    // `Copyright © 2025`), not a noun (`Copyright lawyers`).
    let copyright_word = head.get(..9).is_some_and(|h| h.eq_ignore_ascii_case("copyright"))
        && head[9..]
            .trim_start()
            .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || "©ⓒ(".contains(c));
    // The holder's name may come before the sign (`ADN Radio Chile © 2022 | Todos los derechos
    // reservados`), opening with a capital or a digit as a name does (not a small word, whose
    // verdict a space restored after it would change: `doAÃ©…`, then `do AÃ©…`), its words read
    // as the `words` stage will leave them (`A ofAÃ©`, then `A of AÃ©`).
    let named_first = || {
        head.split_once(['©', 'ⓒ']).is_some_and(|(holder, _)| {
            let holder = holder.trim();
            // (Counted on its first words only: a paragraph before a sign is no holder.)
            let words: usize = holder
                .split_whitespace()
                .take(HOLDER_WORDS + 1)
                .map(|w| 1 + camel_steps(w).count())
                .sum();
            holder.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                && words <= HOLDER_WORDS
                && is_credit(&spaced_at_camel_steps(holder), 4)
        })
    };
    let opens = head.starts_with(['©', 'ⓒ'])
        || head.get(..3).is_some_and(|h| h.eq_ignore_ascii_case("(c)"))
        || copyright_word
        || named_first();
    // The notice's second line on its own (`All rights reserved. This material may not be
    // reproduced …`). Most lines fail here without being lower-cased.
    let reserved_opening = || {
        RESERVED_OPENINGS.iter().any(|opening| {
            head.get(..opening.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(opening))
        })
    };
    if !(opens || head.starts_with(['A', 'a', 'T', 't', 'R', 'r']) && reserved_opening()) {
        return false;
    }
    let words = word_count(line);
    if words > COPYRIGHT_WORDS {
        return false;
    }
    // The holder alone (`Copyright PUNCH.`, `© 2025 Reuters`), or with the page's links after
    // it (`© Berliner Forum Osteuropa 2024 | Imprint | Data protection`), or the rights reserved.
    let links = opens
        && line.as_bytes().contains(&b'|')
        && line.contains(" | ")
        && line
            .split(" | ")
            .skip(1)
            .all(|link| link.split_whitespace().count() <= 3);
    // A news agency as the holder, its full name after it (`© 2022 LUSA - Agência de Notícias de
    // Portugal, S.A.`).
    let agency = opens
        && head
            .split_whitespace()
            .skip(1)
            .find(|w| !w.chars().all(|c| c.is_ascii_digit()))
            .is_some_and(|holder| dict.is_agency(holder));
    // A credit as the holder (`© Press service of the Ministry of Defense`).
    let credit = || {
        head.strip_prefix(['©', 'ⓒ'])
            .is_some_and(|holder| is_credit(holder.trim().trim_end_matches('.'), 8))
    };
    let lower = line.to_lowercase();
    !opens || words <= 4 || links || agency || credit() || RESERVED.iter().any(|phrase| lower.contains(phrase))
}

/// Whether `line` tells reusers to link to the source (`When using the information, a hyperlink to
/// APA.az is mandatory.`, `Reproduction only with an active link`): a sentence of at most
/// [`LINK_NOTICE_WORDS`] words about using the site's material ([`REUSE_WORDS`]) that names a
/// link to it ([`SOURCE_LINKS`]) and says it is required ([`LINK_REQUIRED`]). Most lines have no
/// `link` or `lien` in their bytes and are not lower-cased.
fn source_link_notice(line: &str) -> bool {
    // (Thirty words take fewer bytes: a paragraph fails before its bytes are searched.)
    if line.len() > LINK_NOTICE_WORDS * 12 {
        return false;
    }
    let bytes = line.as_bytes();
    let names_a_link = [
        b"ink".as_slice(),
        b"ien",
        b"nlace",
        b"ncul",
        b"iga",
        b"ollegament",
        b"uelle",
    ]
    .iter()
    .any(|w| memchr::memmem::find(bytes, w).is_some());
    if !names_a_link || line.split_whitespace().count() > LINK_NOTICE_WORDS {
        return false;
    }
    let lower = line.to_lowercase();
    let has_word = |list: &[&str]| lower.split(|c: char| !c.is_alphabetic()).any(|w| list.contains(&w));
    SOURCE_LINKS.iter().any(|w| lower.contains(w)) && has_word(LINK_REQUIRED) && has_word(REUSE_WORDS)
}

/// The longest notice that reusers must link to the source, in words.
const LINK_NOTICE_WORDS: usize = 30;

/// The longest copyright notice, in words.
const COPYRIGHT_WORDS: usize = 60;

/// A page's metadata on one line: two to six parts joined by ` | `, ` / `, ` · ` or ` • `, each a
/// date or time (`14.11.2025, 09:12`, `17 December 2025, 14:05`, `3 hours ago`), a count (`12 540
/// views`, `0 Comments`), the poster (`Posted by newsdesk`) or a section name of one to three
/// capitalized words (`Society`, `Kharkiv region`), at least one of them a date, time or count.
fn is_metadata_trail(line: &str) -> bool {
    // (Or one that opens with a weekday or a month: `Thu Mar 3, 2022 11:05 PM Last update on: …`.)
    let dated_opening = || {
        let first = line.split([' ', ',']).next().unwrap_or("");
        stamp_word(first, WEEKDAYS) || stamp_word(first, MONTHS)
    };
    // An agency's name before the stamp, with a comma (`Reuters, publié le mardi 06 juin 2023 à
    // 15h42`): the stamp alone says what the line is.
    if let Some((agency, stamp)) = line.split_once(", ") {
        if is_news_agency(agency) && stamp.starts_with(|c: char| c.is_alphabetic()) {
            let first = stamp.split(' ').next().unwrap_or("");
            if with_lowercase(first, |w| POSTED_WORDS.contains(&w)) {
                return is_metadata_trail(stamp);
            }
        }
    }
    if line.len() > 160
        || !(line.contains(['|', '/', '·', '•'])
            || line.len() <= 40
            || line.starts_with(|c: char| c.is_ascii_digit() || "PUpuVv".contains(c))
            || dated_opening())
        || !line.contains(|c: char| c.is_ascii_digit())
    {
        return false;
    }
    // A label glued to its value (`Updated:01/03/2022 13:22h`) reads as with its space.
    if let Some((label, value)) = line.split_once(':') {
        if value.starts_with(|c: char| c.is_ascii_digit()) && with_lowercase(label, |l| POSTED_WORDS.contains(&l)) {
            return is_metadata_trail(&format!("{label}: {value}"));
        }
    }
    // One part alone when it says so (`Posted on November 2, 2025 by eastbloc_admin`).
    let posted = with_lowercase(line.split(' ').next().unwrap_or("").trim_end_matches(':'), |w| {
        POSTED_WORDS.contains(&w)
    });
    // (A separator may open the line: ` • 2d • 3 min read`.)
    let fields = line.trim_start_matches(|c: char| c == ' ' || "·•|".contains(c));
    let parts: Vec<&str> = fields
        .split(" | ")
        .flat_map(|p| p.split(" / "))
        .flat_map(|p| p.split(['·', '•', '|']))
        .map(str::trim)
        .collect();
    // A dash joins parts too, when every part is a stamp and one a count (`Jul 8, 2024 - 3 min
    // read`): a dash after a place or a section opens a dateline's sentence.
    let dashed = || {
        parts.len() == 1 && {
            let parts: Vec<&str> = fields
                .split(" - ")
                .flat_map(|p| p.split(" – "))
                .map(str::trim)
                .collect();
            parts.len() > 1 && stamp_parts(&parts, posted, true)
        }
    };
    stamp_parts(&parts, posted, false) || dashed()
}

/// A market page's ticker of quotes between ` | ` (`Wheat 6.43 ▲1.2% | Corn 4.87 ▼0.3% | EUR/USD
/// 1.0950`): three cells or more, each a short name and one or two figures, and two at least with
/// a change up or down (a poll's results in a row have none).
fn quote_ticker(line: &str) -> bool {
    if !line.contains(" | ") {
        return false;
    }
    let cells: Vec<&str> = line.split(" | ").collect();
    if cells.len() < 3 {
        return false;
    }
    let figure = |w: &str| {
        w.contains(|c: char| c.is_ascii_digit()) && w.chars().all(|c| c.is_ascii_digit() || ".,%+-−▲▼$€£".contains(c))
    };
    let change = |w: &str| w.starts_with(['▲', '▼', '+', '-', '−']);
    let mut changes = 0;
    let quotes = cells.iter().all(|cell| {
        let words: Vec<&str> = cell.split_whitespace().collect();
        let figures = words.iter().rev().take_while(|w| figure(w)).count();
        let name = &words[..words.len() - figures];
        changes += usize::from(words[name.len()..].iter().any(|w| change(w)));
        (1..=2).contains(&figures) && (1..=3).contains(&name.len()) && !name.iter().any(|w| figure(w))
    });
    quotes && changes >= 2
}

/// Whether the parts of a line (see [`is_metadata_trail`]) are a page's metadata: each a date,
/// a count, a poster or a section, one at least a date or a count; one part alone says what it
/// is (`posted`: the line opens with a word that says so). Parts between dashes are stamps and
/// counts only, one of them a count.
fn stamp_parts(parts: &[&str], posted: bool, dashed: bool) -> bool {
    if !(1..=6).contains(&parts.len()) || parts.iter().any(|p| p.is_empty()) {
        return false;
    }
    let mut counted = false;
    // One part alone must say what it is: `Posted on …`, or a count (`4 min read`).
    let alone = parts.len() == 1;
    let mut dated = false;
    for part in parts {
        // Pictographs mark a page's fields (`📅 23.06.2024`); the counters' own count (`👁 4 127`).
        let mut words: Vec<&str> = part
            .split([' ', ','])
            .map(|w| w.trim_matches(['(', ')']))
            .filter(|w| {
                !w.is_empty()
                    && !matches!(*w, ":" | "-" | "–" | "—")
                    && (!without_symbols(w).is_empty() || COUNTER_WORDS.contains(w))
            })
            .collect();
        // The poster after a date (`… 2025 by eastbloc_admin`): a line that names its poster is
        // a post's metadata, alone too (`January 16, 2023 by admin`).
        let mut by_poster = false;
        if words.len() > 2 && words[words.len() - 2] == "by" {
            words.truncate(words.len() - 2);
            by_poster = true;
        }
        // A stamp that says it was updated is the page's, alone too (`18:05 13.01.2023 (updated:
        // 19:12 13.01.2023)`).
        let updated = words
            .iter()
            .skip(1)
            .any(|w| with_lowercase(w.trim_end_matches(':'), |w| UPDATED_WORDS.contains(&w)));
        let date = date_words(&words);
        let count = count_words(&words);
        let poster = words.len() <= 4
            && with_lowercase(words.first().unwrap_or(&""), |w| w == "posted")
            && words.get(1) == Some(&"by");
        // A section name, not a byline (`By Expat Desk | December 1, 2025` is the article's); or
        // an agency's, whose small words are not counted (`Press Trust of India`, `Agence
        // France-Presse`).
        let small = |w: &&str| matches!(*w, "of" | "the" | "and" | "de" | "di" | "da");
        // (Or the site's name, with its digits or its domain: `Digi24`, `Sabah.com.tr`.)
        let site =
            words.len() == 1 && (is_domain(&words[0].to_lowercase()) || words[0].chars().all(char::is_alphanumeric));
        let section = !dashed
            && (1..=3).contains(&words.iter().filter(|w| !small(w)).count())
            && (site || words.iter().all(|w| w.chars().all(|c| c.is_alphabetic() || c == '-')))
            && words[0].starts_with(char::is_uppercase)
            && !BYLINE_LEADS.contains(&words[0])
            // (`ByCarlos Méndez | Nov 4, 2025`: the byline's lead glued to the name.)
            && !words[0].strip_prefix("By").is_some_and(|name| name.starts_with(char::is_uppercase));
        // A labelled field beside the stamp (`Posted: 29 Nov 2024 | Category: Humanitarian`).
        let field = !alone
            && part.split_once(':').is_some_and(|(label, value)| {
                with_lowercase(label.trim(), |l| FIELD_LABELS.contains(&l)) && (1..=4).contains(&word_count(value))
            });
        if !(date || count || poster || section || field)
            || (alone && !((posted || by_poster || updated) && date || count))
        {
            return false;
        }
        dated |= date || count;
        counted |= count;
    }
    dated && (counted || !dashed)
}

/// The words of a page's stamp (`May 29, 2022`, `14.11.2024 09:42`, `11th Monday, December
/// 2023 - 09:47 UTC`), as [`is_metadata_trail`] reads them: a figure at least, and nothing but
/// figures with date and time marks, months, weekdays, stamp words and time zones.
fn date_words(words: &[&str]) -> bool {
    // Digits with date and time marks (`14.11.2024`, `09:42`, `08h12`, `4:17pm`).
    let numeric = |w: &str| {
        let w = w.strip_suffix("am").or_else(|| w.strip_suffix("pm")).unwrap_or(w);
        // An ordinal day (`11th`, `1st`).
        let w = ["st", "nd", "rd", "th"]
            .iter()
            .find_map(|end| {
                w.strip_suffix(end)
                    .filter(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
            })
            .unwrap_or(w);
        w.starts_with(|c: char| c.is_ascii_digit()) && w.chars().all(|c| c.is_ascii_digit() || ".:/-h".contains(c))
    };
    // A time zone with its offset (`GMT+2`, `UTC-05:00`) is read as the zone.
    let zone = |w: &str| {
        w.split_once(['+', '-', '−']).is_some_and(|(zone, offset)| {
            !offset.is_empty() && offset.chars().all(|c| c.is_ascii_digit() || c == ':') && stamp_word(zone, DATE_WORDS)
        })
    };
    // An age in a unit's letter (`2d`, `3w`, `5mo`): an aggregator's card.
    let age = |w: &str| {
        let unit = w.trim_start_matches(|c: char| c.is_ascii_digit());
        unit.len() < w.len() && matches!(unit, "d" | "w" | "m" | "mo" | "y")
    };
    words.iter().any(|w| numeric(w) || age(w))
        && words.iter().all(|w| {
            numeric(w)
                || age(w)
                || stamp_word(w, MONTHS)
                || stamp_word(w, DATE_WORDS)
                || stamp_word(w, WEEKDAYS)
                || zone(w)
        })
}

/// The words of a count in either order (`12 540 views`, `Vues : 2 841`) or a reading time (`3
/// Min. Lesezeit`, `Lecture 4 min.`): numbers and counters' words only, one of each at least.
fn count_words(words: &[&str]) -> bool {
    // With its thousands separated or not (`1.532 Aufrufe`, `12,400 views`), or rounded (`1.4K`).
    let number = |w: &str| {
        let w = w.strip_suffix(['K', 'k', 'M']).unwrap_or(w);
        w.starts_with(|c: char| c.is_ascii_digit()) && w.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    };
    words.iter().any(|w| number(w))
        && words.iter().any(|w| stamp_word(w, COUNTER_WORDS))
        && words.iter().all(|w| number(w) || stamp_word(w, COUNTER_WORDS))
}

/// Where the counters a page puts after a byline or a stamp start (`Von Markus HOFFMANN |
/// 13.04.2025, 18:42 Uhr | Lesezeit: 3 Min.`, `Publié le 16/05/2025 à 19h05 · Lecture 4 min · 12
/// commentaires`): the separator before the line's last parts, all of them counts, after a part
/// that is none.
fn trailing_counts(line: &str) -> Option<usize> {
    const SEPARATORS: [&str; 2] = [" | ", " · "];
    if line.len() > 200 || !(line.contains(SEPARATORS[0]) || line.contains(SEPARATORS[1])) {
        return None;
    }
    let mut cuts: Vec<(usize, usize)> = SEPARATORS
        .iter()
        .flat_map(|sep| line.match_indices(sep).map(|(at, sep)| (at, sep.len())))
        .collect();
    cuts.sort_unstable();
    // Separators that share a space (`o · | h`) are one: a cut starts after the one before ends.
    let mut end = 0;
    cuts.retain(|&(at, len)| {
        let apart = at >= end;
        if apart {
            end = at + len;
        }
        apart
    });
    let is_count = |part: &str| count_words(&stamp_words(part));
    cuts.iter().enumerate().find_map(|(k, &(at, len))| {
        let ends = cuts[k + 1..]
            .iter()
            .map(|&(next, _)| next)
            .chain(std::iter::once(line.len()));
        let starts = std::iter::once(at + len).chain(cuts[k + 1..].iter().map(|&(next, sep)| next + sep));
        let mut parts = starts.zip(ends).map(|(from, to)| &line[from..to]);
        (at > 0 && !is_count(&line[..at]) && parts.all(is_count)).then_some(at)
    })
}

/// Whether the word of a stamp `w` is one of `list`, whatever its case and the stop or colon
/// after it.
fn stamp_word(w: &str, list: &[&str]) -> bool {
    with_lowercase(w.trim_end_matches(['.', ':']).trim_matches(['(', ')']), |w| {
        list.contains(&w)
    })
}

/// Whether `phrase` is a date or a time and nothing else (`Sunday, May 29, 2022`).
fn is_date_phrase(phrase: &str) -> bool {
    date_words(&stamp_words(phrase))
}

/// Whether a list's item is a timeline's entry, a date with its year, then a colon or a dash and
/// what happened (`April 2021: Russia's Justice Ministry designates Meduza a “foreign agent”`,
/// `2014 – Crimea is annexed`): the article's own facts, not another article's headline (a feed's
/// time alone, `18:42: …`, has no year).
fn timeline_entry(item: &str) -> bool {
    let Some((date, _)) = item.split_once([':', '–', '—']) else {
        return false;
    };
    let words = stamp_words(date);
    words.len() <= 4
        && words
            .iter()
            .any(|w| w.len() == 4 && w.parse::<u32>().is_ok_and(|y| (1000..2100).contains(&y)))
        && date_words(&words)
}

/// The words of a part of a stamp, without the commas, parentheses, colons and dashes between
/// them (`Sunday, May 29, 2022 - 14:31` → `Sunday`, `May`, `29`, `2022`, `14:31`).
fn stamp_words(part: &str) -> Vec<&str> {
    part.split([' ', ','])
        .map(|w| w.trim_matches(['(', ')']))
        .filter(|w| !w.is_empty() && !matches!(*w, ":" | "-" | "–" | "—"))
        .collect()
}

/// `2022-02-27`, `2022-02-27T13:30+0000`, `2022-02-27 13:30:00Z` and the like, alone.
fn is_timestamp(line: &str) -> bool {
    let b = line.as_bytes();
    let digits = |r: Range<usize>| b.get(r).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    if b.len() < 10 || !(digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10)) {
        return false;
    }
    let rest = &line[10..];
    rest.is_empty()
        || (rest.len() <= 16
            && matches!(rest.as_bytes()[0], b'T' | b' ')
            && rest[1..].bytes().all(|c| c.is_ascii_digit() || b":+-Z.".contains(&c))
            && rest[1..].contains(':'))
}

/// Whether a list item reads as data rather than a headline: it opens with a figure, or holds a
/// time or score (`2:21:47`, `3:1`, `2-0`) or two figures or amounts or more.
fn data_line(item: &str) -> bool {
    let words = || {
        item.split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
    };
    // A figure, or an amount after its currency (`Rp16,250`, `US$104.50`, `€34m`).
    let figures = words()
        .filter(|w| {
            let digit = w.find(|c: char| c.is_ascii_digit());
            digit.is_some_and(|at| at <= 3 && w[..at].chars().all(|c| c.is_alphabetic() || "$€£¥₹".contains(c)))
        })
        .count();
    let clock = item
        .as_bytes()
        .windows(3)
        .any(|w| w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit());
    // A score (`2-0`, `1-2`), not a season or a span of years (`2024-25`).
    let score = words().any(|w| {
        w.split_once(['-', '–']).is_some_and(|(a, b)| {
            [a, b]
                .iter()
                .all(|n| (1..=2).contains(&n.len()) && n.bytes().all(|d| d.is_ascii_digit()))
        })
    });
    item.starts_with(|c: char| c.is_ascii_digit()) || clock || score || figures >= 2
}

/// How many letters `s` has: a length that the `words` stage's restored spaces do not change.
fn letter_count(s: &str) -> usize {
    s.chars().filter(|c| c.is_alphabetic()).count()
}

/// The fewest letters of a headline in a list or over a site's name (four short words: `Kyiv
/// rejects new talks`).
const HEADLINE_LETTERS: usize = 16;

/// The most words of a headline without a bullet under a `Related` heading (headlines run 6-14;
/// 18 took a paragraph cut short under a heading for one, in dev-008).
const UNBULLETED_HEADLINE_WORDS: usize = 16;

/// Marks runs of three or more bulleted headline-like lines as a list of other articles, two
/// when they end the document, and a run of any length under a heading that introduces other
/// articles or paid links (`Most popular`, `Related news`, `Sponsored content`: chrome of category
/// `popular`, `related` or `sponsored`).
///
/// Lines already judged artifacts (and the blank lines their removal takes along) do not break a
/// run: they will be gone, and the list must be seen the same way with or without them.
pub fn headline_lists(s: &str, ranges: &[Range<usize>], verdicts: &mut [Option<Verdict>], dict: &ArtifactDict) {
    // A heading: chrome that introduces other articles, or a teaser label alone (`READ TOO:`).
    let is_heading = |k: usize, verdict: Verdict| {
        let line = s[ranges[k].clone()].trim();
        let key = chrome_form(after_site_domain(line).unwrap_or(line)).to_lowercase();
        let introduces = |category: &str| matches!(category, "popular" | "related" | "sponsored");
        // A line of the dictionary, or one of its prefixes with a short rest that names a source
        // (`More from Reuters`), not items of its own (`Trending: IPL 2024 | Gold Rate Today`).
        let prefixed = || {
            dict.prefixes_of(&key).any(|(rest, kind, category)| {
                kind == Match::Prefix
                    && introduces(category)
                    && !rest.contains(['|', ',', ':'])
                    && word_count(rest) <= 4
            })
        };
        dict.line_category(&key).is_some_and(introduces)
            || prefixed()
            || verdict.rule == TEASER_LABEL && s[ranges[k].clone()].trim_end().ends_with([':', '|'])
    };
    // A headline of a list: bulleted, or under a heading that introduces other articles
    // (`RELATED NEWS` and a headline on the next line), where it must be as short as headlines
    // are: a scraped page cut short ends in a sentence without its full stop.
    let is_item = |k: usize, headed: bool| {
        let (body, bulleted) = strip_marks(&s[ranges[k].clone()]);
        // Under a heading, items may be numbered (`Mais lidas`, then `1. Moldávia vota …`) or
        // stamped with their time (`News feed`, then `18:42 In Lviv region, …`).
        let body = if headed { strip_time(strip_number(body)) } else { body };
        // Long enough in letters, not words: a space the `words` stage restores later (`Reznikovwho`)
        // must not make a line an item on a second run that the first did not count.
        (bulleted || headed)
            && !body.ends_with(['.', ';', ',', ':'])
            && !timeline_entry(body)
            && headline_like(body)
            && letter_count(body) >= HEADLINE_LETTERS
            && (bulleted || word_count(body) <= UNBULLETED_HEADLINE_WORDS)
    };
    let mut run: Vec<usize> = Vec::new();
    // Bulleted teasers found by their label inside the run (`• LIVE | …`): headlines of other
    // articles too, so they count towards the run's length.
    let mut labelled = 0;
    // Of them, those with a bullet: an item beside one is a headline too (`• LIVE | …`, then `•
    // Ukraine receives the first F-16 fighter jets`).
    let mut bulleted_labels = 0;
    let mut after_artifact = false;
    // Items of a list already judged, one after another.
    let mut listed = 0;
    // Whether a heading that introduces other articles came since the last kept line.
    let mut headed = false;
    // The last kept non-blank line before the run.
    let mut last_text: Option<usize> = None;
    // The last kept line without a bullet: a summary's heading over a list that opens with an
    // item of another shape (`Key facts`, `• Founded: 2018, London`, then three that read as
    // headlines).
    let mut last_plain: Option<usize> = None;
    for k in 0..=ranges.len() {
        let blank = k < ranges.len() && s[ranges[k].clone()].trim().is_empty();
        if k < ranges.len() && (verdicts[k].is_some() || (blank && after_artifact)) {
            // The same end of a heading's list as below, seen once its items are judged.
            if blank && listed >= 2 {
                headed = false;
            }
            listed = if verdicts[k].is_some_and(|v| v.rule == HEADLINE_LIST) {
                listed + 1
            } else {
                0
            };
            let teaser = verdicts[k].is_some_and(|v| v.kind == EditKind::Teaser);
            // A labelled teaser just before the run counts too (`REGARDER : …`, then bullets).
            let label_before = run.is_empty() && verdicts[k].is_some_and(|v| v.rule == TEASER_LABEL);
            let bulleted = strip_bullet(&s[ranges[k].clone()]).1;
            if teaser && (bulleted || label_before) {
                labelled += 1;
            }
            bulleted_labels += usize::from(teaser && bulleted);
            headed = headed || verdicts[k].is_some_and(|v| is_heading(k, v));
            after_artifact = after_artifact || verdicts[k].is_some();
            continue;
        }
        after_artifact = false;
        listed = 0;
        if k < ranges.len() && is_item(k, headed) {
            run.push(k);
            continue;
        }
        // The run ends here. A list introduced by "…include:" or under a summary's heading
        // (`Key points`, `Das Wichtigste in Kürze`) is the article's own.
        let summary_heading = |i: usize| {
            let line = s[ranges[i].clone()].trim();
            line.len() <= 32
                && with_lowercase(line, |l| {
                    let l = l.trim_end_matches(':');
                    SUMMARY_HEADINGS.contains(&l.strip_prefix("the ").unwrap_or(l))
                })
        };
        let introduced = !run.is_empty()
            && (last_text.is_some_and(|i| s[ranges[i].clone()].trim_end().ends_with(':'))
                || last_plain.is_some_and(summary_heading));
        // Two headlines suffice where the article has ended: nothing but artifacts and blank
        // lines after them. An article's own short list comes before its end (a summary of
        // two bullets above the body stays).
        let closing = run.len() + labelled >= 2
            && (k..ranges.len()).all(|j| verdicts[j].is_some() || s[ranges[j].clone()].trim().is_empty());
        // Figures, results and quotes are the article's own data, not headlines: a list whose
        // items are mostly such lines stays (`4.2 million tonnes shipped`, `FTSE 100: up 0.8%
        // at 8,112.4`, `Kateřina Horáková (CZE) 2:21:47`).
        let data = run
            .iter()
            .filter(|&&i| data_line(strip_number(strip_marks(&s[ranges[i].clone()]).0)))
            .count();
        // An article's own summary comes before the text it sums up and repeats its figures
        // (`PAS wins 50.2% of the vote`, then `PAS had 50.2% of the vote` below): half its items
        // or more hold a figure the text after the list has too. Other articles' headlines bring
        // figures of their own, or repeat the article's after it (a list at the end).
        // (Read in the paragraphs after it that stay and end as sentences do, not in lines that
        // other rules may still judge: a second run must see the same.)
        let summary = || {
            let after = (run[run.len() - 1] + 1..ranges.len())
                .filter(|&j| verdicts[j].is_none())
                .map(|j| s[ranges[j].clone()].trim())
                .filter(|line| line.ends_with(SENTENCE_ENDS) && !strip_bullet(line).1)
                .collect::<Vec<&str>>()
                .join("\n"); // one text to search, so that each figure is looked for once
            let echoed = run
                .iter()
                .filter(|&&i| figures_of(&s[ranges[i].clone()]).any(|f| contains_figure(&after, f)))
                .count();
            echoed * 2 >= run.len()
        };
        // Under a heading that introduces other articles the items are headlines, figures or not;
        // but one line alone under it, above all the page's text, is the page's own headline
        // (`Skip to content`, `News feed`, then the headline and the article).
        let page_headline = headed && run.len() == 1 && labelled == 0 && last_text.is_none();
        if !run.is_empty()
            && !page_headline
            && (run.len() + labelled >= 3 || bulleted_labels > 0 || headed || closing)
            && !introduced
            && (headed || data * 2 < run.len())
            && (headed || labelled > 0 || !summary())
        {
            for &i in &run {
                verdicts[i] = Some(Verdict {
                    rule: HEADLINE_LIST,
                    kind: EditKind::Teaser,
                    confidence: 0.8,
                });
            }
        }
        // A blank line after two items or more ends the heading's list: the page's own headline
        // may follow (a list written one item a paragraph goes on under its heading).
        if blank && run.len() >= 2 {
            headed = false;
        }
        run.clear();
        labelled = 0;
        bulleted_labels = 0;
        if k < ranges.len() && !blank {
            last_text = Some(k);
            if !strip_bullet(&s[ranges[k].clone()]).1 {
                last_plain = Some(k);
            }
            headed = false;
        }
    }
}

/// The figures of `line` that say something of their own: words that open with a digit and are
/// no year (`50.2%`, `24.2`, `1,200`; not `2024`).
fn figures_of(line: &str) -> impl Iterator<Item = &str> {
    line.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_ascii_digit() && c != '%'))
        .filter(|w| w.starts_with(|c: char| c.is_ascii_digit()) && w.len() >= 2 && !is_year(w))
}

/// Whether `text` has `figure` as a word of its own (`50.2%` in `had 50.2% of`, not in `150.2%`).
fn contains_figure(text: &str, figure: &str) -> bool {
    memchr::memmem::find_iter(text.as_bytes(), figure.as_bytes()).any(|at| {
        let before = text[..at].chars().next_back();
        let after = text[at + figure.len()..].chars().next();
        !before.is_some_and(|c| c.is_ascii_digit() || c == '.' || c == ',')
            && !after.is_some_and(|c| {
                c.is_ascii_digit()
                    || (c == '.' || c == ',') && text[at + figure.len() + 1..].starts_with(|d: char| d.is_ascii_digit())
            })
    })
}

/// Marks a line of one to three button words (`OK`) right after a line judged chrome (a cookie
/// notice, a newsletter box): the banner's button, which alone would be no artifact.
pub fn banner_buttons(s: &str, ranges: &[Range<usize>], verdicts: &mut [Option<Verdict>]) {
    let mut after_chrome = false;
    for k in 0..ranges.len() {
        let line = s[ranges[k].clone()].trim();
        if line.is_empty() {
            continue;
        }
        if verdicts[k].is_some() {
            after_chrome = verdicts[k].is_some_and(|v| v.kind == EditKind::Boilerplate);
            continue;
        }
        let button = after_chrome && line.len() <= 32 && {
            // Buttons glued in scraping (`AkzeptierenEinstellungen`) are read apart.
            let apart = if has_glue(line) { unglued(line) } else { line.to_owned() };
            let mut words = apart
                .split(|c: char| c.is_whitespace() || c == '|' || c == '/')
                .filter(|w| !w.is_empty());
            words.clone().count() <= 3 && words.all(|w| with_lowercase(w, |w| BUTTON_WORDS.contains(&w)))
        };
        if button {
            verdicts[k] = Some(Verdict {
                rule: CHROME_PHRASE,
                kind: EditKind::Boilerplate,
                confidence: 0.8,
            });
            continue;
        }
        after_chrome = false;
    }
}

/// The lines below line `k` up to the first that stays: the lines judged, which will be gone, and
/// the blank ones. A rule that marks a line by the chrome below it reads these, so that a second
/// run, without them, finds what the first did.
fn judged_below<'v>(
    s: &'v str,
    ranges: &'v [Range<usize>],
    verdicts: &'v [Option<Verdict>],
    k: usize,
) -> impl Iterator<Item = usize> + 'v {
    (k + 1..ranges.len()).take_while(|&j| verdicts[j].is_some() || s[ranges[j].clone()].trim().is_empty())
}

/// Marks the label of a page's toggle right above the button judged chrome that names it (`Key
/// events` over `Show key events only`): a line of [`TOGGLE_LABEL_WORDS`] words at most whose
/// words a line judged chrome below it ([`judged_below`]), of [`TOGGLE_WORDS`] words at most,
/// holds in a row. (A heading over its own list, `Key events` over `1h ago Ukrainian air force
/// says …`, stays.)
pub fn toggle_labels(s: &str, ranges: &[Range<usize>], verdicts: &mut [Option<Verdict>]) {
    for k in 0..ranges.len().saturating_sub(1) {
        // (Most lines have none judged below them, and most are longer than a label's words:
        // both asked before the label is read.)
        let label = s[ranges[k].clone()].trim();
        if verdicts[k].is_some()
            || label.is_empty()
            || label.split_whitespace().nth(TOGGLE_LABEL_WORDS).is_some()
            || !judged_below(s, ranges, verdicts, k).any(|j| verdicts[j].is_some())
            || word_count(label) > TOGGLE_LABEL_WORDS
        {
            continue;
        }
        let label = label.to_lowercase();
        let names_it = |next: &str| {
            let next = next.trim().to_lowercase();
            next.len() > label.len()
                && word_count(&next) <= TOGGLE_WORDS
                && next.match_indices(label.as_str()).any(|(at, _)| {
                    let end = at + label.len();
                    !next[..at].ends_with(char::is_alphanumeric) && !next[end..].starts_with(char::is_alphanumeric)
                })
        };
        let button = judged_below(s, ranges, verdicts, k)
            .any(|j| verdicts[j].is_some_and(|v| v.kind == EditKind::Boilerplate) && names_it(&s[ranges[j].clone()]));
        if button {
            verdicts[k] = verdict(CHROME_PHRASE, EditKind::Boilerplate, 0.75);
        }
    }
}

/// Marks a rule drawn across the page (`___`, `* * *`) right above a line judged chrome, only
/// lines judged or blank between ([`judged_below`]; AP's `___` over `Follow AP's coverage of the
/// war …`): it sets the chrome off from the article and goes with it. (A rule over the article's
/// own line stays: `___` over `Associated Press writers … contributed.`)
pub fn rules_over_chrome(s: &str, ranges: &[Range<usize>], verdicts: &mut [Option<Verdict>]) {
    for k in 0..ranges.len() {
        let line = s[ranges[k].clone()].trim();
        let rule_mark = |c: char| matches!(c, '_' | '-' | '—' | '*' | '=' | '~');
        // (Most lines open with a letter: asked first.)
        if !line.starts_with(rule_mark) {
            continue;
        }
        let drawn = line.chars().filter(|c| !c.is_whitespace()).count() >= 3
            && line.chars().all(|c| c.is_whitespace() || rule_mark(c));
        if verdicts[k].is_some() || !drawn {
            continue;
        }
        let over_chrome =
            judged_below(s, ranges, verdicts, k).any(|j| verdicts[j].is_some_and(|v| v.kind == EditKind::Boilerplate));
        if over_chrome {
            verdicts[k] = verdict(CHROME_PHRASE, EditKind::Boilerplate, 0.75);
        }
    }
}

/// The most words of a toggle's label and of its button ([`toggle_labels`]).
const TOGGLE_LABEL_WORDS: usize = 3;
const TOGGLE_WORDS: usize = 6;

/// Marks the topics listed one to a line under a heading of tags (`Related Topics`, then `Russia-
/// Ukraine war`, `Kramatorsk`), and the heading: a line the dictionary lists as `tags` chrome
/// (with its colon or without), then [`TOPIC_LINES`] lines at most, each of [`TOPIC_WORDS`]
/// words at most opening with a capital or a digit and ending in no punctuation, up to a blank
/// line or the end.
pub fn topic_tags(s: &str, ranges: &[Range<usize>], verdicts: &mut [Option<Verdict>], dict: &ArtifactDict) {
    let tags = |k: usize| {
        let key = chrome_form(&s[ranges[k].clone()]).to_lowercase();
        !key.is_empty()
            && (dict.line_category(&key) == Some("tags")
                || dict
                    .prefixes_of(&format!("{key}:"))
                    .any(|(rest, _, category)| rest.is_empty() && category == "tags"))
    };
    // (Measured without spaces, which the `words` stage may add.)
    let unspaced = |line: &str| line.bytes().filter(|b| !b.is_ascii_whitespace()).count();
    let topic = |line: &str| {
        let line = line.trim();
        unspaced(line) <= TOPIC_BYTES
            && (1..=TOPIC_WORDS).contains(&word_count(line))
            && line.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            && !line.ends_with(|c: char| c.is_ascii_punctuation())
    };
    for k in 0..ranges.len().saturating_sub(1) {
        // (A heading is short and a topic follows it: asked before the dictionary is.)
        let heading = s[ranges[k].clone()].trim();
        if heading.is_empty() || unspaced(heading) > TAGS_HEADING_BYTES || !topic(&s[ranges[k + 1].clone()]) || !tags(k)
        {
            continue;
        }
        let items = (k + 1..ranges.len())
            .take_while(|&j| !s[ranges[j].clone()].trim().is_empty())
            .take(TOPIC_LINES + 1)
            .collect::<Vec<_>>();
        let run_ends = items.len() <= TOPIC_LINES;
        if items.is_empty() || !run_ends || !items.iter().all(|&j| topic(&s[ranges[j].clone()])) {
            continue;
        }
        for j in std::iter::once(k).chain(items) {
            verdicts[j] = verdicts[j].or(verdict(CHROME_PHRASE, EditKind::Boilerplate, 0.8));
        }
    }
}

/// The most bytes of a heading of tags (`Argomenti correlati:`), and the most lines, words a
/// line and bytes a line of a list of topics ([`topic_tags`]).
const TAGS_HEADING_BYTES: usize = 24;
const TOPIC_LINES: usize = 8;
const TOPIC_WORDS: usize = 4;
const TOPIC_BYTES: usize = 40;

/// Marks the sentences of a cookie notice around its lines already judged (`Cookies on GOV.UK` /
/// `We use some essential cookies …` / `We'd like to set additional cookies …` / `Accept
/// additional cookies`): a line of [`COOKIE_LINE_BYTES`] at most that names cookies, next to a
/// line judged chrome that names them too, no blank line between.
pub fn cookie_notice_lines(s: &str, ranges: &[Range<usize>], verdicts: &mut [Option<Verdict>]) {
    let line = |k: usize| s[ranges[k].clone()].trim();
    let judged_cookies = |verdicts: &[Option<Verdict>], k: usize| {
        verdicts[k].is_some_and(|v| v.kind == EditKind::Boilerplate) && names_cookies(line(k))
    };
    for k in 0..ranges.len() {
        if verdicts[k].is_some() || line(k).len() > COOKIE_LINE_BYTES || !names_cookies(line(k)) {
            continue;
        }
        if (k > 0 && judged_cookies(verdicts, k - 1)) || (k + 1 < ranges.len() && judged_cookies(verdicts, k + 1)) {
            verdicts[k] = verdict(CHROME_PHRASE, EditKind::Boilerplate, 0.8);
        }
    }
}

/// The longest line read as a sentence of a cookie notice ([`cookie_notice_lines`]).
const COOKIE_LINE_BYTES: usize = 300;

/// Whether `line` names cookies (`Cookie`, `cookies`, `COOKIES`), decided on its bytes.
fn names_cookies(line: &str) -> bool {
    [b"ookie".as_slice(), b"OOKIE"]
        .iter()
        .any(|w| memchr::memmem::find(line.as_bytes(), w).is_some())
}

/// Marks a stamp written over two lines, its label over its date (`Published` / `16 January
/// 2025`): a label of [`STAMP_LABEL_WORDS`] words at most and no digit, over a line with a digit,
/// which together the line rules read as a stamp.
pub fn split_stamps(s: &str, ranges: &[Range<usize>], verdicts: &mut [Option<Verdict>], dict: &ArtifactDict) {
    let line = |k: usize| s[ranges[k].clone()].trim();
    for k in 0..ranges.len().saturating_sub(1) {
        let (label, value) = (line(k), line(k + 1));
        if verdicts[k].is_some()
            || verdicts[k + 1].is_some()
            || label.is_empty()
            || label.len() > 32
            || word_count(label) > STAMP_LABEL_WORDS
            || label.bytes().any(|b| b.is_ascii_digit())
            || !value.bytes().any(|b| b.is_ascii_digit())
        {
            continue;
        }
        let joined = format!("{label} {value}");
        if judge_line(&joined, dict, &|rule| rule == TIMESTAMP).is_some_and(|v| v.rule == TIMESTAMP) {
            verdicts[k..=k + 1].fill(verdict(TIMESTAMP, EditKind::Boilerplate, 0.8));
        }
    }
}

/// The most words of a stamp's label on a line of its own (`Last updated`).
const STAMP_LABEL_WORDS: usize = 3;

/// The most words of a site's name or a section's alone on its line (`Novaya Gazeta Europe`,
/// `Politics Foreign countries`).
const PAGE_HEAD_WORDS: usize = 3;

/// Marks the page's head above the headline: the site's name as the logo reads (`Suspilne
/// Odesa`, `DELFI`, `Onet Wiadomości`), the first line that stays, of one to [`PAGE_HEAD_WORDS`]
/// capitalized words and no punctuation but a hyphen or a dot, right above the site's menu or
/// trail (a line judged [`MENU`] or [`BREADCRUMB`]: a headline comes below the menu, not above
/// it); and a section's name (`World`, `Politics Foreign countries`, `Guerra de Ucrania`), one of
/// the first two lines that stay, its words all [`SECTION_WORDS`], the site's name before it or
/// not (`News24 | Politics`), above a line that is no sentence (the headline). A person's name
/// there is the article's (`Sergey Shoigu`).
pub fn page_head(s: &str, ranges: &[Range<usize>], verdicts: &mut [Option<Verdict>], lexicon: Option<&Lexicon>) {
    let blank = |k: usize| s[ranges[k].clone()].trim().is_empty();
    let kept: Vec<usize> = (0..ranges.len())
        .filter(|&k| verdicts[k].is_none() && !blank(k))
        .take(3)
        .collect();
    let Some(&first) = kept.first() else {
        return;
    };
    let line = |k: usize| s[ranges[k].clone()].trim();
    let head_verdict = Some(Verdict {
        rule: PAGE_HEAD,
        kind: EditKind::Boilerplate,
        confidence: 0.75,
    });
    let below = (first + 1..ranges.len()).find(|&k| !blank(k));
    // (Small words and a dash may join the name's words, uncounted: `MARCA in English`, `HINA -
    // Croatian News Agency`.)
    let joined = |w: &str| {
        matches!(
            w,
            "in" | "of" | "the" | "and" | "-" | "–" | "de" | "di" | "da" | "do" | "du"
        )
    };
    let site = line(first).len() <= 40 && {
        let words: Vec<&str> = line(first).split(' ').collect();
        (1..=PAGE_HEAD_WORDS + 1).contains(&words.iter().filter(|w| !joined(w)).count())
            && words.first().is_some_and(|w| !joined(w))
            && words.iter().all(|w| {
                joined(w)
                    || w.starts_with(char::is_uppercase)
                        && w.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '.')
            })
    };
    if site && below.is_some_and(|k| verdicts[k].is_some_and(|v| v.rule == MENU || v.rule == BREADCRUMB)) {
        verdicts[first] = head_verdict;
        return;
    }
    // A trail from the home page that lost its separators (`Accueil Bretagne Lorient`), over the
    // headline. (`Main` is a street's name, not a home page.)
    let home_trail = site && {
        let mut words = line(first).split(' ');
        words
            .next()
            .is_some_and(|w| !w.eq_ignore_ascii_case("main") && with_lowercase(w, |w| HOME_WORDS.contains(&w)))
            && words.next().is_some()
    };
    if home_trail && below.is_some_and(|k| verdicts[k].is_none() && !line(k).ends_with(['.', ':'])) {
        verdicts[first] = head_verdict;
        return;
    }
    for (n, &k) in kept.iter().enumerate().take(2) {
        let headline_below = kept.get(n + 1).is_some_and(|&h| !line(h).ends_with(['.', ':']));
        // (Or the site's name before it, as a title bar reads: `News24 | Politics`.)
        let bar = line(k).split_once(" | ");
        let site_and_section = bar.is_some_and(|(site, sections)| {
            site.len() <= 30
                && (1..=2).contains(&site.split(' ').count())
                && site
                    .split(' ')
                    .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphanumeric))
                && sections.split(" | ").all(|section| section_name(section, true))
        });
        // (Or the story's topic after it: `Deportes | Eurocopa 2024`.)
        let section_and_topic = bar.is_some_and(|(section, topic)| {
            section_name(section, true)
                && topic.len() <= 30
                && (1..=PAGE_HEAD_WORDS).contains(&topic.split(' ').count())
                && topic.split(' ').all(|w| {
                    w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                        && w.chars().all(|c| c.is_alphanumeric() || c == '-')
                })
        });
        if headline_below && (section_name(line(k), n == 0) || site_and_section || section_and_topic) {
            verdicts[k] = head_verdict;
        }
    }
    // The site's name alone under the headline, before the article (`Telegrafi`, `N1 Beograd`):
    // no person's name (a byline), no place's (a dateline), no capitals only, and no words of the
    // language only (`Claves` over key points); or a section's name there (`International`).
    let Some(lexicon) = lexicon else {
        return;
    };
    if let [headline, k, ..] = kept[..] {
        let next = (k + 1..ranges.len()).find(|&j| !blank(j));
        let words: Vec<&str> = line(k).split(' ').collect();
        let site_name = line(k).len() <= 30
            && words.len() <= 2
            && words.iter().all(|w| {
                w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphanumeric) && w.chars().nth(1).is_some()
            })
            && words.iter().any(|w| w.chars().skip(1).any(char::is_lowercase))
            && personal_name(words[0]).is_none_or(|n| !n.given)
            // (A given name and a surname in capitals is a byline: `Oksana LYTVYN`.)
            && !(words.len() == 2 && is_title(words[0]) && surname_in_capitals(words[1]))
            && !is_gazetteer_name(line(k))
            && !words.iter().all(|w| with_lowercase(w, |w| lexicon.contains(w)));
        let site_name = site_name || section_name(line(k), false);
        // (Its length in letters, which the `words` stage's spaces do not change: `Reznikovwho
        // éKiev` must read the same before and after it.)
        let headline_above = || !line(headline).ends_with('.') && letter_count(line(headline)) >= HEADLINE_LETTERS;
        let article_below = next.is_some_and(|j| verdicts[j].is_some() || line(j).ends_with(['.', '"', '”']));
        if site_name && article_below && verdicts[k].is_none() && headline_above() {
            verdicts[k] = head_verdict;
        }
    }
}

/// Whether `line` names a site's section (`World`, `Politics Foreign countries`, `Guerra de
/// Ucrania`, `Russia-Ukraine Conflict`): one to [`PAGE_HEAD_WORDS`] capitalized words, each one
/// of [`SECTION_WORDS`], or with `sports` of [`SPORTS_SECTIONS`] too (`Athletics` first on the
/// page, over the headline; under it, a sport names the article's own part: `FOOTBALL` over
/// `Harry Kane scored twice …`), with connectors between them; one of them may be a place, as
/// a regional site's name reads (`News of Zaporozhye`).
fn section_name(line: &str, sports: bool) -> bool {
    if line.len() > 40 || !line.starts_with(char::is_uppercase) {
        return false;
    }
    let words: Vec<&str> = line
        .split([' ', '-'])
        .filter(|w| !w.is_empty() && !CONNECTORS.contains(w) && *w != "&")
        .collect();
    let section = |w: &&str| {
        with_lowercase(w, |w| {
            SECTION_WORDS.contains(&w) || sports && SPORTS_SECTIONS.contains(&w)
        })
    };
    // A regional site's name is one place beside section words (`News of Zaporozhye`, `Dnepr
    // news`, `News of Kharkov and region`), as machine translation renders it.
    let mut places = 0;
    for w in &words {
        if section(w) {
            continue;
        }
        if !is_gazetteer_name(w) {
            return false;
        }
        places += 1;
    }
    (1..=PAGE_HEAD_WORDS).contains(&words.len()) && places <= 1 && places < words.len()
}

/// The navigation trail after a `You are here` marker: up to two short lines without sentence
/// punctuation, when the line after them is still no sentence (the headline). A short line
/// followed by a sentence is the headline itself and stays.
pub fn breadcrumbs(lines: &[&str], verdicts: &mut [Option<Verdict>], dict: &ArtifactDict) {
    let non_blank: Vec<usize> = (0..lines.len()).filter(|&k| !lines[k].trim().is_empty()).collect();
    for (n, &k) in non_blank.iter().enumerate() {
        let line = lines[k];
        // The marker is a short line; the test is for it alone.
        if line.len() > 64 || dict.line_category(&chrome_form(line).to_lowercase()) != Some("breadcrumb") {
            continue;
        }
        let sentence = |i: usize| lines[i].trim_end().ends_with(SENTENCE_ENDS);
        let short = |i: usize| word_count(lines[i]) <= 6 && !sentence(i);
        let trail: Vec<usize> = non_blank[n + 1..]
            .iter()
            .copied()
            .take(2)
            .take_while(|&i| short(i))
            .collect();
        for len in (1..=trail.len()).rev() {
            let Some(&headline) = non_blank.get(n + 1 + len) else {
                continue;
            };
            if !sentence(headline) {
                for &i in &trail[..len] {
                    verdicts[i].get_or_insert(Verdict {
                        rule: BREADCRUMB,
                        kind: EditKind::Boilerplate,
                        confidence: 0.8,
                    });
                }
                break;
            }
        }
    }
}

/// A last paragraph that is one short sentence ending in a colon introduced something the page
/// showed (a video, a graphic, a link) that scraping dropped: left alone it dangles.
pub fn dangling_intro(s: &str, ranges: &[Range<usize>], verdicts: &mut [Option<Verdict>]) {
    let Some(last) = (0..ranges.len())
        .rev()
        .find(|&k| verdicts[k].is_none() && !s[ranges[k].clone()].trim().is_empty())
    else {
        return;
    };
    let line = s[ranges[last].clone()].trim();
    let Some(body) = line.strip_suffix(':') else {
        return;
    };
    let one_sentence = !body.contains(['.', '!', '?', ':']);
    // It follows the article's last sentence (so a run of such lines, or a list, is left alone).
    let after_body = (0..last)
        .rev()
        .find(|&k| verdicts[k].is_none() && !s[ranges[k].clone()].trim().is_empty())
        .is_some_and(|k| {
            s[ranges[k].clone()]
                .trim_end()
                .ends_with(['.', '!', '?', '"', '”', '»', ')'])
        });
    if one_sentence && (3..=20).contains(&word_count(line)) && after_body {
        verdicts[last] = Some(Verdict {
            rule: DANGLING_INTRO,
            kind: EditKind::Teaser,
            confidence: 0.75,
        });
    }
}

/// The sorted hashes of a compacted paragraph's character trigrams, for a cheap similarity before the edit distance. `k`
/// differing chars change at most `3k` trigrams, so paragraphs within the edit-distance threshold
/// keep a multiset Jaccard of at least (n − 3k)/(n + 3k) ≈ 0.54 at the 0.9 edit-distance
/// threshold, which is the prefilter's cut.
fn trigram_hashes(loose: &str) -> Vec<u64> {
    let mut out: Vec<u64> = loose
        .as_bytes()
        .windows(3)
        .map(|w| {
            w.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| {
                (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
            })
        })
        .collect();
    out.sort_unstable();
    out
}

/// Jaccard similarity of two sorted multisets.
fn jaccard(a: &[u64], b: &[u64]) -> f64 {
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let union = a.len() + b.len() - common;
    if union == 0 {
        1.0
    } else {
        common as f64 / union as f64
    }
}

/// Quotations shorter than this (in letters and digits) said again are a refrain, not a repeat.
const SHORT_REPEAT_CHARS: usize = 80;

/// Marks the later copies of repeated paragraphs.
/// Whether `line` opens with a speaker's name in capitals and a colon (`PIETER VAN ROMPAEY:`,
/// `Q:`), as transcripts and interviews write their turns.
fn opens_with_speaker(line: &str) -> bool {
    line.split_once(':').is_some_and(|(head, _)| {
        let words: Vec<&str> = head.split(' ').collect();
        words.len() <= 4
            && words
                .iter()
                .all(|w| !w.is_empty() && w.chars().all(|c| c.is_uppercase() || c == '-' || c == '.' || c == '\''))
    })
}

/// The most lines above a repeated paragraph that go with it as its entry's head (a time, a title).
const ENTRY_HEAD_LINES: usize = 3;

pub fn duplicate_paragraphs(
    s: &str,
    ranges: &[Range<usize>],
    verdicts: &mut [Option<Verdict>],
    config: &ArtifactsConfig,
) {
    /// A paragraph kept for the near-copy comparison.
    struct Kept {
        key: String,
        chars: usize,
        trigrams: OnceCell<Vec<u64>>,
        /// The paragraph's line.
        line: usize,
    }
    // Each paragraph's key, with the line where it first stands.
    let mut seen: HashMap<String, usize> = HashMap::default();
    let mut kept: Vec<Kept> = Vec::new();
    // The last line before this one that stays and is not blank (a note under a figure: see
    // `in_list` below), kept as the loop goes: looking back from each line would read a run of
    // repeats over and over.
    let mut last_kept: Option<usize> = None;
    for (i, range) in ranges.iter().enumerate() {
        if i > 0 && verdicts[i - 1].is_none() && !s[ranges[i - 1].clone()].trim().is_empty() {
            last_kept = Some(i - 1);
        }
        if verdicts[i].is_some() {
            continue;
        }
        // Letters and digits only, lower-cased and without spaces: a later stage restoring a
        // lost space (`Reznikovwho`) must not turn a paragraph into a repeat on the next run.
        let (key, chars) = compact_key(&s[range.clone()]);
        if chars < config.min_duplicate_chars {
            continue;
        }
        // A short quotation said again is a refrain the article repeats on purpose. (Whether a
        // copy is near its first would change as other artifacts between them go, and a second
        // run would judge it again differently.)
        // So is a quotation of any length that the article introduces again (`… the passage his
        // readers quote most often:`): a scraped copy comes with no such line.
        // A transcript's speaker says a short line again too (`MODERATOR: Next question,
        // please.`).
        let line = s[range.clone()].trim_start();
        let quotation = line.starts_with(['"', '“', '«', '„', '‘']) || opens_with_speaker(line);
        let introduced = || last_kept.is_some_and(|j| s[ranges[j].clone()].trim_end().ends_with(':'));
        // A short note under a list's figure or result is the list's own, however often it comes
        // (`Match suspended for 38 minutes during an air-raid alert` under two scores). The line
        // before is judged already; a later one may still go as a repeat, and a second run would
        // then read the note differently.
        let in_list = || last_kept.is_some_and(|j| data_line(strip_number(strip_bullet(&s[ranges[j].clone()]).0)));
        let may_repeat = if chars < SHORT_REPEAT_CHARS {
            !quotation && !in_list()
        } else {
            !quotation || !introduced()
        };
        if let Some(&first) = seen.get(&key).filter(|_| may_repeat) {
            let repeat = Some(Verdict {
                rule: DUPLICATE_PARAGRAPH,
                kind: EditKind::Duplicate,
                confidence: 0.95,
            });
            verdicts[i] = repeat;
            // A live blog's entry is repeated with its time on the line above (`12:40`), or with
            // the lines that stand above its first copy too, each right above the next (`18:00
            // Uhr`, `Erste Prognose: Union klar vorn`).
            if i > 0 && last_kept == Some(i - 1) && is_clock(s[ranges[i - 1].clone()].trim()) {
                verdicts[i - 1] = repeat;
                last_kept = None;
            }
            let (mut j, mut e) = (i, first);
            while j - e > 1 && e > 0 && i - j < ENTRY_HEAD_LINES {
                let (above, above_first) = (s[ranges[j - 1].clone()].trim(), s[ranges[e - 1].clone()].trim());
                if above.is_empty() || verdicts[j - 1].is_some() || above != above_first {
                    break;
                }
                verdicts[j - 1] = repeat;
                last_kept = None;
                (j, e) = (j - 1, e - 1);
            }
            continue;
        }
        // A paragraph of one sentence that ends an earlier paragraph after another sentence (its
        // last sentence alone again after a teaser): a scraped repeat too. (An opening sentence
        // alone again is left to the reading of openings below: less than half stays.)
        let last_sentence = || {
            kept.iter().rev().take(16).any(|k| {
                k.key.len() > key.len()
                    && k.key.ends_with(&key)
                    && ends_with_sentence(s[ranges[k.line].clone()].trim_end(), line.trim_end())
            })
        };
        if may_repeat && last_sentence() {
            verdicts[i] = Some(Verdict {
                rule: DUPLICATE_PARAGRAPH,
                kind: EditKind::Duplicate,
                confidence: 0.9,
            });
            continue;
        }
        // Near copies: only candidates of similar length that share a beginning or an end, and
        // many of their trigrams, get the (quadratic) edit distance; so do only paragraphs short
        // enough for it to be cheap. Trigrams are hashed only for paragraphs that get that far.
        let trigrams = OnceCell::new();
        let near = may_repeat
            && key.len() <= 1000
            && kept.iter().rev().take(16).any(|k| {
                let (a, b) = (k.chars.min(chars), k.chars.max(chars));
                a * 10 >= b * 9
                    && (k.key.get(..12) == key.get(..12)
                        || k.key.get(k.key.len().saturating_sub(12)..) == key.get(key.len().saturating_sub(12)..))
                    && jaccard(
                        k.trigrams.get_or_init(|| trigram_hashes(&k.key)),
                        trigrams.get_or_init(|| trigram_hashes(&key)),
                    ) >= 0.54
                    && strsim::normalized_levenshtein(&k.key, &key) >= config.duplicate_similarity
            });
        // A paragraph that opens or closes an earlier one and is at least half of it: the earlier
        // copy lost its line break and took in its neighbour (`… in Belgrade.Serbia last won …`).
        let part = may_repeat
            && key.len() <= 1000
            && kept.iter().rev().take(16).any(|k| {
                k.key.len() > key.len()
                    && key.len() * 2 >= k.key.len()
                    && (k.key.starts_with(&key) || k.key.ends_with(&key))
            });
        if near || part {
            verdicts[i] = Some(Verdict {
                rule: DUPLICATE_PARAGRAPH,
                kind: EditKind::Duplicate,
                confidence: 0.85,
            });
            continue;
        }
        if key.len() <= 1000 {
            seen.entry(key.clone()).or_insert(i);
            kept.push(Kept {
                key,
                chars,
                trigrams,
                line: i,
            });
        } else {
            seen.entry(key).or_insert(i);
        }
    }
}

/// A paragraph's letters and digits, lower-cased, in one string: the key under which repeats
/// are found whatever their spacing, punctuation or letter case; and its length in chars.
fn compact_key(paragraph: &str) -> (String, usize) {
    /// What an ASCII byte becomes in a key: itself lower-cased if a letter or digit, else 0.
    const ASCII_KEY: [u8; 128] = {
        let mut table = [0; 128];
        let mut b = 0;
        while b < 128 {
            if (b as u8).is_ascii_alphanumeric() {
                table[b] = (b as u8).to_ascii_lowercase();
            }
            b += 1;
        }
        table
    };
    let mut out = Vec::with_capacity(paragraph.len());
    let mut chars = 0;
    let mut rest = paragraph;
    while !rest.is_empty() {
        // A run of ASCII: every byte is written and the cursor moves past letters and digits
        // only, without a branch, so the loop runs at memory speed.
        let ascii = rest.bytes().position(|b| !b.is_ascii()).unwrap_or(rest.len());
        let at = out.len();
        out.resize(at + ascii, 0);
        let mut n = at;
        for b in rest[..ascii].bytes() {
            let kept = ASCII_KEY[usize::from(b)];
            out[n] = kept;
            n += usize::from(kept != 0);
        }
        out.truncate(n);
        chars += n - at;
        rest = &rest[ascii..];
        let Some(c) = rest.chars().next() else { break };
        if c.is_alphanumeric() {
            for lower in c.to_lowercase() {
                out.extend_from_slice(lower.encode_utf8(&mut [0; 4]).as_bytes());
                chars += 1;
            }
        }
        rest = &rest[c.len_utf8()..];
    }
    // Whole chars of the input, ASCII bytes and encoded chars only: always UTF-8.
    (String::from_utf8(out).unwrap_or_default(), chars)
}

/// Fixes inside kept lines: scraper date prefix, trailing site attribution and prompts,
/// repeated sentences, surnames in capitals in credits.
pub fn inline_fixes(
    s: &str,
    kept: impl Iterator<Item = Range<usize>>,
    dict: &ArtifactDict,
    lexicon: Option<&Lexicon>,
    on: impl Fn(&str) -> bool,
) -> Vec<Replacement> {
    let kept: Vec<Range<usize>> = kept.filter(|r| !s[r.clone()].trim().is_empty()).collect();
    let mut out = Vec::new();
    if on(SCRAPER_DATE) {
        if let Some(first) = kept.first() {
            if let Some(len) = scraper_date_prefix(&s[first.clone()]) {
                out.push(Replacement::removal(
                    first.start..first.start + len,
                    EditKind::Boilerplate,
                    SCRAPER_DATE,
                ));
            }
        }
    }
    if on(TIMESTAMP) {
        for range in &kept {
            if let Some(at) = trailing_counts(&s[range.clone()]) {
                out.push(Replacement::removal(
                    range.start + at..range.end,
                    EditKind::Boilerplate,
                    TIMESTAMP,
                ));
            }
        }
    }
    if on(SITE_ATTRIBUTION) {
        // The page's title as the headline (`UAE mediates exchange of 478 captives | Gulf News`).
        let title = kept
            .first()
            .and_then(|first| Some(first.start + title_site_suffix(&s[first.clone()])?..first.end));
        out.extend(
            title
                .clone()
                .map(|range| Replacement::removal(range, EditKind::Boilerplate, SITE_ATTRIBUTION)),
        );
        // The article's last paragraph, whatever chrome the page put after it.
        for range in &kept {
            // (A title's site is gone already: what is before it is read, as a second run will.)
            let end = title
                .as_ref()
                .filter(|t| t.end == range.end && t.start >= range.start)
                .map_or(range.end, |t| t.start);
            let line = &s[range.start..end];
            if let Some(pos) = site_after_slash(line, dict) {
                // Sites one after another (`… / Europa Press / EFE`) go together: what is left
                // must not end in one, or a second run would find it.
                let mut start = pos;
                while let Some(earlier) = site_after_slash(&line[..start], dict) {
                    start = earlier;
                }
                out.push(Replacement::removal(
                    range.start + start..end,
                    EditKind::Boilerplate,
                    SITE_ATTRIBUTION,
                ));
            } else if let Some(start) = agency_sign_off(line, dict) {
                out.push(Replacement::removal(
                    range.start + start..end,
                    EditKind::Boilerplate,
                    SITE_ATTRIBUTION,
                ));
            }
        }
    }
    for (k, range) in kept.iter().enumerate() {
        let line = &s[range.clone()];
        if on(TRAILING_PROMPT) {
            // A prompt is one of the dictionary's lines: a longer last sentence is none (the
            // normalized form is never longer than the sentence by more than its quote marks).
            let short_tail = |pos: usize| line.len() - pos <= dict.longest_line() + 8;
            if let Some(pos) = last_sentence_start(line).filter(|&pos| short_tail(pos)) {
                let sentence = &line[pos..];
                let key = chrome_form(sentence).to_lowercase();
                if dict
                    .line_category(&key)
                    .is_some_and(|c| matches!(c, "follow" | "share" | "subscribe" | "newsletter"))
                {
                    let start = if line[..pos].ends_with(' ') { pos - 1 } else { pos };
                    out.push(Replacement::removal(
                        range.start + start..range.end,
                        EditKind::Boilerplate,
                        TRAILING_PROMPT,
                    ));
                }
            }
        }
        if on(DUPLICATE_SENTENCE) && k > 0 {
            if let Some(len) = repeated_first_sentence(s, &kept[k.saturating_sub(3)..k], line) {
                out.push(Replacement::removal(
                    range.start..range.start + len,
                    EditKind::Duplicate,
                    DUPLICATE_SENTENCE,
                ));
            }
        }
        if on(CREDIT_CAPS) {
            out.extend(capital_byline(line, range.start, dict, lexicon));
            out.extend(credit_caps(line, range.start, dict, lexicon));
        }
        if on(SPEAKER_CAPS) {
            out.extend(speaker_caps(line, range.start, dict, lexicon));
        }
    }
    out.sort_by_key(|r| (r.range.start, r.range.end));
    // Rules may meet on one line (a prompt that is also the attribution); keep the first.
    let mut last_end = 0;
    out.retain(|r| {
        let keep = r.range.start >= last_end;
        if keep {
            last_end = r.range.end;
        }
        keep
    });
    out
}

/// Where the site's name starts that a page's title puts after its headline (`UAE mediates
/// exchange of 478 captives between Russia and Ukraine | Gulf News`): the byte of the space
/// before the bar, where a headline of four words or more comes before one bar and one to three
/// capitalized words after it.
fn title_site_suffix(line: &str) -> Option<usize> {
    let (head, site) = line.trim_end().rsplit_once(" | ")?;
    let site_name = site.split(' ').count() <= 3 && is_credit(site, 3) && !site.contains(|c: char| c.is_ascii_digit());
    (site_name && !head.contains(" | ") && head.split(' ').nth(3).is_some()).then_some(head.len())
}

/// Where the site that published a paragraph starts, after ` / ` at its end (the byte of the
/// space before the slash): after a sentence's end, or after a paragraph that lost its full stop
/// (`… for more than a year / Newsglobe24.com`), not in a list of domains (`wsj.com /
/// nytimes.com`).
fn site_after_slash(line: &str, dict: &ArtifactDict) -> Option<usize> {
    let bytes = line.as_bytes();
    let pos =
        memchr::memrchr(b'/', bytes).filter(|&i| i > 0 && bytes[i - 1] == b' ' && bytes.get(i + 1) == Some(&b' '))? - 1;
    let site = line[pos + 3..].trim();
    let before = line[..pos].trim_end();
    let sentence_end = before.ends_with(['.', '!', '?', '”', '"', '»', ')']);
    let paragraph_end = before.split_whitespace().nth(7).is_some()
        && before.ends_with(char::is_alphabetic)
        && !before.rsplit(' ').next().is_some_and(is_domain);
    ((is_site_name(site) || names_a_site(site, before, dict)) && (sentence_end || paragraph_end)).then_some(pos)
}

/// Where an agency's sign-off between slashes starts, after the last sentence of a paragraph
/// (`… the leaders of Germany instead. /HINA/`): the byte of the space before it.
fn agency_sign_off(line: &str, dict: &ArtifactDict) -> Option<usize> {
    let head = line.trim_end().strip_suffix('/')?;
    let open = head.rfind('/')?;
    let before = line[..open].strip_suffix(' ')?;
    (dict.is_agency(&head[open + 1..]) && before.trim_end().ends_with(['.', '!', '?', '”', '"', '»', ')']))
        .then_some(before.len())
}

/// Whether `site`, after ` / ` at the end of a paragraph (`before`), is the name of the site or
/// agency that published it (`… the war. / Europa Press`, `/ Público`, `/ il Resto del Carlino`,
/// `/ JN`): one to four capitalized words, an article before them allowed. Not a caption's
/// credit: inside parentheses, after a credit word or `©`, or after a surname in capitals
/// (`… in Minsk. Vasily FEDOSENKO / Reuters`), where the credit stays.
fn names_a_site(site: &str, before: &str, dict: &ArtifactDict) -> bool {
    // Articles that `CONNECTORS` lacks (`is_credit` skips the others: `la`, `the`, `der`, …).
    const ARTICLES: &[&str] = &["il ", "lo ", "o ", "a ", "die "];
    let name = ARTICLES.iter().find_map(|a| site.strip_prefix(a)).unwrap_or(site);
    let plain = name
        .chars()
        .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '.' | '\''));
    let open_parenthesis = before.matches('(').count() > before.matches(')').count();
    let last_word = before
        .rsplit(' ')
        .next()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphabetic());
    // A photographer after an agency is a credit (`… UkraineEFE / Mykyta ZHURAVEL`).
    let words: Vec<&str> = name.split(' ').collect();
    let photographer =
        words.len() >= 2 && is_title(words[words.len() - 2]) && surname_in_capitals(words[words.len() - 1]);
    let agency_before = agency_ending(last_word, dict).is_some();
    plain
        && is_credit(name, 4)
        && !open_parenthesis
        && !before.contains('©')
        && dict.credit_prefixes_in(before).next().is_none()
        && !surname_in_capitals(last_word)
        && !photographer
        && !agency_before
}

/// ` date 2022-03-08 ` (or ` date 2022-03 `) at the start: its length with the space after.
pub fn scraper_date_prefix(line: &str) -> Option<usize> {
    let lead = line.len() - line.trim_start().len();
    let rest = line[lead..].strip_prefix("date ")?;
    let date_len = rest.find(' ')?;
    let date = &rest[..date_len];
    let ok = matches!(date.len(), 7 | 10)
        && date.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    ok.then_some(lead + 5 + date_len + 1)
}

/// Where the last sentence of a line starts, if the line has more than one. A sentence end
/// with its space lost (`Aa?Share`) counts too: the `words` stage will restore that space.
fn last_sentence_start(line: &str) -> Option<usize> {
    let cut = line.trim_end().trim_end_matches(['.', '!', '?']);
    cut.char_indices()
        .rev()
        .filter(|&(i, c)| c.is_uppercase() && i > 0)
        .map(|(i, _)| i)
        .find(|&i| {
            let before = cut[..i].trim_end_matches(' ');
            before.ends_with(['.', '!', '?']) && before.trim_end_matches(['.', '!', '?']).ends_with(char::is_alphabetic)
        })
}

/// If the line opens with the sentence that the previous lines end with, its length with the
/// space after. Spaces do not count in the comparison, and a full stop right before a capital
/// ends a sentence too: the `words` stage may restore a lost space there later (`ihreInflation`,
/// `2022.The`), and the line must be judged the same before and after.
fn repeated_first_sentence(s: &str, before: &[Range<usize>], line: &str) -> Option<usize> {
    // The first sentence end (or the first after a too-short start such as `The U.S.`) that makes
    // the opening long enough not to repeat by chance: about 40 characters with their spaces,
    // which are not counted, as a restored one must not change the verdict.
    let end = line
        .match_indices('.')
        .map(|(i, _)| i + 1)
        .filter(|&i| line[i..].starts_with(' ') || line[i..].starts_with(char::is_uppercase))
        .find(|&i| line[..i].chars().filter(|c| !c.is_whitespace()).count() >= 34)?;
    let sentence = &line[..end];
    // The text before must end as the sentence does: checked before anything is joined.
    let tail = |t: &str| {
        t.chars()
            .rev()
            .filter(|c| !c.is_whitespace())
            .take(8)
            .collect::<String>()
    };
    if tail(&s[before.last()?.clone()]) != tail(sentence) {
        return None;
    }
    // Only the end of the text before matters: gather lines from the last one back until
    // there is enough to hold the sentence, rather than joining everything before.
    let need = sentence.len() * 2;
    let mut taken = 0;
    let first = before
        .iter()
        .rposition(|r| {
            taken += r.len() + 1;
            taken >= need
        })
        .unwrap_or(0);
    let squash = |t: &str| t.split_whitespace().collect::<String>();
    let previous: String = before[first..].iter().map(|r| squash(&s[r.clone()])).collect();
    let space = usize::from(line[end..].starts_with(' '));
    previous.ends_with(&squash(sentence)).then_some(end + space)
}

/// What ends a byline's name before a date or a place (`Von Katrin WEBER | 29.09.2022`).
const BYLINE_SEPARATORS: &[&str] = &[" | ", " – ", " — ", " - "];

/// The longest name of a byline without a lead word, in bytes.
const BYLINE_NAME_BYTES: usize = 80;

/// The longest byline, in words with its lead (`By Tamar KIKNADZE, Tbilisi` has four).
const BYLINE_MAX_WORDS: usize = 8;

/// The parts of `line` that are credits, as byte ranges: a parenthesized credit with slashes
/// (`(Sergei KHOLODILIN / BELTA / AFP)`), the rest of the line after a credit prefix of the
/// dictionary when it reads as a credit (`… border. Photo: Andrei STASEVICH / Reuters`), and a
/// short line that opens with a byline word (`By Tamar KIKNADZE, Tbilisi`).
fn credit_spans(line: &str, dict: &ArtifactDict, lexicon: Option<&Lexicon>) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    // In parentheses, or in brackets as Al Jazeera's captions end (`… in Kherson [Oleksandr
    // GIMANOV/AFP]`).
    for (opening, closing) in [('(', ')'), ('[', ']')] {
        let mut search = 0;
        while let Some(open) = line[search..].find(opening).map(|i| i + search) {
            let Some(close) = line[open..].find(closing).map(|i| i + open) else {
                break;
            };
            search = close + 1;
            let inside = &line[open + 1..close];
            // `(Sergei KHOLODILIN / BELTA / AFP)`, `(Photo : Laure FABRE / archives)`: a credit names
            // an agency or opens with its prefix; a team or a country with a slash does neither
            // (`(Slowenien/UAE Team Emirates XRG)`).
            // An agency glued to the next word counts as the `words` stage will leave it (`AFPKiev`
            // → `AFP Kiev`), so that a second run judges the credit as the first did.
            let agency = |w: &str| dict.is_agency(w) || glue_points(w).next().is_some_and(|i| dict.is_agency(&w[..i]));
            let credited = || {
                inside.split(['/', ' ']).any(|w| agency(w.trim()))
                    || dict.credit_prefixes_in(inside).next().is_some_and(|(at, _)| at == 0)
            };
            if inside.contains('/') && credited() {
                spans.push(open + 1..close);
            } else if let Some((0, end)) = dict.credit_prefixes_in(inside).next() {
                // `(Photo: Vojtěch KREJČÍ, MAFRA)`: a credit prefix opens the parentheses.
                if is_credit(inside[end..].trim_matches([' ', ':', '.']), 6) {
                    spans.push(open + 1 + end..close);
                }
            }
        }
    }
    for (at, end) in dict.credit_prefixes_in(line) {
        // At the start of the line or of a sentence, outside parentheses.
        let before = line[..at].trim_end();
        // Or a capitalized prefix with its colon after a caption that has no full stop (`… am
        // Stadtrand von Charkiw Foto: Serhij KOVAL / AFP`).
        let prefix = &line[at..end];
        let captioned = prefix.starts_with(char::is_uppercase) && prefix.trim_end().ends_with(':');
        let opens = before.is_empty() || before.ends_with(['.', '!', '?', '—', '–', '|']) || captioned;
        let rest = end..line.len();
        let credit = line[rest.clone()].trim_matches([' ', ':', '.']);
        if opens && !line[rest.clone()].contains(['(', ')']) && credit_parts(credit) {
            spans.push(rest);
        }
    }
    // A caption's credit after its last sentence, with a slash and a news agency last or first
    // (`… in Minsk. Vasily FEDOSENKO / Reuters`, `… de Sarajevo. EFE/Elvir HODŽIĆ`).
    // (Not where a span found above already reaches.)
    // (Or after a dash: `… this Thursday (10) - Renato MACHADO/Folhapress`.)
    let bytes = line.as_bytes();
    // (A middle initial's full stop ends no sentence: `… à New York. © Timothy A. CLARY / AFP`.)
    let initial = |i: usize| i >= 2 && bytes[i - 1].is_ascii_uppercase() && bytes[i - 2] == b' ';
    let sentence_end = memchr::memrchr_iter(b'.', bytes)
        .find(|&i| bytes.get(i + 1) == Some(&b' ') && !initial(i))
        .map(|i| i + 2);
    let dash = memchr::memrchr_iter(b'-', bytes)
        .find(|&i| i > 0 && bytes[i - 1] == b' ' && bytes.get(i + 1) == Some(&b' '))
        .map(|i| i + 2);
    // (Or at an agency that opens the credit after a caption that lost its full stop, glued to
    // it or not: `… en Járkov, UcraniaEFE/Oleh KOVALENKO`.)
    let agency_opens = memchr::memchr(b'/', bytes).and_then(|slash| {
        let before = line[..slash].trim_end();
        let start = before.rfind(' ').map_or(0, |i| i + 1);
        agency_ending(&before[start..], dict).map(|i| start + i)
    });
    // (Or at a photographer's given name before the surname in capitals and the agency, glued
    // to a caption that lost its full stop or not: `… im Norden von CharkiwSergey BOBOK/AFP`.)
    let name_opens = memchr::memrchr(b'/', bytes).and_then(|slash| {
        let (rest, surname) = line[..slash].trim_end().rsplit_once(' ')?;
        let start = rest.rfind(' ').map_or(0, |i| i + 1);
        let token = &rest[start..];
        let given = glue_points(token).last().unwrap_or(0);
        (surname_in_capitals(surname) && is_title(&token[given..]) && dict.is_agency(line[slash + 1..].trim()))
            .then_some(start + given)
    });
    // (Or the whole line: `Foto ANSA/Giorgio VESCOVINI`.)
    let at = sentence_end.max(dash).max(agency_opens).max(name_opens).unwrap_or(0);
    if spans.iter().all(|s| s.end <= at) {
        let credit = line[at..].trim_end();
        // A sign or a credit word before it says what it is (`© EWR / Sergei KOVALYOV`, `Photo
        // ANSA/Marco ROSSETTI`).
        let signed = credit.starts_with('©');
        let credit = credit.trim_start_matches(['©', ' ']);
        let worded = ["Photo ", "Foto ", "Picture "]
            .iter()
            .find_map(|word| credit.strip_prefix(word));
        let credit = worded.unwrap_or(credit);
        // (Or a bar before the agency: `… de Chisinau. Daniel MIHAILESCU | AFP`.)
        let agency_last = credit
            .rsplit_once(['/', '|'])
            .is_some_and(|(_, a)| dict.is_agency(a.trim()));
        let agency_first = credit.split_once('/').is_some_and(|(a, _)| dict.is_agency(a.trim()));
        // Or the agency in parentheses after the photographer (`… de Kramatorsk. GENYA SAVILOV
        // (AFP)`).
        let (credit, agency_after) = match credit.strip_suffix(')').and_then(|c| c.rsplit_once(" (")) {
            Some((name, agency)) if dict.is_agency(agency) => (name, true),
            _ => (credit, false),
        };
        // A credit word before a name needs no agency (`… mardi matin. Photo Thierry MORVAN`).
        let photographer = worded.is_some() && is_byline_name(credit);
        if (agency_last || agency_first || agency_after || signed && credit.contains('/') || photographer)
            && !credit.contains(['(', ')'])
            && is_credit(&credit.replace(" | ", " / "), 6)
        {
            spans.push(at..line.len());
        }
    }
    // A byline: the line, or a part of it after a date (`11.01.2024 | Author: Katarzyna WRÓBEL`).
    // (Or a wire's credits of its staff, one after another: `Reporting by Olena VYSOTSKA in
    // Zaporizhzhia; Editing by Gareth Pryce`.)
    let separator = if line.as_bytes().contains(&b'|') {
        Some(" | ")
    } else if line.as_bytes().contains(&b';') && line.contains(" by ") {
        Some("; ")
    } else {
        None
    };
    let parts: &mut dyn Iterator<Item = &str> = match separator {
        Some(separator) => &mut line.split(separator),
        None => &mut std::iter::once(line),
    };
    let mut part_start = 0;
    for part in parts {
        if let Some(span) = byline_span(part, dict, lexicon) {
            spans.push(part_start + span.start..part_start + span.end);
        }
        part_start += part.len() + separator.map_or(0, str::len);
    }
    // (A credit in parentheses inside brackets is found twice: the outer span is kept.)
    spans.sort_by_key(|span| (span.start, std::cmp::Reverse(span.end)));
    let mut reached = 0;
    spans.retain(|span| {
        let apart = span.start >= reached;
        reached = reached.max(span.end);
        apart
    });
    spans
}

/// The name of a byline in `part` (a line or a part of one between ` | `): after a lead word
/// (`By`, `Author:`), up to the end; or alone, the name and no more (`Anna WILCZYŃSKA`,
/// `Tereza HORÁKOVÁ, ČTK`, `Dr. Jonas HÄUSLER`, `Katarzyna WRÓBEL – analyst of …`), its surname
/// no frequent word (`Breaking NEWS`, `Watch LIVE`, `Russia NATO`) and no agency.
fn byline_span(part: &str, dict: &ArtifactDict, lexicon: Option<&Lexicon>) -> Option<Range<usize>> {
    let trimmed = part.trim_start();
    let start = part.len() - trimmed.len();
    // The name ends where a date, a role or the site's name follows a separator (`Par Élodie
    // MARCHAND – Publié le 01/09/2022 à 14h30`).
    let name_of = |rest: &'_ str| -> usize {
        BYLINE_SEPARATORS
            .iter()
            .filter_map(|sep| rest.find(sep))
            .min()
            .unwrap_or(rest.len())
    };
    let lead = BYLINE_LEADS
        .iter()
        .find(|l| trimmed.strip_prefix(**l).is_some_and(|r| r.starts_with(' ')));
    if let Some(lead) = lead {
        // The writer's role may come between (`by our correspondent Paolo FERRANTE`).
        let mut rest = &trimmed[lead.len()..];
        while let Some((role, after)) = rest.trim_start().split_once(' ') {
            if !BYLINE_ROLES.contains(&role) {
                break;
            }
            rest = &rest[rest.len() - after.len() - 1..]; // from the space before the next word
        }
        let name = &rest[..name_of(rest)];
        // Counted up to the surname in capitals: what follows is the place or the next name
        // (`Reporting by Olena VYSOTSKA in Zaporizhzhia and Pavlo Kravets in Kyiv`).
        let caps_end = name
            .split(' ')
            .scan(0, |end, w| {
                *end += w.len() + 1;
                Some((*end - 1, w))
            })
            .find(|(_, w)| surname_in_capitals(w.trim_end_matches(',')))
            .map_or(name.len(), |(end, _)| end);
        let short = lead.split(' ').count() + word_count(&name[..caps_end]) <= BYLINE_MAX_WORDS;
        return (short && is_byline_name(rest)).then(|| part.len() - rest.len()..part.len());
    }
    // A name alone is 80 bytes at most, two joined by a conjunction twice that: the separator,
    // if any, is looked for in the line's head only, so that a paragraph is not searched end to
    // end four times.
    let head = head_within(trimmed, 2 * BYLINE_NAME_BYTES + 8);
    let name_end = name_of(head).min(role_after_surname(head).unwrap_or(head.len()));
    if name_end == head.len() && head.len() < trimmed.len() {
        return None;
    }
    let name = trimmed[..name_end].trim_end();
    // Two writers (`Mehmet ÇELİK and Ayşe Gül TOPRAK`), each a name alone.
    let pair = [" and ", " & ", " und ", " et ", " y ", " e "]
        .iter()
        .find_map(|and| name.split_once(and))
        .is_some_and(|(one, other)| name_alone(one, dict, lexicon) && name_alone(other, dict, lexicon));
    (pair || name_alone(name, dict, lexicon)).then(|| start..start + name.len())
}

/// Where the writer's role starts right after a surname in capitals, without a separator
/// (`Marta SALAVERRI Special envoy to Irpin`, `Lucía MORENTE Enviada especial`): the byte of the
/// space before it.
fn role_after_surname(head: &str) -> Option<usize> {
    // (Most heads have no word in capitals: decided before they are split into words.)
    if !capitals_in_a_row(head) {
        return None;
    }
    let mut words = head.split(' ').scan(0, |at, w| {
        let start = *at;
        *at += w.len() + 1;
        Some((start, w))
    });
    let mut caps_before = false;
    words.find_map(|(start, w)| {
        let role = caps_before && start > 0 && with_lowercase(w, |w| BYLINE_ROLES.contains(&w));
        caps_before = surname_in_capitals(w);
        role.then(|| start - 1)
    })
}

/// Whether `name` is a byline's name on its own (`Anna WILCZYŃSKA`, `Dr. Jonas HÄUSLER`): four
/// words at most, its surname in capitals no frequent word (`Breaking NEWS`) and no agency.
fn name_alone(name: &str, dict: &ArtifactDict, lexicon: Option<&Lexicon>) -> bool {
    if name.len() > BYLINE_NAME_BYTES || word_count(name) > 4 || !is_byline_name(name) {
        return false;
    }
    let surname = name
        .split([' ', ','])
        .take_while(|w| !w.is_empty())
        .last()
        .unwrap_or("");
    let frequent = lexicon.is_some_and(|lex| lex.count(&surname.to_lowercase()) >= COMMON_WORD);
    !frequent && !dict.is_agency(surname)
}

/// Where a news agency that ends `word` starts: the whole word (`EFE`), or its part after a glue
/// point (`UcraniaEFE`, as the `words` stage will part it).
fn agency_ending(word: &str, dict: &ArtifactDict) -> Option<usize> {
    std::iter::once(0)
        .chain(glue_points(word))
        .find(|&i| dict.is_agency(&word[i..]))
}

/// The most letters of a word in capitals read as an acronym after a place (`OVA`, `RMA`).
const ACRONYM_LETTERS: usize = 3;

/// Whether `line` has two upper-case letters in a row, as a word in capitals has.
fn capitals_in_a_row(line: &str) -> bool {
    if line.is_ascii() {
        return line
            .as_bytes()
            .windows(2)
            .any(|w| w[0].is_ascii_uppercase() && w[1].is_ascii_uppercase());
    }
    let mut before = false;
    line.chars().any(|c| {
        let upper = c.is_uppercase();
        std::mem::replace(&mut before, upper) && upper
    })
}

/// Whether `w` is a surname in capitals, as credits and bylines write it (`KHOLODILIN`,
/// `HRYTSENKO-BILA`, `McLEAN`).
fn surname_in_capitals(w: &str) -> bool {
    let caps = w.strip_prefix("Mc").unwrap_or(w);
    caps.chars().count() >= 2
        && caps.chars().all(|c| c.is_uppercase() || c == '-' || c == '\'')
        && caps.chars().any(char::is_alphabetic)
}

/// Whether `rest` (after a byline's lead word) is a name ending in a surname in capitals, then
/// the end, a comma (`Tamar KIKNADZE, Tbilisi`), a conjunction or the paper's `for` (`Holly
/// CARNE for the Daily Banner`): `By Sunday NATO had agreed` is a sentence, not a byline.
fn is_byline_name(rest: &str) -> bool {
    // Words as the `words` stage will leave them: a lost space before a capital put back
    // (`ReznikovKiev`, `TheZZ`), so that a second run judges the line as the first did.
    let words: Vec<&str> = rest
        .split_whitespace()
        .flat_map(|w| {
            let mut start = 0;
            camel_steps(w)
                .chain(std::iter::once(w.len()))
                .map(move |end| &w[std::mem::replace(&mut start, end)..end])
                .collect::<Vec<_>>()
        })
        .collect();
    let Some(k) = words.iter().position(|w| surname_in_capitals(w.trim_end_matches(','))) else {
        return false;
    };
    let given_name = |w: &str| {
        let mut c = w.chars();
        c.next().is_some_and(char::is_uppercase) && c.all(|c| c.is_lowercase() || c == '-')
    };
    let given = k >= 1 && words[..k].iter().all(|w| HONORIFICS.contains(w) || given_name(w));
    // (Or the place the writer reports from: `Olena VYSOTSKA in Zaporizhzhia`.)
    let from_place =
        || words.get(k + 1) == Some(&"in") && words.get(k + 2).is_some_and(|w| is_title(w.trim_end_matches(',')));
    let ends = words[k].ends_with(',')
        || from_place()
        || words.get(k + 1).is_none_or(|next| {
            matches!(
                *next,
                "and"
                    | "y"
                    | "et"
                    | "und"
                    | "e"
                    | "/"
                    | "|"
                    | "-"
                    | "–"
                    | "with"
                    | "mit"
                    | "avec"
                    | "con"
                    | "com"
                    | "for"
            )
        });
    given && ends
}

/// Surnames in capitals in a credit or byline (see [`credit_spans`]): `(Sergei KHOLODILIN /
/// BELTA / AFP)` → `Kholodilin`. A capitalized word must come before the capitals (a given
/// name), and agency names stay; a short word in capitals after a place is an acronym
/// (`Dnepropetrovsk OVA`).
fn credit_caps(line: &str, offset: usize, dict: &ArtifactDict, lexicon: Option<&Lexicon>) -> Vec<Replacement> {
    let mut out = Vec::new();
    // Most lines have no two capitals in a row, so no surname in capitals to fix: decided before
    // any credit is looked for.
    if !capitals_in_a_row(line) {
        return out;
    }
    for span in credit_spans(line, dict, lexicon) {
        let mut part_start = span.start;
        // A name all in capitals beside an agency's slash (`ANSA/ MARCO LUPERI`, `ROSLAN RAHMAN /
        // AFP`) makes a part of its own (see [`name_in_capitals`]).
        // (Parts end at a slash or an agency's opening parenthesis: `GENYA SAVILOV (AFP)`; a
        // credit's word may open the agency's part: `foto: ANSA/FABIO FRUSTACI`.)
        let credit = &line[span.clone()];
        let agency_part = credit.split(['/', '(']).any(|p| {
            let p = p.trim().trim_end_matches(')');
            dict.is_agency(p) || p.rsplit_once(' ').is_some_and(|(_, last)| dict.is_agency(last))
        });
        for part in line[span].split(['/', '(']) {
            let capital_name = agency_part && {
                let words: Vec<&str> = part.split_whitespace().collect();
                name_in_capitals(&words, dict, lexicon)
            };
            let mut prev_given = capital_name;
            // Whether that word is a place: a short word in capitals after a place is an acronym
            // (`Dnepropetrovsk OVA`, `Kharkiv RMA`), not a surname (`Vitaliy KIM`).
            let mut prev_place = false;
            let mut word_start = part_start;
            // Words end at sentence punctuation too: the `words` stage restores a lost space
            // there (`na?He`) after this stage has judged the line, and the verdict must not change.
            // (From its first word: `/ MARCO LUPERI` has a space after the slash.)
            let words_from = part.len() - part.trim_start().len();
            word_start += words_from;
            // Whether the last word was a middle initial after a given name (`Timothy A. CLARY`):
            // the name goes on past its full stop.
            let mut after_initial = false;
            for word in part[words_from..].split([' ', '.', '?', '!', ',']) {
                if word.is_empty() && after_initial {
                    word_start += 1;
                    continue;
                }
                after_initial = prev_given && word.chars().count() == 1 && word.starts_with(char::is_uppercase);
                let letters = word.trim_matches(|c: char| !c.is_alphabetic());
                let letters_at = word_start + word.find(letters).unwrap_or(0);
                // As the `words` stage may leave it: a lost space before a capital put back
                // (`MtifWi` -> `Mtif Wi`, `HeET` -> `He ET`), each part read as a word, so that
                // a second run judges the credit as the first did.
                // (An agency in mixed case is one word: `BelTA`.)
                let steps: Vec<usize> = if surname_in_capitals(letters) || dict.is_agency(letters) {
                    Vec::new()
                } else {
                    camel_steps(letters).collect()
                };
                let mut from = 0;
                for to in steps.into_iter().chain(std::iter::once(letters.len())) {
                    let piece = &letters[from..to];
                    let all_caps = surname_in_capitals(piece);
                    let surname_sized = piece.chars().count() > ACRONYM_LETTERS || !prev_place;
                    if all_caps && prev_given && surname_sized && !dict.is_agency(piece) {
                        let at = letters_at + from;
                        out.push(
                            Replacement::new(
                                offset + at..offset + at + piece.len(),
                                title_case(piece),
                                EditKind::Caps,
                                CREDIT_CAPS,
                            )
                            .with_confidence(0.85),
                        );
                    }
                    // A given name has three letters at least (`LiDAR` is a brand's case, not `Li`
                    // and a surname in capitals), whether the words stage parts it or not.
                    prev_given = (is_title(piece) && piece.chars().nth(2).is_some())
                        || (all_caps && prev_given)
                        || after_initial;
                    prev_place = is_title(piece) && is_gazetteer_name(piece);
                    from = to;
                }
                word_start += word.len() + 1;
            }
            part_start += part.len() + 1;
        }
    }
    out
}

/// A byline whose names are all in capitals, as the Associated Press writes them (`By HANNA
/// ARHIROVA and SUSIE BLANN`) → title case: the line is `By` and one to three names joined by
/// `and` or commas, each a [`name_in_capitals`] (not `By NATO TROOPS`, `By AFP STAFF`).
fn capital_byline(line: &str, offset: usize, dict: &ArtifactDict, lexicon: Option<&Lexicon>) -> Vec<Replacement> {
    let Some(names) = line.trim_end().strip_prefix("By ") else {
        return Vec::new();
    };
    // The agency that signs after the names, in title case (`By JIM HEINTZ and YURAS KARMANAU
    // Associated Press`, `… The Canadian Press`, `… Reuters`): where the first word with a small
    // letter starts, other than `and`.
    let signature = names.match_indices(' ').map(|(i, _)| i + 1).find(|&i| {
        names[i..]
            .split(' ')
            .next()
            .is_some_and(|w| w != "and" && w.chars().any(char::is_lowercase))
    });
    let names = match signature {
        Some(i) if signs_as_agency(&names[i..], dict) => names[..i].trim_end(),
        _ => names,
    };
    // The names' words with their byte offsets in `line`; `and` and a comma end a name.
    let mut parsed: Vec<Vec<(usize, &str)>> = vec![Vec::new()];
    let mut at = line.len() - line.trim_start().len() + 3;
    for token in names.split(' ') {
        let word = token.strip_suffix(',').unwrap_or(token);
        match (word, parsed.last_mut()) {
            ("and", _) => parsed.push(Vec::new()),
            (_, Some(name)) => name.push((at, word)),
            (_, None) => {}
        }
        if word.len() < token.len() {
            parsed.push(Vec::new());
        }
        at += token.len() + 1;
    }
    parsed.retain(|name| !name.is_empty()); // (`, and`)
    let fits = |name: &Vec<(usize, &str)>| {
        let words: Vec<&str> = name.iter().map(|&(_, w)| w).collect();
        name_in_capitals(&words, dict, lexicon)
    };
    if parsed.is_empty() || parsed.len() > 3 || !parsed.iter().all(fits) {
        return Vec::new();
    }
    parsed
        .iter()
        .flatten()
        .map(|&(at, word)| {
            Replacement::new(
                offset + at..offset + at + word.len(),
                title_case(word),
                EditKind::Caps,
                CREDIT_CAPS,
            )
            .with_confidence(0.85)
        })
        .collect()
}

/// Whether `signature` after a byline's names is an agency's: one the dictionary lists
/// (`Reuters`), or up to four capitalized words ending in `Press` (`Associated Press`, `The
/// Canadian Press`).
fn signs_as_agency(signature: &str, dict: &ArtifactDict) -> bool {
    let words: Vec<&str> = signature.split(' ').collect();
    match words.as_slice() {
        [one] => dict.is_agency(one),
        [.., "Press"] => words.len() <= 4 && words.iter().all(|w| w.starts_with(char::is_uppercase)),
        _ => false,
    }
}

/// Whether `words` are a person's name all in capitals (`ROSLAN RAHMAN`, `HANNA ARHIROVA`): two or
/// three words in capitals and no agency, the first a common given name or every word one of
/// three letters or more that the lexicon does not count as a common word (not `NATO TV`, `AFP
/// PHOTO`, `KREMLIN POOL`).
fn name_in_capitals(words: &[&str], dict: &ArtifactDict, lexicon: Option<&Lexicon>) -> bool {
    let rare =
        |w: &str| w.chars().nth(2).is_some() && lexicon.is_some_and(|lex| lex.count(&w.to_lowercase()) < COMMON_WORD);
    (2..=3).contains(&words.len())
        && words.iter().all(|w| surname_in_capitals(w) && !dict.is_agency(w))
        && (personal_name(&title_case(words[0])).is_some_and(|n| n.given) || words.iter().all(|w| rare(w)))
}

/// Speaker labels of a transcript in capitals: `VASSILY NEBENZIA (Russia): “…”`, `DMITRIY (not
/// given a family name), (Russian): “…”` → title case. The name (one to three words in capitals
/// of three letters or more, no agency, one of them a word of five letters or more that is no
/// common word of the language) starts the line or follows a sentence end or a comma, and is
/// followed by one or two parenthesized notes in ordinary case, a colon and a quotation: a
/// dateline (`KYIV (Reuters) -`), a heading (`UPDATE (Monday): “…”`) or an acronym (`NATO`,
/// `OSCE`) is none.
fn speaker_caps(line: &str, offset: usize, dict: &ArtifactDict, lexicon: Option<&Lexicon>) -> Vec<Replacement> {
    if let Some(out) = named_speaker_caps(line, offset, dict, lexicon) {
        return out;
    }
    let mut out = Vec::new();
    let mut search = 0;
    while let Some(open) = line[search..].find(" (").map(|i| i + search) {
        search = open + 2;
        // One or two notes, then the colon.
        let mut at = open + 1;
        let mut notes = 0;
        while notes < 2 && line[at..].starts_with('(') {
            // A note is short: its `)` is looked for in the next 64 bytes only, so that a long
            // line of unclosed `(` is read once, not once per bracket.
            let window = &line.as_bytes()[at..line.len().min(at + 64)];
            let Some(close) = memchr::memchr(b')', window).map(|i| i + at) else {
                break;
            };
            let note = &line[at + 1..close];
            let ordinary_case = note.chars().any(char::is_lowercase) && !note.chars().any(|c| c.is_ascii_digit());
            if !ordinary_case || note.len() > 60 {
                break;
            }
            notes += 1;
            at = close + 1;
            if line[at..].starts_with(", (") {
                at += 2;
            }
        }
        let quote = line[at..]
            .strip_prefix(':')
            .map(str::trim_start)
            .is_some_and(|q| q.starts_with(['“', '"', '«', '„', '‘']));
        if notes == 0 || !quote {
            continue;
        }
        // The name before the first note: words in capitals back to a boundary.
        let head = &line[..open];
        let head = head.strip_suffix(',').unwrap_or(head);
        let mut start = head.len();
        let mut words = Vec::new();
        for word in head.rsplit(' ') {
            let caps = word.chars().count() >= 3
                && word.chars().all(|c| c.is_uppercase() || c == '-' || c == '\'')
                && word.chars().any(char::is_alphabetic)
                && !dict.is_agency(word);
            if !caps || words.len() == 3 {
                break;
            }
            start -= word.len();
            words.push((start, word));
            start = start.saturating_sub(1);
        }
        let Some(&(first, _)) = words.last() else {
            continue;
        };
        let name_like = |w: &str| {
            w.chars().nth(4).is_some() && lexicon.is_none_or(|lex| with_lowercase(w, |w| lex.count(w)) < COMMON_WORD)
        };
        if !words.iter().any(|&(_, w)| name_like(w)) {
            continue;
        }
        let before = line[..first].trim_end();
        if !(before.is_empty() || before.ends_with(['.', '!', '?', '”', '"', ',', ':'])) {
            continue;
        }
        for &(at, word) in words.iter().rev() {
            out.push(speaker_surname(offset + at, word));
        }
    }
    out
}

/// A speaker's label that opens a line with a given name or an initial before a surname in
/// capitals, then a note in brackets, a role after a comma or nothing, then a colon before what
/// they said (`Ihor TEREKHOV (mayor of Kharkiv): "…"`, `Sergey LAVROV, Minister of Foreign
/// Affairs: "…"`, `N. DENDIAS: We are …`): the surname in title case. The given name or initial
/// tells it from a dateline (`KYIV: …`) and a label (`UPDATE: …`).
fn named_speaker_caps(
    line: &str,
    offset: usize,
    dict: &ArtifactDict,
    lexicon: Option<&Lexicon>,
) -> Option<Vec<Replacement>> {
    let colon = head_within(line, 160).find(':')?;
    let said = line[colon + 1..].trim_start();
    if !said.starts_with(|c: char| c.is_uppercase() || "“\"«„‘".contains(c)) {
        return None;
    }
    let head = &line[..colon];
    let name = &head[..head.find([',', '(']).unwrap_or(head.len())];
    let rest = &head[name.len()..];
    if !(rest.is_empty() || rest.starts_with(',') || rest.starts_with('(') && rest.ends_with(')')) {
        return None;
    }
    let mut words = name.trim_end().split(' ');
    let given = words.next()?;
    let initial = given.len() == 2 && given.ends_with('.') && given.starts_with(|c: char| c.is_ascii_uppercase());
    // A given name: a listed one, or any word in title case that is no common word (`Ihor`).
    let given_name = personal_name(given).is_some_and(|n| n.given)
        || is_title(given) && lexicon.is_some_and(|lex| with_lowercase(given, |g| lex.count(g)) < COMMON_WORD / 10);
    if !initial && !given_name {
        return None;
    }
    let mut at = given.len() + 1;
    let mut out = Vec::new();
    for word in words {
        let caps = word.chars().count() >= 3
            && word.chars().all(|c| c.is_uppercase() || c == '-' || c == '\'')
            && !dict.is_agency(word)
            && lexicon.is_none_or(|lex| with_lowercase(word, |w| lex.count(w)) < COMMON_WORD);
        if !caps || out.len() == 2 {
            return None;
        }
        out.push(speaker_surname(offset + at, word));
        at += word.len() + 1;
    }
    (!out.is_empty()).then_some(out)
}

/// A speaker's surname in capitals at byte `at`, written in title case.
fn speaker_surname(at: usize, word: &str) -> Replacement {
    Replacement::new(at..at + word.len(), title_case(word), EditKind::Caps, SPEAKER_CAPS).with_confidence(0.8)
}

/// A corpus count above which a word in capitals is a word of the language (`UPDATE`, `WARNING`,
/// `EXCLUSIVE`: 7 to 13 million in the English lexicon) rather than a name (`VLADIMIR`, 1.8
/// million; `DMITRIY`, none).
const COMMON_WORD: u64 = 3_000_000;

/// `KHOLODILIN` → `Kholodilin`, `SMITH-JONES` → `Smith-Jones`.
fn title_case(word: &str) -> String {
    // Scottish and Irish `Mc` names keep the capital after it (`MCGOWAN` → `McGowan`); `Mac` is
    // left alone (`MACRON`, `MACHADO`).
    if let Some(rest) = word
        .strip_prefix("MC")
        .or_else(|| word.strip_prefix("Mc"))
        .filter(|rest| rest.chars().nth(1).is_some())
    {
        return format!("Mc{}", title_case(rest));
    }
    let mut out = String::with_capacity(word.len());
    let mut start = true;
    for c in word.chars() {
        if start {
            out.push(c);
        } else if c == 'İ' {
            // Turkish dotted capital I is the small i (`ÇELİK` → `Çelik`), not i with a dot above.
            out.push('i');
        } else {
            out.extend(c.to_lowercase());
        }
        start = c == '-' || c == '\'';
    }
    out
}
