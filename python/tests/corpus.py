"""A small deterministic JSONL dataset built from the repository's own fixtures.

Used by the tests (round trips, batch vs single, Spark vs the single-machine CLI) and handy for
trying the Spark example:

    python3 python/tests/corpus.py --records 300 --out /tmp/sample.jsonl

Each record is {"id", "lang", "meta", "text"}: news sentences from tests/data/split (some with a
lost space), artifact lines from tests/data/artifacts/lines.tsv in six languages, the two
reference articles, and injected no-break spaces, zero-width spaces, mojibake, CRLF, trailing
spaces, emoji and right-to-left text, plus a few edge cases (empty, blank, one long line).
Standard library only; the same arguments give the same bytes.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "tests" / "data"

EXTRAS = [
    "Family photo 👨‍👩‍👧 shared on Sunday.",
    "The sign read \u200fשלום\u200f and مرحبا in two scripts.",
    "Prices rose 2\u00b2 percent in the ﬁrst quarter.",
]


def _sentences() -> tuple[list[str], list[str]]:
    clean = [s for s in (DATA / "split" / "clean.txt").read_text("utf-8").splitlines() if s.strip()]
    glued = []
    for line in (DATA / "split" / "glued.tsv").read_text("utf-8").splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        glued.append(line.split("\t")[1])
    return clean, glued


def _artifact_lines() -> dict[str, list[tuple[str, str]]]:
    by_lang: dict[str, list[tuple[str, str]]] = {}
    rows = (DATA / "artifacts" / "lines.tsv").read_text("utf-8").splitlines()[1:]
    for row in rows:
        expect, lang, line = row.split("\t", 2)
        by_lang.setdefault(lang, []).append((expect, line))
    return by_lang


def _mojibake(s: str) -> str:
    """UTF-8 read as Windows-1252, as scrapers do (characters cp1252 lacks stay as they are)."""
    return s.encode("utf-8").decode("cp1252", errors="ignore")


def make_records(n: int = 300, seed: int = 20250817) -> list[dict]:
    rng = random.Random(seed)
    clean, glued = _sentences()
    artifacts = _artifact_lines()
    langs = sorted(artifacts)
    articles = [
        (DATA / "reference" / "dev-001.txt").read_text("utf-8"),
        (DATA / "reference" / "dev-002.txt").read_text("utf-8"),
    ]
    records = []
    for i in range(n):
        lang = rng.choice(langs)
        if i % 50 == 0:
            text = articles[(i // 50) % len(articles)]
        elif i in (7, 8, 9):
            text = ["", "   \n\n  ", " ".join(rng.choice(clean) for _ in range(200))][i - 7]
        else:
            paragraphs = []
            for _ in range(rng.randint(2, 6)):
                pool = glued if rng.random() < 0.5 else clean
                paragraphs.append(" ".join(rng.choice(pool) for _ in range(rng.randint(1, 4))))
            for _ in range(rng.randint(0, 3)):
                _, line = rng.choice(artifacts[lang])
                paragraphs.insert(rng.randint(0, len(paragraphs)), line)
            if rng.random() < 0.1:
                paragraphs.insert(rng.randint(0, len(paragraphs)), rng.choice(EXTRAS))
            if rng.random() < 0.15:
                paragraphs.append(paragraphs[0])  # a repeated paragraph
            text = "\n\n".join(paragraphs)
            if rng.random() < 0.3:
                text = text.replace(" ", "\u00a0", rng.randint(1, 3))
            if rng.random() < 0.1:
                text = text.replace(" ", " \u200b", 1)
            if rng.random() < 0.05:
                text = _mojibake(text.replace("'", "\u2019"))
            if rng.random() < 0.05:
                text = text.replace("\n", "\r\n")
            if rng.random() < 0.05:
                text = text.replace("\n\n", "  \n\n", 1)
        records.append(
            {
                "id": f"rec-{i:04d}",
                "lang": lang,
                "meta": {"n": i, "tags": ["fixture", lang], "score": round(rng.random(), 3)},
                "text": text,
            }
        )
    return records


def write_jsonl(path: Path | str, records: list[dict]) -> Path:
    path = Path(path)
    with path.open("w", encoding="utf-8", newline="\n") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--records", type=int, default=300)
    ap.add_argument("--seed", type=int, default=20250817)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    write_jsonl(args.out, make_records(args.records, args.seed))


if __name__ == "__main__":
    main()
