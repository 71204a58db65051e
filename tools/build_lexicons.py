#!/usr/bin/env python3
"""Build the word-frequency lexicons dictionaries/{en,de,es,fr,it,pt}/words.tsv (and
dictionaries/{en,de,es,fr,it}/words-extra.tsv) used by the word-split stage.

Standard library only (Python 3.11). Run from anywhere; paths default relative to the repo:

    python3 tools/build_lexicons.py --pt-wheel DIR/pyspellchecker-0.9.1-py3-none-any.whl
    python3 tools/build_lexicons.py --check --pt-wheel ...     # compare with files on disk

Inputs (see dictionaries/LEXICONS.md for licences and attribution):
  en    <sources>/instant-segment/en-unigrams.txt        word<TAB>count (Google Books Ngram v3 x SCOWL)
  en+   <sources>/wordninja/wordninja_words.txt.gz       rank list, only to estimate counts for
                                                          words-extra.tsv (see EXTRA_WORDS below)
  de/es/fr/it <sources>/symspell-frequency-dictionaries/{de-100k,es-100l,fr-100k,it-100k}.txt
                                                          "word count" (Google Books Ngram 2012 x hunspell)
  pt    pyspellchecker 0.9.1 wheel from PyPI (not in shared/data-sources):
            pip download --no-deps pyspellchecker==0.9.1 -d DIR
        member spellchecker/resources/pt.json.gz, {word: count} from OpenSubtitles2018 (Portuguese).
        Without --pt-wheel, pt is skipped and dictionaries/pt/words.tsv is left as it is.
  de/es/fr/it+ the same wheel's {de,es,fr,it}.json.gz (OpenSubtitles2018 counts): the frequent words
        the SymSpell list lacks (French `ont`, `était`, `avait`; Spanish `administración`, `plazo`;
        Italian `aveva`), for words-extra.tsv (see SUPPLEMENT_TOP below); skipped without --pt-wheel.

Output: UTF-8 NFC, LF, '#' comment header, then word<TAB>count sorted by count descending, then
word ascending (code-point order). Filters (all languages; details in dictionaries/LEXICONS.md):
NFC; must already be lower case; letters only (every character a Latin small letter: no digits,
apostrophes, hyphens or periods); one-letter words only from ONE_LETTER; two-letter words only
from TWO_LETTER; Roman numerals and French Roman ordinals (xviiie) dropped (except ROMAN_KEEP);
words with no vowel dropped unless among the 10,000 most frequent rows of the source (keeps bbc,
gdp, spd, cnrs ...); words of one repeated letter dropped; French elision stubs (jusqu, lorsqu ...)
dropped; pt: only rows with a real corpus count (> 50).
"""
import argparse
import bisect
import gzip
import hashlib
import io
import json
import math
import os
import re
import statistics
import sys
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
MAX_ROWS = 100_000

SHA256 = {
    "instant-segment/en-unigrams.txt": "addfef1cea49a6f2ad87dad4c3c6e0e8f9de1da2c48390a43de0edc5e0639337",
    "wordninja/wordninja_words.txt.gz": "5b3c6c418fea7188b3919c47829ff94bc010f8336c74cbb929cc20d0c9d9e901",
    "symspell-frequency-dictionaries/de-100k.txt": "a98c27cbe0921cb3a9927eb28639efb45fc3493f72466cca0622c64dff4e74a9",
    "symspell-frequency-dictionaries/es-100l.txt": "fd538cb220cd00d0a9f20d2190ba6f033b76f91ee08c6c0df8fadbf46bbdf319",
    "symspell-frequency-dictionaries/fr-100k.txt": "b7dca46c0002daa0c6d70e1078bef4110815f65b0c90c35be1ae900ba2f5e9fc",
    "symspell-frequency-dictionaries/it-100k.txt": "5f746afb7e6ae802872061ef025ce883cfa2a8779780968fa285dfd0907e9cfc",
    "pyspellchecker-0.9.1-py3-none-any.whl": "c79b144b4bad20024bf489ad3ffd96b76f3f53439e9fa59ac607896352852f3d",
}

SOURCES = {
    "en": ("instant-segment/en-unigrams.txt", "\t"),
    "de": ("symspell-frequency-dictionaries/de-100k.txt", " "),
    "es": ("symspell-frequency-dictionaries/es-100l.txt", " "),
    "fr": ("symspell-frequency-dictionaries/fr-100k.txt", " "),
    "it": ("symspell-frequency-dictionaries/it-100k.txt", " "),
}

HEADERS = {
    "en": [
        "source: InstantDomain/instant-segment data/en-unigrams.txt (commit ab0fbcd97ebd), copied in shared/data-sources/instant-segment",
        "licence: list Apache-2.0 (instant-segment); counts from Google Books Ngram v3 (2020-02-17), CC BY 3.0,",
        "  credit \"Google Books Ngram Viewer\" (http://books.google.com/ngrams); vocabulary intersected with SCOWL",
        "  (MIT-like, http://wordlist.aspell.net/, see LICENSE-SCOWL)",
    ],
    "de": [
        "source: wolfgarbe/SymSpell SymSpell.FrequencyDictionary/de-100k.txt (commit 148059304d90), copied in shared/data-sources",
        "licence: list MIT (c) 2018 Wolf Garbe; counts from Google Books Ngram (2012-07-01 1-grams), CC BY 3.0,",
        "  credit \"Google Books Ngram Viewer\" (http://books.google.com/ngrams); vocabulary filtered upstream by hunspell word lists",
    ],
    "pt": [
        "source: PyPI pyspellchecker 0.9.1 (MIT, (c) 2018-2021 Tyler Barrus), member spellchecker/resources/pt.json.gz",
        "  (wheel sha256 c79b144b4bad20024bf489ad3ffd96b76f3f53439e9fa59ac607896352852f3d)",
        "counts: made by the pyspellchecker author from OpenSubtitles2018 (OPUS, http://opus.nlpl.eu/; subtitles from",
        "  http://www.opensubtitles.org/; P. Lison and J. Tiedemann 2016, LREC), Portuguese (mostly European Portuguese);",
        "  only rows with count > 50 kept: rows with exactly 50 are words the author added from a word list without a count",
    ],
}
for _l, _f in (("es", "es-100l.txt"), ("fr", "fr-100k.txt"), ("it", "it-100k.txt")):
    HEADERS[_l] = [h.replace("de-100k.txt", _f) for h in HEADERS["de"]]

# Real one-letter words (anything else is an initial, a unit or a tokenisation stub).
ONE_LETTER = {
    "en": {"a", "i"},
    "de": set(),
    "es": {"y", "a", "o", "e", "u"},
    "fr": {"a", "y", "à"},
    "it": {"e", "a", "o", "i", "è"},
    "pt": {"a", "o", "e", "é", "à"},
}
# Two-letter words kept: words of the language plus a few abbreviations that news text writes
# as words (uk, eu, tv, mr ...). Everything else of length 2 (units, Roman numerals, initials,
# foreign words, tokenisation stubs such as "ll", "nt", "th") is dropped.
TWO_LETTER = {
    "en": set("am an as at be by do go he hi if in is it me my no of oh ok on or so to up us we "
              "ah eh ha uh um ad ex ox id tv uk eu un mr ms dr st pm".split()),
    "de": set("in zu im es an er so um am da wo ob ja ab du je ei oh na eh ex eu un tv öl aß".split()),
    "es": set("de la en el se un no su al es lo ha si le ya ni mi yo he da te va tu fe ve os vi ti ir di "
              "as ay oh ah eh ex ue él sí mí sé tú dé té oí".split()),
    "fr": set("de la et le en du un il au ne ce se on ou je sa si me ni ci eu ma pu an vu va tu te as es "
              "lu nu os or ta ah oh eh ha ex ue bu su où là dû ça né ès çà hé dé".split()),
    "it": set("di la il in si un le da al ma ed se ad lo ha ai ne su fu ci mi vi io li me re va ti no po "
              "sa ce tu te so ho fa ve do ex eh oh ah tv né sé là sì dà lì dì tè".split()),
    "pt": set("de um do se em da os eu as no me na te ao há só já ou tu lá ir és cá às ia aí vi ti vá dá "
              "si vê ar pé má oh dê ai fé li ás sê fã pó lê ex ah nó pá ri sã lã dó rã ré eh vã sé nu tv ue".split()),
}
ROMAN = re.compile(r"^m{0,4}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")
# French ordinals written with Roman numerals ("xviiie siècle", "iiie République").
# ("vie" = life is kept: "vi" is not in the list.)
ROMAN_ORDINAL_FR = re.compile(r"^(?:[ivl]*x[ivxl]*|ii|iii|iv|vii|viii|ix)e$")
ROMAN_KEEP = {"en": {"mix"}, "de": {"mix"}, "fr": {"mix", "dix"}, "it": {"mix"}, "es": set(), "pt": set()}
# French elided forms that never stand alone (only before an apostrophe).
STUBS = {"fr": {"qu", "jusqu", "lorsqu", "puisqu", "quelqu", "presqu"}}
VOWELLESS_TOP = 10_000
PT_MIN_COUNT = 51
# The SymSpell lists of de, es, fr and it were filtered upstream by hunspell word lists, which
# lack common inflected forms (French `ont`, `était`, `avait`, `avons`; Spanish `administración`,
# `asociación`, `plazo`; Italian `aveva`): the words stage would split them, and glues with them
# (`Kievont`) stay unread. pyspellchecker's lists (OpenSubtitles2018, the source of pt) hold
# them: the words of their SUPPLEMENT_TOP most frequent rows that words.tsv lacks go to
# <lang>/words-extra.tsv, each with the median words.tsv count of the words that rank about the
# same (+-15 %, at least the 20 nearest) in pyspellchecker's list. Words of the name
# dictionaries are left out, so that no name becomes an ordinary word of the language (the names
# stage drops generated spellings that are ordinary words).
SUPPLEMENT_TOP = 20_000

# ---------------------------------------------------------------------------------------------
# English news vocabulary missing from en-unigrams.txt (Google Books ends in 2019 and SCOWL has
# few recent or foreign proper names). These go to dictionaries/en/words-extra.tsv, never into
# words.tsv. A word's count is, in this order:
#   1. variant: the en-unigrams count of an established spelling with the same referent
#      (VARIANT_OF, e.g. kyiv <- kiev);
#   2. wordninja: the word's rank in wordninja's Wikipedia-derived list, turned into a count by
#      the median en-unigrams count of the words that have about the same wordninja rank
#      (+-15 %); the variant's wordninja estimate is used the same way;
#   3. floor: the count of row 50,000 of en/words.tsv, rounded down to two significant digits:
#      "as rare as a rare but known English word", so a missing name beats a split into short
#      pieces without outweighing common words.
# Estimates are rounded to two significant digits to mark them as estimates. A listed word that
# is already in en/words.tsv with a count at or above the floor is left out; one that is there
# with a lower count (covid: 20, the Google Books data end in 2019) is listed with the estimate,
# and the consumer takes max(words.tsv count, words-extra count).
EXTRA_WORDS = """
kyiv kharkiv odesa lviv zaporizhzhia zaporizhia mykolaiv nikolaev kherson luhansk lugansk donbas
donbass bakhmut avdiivka kramatorsk sloviansk izium kupiansk pokrovsk chernihiv sumy dnipro
vinnytsia zhytomyr bucha irpin hostomel melitopol berdyansk simferopol kerch belgorod kursk bryansk
gomel homel grodno hrodna vitebsk mogilev chornobyl transnistria
zelensky zelenskiy zelenskyy zelenski zelenska volodymyr reznikov oleksii oleksiy peskov dmitry
dmitriy dmitrii lukashenko shoigu lavrov medvedev navalny prigozhin zaluzhny syrskyi kuleba yermak
budanov klitschko stoltenberg scholz sunak starmer erdogan orban blinken kadyrov gerasimov
netanyahu khamenei jinping hamas houthi houthis
covid lockdown duma rada verkhovna oblast oblasts hryvnia gazprom rosneft rosatom himars shahed
kinzhal iskander brics ecb eurozone tiktok whatsapp chatgpt openai huawei spacex zuckerberg bezos
ethereum crypto metaverse chatbot cruiserweight strawweight countback
whistleblower whistleblowers livestream livestreamed timeframe wellbeing cyberattack cyberattacks
frontline belaruskali uralkali naftogaz ukrnafta ukrenergo energoatom ukrzaliznytsia transneft
""".split()
VARIANT_OF = {
    "kyiv": "kiev", "kharkiv": "kharkov", "odesa": "odessa", "lviv": "lvov",
    "zaporizhzhia": "zaporozhye", "zaporizhia": "zaporozhye", "mykolaiv": "nikolayev",
    "nikolaev": "nikolayev", "dnipro": "dnepr", "chornobyl": "chernobyl", "lugansk": "luhansk",
    "donbas": "donbass", "hrodna": "grodno", "homel": "gomel", "zelenskiy": "zelensky",
    "zelenskyy": "zelensky", "zelenski": "zelensky", "oleksiy": "oleksii", "dmitriy": "dmitri",
    "dmitrii": "dmitri", "dmitry": "dmitri", "houthis": "houthi", "covid": "coronavirus",
}


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def check_sha(path, key, strict):
    got = sha256(path)
    if got != SHA256[key]:
        msg = f"{path}: sha256 {got} differs from the pinned {SHA256[key]}"
        if strict:
            sys.exit(msg + " (pass --no-verify to build anyway)")
        print("warning:", msg, file=sys.stderr)


def is_latin_small(ch):
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return False
    return name.startswith("LATIN SMALL")  # LATIN SMALL LETTER x, LATIN SMALL LIGATURE OE


def has_vowel(w):
    base = unicodedata.normalize("NFD", w)
    return any(c in "aeiouy" for c in base) or "œ" in w or "æ" in w


def read_source(path, sep):
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line:
                continue
            parts = line.split(sep)
            if len(parts) != 2 or not parts[1].isdigit():
                sys.exit(f"{path}:{n}: unexpected line {line!r}")
            rows.append((parts[0], int(parts[1])))
    return rows


def read_pt(wheel):
    with zipfile.ZipFile(wheel) as z:
        data = z.read("spellchecker/resources/pt.json.gz")
    freq = json.loads(gzip.decompress(data).decode("utf-8"))
    rows = [(w, c) for w, c in freq.items() if c >= PT_MIN_COUNT]
    rows.sort(key=lambda x: (-x[1], x[0]))
    return rows


def clean(lang, rows):
    """Apply the filters; rows are (word, count) in source order (= frequency order)."""
    out, dropped = {}, {}

    def drop(reason):
        dropped[reason] = dropped.get(reason, 0) + 1

    for rank, (w0, c) in enumerate(rows):
        w = unicodedata.normalize("NFC", w0)
        if w != w.lower():
            drop("not lower case")
            continue
        if not all(is_latin_small(ch) for ch in w):
            drop("non-letter character")
            continue
        if len(w) == 1:
            if w not in ONE_LETTER[lang]:
                drop("one-letter non-word")
                continue
        elif len(w) == 2:
            if w not in TWO_LETTER[lang]:
                drop("two-letter non-word")
                continue
        else:
            if ROMAN.match(w) and w not in ROMAN_KEEP[lang]:
                drop("roman numeral")
                continue
            if lang == "fr" and ROMAN_ORDINAL_FR.match(w) and ROMAN.match(w[:-1]):
                drop("roman ordinal")
                continue
            if len(set(w)) == 1:
                drop("one repeated letter")
                continue
            if not has_vowel(w) and rank >= VOWELLESS_TOP:
                drop("no vowel, rare")
                continue
        if w in STUBS.get(lang, ()):
            drop("elision stub")
            continue
        if w in out:
            drop("duplicate after NFC (counts summed)")
            out[w] += c
        else:
            out[w] = c
    result = sorted(out.items(), key=lambda x: (-x[1], x[0]))
    if len(result) > MAX_ROWS:
        dropped["beyond 100,000 rows"] = len(result) - MAX_ROWS
        result = result[:MAX_ROWS]
    return result, dropped


def sig2_floor(x):
    if x <= 0:
        return 0
    p = 10 ** max(0, int(math.floor(math.log10(x))) - 1)
    return int(x // p * p)


def sig2_round(x):
    if x <= 0:
        return 0
    p = 10 ** max(0, int(math.floor(math.log10(x))) - 1)
    return int(round(x / p) * p)


def rank_window(pairs, r):
    """The counts of `pairs` ((rank in another list, count), sorted) whose rank is within +-15 % of r:
    what a word of that rank in the other list is likely to count in ours."""
    lo = bisect.bisect_left(pairs, (r / 1.15,))
    hi = bisect.bisect_right(pairs, (r * 1.15, float("inf")))
    return [c for _, c in pairs[lo:hi]]


def build_extra(en_rows, wordninja_path):
    en = dict(en_rows)
    floor = sig2_floor(en_rows[49_999][1])
    with gzip.open(wordninja_path, "rt", encoding="utf-8") as fh:
        wn_rank = {}
        for r, line in enumerate(fh, 1):
            w = line.strip()
            if w and w not in wn_rank:
                wn_rank[w] = r
    pairs = sorted((r, en[w]) for w, r in wn_rank.items() if w in en)

    def wn_estimate(w):
        r = wn_rank.get(w)
        if r is None:
            return None
        window = rank_window(pairs, r)
        if len(window) < 20:
            return None
        return sig2_round(statistics.median(window)), r, len(window)

    lines, rows = [], []
    for w in sorted(set(EXTRA_WORDS)):
        have = en.get(w)
        if have is not None and have >= floor:
            continue
        v = VARIANT_OF.get(w)
        if v and v in en and en[v] >= floor:
            cnt, why = en[v], f"variant: en-unigrams count of '{v}'"
        elif (e := wn_estimate(w)) is not None:
            cnt, why = e[0], f"wordninja rank {e[1]}: median en count of {e[2]} words at that rank +-15%"
        elif v and (e := wn_estimate(v)) is not None:
            cnt, why = e[0], f"variant '{v}', wordninja rank {e[1]}: median en count of {e[2]} words at that rank +-15%"
        else:
            cnt, why = floor, "floor (no source count)"
        if have is not None:
            why += f"; raises words.tsv count {have}"
        rows.append((w, cnt))
        lines.append(f"{w}: {cnt} = {why}")
    rows.sort(key=lambda x: (-x[1], x[0]))
    return rows, lines, floor


def name_words():
    """Lower-case words of the name dictionaries' rows (every column but id and type)."""
    words = set()
    for rel in ("names/people.tsv", "names/places.tsv"):
        for line in open(os.path.join(REPO, "dictionaries", rel), encoding="utf-8"):
            if line.startswith("#"):
                continue
            for field in line.rstrip("\n").split("\t")[2:]:
                words.update(w.lower() for w in re.findall(r"\w+", field))
    return words


def build_supplement(lang, main_rows, wheel, names):
    """Frequent words of pyspellchecker's `lang` list that main_rows lack, with estimated counts."""
    with zipfile.ZipFile(wheel) as z:
        freq = json.loads(gzip.decompress(z.read(f"spellchecker/resources/{lang}.json.gz")).decode("utf-8"))
    ranked = sorted(freq.items(), key=lambda x: (-x[1], x[0]))
    # The same filters as words.tsv: the rows' own rank order decides the vowelless exception.
    kept, _ = clean(lang, ranked[:SUPPLEMENT_TOP])
    rank = {w: r for r, (w, _) in enumerate(ranked, 1)}
    main = dict(main_rows)
    pairs = sorted((rank[w], c) for w, c in main.items() if w in rank)
    rows = []
    for w, _ in kept:
        if w in main or w in names:
            continue
        r = rank[w]
        window = rank_window(pairs, r)
        if len(window) < 20:  # the head of the list: the 20 words nearest in rank instead
            window = [c for _, c in sorted(pairs, key=lambda p: abs(p[0] - r))[:20]]
        rows.append((w, sig2_round(statistics.median(window))))
    rows.sort(key=lambda x: (-x[1], x[0]))
    return rows


def render(header, rows):
    out = io.StringIO()
    for h in header:
        out.write(f"# {h}\n")
    for w, c in rows:
        out.write(f"{w}\t{c}\n")
    return out.getvalue()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sources", default=os.path.join(REPO, "..", "shared", "data-sources"),
                    help="shared data-sources directory (default ../shared/data-sources from the repo root)")
    ap.add_argument("--out", default=os.path.join(REPO, "dictionaries"))
    ap.add_argument("--pt-wheel", help="path to pyspellchecker-0.9.1-py3-none-any.whl (pip download --no-deps "
                                       "pyspellchecker==0.9.1); without it pt is skipped")
    ap.add_argument("--no-verify", action="store_true", help="warn instead of failing on a sha256 mismatch")
    ap.add_argument("--check", action="store_true", help="compare with the files on disk; exit 1 on a difference")
    args = ap.parse_args()
    strict = not args.no_verify

    outputs, report = {}, []
    built = {}
    for lang, (rel, sep) in SOURCES.items():
        path = os.path.join(args.sources, rel)
        check_sha(path, rel, strict)
        built[lang] = (read_source(path, sep), HEADERS[lang])
    if args.pt_wheel:
        check_sha(args.pt_wheel, "pyspellchecker-0.9.1-py3-none-any.whl", strict)
        built["pt"] = (read_pt(args.pt_wheel), HEADERS["pt"])
    else:
        print("pt skipped (no --pt-wheel): dictionaries/pt/words.tsv left unchanged", file=sys.stderr)

    en_rows = None
    cleaned = {}
    for lang, (rows, header) in built.items():
        result, dropped = clean(lang, rows)
        cleaned[lang] = result
        if lang == "en":
            en_rows = result
        filt = "; ".join(f"{k}: {v}" for k, v in sorted(dropped.items()))
        hdr = header + [
            "built by tools/build_lexicons.py (see dictionaries/LEXICONS.md for the filtering rules)",
            f"rows: {len(result)} of {len(rows)} source rows; dropped: {filt}",
            "format: word<TAB>count, lower case, NFC, sorted by count descending then word",
        ]
        outputs[os.path.join(lang, "words.tsv")] = render(hdr, result)
        report.append(f"{lang}: {len(result)} rows (source {len(rows)}); dropped {filt}")

    wn = os.path.join(args.sources, "wordninja", "wordninja_words.txt.gz")
    check_sha(wn, "wordninja/wordninja_words.txt.gz", strict)
    extra, why, floor = build_extra(en_rows, wn)
    hdr = [
        "English news vocabulary missing from en/words.tsv (or there with a count far too low for current news).",
        "NOT corpus counts: each count is an estimate; how each was made is listed below. Merge rule for",
        "consumers: count = max(words.tsv count, words-extra.tsv count).",
        "methods: variant = the en/words.tsv (Google Books) count of an established spelling of the same",
        "  name (kyiv <- kiev); wordninja = the median en/words.tsv count of the words with about the same",
        "  rank (+-15%) in wordninja's Wikipedia-derived word list (wordninja 2.0.0, MIT, (c) 2017 Derek",
        f"  Anderson); floor = {floor}, the count of row 50,000 of en/words.tsv rounded down to two",
        "  significant digits (a rare but known word), for words with no count anywhere.",
        "built by tools/build_lexicons.py; per-word method:",
    ] + why
    outputs[os.path.join("en", "words-extra.tsv")] = render(hdr, extra)
    report.append(f"en words-extra: {len(extra)} rows (floor {floor})")

    if args.pt_wheel:
        names = name_words()
        for lang in ("de", "es", "fr", "it"):
            extra = build_supplement(lang, cleaned[lang], args.pt_wheel, names)
            hdr = [
                f"Frequent {lang} words that {lang}/words.tsv lacks (its source was filtered by hunspell word lists).",
                f"words: the {SUPPLEMENT_TOP:,} most frequent rows of pyspellchecker 0.9.1's {lang}.json.gz (MIT,",
                "  (c) 2018-2021 Tyler Barrus; counts from OpenSubtitles2018, OPUS), filtered as words.tsv is, less",
                "  the words of dictionaries/names/ and of words.tsv.",
                "counts: NOT corpus counts; each is the median words.tsv count of the words that rank about the same",
                "  (+-15%, or the 20 nearest in rank) in pyspellchecker's list, to two significant digits.",
                "  Merge rule: the larger count wins.",
                "built by tools/build_lexicons.py",
            ]
            outputs[os.path.join(lang, "words-extra.tsv")] = render(hdr, extra)
            report.append(f"{lang} words-extra: {len(extra)} rows")

    if args.check:
        bad = []
        for rel, data in outputs.items():
            p = os.path.join(args.out, rel)
            if not os.path.exists(p) or open(p, encoding="utf-8").read() != data:
                bad.append(p)
        if bad:
            print("differs:", *bad)
            sys.exit(1)
        print("up to date")
        return
    for rel, data in outputs.items():
        p = os.path.join(args.out, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(data)
    print("\n".join(report), file=sys.stderr)


if __name__ == "__main__":
    main()
