"""Type stubs of mtnorm: the native Normalizer (mtnorm._mtnorm) and the pure-Python helpers."""

from __future__ import annotations

import os
from typing import Any, Iterable, Literal, Mapping, Optional, TypedDict, Union, final

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

__version__: str

_StrPath = Union[str, os.PathLike[str]]

class Span(TypedDict):
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
    also: list[str]
    entity: str

class Flag(TypedDict):
    kind: str
    span: Span
    rule: str
    message: str
    confidence: float

class Language(TypedDict):
    code: str
    name: str
    confidence: float
    source: Literal["configured", "stop_words", "whatlang"]
    reliable: bool

class Report(TypedDict):
    language: Optional[Language]
    edits: list[Edit]
    flags: list[Flag]

class RuleInfo(TypedDict):
    id: str
    description: str
    default_on: bool
    on: bool

@final
class Normalizer:
    """Cleans machine-translated and scraped news text (see help(mtnorm.Normalizer))."""

    def __new__(
        cls,
        language: Optional[str] = None,
        disable: Union[str, Iterable[str], None] = None,
        enable: Union[str, Iterable[str], None] = None,
        removals: Literal["remove", "report"] = "remove",
        dictionary_dir: Union[_StrPath, Iterable[_StrPath], None] = None,
    ) -> Normalizer: ...
    def normalize(self, text: str) -> tuple[str, Report]:
        """Cleans one document: (clean text, report)."""
    def normalize_batch(self, texts: Iterable[str], threads: Optional[int] = None) -> list[tuple[str, Report]]:
        """Cleans many documents in parallel, GIL released, in input order."""
    def fix(self, text: str) -> str:
        """The clean text alone."""
    def fix_batch(self, texts: Iterable[str], threads: Optional[int] = None) -> list[str]:
        """The clean texts alone, in parallel, GIL released, in input order."""
    def rules(self) -> list[RuleInfo]:
        """Every rule and whether it runs in this normalizer."""
    @property
    def language(self) -> Optional[str]: ...
    @property
    def disable(self) -> list[str]: ...
    @property
    def enable(self) -> list[str]: ...
    @property
    def removals(self) -> Literal["remove", "report"]: ...
    @property
    def dictionary_dir(self) -> list[str]: ...
    def __reduce__(self) -> tuple[type[Normalizer], tuple[Any, ...]]: ...

def apply_edits(input: str, edits: Iterable[Mapping[str, Any]]) -> str: ...
def revert_edits(output: str, edits: Iterable[Mapping[str, Any]]) -> str: ...
def edit_text_span(text: str, span: Mapping[str, int]) -> tuple[int, int]: ...
