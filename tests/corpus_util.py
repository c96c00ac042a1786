"""Shared helpers for tests that run the pipeline over the real corpus."""

from __future__ import annotations

from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "corpus" / "docs"
NEEDS_OCR = {"12_ja_kanpo_procurement_20260219_notext.pdf"}


def corpus_files() -> list[Path]:
    return sorted(p for p in DOCS.iterdir() if p.suffix in {".txt", ".md", ".pdf"})


@cache
def record_for(name: str):
    from extract.pipeline import process

    return process(DOCS / name, name)


def records():
    return [record_for(p.name) for p in corpus_files() if p.name not in NEEDS_OCR]
