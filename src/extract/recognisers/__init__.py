"""Recognisers: small named components that read a Document and propose Candidates.

Each module registers its components with :func:`register`; the pipeline runs them in the
order of ``DEFAULT``. A recogniser only proposes; the resolver decides.
"""

from __future__ import annotations

from collections.abc import Callable

from ..document import Candidate, Document

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
