"""Validate: build the pydantic record and check that every mention is grounded."""

from __future__ import annotations

from .document import Document
from .ingest import IngestError
from .models import Page, Record, Source, Span


def build_record(doc: Document) -> Record:
    src = doc.source
    record = Record(
        id=doc.id,
        source=Source(
            path=doc.id,
            sha256=src.sha256,
            format=src.format,  # type: ignore[arg-type]
            encoding=src.encoding,
            pages=len(src.pages) if src.format == "pdf" else None,
            bytes=src.size,
        ),
        language=doc.lang,  # type: ignore[arg-type]
        segments=doc.segments,
        metadata=doc.metadata,
        pages=[Page(number=i, span=Span(start=a, end=b)) for i, (a, b) in enumerate(src.pages, 1)],
        text=doc.text,
        **doc.mentions,
    )
    check(record)
    return record


def check(record: Record) -> None:
    """Every mention's text is exactly the source text at its span, on its page."""
    n = len(record.text)
    for field in ("cities", "organizations", "dates", "counts"):
        for m in getattr(record, field):
            a, b = m.span.start, m.span.end
            if not (0 <= a < b <= n) or record.text[a:b] != m.text:
                raise IngestError("invalid_record", f"{field} mention {m.text!r} is not at {a}:{b}")
            if record.pages:
                p = record.pages[(m.page or 0) - 1] if m.page else None
                if p is None or not (p.span.start <= a and b <= p.span.end + 1):
                    raise IngestError("invalid_record", f"{field} mention {m.text!r} has a wrong page")
