"""Recognisers: small named components that read a Document and propose Candidates.

Each module registers its components with :func:`register`; the pipeline runs them in the
order of ``DEFAULT``. A recogniser only proposes; the resolver decides.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from ..document import Candidate, Document
from ..resources import load_json

Recogniser = Callable[[Document], list[Candidate]]
REGISTRY: dict[str, Recogniser] = {}
DEFAULT = ["dates", "counts", "cities", "organizations"]


def register(name: str) -> Callable[[Recogniser], Recogniser]:
    def deco(fn: Recogniser) -> Recogniser:
        REGISTRY[name] = fn
        return fn

    return deco


def load_all() -> dict[str, Recogniser]:
    """Import the recogniser modules so that they register themselves."""
    from . import cities, counts, dates, organizations  # noqa: F401

    return REGISTRY


@cache
def _stamp() -> re.Pattern:
    return re.compile(load_json("dates.json")["line_stamp"])


def line_opening(text: str, pos: int) -> int:
    """Where the line holding ``pos`` begins its own words: past a date stamp that opens it
    (`` date 2019-04-09 MARTINSBURG —``), so a dateline after the stamp still opens its line."""
    start = text.rfind("\n", 0, pos) + 1
    m = _stamp().match(text, start, pos)
    return m.end() if m else start
