"""Language data files shipped in ``extract/data`` and loaded once per process."""

from __future__ import annotations

import hashlib
import json
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

DATA = Path(str(resources.files("extract") / "data"))


@cache
def load_json(name: str) -> Any:
    with open(DATA / name, encoding="utf-8") as f:
        return json.load(f)


@cache
def load_words(name: str) -> frozenset[str]:
    """A word list (one word a line, ``#`` comments) as a set."""
    with open(DATA / name, encoding="utf-8") as f:
        return frozenset(w for line in f if (w := line.strip()) and not w.startswith("#"))


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """Package version plus a hash of the code and data: changes whenever output could."""
    from . import __version__

    root = Path(__file__).parent
    h = hashlib.sha256()
    for p in sorted(root.rglob("*")):
        if p.is_file() and p.suffix in {".py", ".json", ".tsv", ".txt"} and "__pycache__" not in p.parts:
            h.update(str(p.relative_to(root)).encode())
            h.update(p.read_bytes())
    return f"{__version__}+{h.hexdigest()[:12]}"
