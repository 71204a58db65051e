"""The Spark example (python/examples/spark_clean.py) in local mode against the single-machine CLI.

Skipped without pyspark, Java or the CLI binary, unless MTNORM_REQUIRE_SPARK=1 (CI), which makes
those skips failures. The CLI is $MTNORM_BIN or target/release/mtnorm (`cargo build --release`).
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, cli_binary, require

try:
    import pyspark  # noqa: F401
except ImportError:
    require("pyspark is not installed (pip install pyspark)")
if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
    require("no Java for Spark (java not on PATH, JAVA_HOME unset)")
CLI = cli_binary()
if CLI is None:
    require("no mtnorm CLI: run `cargo build --release` at the repository root or set MTNORM_BIN")

EXAMPLE = REPO / "python" / "examples" / "spark_clean.py"
MASTER = "local[2]"


def _load_example():
    spec = importlib.util.spec_from_file_location("spark_clean", EXAMPLE)
    module = importlib.util.module_from_spec(spec)
    sys.modules["spark_clean"] = module
    spec.loader.exec_module(module)
    return module


example = _load_example()


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    # Python workers must run this interpreter, which has mtnorm installed.
    os.environ["PYSPARK_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master(MASTER)
        .appName("mtnorm-test")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.memory", "1g")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    # The workers import the example's functions by name, as they would from a shipped module.
    session.sparkContext.addPyFile(str(EXAMPLE))
    yield session
    session.stop()


def run_cli(path: Path, *args: str) -> list[str]:
    with path.open("rb") as f:
        out = subprocess.run([CLI, "fix", "--jsonl", *args], stdin=f, capture_output=True, check=True)
    return out.stdout.decode("utf-8").splitlines()


def read_parts(directory: Path) -> list[str]:
    lines: list[str] = []
    for part in sorted(directory.glob("part-*")):
        lines += part.read_text("utf-8").splitlines()
    return lines


def parsed(lines: list[str]) -> list[dict]:
    return [json.loads(line) for line in lines]


@pytest.fixture(scope="module")
def expected(jsonl_file) -> list[str]:
    return run_cli(jsonl_file)


def test_input_is_a_few_hundred_records(records, jsonl_file, expected):
    assert len(records) == 300
    assert len(jsonl_file.read_text("utf-8").splitlines()) == 300
    assert len(expected) == 300
    assert sum(json.loads(line)["text"] != r["text"] for line, r in zip(expected, records)) > 150


def test_python_mode_equals_the_cli(spark, jsonl_file, records, expected):
    rdd = example.clean_python(spark, str(jsonl_file), partitions=4)
    assert rdd.getNumPartitions() >= 4  # order must survive several partitions
    out = rdd.collect()
    assert len(out) == len(records)
    assert parsed(out) == parsed(expected)


def test_python_mode_reports_equal_the_cli_reports(spark, jsonl_file):
    out = example.clean_python(spark, str(jsonl_file), report_field="mtnorm", partitions=3).collect()
    assert parsed(out) == parsed(run_cli(jsonl_file, "--report-field", "mtnorm"))


def test_pipe_mode_equals_the_cli_byte_for_byte(spark, jsonl_file, records, expected):
    jrdd = example.clean_pipe(spark, str(jsonl_file), binary=CLI, partitions=4)
    assert jrdd.getNumPartitions() >= 4
    out = example.as_python_rdd(spark, jrdd).collect()
    assert len(out) == len(records)
    assert out == expected


@pytest.mark.parametrize("mode", ["python", "pipe"])
def test_main_writes_the_cli_output(spark, jsonl_file, tmp_path, mode):
    out_dir = tmp_path / f"out-{mode}"
    argv = [str(jsonl_file), str(out_dir), "--mode", mode, "--partitions", "3", "--disable", "teaser"]
    argv += ["--lang", "en", "--mtnorm-bin", CLI]
    assert example.main(argv, spark=spark) == 0
    want = run_cli(jsonl_file, "--disable", "teaser", "--lang", "en")
    got = read_parts(out_dir)
    assert len(got) == 300
    if mode == "pipe":
        assert got == want
    else:
        assert parsed(got) == parsed(want)


@pytest.mark.parametrize("mode", ["python", "pipe"])
def test_a_malformed_record_fails_the_job(spark, tmp_path, mode):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id":1,"text":"fine"}\n{"id":2,"body":"no text field"}\n', encoding="utf-8")
    with pytest.raises(Exception, match="text" if mode == "python" else "exited with status"):
        if mode == "python":
            example.clean_python(spark, str(bad)).collect()
        else:
            example.as_python_rdd(spark, example.clean_pipe(spark, str(bad), binary=CLI)).collect()


def test_script_runs_as_documented(jsonl_file, tmp_path, expected):
    # As the README runs it: its own SparkSession, functions pickled from __main__.
    out_dir = tmp_path / "out-script"
    env = dict(os.environ, PYSPARK_PYTHON=sys.executable)
    proc = subprocess.run(
        [sys.executable, str(EXAMPLE), "--master", MASTER, str(jsonl_file), str(out_dir)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "records in: 300, records out: 300" in proc.stderr
    assert parsed(read_parts(out_dir)) == parsed(expected)
