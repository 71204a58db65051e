#!/usr/bin/env python3
"""Measure mtnorm's word splitting on tests/data/split/: glued.tsv (exact restoration of the
clean sentence) and clean.txt (tokens split that should not be). Runs the CLI's `words` stage
alone (other stages off) with English fixed, so only splitting is measured.

    python3 tools/eval_split.py [--bin target/release/mtnorm]
"""
import argparse, json, subprocess
from pathlib import Path

root = Path(__file__).resolve().parent.parent
# The `words` stage alone, English fixed: every other stage off.
FLAGS = ["fix", "--jsonl", "--lang", "en", "--disable", "unicode", "--disable", "language",
         "--disable", "teaser", "--disable", "chrome", "--disable", "credit", "--disable", "duplicate",
         "--disable", "names"]


def words_stage(binary, texts):
    """The texts after the CLI's words stage alone."""
    payload = "".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in texts)
    out = subprocess.run([binary, *FLAGS], input=payload.encode(), capture_output=True, check=True)
    return [json.loads(l)["text"] for l in out.stdout.decode().splitlines()]


def glued_rows():
    """(clean sentence, glued sentence) pairs of tests/data/split/glued.tsv."""
    rows = [l.rstrip("\n").split("\t") for l in open(root / "tests/data/split/glued.tsv", encoding="utf-8")
            if not l.startswith("#")]
    return [r for r in rows if len(r) == 2]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=str(root / "target/release/mtnorm"))
    ap.add_argument("-v", "--verbose", action="store_true", help="print the false splits and a sample of the misses")
    args = ap.parse_args()
    run = lambda texts: words_stage(args.bin, texts)
    rows = glued_rows()
    got = run([g for _, g in rows])
    exact = sum(o == c for (c, _), o in zip(rows, got))
    clean = [l.rstrip("\n") for l in open(root / "tests/data/split/clean.txt", encoding="utf-8") if l.strip()]
    out = run(clean)
    tokens = sum(len(c.split()) for c in clean)
    split = sum(max(0, len(o.split()) - len(c.split())) for c, o in zip(clean, out))
    print(f"glued: {exact}/{len(rows)} restored exactly ({100 * exact / len(rows):.1f}%)")
    print(f"clean: {split} extra splits in {tokens} tokens ({10000 * split / tokens:.2f} per 10,000)")
    if args.verbose:
        for c, o in zip(clean, out):
            if len(o.split()) > len(c.split()):
                extra = [w for w in o.split() if w not in c.split()]
                print("false split:", " ".join(extra))
        for (c, g), o in list(zip(rows, got)):
            if o != c:
                print("miss:", next((w for w in g.split() if w not in c.split()), g), "->", next((w for w in o.split() if w not in c.split()), "(unchanged)"))


if __name__ == "__main__":
    main()
