"""Normalise: a folded view of the text for recognition, with a map back to the source.

Recognisers never see the source text directly. They see ``NormText.text``, where
full-width forms, wave dashes and ideographic spaces are folded, markup is masked, stray
spaces inside Japanese numbers and dates are removed, and PDF line wraps inside Japanese
words are joined. ``NormText.source_span`` maps any span of the view back to the exact
characters of the original, so every mention is reported where it really is.
"""

from __future__ import annotations

import html
import re
import unicodedata
from array import array
from dataclasses import dataclass

from .resources import load_json

# Full-width ASCII (！..～) to ASCII, ideographic space to space, dashes and tildes folded.
_FOLD = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_FOLD.update(
    {
        0x3000: " ",
        0x301C: "~",  # WAVE DASH 〜
        0xFF5E: "~",  # FULLWIDTH TILDE ～
        0x223C: "~",  # TILDE OPERATOR ∼
        0x02DC: "~",  # SMALL TILDE ˜: how PDF text layers often give a wave dash back
        0x2053: "~",  # SWUNG DASH ⁓
        0x3030: "~",  # WAVY DASH 〰: some pages write a range's wave dash with it
        0x2010: "-",
        0x2011: "-",
        0x2012: "-",
        0x2013: "-",  # EN DASH, used for ranges
        0x2212: "-",  # MINUS SIGN
        0x00A0: " ",
        0x2019: "'",
        0x2018: "'",
        0x201C: '"',
        0x201D: '"',
    }
)
_FOLD = {k: (chr(v) if isinstance(v, int) else v) for k, v in _FOLD.items()}
# Radical code points that PDF text layers give for kanji (市⻑, ⼤都市): Kangxi radicals fold by
# NFKC, the supplement's by a data file; one character for one.
_FOLD.update({c: unicodedata.normalize("NFKC", chr(c)) for c in range(0x2F00, 0x2FD6)})
_FOLD.update({ord(k): v for k, v in load_json("radicals.json")["supplement"].items()})

_CJK = "\u3005\u3006\u3007\u3041-\u309f\u30a0-\u30ff\u4e00-\u9fff\uf900-\ufaff"
_CJK_PUNCT = "\u3001-\u3003\u3008-\u3011\u3014-\u301b\u30fb\uff08\uff09"
# Markup: HTML elements that carry footnote marks are dropped whole; other tags and entities
# are masked; markdown link brackets and targets, heading and list marks are masked.
_MARKUP = re.compile(
    r"<sup>.*?</sup>"
    r"|</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>"
    r"|&(?:#\d{1,7}|#x[0-9A-Fa-f]{1,6}|[A-Za-z]{2,8});"
    r"|\]\]?\((?:https?://|/|\.{1,2}/|#)[^()\s]{0,300}\)"  # markdown link targets: [City](/city/)
    r"|\[\[|\]\]"  # wiki-style [[City]]
    r"|\[(?=[^\[\]\n]{1,200}\]\((?:https?://|/|\.{1,2}/|#))"
    r"|^[ \t]*#{1,6}[ \t]+",
    re.M | re.S,
)
# List marks at the start of a line, masked after wrapped lines are joined: a list item's line
# is never the continuation of the line before it.
# A plus sign before a figure is no mark but "over" (+ 17600 participants on a figure card).
_LIST_MARK = re.compile(r"^[ \t]*(?:[-*・•][ \t]+|\+[ \t]+(?!\d)|・)", re.M)
# The long-vowel mark ー stands only after kana; after a kanji or a digit it is a dash typed
# with the wrong key (その他ー北東アジア…, 06ー6615ー3767).
_FALSE_DASH = re.compile(r"(?<=[\u3005\u4e00-\u9fff0-9])ー(?=[\u4e00-\u9fff0-9])")
# White space that sits between Japanese characters and digits is layout, not a word break.
_SPACE_IN_JA = re.compile(rf"(?<=[0-9])[ \t]+(?=[{_CJK}])|(?<=[{_CJK}])[ \t]+(?=[0-9])")
# A line break inside Japanese text, left by a PDF or a hard-wrapped file.
_JA_WRAP = re.compile(rf"(?<=[{_CJK}0-9、,・])[ \t]*\n[ \t]*(?=[{_CJK}0-9])")
# Glued paragraphs in feed copies ("submissionsWASHINGTON", "change.The"): a virtual space.
_GLUED = re.compile(r"(?:(?<=[a-z]{3})|(?<=[a-z][.!?:\"])(?<!www\.))(?=[A-Z][A-Za-z])")  # (www.UCLGA.org: an address)
_HAS_CJK = re.compile(rf"[{_CJK}]")
# Japanese words of two or more characters with a space between them.
_ROW_WORDS = re.compile(rf"[{_CJK}]{{2,}}[ \t\u3000]+(?=[{_CJK}]{{2,}})")
# a chronology line opens with its year and month (1987.3 ケチカン市長来町)
_LIST_START = re.compile(rf"[（(]?[0-9０-９]{{1,2}}[)）.]|(?:19|20)[0-9]{{2}}[./][0-9]|[※・●○◆■□▶]|[{_CJK_PUNCT}]")


@dataclass(frozen=True)
class NormText:
    text: str
    starts: array  # source index of each view character
    ends: array  # source end index of each view character

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a view span ``[start, end)`` to the source span it covers."""
        if end <= start:
            s = self.starts[start] if start < len(self.starts) else self.ends[-1] if self.ends else 0
            return s, s
        return self.starts[start], self.ends[end - 1]


def _rewrite(
    text: str, starts: array, ends: array, pattern: re.Pattern, repl
) -> tuple[str, array, array]:
    """Apply ``pattern`` with ``repl(match) -> str`` and carry the source map along."""
    out: list[str] = []
    ns, ne = array("i"), array("i")
    pos = 0
    for m in pattern.finditer(text):
        a, b = m.span()
        r = repl(m)
        if a == b and not r:
            continue
        out.append(text[pos:a])
        ns.extend(starts[pos:a])
        ne.extend(ends[pos:a])
        if r:
            # Replacement characters cover the whole matched source stretch.
            src_a = starts[a] if a < len(starts) else (ends[a - 1] if a else 0)
            src_b = ends[b - 1] if b > a else src_a
            out.append(r)
            ns.extend([src_a] * len(r))
            ne.extend([src_b] * len(r))
        pos = b
    out.append(text[pos:])
    ns.extend(starts[pos:])
    ne.extend(ends[pos:])
    return "".join(out), ns, ne


def _markup(m: re.Match) -> str:
    s = m.group()
    if s.startswith("&"):
        u = html.unescape(s)
        return u if u != s else s
    return ""


def wrap_width(text: str) -> int:
    """The width a hard-wrapped text was wrapped at: a high percentile of its line lengths."""
    lengths = sorted(len(line.rstrip()) for line in text.split("\n") if len(line.strip()) > 4)
    return lengths[int(len(lengths) * 0.9)] if lengths else 0


def _wrap(m: re.Match, width: int) -> str:
    """Join a wrapped line: one that runs to the wrap width and does not end a list item."""
    text = m.string
    line_start = text.rfind("\n", 0, m.start()) + 1
    prev_len = m.start() - line_start
    nxt = text[m.end() : m.end() + 7]
    if _LIST_START.match(nxt):
        return m.group()
    # Digits on both sides of a break are two numbers (September 22 / 24, 28; 14:30 / 5月13日)
    # unless a Japanese paragraph line runs right to the wrap width: a number cut by the wrap.
    if text[m.start() - 1].isdigit() and nxt[:1].isdigit():
        full = width >= 30 and prev_len >= 0.95 * width
        if not (full and _HAS_CJK.search(text, line_start, m.start())):
            return m.group()
    if len(_ROW_WORDS.findall(text, line_start, m.start())) >= 2:
        return m.group()  # 三重大学 副学長 西村 訓弘: words apart are a roster's row, not prose
    if width and prev_len >= 0.75 * width and _HAS_CJK.search(text, line_start, m.start()):
        return ""  # (a line without Japanese, TEL:096-328-2436, is no wrapped Japanese line)
    # A number or date split by the wrap (10月8・9 / 日).
    if text[m.start() - 1] in "0123456789・," and nxt[:1] in "年月日時分名人社":
        return ""
    return m.group()


def view_spelling(name: str) -> str:
    """How the view writes a name whose words are glued (AstraZeneca reads Astra Zeneca there),
    so that a list of names matches the view as it matches the source."""
    return _GLUED.sub(" ", name)


def normalise(text: str, *, markup: bool = True, join_wraps: bool = True) -> NormText:
    n = len(text)
    starts = array("i", range(n))
    ends = array("i", range(1, n + 1))
    view = text
    if markup:
        view, starts, ends = _rewrite(view, starts, ends, _MARKUP, _markup)
    view = view.translate(_FOLD)  # one-to-one: the map is unchanged
    view = _FALSE_DASH.sub("-", view)  # one-to-one as well
    view, starts, ends = _rewrite(view, starts, ends, _SPACE_IN_JA, lambda m: "")
    if join_wraps:
        width = wrap_width(view)
        view, starts, ends = _rewrite(view, starts, ends, _JA_WRAP, lambda m: _wrap(m, width))
    if markup:
        view, starts, ends = _rewrite(view, starts, ends, _LIST_MARK, lambda m: "")
    view, starts, ends = _rewrite(view, starts, ends, _GLUED, lambda m: " ")
    return NormText(view, starts, ends)
