#!/usr/bin/env python3
"""Clean a JSON Lines dataset with mtnorm on Spark, in one of two ways.

    # (a) the Python package on the executors, one Normalizer per partition
    python python/examples/spark_clean.py --mode python  in.jsonl out_dir
    # (b) no Python on the executors: each partition is piped through the mtnorm CLI
    python python/examples/spark_clean.py --mode pipe --mtnorm-bin target/release/mtnorm in.jsonl out_dir

Either way the output directory holds Spark's part-NNNNN files, which concatenated in name
order are the records of the input in input order, each with its text field cleaned:
the same records `mtnorm fix --jsonl` writes on one machine (python/tests/test_spark.py checks
this). `--master` defaults to `local[*]`; on a cluster, run it with spark-submit instead.

(a) --mode python: `sc.textFile` reads the lines and `mapPartitions` runs `clean_partition`
    in the Python workers. Each partition builds one Normalizer from the constructor arguments
    shipped in the closure (cheap: the dictionaries are loaded once per worker process and
    shared; a `mtnorm.Normalizer` captured in a closure also works, as it pickles as those
    arguments), and cleans records in chunks with `fix_batch`, which releases the GIL. Spark
    already runs one task per core, so each task uses one thread (`--threads`). Needs the
    package (`pip install ./python`, or the wheel built from python/) on every executor.
    Fields other than the text are parsed and written back with `json.dumps`: the same values,
    not always the same bytes (`1.0e3` becomes `1000.0`).
    With `--report-field NAME` each record also gets mtnorm's report, as `--report-field` of
    the CLI does. The DataFrame equivalent is `df.mapInPandas` with the same loop over the
    pandas Series of texts (it needs pandas and pyarrow).

(b) --mode pipe: the JVM's own `RDD.pipe` sends each partition's lines through
    `mtnorm fix --jsonl -j 1` on the executor and reads the cleaned lines back. No Python
    worker starts and no Python package is needed there, only the binary (ship it with
    `--files` or install it on the nodes and give its path). Every field other than the text
    passes through byte for byte, and a failing mtnorm (a malformed record) fails the task
    instead of dropping records. PySpark's `rdd.pipe("...")` does the same through the Python
    workers, but by default it ignores the command's exit status (pass `checkCode=True`) and
    runs it with an empty environment (give an absolute path).

Records in and out are counted and must match; the script exits 1 if they do not.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from itertools import islice
from typing import Any, Iterable, Iterator, Optional

from pyspark import RDD
from pyspark.serializers import UTF8Deserializer
from pyspark.sql import SparkSession


def _normalizer(options: tuple[tuple[str, Any], ...]):
    """The partition's Normalizer. Building one is cheap (microseconds): the dictionaries are
    read once per worker process, on first use, and shared by every Normalizer in it."""
    import mtnorm  # imported on the executor

    return mtnorm.Normalizer(**dict(options))


def _chunks(lines: Iterable[str], size: int) -> Iterator[list[str]]:
    it = iter(lines)
    while chunk := list(islice(it, size)):
        yield chunk


def clean_partition(
    lines: Iterable[str],
    options: tuple[tuple[str, Any], ...] = (),
    field: str = "text",
    report_field: Optional[str] = None,
    batch_size: int = 256,
    threads: int = 1,
) -> Iterator[str]:
    """Cleans the JSONL lines of one partition; yields the cleaned lines in order."""
    normalizer = _normalizer(options)
    for chunk in _chunks(lines, batch_size):
        records = []
        for line in chunk:
            record = json.loads(line)
            if not isinstance(record, dict) or not isinstance(record.get(field), str):
                raise ValueError(f"record without a string field {field!r}: {line[:200]}")
            records.append(record)
        texts = [r[field] for r in records]
        if report_field is None:
            results = [(text, None) for text in normalizer.fix_batch(texts, threads=threads)]
        else:
            results = normalizer.normalize_batch(texts, threads=threads)
        for record, (text, report) in zip(records, results):
            record[field] = text
            if report_field is not None:
                record[report_field] = report
            yield json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def clean_python(
    spark: SparkSession,
    path: str,
    *,
    options: Optional[dict[str, Any]] = None,
    field: str = "text",
    report_field: Optional[str] = None,
    partitions: Optional[int] = None,
    threads: int = 1,
) -> RDD:
    """(a) The Python package in `mapPartitions`: an RDD of cleaned JSONL lines, input order."""
    frozen = tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in (options or {}).items()))
    lines = spark.sparkContext.textFile(path, minPartitions=partitions)
    return lines.mapPartitions(
        lambda it: clean_partition(it, frozen, field, report_field, threads=threads),
        preservesPartitioning=True,
    )


def clean_pipe(
    spark: SparkSession,
    path: str,
    *,
    binary: str = "mtnorm",
    args: Iterable[str] = (),
    partitions: Optional[int] = None,
):
    """(b) The CLI through the JVM's `RDD.pipe`: a JavaRDD of cleaned JSONL lines, input order.

    `as_python_rdd` turns it into a Python RDD (to collect it); `.saveAsTextFile(path)` on the
    JavaRDD itself writes it without any Python worker.
    """
    sc = spark.sparkContext
    jlines = sc._jsc.textFile(path, partitions or sc.defaultMinPartitions)
    command = [binary, "fix", "--jsonl", "-j", "1", *args]
    # pipe(command, env, separateWorkingDir, bufferSize, encoding): UTF-8 whatever the JVM's
    # default charset, and the JVM raises if mtnorm exits non-zero.
    return jlines.pipe(command, {}, False, 1 << 16, "UTF-8")


def as_python_rdd(spark: SparkSession, jrdd) -> RDD:
    """A Python RDD of str over a JavaRDD of String (what `sc.textFile` itself returns)."""
    return RDD(jrdd, spark.sparkContext, UTF8Deserializer())


def main(argv: Optional[list[str]] = None, spark: Optional[SparkSession] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("input", help="JSON Lines file (or any path or glob sc.textFile reads)")
    ap.add_argument("output", help="output directory (must not exist)")
    ap.add_argument("--mode", choices=["python", "pipe"], default="python")
    ap.add_argument("--master", default="local[*]", help="Spark master (default local[*])")
    ap.add_argument("--partitions", type=int, help="minimum number of input partitions")
    ap.add_argument("--field", default="text", help="the text field (default text)")
    ap.add_argument("--report-field", help="python mode: also add the report under this field")
    ap.add_argument("--lang", help="the documents' language instead of detecting it")
    ap.add_argument("--disable", action="append", default=[], help="rule or stage to switch off")
    ap.add_argument("--enable", action="append", default=[], help="rule to switch on")
    ap.add_argument("--threads", type=int, default=1, help="python mode: threads per task (default 1)")
    ap.add_argument("--mtnorm-bin", default=shutil.which("mtnorm") or "mtnorm", help="pipe mode: the CLI")
    args = ap.parse_args(argv)

    own_session = spark is None
    if own_session:
        # The Python workers must run this interpreter, the one that has mtnorm installed.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        spark = SparkSession.builder.master(args.master).appName("mtnorm-clean").getOrCreate()
    try:
        records_in = spark.sparkContext.textFile(args.input).count()
        if args.mode == "python":
            options: dict[str, Any] = {"disable": args.disable, "enable": args.enable}
            if args.lang:
                options["language"] = args.lang
            out = clean_python(
                spark,
                args.input,
                options=options,
                field=args.field,
                report_field=args.report_field,
                partitions=args.partitions,
                threads=args.threads,
            )
            out.saveAsTextFile(args.output)
        else:
            if args.report_field:
                ap.error("--report-field is for --mode python (the CLI's own flag is --report-field too)")
            extra = ["--field", args.field]
            if args.lang:
                extra += ["--lang", args.lang]
            for rule in args.disable:
                extra += ["--disable", rule]
            for rule in args.enable:
                extra += ["--enable", rule]
            binary = os.path.abspath(args.mtnorm_bin) if os.path.exists(args.mtnorm_bin) else args.mtnorm_bin
            clean_pipe(spark, args.input, binary=binary, args=extra, partitions=args.partitions).saveAsTextFile(
                args.output
            )
        records_out = spark.sparkContext.textFile(args.output).count()
    finally:
        if own_session:
            spark.stop()
    print(f"records in: {records_in}, records out: {records_out}", file=sys.stderr)
    return 0 if records_in == records_out else 1


if __name__ == "__main__":
    sys.exit(main())
