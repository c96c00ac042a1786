"""The document object that flows through the stages, as a spaCy ``Doc`` flows through a pipeline."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

from .ingest import Ingested
from .models import Metadata, Segment
from .normalise import NormText


@dataclass(frozen=True)
class Candidate:
    """A recogniser's proposal, in view (normalised-text) offsets.

    ``attrs`` holds the normalised fields named as in the record models: for a date
    ``start``/``end`` (ISO strings, or partial values for the resolver), for a count
    ``value``/``modifier``/``unit``/``counted``, for a city ``canonical``/``country``/
    ``geonameid``, for an organisation ``canonical``/``acronym``.
    """

    kind: str  # "city" | "organization" | "date" | "count"
    start: int
    end: int
    rule: str
    attrs: dict[str, Any] = field(default_factory=dict)
    score: float = 1.0


@dataclass
class Document:
    id: str
    source: Ingested
    text: str  # the decoded source text; every reported span indexes into it
    view: NormText | None = None  # normalised view for recognition
    lang: str = "ja"
    segments: list[Segment] = field(default_factory=list)
    tokens: Doc | None = None  # spaCy Doc over view.text
    metadata: Metadata = field(default_factory=Metadata)
    candidates: list[Candidate] = field(default_factory=list)
    mentions: dict[str, list] = field(default_factory=dict)  # kind -> resolved mentions

    @property
    def norm(self) -> str:
        assert self.view is not None
        return self.view.text

    def lang_at(self, pos: int) -> str:
        """Language of the segment holding view offset ``pos``."""
        if not self.segments:
            return self.lang
        src = self.view.starts[min(pos, len(self.view.starts) - 1)] if self.view else pos
        for seg in self.segments:
            if seg.span.start <= src < seg.span.end:
                return seg.lang
        return self.lang

    def page_of(self, src_offset: int) -> int | None:
        for i, (a, b) in enumerate(self.source.pages, 1):
            if a <= src_offset <= b:
                return i
        return None
