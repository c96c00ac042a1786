"""The scaled corpus: the corpus documents replicated to N files with distinct names.

Copies, not links, so that every file is a separate inode with its own mtime, as in a real
archive. A hidden stamp file (skipped by ``extract run``) records what was built, so an
unchanged corpus is not rebuilt on the next run.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
PDF_SUFFIXES = {".pdf"}
STAMP = ".bench-stamp.json"


def source_docs(docs: Path, suffixes: set[str]) -> list[Path]:
    """Documents of the given kinds in ``docs``, sorted, hidden files skipped."""
    return sorted(
        p for p in docs.iterdir() if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in suffixes
    )


def _digest(paths: list[Path]) -> list[list[str]]:
    return [[p.name, hashlib.sha256(p.read_bytes()).hexdigest()] for p in paths]


def build(sources: list[Path], dest: Path, n: int) -> Path:
    """Fill ``dest`` with ``n`` copies cycling through ``sources``: ``00042_<name>``."""
    if not sources:
        raise ValueError("no source documents to replicate")
    want = {"n": n, "sources": _digest(sources)}
    stamp = dest / STAMP
    try:
        if json.loads(stamp.read_text(encoding="utf-8")) == want:
            return dest
    except (FileNotFoundError, ValueError):
        pass
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    width = max(5, len(str(n - 1)))
    for i in range(n):
        src = sources[i % len(sources)]
        shutil.copyfile(src, dest / f"{i:0{width}d}_{src.name}")
    stamp.write_text(json.dumps(want), encoding="utf-8")
    return dest


def replica_counts(sources: list[Path], n: int) -> dict[str, int]:
    """How many copies of each source a corpus of ``n`` holds (for exact character totals)."""
    k, extra = divmod(n, len(sources))
    return {p.name: k + (1 if i < extra else 0) for i, p in enumerate(sources)}
