#!/usr/bin/env python3
"""Helpers of tools/bench.sh (Python 3.11, standard library only; the peers need their packages).

    bench_table.py peer ftfy|sacremoses CORPUS.jsonl
        Runs one Python peer over the "text" field of every JSONL record, single process, and
        prints one TSV line: text_bytes<TAB>seconds. Only the processing is timed: reading and
        parsing the JSONL and importing the peer are not. Peers as in ../shared/bench/peers:
        ftfy.fix_text(doc) and sacremoses MosesPunctNormalizer(lang="en").normalize(doc).

    bench_table.py table RESULTS.tsv [--date D] [--machine M]
        Prints the Markdown table of a bench.sh run. RESULTS.tsv rows (tab-separated):
        label, input, bytes, median_s, min_s, max_s, runs, peak_rss_kb, kind
        where kind is "throughput" or "startup". Each throughput row's ratio is taken against
        the "wc -w" row on the same input.
"""
import json
import sys
import time

MB = 1024 * 1024


def peer(name, path):
    texts = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                texts.append(json.loads(line)["text"])
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    if name == "ftfy":
        import ftfy

        fn = ftfy.fix_text
    elif name == "sacremoses":
        from sacremoses import MosesPunctNormalizer

        fn = MosesPunctNormalizer(lang="en").normalize
    else:
        sys.exit(f"unknown peer {name!r}")
    fn("warm up")
    t = time.perf_counter()
    for text in texts:
        fn(text)
    print(f"{nbytes}\t{time.perf_counter() - t:.6f}")


def fmt_num(x, digits=1):
    if x >= 100:
        return f"{x:,.0f}"
    if x >= 10:
        return f"{x:.{digits}f}"
    return f"{x:.{digits + 1}f}"


def table(path, date=None, machine=None):
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip() or line.startswith("#"):
                continue
            label, inp, nbytes, med, lo, hi, runs, rss, kind = line.rstrip("\n").split("\t")
            rows.append(dict(label=label, input=inp, bytes=int(nbytes), med=float(med), lo=float(lo),
                             hi=float(hi), runs=int(runs), rss=int(rss or 0), kind=kind))
    wc = {r["input"]: r["bytes"] / MB / r["med"] for r in rows if r["label"] == "wc -w"}
    out = []
    if date or machine:
        out.append(f"Measured {date or ''} on {machine or ''}.".replace("  ", " "))
        out.append("")
    out.append("| tool | input | MB | MB/s | speed ÷ `wc -w` | wall s (median) | runs | peak RSS MB |")
    out.append("|---|---|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        if r["kind"] != "throughput":
            continue
        mbps = r["bytes"] / MB / r["med"]
        ratio = mbps / wc[r["input"]] if r["input"] in wc else float("nan")
        out.append(f"| {r['label']} | {r['input']} | {r['bytes'] / MB:.1f} | {fmt_num(mbps)} | "
                   f"{ratio:.3f} | {r['med']:.3f} | {r['runs']} | {r['rss'] / 1024:.0f} |")
    starts = [r for r in rows if r["kind"] == "startup"]
    if starts:
        out.append("")
        out.append("| start-up | input | wall ms (median) | min ms | max ms | runs | peak RSS MB |")
        out.append("|---|---|---:|---:|---:|---:|---:|")
        for r in starts:
            out.append(f"| {r['label']} | {r['input']} | {r['med'] * 1000:.1f} | "
                       f"{r['lo'] * 1000:.1f} | {r['hi'] * 1000:.1f} | {r['runs']} | {r['rss'] / 1024:.0f} |")
    print("\n".join(out))


def main(argv):
    if len(argv) >= 3 and argv[0] == "peer":
        peer(argv[1], argv[2])
    elif len(argv) >= 2 and argv[0] == "table":
        opts = dict(zip(argv[2::2], argv[3::2]))
        table(argv[1], opts.get("--date"), opts.get("--machine"))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
