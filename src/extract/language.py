"""Language: ja or en for the document, and per paragraph where a document mixes them.

Script statistics are enough for these two languages: Japanese text is dense in kana and
kanji, English in Latin letters. No model is needed and the decision is explainable.
"""

from __future__ import annotations

import re

from .models import Segment, Span

_JA = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")
_PARAGRAPH = re.compile(r"(?:[^\n]*\S[^\n]*(?:\n|$))+")
MIN_SEGMENT = 200  # characters of the minority language before a document counts as mixed


def classify(text: str) -> str | None:
    """Language of a stretch of text, or None when it has no letters of either script."""
    ja = len(_JA.findall(text))
    latin = len(_LATIN.findall(text))
    if ja == 0 and latin == 0:
        return None
    # One kanji carries about as much as a word of four Latin letters.
    return "ja" if ja * 4 >= latin else "en"


def detect(text: str) -> tuple[str, list[Segment]]:
    """Document language and, for mixed documents, the language segments."""
    segments: list[tuple[str, int, int]] = []
    for m in _PARAGRAPH.finditer(text):
        lang = classify(m.group())
        if lang is None:
            continue
        if segments and segments[-1][0] == lang:
            segments[-1] = (lang, segments[-1][1], m.end())
        else:
            segments.append((lang, m.start(), m.end()))
    totals = {"ja": 0, "en": 0}
    for lang, a, b in segments:
        totals[lang] += b - a
    # Japanese says in about half the characters what English says: weigh it double.
    main = "ja" if 2 * totals["ja"] >= totals["en"] else "en"
    if not segments or min(totals.values()) < MIN_SEGMENT:
        return main, []
    return main, [Segment(lang=lang, span=Span(start=a, end=b)) for lang, a, b in segments]
