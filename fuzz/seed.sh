#!/usr/bin/env bash
# Fills fuzz/corpus/<target>/ with seeds from the test data (the corpus dir is gitignored):
#   normalize, idempotent: each tests/data/reference/*.txt, each line of
#                          tests/data/artifacts/lines.tsv, and a few hand-made hostile snippets
#   jsonl:                 each line of tests/data/reference/reference.jsonl, and each lines.tsv
#                          line wrapped as {"id":..,"text":..}
# Usage: fuzz/seed.sh   (from anywhere; idempotent, overwrites seeds of the same name)
set -euo pipefail
FUZZ=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$FUZZ")
DATA="$ROOT/tests/data"
python3 - "$DATA" "$FUZZ/corpus" <<'PY'
import hashlib, json, os, sys
data, corpus = sys.argv[1], sys.argv[2]
def put(target, content):
    d = os.path.join(corpus, target)
    os.makedirs(d, exist_ok=True)
    b = content.encode("utf-8") if isinstance(content, str) else content
    with open(os.path.join(d, "seed-" + hashlib.sha1(b).hexdigest()[:16]), "wb") as fh:
        fh.write(b)
texts = []
ref = os.path.join(data, "reference")
for name in sorted(os.listdir(ref)):
    if name.endswith(".txt"):
        texts.append(open(os.path.join(ref, name), encoding="utf-8").read())
lines = []
with open(os.path.join(data, "artifacts", "lines.tsv"), encoding="utf-8") as fh:
    next(fh)
    for row in fh:
        parts = row.rstrip("\n").split("\t", 2)
        if len(parts) == 3:
            lines.append(parts[2])
texts += lines
texts += [
    "Talks\u00a0began  on Monday\u200b.\r\n",
    "The minister\u2019s \u00e2\u20ac\u2122 view \u00c3\u00a9t\u00c3\u00a9 \u00c2\u00a3 10\n",
    "e\u0301 a\u0308 \ufb01 \u00b2 \uff21\n",
    "\U0001F469\u200d\U0001F469\u200d\U0001F467 \U0001F44D\U0001F3FD \u0645\u0631\u062d\u0628\u0627 \u05e9\u05dc\u05d5\u05dd \u0939\u093f\u0928\u094d\u0926\u0940 \u0e20\u0e32\u0e29\u0e32\u0e44\u0e17\u0e22 \u4e2d\u6587\n",
    "Skip to content\n\nSIGHT: Putin puts forces on alert\nShare this article:\nA paragraph that repeats itself.\nA paragraph that repeats itself.\n",
    "(Sergei KHOLODILIN / BELTA / AFP)\nSource: Elcomercio\n2022-02-27T13:30+0000\n.\n",
    "Oleksiy Reznikovwho said in Kiev that Zelenskiy and Dmitri Peskov met in Kharkov.\n",
]
for t in texts:
    put("normalize", t)
    put("idempotent", t)
jl = os.path.join(ref, "reference.jsonl")
if os.path.exists(jl):
    for row in open(jl, encoding="utf-8"):
        if row.strip():
            put("jsonl", row)
for i, t in enumerate(lines):
    put("jsonl", json.dumps({"id": i, "text": t}, ensure_ascii=(i % 2 == 0)) + "\n")
put("jsonl", '{"id":1.50,"text":"a\\u00e9\\r\\n\\u00a0b","meta":{"x":[1, 2]}}\n{"text":1}\n[1]\n{\n')
for target in ("normalize", "idempotent", "jsonl"):
    print(target, len(os.listdir(os.path.join(corpus, target))), "seeds", file=sys.stderr)
PY
