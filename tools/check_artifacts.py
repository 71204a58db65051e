#!/usr/bin/env python3
"""Check the line-artifact data files of mtnorm.

    python3 tools/check_artifacts.py [--root DIR] [--quiet]

Checks, for
  dictionaries/artifacts/teaser_labels.tsv   (label, lang, origin, note)
  dictionaries/artifacts/chrome.tsv          (pattern, lang, match, category)
  tests/data/artifacts/lines.tsv             (expect, lang, line)
the header, the field count of every row, NFC, the case and spelling rules of labels and
patterns, the sort order and uniqueness of rows, the minimum counts per language, and that
every `origin` names a label present in that language's list (see
dictionaries/artifacts/README.md).

It then runs a small reference matcher (the rules in the README) over lines.tsv: a `keep`
line that a dictionary entry would remove is an error; a `teaser` or `boilerplate` line
that no dictionary entry catches is only a warning, since some need context or structural
rules (image file names, timestamps, bulleted lists of headlines).

Exit status 0 when there are no errors, 1 otherwise. Standard library only.
"""
import argparse
import collections
import os
import re
import sys
import unicodedata

LANGS = ("en", "es", "fr", "de", "pt", "it")
CATEGORIES = ("skip", "tags", "notice", "share", "follow", "subscribe", "cookie", "newsletter", "popular",
              "comments", "navigation", "breadcrumb", "related", "print", "credit", "ad", "sponsored", "other", "source")
MATCHES = ("line", "prefix", "source")
EXPECTS = ("teaser", "boilerplate", "keep")
MIN_LABELS = 25
MIN_LINES = {"teaser": 12, "boilerplate": 12, "keep": 20}
PREFIX_MAX_WORDS = 8
PREFIX_MAX_CHARS = 80
# A cookie-notice prefix (`we use cookies`) may be followed by a sentence or two, or nothing.
COOKIE_MAX_WORDS = 40
COOKIE_MAX_BYTES = 300
COOKIE_CONSENT = {"you", "your", "accept", "agree", "consent", "reject", "ok", "vous", "votre", "vos",
                  "accepter", "acceptez", "refuser", "sie", "ihnen", "ihr", "ihre", "akzeptieren",
                  "zustimmen", "ablehnen", "usted", "su", "sus", "aceptar", "acepta", "aceptas",
                  "rechazar", "consentimiento", "tu", "tuo", "accetta", "accetti", "accettare",
                  "rifiuta", "consenso", "você", "sua", "aceitar", "aceita", "recusar",
                  "consentimento"}
SOURCE_MAX_WORDS = 4
# Lower-case words allowed between the capitalized words of a "Source: X" credit.
SOURCE_CONNECTORS = {"de", "del", "da", "do", "das", "dos", "di", "della", "du", "des", "von",
                     "der", "of", "the", "and", "y", "e", "et", "und"}
# Lower-case agency names accepted as credit words (in a prefix credit, not in `source`).
LOWERCASE_AGENCIES = {"dpa", "epd", "kna", "apa", "agencies", "agencias", "agences", "agenzie", "agências", "agenturen"}
# Extra lower-case words allowed inside a photo credit ("AFP via Getty Images").
CREDIT_CONNECTORS = SOURCE_CONNECTORS | {"via", "for", "para", "pour", "für", "per", "por"}
CREDIT_MAX_WORDS = 6
# A share/follow prefix needs one of these in its rest ("share on" + a network name).
NETWORKS = ("facebook", "twitter", "x", "whatsapp", "telegram", "instagram", "linkedin",
            "youtube", "tiktok", "pinterest", "reddit", "flipboard", "messenger", "threads",
            "bluesky", "mastodon", "vk", "email", "e-mail", "mail", "google news",
            "google noticias", "google notícias", "google actualités", "social media",
            "social networks", "redes sociales", "redes sociais", "réseaux sociaux",
            "sozialen medien", "sozialen netzwerken", "social", "wechat", "weibo", "qq", "kakaotalk",
            "vkontakte", "odnoklassniki")
BULLETS = "•·*-–—"
# Characters that must not appear in a stored label or pattern (they are folded away).
FOLDED = {"\u00a0": "no-break space", "\u202f": "narrow no-break space",
          "\u2007": "figure space", "\u2019": "right single quotation mark (use ')",
          "\t": "tab"}


def b(s):
    return s.encode("utf-8")


def norm(text):
    """NFC, no-break spaces to spaces, U+2019 to ', trimmed, whitespace runs collapsed."""
    text = unicodedata.normalize("NFC", text)
    for ch in ("\u00a0", "\u202f", "\u2007"):
        text = text.replace(ch, " ")
    text = text.replace("\u2019", "'")
    return re.sub(r"\s+", " ", text).strip()


class Report:
    def __init__(self):
        self.errors = []
        self.warnings = []

    def error(self, where, msg):
        self.errors.append(f"{where}: {msg}")

    def warn(self, where, msg):
        self.warnings.append(f"{where}: {msg}")


def read_tsv(path, header, nfields, rep, allow_comments):
    """Rows as (line number, fields). Checks header, field count, NFC, stray whitespace."""
    rows = []
    name = os.path.relpath(path)
    if not os.path.exists(path):
        rep.error(name, "missing")
        return rows
    with open(path, "rb") as fh:
        data = fh.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        rep.error(name, f"not UTF-8: {e}")
        return rows
    if text.startswith("\ufeff"):
        rep.error(name, "starts with a byte-order mark")
    if "\r" in text:
        rep.error(name, "contains CR characters (use LF line ends)")
    if not text.endswith("\n"):
        rep.error(name, "does not end with a newline")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    i = 0
    if allow_comments:
        while i < len(lines) and lines[i].startswith("#"):
            i += 1
    if i >= len(lines) or lines[i] != header:
        rep.error(f"{name}:{i + 1}", f"expected header {header!r}")
        return rows
    for n in range(i + 1, len(lines)):
        ln = lines[n]
        where = f"{name}:{n + 1}"
        if ln.startswith("#"):
            rep.error(where, "comment after the header")
            continue
        if not ln.strip():
            rep.error(where, "blank line")
            continue
        fields = ln.split("\t")
        if len(fields) != nfields:
            rep.error(where, f"{len(fields)} fields, expected {nfields}")
            continue
        if unicodedata.normalize("NFC", ln) != ln:
            rep.error(where, "not NFC")
        for f in fields:
            if f == "":
                rep.error(where, "empty field (write '-')")
            elif f != f.strip():
                rep.error(where, f"leading or trailing whitespace in {f!r}")
            elif "  " in f and nfields != 3:
                rep.error(where, f"double space in {f!r}")
        rows.append((where, fields))
    return rows


def check_sorted_unique(rows, key, ukey, rep, name):
    prev = None
    seen = {}
    for where, fields in rows:
        k = key(fields)
        if prev is not None and k < prev:
            rep.error(where, f"out of order (rows must be sorted by byte order of {name})")
        prev = k
        u = ukey(fields)
        if u in seen:
            rep.error(where, f"duplicate of {seen[u]}")
        else:
            seen[u] = where


def stored_form_problems(s):
    out = []
    for ch, what in FOLDED.items():
        if ch in s:
            out.append(f"contains a {what}")
    if re.search(r"\s\s", s):
        out.append("contains a run of whitespace")
    if any(unicodedata.category(c) == "Cc" for c in s):
        out.append("contains a control character")
    return out


# ---------------------------------------------------------------------------------------
# File 1: teaser labels

def check_labels(path, rep):
    rows = read_tsv(path, "label\tlang\torigin\tnote", 4, rep, allow_comments=True)
    check_sorted_unique(rows, lambda f: (b(f[1]), b(f[0])), lambda f: (f[1], f[0]), rep,
                        "(lang, label)")
    labels = collections.defaultdict(set)
    for where, (label, lang, origin, note) in rows:
        labels[lang].add(label)
    mt_sources = collections.defaultdict(set)
    for where, (label, lang, origin, note) in rows:
        if lang not in LANGS:
            rep.error(where, f"unknown lang {lang!r}")
        for p in stored_form_problems(label):
            rep.error(where, f"label {p}")
        if label != label.upper():
            rep.error(where, f"label {label!r} is not upper case")
        if "ß" in label:
            rep.error(where, "label contains ß (upper-cases to SS)")
        if label[-1:] in ":|" or label[:1] in ":|":
            rep.error(where, f"label {label!r} includes its separator")
        if not re.match(r"^[^\W\d_]", label):
            rep.error(where, f"label {label!r} does not start with a letter")
        if origin != "-":
            parts = origin.split("|")
            if parts != sorted(parts, key=b):
                rep.error(where, "origin items not in byte order")
            if len(set(parts)) != len(parts):
                rep.error(where, "duplicate origin item")
            for part in parts:
                m = re.fullmatch(r"([a-z]{2}):(.+)", part)
                if not m:
                    rep.error(where, f"origin item {part!r} is not lang:LABEL")
                    continue
                olang, olabel = m.groups()
                if olang not in LANGS:
                    rep.error(where, f"origin lang {olang!r} unknown")
                elif olang == lang:
                    rep.error(where, f"origin {part!r} is in the label's own language")
                elif olabel not in labels[olang]:
                    rep.error(where, f"origin {part!r}: no such label in the {olang} list")
                else:
                    mt_sources[lang].add(olang)
        for p in stored_form_problems(note):
            rep.error(where, f"note {p}")
    for lang in LANGS:
        if len(labels[lang]) < MIN_LABELS:
            rep.error(os.path.relpath(path), f"{lang}: {len(labels[lang])} labels, need {MIN_LABELS}")
    missing = [l for l in LANGS if l != "en" and l not in mt_sources["en"]]
    if missing:
        rep.error(os.path.relpath(path), f"en: no MT rendering of labels from {missing}")
    return labels


# ---------------------------------------------------------------------------------------
# File 2: chrome

def check_chrome(path, rep):
    rows = read_tsv(path, "pattern\tlang\tmatch\tcategory", 4, rep, allow_comments=False)
    check_sorted_unique(rows, lambda f: (b(f[1]), b(f[0])), lambda f: (f[1], f[0]), rep,
                        "(lang, pattern)")
    chrome = collections.defaultdict(list)
    for where, (pattern, lang, match, cat) in rows:
        if lang not in LANGS:
            rep.error(where, f"unknown lang {lang!r}")
        if match not in MATCHES:
            rep.error(where, f"unknown match {match!r}")
        if cat not in CATEGORIES:
            rep.error(where, f"unknown category {cat!r}")
        if (match == "source") != (cat == "source"):
            rep.error(where, "match 'source' goes with category 'source' and only with it")
        for p in stored_form_problems(pattern):
            rep.error(where, f"pattern {p}")
        if pattern != pattern.lower():
            rep.error(where, f"pattern {pattern!r} is not lower case")
        if match == "line" and pattern[-1:] in ":.»":
            rep.error(where, "line pattern ends with ':', '.' or '»' (ignored when matching)")
        if match == "prefix" and re.search(r"\s:$", pattern):
            rep.error(where, "prefix pattern has whitespace before its ':'")
        if match == "source" and not re.fullmatch(r"[^\W\d_]+", pattern):
            rep.error(where, "source pattern must be a single word")
        chrome[lang].append((pattern, match, cat))
    counts = collections.Counter(lang for _, (_, lang, _, _) in rows)
    for lang in LANGS:
        if not counts[lang]:
            rep.error(os.path.relpath(path), f"{lang}: no rows")
        if not any(m == "source" for _, m, _ in chrome[lang]):
            rep.error(os.path.relpath(path), f"{lang}: no 'source' row")
    return chrome


# ---------------------------------------------------------------------------------------
# Reference matcher (README "Matching")

def chrome_key(line):
    s = norm(line).lower()
    s = re.sub(r"\s+:", ":", s)
    return s


def strip_trailing(s):
    return re.sub(r"[\s:.»]+$", "", s)


def is_capitalized_word(w):
    w = w.strip("()[],;")
    return bool(w) and (w[0].isupper() or w[0].isdigit() or w in LOWERCASE_AGENCIES)


def match_source(pattern, line):
    s = strip_trailing(norm(line))
    m = re.match(r"^" + re.escape(pattern) + r"\s*:\s*(.+)$", s, re.IGNORECASE)
    if not m:
        return False
    rest = m.group(1).strip()
    if re.fullmatch(r"(?:https?://)?(?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?", rest, re.IGNORECASE):
        return True
    words = rest.split(" ")
    if not is_capitalized_word(words[0]) or not is_capitalized_word(words[-1]):
        return False
    content = 0
    for w in words:
        if w.lower() in SOURCE_CONNECTORS and not is_capitalized_word(w):
            continue
        if w in ("/", "-", "–", "&") :
            continue
        if not is_capitalized_word(w):
            return False
        content += 1
    return 1 <= content <= SOURCE_MAX_WORDS


def prefix_rest_ok(category, rest):
    """Is `rest` (lower-cased, after the prefix) short chrome for a prefix of this category?"""
    if category == "cookie":
        # a cookie notice: its opening words alone, or a sentence or two after them that speaks to
        # the reader or offers a button
        words = re.findall(r"\w+", rest)
        return (len(rest.encode("utf-8")) <= COOKIE_MAX_BYTES and len(rest.split()) <= COOKIE_MAX_WORDS
                and (not words or any(w in COOKIE_CONSENT for w in words)))
    if not rest:
        # the opening alone (`Add comment`, `Share this article`); a counter or a credit needs
        # its rest
        return category not in ("comments", "credit")
    if len(rest) > PREFIX_MAX_CHARS or len(rest.split()) > PREFIX_MAX_WORDS:
        return False
    if category == "comments":
        # a comment counter: `Discussion (112 posts)`, `Comments (4)`
        return rest.lstrip("(")[:1].isdigit()
    if category in ("share", "follow"):
        padded = " " + re.sub(r"[,;/&|·+]", " ", rest) + " "
        padded = re.sub(r"\s+", " ", padded)
        return any(f" {n} " in padded for n in NETWORKS)
    return True


def is_domain(s):
    """A domain name like `belsat.eu` or `Argumentum.al`."""
    name, dot, tld = s.rpartition(".")
    return bool(dot and name and 2 <= len(tld) <= 6 and tld.isascii() and tld.isalpha() and tld.islower()
                and all(c.isalnum() or c in "-." for c in name))


def credit_rest_ok(rest):
    """A photo credit: 1-6 capitalized words (or lower-case agencies), with connectors."""
    words = [w for w in re.split(r"[\s/|,;]+", rest) if w and w not in ("-", "–", "&", "+")]
    content = 0
    for w in words:
        if is_capitalized_word(w) or w.lower() in LOWERCASE_AGENCIES:
            content += 1
        elif w.lower() in CREDIT_CONNECTORS:
            continue
        else:
            return False
    return 1 <= content <= CREDIT_MAX_WORDS


def match_chrome(entries, line):
    """The first (pattern, match, category) that removes the line, or None."""
    key = chrome_key(line)
    bare = strip_trailing(key)
    for pattern, match, cat in entries:
        if match == "line":
            if bare == pattern:
                return (pattern, match, cat)
        elif match == "prefix":
            if not key.startswith(pattern):
                continue
            rest = key[len(pattern):]
            if pattern[-1].isalnum() and rest[:1].isalnum():
                continue  # not at a word boundary
            rest = rest.strip(" :|-–—/,")
            if not prefix_rest_ok(cat, rest):
                continue
            if cat == "credit":
                # case matters for a credit: take the same span from the original line
                orig = re.sub(r"\s+:", ":", norm(line))
                start = key.index(rest, len(pattern))
                orig_rest = orig[start:] if len(orig) == len(key) else rest
                if not (credit_rest_ok(strip_trailing(orig_rest)) or is_domain(strip_trailing(orig_rest))):
                    continue
            return (pattern, match, cat)
        elif match == "source":
            if match_source(pattern, line):
                return (pattern, match, cat)
    return None


def match_teaser(labels, line):
    """The label if the line has the teaser shape LABEL[ ]:|[ ]rest, else None."""
    s = norm(line)
    s = s.lstrip(BULLETS + " ")
    for label in sorted(labels, key=len, reverse=True):
        if s.startswith(label) and re.match(r"\s*[:|]\s*\S", s[len(label):]):
            return label
    return None


# ---------------------------------------------------------------------------------------
# File 3: lines

def check_lines(path, labels, chrome, rep):
    rows = read_tsv(path, "expect\tlang\tline", 3, rep, allow_comments=False)
    check_sorted_unique(rows, lambda f: (b(f[1]), b(f[0]), b(f[2])), lambda f: (f[1], f[2]), rep,
                        "(lang, expect, line)")
    counts = collections.Counter()
    # Every language's labels and chrome apply to every text, as in the tool (ArtifactDict).
    all_labels = set().union(*labels.values())
    all_chrome = [entry for entries in chrome.values() for entry in entries]
    for where, (expect, lang, line) in rows:
        if expect not in EXPECTS:
            rep.error(where, f"unknown expect {expect!r}")
            continue
        if lang not in LANGS:
            rep.error(where, f"unknown lang {lang!r}")
            continue
        counts[(lang, expect)] += 1
        teaser = match_teaser(all_labels, line)
        chrome_hit = match_chrome(all_chrome, line)
        short = line if len(line) <= 70 else line[:67] + "..."
        if expect == "keep":
            if teaser:
                rep.error(where, f"keep line has the teaser shape with label {teaser!r}: {short!r}")
            if chrome_hit:
                rep.error(where, f"keep line matches chrome {chrome_hit}: {short!r}")
        elif expect == "teaser":
            if not teaser and not (chrome_hit and chrome_hit[2] == "related"):
                rep.warn(where, f"teaser line not caught by a label or a 'related' chrome row: {short!r}")
        elif expect == "boilerplate":
            if not chrome_hit:
                rep.warn(where, f"boilerplate line not caught by chrome.tsv: {short!r}")
    for lang in LANGS:
        for expect, n in MIN_LINES.items():
            if counts[(lang, expect)] < n:
                rep.error(os.path.relpath(path), f"{lang}: {counts[(lang, expect)]} {expect} lines, need {n}")
    return counts


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--root", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    ap.add_argument("--quiet", action="store_true", help="print errors only")
    args = ap.parse_args()
    root = os.path.abspath(args.root)
    os.chdir(root)
    rep = Report()
    labels = check_labels("dictionaries/artifacts/teaser_labels.tsv", rep)
    chrome = check_chrome("dictionaries/artifacts/chrome.tsv", rep)
    counts = check_lines("tests/data/artifacts/lines.tsv", labels, chrome, rep)

    if not args.quiet:
        for w in rep.warnings:
            print("warning:", w)
        print(f"{'counts':<18}" + " ".join(f"{l:>5}" for l in LANGS))
        print(f"{'teaser labels':<18}" + " ".join(f"{len(labels.get(l, ())):>5}" for l in LANGS))
        print(f"{'chrome rows':<18}" + " ".join(f"{len(chrome.get(l, ())):>5}" for l in LANGS))
        for e in EXPECTS:
            print(f"{'lines ' + e:<18}" + " ".join(f"{counts[(l, e)]:>5}" for l in LANGS))
    for e in rep.errors:
        print("error:", e)
    print(f"{len(rep.errors)} errors, {len(rep.warnings)} warnings")
    return 1 if rep.errors else 0


if __name__ == "__main__":
    sys.exit(main())
