"""Dates (placeholder: ISO and Japanese Y年M月D日 only; the full recogniser is issue 3)."""

from __future__ import annotations

import re

from ..document import Candidate, Document
from . import register

_YMD = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|(\d{4})-(\d{2})-(\d{2})")


@register("dates")
def recognise(doc: Document) -> list[Candidate]:
    out = []
    for m in _YMD.finditer(doc.norm):
        y, mo, d = (m.group(1), m.group(2), m.group(3)) if m.group(1) else m.group(4, 5, 6)
        iso = f"{int(y):04d}-{int(mo):02d}-{int(d):02d}"
        out.append(Candidate("date", m.start(), m.end(), "dates.ymd", {"start": iso, "end": iso}))
    return out


def complete(doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    """Fill what a date leaves implicit (its year) from the document date."""
    return candidates
