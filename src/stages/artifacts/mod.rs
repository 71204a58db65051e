//! The `artifacts` stage: lines that are not part of the article.
//!
//! Scraping and machine translation leave promos for other articles (`SIGHT: …` is Spanish
//! `MIRA:` translated literally), lists of other headlines, site chrome (`Skip to content`,
//! `Share this article:`, image file names, `Source: X`), repeated paragraphs, and credits with
//! surnames in capitals. Each line is judged on its own shape first, then against the
//! dictionaries in `dictionaries/artifacts/`: a label alone is never enough (`Look: the numbers
//! speak for themselves.` stays), the label must be in capitals, followed by `:` or `|`, with a
//! headline after it and nothing else on the line.
//!
//! A removed line takes its line break (and the blank lines after it) along, so no gap is left;
//! with `removals = "report"` lines are flagged instead of removed.
//!
//! # Example
//!
//! ```
//! use mtnorm::Normalizer;
//!
//! let n = Normalizer::builder().language("en").build().unwrap();
//! let input = "Talks began on Monday.\n\nSIGHT: Putin puts forces on high alert\n\nLook: the numbers speak for themselves.\nShare this article:\n";
//! assert_eq!(n.normalize(input).text, "Talks began on Monday.\n\nLook: the numbers speak for themselves.\n");
//! ```

mod dict;
mod lines;

use crate::config::{ArtifactsConfig, Removals, RuleFilter};
use crate::edit::{EditKind, Replacement};
use crate::finding::FindingKind;
use crate::stage::{Context, Rule, Stage};
use crate::{Result, Text};
pub use dict::ArtifactDict;
use lines::{line_ranges, Verdict};
use std::ops::Range;
use std::path::PathBuf;
use std::sync::{Arc, LazyLock};

/// The built-in dictionaries, parsed once and shared by every normalizer.
static BUILTIN: LazyLock<Arc<ArtifactDict>> =
    LazyLock::new(|| Arc::new(ArtifactDict::load(&[]).expect("built-in artifact dictionaries parse")));

/// Whether `word`, in any letter case, is a built-in news agency (`Reuters`, `Ukrinform`).
pub(crate) fn is_news_agency(word: &str) -> bool {
    BUILTIN.is_agency(word)
}

pub(crate) const TEASER_LABEL: &str = "teaser.label";
pub(crate) const HEADLINE_LIST: &str = "teaser.headline-list";
pub(crate) const DANGLING_INTRO: &str = "teaser.dangling-intro";
pub(crate) const BREADCRUMB: &str = "chrome.breadcrumb";
pub(crate) const CHROME_PHRASE: &str = "chrome.phrase";
pub(crate) const MENU: &str = "chrome.menu";
pub(crate) const PAGE_HEAD: &str = "chrome.page-head";
pub(crate) const SOURCE_LINE: &str = "chrome.source-line";
pub(crate) const IMAGE_FILE: &str = "chrome.image-file";
pub(crate) const COPYRIGHT: &str = "chrome.copyright";
pub(crate) const TRANSLATION_NOTICE: &str = "chrome.translation-notice";
pub(crate) const TIMESTAMP: &str = "chrome.timestamp";
pub(crate) const PUNCTUATION: &str = "chrome.punctuation-line";
pub(crate) const SITE_ATTRIBUTION: &str = "chrome.site-attribution";
pub(crate) const SCRAPER_DATE: &str = "chrome.scraper-date";
pub(crate) const TRAILING_PROMPT: &str = "chrome.trailing-prompt";
pub(crate) const READER_PROMPT: &str = "chrome.reader-prompt";
pub(crate) const CREDIT_CAPS: &str = "credit.caps";
pub(crate) const SPEAKER_CAPS: &str = "credit.speaker-caps";
pub(crate) const DUPLICATE_PARAGRAPH: &str = "duplicate.paragraph";
pub(crate) const DUPLICATE_SENTENCE: &str = "duplicate.sentence";

/// How often the rules that read a line's neighbours may run over a document (each run only
/// adds verdicts; four is more than any document has needed).
const MAX_CONTEXT_PASSES: usize = 4;

/// The id of the last pass over repeats ([`ArtifactsStage::repeats`]).
const REPEATS_STAGE: &str = "repeats";

/// The rules of the `artifacts` stage.
pub const RULES: &[Rule] = &[
    Rule { id: TEASER_LABEL, description: "remove promo lines for other articles: an upper-case label (SIGHT:, READ ALSO:, LIVE |, LEIA TAMBÉM:) and a headline", default_on: true, example: "SIGHT: Putin puts his nuclear forces on high alert" },
    Rule { id: HEADLINE_LIST, description: "remove bulleted runs of three or more other articles' headlines, two that end the document, or any number under a `Most popular` or `Related` heading", default_on: true, example: "  • Ukraine compares bombing of Kiev to 1941\n  • Why did Russia invade Ukraine?\n  • NATO activates its defense troops" },
    Rule { id: DANGLING_INTRO, description: "remove a last paragraph that is one short sentence ending in a colon: it introduced an embedded video or link that scraping dropped", default_on: true, example: "The talks ended without a deal.\n\nThis is how a humanitarian corridor works in Ukraine:" },
    Rule { id: BREADCRUMB, description: "remove the navigation trail after a `You are here` marker (short lines before the headline), and a trail on one line (`Home » World » Europe`)", default_on: true, example: "You are here\n\nRussia-Ukraine Conflict\n\nUN: Ukraine exodus is the fastest growing refugee crisis\n\nPeople arrive in Berlin by train." },
    Rule { id: CHROME_PHRASE, description: "remove site-chrome lines listed in the dictionary (skip links, share/follow/subscribe prompts, cookie buttons, most popular)", default_on: true, example: "Share this article:" },
    Rule { id: MENU, description: "remove a site's menu or row of buttons whose items lost their separators in scraping (three or more capitalized items glued, no fewer glues than spaces), a menu of five items or more between ` | `, a language picker (language names or two-letter codes only), and a ticker of market quotes between ` | `", default_on: true, example: "HomeWorldEconomyTechnologySportsEntertainment" },
    Rule { id: PAGE_HEAD, description: "remove the page's head above the headline: the site's name right above its menu or trail, and a section's name (World, Politics, Guerra de Ucrania) among the first lines", default_on: true, example: "Suspilne Odesa\nAll newsOdesa regionWarEconomyCultureSportsVideo" },
    Rule { id: SOURCE_LINE, description: "remove `Source: X` credit lines (a domain or a few capitalized words, nothing else)", default_on: true, example: "Source: Elcomercio" },
    Rule { id: COPYRIGHT, description: "remove a site's copyright notice: a line that opens with Copyright, © or (c) and reserves rights or forbids reproduction, in six languages", default_on: true, example: "Copyright PUNCH. All rights reserved. This material may not be reproduced without permission." },
    Rule { id: TRANSLATION_NOTICE, description: "remove a notice that the text was machine-translated: a short paragraph that names machine translation and the text itself, in six languages", default_on: true, example: "Disclaimer: This story has been translated from Hindi using machine translation and has not been edited by our staff." },
    Rule { id: IMAGE_FILE, description: "remove lines that are an image file name", default_on: true, example: "globalhappenings news.jpg" },
    Rule { id: TIMESTAMP, description: "remove lines that are only an ISO date or timestamp, or a page's metadata: a date or time with sections, a view or comment count or the poster, joined by | / · or •, or a panel of fields, each label on a line over its value (Format, Source, Posted …)", default_on: true, example: "14.11.2025, 09:12 | Society | Kharkiv region" },
    Rule { id: PUNCTUATION, description: "remove lines of one to three punctuation marks and nothing else", default_on: true, example: "." },
    Rule { id: SITE_ATTRIBUTION, description: "remove a trailing ` / Site.tld` or ` / Site Name` attribution glued to the end of a paragraph", default_on: true, example: "…the Kremlin said. / Argumentum.al" },
    Rule { id: SCRAPER_DATE, description: "remove a ` date YYYY-MM-DD ` metadata prefix that a scraper put before the text", default_on: true, example: " date 2022-03-08 Steps have also been reported…" },
    Rule { id: READER_PROMPT, description: "remove a line that asks the reader to subscribe, follow, join or read on a channel (Telegram, a newsletter, a network), or to report a typo with Ctrl+Enter, in any wording", default_on: true, example: "Subscribe to our Telegram channel so as not to miss the main news" },
    Rule { id: TRAILING_PROMPT, description: "remove a follow/share/subscribe prompt that ends a paragraph", default_on: true, example: "…other departments. Follow Sputnik's Live Feed to Find Out More!" },
    Rule { id: CREDIT_CAPS, description: "write surnames in capitals in a photo credit or byline in title case; agency names stay", default_on: true, example: "(Sergei KHOLODILIN / BELTA / AFP)" },
    Rule { id: SPEAKER_CAPS, description: "write a transcript's speaker label in capitals in title case: a name before a parenthesized note, a colon and a quotation", default_on: true, example: "At the UN, the ambassador denied it. VASSILY NEBENZIA (Russia): “We do not bomb civilians.”" },
    Rule { id: DUPLICATE_PARAGRAPH, description: "remove the later copy of a paragraph repeated exactly or almost exactly", default_on: true, example: "The delegations met at the border on Monday afternoon.\nThe delegations met at the border on Monday afternoon." },
    Rule { id: DUPLICATE_SENTENCE, description: "remove a sentence that repeats the sentence just before it", default_on: true, example: "The rouble has been weakened, hurting people.\nThe rouble has been weakened, hurting people. More text." },
];

/// Finds and removes artifact lines.
#[derive(Debug)]
pub struct ArtifactsStage {
    dict: Arc<ArtifactDict>,
    removals: Removals,
    config: ArtifactsConfig,
    on: Vec<&'static str>,
    /// `artifacts`, or `repeats` for the pass that judges repeats again at the end.
    id: &'static str,
}

impl ArtifactsStage {
    /// Builds the stage, reading the built-in dictionaries and those in `user_dirs`.
    pub fn new(
        config: &ArtifactsConfig,
        removals: Removals,
        user_dirs: &[PathBuf],
        rules: &RuleFilter,
    ) -> Result<Self> {
        Ok(ArtifactsStage {
            dict: if user_dirs.is_empty() {
                BUILTIN.clone()
            } else {
                Arc::new(ArtifactDict::load(user_dirs)?)
            },
            removals,
            config: config.clone(),
            on: RULES.iter().filter(|r| rules.is_on(r)).map(|r| r.id).collect(),
            id: "artifacts",
        })
    }

    /// The `repeats` stage: repeated paragraphs and sentences, and a dangling last line, judged
    /// again on the text the later stages leave. A copy that differed from its original only by
    /// what the `words` and `names` stages correct (`RussianPlease`, `Reznikod`) is a repeat once
    /// they have run, and a last line ending in a colon may have the words of an intro only once
    /// its lost spaces are back (`Reznikovwho :`); without this pass they would be removed only by
    /// a second run (the `idempotent` fuzz target and the proptests found such inputs). `config`
    /// holds the repeat thresholds of the `artifacts` stage.
    pub fn repeats(config: &ArtifactsConfig, removals: Removals, rules: &RuleFilter) -> Self {
        let repeat_rules = [DUPLICATE_PARAGRAPH, DUPLICATE_SENTENCE, DANGLING_INTRO];
        ArtifactsStage {
            dict: BUILTIN.clone(),
            removals,
            config: config.clone(),
            on: RULES
                .iter()
                .filter(|r| repeat_rules.contains(&r.id) && rules.is_on(r))
                .map(|r| r.id)
                .collect(),
            id: REPEATS_STAGE,
        }
    }

    fn is_on(&self, rule: &str) -> bool {
        self.on.contains(&rule)
    }
}

impl Stage for ArtifactsStage {
    fn id(&self) -> &'static str {
        self.id
    }

    fn run(&self, text: &mut Text<'_>, cx: &mut Context) -> Result<()> {
        let repeats_only = self.id == REPEATS_STAGE;
        // With removals reported, not made, the first pass has flagged every repeat already.
        // Nor is there anything new to judge when no stage has changed the text since.
        if repeats_only
            && (self.on.is_empty()
                || self.removals == Removals::Report
                || cx.repeats_generation() == Some(text.generation()))
        {
            return Ok(());
        }
        let s = text.as_str();
        // The language's words only where it is told reliably: this stage runs on the text with
        // its chrome, which a second run reads without, and an unreliable guess may change then
        // (`Kiev SIGHT: …` a speaker's label by the Portuguese lexicon, not by the English one).
        let lang = cx.reliable_lang_code().map(str::to_owned);
        let lang = lang.as_deref();
        let ranges = line_ranges(s);
        let lexicon = lang.and_then(crate::lexicon::Lexicon::get);
        // A scraper's date prefix hides what the first line is (` date 2022-03-07 You are here`).
        let first = ranges.iter().position(|r| !s[r.clone()].trim().is_empty());
        // Each line as it is judged: the first without its scraper date prefix.
        let judged: Vec<&str> = ranges
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let line = &s[r.clone()];
                if Some(i) == first && self.is_on(SCRAPER_DATE) {
                    &line[lines::scraper_date_prefix(line).unwrap_or(0)..]
                } else {
                    line
                }
            })
            .collect();
        let mut verdicts: Vec<Option<Verdict>> = if repeats_only {
            vec![None; judged.len()]
        } else {
            judged
                .iter()
                .map(|line| lines::classify(line, &self.dict, |rule| self.is_on(rule)))
                .collect()
        };
        lines::named_in_text(s, &judged, &mut verdicts);
        lines::table_sources(&judged, &mut verdicts);
        let tables = lines::table_rows(s, &ranges);
        let unjudge_tables = |verdicts: &mut [Option<Verdict>]| {
            for (verdict, _) in verdicts.iter_mut().zip(&tables).filter(|(_, &row)| row) {
                *verdict = None;
            }
        };
        unjudge_tables(&mut verdicts);
        if self.is_on(TEASER_LABEL) {
            lines::headline_first(s, &ranges, &mut verdicts);
        }
        // Repeats first: a headline list must look the same with or without them.
        if self.is_on(DUPLICATE_PARAGRAPH) {
            lines::duplicate_paragraphs(s, &ranges, &mut verdicts, &self.config);
        }
        // The rules that read a line's neighbours see the lines judged so far as gone, and each
        // only adds verdicts: they run until none adds one, so that what one finds (a dangling
        // intro after a list) cannot make another find more on a second run (the list now last).
        for _ in 0..MAX_CONTEXT_PASSES {
            let judged_before = verdicts.iter().filter(|v| v.is_some()).count();
            if self.is_on(CHROME_PHRASE) {
                lines::banner_buttons(s, &ranges, &mut verdicts);
                lines::cookie_notice_lines(s, &ranges, &mut verdicts);
                lines::topic_tags(s, &ranges, &mut verdicts, &self.dict);
                lines::toggle_labels(s, &ranges, &mut verdicts);
                lines::rules_over_chrome(s, &ranges, &mut verdicts);
            }
            lines::stacked_rows(s, &ranges, &mut verdicts, |rule| self.is_on(rule));
            if self.is_on(HEADLINE_LIST) {
                lines::headline_lists(s, &ranges, &mut verdicts, &self.dict);
                lines::linked_headline(s, &ranges, &mut verdicts);
            }
            if self.is_on(BREADCRUMB) {
                lines::breadcrumbs(&judged, &mut verdicts, &self.dict);
            }
            if self.is_on(PAGE_HEAD) {
                lines::page_head(s, &ranges, &mut verdicts, lexicon);
            }
            if self.is_on(DANGLING_INTRO) {
                lines::dangling_intro(s, &ranges, &mut verdicts);
            }
            if self.is_on(TIMESTAMP) {
                lines::field_panel(s, &ranges, &mut verdicts);
                lines::split_stamps(s, &ranges, &mut verdicts, &self.dict);
            }
            unjudge_tables(&mut verdicts);
            if verdicts.iter().filter(|v| v.is_some()).count() == judged_before {
                break;
            }
        }

        let mut batch = Vec::new();
        let mut removed_flags: Vec<(Range<usize>, Verdict)> = Vec::new();
        for (range, verdict) in removal_ranges(s, &ranges, &verdicts) {
            match self.removals {
                Removals::Remove => batch
                    .push(Replacement::removal(range, verdict.kind, verdict.rule).with_confidence(verdict.confidence)),
                Removals::Report => removed_flags.push((range, verdict)),
            }
        }
        // Fixes inside the lines that stay.
        let kept = ranges
            .iter()
            .zip(&verdicts)
            .zip(&tables)
            .filter(|((_, v), &row)| v.is_none() && !row)
            .map(|((r, _), _)| r.clone());
        let mut inline = lines::inline_fixes(s, kept, &self.dict, lexicon, |rule| self.is_on(rule));
        if self.removals == Removals::Report {
            // Report mode keeps text but still repairs inside lines that are not artifacts.
            inline.retain(|r| r.kind == EditKind::Caps);
        }
        batch.extend(inline);
        batch.sort_by_key(|r| (r.range.start, r.range.end));
        for (range, verdict) in removed_flags {
            let message = format!(
                "{} line (rule {}), kept because removals are report-only",
                verdict.kind.as_str(),
                verdict.rule
            );
            cx.flag(
                text,
                range,
                FindingKind::Artifact,
                verdict.rule,
                message,
                verdict.confidence,
            );
        }
        text.apply(self.id(), batch)?;
        cx.set_repeats_generation(text.generation());
        Ok(())
    }
}

/// The byte ranges to remove for the lines judged artifacts: each line with its line break and
/// the blank lines after it; a removal at the end of the text takes the line breaks before it
/// instead, so the text neither keeps a gap nor loses its last kept line's end.
fn removal_ranges(s: &str, ranges: &[Range<usize>], verdicts: &[Option<Verdict>]) -> Vec<(Range<usize>, Verdict)> {
    let nonblank: Vec<usize> = (0..ranges.len())
        .filter(|&i| !s[ranges[i].clone()].trim().is_empty())
        .collect();
    // Position (in `nonblank`) of the last kept line: removals after it form the tail.
    let last_kept = nonblank.iter().rposition(|&i| verdicts[i].is_none());
    let mut out = Vec::new();
    // The end of the last kept line's content, where a tail removal starts.
    let mut last_kept_end: Option<usize> = None;
    for (k, &i) in nonblank.iter().enumerate() {
        let Some(verdict) = verdicts[i] else {
            last_kept_end = Some(ranges[i].end);
            continue;
        };
        let start = ranges[i].start;
        let end = match nonblank.get(k + 1) {
            Some(&next) => ranges[next].start,
            None => s.len(),
        };
        let any_kept_after = last_kept.is_some_and(|last| last > k);
        let start = if !any_kept_after && out.last().is_none_or(|(r, _): &(Range<usize>, Verdict)| r.end != start) {
            // The first removal of a tail: start after the last kept line's content.
            last_kept_end.unwrap_or(0)
        } else {
            start
        };
        out.push((start..end, verdict));
    }
    // A text that ended with a line break still does.
    if let Some((last, _)) = out.last_mut() {
        if last.end == s.len() && s.ends_with('\n') && last.len() > 1 {
            last.end -= 1;
        }
    }
    out
}

#[cfg(test)]
mod tests;
