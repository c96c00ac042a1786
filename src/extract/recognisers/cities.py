"""Cities recogniser (placeholder; the real one is its own issue)."""

from __future__ import annotations

from ..document import Candidate, Document
from . import register


@register("cities")
def recognise(doc: Document) -> list[Candidate]:
    return []
