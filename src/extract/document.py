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


@dataclass(frozen=True)
class TokenTable:
    """The tokens of ``Document.tokens`` as plain columns, read once per document: recognisers
    that scan every token read these lists instead of creating a spaCy ``Token`` per word."""

    starts: list[int]  # view offset of each token
    lengths: list[int]
    tag_ids: list[int]  # StringStore hash of the UniDic tag (a cheap cache key)
    tags: list[str]
    texts: list[str]
    spaces: list[int]  # 1 where white space follows the token (spaCy's SPACY)


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

    _table: TokenTable | None = field(default=None, repr=False)

    @property
    def table(self) -> TokenTable:
        if self._table is None:
            starts: list[int] = []
            lengths: list[int] = []
            tag_ids: list[int] = []
            spaces: list[int] = []
            if self.tokens is not None and len(self.tokens):
                from spacy.attrs import IDX, LENGTH, SPACY, TAG

                starts, lengths, tag_ids, spaces = self.tokens.to_array([IDX, LENGTH, TAG, SPACY]).T.tolist()
            strings = self.tokens.vocab.strings if self.tokens is not None else None
            names = {h: (strings[h] if h else "") for h in set(tag_ids)} if strings is not None else {}
            text = self.norm  # the Doc is built over the view: a token is its slice of it
            self._table = TokenTable(
                starts,
                lengths,
                tag_ids,
                [names[h] for h in tag_ids],
                [text[a : a + n] for a, n in zip(starts, lengths, strict=True)],
                spaces,
            )
        return self._table

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
