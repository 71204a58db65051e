"""The Python API: reports, round trips, batches, options, errors, threads and pickling."""

from __future__ import annotations

import copy
import doctest
import importlib.resources
import pickle
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

import mtnorm
from mtnorm import Normalizer, apply_edits, edit_text_span, revert_edits

ARTICLE = (
    "Skip to content\n\n"
    "Talks\u00a0began on Monday in Kiev.\n\n"
    "SIGHT: Putin puts his nuclear forces on high alert after NATO announcement\n\n"
    "The delegations met for five hours.\n"
)


@pytest.fixture(scope="module")
def normalizer() -> Normalizer:
    return Normalizer()


def test_normalize_returns_text_and_plain_report(normalizer):
    text, report = normalizer.normalize(ARTICLE)
    assert isinstance(text, str)
    assert "Skip to content" not in text and "SIGHT" not in text
    assert "Talks began on Monday" in text
    assert set(report) == {"language", "edits", "flags"}
    assert report["language"]["code"] == "en"
    assert isinstance(report["language"]["confidence"], float)
    rules = [e["rule"] for e in report["edits"]]
    assert "unicode.nbsp" in rules and "teaser.label" in rules
    for edit in report["edits"]:
        assert {"span", "before", "after", "output_span", "kind", "rule", "confidence"} <= set(edit)
        assert set(edit["span"]) == {"start", "end"}
        assert 0.0 <= edit["confidence"] <= 1.0
    nbsp = next(e for e in report["edits"] if e["rule"] == "unicode.nbsp")
    assert nbsp == {
        "span": {"start": 22, "end": 24},  # UTF-8 bytes: U+00A0 is two
        "before": "\u00a0",
        "after": " ",
        "output_span": {"start": 5, "end": 6},
        "kind": "whitespace",
        "rule": "unicode.nbsp",
        "confidence": 1.0,
    }


def test_report_matches_the_cli_report_format(normalizer):
    # Same document as the README's `--report-field` example: same fields, same numbers.
    text, report = normalizer.normalize("Talks\u00a0began.\n\nSIGHT: Putin puts forces on alert")
    assert text == "Talks began."
    assert [(e["span"]["start"], e["span"]["end"], e["rule"], e["confidence"]) for e in report["edits"]] == [
        (5, 7, "unicode.nbsp", 1.0),
        (13, 48, "teaser.label", 0.9),
    ]
    assert report["flags"] == []


def test_round_trip_on_every_record(normalizer, texts):
    changed = 0
    for inp in texts:
        out, report = normalizer.normalize(inp)
        data = inp.encode("utf-8")
        for e in report["edits"]:
            assert data[e["span"]["start"] : e["span"]["end"]].decode("utf-8") == e["before"]
            start, end = edit_text_span(inp, e["span"])
            assert inp[start:end] == e["before"]
        assert apply_edits(inp, report["edits"]) == out
        assert revert_edits(out, report["edits"]) == inp
        changed += out != inp
    assert changed > len(texts) // 2  # the fixture data has plenty to clean


def test_fixed_output_is_stable(normalizer, texts):
    for out in normalizer.fix_batch(texts[:100]):
        assert normalizer.fix(out) == out


def test_apply_edits_rejects_edits_that_do_not_fit(normalizer):
    _, report = normalizer.normalize(ARTICLE)
    with pytest.raises(ValueError):
        apply_edits("something else entirely", report["edits"])
    with pytest.raises(ValueError):
        apply_edits(ARTICLE, list(reversed(report["edits"])))


@pytest.mark.parametrize("threads", [None, 1, 2, 3])
def test_batch_equals_single_in_order(normalizer, texts, threads):
    singles = [normalizer.normalize(t) for t in texts]
    batch = normalizer.normalize_batch(texts, threads=threads)
    assert batch == singles
    assert all(isinstance(pair, tuple) and len(pair) == 2 for pair in batch)
    assert normalizer.fix_batch(texts, threads=threads) == [text for text, _ in singles]
    assert [normalizer.fix(t) for t in texts[:20]] == [text for text, _ in singles[:20]]


def test_batch_takes_any_iterable(normalizer, texts):
    few = texts[:5]
    expected = normalizer.fix_batch(few)
    assert normalizer.fix_batch(tuple(few)) == expected
    assert normalizer.fix_batch(t for t in few) == expected
    assert normalizer.normalize_batch(iter(few)) == normalizer.normalize_batch(few)
    assert normalizer.normalize_batch([]) == [] and normalizer.fix_batch([]) == []


def test_language_option():
    _, auto = Normalizer().normalize("Talks began on Monday.")
    _, fixed = Normalizer(language="de").normalize("Talks began on Monday.")
    assert fixed["language"] == {
        "code": "de",
        "name": "German",
        "confidence": 1.0,
        "source": "configured",
        "reliable": True,
    }
    assert auto["language"] is None or auto["language"]["source"] != "configured"


def test_disable_and_enable_options():
    doubled = "zwei  Leerzeichen und\u00a0mehr"
    assert Normalizer().fix(doubled) == "zwei Leerzeichen und mehr"
    assert Normalizer(language="de", disable=["unicode.spaces"]).fix(doubled) == "zwei  Leerzeichen und mehr"
    assert Normalizer(disable="unicode").fix(doubled) == doubled  # a whole stage, as one string
    assert Normalizer(disable=["unicode"], enable=["unicode.nbsp"]).fix(doubled) == "zwei  Leerzeichen und mehr"
    n = Normalizer(disable=("teaser", "chrome"))
    text, _ = n.normalize(ARTICLE)
    assert "SIGHT:" in text and "Skip to content" in text
    by_id = {r["id"]: r for r in n.rules()}
    assert by_id["teaser.label"]["on"] is False and by_id["teaser.label"]["default_on"] is True
    assert by_id["unicode.nbsp"]["on"] is True and by_id["unicode.nbsp"]["description"]


def test_removals_report_keeps_artifacts_and_flags_them():
    text, report = Normalizer(language="en", removals="report").normalize(ARTICLE)
    assert "SIGHT: Putin" in text and "Skip to content" in text
    assert "Talks began" in text  # other repairs still happen
    flagged = {f["rule"] for f in report["flags"] if f["kind"] == "artifact"}
    assert "teaser.label" in flagged
    assert not any(e["kind"] == "teaser" for e in report["edits"])


def test_dictionary_dir(tmp_path):
    doc = "The talks went on all day.\n\nZorblax widget\n\nThey will meet again next week.\n"
    assert "Zorblax widget" in Normalizer(language="en").fix(doc)
    (tmp_path / "artifacts").mkdir()
    (tmp_path / "artifacts" / "chrome.tsv").write_text("pattern\tlang\tmatch\tcategory\nzorblax widget\ten\tline\tother\n")
    for arg in (tmp_path, str(tmp_path), [tmp_path]):
        n = Normalizer(language="en", dictionary_dir=arg)
        assert "Zorblax" not in n.fix(doc)
        assert n.dictionary_dir == [str(tmp_path)]


@pytest.mark.parametrize(
    "kwargs, exc, message",
    [
        (dict(disable=["no.such-rule"]), ValueError, "no rule or stage named `no.such-rule`"),
        (dict(enable="nope"), ValueError, "no rule or stage named `nope`"),
        (dict(language="xx"), ValueError, "unknown language code `xx`"),
        (dict(removals="delete"), ValueError, 'removals must be "remove" or "report"'),
        (dict(dictionary_dir="/no/such/folder"), FileNotFoundError, "/no/such/folder: no such dictionary folder"),
        (dict(disable=[1]), TypeError, "disable must be a string or an iterable of strings"),
        (dict(dictionary_dir=3), TypeError, "dictionary_dir must be a path"),
    ],
)
def test_errors_raise(kwargs, exc, message):
    with pytest.raises(exc, match=message.replace(".", r"\.").replace("(", r"\(")):
        Normalizer(**kwargs)


def test_missing_dictionary_folder_is_an_oserror():
    with pytest.raises(OSError):
        Normalizer(dictionary_dir="/no/such/folder")


def test_bad_dictionary_file_is_a_valueerror(tmp_path):
    (tmp_path / "artifacts").mkdir()
    (tmp_path / "artifacts" / "chrome.tsv").write_text("pattern\tlang\tmatch\tcategory\nonly-one-field\n")
    with pytest.raises(ValueError, match="chrome.tsv:2"):
        Normalizer(dictionary_dir=tmp_path)


def test_bad_arguments_to_methods(normalizer):
    with pytest.raises(TypeError):
        normalizer.normalize(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"texts\[1\] is int, not str"):
        normalizer.normalize_batch(["ok", 3])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="not a single str"):
        normalizer.fix_batch("one string")
    with pytest.raises(ValueError, match="threads must be at least 1"):
        normalizer.normalize_batch(["a"], threads=0)
    with pytest.raises(OverflowError):
        normalizer.fix_batch(["a"], threads=-1)


def test_pickle_and_repr_rebuild_the_same_normalizer(tmp_path, texts):
    n = Normalizer(language="en", disable=["names"], enable=["unicode.nbsp"], removals="report", dictionary_dir=tmp_path)
    for clone in (pickle.loads(pickle.dumps(n)), copy.deepcopy(n), copy.copy(n)):
        assert isinstance(clone, Normalizer)
        assert (clone.language, clone.disable, clone.enable, clone.removals, clone.dictionary_dir) == (
            "en",
            ["names"],
            ["unicode.nbsp"],
            "report",
            [str(tmp_path)],
        )
        assert clone.normalize_batch(texts[:30]) == n.normalize_batch(texts[:30])
    assert repr(n) == (
        f"Normalizer(language='en', disable=['names'], enable=['unicode.nbsp'], removals='report', "
        f"dictionary_dir=[{str(tmp_path)!r}])"
    )
    assert repr(Normalizer()) == "Normalizer(language=None, disable=[], enable=[], removals='remove', dictionary_dir=None)"
    assert eval(repr(Normalizer(disable=["teaser"])), {"Normalizer": Normalizer}).disable == ["teaser"]


def test_one_normalizer_serves_many_threads(normalizer, texts):
    expected = normalizer.fix_batch(texts, threads=1)

    def work(k: int) -> list[str]:
        if k % 2:
            return [normalizer.fix(t) for t in texts]
        return normalizer.fix_batch(texts, threads=2)

    with ThreadPoolExecutor(max_workers=4) as pool:
        for result in pool.map(work, range(8)):
            assert result == expected


def test_batch_releases_the_gil(normalizer, texts):
    # A Python thread keeps ticking while the batch runs. If the batch held the GIL, the ticker
    # would stall for the whole call; with the GIL released its longest pause stays short.
    work = texts * 4
    start = time.perf_counter()
    normalizer.fix_batch(work, threads=1)
    duration = time.perf_counter() - start
    while duration < 0.3:  # make the call long enough to tell the two cases apart
        work = work * 2
        start = time.perf_counter()
        normalizer.fix_batch(work, threads=1)
        duration = time.perf_counter() - start

    ticks: list[float] = []
    stop = threading.Event()

    def ticker() -> None:
        while not stop.is_set():
            ticks.append(time.perf_counter())
            time.sleep(0.001)

    thread = threading.Thread(target=ticker)
    thread.start()
    time.sleep(0.05)
    begin = time.perf_counter()
    normalizer.fix_batch(work, threads=1)
    end = time.perf_counter()
    stop.set()
    thread.join()
    during = [t for t in ticks if begin <= t <= end]
    gaps = [b - a for a, b in zip([begin] + during, during + [end])]
    assert len(during) > 10, f"the ticker ran {len(during)} times in {end - begin:.2f}s"
    assert max(gaps) < (end - begin) / 2


def test_package_is_typed_and_documented():
    files = importlib.resources.files("mtnorm")
    assert (files / "py.typed").is_file()
    assert (files / "__init__.pyi").is_file()
    assert mtnorm.__version__
    for method in ("normalize", "normalize_batch", "fix", "fix_batch", "rules"):
        assert getattr(Normalizer, method).__doc__
    assert "removals" in Normalizer.__doc__
    assert Normalizer.__module__ == "mtnorm"


def test_module_docstring_example_runs():
    failures, tried = doctest.testmod(mtnorm, raise_on_error=False)
    assert tried > 0 and failures == 0


def test_stubs_match_the_runtime():
    pytest.importorskip("mypy")
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-m", "mypy.stubtest", "mtnorm"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
