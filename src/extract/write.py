"""Write: atomic file output (temporary file in the same folder, fsync, rename).

A reader — or a re-run after kill -9 — sees either the old file or the new one, never half.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

TMP_PREFIX = ".tmp-"


def atomic_write(path: Path, data: bytes | str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    fd, tmp = tempfile.mkstemp(prefix=TMP_PREFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def clean_debris(out: Path) -> int:
    """Remove temporary files a killed run left behind; they are never records."""
    n = 0
    if out.exists():
        for p in out.rglob(f"{TMP_PREFIX}*"):
            try:
                p.unlink()
                n += 1
            except OSError:
                pass
    return n


def record_path(out: Path, doc_id: str) -> Path:
    """``a/report.txt`` → ``records/a/report.txt.json``: ids are unique, so are the files."""
    return out / "records" / f"{doc_id}.json"
