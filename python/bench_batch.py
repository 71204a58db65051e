#!/usr/bin/env python3
"""Throughput of the Python package's batch calls against the CLI on the same JSONL file.

    python3 ../shared/bench/make_corpus.py --mb 8 --jsonl --out /tmp/c8.jsonl
    python python/bench_batch.py /tmp/c8.jsonl --cli target/release/mtnorm

MB/s is MiB of the text field (UTF-8) per second, for every line, so the figures compare: the
Python lines time the calls on texts already in memory (plus, for "JSONL end to end", reading,
json.loads, json.dumps and writing, which is what the CLI's figure includes). The best of
--repeat rounds is kept. Each normalizer is warmed up first (the dictionaries load once per
process), as is the CLI's page cache.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time

# This file sits next to the source package python/mtnorm/, whose native module exists only after
# `maturin develop`: drop the script's folder from the path so the installed package is imported.
if sys.path and os.path.abspath(sys.path[0] or ".") == os.path.dirname(os.path.abspath(__file__)):
    del sys.path[0]

import mtnorm  # noqa: E402


def cpu_seconds() -> float:
    """User + system CPU time of this process and its finished children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("jsonl", help="JSON Lines input (each line has the text field)")
    ap.add_argument("--field", default="text")
    ap.add_argument("--cli", default="target/release/mtnorm", help="the mtnorm binary")
    ap.add_argument("--threads", type=int, default=os.cpu_count() or 1, help="threads for both (-j)")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    with open(args.jsonl, encoding="utf-8") as f:
        lines = f.readlines()
    texts = [json.loads(line)[args.field] for line in lines]
    mib = sum(len(t.encode("utf-8")) for t in texts) / (1 << 20)
    print(f"{args.jsonl}: {len(texts)} records, {mib:.2f} MiB of text, "
          f"{os.path.getsize(args.jsonl) / (1 << 20):.2f} MiB of JSONL; {args.threads} threads; best of {args.repeat}")

    n = mtnorm.Normalizer()
    n.fix_batch(texts[:50])  # warm up: load the dictionaries

    def jsonl_end_to_end() -> None:
        with open(args.jsonl, encoding="utf-8") as f, open(os.devnull, "w", encoding="utf-8") as out:
            records = [json.loads(line) for line in f]
            for record, text in zip(records, n.fix_batch([r[args.field] for r in records], threads=args.threads)):
                record[args.field] = text
                out.write(json.dumps(record, ensure_ascii=False) + "\n")

    rows = [
        (f"normalize_batch (threads={args.threads})", lambda: n.normalize_batch(texts, threads=args.threads)),
        (f"fix_batch (threads={args.threads})", lambda: n.fix_batch(texts, threads=args.threads)),
        ("normalize_batch (threads=1)", lambda: n.normalize_batch(texts, threads=1)),
        ("JSONL end to end with fix_batch", jsonl_end_to_end),
    ]
    with tempfile.TemporaryFile() as sink:

        def cli(*extra: str) -> None:
            with open(args.jsonl, "rb") as f:
                sink.seek(0)
                sink.truncate()
                subprocess.run(
                    [args.cli, "fix", "--jsonl", "-j", str(args.threads), *extra], stdin=f, stdout=sink, check=True
                )

        if os.access(args.cli, os.X_OK):
            cli()  # warm the page cache
            rows.append((f"CLI fix --jsonl -j {args.threads}", cli))
            rows.append((f"CLI fix --jsonl -j {args.threads} --report-field r", lambda: cli("--report-field", "r")))
        else:
            print(f"(no CLI at {args.cli}: build it with `cargo build --release`)")
        # Rounds outside, cases inside: a burst of load elsewhere on the machine hits every case
        # alike, and the best round of each is kept.
        # CPU seconds (all threads, this process and the CLI child) say what the work costs
        # whatever else runs on the machine; wall seconds say what a user waits.
        best = [float("inf")] * len(rows)
        cpu = [float("inf")] * len(rows)
        for _ in range(args.repeat):
            for i, (_, fn) in enumerate(rows):
                start, start_cpu = time.perf_counter(), cpu_seconds()
                fn()
                best[i] = min(best[i], time.perf_counter() - start)
                cpu[i] = min(cpu[i], cpu_seconds() - start_cpu)
        print(f"{'':<48} {'wall':>9}  {'MB/s':>7}  {'CPU s':>6}  {'MB per CPU s':>12}")
        for (name, _), seconds, cpu_s in zip(rows, best, cpu):
            print(f"{name:<48} {seconds:7.2f} s  {mib / seconds:7.2f}  {cpu_s:6.2f}  {mib / cpu_s:12.2f}")

if __name__ == "__main__":
    main()
