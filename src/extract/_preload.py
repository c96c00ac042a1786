"""Imported once by the batch runner's fork server (``extract run``): loads and warms up the
whole pipeline there, so that every worker forks with it ready — no per-worker loading, and
the models and gazetteers are shared between workers instead of copied into each."""

from contextlib import suppress

with suppress(Exception):  # a broken recogniser is reported by the workers, not here
    from .batch import warm_up

    warm_up()
