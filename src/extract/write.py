"""Write: atomic file output (temporary file in the same folder, fsync, rename, fsync folder).

A reader — or a re-run after kill -9 or a power cut — sees either the old file or the new
one, never half of one. Temporary files carry :data:`TMP_PREFIX`, so a re-run can tell the
debris of a killed run from records and delete it.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

TMP_PREFIX = ".tmp-"


def _file_mode() -> int:
    """The mode a plain ``open()`` would give (mkstemp's is owner-only)."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


_MODE = _file_mode()


@contextlib.contextmanager
def atomic_writer(path: Path, sync_dir: bool = True) -> Iterator[BinaryIO]:
    """Yield a binary file that replaces ``path`` only when the block ends without error."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=TMP_PREFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            if hasattr(os, "fchmod"):
                os.fchmod(fd, _MODE)
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    if sync_dir:
        fsync_dir(path.parent)


def atomic_write(path: Path, data: bytes | str, sync_dir: bool = True) -> None:
    """Write ``data`` to ``path`` atomically; ``sync_dir=False`` leaves the folder's fsync
    to the caller (see :func:`fsync_dir`), which batches it for many files."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    with atomic_writer(path, sync_dir) as f:
        f.write(data)


def fsync_dir(folder: Path) -> None:
    """Make renames and deletions in ``folder`` durable (a no-op where folders cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def clean_debris(out: Path) -> int:
    """Remove temporary files a killed run left behind; they are never records.

    Only where this package writes: the output folder itself and its ``records/``.
    """
    found = [*out.glob(f"{TMP_PREFIX}*"), *(out / "records").rglob(f"{TMP_PREFIX}*")]
    n = 0
    for p in found:
        try:
            p.unlink()
            n += 1
        except OSError:
            pass
    return n


def record_path(out: Path, doc_id: str) -> Path:
    """``a/report.txt`` → ``records/a/report.txt.json``: ids are unique, so are the files."""
    return out / "records" / f"{doc_id}.json"
