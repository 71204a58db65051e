#!/usr/bin/env python3
"""Build dictionaries/names/personal-names.txt: common given names and surnames.

    python3 tools/build_personal_names.py [--sdist names-0.3.0.tar.gz] [--check]

The words stage reads a capitalized word of this list as a name: evidence for a lost space
beside it (`Blairhas`, `MichaelHoward`) and never a token to split itself (`Goodman`). Source:
the frequency tables of the 1990 US Census (public domain), as shipped in the PyPI package
`names` 0.3.0 (MIT, by Trey Hunner; its README states the three tables are public domain). All
given names (male and female), and the surnames borne by at least 0.001% of people (about
19,000). Without --sdist the package is fetched with `pip download` and its checksum checked.
--check exits 1 if the file is out of date. Python 3.11, standard library and pip.
"""
import argparse
import hashlib
import os
import subprocess
import sys
import tarfile
import tempfile

from generated_file import write_or_check

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "dictionaries", "names", "personal-names.txt")
SDIST = "names-0.3.0.tar.gz"
SHA256 = "726e46254f2ed03f1ffb5d941dae3bc67c35123941c29becd02d48d0caa2a671"
# Share of people (percent) a surname needs to be listed.
MIN_SURNAME_PERCENT = 0.001

HEADER = """\
# Common personal names, one per line with its kind: g = given name, s = surname, gs = both.
# Made by tools/build_personal_names.py; do not edit by hand.
# Source: 1990 US Census name frequency tables (public domain), as shipped in the PyPI package
#   `names` 0.3.0 (MIT, (C) Trey Hunner): dist.male.first and dist.female.first (all names),
#   dist.all.last (surnames of at least 0.001% of people).
"""


def fetch():
    tmp = tempfile.mkdtemp()
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:", "-q", "-d", tmp, "names==0.3.0"],
        check=True,
    )
    return os.path.join(tmp, SDIST)


def table(tar, name):
    """(NAME, percent) rows of one census table."""
    data = tar.extractfile(f"names-0.3.0/names/{name}").read().decode("ascii")
    for line in data.splitlines():
        fields = line.split()
        if len(fields) == 4:
            yield fields[0], float(fields[1])


def build(sdist):
    with open(sdist, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    if digest != SHA256:
        sys.exit(f"{sdist}: sha256 {digest}, expected {SHA256}")
    kinds = {}
    with tarfile.open(sdist) as tar:
        for name in ["dist.male.first", "dist.female.first"]:
            for upper, _ in table(tar, name):
                kinds.setdefault(upper.title(), set()).add("g")
        for upper, percent in table(tar, "dist.all.last"):
            if percent >= MIN_SURNAME_PERCENT:
                kinds.setdefault(upper.title(), set()).add("s")
    rows = sorted(kinds.items())
    return HEADER + "".join(f"{name}\t{''.join(sorted(k))}\n" for name, k in rows)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sdist", help=f"path of {SDIST} (fetched from PyPI if not given)")
    ap.add_argument("--check", action="store_true", help="exit 1 if the file is out of date")
    args = ap.parse_args()
    write_or_check(OUT, build(args.sdist or fetch()), HEADER, args.check)

if __name__ == "__main__":
    main()
