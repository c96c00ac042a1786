"""The pipeline: ingest → normalise → language → tokenise → recognise → resolve → validate.

One function per stage, in order, each timed; ``process`` runs a file to a Record.
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

from .document import Document
from .ingest import Limits, ingest
from .language import detect
from .models import Record
from .normalise import normalise
from .recognisers import DEFAULT, load_all
from .resolve import resolve
from .tokenise import tokenise
from .validate import build_record

TIMINGS: Counter = Counter()  # stage -> seconds, accumulated per process


class _timed:
    def __init__(self, stage: str):
        self.stage = stage

    def __enter__(self):
        self.t = time.perf_counter()

    def __exit__(self, *exc):
        TIMINGS[self.stage] += time.perf_counter() - self.t


def process(path: Path, doc_id: str, limits: Limits | None = None, recognisers=DEFAULT) -> Record:
    with _timed("ingest"):
        src = ingest(path, limits)
    return process_ingested(src, doc_id, recognisers)


def process_ingested(src, doc_id: str, recognisers=DEFAULT) -> Record:
    doc = Document(id=doc_id, source=src, text=src.text)
    with _timed("normalise"):
        doc.view = normalise(doc.text, markup=src.format != "pdf")
    with _timed("language"):
        doc.lang, doc.segments = detect(doc.text)
    with _timed("tokenise"):
        doc.tokens = tokenise(doc.norm, doc.lang)
    registry = load_all()
    for name in recognisers:
        with _timed(f"recognise.{name}"):
            doc.candidates.extend(registry[name](doc))
    with _timed("resolve"):
        resolve(doc)
    with _timed("validate"):
        return build_record(doc)


def process_text(text: str, doc_id: str = "text", fmt: str = "txt") -> Record:
    """Run the pipeline on a string (tests, notebooks)."""
    import hashlib

    from .ingest import Ingested

    data = text.encode("utf-8")
    src = Ingested(Path(doc_id), fmt, hashlib.sha256(data).hexdigest(), len(data), text, "utf-8", [])
    return process_ingested(src, doc_id)
