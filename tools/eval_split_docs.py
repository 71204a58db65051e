#!/usr/bin/env python3
"""Measure mtnorm's word splitting in document context: each glued row of tests/data/split/glued.tsv
goes back into the news-sample document its sentence came from, so the stage sees the evidence
it has in real use (a name written alone elsewhere in the article). A row passes when the
output holds the clean sentence. The clean figure runs every document of the sample unchanged
and counts the splits; the sample has a few real glue errors of its own, so that figure is an
upper bound on false splits (`-v` lists them).

    python3 tools/eval_split_docs.py [--bin target/release/mtnorm] [--sample ../shared/bench/news-sample.txt] [-v]
"""
import argparse, re, unicodedata

from eval_split import glued_rows, root, words_stage

ap = argparse.ArgumentParser()
ap.add_argument("--bin", default=str(root / "target/release/mtnorm"))
ap.add_argument("--sample", default=str(root.parent / "shared/bench/news-sample.txt"))
ap.add_argument("-v", "--verbose", action="store_true")
args = ap.parse_args()


def run(texts):
    return words_stage(args.bin, texts)


def collapse(s):
    # The set's sentences were made with whitespace runs collapsed and NFC (tools/make_split_set.py).
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", s)).strip()


docs = [collapse(d) for d in open(args.sample, encoding="utf-8").read().split("\n=====\n") if d.strip()]
rows = glued_rows()
inputs, wanted, skipped = [], [], 0
for clean, glued in rows:
    doc = next((d for d in docs if clean in d), None)
    if doc is None:
        skipped += 1
        continue
    inputs.append(doc.replace(clean, glued, 1))
    wanted.append((clean, glued))
got = run(inputs)
exact = sum(clean in o for (clean, _), o in zip(wanted, got))
print(f"glued in context: {exact}/{len(wanted)} restored ({100 * exact / len(wanted):.1f}%); {skipped} rows without their document")
out = run(docs)
tokens = sum(len(d.split()) for d in docs)
splits = [(d, o) for d, o in zip(docs, out) if len(o.split()) > len(d.split())]
extra = sum(len(o.split()) - len(d.split()) for d, o in splits)
print(f"clean documents: {extra} splits in {tokens} tokens ({10000 * extra / tokens:.2f} per 10,000; real glue errors included)")
if args.verbose:
    for d, o in splits:
        dw = set(d.split())
        print("split:", " ".join(w for w in o.split() if w not in dw))
    for (clean, glued), o in zip(wanted, got):
        if clean not in o:
            g = next((w for w in glued.split() if w not in clean.split()), glued)
            print("miss:", g)
