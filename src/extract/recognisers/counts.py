"""Counts: a number of countable things, with its modifier, unit and what it counts.

One mechanism for both languages: find a number, read the modifier around it, then the word
that says what is counted — a counter or counting noun after the number in Japanese (約2,000名,
27自治体, 2,500以上の自治体), a noun phrase with a plural head in English (over 1,500 global
urban leaders). A number with nothing countable after it is not a count, which keeps out years,
money, percentages, measurements and list numbers without listing them all; the exclusion lists
in the data files catch what looks countable but is not (3 years, 22-mile, 第14回, 10歳).

``counted`` (English plural noun) starts from the counter (名 → people) and is refined from the
context the language gives: a label before the number (乗客4名, 定員:7人), a noun after の
(約1万発の花火), the predicate (68人が参加), or the heading of the list item the number sits
under ((2) 参加者数 → participants). A bare number is a count only under such a heading.

Language data: data/ja/counts.json, data/en/counts.json, data/en/numbers.json.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..document import Candidate, Document
from ..resources import load_json
from . import register
from .numbers import ARABIC, JA_QUANTITY, parse_en, parse_ja

_CJK = "\u3005\u3040-\u30ff\u4e00-\u9fff"
_HAS_CJK = re.compile(f"[{_CJK}]")
_YEAR = re.compile(r"(?:19|20)\d\d")
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:an|ese|ish)")


def _alt(words) -> str:
    """A regex alternation, longest first so that ヵ国 wins over 国; a space matches any
    white space, a line break included ("more than\n10")."""
    words = sorted(words, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace("\\ ", r"\s+") for w in words)


def _phrase(s: str) -> str:
    """A matched phrase as its data key: lower case, single spaces."""
    return " ".join(s.lower().split())


# ---------------------------------------------------------------------------------------------
# Japanese


@dataclass(frozen=True)
class _Ja:
    data: dict
    pattern: re.Pattern  # number + counter, or number + modifier + の + counting noun
    heading: re.Pattern  # a list heading "…数" and a bare number on the line below
    heading_line: re.Pattern
    value_line: re.Pattern  # what may precede a count on a line of values under a heading
    label_before: re.Pattern
    after_no: re.Pattern
    predicate: re.Pattern
    vague: re.Pattern
    ordinal: re.Pattern
    guards: dict


@lru_cache(maxsize=1)
def _ja() -> _Ja:
    d = load_json("ja/counts.json")
    counters, nouns = d["counters"], d["nouns"]
    pre = _alt(d["modifiers_before"])
    post = _alt(d["modifiers_after"])
    noun = f"(?:{_alt(nouns)})"
    unit = rf"(?:{_alt(list(counters) + list(nouns))})(?:・{noun})*"
    pattern = re.compile(
        rf"(?P<pre>{pre})?[ \t]*(?P<num>{JA_QUANTITY})"
        rf"(?:(?P<mid>余り?|余)?(?P<unit>{unit})(?P<post>{post})?"
        rf"|(?P<mod>{post})?の(?P<prefix>[{_CJK}]{{0,4}}?)(?P<noun>{noun}(?:・{noun})*))"
    )
    mark = r"(?:[(（]\d{1,2}[)）]|\d{1,2}[.)．]|[①-⑳]|[・■□●○◆◇▶-])?"
    label = rf"[{_CJK}・]{{1,24}}?"
    heading_line = re.compile(
        rf"^[ \t]*{mark}[ \t]*(?P<label>{label}(?:数|件数)(?:・{label}(?:数|件数))*)"
        r"(?:[(（][^()（）\n]{0,60}[)）])?[ \t]*",
        re.M,
    )
    heading = re.compile(
        rf"^[ \t]*{mark}[ \t]*(?P<label>{label}(?:数|件数))(?:[(（][^()（）\n]{{0,60}}[)）])?"
        rf"(?:[ \t]*\n[ \t]*|[ \t]*[:：][ \t]*|[ \t]*)"
        rf"(?P<pre>{pre})?(?P<num>{ARABIC})(?![\d,.]?\d)(?P<mod>{post})?"
        r"(?=[ \t]*(?:[(（、。,\n]|$))(?![ \t]+\d)",
        re.M,
    )
    return _Ja(
        data=d,
        pattern=pattern,
        heading=heading,
        heading_line=heading_line,
        value_line=re.compile(rf"[ \t]*(?:(?:{pre})?[\d,.]+[{_CJK}・]{{0,6}}[、,][ \t]*)*$"),
        label_before=re.compile(
            r"(?P<label>[\u3005\u30a0-\u30ff\u4e00-\u9fff・]{1,12}?)(?:[ \t]*[:：=][ \t]*|[はが]|各)?$"
        ),
        after_no=re.compile(r"^の(?P<noun>[\u3005\u30a0-\u30ff\u4e00-\u9fff]{1,12})"),
        predicate=re.compile(rf"^(?:{post})?(?:が|も)(?P<verb>{_alt(d['predicates'])})"),
        vague=re.compile(d["vague_before"]),
        ordinal=re.compile(d["ordinal_before"]),
        guards={
            k: tuple(
                re.compile(v[f]) if f in v else None for f in ("require", "reject", "reject_before")
            )
            for k, v in d["guards"].items()
        },
    )


def _translate(label: str, exact_only: bool = False) -> str | None:
    """A Japanese label (参加都市・機関, 協賛企業, 乗客) in English, from the data lists only."""
    d = _ja().data
    labels, roles = d["labels"], d["role_prefixes"]
    label = label.strip("・")
    if label in labels:
        return labels[label]
    if exact_only:
        return None
    parts = [p for p in label.split("・") if p]
    if not parts:
        return None
    role = None
    for r in sorted(roles, key=len, reverse=True):
        if parts[0].startswith(r) and len(parts[0]) > len(r):
            role, parts[0] = roles[r], parts[0][len(r) :]
            break
    out = []
    for p in parts:
        eng = labels.get(p) or d["nouns"].get(p) or d["counters"].get(p)
        if eng is None:  # longest known suffix: 市内大学生 → 大学生
            for i in range(1, len(p) - 1):
                if p[i:] in labels:
                    eng = labels[p[i:]]
                    break
        if eng is None:
            return None
        out.append(eng)
    text = out[0] if len(out) == 1 else ", ".join(out[:-1]) + " and " + out[-1]
    return f"{role} {text}" if role else text


def _heading_parts(text: str, line_start: int, start: int) -> list[str] | None:
    """The parts of the '…数' heading a count sits under (セッション数・登壇者数 → [セッション, 登壇者]).

    The heading is the line above, with only other values before the count on its own line
    ("15セッション、109名"), or the start of the count's own line when the two were joined.
    """
    rules = _ja()
    m = None
    if line_start > 0 and rules.value_line.match(text, line_start, start):
        prev_end = line_start - 1
        while prev_end > 0 and text[prev_end - 1] in " \t\n":  # blank lines between
            prev_end -= 1
        m = rules.heading_line.match(text, text.rfind("\n", 0, prev_end) + 1, prev_end)
        m = m if m and m.end() == prev_end else None
    if m is None:
        m = rules.heading_line.match(text, line_start, start)
        m = m if m and rules.value_line.match(text, m.end(), start) else None
    if m is None:
        return None
    return [re.sub(r"(?:件数|数)$", "", p) for p in m.group("label").split("・") if p]


def _pick_part(parts: list[str], unit: str) -> str | None:
    """The heading part a count belongs to: one naming its unit, or a people noun for 名/人."""
    if len(parts) == 1:
        return parts[0]
    for p in parts:
        if p == unit or p.endswith(unit) or unit.endswith(p):
            return p
    if unit in _ja().data["people_counters"]:
        for p in parts:
            if p[-1] in "者員人生客":
                return p
    return None


@lru_cache(maxsize=1)
def _thing_words() -> frozenset[str]:
    """English nouns the counters and counting nouns stand for, people aside."""
    d = _ja().data
    values = [*d["counters"].values(), *d["nouns"].values()]
    return frozenset(v.split()[-1] for v in values if v != "people")


def _fits(unit: str, base: str, eng: str) -> bool:
    """Whether a context noun can say what a counter counts: 参加者 fits 名 but not ヵ国."""
    d = _ja().data
    head = eng.split()[-1]
    if unit in d["people_counters"]:
        return head not in _thing_words()
    if unit in d["generic_counters"]:
        return True
    if unit.split("・")[0] in d["org_counters"] and head not in _thing_words():
        return True  # a role: exhibitors, sponsors, participating bodies
    return head == base.split()[-1]


def _ja_counted(text: str, m: re.Match, unit: str) -> str | None:
    rules = _ja()
    d = rules.data
    base = " and ".join(
        d["counters"].get(p) or d["nouns"].get(p) or "items" for p in unit.split("・")
    )
    counted = base
    after = text[m.end() : m.end() + 20]
    # The predicate: 68人が参加 → participants, 約90都市が参加 → participating cities.
    pm = rules.predicate.match(after)
    if pm:
        people, adj = d["predicates"][pm.group("verb")]
        counted = people if unit in d["people_counters"] else f"{adj} {base}"
    # A label before the number: 乗客4名, 定員:7人, 人口:4万5480人.
    start = m.start("pre") if m.group("pre") else m.start("num")
    lm = rules.label_before.search(text, max(0, start - 16), start)
    if lm:
        label = re.sub(r"(?:件数|数)$", "", lm.group("label"))
        eng = _translate(label)
        if eng is None:
            for i in range(1, len(label) - 1):
                eng = _translate(label[i:], exact_only=True)
                if eng:
                    break
        if eng and _fits(unit, base, eng):
            counted = eng
    # A noun after の: 約1万発の花火 → fireworks (a counter, not a counting noun, takes one).
    if unit in d["generic_counters"]:
        am = rules.after_no.match(after)
        if am:
            eng = _translate(am.group("noun"))
            if eng and _fits(unit, base, eng):
                counted = eng
    # The heading of the list item the count sits under.
    parts = _heading_parts(text, text.rfind("\n", 0, start) + 1, start)
    if parts:
        part = _pick_part(parts, unit)
        eng = _translate(part) if part else None
        if eng and _fits(unit, base, eng):
            counted = eng
    return counted


class _Tokens:
    """Token boundaries and numeral tags of a Japanese spaCy Doc, read once per document."""

    def __init__(self, doc: Document):
        self.ok = doc.tokens is not None and doc.lang == "ja"
        self.starts: list[int] = []
        self.ends: set[int] = set()
        self.numeral: list[bool] = []
        if self.ok:
            for t in doc.tokens:
                self.starts.append(t.idx)
                self.ends.add(t.idx + len(t.text))
                self.numeral.append(t.tag_.startswith("名詞-数詞"))

    def is_end(self, pos: int) -> bool:
        return not self.ok or pos in self.ends

    def numeral_at(self, pos: int) -> bool:
        if not self.ok:
            return True
        i = bisect_left(self.starts, pos)
        return i < len(self.starts) and self.starts[i] == pos and self.numeral[i]


def _ja_candidates(doc: Document, text: str) -> list[Candidate]:
    rules = _ja()
    d = rules.data
    out: list[Candidate] = []
    tokens: _Tokens | None = None
    for m in rules.pattern.finditer(text):
        num = m.group("num")
        a = m.start("num")
        before = text[max(0, a - 4) : a]
        if before and before[-1].isascii() and (before[-1].isalnum() or before[-1] in ".,-/#$"):
            continue  # G7, COP30, No.5, 1.5: part of a name or another number
        if before[-2:-1].isdigit() and before[-1] in ":：~":
            continue  # 7:30発: a time; 50~60人: a range, which a count cannot hold
        if m.group("pre") is None and rules.ordinal.search(before):
            continue  # 第14回
        if not num[0].isdigit() and rules.vague.search(before):
            continue  # 数十人, 何百人: no definite number
        value = parse_ja(num)
        if value is None or not float(value).is_integer() or value <= 0:
            continue
        kanji = not num[0].isdigit()
        if kanji and value == 1:
            continue  # 一人, 一つ, 一社: idiom or "one of", not a count
        if (
            m.group("noun")
            and not (m.group("mod") or m.group("pre"))
            and (value == 1 or _YEAR.fullmatch(num))
        ):
            continue  # "2025の都市" is a year, "1の都市" not Japanese for a count
        unit = m.group("unit") or m.group("noun")
        unit_end = m.end("unit") if m.group("unit") else m.end("noun")
        if m.group("unit"):
            req, rej, rej_before = rules.guards.get(unit, (None, None, None))
            rest = text[unit_end : unit_end + 8]
            if (req and not req.match(rest)) or (rej and rej.match(rest)):
                continue
            if rej_before and rej_before.search(text, max(0, m.start() - 4), m.start()):
                continue
        if tokens is None:
            tokens = _Tokens(doc)
        if not tokens.is_end(unit_end) or (kanji and not tokens.numeral_at(a)):
            continue  # 46社会, 四国, 三重: the counter is part of another word
        mod = None
        if m.group("pre"):
            mod = d["modifiers_before"][m.group("pre")]
        post = m.group("post") or m.group("mod") or m.group("mid")
        if post:
            if post == "まで" and not m.group("pre"):
                post = None
            else:
                mod = d["modifiers_after"].get(post, mod)
        counted = _ja_counted(text, m, unit)
        if m.group("prefix"):
            eng = _translate(m.group("prefix") + unit)
            unit = m.group("prefix") + unit
            counted = eng or counted
        start = m.start("pre") if m.group("pre") else a
        out.append(
            Candidate(
                "count",
                start,
                m.end(),
                "counts.ja.counter",
                {"value": value, "modifier": mod, "unit": unit, "counted": counted},
            )
        )
    # Bare numbers that a '…数' heading or label says what they count.
    for m in rules.heading.finditer(text):
        value = parse_ja(m.group("num"))
        if value is None or not float(value).is_integer():
            continue
        label = m.group("label")
        stem = re.sub(r"(?:件数|数)$", "", label)
        unit = stem
        for r in sorted(d["role_prefixes"], key=len, reverse=True):
            if unit.startswith(r) and len(unit) > len(r):
                unit = unit[len(r) :]
                break
        if label.endswith("件数"):
            unit = "件"
        mod = d["modifiers_before"].get(m.group("pre") or "") or d["modifiers_after"].get(
            m.group("mod") or ""
        )
        start = m.start("pre") if m.group("pre") else m.start("num")
        out.append(
            Candidate(
                "count",
                start,
                m.end(),
                "counts.ja.heading",
                {"value": value, "modifier": mod, "unit": unit, "counted": _translate(stem)},
            )
        )
    return out


# ---------------------------------------------------------------------------------------------
# English


@dataclass(frozen=True)
class _En:
    data: dict
    number: re.Pattern
    before: re.Pattern  # modifier phrase right before the number
    currency: re.Pattern
    word: re.Pattern  # one word of the noun phrase, with what separates it from the last
    partitive: re.Pattern
    coord: re.Pattern
    label: re.Pattern
    ratio: re.Pattern
    post: re.Pattern
    or_more: re.Pattern
    sets: dict[str, frozenset]
    number_words: frozenset
    adjective_suffixes: tuple[str, ...]


@lru_cache(maxsize=1)
def _en() -> _En:
    d = load_json("en/counts.json")
    nums = load_json("en/numbers.json")
    units = sorted(
        (w for w in nums["units"] if " " not in w and w != "dozen"), key=len, reverse=True
    )
    unit_word = "|".join(units)
    scale = r"(?:hundred|thousand|million|billion|trillion|dozen)"
    word_num = (
        rf"(?:(?:a|an)[ -]{scale}|(?:{unit_word})(?:-(?:{unit_word}))?)"
        rf"(?:[ -]{scale})*"
    )
    digits = rf"(?:{ARABIC})(?:[ -](?:thousand|million|billion|trillion)\b|k(?![A-Za-z]))?"
    number = re.compile(
        rf"(?<![\w$€£¥.,:/#~-])(?:(?P<digits>{digits})|(?P<words>(?i:{word_num})))(?![\w%°])(?!\.\d)"
    )
    before = re.compile(rf"(?i:(?<![\w-])(?P<mod>{_alt(d['modifiers_before'])}))[ \t]*\n?[ \t]*$")
    return _En(
        data=d,
        number=number,
        before=before,
        currency=re.compile(d["currency_before"]),
        word=re.compile(r"(?P<sep>[ \t]*\n?[ \t]*)(?P<w>[A-Za-z][A-Za-z'’.-]*[A-Za-z]|[A-Za-z])"),
        partitive=re.compile(
            r"[ \t]+of(?:[ \t]+(?:the|their|our|its|these|those|his|her|your|whose))?(?=[ \t])"
        ),
        post=re.compile(r"\+|-plus\b| plus\b"),
        coord=re.compile(
            r"(?P<list>(?:,[ \t]+[a-z][a-z-]+)+,?[ \t]+(?:and|or)[ \t]+[a-z][a-z-]+)(?![a-z-])"
            r"(?![ \t]+(?!(?:from|in|of|to|for|with|across|at|on|who|that|which|and)\b)[a-z])"
        ),
        label=re.compile(
            rf"(?im)^[ \t]*(?:[-•*][ \t]*)?(?P<numof>(?:total[ \t]+)?(?:number|no\.)[ \t]+of[ \t]+)?"
            rf"(?P<label>[A-Za-z][A-Za-z -]{{2,40}}?)[ \t]*[:：][ \t]*"
            rf"(?:(?P<pre>{_alt(d['modifiers_before'])})[ \t]+)?(?P<num>{ARABIC})(?P<plus>\+)?(?=[ \t]*(?:$|[,;(]|\.(?!\d)))"
        ),
        ratio=re.compile(
            r"(?i:\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[ \t]+(?:in|out[ \t]+of)[ \t]+)$"
        ),
        or_more=re.compile(r"[ \t]+or[ \t]+(?P<w>more|fewer|less)\b(?![ \t]+than)"),
        adjective_suffixes=tuple(d["adjective_suffixes"]),
        number_words=frozenset(list(nums["units"]) + list(nums["scales"]) + ["hundred", "dozen"]),
        sets={
            k: frozenset(w.lower() for w in d[k])
            for k in (
                "identifier_labels",
                "not_counted",
                "stop_words",
                "vague",
                "drop_adjectives",
                "irregular_plurals",
                "not_plural",
                "ellipsis_heads",
                "additive_words",
                "pronoun_one_before",
                "title_small_words",
                "one_not_heads",
            )
        },
    )


def _plural(w: str, s: dict[str, frozenset]) -> bool:
    lw = w.lower().rstrip("'’")
    last = lw.rsplit("-", 1)[-1]
    if last in s["irregular_plurals"] or lw in s["irregular_plurals"]:
        return True
    if last in s["not_plural"] or len(last) < 3 or not last.endswith("s"):
        return False
    return not last.endswith(("ss", "us", "is", "ous", "'s", "’s"))


def _pluralise(w: str) -> str:
    if w.endswith("y") and len(w) > 2 and w[-2] not in "aeiou":
        return w[:-1] + "ies"
    if w.endswith(("s", "x", "ch", "sh")):
        return w + "es"
    return w + "s"


def _en_phrase(text: str, pos: int, singular_ok: bool) -> tuple[int, list[str]] | None:
    """The noun phrase after a number: its end and words up to its head, or None."""
    rules = _en()
    s = rules.sets
    words: list[tuple[str, int]] = []
    first = True
    while len(words) < 6:
        wm = rules.word.match(text, pos)
        if not wm:
            break
        sep, w = wm.group("sep"), wm.group("w")
        if first and not sep:
            break  # 400squared
        if "\n" in sep and w[0].isupper():
            break  # a new heading or list item, not the phrase going on ("4\nTable 2")
        lw = w.lower().rstrip(".")
        if lw in s["stop_words"] or lw in rules.number_words:
            break
        last = lw.rsplit("-", 1)[-1]
        if (
            lw in s["not_counted"]
            or last in s["not_counted"]
            or (len(last) > 2 and last.endswith("s") and last[:-1] in s["not_counted"])
        ):
            return None  # 3 years, 22 miles, 69,000 MWhs: durations and measurements
        words.append((w.rstrip("."), wm.end()))
        pos = wm.end()
        first = False
        if _plural(w, s):
            head = [x for x, _ in words]
            # "ministers, mayors and governors": a list of single plural nouns is one unit.
            cm = rules.coord.match(text, pos)
            conjuncts = (
                [x for x in re.findall(r"[a-z][a-z-]*", cm.group("list")) if x not in ("and", "or")]
                if cm
                else []
            )
            if conjuncts and all(_plural(x, s) for x in conjuncts):
                return cm.end(), head[:-1] + [head[-1] + cm.group()]
            return pos, head
    if singular_ok and words:
        # "one grand prize winner based on": drop trailing participles and adverbs.
        while words and words[-1][0].lower().endswith(("ed", "ing", "ly")) and len(words) > 1:
            words.pop()
        head = words[-1][0].lower() if words else ""
        if (
            words
            and all(x[0].islower() for x, _ in words)
            and not head.endswith(rules.adjective_suffixes)
            and not {x.lower() for x, _ in words} & s["one_not_heads"]
        ):
            return words[-1][1], [x for x, _ in words]
    return None


def _en_unit(words: list[str]) -> tuple[str, str]:
    s = _en().sets
    keep = list(words)
    # Non-restrictive words (global, new, additional) and nationalities (African) are not the unit.
    while len(keep) > 1 and (
        keep[0].lower() in s["drop_adjectives"] or _DEMONYM.fullmatch(keep[0])
    ):
        keep.pop(0)
    unit = " ".join(keep)
    counted_words = [w if (w.isupper() and len(w) > 1) else w.lower() for w in keep]
    if not _plural(keep[-1], s):
        counted_words[-1] = _pluralise(counted_words[-1])
    return unit, " ".join(counted_words)


def _title_line(text: str, pos: int) -> bool:
    """Whether the line up to ``pos`` is a title-case headline (Mayors of 10 Cities Sign…)."""
    line = text[text.rfind("\n", 0, pos) + 1 : pos]
    words = re.findall(r"[A-Za-z][\w'’-]*", line)
    small = _en().sets["title_small_words"]
    return len(words) >= 2 and all(w[0].isupper() or w.lower() in small for w in words)


def _en_candidates(text: str) -> list[Candidate]:
    rules = _en()
    d, s = rules.data, rules.sets
    out: list[Candidate] = []
    for m in rules.number.finditer(text):
        a, b = m.span()
        raw = m.group()
        is_words = m.group("words") is not None
        value = parse_en(raw)
        if value is None or not float(value).is_integer() or value <= 0:
            continue
        if not is_words and re.match(r"[ \t]*[-–/:]\d", text[b : b + 3]):
            continue  # a range, score, date, time or phone number
        window = text[max(0, a - 40) : a]
        mod = None
        start = a
        bm = rules.before.search(window)
        if bm:
            mod = d["modifiers_before"][_phrase(bm.group("mod"))]
            start = a - (len(window) - bm.start("mod"))
            window = window[: bm.start("mod")]
        elif not is_words and _YEAR.fullmatch(raw):
            continue  # a year (but "over 2000 participants" is a count)
        if rules.ratio.search(window):
            continue  # "1 in 5 residents": a proportion, not a count
        if rules.currency.search(window if not bm else text[max(0, a - 6) : a]):
            continue  # money
        pw = re.search(r"([A-Za-z#][\w.'’]*)[ \t]*$", window)
        if pw and not bm:
            prev = pw.group(1)
            lp = prev.lower()
            if lp in s["identifier_labels"]:
                continue  # Scope 3, page 4, Goal 11, No. 5 ("Meeting. Three" ends a sentence)
            if not is_words and prev[0].isupper() and lp not in s["stop_words"]:
                line_before = window[: pw.start()].rstrip(" \t")
                if line_before and line_before[-1] not in ".!?:;\"'(—-\n":
                    continue  # Forum 2026, Jul 21: an identifier or a date, not a count
        if is_words and raw[0].isupper() and raw.lower().split()[0] == "one":
            continue
        if raw.lower() == "one":
            if raw != "one" or (pw and pw.group(1).lower() in s["pronoun_one_before"]):
                continue
        pos = b
        post_mod = None
        pm = rules.post.match(text, pos)
        if pm:
            post_mod, pos = "at_least", pm.end()
        rule = "counts.en.noun"
        # Hyphen compounds: 195-member is a count; three-year, 22-mile, 80-million-euro are not.
        if text[pos : pos + 1] == "-" and not pm:
            hm = re.match(r"-([A-Za-z]+)", text[pos:])
            if not hm or hm.group(1).lower() not in d["hyphen_counters"]:
                continue
            word = hm.group(1)
            out.append(
                Candidate(
                    "count",
                    start,
                    pos + hm.end(),
                    "counts.en.hyphen",
                    {
                        "value": value,
                        "modifier": mod,
                        "unit": word,
                        "counted": d["hyphen_counters"][word.lower()],
                    },
                )
            )
            continue
        line_start = text.rfind("\n", 0, a) + 1
        if not is_words and not text[line_start:a].strip():
            nxt = rules.word.match(text, pos)
            if nxt and nxt.group("w")[0].isupper() and not bm:
                continue  # "3 Key Actions": section numbering
        part = rules.partitive.match(text, pos)
        if part and value != 1:
            pos = part.end()
            # "35 of the 50 largest cities": the noun phrase is after the second number.
            inner = rules.number.match(text, pos + 1) if text[pos : pos + 1] in " \t" else None
            if inner:
                pos = inner.end()
        phrase = _en_phrase(text, pos, singular_ok=value == 1 and not part)
        if phrase is None:
            em = rules.word.match(text, pos)
            w = em.group("w").lower() if em and em.group("sep") else ""
            if w in s["additive_words"] and not part:
                # "6,000 more people", "5 additional sites": more = additional, not more_than.
                phrase = _en_phrase(text, em.end(), singular_ok=False)
                if (
                    phrase is None
                    and re.match(r"[ \t]*(?:than\b|[A-Za-z])", text[em.end() : em.end() + 8])
                    and not re.match(
                        r"[ \t]*(?:and|or|to|in|of|for|from|with|by|at|on|over)\b",
                        text[em.end() : em.end() + 8],
                    )
                ):
                    continue  # "1,000 more than last year"
            if phrase is None:
                # "1,400 people and 6,000 more", "three schools and 64 nationwide": the noun is
                # elided, so it is the previous count's in the same sentence.
                if w not in s["ellipsis_heads"] or part:
                    continue
                sent = max(text.rfind(". ", 0, a), text.rfind("\n\n", 0, a))
                prev = [c for c in out if c.start > sent]
                if prev:
                    unit = em.group("w") if w in s["additive_words"] else prev[-1].attrs["unit"]
                    out.append(
                        Candidate(
                            "count",
                            start,
                            em.end(),
                            "counts.en.ellipsis",
                            {
                                "value": value,
                                "modifier": mod,
                                "unit": unit,
                                "counted": prev[-1].attrs["counted"],
                            },
                        )
                    )
                continue
        end, words = phrase
        if words[0].lower() in s["vague"]:
            continue
        if (
            not is_words
            and all(w[0].isupper() for w in words)
            and not part
            and not _title_line(text, a)
        ):
            continue  # "100 Resilient Cities": a name, unless the whole line is in title case
        om = rules.or_more.match(text, end)
        if om:
            post_mod = "at_least" if om.group("w") == "more" else "at_most"
            end = om.end()
        unit, counted = _en_unit(words)
        out.append(
            Candidate(
                "count",
                start,
                end,
                rule,
                {"value": value, "modifier": mod or post_mod, "unit": unit, "counted": counted},
            )
        )
    # "Participants: 1,200", "Number of cities: 52": a bare number under a label that names it.
    for m in rules.label.finditer(text):
        value = parse_en(m.group("num"))
        label = m.group("label").strip()
        head = label.split()[-1]
        if value is None or not float(value).is_integer() or _YEAR.fullmatch(m.group("num")):
            continue
        if not (m.group("numof") or _plural(head, s)) or head.lower() in s["not_counted"]:
            continue
        mod = d["modifiers_before"].get(_phrase(m.group("pre") or "")) or (
            "at_least" if m.group("plus") else None
        )
        unit, counted = _en_unit(label.split())
        start = m.start("pre") if m.group("pre") else m.start("num")
        out.append(
            Candidate(
                "count",
                start,
                m.end(),
                "counts.en.label",
                {"value": value, "modifier": mod, "unit": unit, "counted": counted},
            )
        )
    return out


@register("counts")
def recognise(doc: Document) -> list[Candidate]:
    text = doc.norm
    out: list[Candidate] = []
    if _HAS_CJK.search(text):
        out.extend(_ja_candidates(doc, text))
    out.extend(_en_candidates(text))
    seen: dict[tuple[int, int], Candidate] = {}
    for c in out:
        seen.setdefault((c.start, c.end), c)
    return sorted(seen.values(), key=lambda c: (c.start, c.end, c.rule))


def explain(text: str) -> list[dict[str, Any]]:
    """Counts the pipeline finds in a text with this recogniser alone (tests, debugging)."""
    import hashlib
    from pathlib import Path

    from ..ingest import Ingested
    from ..pipeline import process_ingested

    data = text.encode("utf-8")
    src = Ingested(
        Path("text"), "txt", hashlib.sha256(data).hexdigest(), len(data), text, "utf-8", []
    )
    rec = process_ingested(src, "text", recognisers=["counts"])
    return [
        {
            "text": c.text,
            "value": c.value,
            "modifier": c.modifier,
            "unit": c.unit,
            "counted": c.counted,
        }
        for c in rec.counts
    ]
