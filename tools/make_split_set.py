#!/usr/bin/env python3
"""Build the word-split evaluation set tests/data/split/{glued.tsv,clean.txt}.

Source: real English news sentences from ../shared/bench/news-sample.txt (see
tests/data/split/README.md for provenance). Standard library only; deterministic for a
given --seed. Run from the repository root:

    python3 tools/make_split_set.py                 # writes tests/data/split/
    python3 tools/make_split_set.py --check         # rebuild in memory, compare, exit 1 on diff

glued.tsv   one row per test item: clean_sentence<TAB>glued_sentence. The glued sentence is the
            clean sentence with exactly one space removed, between two purely alphabetic words
            (the left word may carry opening punctuation before it, the right word closing
            punctuation after it; nothing non-alphabetic between the two words). Categories:
              cap    left word starts with an upper-case letter ("Reznikovwho", "Ukrainereported")
              lowcap lower-case word + Capitalized word ("sinceJune")
              lower  lower-case word + lower-case word ("tothe")
            in the proportions --cap/--lowcap/--lower (default 60/20/20).
            A pair is never used when the glued string is itself an English word (case-folded,
            looked up in the source unigram list instant-segment/en-unigrams.txt), because then
            "not splitting" would be right ("every one" -> "everyone").
clean.txt   sentences from the same source that appear in no glued.tsv row (for measuring
            false splits), 20-400 characters, in source order.

Sentences: paragraphs are split at . ! ? (not after Mr./Dr./initials/U.S.); kept are distinct
sentences of 4+ words that start with a capital, digit or opening quote and end with final
punctuation (or are a whole non-final paragraph: a headline). Dropped: repeated lines and lines
sharing their first 50 characters with another (site chrome), menu run-ons (>75% capitalized
words), and sentences that already contain a glue/scrape artifact ("ofTexas", "men!Although").

The source has only ~3,650 usable distinct sentences, fewer than 2,500 + 3,000. So clean.txt
gets its 3,000 sentences first (every kept sentence outside the 40-300 character window plus a
seeded random choice of the others), the remaining ~650 sentences form the glued pool, and one
pool sentence gives up to --per-sentence rows, each deleting a different space (about 4 rows
per sentence on average; pool sentences that get no row go to clean.txt). Each row still has
exactly one glue.
"""
import argparse
import os
import random
import re
import sys
import unicodedata

DEFAULT_SEED = 20250817
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)

# Sentence boundary: . ! ? (optionally followed by closing quotes/brackets), whitespace, then
# an opening quote/bracket or an upper-case letter or digit.
BOUNDARY = re.compile(r"(?<=[.!?])([\"'”’)\]]*)\s+(?=[\"'“‘(\[]?[A-Z0-9])")
# Tokens before a boundary that are abbreviations, not sentence ends.
ABBREV = {
    "mr", "mrs", "ms", "dr", "st", "prof", "gen", "col", "lt", "sgt", "capt", "rev", "sen", "rep",
    "gov", "jr", "sr", "no", "vs", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e", "etc",
    "approx", "dept", "fig", "mt", "ft", "est", "govt", "min", "max",
}
OPEN_PUNCT = "\"'“‘(["
CLOSE_PUNCT = ".,;:!?)]\"'”’"
ALPHA = re.compile(r"^[^\W\d_]+$")  # letters only (any script), no digits/underscore/punctuation


def is_alpha(s):
    return bool(s) and bool(ALPHA.match(s))


def split_sentences(par):
    """Split one paragraph into sentences, not splitting after abbreviations/initials."""
    out, start = [], 0
    for m in BOUNDARY.finditer(par):
        end = m.start() + len(m.group(1))  # keep closing quotes with the sentence
        left = par[start:m.start()]
        last = left.rsplit(None, 1)[-1] if left.split() else ""
        core = last.rstrip(".!?").lstrip(OPEN_PUNCT).lower()
        if core in ABBREV or re.fullmatch(r"[A-Za-z]", core) or re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", core):
            continue  # "Mr. Smith", "J. Smith", "U.S. officials"
        out.append(par[start:end])
        start = m.end()
    out.append(par[start:])
    return [s.strip() for s in out if s.strip()]


def load_sentences(path, function_words):
    """Distinct clean sentences of the source, in source order."""
    text = unicodedata.normalize("NFC", open(path, encoding="utf-8").read())
    docs = re.split(r"\n=====\n", text)
    sents, count, prefix = [], {}, {}
    for doc in docs:
        paras = [p.strip() for p in doc.split("\n") if p.strip()]
        for pi, par in enumerate(paras):
            pieces = [re.sub(r"\s+", " ", x) for x in split_sentences(par)]
            for k, x in enumerate(pieces):
                ends = x[-1] in ".!?\"'”’)"
                # A line without final punctuation is kept only when it is a whole paragraph
                # (a headline such as "Ad sales boost Time Warner profit") and not the last
                # paragraph of its document (the web documents were cut at ~6 KB mid-sentence).
                whole_line = len(pieces) == 1 and pi < len(paras) - 1
                if not ends and not whole_line:
                    continue
                count[x] = count.get(x, 0) + 1
                prefix[x[:50]] = prefix.get(x[:50], 0) + 1
                if count[x] == 1:
                    sents.append(x)
    keep = []
    for s in sents:
        if count[s] > 1 or (len(s) >= 50 and prefix[s[:50]] > 1):
            continue  # repeated site chrome ("Choose your reason below ...", headline lists)
        if "\t" in s or not s[0].isupper() and s[0] not in OPEN_PUNCT and not s[0].isdigit():
            continue
        words = s.split(" ")
        if len(words) < 4:
            continue
        caps = sum(1 for w in words if w[:1].isupper())
        if len(words) >= 8 and caps / len(words) > 0.75:
            continue  # menu run-ons ("Top Searched Companies Top Calculators ...")
        if re.search(r"[a-z][\"'’.!?,;:][A-Z][a-z]", s):
            continue  # scrape artifact already in the source ("Video'She's", "men!Although")
        if any(
            (m := re.fullmatch(r"([a-z]{2,})([A-Z][a-z]+)", w.strip(OPEN_PUNCT + CLOSE_PUNCT)))
            and m.group(1) in function_words
            for w in words
        ):
            continue  # a glue artifact already in the source ("ofTexas")
        keep.append(s)
    return keep


def candidate_pairs(sentence, lexicon):
    """Yield (index, category) for each space that may be deleted."""
    words = sentence.split(" ")
    for i in range(len(words) - 1):
        a_tok, b_tok = words[i], words[i + 1]
        a = a_tok.lstrip(OPEN_PUNCT)
        b = b_tok.rstrip(CLOSE_PUNCT)
        if not is_alpha(a) or not is_alpha(b):
            continue  # both sides must be bare alphabetic words
        if (a + b).lower() in lexicon:
            continue  # "every one" -> "everyone": glued form is itself a word
        if a[0].isupper():
            cat = "cap"
        elif a[0].islower() and b[0].isupper():
            cat = "lowcap"
        elif a[0].islower() and b[0].islower():
            cat = "lower"
        else:
            continue
        yield i, cat


def glue(sentence, i):
    words = sentence.split(" ")
    return " ".join(words[:i] + [words[i] + words[i + 1]] + words[i + 2:])


def build(args):
    lex_path = os.path.join(args.sources, "instant-segment", "en-unigrams.txt")
    lexicon, function_words = set(), set()
    with open(lex_path, encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            w = line.split("\t", 1)[0]
            lexicon.add(w)
            if n < 300:
                function_words.add(w)
    sents = load_sentences(args.input, function_words)
    eligible = [s for s in sents if args.min_len <= len(s) <= args.max_len]
    outside = [s for s in sents if not args.min_len <= len(s) <= args.max_len
               and args.clean_min_len <= len(s) <= args.clean_max_len]
    rng = random.Random(args.seed)
    order = list(range(len(eligible)))
    rng.shuffle(order)

    # clean.txt must reach --clean sentences: it takes every sentence outside the glued length
    # window (but inside --clean-min-len..--clean-max-len) plus the first (shuffled) eligible
    # sentences; the remaining eligible ones form the glued pool.
    reserve = max(0, args.clean - len(outside))
    if reserve >= len(eligible):
        sys.exit(f"only {len(sents)} sentences; cannot reserve {args.clean} for clean.txt")
    clean_idx = set(order[:reserve])
    pool = [eligible[k] for k in order[reserve:]]

    total = args.rows
    quota = {"cap": round(total * args.cap), "lowcap": round(total * args.lowcap)}
    quota["lower"] = total - quota["cap"] - quota["lowcap"]
    cands = {"cap": [], "lowcap": [], "lower": []}
    for si, s in enumerate(pool):
        for i, cat in candidate_pairs(s, lexicon):
            cands[cat].append((si, i))
    for cat in cands:
        rng.shuffle(cands[cat])

    used_per_sentence, rows, picked = {}, [], set()
    # Fill the scarcest categories first so the per-sentence cap does not starve them, and spread
    # rows evenly: pass k lets a sentence take its k-th row only after every sentence had its chance
    # at k-1.
    for cat in sorted(cands, key=lambda c: len(cands[c]) / max(1, quota[c])):
        got = 0
        for k in range(1, args.per_sentence + 1):
            for si, i in cands[cat]:
                if got == quota[cat]:
                    break
                if (si, i) in picked or used_per_sentence.get(si, 0) >= k:
                    continue
                picked.add((si, i))
                used_per_sentence[si] = used_per_sentence.get(si, 0) + 1
                rows.append((si, i, cat))
                got += 1
        if got < quota[cat]:
            sys.exit(f"category {cat}: only {got} of {quota[cat]} rows available; "
                     f"raise --per-sentence or lower --clean/--rows")
    rows.sort()
    used = {si for si, _, _ in rows}
    # Pool sentences that got no glued row also go to clean.txt.
    clean_set = ({eligible[k] for k in clean_idx} | set(outside)
                 | {s for si, s in enumerate(pool) if si not in used})
    clean = [s for s in sents if s in clean_set]  # source order
    glued_lines = [(pool[si], glue(pool[si], i), cat) for si, i, cat in rows]
    stats = {c: sum(1 for r in rows if r[2] == c) for c in cands}
    return glued_lines, clean, stats, len(sents), len(eligible), len(used)


def render(args, glued_lines, clean, stats, n_sents, n_elig, n_used):
    hdr = (
        f"# source: ../shared/bench/news-sample.txt (real English news, benchmark use only; "
        f"see README.md); seed={args.seed}; built by tools/make_split_set.py; "
        f"{len(glued_lines)} rows from {n_used} sentences; "
        f"cap={stats['cap']} lowcap={stats['lowcap']} lower={stats['lower']}; "
        f"columns: clean_sentence<TAB>glued_sentence\n"
    )
    g = hdr + "".join(f"{c}\t{gl}\n" for c, gl, _ in glued_lines)
    c = "".join(s + "\n" for s in clean)
    return g, c


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--input", default=os.path.join(REPO, "..", "shared", "bench", "news-sample.txt"))
    ap.add_argument("--sources", default=os.path.join(REPO, "..", "shared", "data-sources"),
                    help="data-sources dir (for instant-segment/en-unigrams.txt)")
    ap.add_argument("--out", default=os.path.join(REPO, "tests", "data", "split"))
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--rows", type=int, default=2500, help="glued rows (default 2500)")
    ap.add_argument("--clean", type=int, default=3000,
                    help="sentences reserved for clean.txt before glued rows are drawn (default 3000); "
                         "pool sentences left without a glued row are added to clean.txt too")
    ap.add_argument("--per-sentence", type=int, default=8, help="max glued rows per sentence (default 8)")
    ap.add_argument("--min-len", type=int, default=40)
    ap.add_argument("--max-len", type=int, default=300)
    ap.add_argument("--clean-min-len", type=int, default=20, help="clean.txt sentence length window")
    ap.add_argument("--clean-max-len", type=int, default=400)
    ap.add_argument("--cap", type=float, default=0.60)
    ap.add_argument("--lowcap", type=float, default=0.20)
    ap.add_argument("--lower", type=float, default=0.20)
    ap.add_argument("--check", action="store_true", help="compare with files on disk instead of writing")
    args = ap.parse_args()
    if abs(args.cap + args.lowcap + args.lower - 1.0) > 1e-9:
        sys.exit("--cap + --lowcap + --lower must be 1")

    glued_lines, clean, stats, n_sents, n_elig, n_used = build(args)
    g, c = render(args, glued_lines, clean, stats, n_sents, n_elig, n_used)
    gp, cp = os.path.join(args.out, "glued.tsv"), os.path.join(args.out, "clean.txt")
    if args.check:
        bad = [p for p, data in ((gp, g), (cp, c))
               if not os.path.exists(p) or open(p, encoding="utf-8").read() != data]
        if bad:
            print("differs:", *bad)
            sys.exit(1)
        print("up to date")
        return
    os.makedirs(args.out, exist_ok=True)
    for p, data in ((gp, g), (cp, c)):
        with open(p, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(data)
    print(f"sentences kept {n_sents}, in {args.min_len}-{args.max_len} chars {n_elig}; "
          f"glued.tsv {len(glued_lines)} rows from {n_used} sentences {stats}; clean.txt {len(clean)} lines",
          file=sys.stderr)


if __name__ == "__main__":
    main()
