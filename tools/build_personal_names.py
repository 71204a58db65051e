#!/usr/bin/env python3
"""Build dictionaries/names/personal-names.txt: common given names and surnames.

    python3 tools/build_personal_names.py [--sdist names-0.3.0.tar.gz] [--faker-wheel WHEEL] [--check]

The words stage reads a capitalized word of this list as a name: evidence for a lost space
beside it (`Blairhas`, `MichaelHoward`) and never a token to split itself (`Goodman`). Source:
the frequency tables of the 1990 US Census (public domain), as shipped in the PyPI package
`names` 0.3.0 (MIT, by Trey Hunner; its README states the three tables are public domain). All
given names (male and female), and the surnames borne by at least 0.001% of people (about
19,000). The census knows few European given names (`Steffen`, `Jürgen`, `Agnieszka`): those of
the European locales of the PyPI package Faker (MIT, (C) Daniele Faraglia), single words in the
Latin script, are added as given names. Without --sdist or --faker-wheel the packages are fetched
with `pip download` and their checksums checked. --check exits 1 if the file is out of date.
Python 3.11, standard library and pip.
"""
import argparse
import hashlib
import os
import subprocess
import sys
import tarfile
import tempfile
import zipfile

from generated_file import write_or_check

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "dictionaries", "names", "personal-names.txt")
SDIST = "names-0.3.0.tar.gz"
SHA256 = "726e46254f2ed03f1ffb5d941dae3bc67c35123941c29becd02d48d0caa2a671"
FAKER = "Faker==40.63.0"
FAKER_WHEEL = "faker-40.63.0-py3-none-any.whl"
FAKER_SHA256 = "36627c20b575b4138f54b6c21f8703e9ab122fd487aca11319beec2aa6ca7232"
# Faker's locales whose given names are added: the languages mtnorm reads and the countries the
# news it cleans names people of (Latin script only).
FAKER_LOCALES = [
    "de_DE", "de_AT", "fr_FR", "fr_BE", "es_ES", "it_IT", "pt_PT", "pt_BR", "nl_NL",
    "pl_PL", "cs_CZ", "sk_SK", "hu_HU", "ro_RO", "lt_LT", "lv_LV", "et_EE", "hr_HR", "sl_SI",
]
# Share of people (percent) a surname needs to be listed.
MIN_SURNAME_PERCENT = 0.001

HEADER = """\
# Common personal names, one per line with its kind: g = given name, s = surname, gs = both.
# Made by tools/build_personal_names.py; do not edit by hand.
# Sources: 1990 US Census name frequency tables (public domain), as shipped in the PyPI package
#   `names` 0.3.0 (MIT, (C) Trey Hunner): dist.male.first and dist.female.first (all names),
#   dist.all.last (surnames of at least 0.001% of people); given names of the European locales
#   of the PyPI package Faker 40.63.0 (MIT, (C) Daniele Faraglia), single words of four letters
#   or more in Latin script.
"""


def fetch(requirement, file_name, binary):
    tmp = tempfile.mkdtemp()
    only = ["--only-binary", ":all:"] if binary else ["--no-binary", ":all:"]
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", *only, "-q", "-d", tmp, requirement],
        check=True,
    )
    return os.path.join(tmp, file_name)


def checked(path, expected):
    with open(path, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    if digest != expected:
        sys.exit(f"{path}: sha256 {digest}, expected {expected}")


def latin_word(name):
    """A single word (hyphens and apostrophes allowed) of Latin letters, four or more: `Jürgen`,
    `Ľubica` (shorter ones are words and brands' parts as often: `Jet`, `Pol`)."""
    return (
        len(name) >= 4
        and name[:1].isupper()
        and all(c.isalpha() or c in "-'" for c in name)
        and all(ord(c) < 0x250 for c in name if c.isalpha())
    )


def faker_given_names(wheel):
    """The given names of FAKER_LOCALES, read from the wheel's person providers (imported from a
    copy of the wheel, which is pure Python)."""
    checked(wheel, FAKER_SHA256)
    tmp = tempfile.mkdtemp()
    with zipfile.ZipFile(wheel) as z:
        z.extractall(tmp)
    sys.path.insert(0, tmp)
    import importlib

    names = set()
    for locale in FAKER_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr in ["first_names", "first_names_male", "first_names_female"]:
            listed = getattr(provider, attr, None) or ()
            names.update(n for n in listed if latin_word(n))
    sys.path.remove(tmp)
    return names


def table(tar, name):
    """(NAME, percent) rows of one census table."""
    data = tar.extractfile(f"names-0.3.0/names/{name}").read().decode("ascii")
    for line in data.splitlines():
        fields = line.split()
        if len(fields) == 4:
            yield fields[0], float(fields[1])


def build(sdist, wheel):
    checked(sdist, SHA256)
    kinds = {}
    with tarfile.open(sdist) as tar:
        for name in ["dist.male.first", "dist.female.first"]:
            for upper, _ in table(tar, name):
                kinds.setdefault(upper.title(), set()).add("g")
        for upper, percent in table(tar, "dist.all.last"):
            if percent >= MIN_SURNAME_PERCENT:
                kinds.setdefault(upper.title(), set()).add("s")
    for name in faker_given_names(wheel):
        kinds.setdefault(name, set()).add("g")
    rows = sorted(kinds.items())
    return HEADER + "".join(f"{name}\t{''.join(sorted(k))}\n" for name, k in rows)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sdist", help=f"path of {SDIST} (fetched from PyPI if not given)")
    ap.add_argument("--faker-wheel", help=f"path of {FAKER_WHEEL} (fetched from PyPI if not given)")
    ap.add_argument("--check", action="store_true", help="exit 1 if the file is out of date")
    args = ap.parse_args()
    sdist = args.sdist or fetch("names==0.3.0", SDIST, binary=False)
    wheel = args.faker_wheel or fetch(FAKER, FAKER_WHEEL, binary=True)
    write_or_check(OUT, build(sdist, wheel), HEADER, args.check)

if __name__ == "__main__":
    main()
