"""Shared fixtures: the dataset from corpus.py and the CLI binary for comparisons."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

import corpus

try:
    import mtnorm  # noqa: F401
except ImportError as e:  # pragma: no cover - a set-up problem, said plainly
    raise ImportError(
        f"{e}: install the package first (pip install ./python, or maturin develop -m python/Cargo.toml) "
        "and run pytest from the repository root, where python/mtnorm (without its native module) "
        "cannot shadow the installed package"
    ) from e

REPO = corpus.REPO


@pytest.fixture(scope="session")
def records() -> list[dict]:
    return corpus.make_records(300)


@pytest.fixture(scope="session")
def texts(records) -> list[str]:
    return [r["text"] for r in records]


@pytest.fixture(scope="session")
def jsonl_file(tmp_path_factory, records) -> Path:
    return corpus.write_jsonl(tmp_path_factory.mktemp("data") / "sample.jsonl", records)


def cli_binary() -> str | None:
    """The CLI to compare with: $MTNORM_BIN, else target/release/mtnorm, else `mtnorm` on PATH."""
    candidates = [os.environ.get("MTNORM_BIN"), str(REPO / "target" / "release" / "mtnorm"), shutil.which("mtnorm")]
    for c in candidates:
        if c and os.access(c, os.X_OK):
            return c
    return None


def require(reason: str) -> None:
    """Skips, unless MTNORM_REQUIRE_SPARK=1 (set by CI) turns the skip into a failure."""
    if os.environ.get("MTNORM_REQUIRE_SPARK") == "1":
        pytest.fail(f"required by MTNORM_REQUIRE_SPARK=1: {reason}")
    pytest.skip(reason, allow_module_level=True)
