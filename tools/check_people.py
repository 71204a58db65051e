#!/usr/bin/env python3
"""Check dictionaries/names/people.tsv (format described in dictionaries/names/README-people.md).

Usage: python3 tools/check_people.py [PATH] [--words]

Errors (exit status 1): bad header, wrong field count, empty fields, ids not sorted/unique or not
kebab-case, text not NFC or not LF-terminated, a variant shared between rows, a variant equal to
another row's canonical name, a canonical title shared by two rows, a malformed `# uncertain:` list.

With --words, also warn about single-word variants that are ordinary words in one of the seven
languages, using the Debian word lists in /usr/share/dict when they are installed (wamerican,
wngerman, wfrench, wspanish, witalian, wportuguese, wpolish). Warnings never fail the check.
"""
import os
import re
import sys
import unicodedata

LANGS = ["en", "de", "fr", "es", "it", "pt", "pl"]
HEADER = ["id", "type", "native"] + LANGS + ["variants"]
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
NATIVE_RE = re.compile(r"^[a-z]{2,3}:\S.*\S$")
# Reviewed --words hits that are not ordinary words: proper names the German list carries, and
# rare inflected forms in the Polish/Spanish lists that no reader takes for a common word.
WORD_ALLOW = {"Gorbatschow", "Jelzin", "Putin", "Rogozin", "Tertel"}
WORD_LISTS = [
    "american-english", "british-english", "ngerman", "french", "spanish",
    "italian", "portuguese", "brazilian", "polish",
]


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    here = os.path.dirname(os.path.abspath(__file__))
    path = args[0] if args else os.path.join(here, "..", "dictionaries", "names", "people.tsv")
    errors = []

    def err(lineno, msg):
        errors.append(f"{path}:{lineno}: {msg}")

    raw = open(path, "rb").read()
    if b"\r" in raw:
        err(0, "CR found: line endings must be LF")
    if not raw.endswith(b"\n"):
        err(0, "file does not end with a newline")
    text = raw.decode("utf-8")

    header_seen = False
    rows = []  # (lineno, fields)
    uncertain = []
    for lineno, line in enumerate(text.split("\n")[:-1], 1):
        if unicodedata.normalize("NFC", line) != line:
            err(lineno, "line is not NFC")
        if line.startswith("#"):
            if line.startswith("# uncertain:"):
                for item in line[len("# uncertain:"):].split(","):
                    item = item.strip()
                    if item:
                        uncertain.append((lineno, item))
            continue
        if not header_seen:
            if line.split("\t") != HEADER:
                err(lineno, "first non-comment line must be the header: " + "\\t".join(HEADER))
            header_seen = True
            continue
        rows.append((lineno, line.split("\t")))
    if not header_seen:
        err(0, "no header line")

    ids = []
    canon_owner = {}  # canonical title -> id
    variant_owner = {}  # variant -> id
    per_row = []
    for lineno, f in rows:
        if len(f) != len(HEADER):
            err(lineno, f"{len(f)} fields, expected {len(HEADER)}")
            continue
        rid = f[0]
        for name, val in zip(HEADER, f):
            if val == "" or val != val.strip():
                err(lineno, f"{rid}: field {name} is empty or has surrounding spaces")
        if not ID_RE.match(rid):
            err(lineno, f"id {rid!r} is not lowercase ASCII kebab-case")
        if f[1] != "person":
            err(lineno, f"{rid}: type must be 'person'")
        for part in f[2].split("|"):
            if not NATIVE_RE.match(part):
                err(lineno, f"{rid}: native part {part!r} is not lang:Name")
        canon = f[3:10]
        for lang, title in zip(LANGS, canon):
            if "(" in title or ")" in title:
                err(lineno, f"{rid}: {lang} title {title!r} keeps a disambiguation suffix")
            other = canon_owner.get(title)
            if other is not None and other != rid:
                err(lineno, f"{rid}: {lang} title {title!r} is also a title of {other}")
            canon_owner.setdefault(title, rid)
        variants = [] if f[10] == "-" else f[10].split("|")
        if len(set(variants)) != len(variants):
            err(lineno, f"{rid}: duplicate variant within the row")
        for v in variants:
            if v == "" or v != v.strip() or v == "-":
                err(lineno, f"{rid}: empty or padded variant {v!r}")
        ids.append((lineno, rid))
        per_row.append((lineno, rid, set(canon), variants))

    for lineno, rid, canon, variants in per_row:
        for v in variants:
            other = variant_owner.get(v)
            if other is not None and other != rid:
                err(lineno, f"{rid}: variant {v!r} is also a variant of {other}")
            variant_owner.setdefault(v, rid)
    for lineno, rid, canon, variants in per_row:
        for v in variants:
            other = canon_owner.get(v)
            if other is not None and other != rid:
                err(lineno, f"{rid}: variant {v!r} is a canonical title of {other}")

    seen = set()
    prev = None
    for lineno, rid in ids:
        if rid in seen:
            err(lineno, f"duplicate id {rid}")
        seen.add(rid)
        if prev is not None and prev.encode() > rid.encode():
            err(lineno, f"ids not sorted: {prev} before {rid}")
        prev = rid

    for lineno, item in uncertain:
        parts = item.split(" ")
        if len(parts) != 2 or parts[0] not in seen or parts[1] not in LANGS:
            err(lineno, f"bad uncertain entry {item!r} (want 'id lang' with a known id)")

    if "--words" in argv:
        warn_ordinary_words(per_row)

    for e in errors:
        print(e, file=sys.stderr)
    print(f"{len(ids)} rows, {len(uncertain)} uncertain cells, {len(errors)} errors")
    return 1 if errors else 0


def warn_ordinary_words(per_row):
    lower, exact = set(), set()
    found = []
    for name in WORD_LISTS:
        p = os.path.join("/usr/share/dict", name)
        if not os.path.exists(p):
            continue
        found.append(name)
        with open(p, encoding="utf-8", errors="replace") as fh:
            for w in fh:
                w = w.strip()
                if not w:
                    continue
                if w[0].islower():
                    lower.add(w)
                elif name == "ngerman":
                    exact.add(w)  # German nouns are capitalised
    if not found:
        print("--words: no word lists in /usr/share/dict, skipped", file=sys.stderr)
        return
    for lineno, rid, canon, variants in per_row:
        for v in variants:
            if " " in v or v in WORD_ALLOW:
                continue
            if v.lower() in lower or v in exact:
                print(f"warning: line {lineno}: {rid}: variant {v!r} is in a word list", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
