"""Dates in Japanese and English, normalised to ISO 8601 at the precision written.

Patterns are data (``data/dates.json``, ``data/ja/dates.json``, ``data/en/dates.json``), as in
ja-timex and Duckling: each rule is a regex assembled from named fragments plus the name of
its parse function. One mechanism serves both languages:

1. **match** — each rule runs once over the view text, but only in the windows around hits
   of its trigger (every date contains one: a digit before 年月日, an era, a month name...),
   and behind a lookahead on its possible first characters (:func:`guarded`), which keeps
   recognition fast. A rule marked ``gate`` only counts where the text is in its own
   language; ``before``/``after``/``not_before``/``not_after`` test the context of a match.
2. **read** — the groups a match filled (``year``, ``era``+``eyear``, ``month``, ``day``,
   ``wd``, ``fy``, ``rel``...; a ``_a``/``_b`` suffix marks the two ends of a range) become a
   :class:`Spec`: two partial dates, what is relative, and the written weekdays.
3. **fill** — a range's end takes the parts it omits from its start and the other way round
   (``25日(火)~27日``, ``21 to 25 July 2025``); overlapping matches are settled, longer first.
   Two complete dates joined by a list word (``August 8 and Monday, August 10``; a rule's
   ``split``) are two dates, unless ``between`` opens them (the rule's ``keep_before``).
4. **resolve** (:func:`complete`, after the document date is known) — implicit years, relative
   expressions (来年, this year, 次年度, last June) and bare days (※27日は) get their values; a
   weekday that disagrees with its date is flagged, never silently accepted. The document's
   own date gives the year (the gold rule); without one, a date takes the nearest year
   written before it in reading order (else the first after it), checked by its weekday.

Decision: no mention leaves with null values. A relative expression with no document date
(今年, 本年, this year, last month, 来年), a date without a year in a text that writes no
year at all, and 同年 with no year before it are dropped rather than emitted with
``start``/``end`` null: a mention without a value is noise for analysts (and a false positive
for the scorer). The flag ``year_unresolved`` is therefore no longer produced.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from itertools import pairwise
from typing import Any, NamedTuple

from ..document import Candidate, Document
from ..resources import load_json
from . import register
from .numbers import parse_en, parse_kanji

SIDES = ("a", "b")
CONTEXT = 40  # characters looked at by before/after tests
WEEKDAY_CONTEXT = 120  # a news weekday's verb may stand a clause away (opened in X, 140 km south of Y, on Monday;
# inaugurated the plenary meeting of the Asian Network of Major Cities (ANMC-21) in the Capital on Wednesday)
WINDOW = 80  # characters either side of a trigger hit that rules look at (> longest match)

# --- rules -----------------------------------------------------------------------------------

_REF = re.compile(r"\{([a-z][a-z0-9_]*)(?::([a-z0-9]+))?\}")
_GROUP = re.compile(r"\(\?P<([A-Za-z_][A-Za-z0-9_]*)>|\(\?P=([A-Za-z_][A-Za-z0-9_]*)\)")


@dataclass(frozen=True)
class Rule:
    name: str
    lang: str | None  # None: shared by both languages
    regex: re.Pattern
    parse: str
    priority: int = 0
    gate: bool = False
    span: str | None = None
    before: re.Pattern | None = None
    after: re.Pattern | None = None
    not_before: re.Pattern | None = None
    not_after: re.Pattern | None = None
    split: re.Pattern | None = None  # the text between a range's ends that makes them a list
    keep_before: re.Pattern | None = None  # context before the match that keeps it a range
    trigger: str = "default"  # the bundle trigger whose windows this rule scans
    head: int | None = None  # a dateline rule: only within this many characters of the top
    start_before_end: bool = False  # a range's start without a month is in the month before the end's
    must_fit: bool = False  # a date only when its written weekday fits the value it takes
    list_split: bool = False  # two days joined by a list mark are one span only when consecutive
    ascending: bool = False  # a list's days rise (May 23, 25, 26): a lower last day is no list
    span_max: int | None = None  # a span of years only, of at most this many years (1813-16), or nothing
    source: str = ""  # the expanded pattern before its first-character guard
    fields: dict[tuple[str, str | None], tuple[str, ...]] = field(default_factory=dict)


def _longest_first(names) -> str:
    """Names as a regex alternation, longest first, so that a longer name wins its prefix."""
    return "|".join(sorted(names, key=lambda s: (-len(s), s)))


def _table_fragment(table: dict[str, int]) -> str:
    """A name table as a regex: Title and UPPER case, longest first; an abbreviation (a name
    with a longer one for the same value: Sept, Nov) may take a period, a full name not."""
    longest: dict[int, int] = {}
    for key, v in table.items():
        longest[v] = max(longest.get(v, 0), len(key))

    def alts(keys: list[str]) -> str:
        return _longest_first({f for k in keys for f in (k.title(), k.upper())})

    full = [k for k, v in table.items() if len(k) == longest[v]]
    short = [k for k, v in table.items() if len(k) < longest[v]]
    # (July. 11, 2012: a full name's stray period only before a day and its year)
    stray = r"(?:\.(?=[ \t]+(?:3[01]|[12][0-9]|0?[1-9]),?[ \t]+[12][0-9]{3}\b))?"
    return f"(?:(?:{alts(full)})(?![A-Za-z]){stray}|(?:{alts(short)})(?![A-Za-z])\\.?)"


def expand(pattern: str, fragments: dict[str, str], depth: int = 0) -> str:
    """Replace ``{name}`` and ``{name:side}`` by fragments; a side renames the groups inside."""
    if depth > 12:
        raise ValueError(f"fragment nesting too deep in {pattern[:60]!r}")

    def sub(m: re.Match) -> str:
        name, side = m.group(1), m.group(2)
        if name not in fragments:
            raise KeyError(f"unknown date fragment {{{name}}}")
        body = expand(fragments[name], fragments, depth + 1)
        if side:
            body = _GROUP.sub(
                lambda g: f"(?P<{g.group(1)}_{side}>" if g.group(1) else f"(?P={g.group(2)}_{side})",
                body,
            )
        return body

    return _REF.sub(sub, pattern)


def _first_chars(seq) -> tuple[set[str] | None, bool]:
    """The characters a parsed regex sequence can start with (None: any), and whether it can
    match the empty string. Zero-width items (lookarounds, anchors) are stepped over."""
    from re import _constants as C

    out: set[str] = set()
    for op, av in seq:
        nullable = False
        if op is C.LITERAL:
            first: set[str] | None = {chr(av)}
        elif op is C.IN:
            first = set()
            for kind, val in av:
                if kind is C.LITERAL:
                    first.add(chr(val))
                elif kind is C.RANGE and val[1] - val[0] < 2000:
                    first.update(chr(c) for c in range(val[0], val[1] + 1))
                else:
                    first = None
                    break
        elif op is C.SUBPATTERN:
            first, nullable = _first_chars(av[3])
            if first is not None and av[1] & re.IGNORECASE:
                first = first | {c.swapcase() for c in first}
        elif op is C.BRANCH:
            first = set()
            for branch in av[1]:
                f, n = _first_chars(branch)
                if f is None:
                    first = None
                    break
                first |= f
                nullable = nullable or n
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            first, nullable = _first_chars(av[2])
            nullable = nullable or av[0] == 0
        elif op is getattr(C, "ATOMIC_GROUP", None):
            first, nullable = _first_chars(av)
        elif op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            first, nullable = set(), True
        else:
            return None, False
        if first is None:
            return None, False
        out |= first
        if not nullable:
            return out, False
    return out, True


def guarded(pattern: str, flags: int = 0) -> re.Pattern:
    """Compile ``pattern`` behind a lookahead on the characters it can start with.

    The regex engine then rejects most positions at once instead of walking the pattern's
    optional head (a weekday, an era, a lookbehind) everywhere: several times faster, same
    matches.
    """
    from re import _parser

    try:
        first, nullable = _first_chars(_parser.parse(pattern, flags))
    except Exception:  # an engine without the parser API: run unguarded
        first, nullable = None, True
    if first is None or nullable or not first:
        return re.compile(pattern, flags)
    cls = "".join(re.escape(c) for c in sorted(first))
    return re.compile(f"(?=[{cls}])(?:{pattern})", flags)


def _field_index(regex: re.Pattern) -> dict[tuple[str, str | None], tuple[str, ...]]:
    """Group names by (field, side): ``day_b`` and ``day_x_b`` both give ('day', 'b')."""
    idx: dict[tuple[str, str | None], list[str]] = {}
    for name in regex.groupindex:
        parts = name.split("_")
        side = parts[-1] if len(parts) > 1 and parts[-1] in SIDES else None
        idx.setdefault((parts[0], side), []).append(name)
    return {k: tuple(v) for k, v in idx.items()}


@lru_cache(maxsize=1)
def tables() -> dict[str, Any]:
    """The language tables (eras, month and weekday names, relative words), merged by language."""
    ja, en = load_json("ja/dates.json"), load_json("en/dates.json")
    return {"ja": ja, "en": en}


@dataclass(frozen=True)
class Bundle:
    """The rules of one data file and the trigger that every match of them contains."""

    lang: str | None
    triggers: dict[str, re.Pattern]
    rules: tuple[Rule, ...]


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    return tuple(r for b in bundles() for r in b.rules)


@lru_cache(maxsize=1)
def _name_after() -> re.Pattern:
    return re.compile(tables()["en"]["name_after"])


@cache
def _rule(name: str) -> Rule:
    return next(r for r in rules() if r.name == name)


def _era_fragment(t: dict[str, Any]) -> str:
    """The era names as the ``era`` group: the modern ones anywhere, a historical one (文化,
    安永: also words and names) only where no kanji runs into it."""
    old = t.get("historical_eras", {})
    return f"(?P<era>{_longest_first(t['eras'])}" + (f"|(?<![一-鿿々])(?:{_longest_first(old)})" if old else "") + ")"


def era_start(era: str) -> int:
    """The first Western year of an era, modern or historical."""
    t = tables()["ja"]
    return t["eras"][era] if era in t["eras"] else t["historical_eras"][era]


@lru_cache(maxsize=1)
def bundles() -> tuple[Bundle, ...]:
    shared = load_json("dates.json")
    out: list[Bundle] = []
    for lang, data in [(None, shared), ("ja", tables()["ja"]), ("en", tables()["en"])]:
        group: list[Rule] = []
        frags = dict(shared.get("fragments", {}))
        if lang == "en":
            frags["month_name"] = _table_fragment(data["months"])
            frags["weekday_name"] = _table_fragment(data["weekdays"])
            frags["function_words"] = "|".join(data["function_words"])
            frags["announce_verbs"] = data["announce_verbs"]
        frags.update(data.get("fragments", {}))
        if "eras" in data:
            frags["era"] = _era_fragment(data)
        for r in data["rules"]:

            def comp(key: str, r=r, frags=frags) -> re.Pattern | None:
                return re.compile(expand(r[key], frags)) if r.get(key) else None

            source = expand(r["pattern"], frags)
            try:
                regex = guarded(source)
            except re.error as e:
                raise ValueError(f"date rule {r['name']}: {e}") from None
            group.append(
                Rule(
                    name=r["name"],
                    lang=lang,
                    regex=regex,
                    parse=r.get("parse", "date"),
                    priority=r.get("priority", 0),
                    gate=bool(r.get("gate")),
                    span=r.get("span") or ("span" if "span" in regex.groupindex else None),
                    before=comp("before"),
                    after=comp("after"),
                    not_before=comp("not_before"),
                    not_after=comp("not_after"),
                    split=comp("split"),
                    keep_before=comp("keep_before"),
                    trigger=r.get("trigger", "default"),
                    head=r.get("head"),
                    start_before_end=r.get("start_month") == "before_end",
                    must_fit=bool(r.get("weekday_must_fit")),
                    list_split=bool(r.get("list_split")),
                    ascending=bool(r.get("ascending_days")),
                    span_max=r.get("span_max"),
                    source=source,
                    fields=_field_index(regex),
                )
            )
        trig = data["trigger"] if isinstance(data["trigger"], dict) else {"default": data["trigger"]}
        triggers = {k: re.compile(expand(v, frags)) for k, v in trig.items()}
        missing = {r.trigger for r in group} - set(triggers)
        if missing:
            raise ValueError(f"date rules name unknown triggers: {sorted(missing)}")
        out.append(Bundle(lang, triggers, tuple(group)))
    return tuple(out)


# --- values ----------------------------------------------------------------------------------


@dataclass
class Part:
    """A partial calendar date; ``None`` where the text leaves a part implicit."""

    y: int | None = None
    m: int | None = None
    d: int | None = None
    wd: int | None = None  # weekday as written (Monday = 0)

    def empty(self) -> bool:
        return self.y is None and self.m is None and self.d is None


@dataclass
class Spec:
    """What a match says about a date, before the document date is known."""

    a: Part
    b: Part | None = None
    fy: bool = False
    rel: tuple[str, int] | None = None  # ('year'|'fy'|'month'|'day', offset from the doc date)
    anchor: str | None = None  # missing parts from the previous date: "same" (同年), "day" (※27日)
    anchor_offset: int = 0  # 翌年10月: the year after the previous date's
    months: tuple[int, int] | None = None  # a part of a year: half (7, 12), quarter (1, 3)
    flags: list[str] = field(default_factory=list)
    short_year: bool = False  # a two-digit year (22年4月): kept only in a Western-year text
    era: bool = False  # a year written in an era (令和7年)
    fy_start: int | None = None  # 2014年3月期: the business year's first month, where not April
    fy_half: int | None = None  # 2017年度上期 (0), 下期 (6): months into the fiscal year its half begins


def _num(s: str | None) -> int | None:
    if s is None or s == "":
        return None
    if s.isdigit():
        return int(s)
    return parse_kanji(s)


def _get(m: re.Match, rule: Rule, fld: str, side: str | None) -> str | None:
    for name in rule.fields.get((fld, side), ()):
        v = m.group(name)
        if v is not None:
            return v
    return None


def _has(m: re.Match, rule: Rule, fld: str, side: str | None = None) -> bool:
    sides = (side,) if side else (None, *SIDES)
    return any(_get(m, rule, fld, s) is not None for s in sides)


def _year_of(m: re.Match, rule: Rule, side: str | None, lang: str, flags: list[str]) -> int | None:
    t = tables()["ja"]
    era = _get(m, rule, "era", side) or (_get(m, rule, "era", None) if side else None)
    abbr = _get(m, rule, "eabbr", side)
    if abbr:
        era = t["era_abbreviations"][abbr]
    if era:
        ey = _get(m, rule, "eyear", side)
        n = 1 if ey == "元" else _num(ey)
        if n is None:
            return None
        year = era_start(tables()["en"]["eras"].get(era, era)) + n - 1  # (Reiwa is 令和)
        west = _num(_get(m, rule, "wyear", side) or _get(m, rule, "wnote", side))
        if west is not None and west != year:
            flags.append("era_mismatch")
        flags.append("_era")
        return year
    y = _get(m, rule, "year", side)
    if y is None:
        short = _get(m, rule, "syear", side)
        if short is None:
            return None
        flags.append("_short_year")
        return _two_digit(_num(short) or 0)
    if len(y) == 2 and y.isdigit():
        return _two_digit(int(y))
    return _num(y)


@lru_cache(maxsize=1)
def _pivot() -> int:
    return int(load_json("dates.json")["two_digit_pivot"])


def _two_digit(n: int) -> int:
    """98 → 1998, 22 → 2022 (a fixed pivot, see data/dates.json)."""
    return (1900 if n >= _pivot() else 2000) + n


def _month_of(s: str | None, lang: str) -> int | None:
    if s is None:
        return None
    if lang == "en" and not s.isdigit():
        return tables()["en"]["months"].get(s.rstrip(".").lower())
    return _num(s)


def _weekday_of(s: str | None, lang: str) -> int | None:
    if not s:
        return None
    if lang == "en":
        return tables()["en"]["weekdays"].get(s.rstrip(".").lower())
    return tables()["ja"]["weekdays"].get(s)


def _part(m: re.Match, rule: Rule, side: str | None, lang: str, flags: list[str]) -> Part:
    wd = _get(m, rule, "wd", side) or _get(m, rule, "wdp", side)
    month = _month_of(_get(m, rule, "month", side), lang)
    if month is None and _get(m, rule, "yend", side):
        month = 12  # 昨年末, 平成元年末: a year's end is its December
    return Part(
        y=_year_of(m, rule, side, lang, flags),
        m=month,
        d=_num(_get(m, rule, "day", side)),
        wd=_weekday_of(wd, lang),
    )


SHORT_YEAR_WRAP = 20  # years a two-digit second year may run into the next century (1998年から03年)


def read_date(m: re.Match, rule: Rule, lang: str) -> Spec | None:
    """The generic parse: one date or a range from whatever groups the match filled."""
    flags: list[str] = []
    a = _part(m, rule, None, lang, flags)
    sa = _part(m, rule, "a", lang, flags)
    a = Part(*(x if x is not None else y for x, y in zip((a.y, a.m, a.d, a.wd), (sa.y, sa.m, sa.d, sa.wd), strict=True)))
    b = _part(m, rule, "b", lang, flags)
    b = None if b.empty() else b
    yb = _get(m, rule, "year", "b")
    if b is not None and a.y is not None and yb is not None and len(yb) == 2 and yb.isdigit():
        # 1945年から47年, 2016~20年: a second year in two digits is in the first one's century
        b.y = a.y - a.y % 100 + int(yb) + (100 if a.y % 100 > int(yb) else 0)
        if a.y % 100 > int(yb) and b.y - a.y > SHORT_YEAR_WRAP:
            return None  # 1953年から40年胎動: a span of years after a year, not 1953 to 2040
    spec = Spec(a=a, b=b, flags=[f for f in flags if not f.startswith("_")])
    spec.short_year, spec.era = "_short_year" in flags, "_era" in flags
    spec.fy = _has(m, rule, "fy")
    if _has(m, rule, "fyend") and a.y is not None and a.m is not None:
        # 2014年3月期: the twelve months that end with March 2014
        spec.fy, spec.fy_start = True, a.m % 12 + 1
        a.y, a.m = a.y - (a.m < 12), None
    fyhalf = _get(m, rule, "fyhalf", None)
    if fyhalf and spec.fy:
        spec.fy_half = 6 if fyhalf.startswith("下") else 0  # 2017年度上期: the first six months
    fy_next = _get(m, rule, "fynext", None)
    if fy_next is not None and (a.y is None or int(fy_next) != (a.y + 1) % 100):
        return None  # 2022-23年度 is one fiscal year only when 23 is the year after 2022
    rel = _get(m, rule, "rel", None) or _get(m, rule, "rel", "a")
    relday = _get(m, rule, "relday", None)
    bday = _get(m, rule, "relbday", None) if relday else None
    if bday:
        # 今日(4日): the day written in brackets is the date, in the month of the document's date
        a.d, relday = int(bday), None
    relmonth = _get(m, rule, "relmonth", None)
    words = tables()[lang]["relative"]
    for word in (rel, relday, relmonth):
        if word:
            key = re.sub(r"\s+", " ", word.lower()) if lang == "en" else word
            if key not in words:
                return None
            unit, off = words[key]
            spec.rel = (("fy" if spec.fy else unit), off)
    if bday:
        spec.rel = ("month", 0)
        if bmonth := _get(m, rule, "relbmonth", None):
            a.m, spec.rel = int(bmonth), ("year", 0)  # 本日(9月1日): the month is written too
    if spec.rel and spec.rel[0] == "fy":
        spec.fy = True
    nwd = _get(m, rule, "nwd", None)
    if nwd:
        a.wd = _weekday_of(nwd, lang)
        rel = _get(m, rule, "wdrel", None)
        # next/last (±2) never name the document's own day; this and a bare weekday (±1) may
        direction = {"last": -2, "next": 2}.get(rel.lower(), 1) if rel else _weekday_direction(m.string, m.start("nwd"), m.end("nwd"))
        spec.rel = ("weekday", direction)  # next Monday, last Friday; a bare news weekday by its tense
    anchor = _get(m, rule, "anchor", None)
    if anchor is not None:
        spec.anchor = "same" if anchor else "day"
        spec.anchor_offset = tables()[lang].get("anchor_offsets", {}).get(anchor, 0)
    fixed = _get(m, rule, "newyear", None)
    if fixed:
        a.m, a.d = tables()[lang]["fixed_days"][fixed]  # 元日, 大晦日
    half = _get(m, rule, "half", None) or _get(m, rule, "hnum", None)
    if half:
        spec.months = tuple(tables()[lang]["halves"].get(half.lower(), [1, 6] if half == "1" else [7, 12]))
    # (Summer 2016 is dated at the year written: a season's months differ between the hemispheres)
    q = _get(m, rule, "quarter", None) or _get(m, rule, "qnum", None)
    if q:
        n = int(q) if q.isdigit() else tables()["en"]["quarters"][q.lower()]
        spec.months = (3 * n - 2, 3 * n)
    count = _get(m, rule, "mcount", None)
    if count:
        n = int(count) if count.isdigit() else int(parse_en(count) or 0)
        first = (_get(m, rule, "mpart", None) or "first").lower() == "first"
        spec.months = (1, n) if first else (13 - n, 12)  # the first three / last two months of a year
    if a.empty() and not spec.rel and not spec.anchor and b is None:
        return None
    if not _valid(a) or (b is not None and not _valid(b)):
        return None
    if b is not None:
        if rule.ascending and b.m is None and a.d is not None and b.d is not None and b.d <= a.d:
            return None  # Nov. 15, 4X-weekly: no list of days
        if rule.start_before_end and a.m is None and b.m is not None:
            a.m = 12 if b.m == 1 else b.m - 1  # 13日―10月14日: from September 13 (fill_range gives the year)
        fill_range(spec)
        if not _ordered(spec):
            return None
    return spec


@lru_cache(maxsize=1)
def _tense_cues() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    en = tables()["en"]
    return (
        re.compile(en["weekday_future_before"]),
        re.compile(en["weekday_past_before"]),
        re.compile(en["weekday_past_after"]),
    )


def _weekday_direction(text: str, a: int, b: int) -> int:
    """-1 when a news weekday is told in the past tense (said Wednesday), else +1 (will meet,
    slated for Friday, officials said)."""
    future, before, after = _tense_cues()
    head = text[max(0, a - WEEKDAY_CONTEXT) : a]
    if future.search(head):
        return 1
    if before.search(head) or after.search(text[b : b + WEEKDAY_CONTEXT]):
        return -1
    return 1


_YEAR_IN = re.compile(r"(?<![0-9])([0-9]{4}|[0-9]{2})(?![0-9])")
_RANGE_WORD = re.compile(r"^\s*(?:-|–|~|/|to|through|thru|until|till)\s*$")


def read_years(m: re.Match, rule: Rule, lang: str) -> list[tuple[int, int, Spec]]:
    """A run of bare years: ``2025-2026`` is one range, ``2018 and 2019`` two dates."""
    a0, b0 = m.span("span") if "span" in m.re.groupindex else m.span()
    text = m.string[a0:b0]
    nums = list(_YEAR_IN.finditer(text))
    if not nums:
        return []
    first = nums[0]
    y1 = int(first.group())
    if len(nums) == 2 and _RANGE_WORD.match(text[first.end() : nums[1].start()]):
        y2s = nums[1].group()
        y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
        if rule.span_max is not None and not 0 < y2 - y1 <= rule.span_max:
            return []  # (2018-08, 本部広報2016-31: a month or a number, no span of years)
        if len(y2s) == 2 and int(y2s) <= y1 % 100:
            return [(a0 + first.start(), a0 + first.end(), Spec(a=Part(y=y1)))]
        if y2 <= y1:
            return [(a0 + first.start(), a0 + first.end(), Spec(a=Part(y=y1)))]
        return [(a0, b0, Spec(a=Part(y=y1), b=Part(y=y2)))]
    if (m.groupdict().get("ctx") or "").lower() == "between" and len(nums) == 2:
        y2 = int(nums[1].group())
        if y2 > y1:
            return [(a0, b0, Spec(a=Part(y=y1), b=Part(y=y2)))]
    return [(a0 + n.start(), a0 + n.end(), Spec(a=Part(y=int(n.group())))) for n in nums if len(n.group()) == 4]


def _valid(p: Part) -> bool:
    if p.m is not None and not 1 <= p.m <= 12:
        return False
    if p.d is not None and not 1 <= p.d <= 31:
        return False
    if p.y is not None and p.m is not None and p.d is not None:
        try:
            dt.date(p.y, p.m, p.d)
        except ValueError:
            return False
    return True


SHORT_DAY_SPAN = 3  # 27〜8日 (27–28) reads the end by its last digit only for a range this short


def fill_range(spec: Spec) -> None:
    """Give each end of a range the parts it leaves out, taken from the other end."""
    a, b = spec.a, spec.b
    if b is None:
        return
    if b.m is None and b.d is not None and a.m is not None:
        b.m = a.m
        if a.d is not None and b.d < a.d:
            whole = a.d // 10 * 10 + b.d
            if 0 < whole - a.d <= SHORT_DAY_SPAN and whole <= calendar.monthrange(a.y or 2000, b.m)[1]:
                b.d += a.d // 10 * 10  # 10月27〜8日: the end day written by its last digit
            else:
                b.m = b.m % 12 + 1  # 30日~2日: into the next month
    if a.m is None and a.d is not None and b.m is not None:
        a.m = b.m
    if b.y is None and a.y is not None:
        b.y = a.y + (1 if (b.m is not None and a.m is not None and b.m < a.m) else 0)
    if a.y is None and b.y is not None and (a.m is not None or a.d is not None):
        a.y = b.y - (1 if (b.m is not None and a.m is not None and a.m > b.m) else 0)


def _ordered(spec: Spec) -> bool:
    """A range must not end before it starts (where both ends are known)."""
    a, b = spec.a, spec.b
    if b is None:
        return True
    ka = (a.y or 0, a.m or 0, a.d or 0)
    kb = (b.y or 0, b.m or 0, b.d or 0)
    if a.y is None or b.y is None:
        if a.m is not None and b.m is not None and b.m < a.m:
            return True  # 12月28日~1月4日: the year turns
        ka, kb = ka[1:], kb[1:]
    return ka <= kb


def iso(p: Part) -> str | None:
    if p.y is None:
        return None
    if p.m is None:
        return f"{p.y:04d}"
    if p.d is None:
        return f"{p.y:04d}-{p.m:02d}"
    return f"{p.y:04d}-{p.m:02d}-{p.d:02d}"


def values(spec: Spec, fiscal_start: int = 4) -> tuple[str | None, str | None, list[str]]:
    """ISO start and end of a complete spec, and the flags its check raises."""
    flags = list(spec.flags)
    a, b = spec.a, spec.b or spec.a
    if a.y is None or b.y is None:
        return None, None, flags
    if spec.fy and spec.fy_half is not None:
        first = (spec.fy_start or fiscal_start) + spec.fy_half
        y0, m0 = a.y + (first - 1) // 12, (first - 1) % 12 + 1
        y1, m1 = y0 + (m0 + 4) // 12, (m0 + 4) % 12 + 1
        return f"{y0:04d}-{m0:02d}-01", f"{y1:04d}-{m1:02d}-{calendar.monthrange(y1, m1)[1]:02d}", flags
    if spec.fy:
        fiscal_start = spec.fy_start or fiscal_start
        end_y = b.y + (1 if fiscal_start > 1 else 0)
        end_m = (fiscal_start - 2) % 12 + 1
        return f"{a.y:04d}-{fiscal_start:02d}-01", f"{end_y:04d}-{end_m:02d}-{calendar.monthrange(end_y, end_m)[1]:02d}", flags
    if spec.months:
        ms, me = spec.months
        return f"{a.y:04d}-{ms:02d}", f"{b.y:04d}-{me:02d}", flags
    for p in (spec.a, spec.b):
        if p is not None and p.wd is not None and None not in (p.y, p.m, p.d):
            if dt.date(p.y, p.m, p.d).weekday() != p.wd and "weekday_mismatch" not in flags:
                flags.append("weekday_mismatch")
    return iso(a), iso(b), flags


# --- recognise -------------------------------------------------------------------------------


def _context_ok(rule: Rule, text: str, a: int, b: int) -> bool:
    pre, post = text[max(0, a - CONTEXT) : a], text[b : b + CONTEXT]
    if rule.not_before and rule.not_before.search(pre):
        return False
    if rule.not_after and rule.not_after.search(post):
        return False
    if rule.before or rule.after:
        return bool((rule.before and rule.before.search(pre)) or (rule.after and rule.after.search(post)))
    return True


def _candidate(rule: Rule, a: int, b: int, spec: Spec, fiscal_start: int) -> Candidate:
    start, end, flags = values(spec, fiscal_start)
    complete_now = start is not None and not spec.rel and not spec.anchor
    attrs: dict[str, Any] = {
        "start": start if complete_now else None,
        "end": end if complete_now else None,
        "fiscal_year": spec.fy,
        "flags": flags if complete_now else [],
        "_spec": spec,
    }
    if spec.rel:
        attrs["flags"] = ["relative"]
    return Candidate("date", a, b, rule.name, attrs, score=1.0 + rule.priority / 10)


def _lang_ok(doc: Document, rule: Rule, pos: int) -> bool:
    if not rule.gate or rule.lang is None:
        return True
    return doc.lang_at(pos) == rule.lang


def windows(trigger: re.Pattern, text: str, reach: int = WINDOW) -> list[tuple[int, int]]:
    """Stretches of text around the trigger hits, merged: the only places rules can match."""
    out: list[tuple[int, int]] = []
    for m in trigger.finditer(text):
        a, b = max(0, m.start() - reach), min(len(text), m.end() + reach)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


@register("dates")
def recognise(doc: Document) -> list[Candidate]:
    text = doc.norm
    found: list[Candidate] = []
    present = {doc.lang} | {s.lang for s in doc.segments}
    for bundle in bundles():
        spans_of = {name: windows(t, text) for name, t in bundle.triggers.items()}
        lang = bundle.lang or doc.lang
        fiscal_start = tables()[lang].get("fiscal_year_start", 4)
        for rule in bundle.rules:
            if rule.gate and rule.lang not in present:
                continue  # a rule that only counts in its own language, absent here
            spans = spans_of[rule.trigger]
            seen = -1
            for ws, we in spans:
                for m in rule.regex.finditer(text, ws, we):
                    if m.start() < seen:
                        continue
                    seen = m.end()
                    found.extend(_read(doc, rule, m, lang, fiscal_start))
    found.extend(_fiscal_list(text, found))
    found = _chronology_years(doc, found)
    named = _name_after()
    found = [c for c in found if not (c.rule.startswith("en.") and named.match(text, c.end))]
    return _numeric_ranges(text, _restated(text, _settle(doc, _day_first(_short_years_ok(text, found), text))))


def _chronology_years(doc: Document, found: list[Candidate]) -> list[Candidate]:
    """A chronology is two lines or more whose year the source writes apart from its entry (2013
    イタリア); a year glued to a name (2016大賞の…, 2020東京大会) or one such line is none."""

    def apart(c: Candidate) -> bool:
        return doc.text[doc.view.source_span(c.start, c.end)[1] :][:1] in (" ", "\t", "\u3000")

    lines = [c for c in found if c.rule == "ja.chronology_year" and apart(c)]
    keep = lines if len(lines) >= 2 else []
    return [c for c in found if c.rule != "ja.chronology_year" or any(c is k for k in keep)]


_NUMERIC_JOIN = re.compile(r"[ \t]*(?:to|until|till|through|thru|-|–|~|〜)[ \t]*")


def _numeric_ranges(text: str, found: list[Candidate]) -> list[Candidate]:
    """08/02/2011 to 19/02/2011: two whole numeric dates joined by "to" or a dash are one span
    (read each way the text reads its numeric dates), where the first comes before the second."""
    out: list[Candidate] = []
    numeric = tuple(load_json("dates.json")["numeric_range_rules"])
    k = 0
    while k < len(found):
        c = found[k]
        nxt = found[k + 1] if k + 1 < len(found) else None
        a, b = c.attrs["_spec"], nxt.attrs["_spec"] if nxt is not None else None
        if (
            nxt is not None
            and c.rule.startswith(numeric)
            and nxt.rule.startswith(numeric)
            and _NUMERIC_JOIN.fullmatch(text, c.end, nxt.start)
            and a.b is None
            and b.b is None
            and not (a.rel or b.rel)
            and None not in (a.a.y, a.a.m, a.a.d, b.a.y, b.a.m, b.a.d)
            and (a.a.y, a.a.m, a.a.d) < (b.a.y, b.a.m, b.a.d)
        ):
            spec = _copy(a)
            spec.b = replace(b.a)
            start, end, flags = values(spec)
            out.append(replace(c, end=nxt.end, rule=f"{c.rule}_range", attrs={**c.attrs, "start": start, "end": end, "flags": flags, "_spec": spec}))
            k += 2
            continue
        out.append(c)
        k += 1
    return out


_OPEN_BRACKET = frozenset("(（")
_CLOSE_BRACKETS = frozenset(")）")


def _restated(text: str, found: list[Candidate]) -> list[Candidate]:
    """今年2019年, ことし(2018年), this year (2019): a relative year that the text restates as a
    written year right after it is that one date, given once (by the written year)."""
    drop: set[int] = set()
    found = list(found)
    for k in range(len(found) - 1):
        c, nxt = found[k], found[k + 1]
        spec, written = c.attrs["_spec"], nxt.attrs["_spec"]
        if not (spec.rel and spec.rel[0] == "year" and spec.a.m is None) or written.rel or written.anchor:
            continue
        gap = text[c.end : nxt.start].strip()
        if (gap == "" or gap in _OPEN_BRACKET) and written.a.y is not None:
            drop.add(k)
            after = found[k + 2] if k + 2 < len(found) else None
            month = after.attrs["_spec"] if after is not None else None
            if (
                gap in _OPEN_BRACKET
                and month is not None
                and text[nxt.end : after.start] in _CLOSE_BRACKETS
                and month.a.y is None
                and month.a.m is not None
                and not (month.rel or month.anchor)
            ):
                # ことし(2018年)11月: the restated year is the month's; one date from ことし on
                month = _copy(month)
                _set_year(month, written.a.y)
                found[k + 2] = replace(after, start=c.start, attrs={**after.attrs, "_spec": month})
                drop.add(k + 1)
    return [c for k, c in enumerate(found) if k not in drop]


_NEXT_FY = re.compile(r"[・、,と][ \t]?([0-9]{1,2})年度")
_FY_NUMBER = re.compile(r"([0-9]{1,4}|元)年度$")
FY_LIST_SPAN = 5  # a list of fiscal years runs forward, a few years at most
_NEXT_ERA_YEAR = re.compile(r"[・、,][ \t]?([0-9]{1,2})年(?![0-9度間代生目前後半余]|ぶり|以[上下内])")
_ERA_YEAR_NUMBER = re.compile(r"([0-9]{1,2}|元)年$")
ERA_LIST_SPAN = 30  # a list of one era's years (a troupe's tours): forward, within the era


def _fiscal_list(text: str, found: list[Candidate]) -> list[Candidate]:
    """令和3年度・4年度, 2023年度、24年度: a fiscal year listed after another writes only its
    number; it is of the first one's era or century. 昭和37年、41年、45年: era years listed so
    write the era once. Each is a year of the first while the list runs forward."""
    out: list[Candidate] = []
    for c in found:
        spec = c.attrs.get("_spec")
        if spec is None or spec.b is not None or spec.a.y is None or spec.rel or spec.anchor:
            continue
        if spec.fy:
            if not c.attrs.get("start"):
                continue
            fiscal_start = int(c.attrs["start"][5:7])  # the month the text's fiscal years begin
            out.extend(_listed_years(text, c, spec, _FY_NUMBER, _NEXT_FY, FY_LIST_SPAN, fiscal_start, c.rule))
        elif spec.era and spec.a.m is None:
            # (a Western year's list writes every year in full, and a two-digit year after one
            # is read by ``_short_years_ok``)
            out.extend(_listed_years(text, c, spec, _ERA_YEAR_NUMBER, _NEXT_ERA_YEAR, ERA_LIST_SPAN, 4, "ja.era_year_list"))
    return out


def _listed_years(
    text: str, c: Candidate, spec: Spec, number: re.Pattern, next_item: re.Pattern, span: int, fiscal_start: int, rule: str
) -> list[Candidate]:
    """The years listed after candidate ``c`` by their number alone (``next_item``), each after
    the one before and within ``span`` years of it; a four-digit first year gives the century."""
    written = number.search(text, c.start, c.end)
    if not written:
        return []
    out: list[Candidate] = []
    n0 = 1 if written.group(1) == "元" else int(written.group(1))
    y0, end = spec.a.y, c.end
    while (m := next_item.match(text, end)) is not None:
        n = int(m.group(1))
        y = y0 - y0 % 100 + n if n0 >= 1000 else y0 + (n - n0)
        if not y0 < y <= y0 + span:
            break
        nxt = Spec(Part(y), fy=spec.fy, era=spec.era)
        start_iso, end_iso, flags = values(nxt, fiscal_start)
        fiscal = {"fiscal_year": True} if spec.fy else {}
        attrs = {"start": start_iso, "end": end_iso, **fiscal, "flags": flags, "_spec": nxt}
        out.append(Candidate("date", m.start(1), m.end(), rule, attrs, score=c.score))
        y0, n0, end = y, n if n0 < 1000 else y, m.end()
    return out


def _day_first(found: list[Candidate], text: str) -> list[Candidate]:
    """A text that writes one numeric date day first (16/09/2024: no 16th month) writes them
    all so: its 10/05/2024 is 10 May, not October 5 (the US reading is kept otherwise). A
    weekday written beside a date that reads both ways picks the reading it fits: Tuesday
    (11/12/2018) is 11 December."""
    us = [c for c in found if c.rule == "en.numeric_mdy"]
    mdy = {(c.start, c.end) for c in us}
    dmy = [c for c in found if c.rule == "en.numeric_dmy"]
    drop: set[int] = set()
    for d in dmy:
        for c in us:
            if c.end != d.end or c.start < d.start:
                continue
            m = _WEEKDAY_BESIDE.search(text, max(0, c.start - 16), c.start)
            wd = _weekday_of(m.group(1), "en") if m else None
            if wd is None:
                continue
            fits = [x for x in (c, d) if _weekday_fits_iso(x.attrs.get("start"), wd)]
            if len(fits) == 1:
                drop.add(id(d if fits[0] is c else c))
                mdy.discard((c.start, c.end))
    found = [c for c in found if id(c) not in drop]
    dmy = [c for c in dmy if id(c) not in drop]
    if not any((c.start, c.end) not in mdy for c in dmy):
        return found
    both = {(c.start, c.end) for c in dmy} & mdy
    return [c for c in found if not (c.rule == "en.numeric_mdy" and (c.start, c.end) in both)]


_WEEKDAY_BESIDE = re.compile(r"\b([A-Z][a-z]{2,8})\.?(?:,|[ \t]+[-–—|])?[ \t]*\(?[ \t]*$")  # Friday - 05/08/2022


def _weekday_fits_iso(iso: str | None, wd: int) -> bool:
    """A candidate's ISO day falls on weekday ``wd`` (the same check as ``_weekday_fits``)."""
    p = parse_iso(iso)
    return p is not None and p.d is not None and _weekday_fits(p, Part(d=p.d, wd=wd))


_SENTENCE_END = re.compile(r"[。.!?！？\n]")


@lru_cache(maxsize=1)
def _era_name() -> re.Pattern:
    return re.compile(_longest_first(tables()["ja"]["eras"]))


ERA_SHORT_REACH = 300  # characters before a short year in which the era it continues is written
ERA_SHORT_SPAN = 5  # how many years after (or before) that era year a short one may be


@lru_cache(maxsize=1)
def _era_year() -> re.Pattern:
    return re.compile(rf"({_era_name().pattern})(元|[0-9]{{1,2}})年")


_WESTERN_YEAR = re.compile(r"(?<![0-9０-９])[12１２][0-9０-９]{3}[ \t]*年")


def _era_short(text: str, c: Candidate) -> bool:
    """平成24年度は…。25年度は…: in a text of era years, a two-digit year a little after an era
    year written just before it is that era's year written short. Re-dates the candidate."""
    spec = c.attrs["_spec"]
    eras = tables()["ja"]["eras"]
    written = list(_era_year().finditer(text, max(0, c.start - ERA_SHORT_REACH), c.start))
    if not written or spec.a.y is None:
        return False
    m = written[-1]  # the nearest era year before
    if _WESTERN_YEAR.search(text, m.end(), c.start):
        return False  # 平成24年 … 2013年 … 25年: a Western year between takes the short one
    before = 1 if m.group(2) == "元" else int(m.group(2))
    n = spec.a.y % 100
    if not before <= n <= before + ERA_SHORT_SPAN:
        return False
    shift = eras[m.group(1)] - 1 + n - spec.a.y
    for p in (spec.a, spec.b):
        if p is not None and p.y is not None:
            p.y += shift
    start, end, flags = values(spec, tables()["ja"].get("fiscal_year_start", 4))
    c.attrs.update(start=start, end=end, flags=flags)
    return True


_PARTICLE_BEFORE = re.compile(r"[ぁ-ゖ、。,「」『』()・\s]")


def _short_years_ok(text: str, found: list[Candidate]) -> list[Candidate]:
    """Two-digit years (22年4月, 08年度) are the trade press's Western years: kept only where
    the text writes its other years as four-digit Western years (or no other year at all, and
    no era name anywhere) and none in an era, and no era name stands in the same sentence
    (there 22年 may be an era year written short)."""
    # (’91年: an apostrophe clips a Western year, never an era's)
    short = [
        c for c in found
        if c.attrs.get("_spec") is not None and c.attrs["_spec"].short_year and text[c.start] not in "’'‘"
    ]
    if not short:
        return found
    specs = [c.attrs["_spec"] for c in found if c.attrs.get("_spec") is not None and not c.attrs["_spec"].short_year]
    western = any(s.a.y is not None and not s.era and not s.rel for s in specs)
    # a text that writes every year short (国交省は…20年2月に創設) has no year of its own to
    # compare with: with no era name anywhere in it, its two-digit years are Western too
    yearless = not any(s.a.y is not None and not s.rel for s in specs) and not _era_name().search(text)
    if any(s.era for s in specs) or not (western or yearless):
        gone = {id(c) for c in short if not _era_short(text, c)}
        return [c for c in found if id(c) not in gone]
    if not western:  # after a particle or a mark, not a noun: 天武天皇12年 is a reign's year
        gone = {id(c) for c in short if c.start and not _PARTICLE_BEFORE.match(text, c.start - 1)}
        for c in short:
            c.attrs["_yearless_short"] = True  # weighed against the document date (complete)
        return [c for c in found if id(c) not in gone]
    drop = []
    for c in short:
        a = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, c.start - 200), c.start)), default=max(0, c.start - 200))
        e = _SENTENCE_END.search(text, c.end)
        if _era_name().search(text, a, e.start() if e else len(text)):
            drop.append(id(c))
    return [c for c in found if id(c) not in drop]


def _read(doc: Document, rule: Rule, m: re.Match, lang: str, fiscal_start: int) -> list[Candidate]:
    text = doc.norm
    a, b = m.span(rule.span) if rule.span else m.span()
    if a == b or not _context_ok(rule, text, a, b) or not _lang_ok(doc, rule, a):
        return []
    if rule.head is not None and a >= rule.head:
        return []
    if rule.parse == "years":
        return [_candidate(rule, ya, yb, spec, fiscal_start) for ya, yb, spec in read_years(m, rule, lang)]
    spec = read_date(m, rule, rule.lang or doc.lang_at(a))
    if spec is None:
        return []
    pair = _split_pair(rule, m, spec, text) or _split_list(rule, m, spec, text)
    if pair:
        return [_candidate(rule, pa, pb, part, fiscal_start) for pa, pb, part in pair]
    return [_candidate(rule, a, b, spec, fiscal_start)]


_ORDINAL = re.compile(r"(?:st|nd|rd|th)")


def _between(m: re.Match) -> tuple[int, int] | None:
    """Where a range's first end stops and its second starts (its ``_a`` and ``_b`` groups)."""
    ends_a = [m.end(g) for g in m.re.groupindex if g.endswith("_a") and m.start(g) >= 0]
    starts_b = [m.start(g) for g in m.re.groupindex if g.endswith("_b") and m.start(g) >= 0]
    if not ends_a or not starts_b:
        return None
    return max(ends_a), min(starts_b)


def _split_pair(rule: Rule, m: re.Match, spec: Spec, text: str) -> list[tuple[int, int, Spec]]:
    """Two complete dates joined by a list word are two dates, not a range.

    ``on Saturday, August 8 and Monday, August 10`` names two days; ``between July 1 and
    August 31`` (the rule's ``keep_before``) and ``22, 24 and 29 July`` (the first end gives
    only a day) stay one range. Each end must write its own month and its day or year, or
    neither a day nor a year (``in May and June``: two months); a year written once at the end
    serves both (``8 August and 10 August 2009``).
    """
    if rule.split is None or spec.b is None:
        return []
    # in May and June: two months, when neither writes a day or a year (April and May of 2010
    # share the year as one span)
    months = not any(_has(m, rule, f, side) for side in SIDES for f in ("day", "year"))
    for side in SIDES:
        if not (_has(m, rule, "month", side) and (months or _has(m, rule, "day", side) or _has(m, rule, "year", side))):
            return []
    if (ends := _between(m)) is None:
        return []
    a_end, b_start = ends
    if not rule.split.search(text[a_end:b_start]):
        return []
    if _next_day(spec.a, spec.b):
        return []  # April 30 and May 1, 2019: two days that follow each other are one span
    start = m.start("span") if "span" in m.re.groupindex and m.start("span") >= 0 else m.start()
    if rule.keep_before and rule.keep_before.search(text[max(0, start - CONTEXT) : start]):
        return []
    suffix = _ORDINAL.match(text, a_end)
    if suffix:
        a_end = suffix.end()
    return [
        (start, a_end, Spec(a=replace(spec.a), flags=list(spec.flags))),
        (b_start, m.end(), Spec(a=replace(spec.b), flags=list(spec.flags))),
    ]


_LIST_MARK = re.compile(r"日?(?:[(（][^)）\n]{1,4}[)）]|[)）])?(?:[・、,と]|[ \t]?[/／][ \t]?|[ \t]+(?:and|&)[ \t]+)")
_LIST_MARKS = "・、,と/／ \t"


_REST_OF_BRACKET = re.compile(r"[^()（）\n]{1,3}[)）]")
_RANGE_TAIL = re.compile(r"(?<=[・、,と/／ \t])(?P<day>3[01]|[12][0-9]|0?[1-9])日?(?:[(（][^)）\n]{1,4}[)）])?[ \t]?[~〜～\-–][ \t]?$")
_LISTED_DAY = re.compile(r"(?:3[01]|[12][0-9]|0?[1-9])(?=日?(?:[(（][^)）\n]{1,4}[)）])?(?:[・、,と]|[ \t]?[/／]|$))")


def _split_days(m: re.Match, spec: Spec, text: str, a_end: int, b_start: int) -> list[tuple[int, int, Spec]]:
    """8月10日、11日、24日、25日、31日: days listed under one month are one span only when each
    follows the one before; otherwise each day is a date of its own."""
    # 1日(木)、2日(金)、21日(水)~23日(金): the last item may be a span of its own
    tail = _RANGE_TAIL.search(text, a_end, b_start)
    last_start = tail.start() if tail else b_start
    inner = list(_LISTED_DAY.finditer(text[a_end:last_start]))
    days = [spec.a.d, *(int(x.group()) for x in inner), int(tail.group("day")) if tail else spec.b.d]
    if tail and spec.b.d <= days[-1]:
        return []
    if any(later <= earlier for earlier, later in zip(days, days[1:], strict=False)):
        return []  # not a list of days in order
    if all(later == earlier + 1 for earlier, later in zip(days, days[1:], strict=False)):
        return []  # 8・9・10日: one span
    out = []
    spans = [(m.start(), a_end)] + [(a_end + x.start(), a_end + x.end()) for x in inner] + [(last_start, m.end())]
    for k, ((a, b), d) in enumerate(zip(spans, days, strict=True)):
        if k == len(spans) - 1:
            part = replace(spec.b, y=spec.a.y, m=spec.a.m)  # the last day: the match's own end
            if tail:
                first = replace(spec.a, d=d, wd=None)
                out.append((a, b, Spec(a=first, b=part, flags=list(spec.flags), anchor=spec.anchor, anchor_offset=spec.anchor_offset)))
                continue
        else:
            if (mark := _LIST_MARK.match(text, b)) is not None:
                b += len(mark.group().rstrip(_LIST_MARKS))  # 11日(日): the day's 日 and weekday
            part = replace(spec.a, d=d, wd=spec.a.wd if k == 0 else None)
        out.append((a, b, Spec(a=part, flags=list(spec.flags), anchor=spec.anchor, anchor_offset=spec.anchor_offset)))
    return out


def _next_day(a: Part, b: Part) -> bool:
    """Whether b is the day after a, across a month's end (a takes b's year if it writes none)."""
    y = b.y if a.y is None else a.y
    if None in (y, a.m, a.d, b.y, b.m, b.d):
        return False
    try:
        return dt.date(b.y, b.m, b.d) - dt.date(y, a.m, a.d) == dt.timedelta(days=1)
    except ValueError:
        return False


def _split_list(rule: Rule, m: re.Match, spec: Spec, text: str) -> list[tuple[int, int, Spec]]:
    """Two days joined by a list mark are one span when they follow each other (10月8・9日,
    26日、27日: the golds 27 to 3; April 22 and 23: 31 to 0) and two dates when they do not
    (9日、16日: 5 to 0; June 4 and 18: 3 to 0)."""
    if not rule.list_split or spec.b is None or spec.a.d is None or spec.b.d is None:
        return []
    if spec.b.m not in (None, spec.a.m) or spec.b.d == spec.a.d + 1:
        return []
    if rule.keep_before and rule.keep_before.search(text[max(0, m.start() - CONTEXT) : m.start()]):
        return []  # between June 12 and 18: the two ends of one span
    if (ends := _between(m)) is None:
        return []
    a_end, b_start = ends
    head = text[m.start() : a_end]
    if max(head.rfind("("), head.rfind("（")) > max(head.rfind(")"), head.rfind("）")) and (
        closing := _REST_OF_BRACKET.match(text, a_end)
    ):
        a_end = closing.end()  # (木曜日): the weekday group ends at its first character
    mark = _LIST_MARK.match(text, a_end)
    if mark is not None and mark.end() != b_start:
        return _split_days(m, spec, text, a_end, b_start)  # days listed between
    if mark is None:
        return []  # a range mark (~, から)
    first = a_end if mark.group().strip() in ("and", "&") else a_end + len(mark.group().rstrip(_LIST_MARKS))
    b = replace(spec.b)
    b.y, b.m = spec.a.y, spec.a.m
    return [
        (m.start(), first, Spec(a=replace(spec.a), flags=list(spec.flags), anchor=spec.anchor, anchor_offset=spec.anchor_offset)),
        (b_start, m.end(), Spec(a=b, flags=list(spec.flags), anchor=spec.anchor, anchor_offset=spec.anchor_offset)),
    ]


def _settle(doc: Document, cands: list[Candidate]) -> list[Candidate]:
    """Of overlapping date matches keep the longest, then the higher-priority rule, then the
    rule of the language written there (12/03/26 in a Japanese text is 2012-03-26)."""
    order = sorted(
        cands,
        key=lambda c: (-(c.end - c.start), -c.score, c.rule.split(".")[0] != doc.lang_at(c.start), c.start, c.rule),
    )
    kept: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for c in order:
        if any(c.start < e and s < c.end for s, e in taken):
            continue
        kept.append(c)
        taken.append((c.start, c.end))
    return sorted(kept, key=lambda c: (c.start, c.end))


# --- complete --------------------------------------------------------------------------------


def parse_iso(value: str | None) -> Part | None:
    """``2025``, ``2025-11`` or ``2025-11-27`` as a Part."""
    if not value:
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
    if not m:
        return None
    y, mo, d = m.groups()
    return Part(int(y), int(mo) if mo else None, int(d) if d else None)


def _shift_month(y: int, m: int, off: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + off
    return k // 12, k % 12 + 1


def resolve_relative(spec: Spec, ref: Part | None, fiscal_start: int) -> bool:
    """Fill a relative spec (来年, this year, 次年度, today, last June) from the reference date.

    Offsets count whole units from the reference: last month in a May document is April,
    昨年度 in May 2015 is FY2014, 来年度 in February 2016 is FY2016. A month name with a
    relative word (``named``) is the latest such month before the reference month (-1: last
    June, this past June), the first after it (+1: next March), or the one in its year (0).
    """
    if ref is None or ref.y is None or spec.rel is None:
        return False
    unit, off = spec.rel
    a = spec.a
    if unit == "year":
        a.y = ref.y + off
    elif unit == "fy":
        if ref.m is None:
            base = ref.y
        else:
            base = ref.y if ref.m >= fiscal_start else ref.y - 1
        a.y = base + off
        spec.fy = True
    elif unit == "month":
        if ref.m is None:
            return False
        a.y, a.m = _shift_month(ref.y, ref.m, off)
    elif unit == "named":
        if a.m is None or (off and ref.m is None):
            return False
        if off < 0:
            a.y = ref.y if a.m < ref.m else ref.y - 1
        elif off > 0:
            a.y = ref.y if a.m > ref.m else ref.y + 1
        else:
            a.y = ref.y
    elif unit == "weekday":  # a news weekday: nearest such day before/after the dateline
        if ref.m is None or ref.d is None or a.wd is None:
            return False
        base = dt.date(ref.y, ref.m, ref.d)
        gap = (base.weekday() - a.wd) % 7 if off < 0 else (a.wd - base.weekday()) % 7
        if abs(off) == 2 and gap == 0:
            gap = 7  # "last Friday" written on a Friday is a week before
        day = base + dt.timedelta(days=-gap if off < 0 else gap)
        a.y, a.m, a.d, a.wd = day.year, day.month, day.day, None
    elif unit == "day":
        if ref.m is None or ref.d is None:
            return False
        day = dt.date(ref.y, ref.m, ref.d) + dt.timedelta(days=off)
        a.y, a.m, a.d = day.year, day.month, day.day
    if spec.b is not None:
        fill_range(spec)
    return _valid(a)


@dataclass(frozen=True)
class YearMark:
    """An explicit year written in the text, as context for dates that leave it out."""

    start: int
    first: int  # the year a date after it refers back to
    last: int
    fy: bool  # a fiscal year: its January-March fall in the next calendar year
    history: bool = False  # 1994年に創設され, founded in 1994: an event's year, no context


def _year_marks(candidates: list[Candidate], text: str) -> list[YearMark]:
    """Every date whose year is written (a full date, a month, a year, a fiscal year), in order.
    A year in a run of years side by side (a page's tab bar: 2019年度2020年度2021年度) is
    navigation, and like a year told as history or a page's last-update date no context for
    the dates around it."""
    dated = sorted(
        (c for c in candidates if (s := c.attrs.get("_spec")) is not None and not (s.rel or s.anchor) and s.a.y is not None),
        key=lambda c: c.start,
    )
    tabs: set[int] = set()
    run = dated[:1]
    for c in [*dated[1:], None]:
        if c is not None and not text[run[-1].end : c.start].strip(" \t|/・"):
            run.append(c)
            continue
        if len(run) >= TAB_BAR:
            tabs.update(x.start for x in run)
        run = [c] if c is not None else []
    marks: list[YearMark] = []
    for c in dated:
        spec = c.attrs["_spec"]
        last = spec.b.y if spec.b is not None and spec.b.y is not None else spec.a.y
        edited = UPDATE_LINE.search(text, text.rfind("\n", 0, c.start) + 1, c.start) is not None
        marks.append(YearMark(c.start, spec.a.y, last, spec.fy, c.start in tabs or edited or is_history(c, text)))
    return marks


TAB_BAR = 3  # years side by side that make a page's navigation, not a text's context
# 更新日:2016年9月20日, Last updated: a web page's last edit, not when its text was written
UPDATE_LINE = re.compile(r"(?:最終)?更新(?:日|日時)?\s*[:：]?\s*$|(?i:last\s+(?:updated|modified)|updated(?:\s+on)?)\s*[:：]?\s*$")


@lru_cache(maxsize=1)
def _history_cues() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    ja, en = tables()["ja"], tables()["en"]
    return re.compile(ja["history_after"]), re.compile(en["history_before"]), re.compile(en["history_after"])


def is_history(c: Candidate, text: str) -> bool:
    """Whether a written date is told as history or as a goal: a founding or an agreement in
    it (1994年に創設され, founded in 1994), a target year (by 2030, the 2030 target), which
    dates that event and nothing around it."""
    after, before, en_after = _history_cues()
    if c.rule.startswith("en."):
        return before.search(text, max(0, c.start - 60), c.start) is not None or en_after.match(text[c.end : c.end + 40]) is not None
    return after.match(text[c.end : c.end + 60]) is not None


@lru_cache(maxsize=1)
def _year_evidence() -> re.Pattern:
    return re.compile(load_json("dates.json")["year_evidence"])


@lru_cache(maxsize=1)
def _plan_names() -> tuple[re.Pattern, re.Pattern]:
    """Words that make a year the name of a plan or an agenda (Agenda 2063, the 2030 Agenda)."""
    words = load_json("dates.json")["plan_words"]
    alt = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?:{alt})[ \t]+$"), re.compile(rf"[ \t]+(?:{alt})\b")


def _weak_marks(text: str) -> list[YearMark]:
    """Year-like numbers (Expo 2015, ASCC2025, © 2015): context for dates without a year
    only in a text where no date writes its year."""
    after, before, en_after = _history_cues()
    plan_before, plan_after = _plan_names()
    return [
        YearMark(
            m.start(1),
            int(m.group(1)),
            int(m.group(1)),
            False,
            en_after.match(text[m.end(1) : m.end(1) + 40]) is not None  # the EU 2030 target: a goal
            or before.search(text, max(0, m.start(1) - 60), m.start(1)) is not None
            or plan_before.search(text, max(0, m.start(1) - 20), m.start(1)) is not None  # Agenda 2063
            or plan_after.match(text, m.end(1)) is not None,  # the 2030 Agenda
        )
        for m in _year_evidence().finditer(text)
    ]


_OWN_ANNIVERSARY = re.compile(r"[^\n。]{1,12}?年の(?:(?!から|以来)[^。\n]){0,30}$")
@lru_cache(maxsize=1)
def _goal_after() -> re.Pattern:
    """Words after a year that make it a goal's (2015年の…に向け, by 2030), in either language."""
    words = [w for lang in ("ja", "en") for w in tables()[lang]["goal_words"]]
    return re.compile(rf"[^。\n]{{0,50}}?(?:{'|'.join(words)})")


ANNIVERSARY_REACH = 400  # characters before an anniversary in which its event's year is sought
ANNIVERSARY_CLAUSE = 20  # characters from a relative year to the anniversary it dates
_CLAUSE_END = re.compile(r"[。．！？!?\n]|\.\s")


def _anniversary_marks(text: str, marks: list[YearMark], candidates: list[Candidate]) -> list[YearMark]:
    """提携50周年, the 50th anniversary: with the counted event's year written before it (1974年に
    締結, twinned in 1974), the year the text speaks in. The event's year is the nearest year
    told as history before the anniversary (a year written otherwise may be the text's own:
    平成21年度の訪問団 … 本年は提携30周年). A relative year that the anniversary's clause
    opens with dates the anniversary, not the text: 昨年は提携30周年 speaks a year later."""
    relative = [
        (c.end, s.rel[1])
        for c in candidates
        if (s := c.attrs.get("_spec")) is not None and s.rel is not None and s.rel[0] == "year" and s.rel[1]
    ]
    out: list[YearMark] = []
    for lang in ("ja", "en"):
        for m in re.finditer(tables()[lang]["anniversary"], text):
            event = [
                k
                for k in marks
                if k.history
                and m.start() - ANNIVERSARY_REACH <= k.start < m.start()
                and _founding(text, k.start)
                and not _OWN_ANNIVERSARY.match(text, k.start, m.start())  # 2015年の創基200周年: that year's
                and not _goal_after().match(text, k.start)  # a goal's year (…に向け) counts no anniversary
            ]
            named = _founding_words()[0].search(text, max(0, m.start() - 12), m.start())
            kind = m.groupdict().get("kind")
            if not event and kind:
                # 50 years of twinning between Dundas and Kaga … officially twinned in July 1968:
                # the bond the count names, told further on
                event = [
                    k
                    for k in marks
                    if k.history and m.end() <= k.start < m.end() + 2 * ANNIVERSARY_REACH and _founding(text, k.start)
                ][:1]
            if not event and named:
                # 提携50周年を記念して… 昭和50年に提携を締結し: the same event told right after, in
                # the same paragraph (not 設立から50周年 … 平成22年に提携: another event's year)
                para_end = text.find("\n\n", m.end())
                para_end = len(text) if para_end < 0 else para_end
                event = [
                    k
                    for k in marks
                    if k.history
                    and m.end() <= k.start < min(para_end, m.end() + ANNIVERSARY_REACH // 2)
                    and _founding(text, k.start, named.group())
                ][:1]
            if event:
                year = event[-1].first + int(m.group("n"))
                year -= next(
                    (off for end, off in relative if 0 <= m.start() - end <= ANNIVERSARY_CLAUSE
                     and not _CLAUSE_END.search(text, end, m.start())),
                    0,
                )
                out.append(YearMark(m.start(), year, year, False))
    return out


@lru_cache(maxsize=1)
def _founding_words() -> tuple[re.Pattern, re.Pattern]:
    words = [w for lang in ("ja", "en") for w in tables()[lang].get("anniversary_events", [])]
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    anniversaries = "|".join(
        "(?:" + tables()[lang]["anniversary"].replace("(?P<n>", "(?:") + ")" for lang in ("ja", "en")
    )
    return re.compile(rf"(?:{alt})"), re.compile(rf".{{0,6}}?(?:{anniversaries})")


def _founding(text: str, pos: int, word: str | None = None) -> bool:
    """The year at pos is told with its founding event in its sentence (1974年に提携を締結,
    twinned in 1974), not a year of something else (平成28年5月17日~…派遣しました); a founding
    word that names an anniversary (姉妹都市締結45周年) tells no event."""
    words, anniversary = _founding_words()
    a = max(text.rfind("。", 0, pos), text.rfind("\n", 0, pos), text.rfind(". ", 0, pos), pos - 60) + 1
    ends = [e for e in (text.find("。", pos), text.find("\n", pos), text.find(". ", pos)) if e >= 0]
    b = min([*ends, pos + 80])
    return any(
        not anniversary.match(text, w.end()) and word in (None, w.group()) for w in words.finditer(text, a, b)
    )


def _nearest_anniversary(marks: list[YearMark], pos: int) -> int | None:
    """The anniversary year nearest a relative year (ことし25周年, 今年は提携50周年)."""
    return min(marks, key=lambda k: abs(k.start - pos)).first if marks else None


NEWS_AHEAD = 10  # days after a news item's date that a day alone may still be of its month


def _news_lead_day(text: str, c: Candidate) -> bool:
    """A day alone opening a sentence before a comma (11日、同市によると), or right after its
    clause's subject and a comma (事務総長は、23、24日に): news style."""
    if c.rule not in ("ja.bare_day", "ja.bare_day_pair"):
        return False
    before = text[max(0, c.start - 2) : c.start]
    return (
        (c.start == 0 or text[c.start - 1] in "。\n") and text[c.end : c.end + 1] in ("、", "，", ",")
    ) or before in ("は、", "が、", "は,", "が,")  # (official style writes a comma for 、)


def _news_day(text: str, c: Candidate) -> bool:
    """A day alone right after its clause's subject (李副会長は23日、, サミットが2日午前): news style
    for a day of the item's own month."""
    return c.rule == "ja.bare_day" and c.start > 0 and text[c.start - 1] in tables()["ja"]["news_day_after"]


_YEAR_CELL = re.compile(r"((?:1[89]|20)[0-9]{2})年?(?:度)?")


def _row_year(text: str, c: Candidate) -> int | None:
    """The year a table row writes in a cell of its own (| 2008 | 8/19〜8/28 | バンドン |), when
    it writes one year only."""
    ls = text.rfind("\n", 0, c.start) + 1
    le = text.find("\n", c.end)
    line = text[ls : le if le >= 0 else len(text)].strip()
    if not line.startswith("|"):
        return None
    years = {int(m.group(1)) for cell in line.strip("|").split("|") if (m := _YEAR_CELL.fullmatch(cell.strip()))}
    return years.pop() if len(years) == 1 else None


class Chronology(NamedTuple):
    """A chronology's year opening a line, the last month dated under it, and whether the year
    is a fiscal year (its January to March fall in the next calendar year)."""

    year: int
    month: int | None
    fiscal: bool

    def order(self, month: int, fiscal_start: int) -> int:
        """A month's place in the chronology's year: in a fiscal year, April (fiscal_start) first."""
        return (month - fiscal_start) % 12 if self.fiscal else month

    def year_of(self, month: int, fiscal_start: int) -> int:
        """The calendar year of a month under the chronology's year."""
        return self.year + (1 if self.fiscal and month < fiscal_start else 0)


def _context_years(marks: list[YearMark], pos: int, month: int | None, fiscal_start: int) -> list[int]:
    """The years a date without one may take when the document date is unknown, best first:
    that of the nearest explicit year before it in reading order (else of the first one after
    it), then the other years of the text by distance. After a fiscal year (令和7年度 …
    1月15日) a month before the fiscal start is in the next calendar year."""
    before = [k for k in marks if k.start < pos]
    after = [k for k in marks if k.start > pos]
    order = [(pos - k.start, k.last, k) for k in before] + [(k.start - pos, k.first, k) for k in after]
    if before:  # the nearest year before wins over a nearer one after
        order.sort(key=lambda t: (t[2] is not before[-1], t[0]))
    else:
        order.sort(key=lambda t: t[0])
    years: list[int] = []
    for _, year, mark in order:
        if mark.fy and month is not None and month < fiscal_start:
            year += 1
        if year not in years:
            years.append(year)
    return years


ERA_SHORT_NEAR, WESTERN_SHORT_FAR = 3, 8  # years from the document date (see _era_short_reading)


def _era_short_reading(c: Candidate, ref: Part | None) -> None:
    """27年度 in a 2012 text, 25年度 in a 2013 one: a two-digit year whose era reading (平成27年度,
    its era name left out, as offices write) lies within a few years of the document's date
    while the Western one lies a decade off is the era's year."""
    spec: Spec | None = c.attrs.get("_spec")
    if spec is None or not spec.short_year or ref is None or ref.y is None or spec.a.y is None:
        return
    if abs(spec.a.y - ref.y) < WESTERN_SHORT_FAR:
        return
    n = spec.a.y % 100
    near = [base + n for base, last in _closed_eras() if 1 <= n <= last and abs(base + n - ref.y) <= ERA_SHORT_NEAR]
    if len(near) == 1:
        shift = near[0] - spec.a.y
        spec.a.y = near[0]
        if spec.b is not None and spec.b.y is not None:
            spec.b.y += shift


def _western_reading(c: Candidate, ref: Part | None) -> bool:
    """A two-digit year in a text that writes no other year (20年2月に創設) is Western only
    where that reading lies nearer the document's date than an era reading with its era name
    left out (24年6月 in a 2012 text is 平成24年); with no document date it is not kept."""
    spec: Spec = c.attrs["_spec"]
    if ref is None or ref.y is None or spec.a.y is None:
        return False
    n = spec.a.y % 100
    eras = [base + n for base, last in _closed_eras() if 1 <= n <= last]
    return all(abs(spec.a.y - ref.y) < abs(e - ref.y) for e in eras)


@lru_cache(maxsize=1)
def _last_era_year() -> int:
    """The highest year number a closed era reached (昭和64)."""
    return max(last for _, last in _closed_eras())


@lru_cache(maxsize=1)
def _closed_eras() -> tuple[tuple[int, int], ...]:
    """(the year before its first, its number of years) of each era an initial stands for that
    has ended (Showa, Heisei), from the era table."""
    t = tables()["ja"]
    starts = sorted(t["eras"][e] for e in t["era_abbreviations"].values())
    return tuple((a - 1, b - a + 1) for a, b in pairwise(starts))


def _in_quote(text: str, pos: int) -> bool:
    """Whether pos is inside 「…」 closed on its line: quoted speech, told on another day than the
    document's (the golds date 5 relative days inside quotes and leave 20)."""
    o, c = text.rfind("「", 0, pos), text.rfind("」", 0, pos)
    if o <= c or "\n" in text[o:pos]:
        return False
    e = text.find("」", pos)
    return e >= 0 and "\n" not in text[pos:e]


def complete(doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    """Fill what a date leaves implicit from the document date (set by the resolver).

    Dates without a year take the document's year (the gold rule: the document's own date
    wins); when the document date is unknown they take the nearest explicit year written
    before them (else the first after them), flagged ``year_from_context`` — a year-like
    number (Expo 2015) serves where no date writes a year. Either way a written weekday that
    fits only the year before or after (or another year of the text) picks that year
    (``year_from_weekday``). Relative expressions (来年, this year, 次年度, last June) count
    from the document date; a bare day (※27日は) or 同月 takes month and year from the date
    before it, 同年 the year before it.

    No mention leaves with null values: a date whose value cannot be known (a relative
    expression without a document date, a date without a year in a text that writes none,
    同年 with no year before it) is dropped, because a mention without a value is noise for
    analysts and counts against precision.
    """
    ref = parse_iso(doc.metadata.date)
    # (97年10月 … 08年08月: a text that writes a year no era reaches in two digits writes them Western)
    western_short = any(
        c.attrs.get("_spec") is not None and c.attrs["_spec"].short_year and (c.attrs["_spec"].a.y or 0) % 100 > _last_era_year()
        for c in candidates
    )
    if not western_short:
        for c in candidates:
            _era_short_reading(c, ref)
    candidates = [c for c in candidates if not c.attrs.get("_yearless_short") or western_short or _western_reading(c, ref)]
    updated = doc.metadata.date_source == "update line"
    marks = (_year_marks(candidates, doc.norm) or _weak_marks(doc.norm)) if ref is None else []
    anniversaries = _anniversary_marks(doc.norm, marks, candidates) if ref is None else []
    history = [k for k in marks if k.history]
    marks = [k for k in marks if not k.history]  # a founding year is no context for the rest
    if anniversaries:
        marks = sorted(marks + anniversaries, key=lambda k: k.start)
    text_year = None  # the one year the written weekdays fit
    written: list[int] | None = None  # the years the text writes, once a weekday asks for them
    weekday_only = False  # no year but history: every yearless date takes the weekdays' year
    if ref is None:
        if marks:
            text_year = _weekday_year(candidates, marks)
        else:
            # weekdays may still point past a founding year (2019年に始まった … 7月12日(日): 2020)
            text_year = _weekday_year(candidates, history, after=True)
            if text_year is not None:
                marks, weekday_only = [YearMark(0, text_year, text_year, False)], True
    head_end = _head_end(doc.norm)  # where the title block ends
    head_month = max(dated_months(candidates, head_end), default=None) if ref is None else None
    head_year = head_month[0] if head_month else None  # the latest year the title block dates
    written_days = _written_days(candidates, doc.norm, ref)
    head_fy = _head_fiscal_year(candidates, head_end) if ref is not None else None
    # a document dated by its year alone counts its relative fiscal years from its title's
    title_fy = _head_fiscal_year(candidates, head_end, doc.norm) if ref is not None and ref.m is None else None
    out: list[Candidate] = []
    prev: Part | None = None  # the last date with a month
    prev_day: Part | None = None  # the last date with a day
    prev_end = 0  # where the last date with a month ends
    prev_from: int | None = None  # the first day of the range that ``prev`` ends
    prev_start: Part | None = None  # the start of that range, when it is in the month before
    timeline: Chronology | None = None  # a chronology's year opening a line (see Chronology)
    prev_year: int | None = None  # the last year written or resolved
    topic: tuple[int, int] | None = None  # a year the sentence is about (2015年は、), and where it ends
    for c in sorted(candidates, key=lambda c: (c.start, c.end)):
        spec: Spec | None = c.attrs.get("_spec")
        if spec is None:
            out.append(c)
            continue
        lang = "en" if c.rule.startswith("en.") else "ja"
        fiscal_start = tables()[lang].get("fiscal_year_start", 4)
        spec = _copy(spec)
        written_year = spec.a.y is not None and not spec.rel and not spec.anchor
        flags: list[str] = []
        in_range = False
        kept: Chronology | None = None  # the chronology a month was dated by
        if spec.rel:
            if ref is None and spec.rel[0] == "year" and (
                year := text_year or _nearest_anniversary(anniversaries, c.start) or head_year
            ):
                # 本年5月22日 in a text without a date line: the year its weekdays fit, or the
                # latest its title block dates (日程 平成19年10月16日〜: what the text reports)
                resolve_relative(spec, Part(year), fiscal_start)
                flags.append("year_from_context")
            elif ref is None and spec.rel[0] == "fy" and head_month is not None:
                # 今年度の視察 under 韓国視察 令和6年2月: the fiscal year of the month its title
                # block dates
                resolve_relative(spec, Part(*head_month), fiscal_start)
                flags.append("year_from_context")
            elif spec.rel[0] == "fy" and title_fy is not None:
                # 昨年度 in a report titled (2019年度) and dated by its year alone: counted from
                # the fiscal year the report is about, not from the calendar year
                resolve_relative(spec, Part(title_fy, fiscal_start), fiscal_start)
                flags.append("year_from_context")
            elif spec.rel[0] == "day" and _in_quote(doc.norm, c.start):
                continue  # 「今日は…」, 「明日から1週間」: the speaker's day, not the document's
            elif spec.rel[0] == "day" and lang == "ja" and _DATE_WRITTEN_AFTER.match(doc.norm, c.end):
                continue  # 本日4月22日, 昨日23日と今日24日: the date written after the word is the mention
            elif not resolve_relative(spec, ref, fiscal_start):
                continue  # no document date to count from: no value to give
            flags.append("relative")
        elif spec.anchor:
            if spec.a.m is None:  # 同月15日, ※27日: month and year from the date before
                if ref is not None and ref.d is not None and (
                    ((prev is None or prev.y is None) and _news_day(doc.norm, c))
                    or (prev is not None and prev.d is None and _news_lead_day(doc.norm, c))
                ):
                    # 李副会長は23日、南昌市で: a news item's day is the latest such day by its date;
                    # so is a day opening a sentence (今年9月に開かれる…。11日、同市によると): a month
                    # told before without a day is no anchor for it
                    # (a day a few days after the date is this month's: 20日付 … 23、24日に訪問)
                    near = spec.a.d <= ref.d or spec.a.d - ref.d <= NEWS_AHEAD
                    y, m = (ref.y, ref.m) if near else _shift_month(ref.y, ref.m, -1)
                    prev = Part(y, m)
                if prev is None or prev.y is None:
                    continue
                base = prev
                after_day = doc.norm[c.start - 1 : c.start] == "翌"
                if prev_day is not None and prev_day is not prev and (
                    after_day or (spec.a.wd is not None and not _weekday_fits(prev, spec.a) and _weekday_fits(prev_day, spec.a))
                ):
                    # 12月18日(水)… 4月には… 翌19日(木): 翌 and the weekday both point past the
                    # month told in between to the last day the text dated
                    base = prev_day
                if base is prev and prev_start is not None and spec.a.d is not None and spec.a.d >= (prev_start.d or 32):
                    base = prev_start  # 3月27日-4月1日 … 初日27日, 28日: a day of the range's first month
                    in_range = True  # (and the range stays the anchor for the days after: 最終日1日)
                spec.a.m, spec.a.y = base.m, base.y
                inside = base is prev and prev_from is not None and spec.a.d is not None and spec.a.d >= prev_from
                if after_day and base.d is not None and spec.a.d is not None and spec.a.d < base.d and not inside:
                    spec.a.y, spec.a.m = _shift_month(base.y, base.m, 1)  # 31日… 翌1日
                fill_range(spec)  # 翌10日から12日: the end takes them from the start
            elif spec.a.y is None:  # 同年10月: the year before
                if prev_year is None:
                    continue
                spec.a.y = prev_year + spec.anchor_offset
            if not _valid(spec.a):
                continue
        elif spec.a.y is None:
            at_line = _line_start(doc, c)
            row_year = _row_year(doc.norm, c)
            if topic is not None and c.start < topic[1] and (
                spec.a.wd is None or spec.a.d is None or _weekday_fits(Part(topic[0], spec.a.m), spec.a)
            ):
                # 2015年は、9月に…講演、同年11月には…: the months of a sentence about a year
                _set_year(spec, topic[0])
                flags.append("year_from_topic")
            elif row_year is not None and (spec.a.wd is None or spec.a.d is None or _weekday_fits(Part(row_year, spec.a.m), spec.a)):
                # | 1 | 2007 | 11/30〜12/9 | チェンマイ |: a table row's days are of the year in its own cell
                _set_year(spec, row_year)
                flags.append("year_from_context")
            elif (
                at_line
                and timeline is not None
                and spec.a.m is not None
                and (timeline.month is None or timeline.order(spec.a.m, fiscal_start) >= timeline.order(timeline.month, fiscal_start))
                # (a written weekday that the chronology's year does not fit says otherwise)
                and (spec.a.wd is None or spec.a.d is None or _weekday_fits(Part(timeline.year_of(spec.a.m, fiscal_start), spec.a.m), spec.a))
            ):
                # 昭和10年⏎(1935年)⏎1月 …⏎4月 …: a chronology's months, each opening a line under
                # the year that opened the lines before them, are of that year (under a fiscal
                # year, H19年度⏎3月, its January to March are of the next calendar year)
                _set_year(spec, timeline.year_of(spec.a.m, fiscal_start))
                flags.append("year_from_context")
                timeline = timeline._replace(month=spec.a.m)
                kept = timeline
            elif (
                (y := written_days.get((spec.a.m, spec.a.d))) is not None
                and spec.a.d is not None
                and spec.b is None
                and (spec.a.wd is None or _weekday_fits(Part(y, spec.a.m), spec.a))  # (Sunday, July 7 is no 1944's)
            ):
                # 平成28(2016)年10月9日(日)~16日(日) … 10月9日から8日間: the day the text dated
                # in full, restated without its year
                _set_year(spec, y)
                flags.append("year_from_context")
            elif (
                ref is not None
                and (fy := _report_year(head_fy, ref, spec, fiscal_start)) is not None
                and not _planned(doc.norm, c.end, lang)
            ):
                # 令和4年度 国際交流員の活動報告, dated March 2023: its 7月 is July 2022
                flags += _implicit_year(spec, fy) + ["year_from_context"]
            elif (
                ref is not None
                and prev is not None
                and prev.y not in (None, ref.y)
                and spec.a.m is not None
                and prev.m is not None
                and prev.m <= spec.a.m
                and c.start - prev_end <= LIST_GAP
                and not _CLAUSE_END.search(doc.norm, prev_end, c.start)
            ):
                # 来年5月にはIPCC、9月にはICOM、12月には…: months listed after a dated one in its
                # sentence run on in that year
                flags += _implicit_year(spec, prev.y) + ["year_from_context"]
            elif ref is not None:
                flags += _implicit_year(spec, ref.y, back=UPDATE_BACK if updated else 0)
                if _weekdays_agree(spec) is False:
                    # 2014年11月14日(月) on a page whose 11月5日(土) is of its ITF2016: a written
                    # weekday no year near the page's fits takes a year the text writes
                    if written is None:
                        written = sorted({k.last for k in _year_marks(candidates, doc.norm) + _weak_marks(doc.norm) if not k.history})
                    flags += _implicit_year(spec, ref.y, written)
            else:
                years = _context_years(marks, c.start, spec.a.m, fiscal_start)
                if not years:
                    continue  # no year anywhere in the text
                if text_year is not None and (weekday_only or text_year != years[0]):
                    _set_year(spec, text_year)
                    flags += ["year_from_context", "year_from_weekday"]
                else:
                    flags += ["year_from_context", *_implicit_year(spec, years[0], years[1:])]
        start, end, vflags = values(spec, fiscal_start)
        if start is None or not _valid(spec.a):
            continue
        if "weekday_mismatch" in vflags and _rule(c.rule).must_fit:
            continue
        flags = sorted(set(flags + vflags))
        p = spec.b or spec.a
        if p.y is not None:
            prev_year = p.y
            if spec.a.m is None and spec.b is None and not spec.fy and (cue := _cue(lang, "topic_after")) is not None:
                if cue.match(doc.norm, c.end):
                    stop = _CLAUSE_END.search(doc.norm, c.end)
                    topic = (p.y, stop.start() if stop else len(doc.norm))
            if kept is not None:
                timeline = kept  # (a month the chronology dated carries its year and kind on)
            elif not spec.rel and _line_start(doc, c) and (
                timeline is not None
                or (spec.a.m is None and _alone_on_line(doc, c))
                or (written_year and spec.a.m is not None and spec.b is None and not _alone_on_line(doc, c))
            ):
                # (a year alone on its line opens a chronology: 昭和10年, (1935年); its months
                # carry it on; 1992年にマニラで創刊した opens none. So does a year and month
                # opening an entry's line (1963(昭和38) 1月 協会設立⏎7月 …): the lines of a
                # 沿革 that open with a month alone are of that year)
                timeline = Chronology(p.y, p.m, bool(spec.fy) and p.m is None)
            else:
                timeline = None  # (a year told in running text or a relative one opens no chronology)
        if p.m is not None and not in_range:
            prev, prev_end = Part(p.y, p.m, p.d), c.end
            # (12月9日から13日 … 翌10日: a day inside the range before is of the range's month)
            prev_from = spec.a.d if spec.b is not None and spec.a.m == p.m and spec.a.y == p.y else None
            prev_start = (
                Part(spec.a.y, spec.a.m, spec.a.d)
                if spec.b is not None and spec.a.m is not None and spec.a.d is not None and (spec.a.m, spec.a.y) != (p.m, p.y)
                else None
            )
            if p.d is not None:
                prev_day = prev
        out.append(replace(c, attrs={**c.attrs, "start": start, "end": end, "flags": flags}))
    return out


_DATE_WRITTEN_AFTER = re.compile(r"[0-9０-９一二三四五六七八九十]+[月日]")
LIST_GAP = 25  # characters between the dated month and the next in a list of months
_LINE_LEAD = re.compile(r"[ \t\u3000•・●■◆\-*(（\[【]*\Z")  # what may open a line before its date
_LINE_REST = re.compile(r"[ \t\u3000)）\]】:：.。、,]*\Z")  # what may close a line after its year


def _source_line(doc: Document, start: int, end: int) -> tuple[str, int, int]:
    """The source text and the span a view span covers there: line breaks are read in the
    source, as the view may have joined a Japanese line to the one before it."""
    if doc.view is not None and 0 <= start < end <= len(doc.view.starts):
        return doc.text, doc.view.starts[start], doc.view.ends[end - 1]
    return doc.norm, start, end


def _alone_on_line(doc: Document, c: Candidate) -> bool:
    """Whether a date is all its source line says (a chronology's year heading)."""
    text, _, end = _source_line(doc, c.start, c.end)
    line_end = text.find("\n", end)
    return bool(_LINE_REST.match(text[end : line_end if line_end >= 0 else len(text)]))


def _line_start(doc: Document, c: Candidate) -> bool:
    """Whether a date opens its source line (after bullets, brackets or spaces only)."""
    text, start, _ = _source_line(doc, c.start, c.end)
    return bool(_LINE_LEAD.match(text, text.rfind("\n", 0, start) + 1, start))


def _weekday_fits(base: Part, a: Part) -> bool:
    """A day written with its weekday falls on that weekday in ``base``'s month."""
    try:
        return dt.date(base.y, base.m, a.d).weekday() == a.wd
    except (TypeError, ValueError):
        return False


REPORT_AFTER = 3  # months after its fiscal year's end that a report on that year appears


TITLE_LINE = 40  # characters: a title's line, not prose


def _head_fiscal_year(candidates: list[Candidate], end: int, text: str | None = None) -> int | None:
    """The one fiscal year the title block names (令和4年度 活動報告), if it names just one; with
    ``text``, only a fiscal year on a short title line of its own ((2019年度), 平成24年度 「…」
    について), not one told in prose (事業を平成18年度から実施)."""
    years = set()
    for c in candidates:
        s = c.attrs.get("_spec")
        if c.start >= end or s is None or not s.fy or s.rel or s.b is not None:
            continue
        if text is not None:
            line = text[text.rfind("\n", 0, c.start) + 1 : (text.find("\n", c.end) + 1 or len(text) + 1) - 1]
            if len(line.strip()) > TITLE_LINE or "。" in line or "から" in line:
                continue
        years.add(s.a.y)
    return years.pop() if len(years) == 1 else None


def _report_year(fy: int | None, ref: Part, spec: Spec, fiscal_start: int) -> int | None:
    """The year of a yearless month in a report titled by its fiscal year and dated within
    that year or soon after it: the month's year inside the fiscal year. A text dated before
    its fiscal year opens (a plan, a budget) speaks of its own time."""
    if fy is None or spec.a.m is None or ref.m is None:
        return None
    months_in = (ref.y - fy) * 12 + ref.m - fiscal_start  # months since the fiscal year opened
    if not 0 <= months_in < 12 + REPORT_AFTER:
        return None
    return fy if spec.a.m >= fiscal_start else fy + 1


def _planned(text: str, end: int, lang: str) -> bool:
    """Whether the clause after a date tells a plan (10月中旬頃に掲載予定): a report's plans are
    for after its date, not inside the year it reports on."""
    cue = _cue(lang, "plan_cue")
    if cue is None:
        return False
    stop = _CLAUSE_END.search(text, end)
    return cue.search(text, end, stop.start() if stop else len(text)) is not None


@lru_cache(maxsize=8)
def _cue(lang: str, key: str) -> re.Pattern | None:
    """A language's context pattern from its date table (plan_cue, topic_after), compiled once;
    None where the language has none."""
    cue = tables()[lang].get(key)
    return re.compile(cue) if cue else None


def _written_days(candidates: list[Candidate], text: str, ref: Part | None = None) -> dict[tuple[int, int], int]:
    """(month, day) → year of the days the text dates in full (a range's ends included), when
    each such day has one year in the text; not a founding day (an anniversary falls on it).
    A day dated by a relative year (来年1月16日から19日) counts from the document's date."""
    seen: dict[tuple[int, int], set[int]] = {}
    for c in candidates:
        spec: Spec | None = c.attrs.get("_spec")
        if spec is None or spec.anchor:
            continue
        if is_history(c, text) and not (spec.b is not None and text.startswith("まで", c.end)):
            continue  # (1月16日から19日まで: a range's close, no goal)
        year = spec.a.y
        if spec.rel:
            rel_year = spec.rel[0] == "year" and spec.a.m is not None and ref is not None and ref.y is not None
            year = ref.y + spec.rel[1] if rel_year else None
        if year is None:
            continue
        for p in (spec.a, spec.b):
            if p is not None and p.d is not None:
                seen.setdefault((p.m or spec.a.m, p.d), set()).add(p.y or year)
    return {k: next(iter(ys)) for k, ys in seen.items() if len(ys) == 1}


HEAD_LINES = 3  # a text's title block: its first non-empty lines
UPDATE_BACK = 6  # years before a page's last update in which a written weekday may fall


def _head_end(text: str) -> int:
    """Where the text's first HEAD_LINES non-empty lines end."""
    pos = seen = 0
    for line in text.split("\n"):
        pos += len(line) + 1
        seen += bool(line.strip())
        if seen >= HEAD_LINES:
            break
    return pos


def dated_years(candidates: list[Candidate], end: int) -> list[int]:
    """Years written with a month before ``end``, ranges too (a year alone may be a goal:
    2050年までに; a fiscal or relative year is no written date)."""
    return [y for y, _ in dated_months(candidates, end)]


def dated_months(candidates: list[Candidate], end: int) -> list[tuple[int, int]]:
    """(year, month) of the dates written with a month before ``end``."""
    return [
        (p.y, p.m)
        for c in candidates
        if c.start < end and (s := c.attrs.get("_spec")) is not None and not (s.rel or s.anchor or s.fy)
        for p in (s.a, s.b)
        if p is not None and p.y is not None and p.m is not None
    ]


WEEKDAY_SEARCH = 6  # years after the latest written year a weekday may point to


def _weekday_year(candidates: list[Candidate], marks: list[YearMark], after: bool = False) -> int | None:
    """The one year that the written weekdays of a dateless text's yearless dates all fit.

    A text without a date line that writes 6月18日(火) and 6月17日(月) speaks of one coming
    or recent week; the years it writes may be history (1992年の友好提携以来). The year is
    sought first where the first such date's context points, then from the latest written
    year forward (weekdays go with current events, not history), then among the other
    written years; all weekday-bearing dates must fit it, else each date keeps its own."""
    specs = [
        s
        for c in candidates
        if (s := c.attrs.get("_spec")) is not None
        and not (s.rel or s.anchor)
        and s.a.y is None
        and s.a.m is not None
        and any(p is not None and p.wd is not None and p.d is not None for p in (s.a, s.b))
    ]
    if not specs or not marks:
        return None
    latest = max(k.last for k in marks)
    if after:  # only years after the history the text tells
        order = list(range(latest + 1, latest + WEEKDAY_SEARCH + 1))
    else:
        first = next(c for c in candidates if c.attrs.get("_spec") is specs[0])
        fiscal_start = tables()["en" if first.rule.startswith("en.") else "ja"].get("fiscal_year_start", 4)
        near = _context_years(marks, first.start, specs[0].a.m, fiscal_start)
        order = [near[0], *range(latest, latest + WEEKDAY_SEARCH + 1), *near[1:]]
    for year in dict.fromkeys(order):
        if all(_fits(s, year) for s in specs):
            return year
    return None


def _fits(spec: Spec, year: int) -> bool:
    trial = _copy(spec)
    _set_year(trial, year)
    return bool(_valid(trial.a)) and _weekdays_agree(trial) is True


def _set_year(spec: Spec, year: int) -> None:
    spec.a.y = year
    if spec.b is not None:
        spec.b.y = None
        fill_range(spec)


def _weekdays_agree(spec: Spec) -> bool | None:
    """Whether the written weekdays fit the dates (None when no weekday is written)."""
    checks = [
        dt.date(p.y, p.m, p.d).weekday() == p.wd
        for p in (spec.a, spec.b)
        if p is not None and p.wd is not None and None not in (p.y, p.m, p.d) and _valid(p)
    ]
    return all(checks) if checks else None


def _implicit_year(
    spec: Spec, year: int, others: list[int] | tuple[int, ...] = (), back: int = 0
) -> list[str]:
    """Give a date without a year the year its context gives; a written weekday that fits
    only the year before or after (a December date in a January bulletin), or else one of
    the ``others`` years its text writes or a year beside one, or one of ``back`` years
    before (a page's last update comes years after what it reports), picks that year."""
    _set_year(spec, year)
    if _weekdays_agree(spec) is not False:
        return []
    earlier = range(year - 2, year - back - 1, -1)
    for other in (year - 1, year + 1, *(y + d for y in others for d in (0, -1, 1)), *earlier):
        _set_year(spec, other)
        if _weekdays_agree(spec):
            return ["year_from_weekday"]
    _set_year(spec, year)
    return []


def _copy(spec: Spec) -> Spec:
    """A copy whose parts and flags can be changed without changing the original."""
    return replace(spec, a=replace(spec.a), b=replace(spec.b) if spec.b else None, flags=list(spec.flags))
