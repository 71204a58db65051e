"""mtnorm cleans machine-translated and scraped news text.

    >>> import mtnorm
    >>> n = mtnorm.Normalizer(language="en")
    >>> text, report = n.normalize("Talks\\u00a0began on Monday.\\n\\nSIGHT: Putin puts forces on high alert\\n")
    >>> text
    'Talks began on Monday.\\n'
    >>> [(e["rule"], e["before"]) for e in report["edits"]]
    [('unicode.nbsp', '\\xa0'), ('teaser.label', '\\n\\nSIGHT: Putin puts forces on high alert')]

The report is a complete patch: ``apply_edits(input, report["edits"]) == text`` and
``revert_edits(text, report["edits"]) == input``. Spans in the report are UTF-8 *byte* offsets
(as in every mtnorm output), not Python string indices; these two helpers and
``edit_text_span`` take care of the conversion.
"""

from __future__ import annotations

from typing import Any, Iterable, Literal, Mapping, Optional, TypedDict

from ._mtnorm import Normalizer, __version__

__all__ = [
    "Normalizer",
    "apply_edits",
    "revert_edits",
    "edit_text_span",
    "Report",
    "Edit",
    "Flag",
    "Language",
    "Span",
    "RuleInfo",
    "__version__",
]


# The report's shape, for type checkers (at run time a report is plain dicts and lists).
class Span(TypedDict):
    """A half-open range of UTF-8 byte offsets."""

    start: int
    end: int


class _EditBase(TypedDict):
    span: Span
    before: str
    after: str
    output_span: Span
    kind: str
    rule: str
    confidence: float


class Edit(_EditBase, total=False):
    """One change: ``input[span]`` (``before``) became ``after``, at ``output_span`` in the output."""

    also: list[str]
    entity: str


class Flag(TypedDict):
    """A problem found and not changed."""

    kind: str
    span: Span
    rule: str
    message: str
    confidence: float


class Language(TypedDict):
    """The document's language."""

    code: str
    name: str
    confidence: float
    source: Literal["configured", "stop_words", "whatlang"]
    reliable: bool


class Report(TypedDict):
    """What ``normalize`` reports, as the CLI's ``--report-field`` writes it."""

    language: Optional[Language]
    edits: list[Edit]
    flags: list[Flag]


class RuleInfo(TypedDict):
    """One entry of ``Normalizer.rules()``."""

    id: str
    description: str
    default_on: bool
    on: bool


def _splice(source: str, edits: Iterable[Mapping[str, Any]], span_key: str, old_key: str, new_key: str) -> str:
    data = source.encode("utf-8")
    out = []
    pos = 0
    for edit in edits:
        span = edit[span_key]
        start, end = span["start"], span["end"]
        if start < pos or end > len(data) or data[start:end] != edit[old_key].encode("utf-8"):
            raise ValueError(f"edit {edit.get('rule', '?')} at {start}..{end} does not fit the text")
        out.append(data[pos:start])
        out.append(edit[new_key].encode("utf-8"))
        pos = end
    out.append(data[pos:])
    return b"".join(out).decode("utf-8")


def apply_edits(input: str, edits: Iterable[Mapping[str, Any]]) -> str:
    """Applies a report's edits to the input they were made on, giving the output text.

    Raises ValueError when the edits are unsorted, overlap, or a ``before`` does not match the
    input at its span.
    """
    return _splice(input, edits, "span", "before", "after")


def revert_edits(output: str, edits: Iterable[Mapping[str, Any]]) -> str:
    """Undoes a report's edits on the output they produced, giving back the input text.

    Uses each edit's ``output_span``; raises ValueError when the edits do not fit the output.
    """
    return _splice(output, edits, "output_span", "after", "before")


def edit_text_span(text: str, span: Mapping[str, int]) -> tuple[int, int]:
    """Converts a report span (UTF-8 byte offsets) into Python string indices into ``text``.

    ``text[slice(*edit_text_span(input, edit["span"]))] == edit["before"]``.
    """
    data = text.encode("utf-8")
    start = len(data[: span["start"]].decode("utf-8"))
    return start, start + len(data[span["start"] : span["end"]].decode("utf-8"))
