#!/usr/bin/env python3
"""Measure false splits of real words that mtnorm's lexicons lack, per language.

The clean text of tests/data/split is English and small; this measures every language with a
lexicon on a far larger sample: the words of wordfreq's `large` lists (frequencies from
Wikipedia, subtitles, news, books and the web) that are not in dictionaries/<lang>/words.tsv,
each put alone in a neutral sentence of its language and run through the CLI's `words` stage.
A word the stage splits is a false split; weighted by the word's frequency, the sum estimates
how many tokens of running text in 10,000 the stage would split wrongly (the words of the
lexicon count as never split). wordfreq's lists hold informal and glued forms too (`atleast`,
`everytime`), so the figure is an upper bound.

wordfreq's data are CC BY-SA 4.0: they are read here to measure, never copied into the repo.

    pip download --no-deps wordfreq==3.1.1 -d /tmp/wf && unzip -q -o /tmp/wf/wordfreq-*.whl -d /tmp/wf
    pip install msgpack
    python3 tools/eval_rare_words.py --wordfreq /tmp/wf/wordfreq/data [--lang es] [--show 20] [--capitalized]

`--capitalized` writes each word with a capital, as a name is written (`Ecclestone`): wordfreq's
lists hold many names in lower case, so this measures the rules that read a capitalized token.
"""
import argparse
import gzip
import json
import subprocess
from pathlib import Path

import msgpack

root = Path(__file__).resolve().parent.parent
# The `words` stage alone: every other stage off, the language fixed.
OFF = ["unicode", "language", "teaser", "chrome", "credit", "duplicate", "names"]
FRAMES = {
    "en": "According to the report, {} was mentioned.",
    "de": "Laut dem Bericht wurde {} erwähnt.",
    "es": "Según el informe, {} fue mencionado.",
    "fr": "Selon le rapport, {} a été mentionné.",
    "it": "Secondo il rapporto, {} è stato citato.",
    "pt": "Segundo o relatório, {} foi mencionado.",
}
MIN_LETTERS = 5


def lexicon(lang):
    words = set()
    for name in ("words.tsv", "words-extra.tsv"):
        path = root / "dictionaries" / lang / name
        if path.exists():
            for line in path.open(encoding="utf-8"):
                if not line.startswith("#"):
                    words.add(line.split("\t")[0])
    return words


def frequencies(data_dir, lang):
    """(word, frequency) of wordfreq's large list; its format `cB` stores words in buckets of
    centibels: bucket i holds the words of frequency 10^(-i/100)."""
    buckets = msgpack.unpackb(gzip.open(Path(data_dir) / f"large_{lang}.msgpack.gz").read(), raw=False)
    for i, bucket in enumerate(buckets[1:], start=1):
        for w in bucket:
            yield w, 10 ** (-i / 100)


def measure(binary, data_dir, lang, show, capitalized=False):
    known = lexicon(lang)
    total, rare = 0.0, []
    for w, f in frequencies(data_dir, lang):
        total += f
        if len(w) >= MIN_LETTERS and w.isalpha() and w.islower() and w not in known:
            rare.append((w[0].upper() + w[1:] if capitalized else w, f))
    frame = FRAMES[lang]
    payload = "".join(json.dumps({"id": str(k), "text": frame.format(w)}, ensure_ascii=False) + "\n"
                      for k, (w, _) in enumerate(rare))
    flags = ["fix", "--jsonl", "--lang", lang] + [a for stage in OFF for a in ("--disable", stage)]
    out = subprocess.run([binary, *flags], input=payload.encode(), capture_output=True, check=True)
    split = []
    for (w, f), line in zip(rare, out.stdout.decode().splitlines()):
        if json.loads(line)["text"] != frame.format(w):
            split.append((f, w, json.loads(line)["text"]))
    rate = 1e4 * sum(f for f, _, _ in split) / total
    print(f"{lang}{' (capitalized)' if capitalized else ''}: {len(split)} of {len(rare)} rare words split; {rate:.2f} false splits per 10,000 tokens")
    for f, w, text in sorted(split, reverse=True)[:show]:
        print(f"  {f:.1e} {w} -> {text}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=str(root / "target/release/mtnorm"))
    ap.add_argument("--wordfreq", required=True, help="wordfreq's data folder (large_<lang>.msgpack.gz)")
    ap.add_argument("--lang", action="append", help="a language (default: en de es fr it pt)")
    ap.add_argument("--show", type=int, default=0, help="print the most frequent false splits")
    ap.add_argument("--capitalized", action="store_true", help="write each word with a capital, as a name")
    args = ap.parse_args()
    for lang in args.lang or list(FRAMES):
        measure(args.bin, args.wordfreq, lang, args.show, args.capitalized)


if __name__ == "__main__":
    main()
