#!/usr/bin/env python3
"""Baseline: score wordninja (PyPI, `pip install wordninja`) on tests/data/split/.

glued.tsv  for each row, the glued token is the one whitespace token of glued_sentence that differs
           from clean_sentence; its alphabetic core (opening punctuation before the left word and
           closing punctuation after the right word stripped) goes to wordninja.split(). A row is an
           exact success when " ".join(pieces) equals "left right" (case-sensitive); the
           case-insensitive figure compares lower-cased strings.
clean.txt  every alphabetic whitespace token (surrounding punctuation stripped, the rest letters
           only) goes to wordninja.split(); a token split into more than one piece is a false split.
           Reported per 10,000 tokens.

Run from the repository root:  python3 tools/eval_wordninja.py [--dir tests/data/split] [--examples N]
"""
import argparse
import collections
import os
import sys

try:
    import wordninja
except ImportError:
    sys.exit("wordninja is not installed: pip install wordninja")

HERE = os.path.dirname(os.path.abspath(__file__))
OPEN_PUNCT = "\"'“‘(["
CLOSE_PUNCT = ".,;:!?)]\"'”’"


def category(a, b):
    if a[0].isupper():
        return "cap"
    if b[0].isupper():
        return "lowcap"
    return "lower"


def read_glued(path):
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.startswith("#") or not line.strip():
                continue
            clean, glued = line.rstrip("\n").split("\t")
            c, g = clean.split(" "), glued.split(" ")
            if len(c) != len(g) + 1:
                sys.exit(f"{path}:{n}: glued sentence is not the clean one minus one space")
            i = next((k for k in range(len(g)) if c[k] != g[k]), len(g) - 1)
            if g[i] != c[i] + c[i + 1] or c[i + 2:] != g[i + 1:]:
                sys.exit(f"{path}:{n}: cannot locate the glued token")
            a, b = c[i].lstrip(OPEN_PUNCT), c[i + 1].rstrip(CLOSE_PUNCT)
            rows.append((a, b))
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=os.path.join(os.path.dirname(HERE), "tests", "data", "split"))
    ap.add_argument("--examples", type=int, default=10, help="failures/false splits to print")
    args = ap.parse_args()

    version = getattr(wordninja, "__version__", None)
    if version is None:
        try:
            from importlib.metadata import version as v
            version = v("wordninja")
        except Exception:  # noqa: BLE001
            version = "?"
    print(f"wordninja {version}")

    rows = read_glued(os.path.join(args.dir, "glued.tsv"))
    tot, ok, ok_ci = collections.Counter(), collections.Counter(), collections.Counter()
    fails = []
    for a, b in rows:
        cat = category(a, b)
        pieces = wordninja.split(a + b)
        got, want = " ".join(pieces), f"{a} {b}"
        for key in ("all", cat):
            tot[key] += 1
            ok[key] += got == want
            ok_ci[key] += got.lower() == want.lower()
        if got.lower() != want.lower():
            fails.append((a + b, got, want))
    print(f"glued.tsv: {tot['all']} rows")
    for key in ("all", "cap", "lowcap", "lower"):
        n = tot[key]
        if n:
            print(f"  {key:7s} n={n:5d}  exact {ok[key]:5d} = {100 * ok[key] / n:5.1f}%   "
                  f"case-insensitive {ok_ci[key]:5d} = {100 * ok_ci[key] / n:5.1f}%")
    for tok, got, want in fails[: args.examples]:
        print(f"    {tok!r}: got {got!r}, want {want!r}")

    ntok, nsplit, split_cap, tok_cap = 0, 0, 0, 0
    bad = collections.Counter()
    with open(os.path.join(args.dir, "clean.txt"), encoding="utf-8") as fh:
        for line in fh:
            for t in line.split():
                w = t.strip(OPEN_PUNCT + CLOSE_PUNCT)
                if not w.isalpha():
                    continue
                ntok += 1
                cap = w[0].isupper()
                tok_cap += cap
                if len(wordninja.split(w)) > 1:
                    nsplit += 1
                    split_cap += cap
                    bad[w] += 1
    print(f"clean.txt: {ntok} alphabetic tokens, {nsplit} split into >1 piece = "
          f"{10000 * nsplit / ntok:.1f} per 10,000 tokens")
    if tok_cap and ntok - tok_cap:
        print(f"  capitalized tokens: {split_cap}/{tok_cap} = {10000 * split_cap / tok_cap:.1f} per 10,000; "
              f"lower-case tokens: {nsplit - split_cap}/{ntok - tok_cap} = "
              f"{10000 * (nsplit - split_cap) / (ntok - tok_cap):.1f} per 10,000")
    print("  most frequent:", ", ".join(f"{w}->{' '.join(wordninja.split(w))}" for w, _ in bad.most_common(args.examples)))


if __name__ == "__main__":
    main()
