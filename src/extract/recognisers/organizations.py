"""Organizations recogniser (placeholder; the real one is its own issue)."""

from __future__ import annotations

from ..document import Candidate, Document
from . import register


@register("organizations")
def recognise(doc: Document) -> list[Candidate]:
    return []
