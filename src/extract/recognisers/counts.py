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
under ((2) 参加者数 → participants). A bare number is a count only under such a heading, or
when the sentence's topic names what it counts and a modifier or a verb of amount follows it
(加盟都市は世界で100を超える; Attendance topped 12,000).

Japanese counters outside the lists are found by their part of speech: a one- or two-letter word
UniDic tags as a counter after an Arabic number (3射, 5軒) is a count unless it is a unit of time,
money or measure, an ordinal, rank or grade (data: general_counter). Rates, ratios, compositions
and ranges (1人当たり, 3人に1人, 5人1組, 1人から3人) and size classes (人口10万以上の都市) are not
counts; a maximum per person or period (1人5枚まで) is a count with at_most.

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
_AND_WITH_BEFORE = re.compile(r"\b(?:and|with)[ \t]+$")  # …and six others, with 12 others
_YEAR = re.compile(r"(?:19|20)\d\d")
# "roughly 1,200 years old": an age, whatever the sentence says is that old
_AGE_AFTER = re.compile(r"[ \t]+(?:years?|months?|weeks?|days?)[ \t-]+old\b")
_OLD_YEAR = re.compile(r"1[5-8]\d\d")
_YEAR_PREPOSITION = re.compile(r"\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom)[ \t]+\Z")
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:an|ese|ish)|(?:[A-Z]\.){2,}")  # Japanese, U.S.
_SCALE_WORD = re.compile(r"\b(?:hundred|thousand|million|billion)\b", re.I)
_ABBREV = re.compile(r"\.[A-Z]\.$")  # U.S.: the last period is the abbreviation's


def _alt(words) -> str:
    """A regex alternation, longest first so that ヵ国 wins over 国; a space matches any
    white space, a line break included ("more than\n10")."""
    words = sorted(words, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace("\\ ", r"\s+") for w in words)


def _alt_not_before(words, not_before: dict[str, list[str]]) -> str:
    """An alternation of modifiers, each held back before the words its data lists (まで before
    激減: where a number fell to, not a maximum)."""
    alts = []
    for w in sorted(words, key=lambda w: (-len(w), w)):
        x = re.escape(w).replace("\\ ", r"\s+")
        if not_before.get(w):
            x += f"(?!{_alt(not_before[w])})"
        alts.append(x)
    return "|".join(alts)


def _phrase(s: str) -> str:
    """A matched phrase as its data key: lower case, single spaces."""
    return " ".join(s.lower().split())


def _range_pair(
    lo: tuple[int, int, int | float],
    hi: tuple[int, int, int | float],
    approx: bool,
    rule: str,
    unit: str,
    counted: str | None,
) -> list[Candidate]:
    """A range of counts (50~60人, between 5 and 15 winners) read as its two ends: the lower
    at_least and the upper at_most, or both approx when an approximating word governs it. The
    recogniser emits neither (a range is no count); they keep its numbers from reading as counts."""
    mods = ("approx", "approx") if approx else ("at_least", "at_most")
    return [
        Candidate(
            "count",
            s,
            e,
            rule,
            {"value": v, "modifier": mod, "unit": unit, "counted": counted},
        )
        for (s, e, v), mod in zip((lo, hi), mods, strict=True)
    ]


# ---------------------------------------------------------------------------------------------
# Japanese


def _city_name_around(text: str, a: int, num_end: int) -> bool:
    """The kanji right before a numeral and the numeral (with the character after it) spell a
    city's name the gazetteer knows (斗六, 斗六市: Douliu), not a list and its count (岐阜三県,
    中学生二名)."""
    from .cities import gaz

    g = gaz()
    return any(g.cities_named(text[a - k : end]) for k in (1, 2) if a - k >= 0 for end in (num_end, num_end + 1))
_JA_LABEL = "\u3005\u30a0-\u30ff\u4e00-\u9fff"  # kanji and katakana: the letters of a label
_JA_WORD = re.compile(f"[{_CJK}]")
_JA_NAME_CHAR = re.compile("[\u4e00-\u9fff\u30a1-\u30fa]")


@dataclass(frozen=True)
class _Ja:
    data: dict
    pattern: re.Pattern  # number + counter, or number + modifier + (の) + counting noun
    general: re.Pattern  # an Arabic number right before a Japanese word: maybe a rare counter
    post: re.Pattern  # a modifier after a counter
    bare: re.Pattern  # a bare number with a modifier or a verb of amount after it
    modified_then: re.Pattern  # の, もの, ある after a modified bare number
    modified_not_before: re.Pattern  # a measure's name or a glued character before it
    bare_end: re.Pattern  # a plain bare number that ends its clause: 参加国・地域数は58。
    topic: re.Pattern  # the topic of a sentence: 加盟都市は, 参加者数は
    fillers: re.Pattern  # words between a label and its number: 定員：先着100人
    range_before: re.Pattern  # 3名から5名まで: まで ends a range, not a maximum
    rate_after: re.Pattern  # 1人当たり, 1基あたり, 3人に1人, 5人1組
    rate_before: re.Pattern  # the 1 of 3人に1人, 100年に1度, 5人1組
    range_after: re.Pattern  # 1人から3人: the start of a range
    change_after: tuple  # 14回から10回に減少: words after a second count that tell a change
    kind_acronym: re.Pattern  # NGO161団体: an acronym a count may follow
    status: re.Pattern  # 死亡者： before a label: what happened to the people counted
    network_after: re.Pattern  # による都市ネットワーク: the count is of members
    heading: re.Pattern  # a list heading "…数" and a bare number on the line below
    heading_line: re.Pattern
    value_line: re.Pattern  # what may precede a count on a line of values under a heading
    label_before: re.Pattern
    after_no: re.Pattern
    predicate: re.Pattern
    vague: re.Pattern
    ordinal: re.Pattern
    guards: dict
    event_after: re.Pattern
    counter_tags: frozenset[str]
    compound_suffixes: frozenset[str]
    threshold: re.Pattern  # 人口 before 10万以上の都市: a size class
    threshold_estimates: frozenset  # 程度, 余り: after a threshold label, one place's size (a count)
    not_counters: frozenset[str]
    range_: re.Pattern  # 約200人から250人, 50~60人: a range of counts


@lru_cache(maxsize=1)
def _ja_frequency() -> re.Pattern:
    return re.compile(load_json("ja/counts.json")["frequency"])


@lru_cache(maxsize=1)
def _ja() -> _Ja:
    d = load_json("ja/counts.json")
    counters, nouns = d["counters"], d["nouns"]
    # (過去最多1757社: the most ever, a record, no bound; the number alone is the count)
    record = "".join(f"(?<!{re.escape(w)})" for w in d.get("record_before", []))
    bounds = [w for w in d["modifiers_before"] if w.startswith(tuple(d.get("record_bounds", [])))]
    pre = "|".join(
        f"{record}{re.escape(w)}" if w in bounds else re.escape(w)
        for w in sorted(d["modifiers_before"], key=lambda w: (-len(w), w))
    )
    post = _alt_not_before(d["modifiers_after"], d.get("modifiers_not_before", {}))
    verb = _alt(d["verb_modifiers"])
    noun = f"(?:{_alt(nouns)})"
    # (37のメインチーム: a counter of two letters or more reads as a noun after の)
    after_no = f"(?:{_alt(list(nouns) + [c for c in counters if len(c) >= 2 and c not in d['people_counters']])})"
    # (45企業・団体; not 8社・アイテム約1万点, where the noun after the dot has its own figure)
    unit = rf"(?:{_alt(list(counters) + list(nouns))})(?:・{noun}(?![ \t]*(?:{pre}|[0-9０-９])))*"
    pattern = re.compile(
        rf"(?P<pre>{pre})?[ \t]*(?P<num>{JA_QUANTITY})"
        rf"(?:(?P<mid>余り?|余|(?<=[0-9]0)数)?(?P<unit>{unit})(?P<post>{post})?"  # (20数社: twenty-odd)
        rf"|(?:(?P<mod>{post})?(?P<mono>も)?の|(?P<vmod>{verb}))"  # (19もの拠点: as many as 19)
        rf"(?P<prefix>[{_CJK}]{{0,4}}?)(?P<noun>{after_no}(?:・{noun})*))"
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
    general = d["general_counter"]
    return _Ja(
        data=d,
        pattern=pattern,
        kind_acronym=re.compile(rf"(?<![A-Za-z0-9])(?:{_alt(d.get('kind_acronyms', []))})$"),
        general=re.compile(
            rf"(?P<pre>{pre})?[ \t]*(?P<num>{ARABIC}(?:[万億](?:{ARABIC})?)*)(?=[{_CJK}])"
        ),
        post=re.compile(post),
        bare=re.compile(
            rf"(?P<pre>{pre})?[ \t]*(?P<num>{ARABIC}(?:[万億](?:{ARABIC})?)*)"
            rf"(?P<mod>{post})?(?P<reach>{d['reach_after']})?"
        ),
        modified_then=re.compile(r"(?:もの|の|ある|あり)"),
        modified_not_before=re.compile(rf"(?:[0-9A-Za-z.,第]|{'|'.join(map(re.escape, d['modified_not_after']))})[ \t]*$"),
        bare_end=re.compile(
            r"(?:です|でした|となっ|となり|に(?:なっ|なり)|で[、,]|[。、,，)）(（]|[ \t]*(?:\n|$))"
        ),
        topic=re.compile(rf"(?P<label>[{_JA_LABEL}・]{{1,12}}?)(?P<su>総数|件数|の数|数)?[はも]"),
        fillers=re.compile(rf"(?:[ \t]*{d['label_fillers']}[ \t]*)+$"),
        range_before=re.compile(r"\d[^\d\s、。]{0,4}(?:から|~|-)[ \t]*$"),
        rate_after=re.compile(
            r"(?:あたり|当たり|当り|につき|ごと|に[1一](?![\d,.万千百十])"
            r"|[1一](?:組|チーム|班|グループ|部屋|室|セット)(?![\d,.万千百十]))"
        ),
        status=re.compile(
            rf"(?P<status>{_alt(d['status_labels'])})[ \t]*[:：][ \t]*(?:[^\n:：]{{0,20}}?[、,][ \t]*)?$"
        ),
        network_after=re.compile(d["network_after"]),
        range_after=re.compile(rf"[ \t]*(?:から|~)[ \t]*(?:{JA_QUANTITY})"),
        change_after=tuple(d.get("change_after", [])),
        rate_before=re.compile(rf"(?:\d|[一二三四五六七八九十百千万])[{_CJK}]{{1,3}}に?$"),
        heading=heading,
        heading_line=heading_line,
        value_line=re.compile(rf"[ \t]*(?:(?:{pre})?[\d,.]+[{_CJK}・]{{0,6}}[、,][ \t]*)*$"),
        label_before=re.compile(
            rf"(?P<label>[{_JA_LABEL}・]{{1,12}}?)(?:[ \t]*[:：=][ \t]*|[ \t]+|[はがを]|各)?$"
        ),
        after_no=re.compile(
            rf"(?:の|(?<=[るす]))(?:(?P<label>{_alt(d['labels'])})(?![{_JA_LABEL}])"
            rf"|(?P<noun>[{_JA_LABEL}]{{1,12}}))"
        ),
        predicate=re.compile(rf"^(?:{post})?(?:が|も)(?P<verb>{_alt(d['predicates'])})"),
        vague=re.compile(d["vague_before"]),
        ordinal=re.compile(d["ordinal_before"]),
        event_after=re.compile(d["event_after"]),
        guards={
            k: tuple(
                re.compile(v[f]) if f in v else None for f in ("require", "reject", "reject_before")
            )
            for k, v in d["guards"].items()
        },
        counter_tags=frozenset(general["tags"]),
        compound_suffixes=frozenset(d["compound_suffixes"]),
        threshold=re.compile(d["threshold_before"] + "$"),
        threshold_estimates=frozenset(d.get("threshold_estimates", [])),
        not_counters=frozenset(general["not_counters"]),
        range_=re.compile(
            rf"(?P<pre>{pre})?[ \t]*(?P<a>{JA_QUANTITY})(?P<u1>{unit})?"
            rf"[ \t]*(?:{_alt(d['range_joiners'])})[ \t]*"
            rf"(?P<b>{JA_QUANTITY})(?P<u2>{unit})(?P<post>{_alt(d['range_approx_after'])})?"
        ),
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
    out = []
    for p in parts:
        role = None
        for r in sorted(roles, key=len, reverse=True):
            if p.startswith(r) and len(p) > len(r) and p not in labels:
                role, p = roles[r], p[len(r) :]
                break
        eng = labels.get(p) or d["nouns"].get(p) or d["counters"].get(p)
        if eng is None:  # longest known suffix: 市内大学生 → 大学生
            for i in range(1, len(p) - 1):
                if p[i:] in labels:
                    eng = labels[p[i:]]
                    break
        if eng is None:
            return None
        out.append(f"{role} {eng}" if role else eng)
    # 参加都市・機関: a role written once before the first part belongs to them all.
    first = out[0].split(" ", 1)
    if len(out) > 1 and len(first) == 2 and first[0] in roles.values():
        if not any(o.startswith(first[0] + " ") for o in out[1:]):
            out = [first[1], *out[1:]]
            return f"{first[0]} " + (", ".join(out[:-1]) + " and " + out[-1])
    return out[0] if len(out) == 1 else ", ".join(out[:-1]) + " and " + out[-1]


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
    # セッション数・登壇者数 is two headings; 参加国・地域数 is one.
    return [re.sub(r"(?:件数|数)$", "", p) for p in re.split(r"(?<=数)・", m.group("label")) if p]


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
    people = set(d["people_nouns"])
    values = [*d["counters"].values(), *(v for k, v in d["nouns"].items() if k not in people)]
    return frozenset(v.split()[-1] for v in values if v != "people")


def _fits(unit: str, base: str, eng: str) -> bool:
    """Whether a context noun can say what a counter counts: 参加者 fits 名 but not ヵ国."""
    d = _ja().data
    head = eng.split()[-1]
    if unit in d["people_counters"]:
        return head not in _thing_words()
    if unit in d["generic_counters"] or base == "items":
        return True
    if unit.split("・")[0] in d["org_counters"] and head not in _thing_words():
        return True  # a role: exhibitors, sponsors, participating bodies
    return base.split()[-1] in eng.split()  # votes in favour fits 票


def _topic(text: str, start: int) -> tuple[str, bool, int] | None:
    """The topic of the sentence before ``start`` (加盟都市は…, 参加者数は…): its label,
    whether it was written as a number (…数は), which makes it a count label by itself, and
    where it ends."""
    sent = max(text.rfind("。", 0, start), text.rfind("\n", 0, start)) + 1
    found = list(_ja().topic.finditer(text, max(sent, start - 40), start))
    last = found[-1] if found else None
    if last is None:
        return None
    return last.group("label"), last.group("su") is not None, last.end()


def _ja_counted(text: str, start: int, end: int, unit: str) -> str | None:
    rules = _ja()
    d = rules.data
    base = " and ".join(
        d["counters"].get(p) or d["nouns"].get(p) or "items" for p in unit.split("・")
    )
    counted = base
    after = text[end : end + 20]
    # The predicate: 68人が参加 → participants, 約90都市が参加 → participating cities.
    pm = rules.predicate.match(after)
    if pm:
        people, adj = d["predicates"][pm.group("verb")]
        counted = people if unit in d["people_counters"] else f"{adj} {base}"
    # A label before the number: 乗客4名, 定員:7人, 人口:4万5480人, 定員:先着100人.
    window = text[max(0, start - 24) : start]
    fm = rules.fillers.search(window)
    if fm:
        window = window[: fm.start()]
    lm = rules.label_before.search(window, max(0, len(window) - 16))
    if lm and lm.start() > 0 and window[lm.start() - 1].isdigit():
        lm = None  # 1人5枚: the 人 is another number's counter, not a label
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
            # 死亡者：乗客4名、船頭1名 → passengers killed, boatmen killed.
            sm = rules.status.search(window, max(0, lm.start() - 30), lm.start())
            if sm and unit in d["people_counters"]:
                counted = f"{eng} {d['status_labels'][sm.group('status')]}"
    # A noun after の: 約1万発の花火 → fireworks (a counter, not a counting noun, takes one).
    if unit in d["generic_counters"]:
        am = rules.after_no.match(text, end, end + 20)  # 100人を超える参加者 too
        if am:
            eng = _translate(am.group("label") or am.group("noun"))
            if eng and _fits(unit, base, eng):
                counted = eng
    # The heading of the list item the count sits under.
    parts = _heading_parts(text, text.rfind("\n", 0, start) + 1, start)
    if parts:
        part = _pick_part(parts, unit)
        eng = _translate(part) if part else None
        if eng and _fits(unit, base, eng):
            counted = eng
    # Nothing closer: the topic of the sentence (参加者数は前年を上回る延べ2,300人).
    if counted == base:
        tp = _topic(text, start)
        eng = _translate(re.sub(r"(?:件数|数)$", "", tp[0])) if tp else None
        if eng and _fits(unit, base, eng):
            counted = eng
    # 2,500以上の自治体によるネットワーク: the things a network is made of are its members.
    if (
        rules.network_after.match(text, end)
        and not counted.startswith("member")
        and unit not in d["people_counters"]
    ):
        counted = f"member {counted}"
    return counted


class _Tokens:
    """Token boundaries and tags of a Japanese spaCy Doc, read once per document."""

    def __init__(self, doc: Document):
        self.ok = doc.tokens is not None and doc.lang == "ja"
        self.starts: list[int] = []
        self.ends: set[int] = set()
        self.tags: list[str] = []
        self.texts: list[str] = []
        if self.ok and len(doc.tokens):
            t = doc.table  # read once per document, shared with the other recognisers
            self.starts = t.starts
            self.texts = t.texts
            self.tags = t.tags
            self.ends = {a + n for a, n in zip(t.starts, t.lengths, strict=True)}

    def is_end(self, pos: int) -> bool:
        return not self.ok or pos in self.ends

    def index(self, pos: int) -> int | None:
        i = bisect_left(self.starts, pos)
        return i if i < len(self.starts) and self.starts[i] == pos else None

    def numeral_at(self, pos: int, end: int | None = None) -> bool:
        """A numeral starts at ``pos``; or, given ``end``, one word that UniDic reads whole
        runs from ``pos`` to ``end`` (二人, ふたり: a numeral and its counter as one noun)."""
        if not self.ok:
            return True
        i = self.index(pos)
        if i is None:
            return False
        return self.tags[i].startswith("名詞-数詞") or (end is not None and pos + len(self.texts[i]) == end)

    def compound_at(self, pos: int) -> bool:
        """Whether a suffix that makes a longer word starts at ``pos`` (会議|室, 人|槽)."""
        i = self.index(pos) if self.ok else None
        return (
            i is not None
            and self.tags[i].startswith("接尾辞")
            and self.texts[i] in _ja().compound_suffixes
        )

    def counter_at(self, pos: int) -> str | None:
        """The word at ``pos`` when UniDic tags it as a counter (or a counter-like suffix)
        of one or two letters that ends there: 3射を, 5軒が — but not 3位入賞, 5人槽."""
        i = self.index(pos) if self.ok else None
        if i is None:
            return None
        word, rules = self.texts[i], _ja()
        if not (1 <= len(word) <= 2 and _JA_WORD.fullmatch(word[0])):
            return None
        if self.tags[i] not in rules.counter_tags or word in rules.not_counters:
            return None
        if re.search("[\u30a0-\u30ff]", word):
            return None  # katakana 助数詞: units of measure (ページ, トン, ドル)
        nxt = self.tags[i + 1] if i + 1 < len(self.tags) else ""
        if nxt.startswith(("名詞", "接尾辞")):
            return None  # the counter is the start of a longer word
        return word


_WORD_OR_QUOTE_BEFORE = re.compile(r"(?:[A-Za-z0-9,][ \t]+|[“‘\"'])\Z")  # inside a sentence, or opening a quotation
_YEAR_4 = re.compile(r"(?:19|20)[0-9]{2}")
_CHRONOLOGY_HEAD = re.compile(r"[ \t\u3000]*(?:[-‐・•*][ \t\u3000]*)?")
_CHRONOLOGY_LINE = re.compile(r"(?m:^)[ \t\u3000]*(?:[-‐・•*][ \t\u3000]*)?(?:19|20)[0-9]{2}(?![0-9])")


def _chronology_year(text: str, a: int) -> bool:
    """A year opening a line (or its bullet), in a list whose other lines open with years too
    (a chronology: - 1987第4種美観地区に指定 / - 2003地区単位計画の決定): three such lines
    within 300 characters."""
    line_start = text.rfind("\n", 0, a) + 1
    if not _CHRONOLOGY_HEAD.fullmatch(text, line_start, a):
        return False
    lines = _CHRONOLOGY_LINE.findall(text, max(0, line_start - 300), min(len(text), a + 300))
    return len(lines) >= 3
_YYYYMMDD = re.compile(r"(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])")


_JA_LETTER = re.compile(r"[\u3041-\u30ff\u3400-\u9fff]")


def _ja_value(text: str, a: int, num: str, has_pre: bool, unit: bool = False) -> int | float | None:
    """The number at ``a`` when it can be a count at all: not part of a name, time, range,
    ordinal or vague amount (G7, 7:30, 50~60人, 第14回, 数十人)."""
    rules = _ja()
    before = text[max(0, a - 6) : a]
    if before and before[-1].isascii() and (
        before[-1].isalnum()
        or before[-1] in "-/#$"
        # (理事等,14名: a comma or a full stop after Japanese is punctuation; after 1 or No it joins)
        or (before[-1] in ".," and not (len(before) >= 2 and _JA_LETTER.match(before[-2])))
    ):
        if not (unit and rules.kind_acronym.search(before)):
            return None  # G7, COP30, No.5, 1.5: part of a name or another number
        # (but NGO161団体, ASEAN10カ国: a kind or a group of bodies, then their number)
    if before and before[-1] in "+±△▲":
        return None  # 前年度比+4件, △3件: a change, not a count
    if before[-2:-1].isdigit() and before[-1] in ":：~":
        return None  # 7:30発: a time; 50~60人: a range, which a count cannot hold
    if not has_pre and rules.ordinal.search(before):
        return None  # 第14回
    if not num[0].isdigit() and rules.vague.search(before):
        return None  # 数十人, 何百人: no definite number
    if _YYYYMMDD.fullmatch(num):
        return None  # 20171214県ラグビー協会: a date written as eight digits, then a name
    if _YEAR_4.fullmatch(num) and _chronology_year(text, a):
        return None  # - 2003地区単位計画の決定: a chronology's year opening its line, then the entry
    value = parse_ja(num)
    if value is None or not float(value).is_integer() or value <= 0:
        return None
    if not num[0].isdigit() and value == 1:
        return None  # 一人, 一つ, 一社: idiom or "one of", not a count
    return value


def _ja_rate(text: str, start: int, unit: str, unit_end: int, value: float) -> bool:
    """Whether the count is the base or part of a rate, ratio, composition or range, or an
    ordinal: 1人当たり, 1人5枚 (the 1人), 3人に1人, 100年に1度, 5人1組, 1人から3人, 2社目."""
    rules = _ja()
    rest = text[unit_end : unit_end + 8]
    if rules.rate_after.match(rest):
        return True
    change = rules.change_after
    rm = rules.range_after.match(text, unit_end)
    if rm and text.startswith(unit, rm.end()):
        # 1人から3人: the start of a range (14回から10回に減少: a change, two counts)
        if not (change and text.startswith(change, rm.end() + len(unit))):
            return True
    if re.match(r"目(?![標的指安])", rest):
        return True  # 2社目, 5つ目: an ordinal
    if re.search(
        rf"\d(?:{re.escape(unit)})?[ \t]*(?:から|~)[ \t]*$", text[max(0, start - 12) : start]
    ) and not (change and text.startswith(change, unit_end)):
        return True  # the end of a range
    if value == 1:
        listed = rules.data["list_counters"]
        if re.match(r"[ \t]*[\d一二三四五六七八九十]", rest) and (
            unit not in listed or re.match(r"[ \t]*[\d一二三四五六七八九十]+[^\d\s、。]{0,3}(?:まで|以内|以下)", rest)
        ):
            return True  # (1社2名: one company and its two delegates, a list; but 1社2名まで: a limit per company)
        if unit in ("回", "度") and rest.startswith("の"):
            return True  # 1回の献血で: "a single", not a count of occasions
        rb = rules.rate_before.search(text, max(0, start - 8), start)
        if rb and not (unit in listed and rb.group(0).lstrip("0123456789一二三四五六七八九十百千万") in listed):
            return True  # (13カ国1機関, 11市1町: a list of places and bodies, no composition)
    return False


_EVENT_YEAR_JA = re.compile(r"(?:19|20)[0-9]{2}(?![0-9,])")


def _ja_guarded(text: str, start: int, unit: str, unit_end: int) -> bool:
    """The counter's own guards (data: guards): 3回目, 年2回, 5人槽, 2度目標."""
    req, rej, rej_before = _ja().guards.get(unit, (None, None, None))
    rest = text[unit_end : unit_end + 8]
    if _ja().event_after.match(text, unit_end) and (
        (start and _JA_NAME_CHAR.match(text, start - 1)) or _EVENT_YEAR_JA.match(text, start)
    ):
        return True  # 日中韓3か国地方政府交流会議, 2018市長サミット: a count or a year in an event's name
    if (req and not req.match(rest)) or (rej and rej.match(rest)):
        return True
    if unit in _ja().data.get("event_counters", ()) and _EVENT_YEAR_JA.match(text, start):
        return True  # 東京2020大会: the year names the event
    return bool(rej_before and rej_before.search(text, max(0, start - 4), start))


def _ja_modifier(text: str, start: int, pre: str | None, post: str | None) -> str | None:
    d = _ja().data
    mod = d["modifiers_before"][pre] if pre else None
    if post == "まで" and not pre and _ja().range_before.search(text, max(0, start - 12), start):
        post = None  # 3名から5名まで: the end of a range
    if post:
        after = d["modifiers_after"].get(post, d["verb_modifiers"].get(post, mod))
        if not (after == "approx" and mod not in (None, "approx")):
            mod = after or mod  # (最大10名程度: the bound is the news, "about" only softens it)
    return mod


# After a line-opening "27 自治体", a particle or the line's end: a sentence or a value, so a count.
_COUNT_GOES_ON = re.compile(r"[ \t]*(?:[がはをもにとでの、。,]|\n|$)")


def _section_number(doc: Document, text: str, a: int, num_end: int, unit_start: int) -> bool:
    """Whether a small number opens its line and is set apart by white space in the source from
    the noun after it: heading numbering (「3 地方自治体などとの連携」), not a count. The view
    drops such spaces, so the source decides."""
    if num_end - a > 2 or text[text.rfind("\n", 0, a) + 1 : a].strip() or doc.view is None:
        return False
    gap_start = doc.view.source_span(a, num_end)[1]
    gap_end = doc.view.source_span(unit_start, unit_start + 1)[0]
    gap = doc.text[gap_start:gap_end]
    return bool(gap) and gap.isspace()


def _ja_ranges(doc: Document, text: str) -> list[Candidate]:
    """Ranges of counts: 約200人から250人 (both approx), 50~60人 (at_least, at_most)."""
    rules = _ja()
    d = rules.data
    tokens = _Tokens(doc)
    out: list[Candidate] = []
    for m in rules.range_.finditer(text):
        u1, unit = m.group("u1"), m.group("u2")
        if u1 and u1 != unit:
            continue  # 3日から5人: not one range
        pre = m.group("pre")
        lo = _ja_value(text, m.start("a"), m.group("a"), pre is not None)
        hi = parse_ja(m.group("b"))
        if lo is None or hi is None or not float(hi).is_integer() or not 0 < lo < hi:
            continue
        unit_end = m.end("u2")
        if _ja_guarded(text, m.start("b"), unit, unit_end) or tokens.compound_at(unit_end):
            continue
        if not tokens.is_end(unit_end):
            continue
        if rules.rate_after.match(text[unit_end : unit_end + 8]):
            continue
        if rules.change_after and text.startswith(rules.change_after, unit_end):
            continue  # 前年の14回から10回に減少: a change from one count to another, no range
        start = m.start("pre") if pre else m.start("a")
        approx = (pre and d["modifiers_before"][pre] == "approx") or bool(m.group("post"))
        end = m.end("post") if m.group("post") else unit_end
        counted = _ja_counted(text, start, end, unit)
        out += _range_pair(
            (start, m.end("u1") if u1 else m.end("a"), lo),
            (m.start("b"), end, hi),
            bool(approx),
            "counts.ja.range",
            unit,
            counted,
        )
    return out


_IDEOGRAPH = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def _place_goes_on(text: str, unit_start: int, unit_end: int) -> bool:
    """The counter and the kanji glued after it spell a city (台 + 北 → 台北)."""
    from .cities import gaz

    if unit_end >= len(text) or not _IDEOGRAPH.match(text[unit_end]):
        return False
    return any(gaz().cities_named(text[unit_start : unit_end + k]) for k in (1, 2))


_GLOSS_THEN = re.compile(r"\([^()\n]{1,30}\)|\)")


def _one_of(text: str, value: float, unit: str, end: int) -> bool:
    """そのうちの1つ, 柱の一つ, 1つの建物: a bare 1 before such a counter says "one of" or "a
    single" more than how many; 1件も, 一人も (before a negative) say "not even one"."""
    return value == 1 and (
        unit in _ja().data["one_not_units"] or (text.startswith("も", end) and not text.startswith("もの", end))
    )


def _ja_candidates(doc: Document, text: str) -> list[Candidate]:
    rules = _ja()
    d = rules.data
    out: list[Candidate] = []
    tokens = _Tokens(doc)
    taken: set[int] = set()
    for m in rules.pattern.finditer(text):
        num, a = m.group("num"), m.start("num")
        value = _ja_value(text, a, num, m.group("pre") is not None, bool(m.group("unit")))
        if value is None:
            continue
        kanji = not num[0].isdigit()
        mod_after = m.group("mod") or m.group("vmod")
        if (
            m.group("noun")
            and not (mod_after or m.group("pre"))
            and (value == 1 or _YEAR.fullmatch(num))
        ):
            continue  # "2025の都市" is a year, "1の都市" not Japanese for a count
        if m.group("mono") and (m.group("pre") or mod_after):
            continue  # 約3,000ものプログラム: the modified number alone is the count (below)
        unit = m.group("unit") or m.group("noun")
        unit_end = m.end("unit") if m.group("unit") else m.end("noun")
        start = m.start("pre") if m.group("pre") else a
        if m.group("unit") and _ja_guarded(text, m.start(), unit, unit_end):
            continue
        if not (m.group("pre") or m.group("post") or mod_after) and _one_of(text, value, unit, m.end()):
            continue
        if (
            m.group("unit")
            and not (m.group("pre") or m.group("post") or m.group("mid"))
            and _section_number(doc, text, a, m.end("num"), m.start("unit"))
            and not _COUNT_GOES_ON.match(text, m.end())
        ):
            continue  # 「3 地方自治体などとの連携」: a heading's number
        if _ja_rate(text, start, unit, unit_end, value):
            continue
        # (a modifier after the counter ends the word: 100人台 is one token in UniDic)
        word_end = m.end("post") if m.group("post") else unit_end
        if tokens.compound_at(word_end):
            continue  # 3会議室, 5人槽: a longer word
        # (二人: UniDic's one word for two people; not 二人三脚, an idiom of two numerals)
        people = m.group("unit") in d["people_counters"] and not m.group("pre") and not re.match("[一二三四五六七八九十]", text[unit_end : unit_end + 1])
        if not tokens.is_end(word_end) or (kanji and not tokens.numeral_at(a, unit_end if people else None)):
            continue  # 46社会, 四国, 三重: the counter is part of another word
        if kanji and not m.group("pre") and _IDEOGRAPH.match(text, a - 1) and _city_name_around(text, a, m.end("num")):
            continue  # 斗六市, 林聖爵斗六市長: the numeral and the kanji before it spell a city (Douliu)
        if kanji and any(_place_goes_on(text, x, unit_end) for x in (m.start("unit") if m.group("unit") else unit_end, a)):
            # 馬英九台北市長: the counter opens a place's name (台北), the numeral ends a person's;
            # 六ヶ所村: the numeral, its counter and the kanji after them spell a municipality
            continue
        mid = "余" if m.group("mid") == "数" else m.group("mid")  # (20数社 reads as 20余社)
        post = m.group("post") or mod_after or mid
        if not post and (g := _GLOSS_THEN.match(text, unit_end)) and (pm := rules.post.match(text, g.end())):
            post = pm.group()  # 79,000人(米国から50,600人)を超える: the modifier after a bracket is both's
        if (
            post
            and post not in rules.threshold_estimates
            and (m.group("noun") or text.startswith("の", m.end()))
            and rules.threshold.search(text, max(0, start - 8), start)
        ):
            continue  # 人口10万以上の都市, 従業員50人以上の企業: a size class, not a count
        mod = _ja_modifier(text, start, m.group("pre"), post)
        counted = _ja_counted(text, start, m.end(), unit)
        if m.group("prefix"):
            eng = _translate(m.group("prefix") + unit)
            unit = m.group("prefix") + unit
            counted = eng or counted
        taken.add(a)
        out.append(
            Candidate(
                "count",
                start,
                m.end(),
                "counts.ja.counter",
                {"value": value, "modifier": mod, "unit": unit, "counted": counted},
            )
        )
    # 週4往復, 1日2往復, 週3便: a service's frequency, counted with its period
    for m in _ja_frequency().finditer(text):
        if m.start("num") in taken:
            continue
        unit = m.group("unit")
        mod = d["modifiers_before"].get(m.group("pre")) if m.group("pre") else None
        counted = d["frequency_counted"][unit]
        out.append(
            Candidate(
                "count",
                m.start(),
                m.end(),
                "counts.ja.frequency",
                {"value": int(m.group("num")), "modifier": mod, "unit": unit, "counted": counted},
            )
        )
    # A rare counter that is in no list: a short word UniDic tags as a counter (3射, 5軒).
    if tokens.ok:
        for m in rules.general.finditer(text):
            a = m.start("num")
            if a in taken:
                continue
            unit_start = m.end("num")
            unit = tokens.counter_at(unit_start)
            if unit is None or not tokens.numeral_at(a):
                continue
            value = _ja_value(text, a, m.group("num"), m.group("pre") is not None)
            start = m.start("pre") if m.group("pre") else a
            unit_end = unit_start + len(unit)
            if value is None or _ja_guarded(text, a, unit, unit_end):
                continue
            if not m.group("pre") and _one_of(text, value, unit, unit_end):
                continue
            if (
                not m.group("pre")
                and _section_number(doc, text, a, unit_start, unit_start)
                and not _COUNT_GOES_ON.match(text, unit_end)
            ):
                continue
            if _ja_rate(text, start, unit, unit_end, value):
                continue
            pm = rules.post.match(text, unit_end)
            end = pm.end() if pm else unit_end
            mod = _ja_modifier(text, start, m.group("pre"), pm.group() if pm else None)
            counted = _ja_counted(text, start, end, unit)
            if unit in rules.data["modifiers_after"]:
                # 人口180万余: a modifier UniDic tags as a counter, no unit; what is counted comes
                # from before
                mod, end, unit = rules.data["modifiers_after"][unit], unit_end, None
            taken.add(a)
            out.append(
                Candidate(
                    "count",
                    start,
                    end,
                    "counts.ja.general",
                    {
                        "value": value,
                        "modifier": mod,
                        "unit": unit,
                        "counted": counted,
                    },
                )
            )
    # A bare number that the sentence's topic says what it counts, with a modifier or a verb
    # of amount after it: 加盟都市は世界で100を超える, 参加国数は50に上った.
    for m in rules.bare.finditer(text):
        a = m.start("num")
        plain = not (m.group("mod") or m.group("reach"))
        if (
            a not in taken
            and (m.group("pre") or m.group("mod"))
            and m.group("mod") not in ("まで", "ほど", "ばかり")
            and (
                rules.modified_then.match(text, m.end())
                # (2400を越える出展者: a verb of exceeding qualifies the noun right after it)
                or (
                    m.group("mod") in d["attributive_modifiers"]
                    and _JA_NAME_CHAR.match(text, m.end()) is not None
                    and not text.startswith(tuple(rules.not_counters), m.end())  # (30を超える日: a measure's days)
                )
            )
            and not text.startswith(tuple(d["modified_not_then"]), m.end())  # 5弱の地震: an intensity
            and not rules.modified_not_before.search(text, max(0, (m.start("pre") if m.group("pre") else a) - 8), m.start("pre") if m.group("pre") else a)
            and not (not m.group("pre") and _YEAR.fullmatch(m.group("num")))
        ):
            # 300以上のFC, 約70の日本の観光関連企業, 20以上ある国連諸機関: a modifier makes the number
            # before の (or ある) a count of what follows, whatever the noun
            value = _ja_value(text, a, m.group("num"), m.group("pre") is not None)
            start = m.start("pre") if m.group("pre") else a
            if value is not None and not rules.threshold.search(text, max(0, start - 8), start):
                taken.add(a)
                out.append(
                    Candidate(
                        "count",
                        start,
                        m.end("mod") if m.group("mod") else m.end("num"),
                        "counts.ja.modified",
                        {"value": value, "modifier": _ja_modifier(text, start, m.group("pre"), m.group("mod")), "unit": None, "counted": None},
                    )
                )
            continue
        if a in taken or (plain and not rules.bare_end.match(text, m.end())):
            continue
        if text[m.end() : m.end() + 1] == "の" or m.group("mod") in ("まで", "ほど", "ばかり"):
            continue  # 100以上の項目: a noun of its own follows
        value = _ja_value(text, a, m.group("num"), m.group("pre") is not None)
        if value is None or _YEAR.fullmatch(m.group("num")):
            continue
        start = m.start("pre") if m.group("pre") else a
        tp = _topic(text, start)
        if tp is None or (plain and not (tp[1] and tp[2] >= start - 12)):
            continue  # a plain number needs a count topic close by: 参加国・地域数は58
        stem = re.sub(r"(?:件数|数)$", "", tp[0])
        counted = _translate(stem)
        if counted is None:
            continue
        unit = stem
        for r in sorted(d["role_prefixes"], key=len, reverse=True):
            if unit.startswith(r) and len(unit) > len(r):
                unit = unit[len(r) :]
                break
        end = m.end("mod") if m.group("mod") else m.end("num")
        taken.add(a)
        out.append(
            Candidate(
                "count",
                start,
                end,
                "counts.ja.topic",
                {
                    "value": value,
                    "modifier": _ja_modifier(text, start, m.group("pre"), m.group("mod")),
                    "unit": unit,
                    "counted": counted,
                },
            )
        )
    # Bare numbers that a '…数' heading or label says what they count.
    for m in rules.heading.finditer(text):
        value = parse_ja(m.group("num"))
        if value is None or not float(value).is_integer() or value <= 0:
            continue  # (クチコミ数: 0 is a page's counter, not a count of anything there)
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
    return out + _ja_list_items(text, out)


_JA_LIST_ITEM = re.compile(
    r"、[ \t]*(?P<num>[1-9][0-9]{0,2}(?:,[0-9]{3})*)(?P<unit>つ)?の(?P<noun>[\u30a0-\u30ff\u4e00-\u9fff]{2,12}?)"
    r"(?=[、がをはもと。]|など|等|$)"
)


def _ja_list_items(text: str, found: list[Candidate]) -> list[Candidate]:
    """50のセッション、3つの基調講演、47のポスター発表: in a list of 'number の noun' items, the
    items after a count are counts too, whatever their noun."""
    out: list[Candidate] = []
    starts = {c.start: c for c in found}
    for c in sorted(found, key=lambda c: c.start):
        pos = c.end
        while True:
            tail = _JA_NOUN_TAIL.match(text, pos)  # 3つ|の基調講演: the rest of this item
            m = _JA_LIST_ITEM.match(text, tail.end() if tail else pos)
            if not m:
                break
            a = m.start("num")
            if a in starts:
                pos = starts[a].end  # an item already read: go on after it
                continue
            value = parse_ja(m.group("num"))
            if value is None:
                break
            noun = m.group("noun")
            cand = Candidate(
                "count",
                a,
                m.end(),
                "counts.ja.list_item",
                {"value": value, "modifier": None, "unit": m.group("unit") or noun, "counted": _translate(noun) or "items"},
            )
            out.append(cand)
            starts[a] = cand
            pos = m.end()
    return out


_JA_NOUN_TAIL = re.compile(r"の[\u30a0-\u30ff\u4e00-\u9fff]{1,12}?(?=、)")


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
    spread_after: re.Pattern  # six factories worldwide: a total spread over places
    partitive_pronoun: re.Pattern  # 34 hybrids, five of which: a part of a set named before
    definite_before: re.Pattern  # the two of them: the whole set
    comparison: re.Pattern  # …, up from 34,000: the figure compared with
    percent_after: re.Pattern
    bare_after: re.Pattern
    age_before: re.Pattern
    coord: re.Pattern
    label: re.Pattern
    ratio: re.Pattern
    post: re.Pattern
    or_more: re.Pattern
    coord_and: re.Pattern  # "120 mayors and governors": two plural nouns are one unit
    subject: re.Pattern  # the subject and verb before a bare total: Attendance topped 12,000
    reach: re.Pattern  # a verb of amount right before a number: rose to, reached
    attendance: re.Pattern  # a verb of attendance before a bare number: drew, attracted
    collective_of: re.Pattern  # a collective noun and "of" right before a number
    identifier_list: re.Pattern  # Scope 1 and 2: the second number is an identifier too
    people_after: re.Pattern  # 600 people attended → attendees
    people_before: re.Pattern  # attended by 350 people → attendees
    network_before: re.Pattern  # a network of 140 organizations: the count is of members
    sample: re.Pattern  # (n=1,024): a survey's respondents
    range_en: re.Pattern  # the second number of a range: between 200 and [300], 50 to [80]
    phrasal_over: re.Pattern  # hand over, signed over: "over" as the verb's particle
    time_adverbial: re.Pattern  # This year, each week: a time word before a number, no label
    range_start: re.Pattern  # the first number of a range: [50] to 80 cities
    half: re.Pattern  # half a million
    arrangement: re.Pattern  # structured around five themes: "around" of place, no modifier
    threshold: re.Pattern  # "cities with" before a modifier: a size class follows
    of_compound: re.Pattern  # heads of state: a plural head with its complement
    sets: dict[str, frozenset]
    number_words: frozenset
    adjective_suffixes: tuple[str, ...]
    range_: re.Pattern  # 500 to 600 delegates, between five and 15 winners, 10-20 cities
    month_before: re.Pattern  # April 15-21: a month name before a range of days
    range_change: re.Pattern  # "rose from 50 to 80 members": a change, not a range
    people_plural: re.Pattern  # 2,000 Filipinos, New Zealanders, Turks: peoples, counted
    scale_end: re.Pattern  # 2-3 million: the scale word that ends a range's second number
    per_day: re.Pattern  # 10,000 steps per day: a daily measure, no count


def _en_post(mods: dict[str, str]) -> re.Pattern:
    """2,000+, 200 plus; 200 or more people, 800 or so people: a modifier right after the
    number, before the noun ('or …' only where a word follows; after the noun: or_more)."""
    alts = []
    for k in sorted(mods, key=len, reverse=True):
        if k.startswith(" or "):
            alts.append(r"[ \t]+or[ \t]+" + re.escape(k[4:]) + r"\b(?![ \t]+than)(?=[ \t]+[A-Za-z])")
        else:
            alts.append(re.escape(k) + (r"\b" if k[-1].isalpha() else ""))
    return re.compile("|".join(alts))


@lru_cache(maxsize=1)
def _en() -> _En:
    d = load_json("en/counts.json")
    nums = load_json("en/numbers.json")
    units = sorted(
        (w for w in nums["units"] if " " not in w and w != "dozen"), key=len, reverse=True
    )
    unit_word = "|".join(units)
    big = "|".join(sorted(nums["scales"], key=len, reverse=True))  # thousand, million, crore, lakh
    scale = rf"(?:hundred|{big}|dozen)"
    # twenty-four, and twenty four: a tens word and a ones word may also be joined by a space
    tens = "|".join(w for w, v in nums["units"].items() if isinstance(v, int) and v >= 20 and v % 10 == 0)
    ones = "|".join(w for w, v in nums["units"].items() if isinstance(v, int) and 1 <= v <= 9 and " " not in w)
    small = rf"(?:(?:{tens})[ \t](?:{ones})\b|(?:{unit_word})(?:-(?:{unit_word}))?)"
    # two hundred and fifty thousand: British English joins the tens to a hundred or a thousand by "and"
    word_num = (
        rf"(?:(?:a|an)[ -]{scale}|{small})(?:[ -]{scale})*"
        rf"(?:(?:(?<=hundred)|(?<=thousand))[ \t]+and[ \t]+{small}(?:[ -]{scale})*)?"
    )
    # 1 800 signatories, 100 000: thousands grouped by spaces (European style)
    # 3, 531 athletes: a comma and a space between thousands (a typesetting slip), not after
    # another number and a comma (a list: 2, 3, 400) nor after a month (November 3, 584 guests)
    months = sorted(load_json("en/dates.json")["months"], key=len, reverse=True)
    not_month = "".join(rf"(?<!{m[0].upper()}{m[1:]} )(?<!{m[0].upper()}{m[1:]}\. )" for m in months)
    spaced = rf"(?:[1-9]\d{{0,2}}(?:[ \u202f\u2009]\d{{3}})+|(?<![0-9],[ \t]){not_month}[1-9]\d{{0,2}}(?:, \d{{3}})+)(?![\d,.])"
    digits = rf"(?:{spaced}|{ARABIC})(?:(?:[ -]|[ \t]*\n[ \t]*)(?:{big})\b|k(?![A-Za-z]))?"
    number = re.compile(
        rf"(?<![\w$€£¥.,:/#~-])(?:(?P<digits>{digits})|(?P<words>(?i:{word_num})))(?![\w%°])(?!\.\d)"
    )
    before = re.compile(rf"(?i:(?<![\w-])(?P<mod>{_alt(d['modifiers_before'])}))[ \t]*\n?[ \t]*$")
    aux = rf"(?:(?:{_alt(d['subject_aux'])})[ \t]+)*"
    ids = _alt(d["identifier_labels"])
    return _En(
        data=d,
        number=number,
        before=before,
        currency=re.compile(d["currency_before"]),
        # a word; a doubled hyphen is a dash between words (four Chinese cities--Shanghai)
        word=re.compile(
            r"(?P<sep>[ \t]*\n?[ \t]*)(?P<w>[A-Za-z](?:[A-Za-z0-9'’.]|-(?!-))*[A-Za-z0-9](?:(?<=\.[A-Z])\.)?|[A-Za-z])"
        ),
        spread_after=re.compile(rf"[ \t]+(?:{_alt(d['spread_after'])})\b"),
        partitive_pronoun=re.compile(
            rf"[ \t]+of[ \t]+(?:{_alt(d['partitive_pronouns'])})(?![\w-])(?![ \t]+(?!(?:{_alt(d['bare_followers'])})\b)[a-z]+s\b)"
        ),
        comparison=re.compile(rf"(?i:(?<![\w-])(?:{_alt(d['comparison_before'])})[ \t]+)$"),
        percent_after=re.compile(r"[ \t]*(?:%|(?i:percent|per[ \t]cent|percentage)\b)"),
        definite_before=re.compile(r"(?i:\b(?:the|all|both|these|those)[ \t]+)$"),
        partitive=re.compile(
            r"[ \t]+of(?:[ \t]+(?:the|their|our|its|these|those|his|her|your|whose))?(?=[ \t])"
        ),
        post=_en_post(d["modifiers_after"]),
        bare_after=re.compile(rf"[ \t]*(?:[.,;!?)\]”\"]|$|(?:{_alt(d['bare_followers'])})\b)", re.MULTILINE),
        age_before=re.compile(rf"(?i:\b(?:aged?|ages|older|younger|age of|{_alt(d['bare_age_nouns'])})[ \t]*)$"),
        of_compound=re.compile(rf"(?i:{_alt(d['plural_of_compounds'])})\b"),
        coord=re.compile(
            r"(?P<list>(?:,[ \t]+[a-z][a-z-]+)+,?[ \t]+(?:and|or)[ \t]+[a-z][a-z-]+)(?![a-z-])"
            r"(?![ \t]+(?!(?:from|in|of|to|for|with|across|at|on|who|that|which|and)\b)[a-z])"
        ),
        label=re.compile(
            rf"(?im)^[ \t]*(?:[-•*][ \t]*)?(?P<numof>(?:total[ \t]+)?(?:number|no\.)[ \t]+of[ \t]+)?"
            rf"(?P<label>[A-Za-z][A-Za-z -]{{2,40}}?)(?:[ \t]*[:：][ \t]*|(?P<sp>[ \t]+))"
            rf"(?:(?P<pre>{_alt(d['modifiers_before'])})[ \t]+)?(?P<num>(?:[1-9]\d{{0,2}}(?:[ \u202f\u2009]\d{{3}})+(?![\d,.])|{ARABIC})(?:[ \t]+(?:{big}))?)(?P<plus>\+)?(?=[ \t]*(?:$|[,;(]|\.(?!\d)))"
        ),
        ratio=re.compile(
            r"(?i:\b(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten)[ \t]+(?:in|out[ \t]+of)[ \t]+)$"
        ),
        or_more=re.compile(r"[ \t]+or[ \t]+(?P<w>more|fewer|less)\b(?![ \t]+than)"),
        coord_and=re.compile(
            r"[ \t]+(?:and|or)[ \t]+(?P<adj>(?:[a-z][a-z-]+[ \t]+){0,2})(?P<w>[a-z][a-z-]+)"
            r"(?=[ \t]*(?:[,.;:)]|$)"
            r"|[ \t]+(?:from|in|of|to|for|with|across|at|on|who|that|which|and|or)\b)"
        ),
        subject=re.compile(
            rf"(?i:(?:(?:the[ \t]+)?(?:total[ \t]+)?number[ \t]+of[ \t]+(?P<of>[a-z][a-z -]{{1,40}}?)"
            rf"|(?P<noun>[a-z][a-z-]+))[ \t]+(?P<aux>{aux})(?P<verb>{_alt(d['reach_verbs'])})?"
            rf"|(?P<coll>{_alt(list(d['collective_nouns']))})[ \t]+of)[ \t]*$"
        ),
        reach=re.compile(rf"(?i:(?<![\w-])(?:{_alt(d['reach_verbs'])}))[ \t]*$"),
        attendance=re.compile(rf"(?<![\w-])(?:{_alt(d['attendance_verbs'])})[ \t]+(?:(?:just|only|some|about|nearly|almost|over|more than|an estimated|a record|around)[ \t]+)?$"),
        # "a population of 10.37 million": a collective noun and "of" make a bare number its total
        collective_of=re.compile(rf"(?i:(?<![\w-])(?:{_alt(list(d['collective_nouns']))})[ \t]+of)[ \t]*$"),
        identifier_list=re.compile(
            rf"(?i:(?<![\w-])(?:{ids})[ \t]*\d+(?:[ \t]*,[ \t]*\d+)*[ \t]*(?:,|and|or|&|to)[ \t]*)$"
        ),
        people_after=re.compile(
            rf"[ \t]+(?:(?:have|had|has|were|are|will|would|who|that|reportedly|already|also|all)[ \t]+)*"
            rf"(?P<verb>{_alt(d['people_predicates'])})\b"
        ),
        per_day=re.compile(rf"[ \t]+(?:{_alt(d['per_day_measures'])})[ \t]+(?:(?:a|per|each|every)[ \t]+day|daily)\b", re.I),
        range_en=re.compile(
            r"(?i:(?:\bbetween[ \t]+{n}[ \t]+and|(?<!grew )(?<!rose )(?<!increased )(?<!jumped )"
            r"(?<!climbed )(?<!expanded )(?<!risen )(?<!grown )(?<!went )\bfrom[ \t]+{n}[ \t]+to"
            r"|(?<!from )(?<![\w,.]){n}[ \t]+to)[ \t]+$)".replace(
                "{n}", r"\d[\d,.]*(?:[ \t]+(?:thousand|million|billion))?"
            )
        ),
        range_start=re.compile(r"[ \t]+to[ \t]+\d[\d,.]*[ \t]+[a-z]"),
        month_before=re.compile(rf"\b(?:{_alt(m[0].upper() + m[1:] for m in months)})\.?[ \t]+$"),
        half=re.compile(r"(?i:\bhalf[ \t]+)$"),
        phrasal_over=re.compile(rf"\b(?i:{_alt(d['phrasal_over_verbs'])})[ \t]+\Z"),
        time_adverbial=re.compile(
            rf"\b(?i:{_alt(d['time_adverbial']['determiners'])})[ \t]+(?:{_alt(d['time_adverbial']['units'])})\Z"
        ),
        arrangement=re.compile(rf"(?i:\b(?:{_alt(d['arrangement_verbs'])})[ \t]+)$"),
        threshold=re.compile(r"(?P<w>[A-Za-z][a-z-]+)[ \t]+with[ \t]+$"),
        sample=re.compile(rf"(?<![\w.])[nN][ \t]*[=＝][ \t]*(?P<num>{ARABIC})(?![\d.,]?\d)"),
        network_before=re.compile(
            rf"(?i:\b(?:{_alt(d['network_nouns'])})[ \t]+of[ \t]+"
            rf"(?:(?:{_alt(d['modifiers_before'])})[ \t]+)?)$"
        ),
        people_before=re.compile(
            rf"(?i:(?<![\w-])(?P<verb>{_alt(d['people_predicates_before'])}))[ \t]+$"
        ),
        adjective_suffixes=tuple(d["adjective_suffixes"]),
        range_=re.compile(
            rf"(?<![\w$€£¥.,:/#~-])(?P<a>{digits}|(?i:{word_num}))(?![\w%°])(?!\.\d)"
            rf"[ \t]*(?P<join>[-~]|(?i:to|and)(?=[ \t]))[ \t]*"
            rf"(?P<b>{digits}|(?i:{word_num}))(?![\w%°])(?!\.\d)(?![ \t]*[-/:]\d)"
        ),
        people_plural=re.compile(
            rf"[A-Z][a-z]+(?:{_alt(d['people_plurals']['endings'])})|{_alt(d['people_plurals']['words'])}"
        ),
        range_change=re.compile(
            # (grown by 400 thousand people, from 8.2 million to 8.6 million: the clause's verb)
            rf"(?i:(?<![\w-])(?:{_alt(d['range_change_verbs'])})(?:[ \t]+[^.;:!?\n]{{0,45}}?,?)?[ \t]+from[ \t]+)$"
        ),
        number_words=frozenset(list(nums["units"]) + list(nums["scales"]) + ["hundred", "dozen"]),
        scale_end=re.compile(rf"(?i:[ -]({big}))$"),
        sets={
            k: frozenset(w.lower() for w in d[k])
            for k in (
                "identifier_labels",
                "bare_not_modifiers",
                "not_counted",
                "measure_compounds",
                "modifier_compounds",
                "stop_words",
                "subject_pronouns",
                "intensifiers",
                "vague",
                "drop_adjectives",
                "irregular_plurals",
                "not_plural",
                "ellipsis_heads",
                "ellipsis_origin",
                "additive_words",
                "pronoun_one_before",
                "title_small_words",
                "one_not_heads",
                "measure_subjects",
                "people_heads",
                "member_kinds",
                "hyphen_group_counters",
                "verb_modifiers",
                "name_of_heads",
                "capitalised_plurals",
                "plural_of_compounds",
                "preposition_modifiers",
                "word_number_prepositions",
                "size_nouns",
                "place_prepositions",
            )
        },
    )


_PLURAL_ACRONYM = re.compile(r"[A-Z][A-Za-z]*[A-Z]s")


def _plural(w: str, s: dict[str, frozenset]) -> bool:
    if "." in w.rstrip("."):
        return False  # U.S., U.N.: a dotted abbreviation, not a plural noun
    if _PLURAL_ACRONYM.fullmatch(w):
        return True  # MoUs, NGOs: an acronym's plural
    lw = w.lower().rstrip("'’")
    last = lw.rsplit("-", 1)[-1]
    if last in s["irregular_plurals"] or lw in s["irregular_plurals"]:
        return True
    if last.endswith(("men", "people")) and len(last) >= 6 and last not in s["not_plural"]:
        return True  # craftsmen, fishermen, businesswomen, laypeople: a compound of man's or person's plural
    if last in s["not_plural"] or len(last) < 3 or not last.endswith("s"):
        return False
    return not last.endswith(("ss", "us", "is", "ous", "'s", "’s"))


def _singular(w: str) -> str:
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


def _pluralise(w: str) -> str:
    if w.endswith("y") and len(w) > 2 and w[-2] not in "aeiou":
        return w[:-1] + "ies"
    if w.endswith(("s", "x", "ch", "sh")):
        return w + "es"
    return w + "s"


_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,5}s")
ATTENDANCE_MIN = 10  # fewer is a score or a drawing (he drew 3), not a crowd
_LOWER_GOES_ON = re.compile(r"[ \t]+[a-z]")  # the sentence goes on in lower case on the same line
_ATTENDANCE_AFTER = re.compile(
    r"(?:[ \t]*[,.;:)]|[ \t]*$|[ \t]+(?:over|in|last|this|during|across|from|to|for|at|on|and)\b)", re.M
)
# What closes a noun phrase in a sentence: a clause's punctuation, ", and", or a relative
# pronoun, preposition or verb (the 307 Exhibitors who…, 36 Strong Motion Seismometers;).
# A name goes on with another capitalised word, stands in a list or closes a sentence (joined
# 100 Resilient Cities.; 100 Resilient Cities Network).
_PHRASE_CLOSED = re.compile(
    r"[ \t]*(?:[;:](?![0-9])|,[ \t]+and\b"
    r"|[ \t]+(?:who|which|that|from|were|are|have|had|will|took|came|joined|attended|registered)\b)"
)
_FIGURE_LINE = re.compile(r"[ \t]*(?:[•·*\-–][ \t]*)?[0-9][0-9,.]*[ \t]+[a-z][a-z-]*s[ \t]*")


_SPACED_MEMBER = re.compile(
    r"[ \t]+(member|person|man)[ \t]+(?:delegation|team|group|committee|panel|board|party|crew|band|ensemble|mission|squad)\b"
)


def _line_end(text: str, pos: int) -> int:
    """Where the line holding ``pos`` ends (its newline, or the text's end)."""
    e = text.find("\n", pos)
    return len(text) if e < 0 else e


def _figure_card(text: str, a: int, end: int) -> bool:
    """262 sessions / 30 Stands: a line that holds only a number and its noun, beside a line of
    the same shape in lower case, is one figure of a card; its capitals are the card's style."""
    ls = text.rfind("\n", 0, a) + 1
    le = _line_end(text, end)
    if text[ls:a].strip(" \t•·*-–") or text[end:le].strip():
        return False
    prev_end = ls - 1
    prev_start = text.rfind("\n", 0, max(0, prev_end)) + 1
    nxt_end = _line_end(text, le + 1)
    return any(
        _FIGURE_LINE.fullmatch(text, x, y) is not None
        for x, y in ((prev_start, max(prev_start, prev_end)), (le + 1, nxt_end))
        if x < y
    )


def _en_phrase(text: str, pos: int, singular_ok: bool) -> tuple[int, list[str]] | None:
    """The noun phrase after a number: its end and words up to its head, or None."""
    rules = _en()
    s = rules.sets
    words: list[tuple[str, int]] = []
    first = True
    while len(words) < 6:
        if (mm := _MODEL_WORD.match(text, pos) if first else _BRAND_MODEL.match(text, pos) if _brand(words) else None):
            # 20,000 5G base stations, three 787-9 Dreamliners, 8,800 7-Eleven stores: a model's
            # or a standard's code before the noun describes it; so does one after its maker's
            # name (three Boeing 737-400 freighter aircraft, seven ATR 72-600 turboprops)
            words.append((mm.group(1), mm.end()))
            pos, first = mm.end(), False
            continue
        wm = rules.word.match(text, pos)
        if not wm:
            break
        sep, w = wm.group("sep"), wm.group("w")
        if first and not sep:
            break  # 400squared
        if "\n" in sep and w[0].isupper():
            break  # a new heading or list item, not the phrase going on ("4\nTable 2")
        lw = w.lower().rstrip(".")
        if lw in ("and", "or") and words and not _plural(words[-1][0], s):
            # "2,500 local and regional governments": coordinated modifiers of one head.
            nm = rules.word.match(text, wm.end())
            # (109 Asian and African countries: two capitalised modifiers coordinated)
            if nm and nm.group("sep") and (nm.group("w")[0].islower() or (words[-1][0][0].isupper() and nm.group("w")[0].isupper())):
                nl = nm.group("w").lower()
                if nl not in s["stop_words"] and nl not in rules.number_words:
                    words.append((w, wm.end()))
                    pos = wm.end()
                    continue
        if lw in s["intensifiers"] and (nm := rules.word.match(text, wm.end())) and nm.group("sep") and nm.group("w")[0].islower():
            pos = wm.end()  # 26 very interesting people: the adverb grades what follows, no part of the unit
            first = False
            continue
        if (
            w == "of"
            and words
            and words[-1][0][:1].isupper()
            and words[-1][0].lower() in s["name_of_heads"]
            and (nm := rules.word.match(text, wm.end()))
            and nm.group("sep") == " "
            and nm.group("w")[:1].isupper()
        ):
            # Three University of Delaware students: "of" inside a body's name before the noun
            words.append((w, wm.end()))
            pos = wm.end()
            continue
        if (lw in s["stop_words"] or lw in rules.number_words) and not (
            first
            and lw in s["drop_adjectives"]
            and (nm := rules.word.match(text, wm.end()))
            and nm.group("sep") == " "
            and nm.group("w")[0].islower()
            and nm.group("w").lower() not in s["stop_words"]
        ):
            break  # (71 total locations: an adjective that is a stop word elsewhere, "a total of")
        last = lw.rsplit("-", 1)[-1]
        if (
            "-" in lw
            and last in s["not_counted"]
            and not (lw.split("-", 1)[0] in rules.number_words or lw[:1].isdigit())  # (two one-week stays)
            and (nm := rules.word.match(text, wm.end()))
            and nm.group("sep") in (" ", "\t")
            and nm.group("w")[0].islower()
            and nm.group("w").lower() not in s["stop_words"]
        ):
            # 57 full-time delegates, 3 half-hour sessions: a measure joined to a word by a hyphen
            # describes the noun after it
            words.append((w, wm.end()))
            pos = wm.end()
            first = False
            continue
        if (
            lw in s["not_counted"]
            or last in s["not_counted"]
            or (len(last) > 2 and last.endswith("s") and last[:-1] in s["not_counted"])
        ) and not (
            (nm := rules.word.match(text, wm.end()))
            and nm.group("sep") == " "
            and f"{lw} {nm.group('w').lower()}" in s["measure_compounds"]
        ) and not (
            words and sep == " " and f"{words[-1][0].lower()} {lw}" in s["modifier_compounds"]
        ):
            return None  # 3 years, 22 miles, 69,000 MWhs: durations and measurements
        words.append((w if _ABBREV.search(w) else w.rstrip("."), wm.end()))
        pos = wm.end()
        first = False
        if _plural(w, s) and lw in s["irregular_plurals"]:
            # "100 youth leaders", "20 staff members": the irregular plural is a modifier.
            nm = rules.word.match(text, pos)
            if nm and nm.group("sep") and "\n" not in nm.group("sep"):
                nl = nm.group("w").lower()
                if nl not in s["stop_words"] and nl not in s["not_counted"] and _plural(nl, s):
                    continue
        if _plural(w, s) and w[0].isupper() and w[1:].islower() and len(words) <= 3:
            # 188 Wilson Farms stores, 12 Starbucks stores: a name that ends like a plural
            # before the noun it names the kind of
            nm = rules.word.match(text, pos)
            if nm and nm.group("sep") == " " and nm.group("w")[0].islower():
                nl = nm.group("w").lower()
                if nl not in s["stop_words"] and nl not in s["not_counted"] and _plural(nl, s):
                    continue
        if _plural(w, s):
            cm = rules.of_compound.match(text, wm.start("w"))
            if cm:
                # "8 heads of state": the complement belongs to the noun.
                words[-1] = (cm.group(), cm.end())
                return cm.end(), [x for x, _ in words]
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
            am = rules.coord_and.match(text, pos)
            if (
                am
                and _plural(am.group("w"), s)
                and am.group("w") not in s["stop_words"]
                and not any(
                    x in s["stop_words"] or x in rules.number_words or _plural(x, s)
                    for x in am.group("adj").split()
                )
            ):
                return am.end("w"), head[:-1] + [head[-1] + text[pos : am.end("w")]]
            return pos, head
    if singular_ok and words:
        # "one grand prize winner based on", "one teacher visited Ebetsu": the phrase ends
        # before a participle, an adverb or a capitalised word after its first word.
        k = next((k for k in range(1, len(words)) if words[k][0].lower().endswith(("ed", "ing", "ly")) or words[k][0][:1].isupper()), len(words))
        words = words[:k]
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
        keep[0].lower() in s["drop_adjectives"] or _DEMONYM.fullmatch(keep[0]) or keep[0] in ("and", "or")
    ):
        keep.pop(0)  # (Asian and African countries: the coordinated nationalities go together)
    unit = " ".join(keep)
    counted_words = [w if (w.isupper() and len(w) > 1) or _PLURAL_ACRONYM.fullmatch(w) else w.lower() for w in keep]
    if not _plural(keep[-1].split(" of ")[0], s):
        counted_words[-1] = _pluralise(counted_words[-1])
    return unit, " ".join(counted_words)


def _en_group(text: str, pos: int, word: str) -> str:
    """What a hyphen count counts: 195-member government Panel → member governments,
    12-member panel → panel members, 30-person delegation → delegation members."""
    rules = _en()
    s = rules.sets
    base = rules.data["hyphen_counters"][word.lower()]
    if word.lower() not in s["hyphen_group_counters"]:
        return base
    nouns = []
    for wm in re.finditer(r"[ \t]+([A-Za-z][a-z-]*)", text[pos : pos + 60]):
        w = wm.group(1)
        if wm.start() != (0 if not nouns else nouns[-1][1]) or not w.islower():
            break
        if w in s["stop_words"] or _plural(w, s) or w.endswith(rules.adjective_suffixes):
            break
        nouns.append((w, wm.end()))
        if len(nouns) == 2:
            break
    if not nouns:
        return base
    if nouns[0][0] in s["member_kinds"]:
        return "member " + _pluralise(nouns[0][0])
    return f"{nouns[-1][0]} members"


def _measure_after(text: str, pos: int) -> bool:
    """A measure right after the number ("totaling 1,900 acres"): the number is no bare total."""
    rules = _en()
    wm = rules.word.match(text, pos)
    return bool(wm and wm.group("sep") in (" ", "\t") and wm.group("w").lower().rstrip(".") in rules.sets["not_counted"])


def _en_subject(text: str, start: int, verb_mod: bool) -> tuple[str, str] | None:
    """The unit and counted of a bare total from its subject: "Attendance topped 12,000",
    "the number of member cities rose to 1,125", "registrations topping 5,000"."""
    rules = _en()
    s = rules.sets
    sm = rules.subject.search(text, max(0, start - 80), start)
    if sm is not None and sm.group("coll"):  # a population of over 100,000
        return sm.group("coll"), rules.data["collective_nouns"][sm.group("coll").lower()]
    if sm is None or not (sm.group("verb") or verb_mod or sm.group("aux")):
        return None  # "residents over 65": no verb, so an age
    if sm.group("of"):
        words = sm.group("of").split()
        # the number of Filipinos in Aichi: the counted noun ends before a place's preposition
        cut = next((k for k, w in enumerate(words) if k and w.lower() in s["place_prepositions"]), len(words))
        words = words[:cut]
        if not _plural(words[-1], s):
            return None
        return _en_unit(words)
    noun = sm.group("noun")
    collective = rules.data["collective_nouns"].get(noun.lower())
    if collective:
        return noun, collective
    if (sm.group("verb") or "").lower() == "to":
        return None  # "bringing membership to 96" only: a collective subject
    low = noun.lower()
    if not _plural(noun, s) or low in s["measure_subjects"] or low in s["stop_words"]:
        return None
    if low in s["not_counted"] or low in s["vague"]:
        return None
    return noun, low


_PLACED = re.compile(
    r"[ \t]+(?:in|at)[ \t]+(?:the[ \t]+)?"
    r"(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Spring|Summer|Autumn|Fall|Winter)[a-z]*\b)[A-Z][a-z]"
)


def _counting_as(prev: Candidate, start: int, end: int, rule: str, value: float, mod: str | None) -> Candidate:
    """A bare figure counting what the count before it counts."""
    attrs = {"value": value, "modifier": mod, "unit": prev.attrs.get("unit"), "counted": prev.attrs.get("counted")}
    return Candidate("count", start, end, rule, attrs)


def _count_before(found: list[Candidate], text: str, start: int) -> Candidate | None:
    """The last count before ``start`` in the same sentence (34 corn hybrids, five of which …)."""
    for c in reversed(found):
        if c.end <= start:
            return None if re.search(r"[.!?]\s", text[c.end : start]) else c
    return None


def _en_role(text: str, start: int, end: int, counted: str) -> str:
    """A people count's role from its verb: 600 people attended → attendees."""
    rules = _en()
    if counted not in rules.sets["people_heads"]:
        return counted
    pm = rules.people_after.match(text, end)
    if pm:
        return rules.data["people_predicates"][_phrase(pm.group("verb"))]
    bm = rules.people_before.search(text, max(0, start - 30), start)
    if bm:
        return rules.data["people_predicates_before"][_phrase(bm.group("verb"))]
    return counted


LATIN_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def title_small_words() -> frozenset[str]:
    """The small words a title-case headline leaves in lower case (of, and, the …)."""
    return _en().sets["title_small_words"]


def title_case_words(line: str) -> list[str] | None:
    """The words of a line written in title case (every word capitalised but the small ones),
    or None when a word is in lower case: shared with the organisations' headline check."""
    words = LATIN_WORD.findall(line)
    small = title_small_words()
    return words if all(w[0].isupper() or w.lower() in small for w in words) else None


def _title_line(text: str, pos: int) -> bool:
    """Whether the line up to ``pos`` is a title-case headline (Mayors of 10 Cities Sign…)."""
    words = title_case_words(text[text.rfind("\n", 0, pos) + 1 : pos])
    return words is not None and len(words) >= 2


def _en_ranges(text: str) -> list[Candidate]:
    """Ranges of counts: "500 to 600 delegates" and "between five and 15 winners" (at_least,
    at_most), "about 200 to 250 people" (both approx)."""
    rules = _en()
    d, s = rules.data, rules.sets
    out: list[Candidate] = []
    for m in rules.range_.finditer(text):
        a_raw, b_raw = m.group("a"), m.group("b")
        a = m.start()
        window = text[max(0, a - 40) : a]
        bm = rules.before.search(window)
        approx = False
        if bm:
            if d["modifiers_before"][_phrase(bm.group("mod"))] != "approx":
                continue  # "more than 10 to 20": not a plain range
            approx = True
            window = window[: bm.start("mod")]
        if m.group("join").lower() == "and" and not re.search(r"(?i:\bbetween[ \t]+)$", window):
            continue  # "5 and 15 winners" without between: two numbers, not a range
        if rules.range_change.search(text, max(0, a - 80), a) or rules.currency.search(window):
            continue  # "rose from 50 to 80", "$5 to $10"
        pw = re.search(r"([A-Za-z#][\w.]*)[ \t]*$", window)
        if pw and pw.group(1).lower() in s["identifier_labels"]:
            continue  # pages 10-20
        if m.group("join") == "-" and "-" in m.group() and " " not in m.group() and (
            (not bm and pw and pw.group(1)[0].isupper() and window.endswith(" ")) or b_raw[0].isupper()
        ):
            continue  # ATR 72-600 turboprops, Boeing 737-800: a model's number; 7-Eleven: a name
        if _YEAR.fullmatch(a_raw) and _YEAR.fullmatch(b_raw):
            continue  # 2020-2025
        if rules.month_before.search(window):
            continue  # the April 15-21 program: days of a month
        hi = parse_en(b_raw)
        scale = rules.scale_end.search(b_raw)
        lo = parse_en(f"{a_raw} {scale.group(1)}" if scale and a_raw[-1].isdigit() else a_raw)
        if lo is None or hi is None or not (float(lo).is_integer() and float(hi).is_integer()):
            continue
        if not 0 < lo < hi:
            continue
        phrase = _en_phrase(text, m.end(), singular_ok=False)
        if phrase is None:
            continue
        end, words = phrase
        if words[0].lower() in s["vague"]:
            continue
        if all(w[0].isupper() for w in words) and not _title_line(text, a):
            continue  # "10-20 Resilient Cities": a name
        start = a - (len(text[max(0, a - 40) : a]) - bm.start("mod")) if bm else a
        unit, counted = _en_unit(words)
        counted = _en_role(text, start, end, counted)
        out += _range_pair(
            (start, m.end("a"), lo),
            (m.start("b"), end, hi),
            approx,
            "counts.en.range",
            unit,
            counted,
        )
    return out


_DIGITS_GLOSS = re.compile(r"[ \t]*\((\d{1,6})\)")


# 5G, 4K, 787-9, 747-8F, 737-800: a code of letters and digits, or a model number with a dash
_MODEL_WORD = re.compile(
    r"[ \t]+([0-9]+[A-Za-z][A-Za-z0-9]*|[0-9]{3}(?:-[0-9]+[A-Za-z]*)+|[0-9]{1,2}-[A-Z][a-z]+)(?=[ \t]+[A-Za-z])"
)
_BRAND_MODEL = re.compile(r"[ \t]+(?!(?:19|20)[0-9]{2}\b)([0-9]{2,4}(?:-[0-9]+)*[A-Za-z]{0,3})(?=[ \t]+[A-Za-z])")


def _brand(words: list[tuple[str, int]]) -> bool:
    """A maker's name opening the phrase (Boeing, ATR), after which a model's number may come."""
    return len(words) == 1 and words[0][0][:1].isupper()
_SUPERLATIVE = re.compile(r"[ \t]+(?:most|least)(?=[ \t]+[a-z])")
_BETWEEN = re.compile(r"(?i:\bbetween[ \t]+)$")
_RANGE_AND = re.compile(r"[ \t]+(?:and|to|-|–)[ \t]")  # between 200 and …: a range's first end
_VERSION = re.compile(r"\d+\.0")
_DOT_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")
_LEADING_PLUS = re.compile(r"(?:^|[\n•·*])[ \t]*(\+)[ \t]?$")  # a plus sign opening a line or bullet


_WORD_BEFORE = re.compile(r"([A-Za-z][\w.’'-]*)[ \t]+$")


def _verb_after_subject(window: str, pos: int, s: dict[str, frozenset]) -> bool:
    """Whether the -s word at ``pos`` is a verb, its subject a pronoun or a name before it
    (It works with, OWHC connects with): no plural noun a size class needs."""
    m = _WORD_BEFORE.search(window, 0, pos)
    if m is None:
        return False
    w = m.group(1)
    if w.lower() in s["subject_pronouns"] or (len(w) >= 2 and w.isupper()):
        return True  # It works with, OWHC connects with
    # a name inside the sentence (not a capital that only opens it: Large cities with …)
    before = window[: m.start()].rstrip(" \t")
    return w[0].isupper() and w.lower() not in s["stop_words"] and bool(before) and before[-1] not in ".!?:\n"


def _size_noun_after(text: str, pos: int, s: dict[str, frozenset]) -> bool:
    """After 'with' and a modifier, a size class measures its noun in residents, employees,
    members (or nothing is said); any other noun is counted (relations with more than 160 cities)."""
    phrase = _en_phrase(text, pos, singular_ok=False)
    if phrase is None:
        return True
    words = " ".join(phrase[1]).lower().split()
    return any(w in s["size_nouns"] or _singular(w) in s["size_nouns"] for w in words)


def _en_candidates(text: str) -> list[Candidate]:
    rules = _en()
    d, s = rules.data, rules.sets
    out: list[Candidate] = []
    for m in rules.number.finditer(text):
        a, b = m.span()
        raw = m.group()
        is_words = m.group("words") is not None
        value = parse_en(raw)
        if not is_words and _DOT_THOUSANDS.fullmatch(raw):
            value = int(raw.replace(".", ""))  # 9.300 participants: a count is whole, the dot groups thousands
        elif not is_words and _VERSION.fullmatch(raw):
            continue  # CITIIS 2.0 envisions: a version, a count is not written with a decimal zero
        if value is None or not float(value).is_integer() or value <= 0:
            continue
        if not is_words and re.match(r"[ \t]*[-–/:]\d", text[b : b + 3]):
            continue  # a range, score, date, time or phone number
        if _PERCENT_RANGE.match(text, b):
            continue  # about 80 to 90% of visitors: a range of percentages
        if rules.per_day.match(text, b):
            continue  # at least 10,000 steps per day: a daily measure
        window = text[max(0, a - 40) : a]
        if (
            rules.range_en.search(window)
            or rules.range_start.match(text, b)
            or (_BETWEEN.search(window) and _RANGE_AND.match(text, b))
        ):
            continue  # "between 200 and 300 participants", "50 to 80 cities": a range
        mod = None
        start = a
        if raw.lower().startswith(("a ", "an ")) and rules.half.search(window):
            value, start = int(value) // 2, a - len(rules.half.search(window).group())
            window = window[: len(window) - (a - start)]  # half a million people
        bm = rules.before.search(window)
        if bm and _phrase(bm.group("mod")) in s["preposition_modifiers"] and rules.arrangement.search(
            window, 0, bm.start("mod")
        ):
            bm = None  # structured around five themes: "around" is where, not how many
        if bm and is_words and _phrase(bm.group("mod")) in s["word_number_prepositions"]:
            bm = None  # under four critical challenges, under one roof: "under" is where, not how many
        if bm and _phrase(bm.group("mod")) == "over" and rules.phrasal_over.search(window, 0, bm.start("mod")):
            bm = None  # hand over three fire engines, handed over 20 laptops: the verb's particle, not "more than"
        if bm and not any(ch.isalpha() for ch in bm.group("mod")) and bm.end("mod") != len(window):
            bm = None  # Home >⏎ 2., comment [> 4]: a modifier written as a sign (data: >, ≥) apart from the number is a link's or a path's
        if raw.lower() == "one" and not bm and not _after_listed_count(window, text, b, rules):
            continue  # one classroom, one winner: an article more than a count (the golds count 15 of 136)
        if bm:
            mod = d["modifiers_before"][_phrase(bm.group("mod"))]
            start = a - (len(window) - bm.start("mod"))
            window = window[: bm.start("mod")]
            tm = rules.threshold.search(window)
            if (
                tm
                and _plural(tm.group("w"), s)
                and tm.group("w").lower() not in s["stop_words"]
                and not _verb_after_subject(window, tm.start("w"), s)
                and _size_noun_after(text, b, s)
            ):
                continue  # "cities with more than 100,000 residents": a size class
        elif not is_words and (lead := _LEADING_PLUS.search(window)):
            mod, start = "more_than", a - (len(window) - lead.start(1))  # + 17600 participants: a figure card's "over"
            window = window[: lead.start(1)]
        elif not is_words and _YEAR.fullmatch(raw) and not rules.network_before.search(window):
            continue  # a year (but "over 2000 participants", "a network of 2000 members" are counts)
        elif not is_words and _OLD_YEAR.fullmatch(raw) and _YEAR_PREPOSITION.search(window):
            continue  # In 1865 men, women and children sailed: a year after "in", not 1865 men
        rm = rules.ratio.search(window)
        if rm and (parse_en(rm.group("n")) or 0) < value:
            continue  # "1 in 5 residents": a proportion, not a count ("250 in 24 countries" is)
        if not bm and rules.identifier_list.search(window):
            continue  # "Scope 1 and 2 emissions", "SDGs 11, 13 and 17"
        if rules.currency.search(window if not bm else text[max(0, a - 6) : a]):
            continue  # money
        pw = re.search(r"([A-Za-z#][\w.'’]*)[ \t]*$", window)
        if pw and not bm:
            prev = pw.group(1)
            lp = prev.lower()
            if lp in s["identifier_labels"] and not rules.time_adverbial.search(window, 0, pw.start() + len(prev)):
                continue  # Scope 3, page 4, Goal 11, No. 5 ("Meeting. Three" ends a sentence)
                # (but This year 130 dogs, Each week 40 pupils: a time adverbial, then the count)
            possessive = prev.endswith(("'s", "’s"))  # Hartford's 17 neighborhoods
            # (on 22 February. 95 people: the word before ends its sentence)
            ended = prev.endswith(".") and len(prev) > 4 and not _ABBREV.search(prev)
            if not is_words and prev[0].isupper() and lp not in s["stop_words"] and not possessive and not ended:
                line_before = window[: pw.start()].rstrip(" \t")
                if line_before and line_before[-1] not in ".!?:;\"'(—-\n" and not (
                    _title_line(text, a) and not _YEAR.fullmatch(raw)
                ):
                    continue  # Forum 2026, Jul 21: an identifier or a date, not a count
                    # (in a title-case headline every word is capitalised: …to Host 3,000 …)
        if is_words and raw[0].isupper() and raw.lower().split()[0] == "one" and not _SCALE_WORD.search(raw):
            continue  # One Planet, One Health: a name's word (One hundred people is a number)
        if (
            is_words
            and raw[0].isupper()
            and re.search(r"\b[Tt]he[ \t]+$", window)
            and re.match(r"[ \t]+[A-Z]", text[b : b + 2])
            and not _title_line(text, _line_end(text, b))
        ):
            continue  # the Feast Day of the Three Hierarchs: a capitalised number in a name
        if raw.lower() == "one":
            if raw != "one" or (pw and pw.group(1).lower() in s["pronoun_one_before"]):
                continue
        pos = b
        gm = _DIGITS_GLOSS.match(text, pos)
        if is_words and gm and parse_en(gm.group(1)) == value:
            pos = gm.end()  # nine (9) members: the figure in brackets repeats the word
        post_mod = None
        pm = rules.post.match(text, pos)
        if pm:
            post_mod, pos = d["modifiers_after"][re.sub(r"[ \t]+", " ", pm.group())], pm.end()
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
                        "counted": _en_group(text, pos + hm.end(), word),
                    },
                )
            )
            continue
        sm = _SPACED_MEMBER.match(text, pos) if not pm else None
        if sm and value > 1:
            # a six member delegation: the hyphen left out, the group named after it
            out.append(
                Candidate(
                    "count",
                    start,
                    sm.end(),
                    "counts.en.hyphen",
                    {"value": value, "modifier": mod, "unit": sm.group(1), "counted": _en_group(text, sm.end(1), sm.group(1))},
                )
            )
            continue
        line_start = text.rfind("\n", 0, a) + 1
        line_head = not is_words and not bm and not text[line_start:a].strip()
        part = rules.partitive.match(text, pos)
        cut = None
        if part and value != 1:
            pos = part.end()
            # "35 of the 50 largest cities": the noun phrase is after the second number, which
            # is a count of its own; the first one's text is its number alone.
            inner = rules.number.match(text, pos + 1) if text[pos : pos + 1] in " \t" else None
            if inner:
                pos, cut = inner.end(), b
            elif sm := _SUPERLATIVE.match(text, pos):
                pos = sm.end()  # 139 of the most important European cities: "most" marks a superlative
        phrase = _en_phrase(text, pos, singular_ok=value == 1 and not part)
        bare = phrase is None and not part and not pm  # a figure with no noun, part or modifier after it
        if bare:
            # "Attendance topped 12,000": a bare total of the subject before the verb.
            verb_mod = bool(bm) and _phrase(bm.group("mod")) in s["verb_modifiers"]
            subj = (
                _en_subject(text, start, verb_mod)
                if bm or rules.reach.search(window) or rules.collective_of.search(window)
                else None
            )
            if (
                subj
                and not (_YEAR.fullmatch(raw) and not bm)
                and not _AGE_AFTER.match(text, b)
                and not _measure_after(text, b)
            ):
                out.append(
                    Candidate(
                        "count",
                        start,
                        b,
                        "counts.en.subject",
                        {"value": value, "modifier": mod, "unit": subj[0], "counted": subj[1]},
                    )
                )
                continue
        if (
            phrase is None
            and part
            and value > 1
            and not pm
            and not (not is_words and _YEAR.fullmatch(raw))
            and (pp := rules.partitive_pronoun.match(text, part.start()))
            and not rules.definite_before.search(window)
        ):
            # 34 corn hybrids, five of which are new; four of them: a part of a set named before,
            # counted as that set's noun ("the two of them", "all three of these" are the whole set)
            prev = _count_before(out, text, start)
            counted = prev.attrs.get("counted") if prev else None
            out.append(
                Candidate("count", start, pp.end(), "counts.en.partitive", {"value": value, "modifier": mod, "unit": None, "counted": counted})
            )
            continue
        if (
            bare
            and not (not is_words and _YEAR.fullmatch(raw))
            and _PLACED.match(text, b)
            and (prev := _count_before(out, text, start))
            and prev.attrs.get("counted")
            and (_PLACED.match(text, prev.end) or rules.spread_after.match(text, prev.end))
            and not _measure_after(text, b)
        ):
            # 12 restaurants in Malaysia and three in Vietnam; 28 locations in Georgia, 20 in
            # Texas: a figure placed as the count before it was counts the same things there (six
            # factories worldwide, with three in Japan: the places share the total out)
            out.append(_counting_as(prev, start, b, "counts.en.placed", value, mod))
            continue
        if (
            bare
            and not (not is_words and _YEAR.fullmatch(raw) and not bm)
            and rules.comparison.search(window)
            and (prev := _count_before(out, text, start))
            and not _measure_after(text, b)
            and not rules.percent_after.match(text, b)
        ):
            # 40,000 trade visitors, up from 34,000 last year: the figure it is compared with
            # counts the same things
            out.append(_counting_as(prev, start, b, "counts.en.comparison", value, mod))
            continue
        if (
            bare
            and not is_words
            and not _YEAR.fullmatch(raw)
            and value >= ATTENDANCE_MIN
            and rules.attendance.search(text, max(0, start - 30), start)
            and _ATTENDANCE_AFTER.match(text, b)
            and not _measure_after(text, b)
        ):
            # the expo drew 52,000 over three days, the conference attracted just 300: the people
            # who came
            out.append(
                Candidate("count", start, b, "counts.en.attendance", {"value": value, "modifier": mod, "unit": None, "counted": "attendees"})
            )
            continue
        if (
            phrase is None
            and bm
            and not pm
            and not (not is_words and _YEAR.fullmatch(raw))
            and rules.bare_after.match(text, b)
            and not rules.age_before.search(window)
            and _phrase(bm.group("mod")) not in s["bare_not_modifiers"]
            and not _AGE_AFTER.match(text, b)
        ):
            # "about 85 of them attended", "with more than 1,800 members… and over 220 attended":
            # a modifier says the bare number is how many, of what the sentence names
            out.append(
                Candidate("count", start, b, "counts.en.bare", {"value": value, "modifier": mod, "unit": None, "counted": None})
            )
            continue
        if phrase is None:
            em = rules.word.match(text, pos)
            w = em.group("w").lower() if em and em.group("sep") else ""
            if w == "others" and not part and _AND_WITH_BEFORE.search(text, max(0, start - 12), start):
                # Mayor Dan Keck and six others: the people with the one named
                out.append(
                    Candidate(
                        "count", start, em.end(), "counts.en.others",
                        {"value": value, "modifier": mod, "unit": em.group("w"), "counted": "people"},
                    )
                )
                continue
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
                    counted = prev[-1].attrs["counted"]
                    if w not in s["additive_words"] and w not in s["ellipsis_origin"]:
                        # "three Connecticut schools and 64 nationwide" → schools nationwide
                        unit = unit.split()[-1]
                        counted = f"{counted.split()[-1]} {w}"
                    out.append(
                        Candidate(
                            "count",
                            start,
                            b if w in s["ellipsis_origin"] else em.end(),  # (63| from the United States)
                            "counts.en.ellipsis",
                            {
                                "value": value,
                                "modifier": mod,
                                "unit": unit,
                                "counted": counted,
                            },
                        )
                    )
                continue
        end, words = phrase
        if words[0].lower() in s["vague"]:
            continue
        figure = all(w[0].isupper() for w in words) and _figure_card(text, a, end)
        if (
            line_head
            and all(w[0].isupper() for w in words)
            and not figure
            and not (len(words) == 1 and _ACRONYM_PLURAL.fullmatch(words[0]) and _LOWER_GOES_ON.match(text, end))
        ):
            # "3 Key Actions": section numbering (but "62 C40 cities" is a count, and so is
            # "24 CSIRTs from 21 economies": an acronym's plural the sentence goes on from)
            continue
        if (
            not is_words
            and all(w[0].isupper() for w in words)
            and not part
            and not (bm and _phrase(bm.group("mod")) not in s["bare_not_modifiers"])
            # (Nearly 200 Pharmacists, Over 70 Delegates: a modifier tells an amount, not a name;
            # not Under 23 Championships, an age class)
            and not figure
            and not _title_line(text, a)
            and not any(
                " ".join(words[i:]).lower() in s["capitalised_plurals"] for i in range(len(words))
            )
            and " ".join(words[-1].split()).lower() not in s["plural_of_compounds"]
            and not rules.people_plural.fullmatch(words[-1])  # (2,000 Filipinos: people, capitalised by convention)
            and not (len(words) <= 2 and _ACRONYM_PLURAL.fullmatch(words[-1]))  # (180 BIDs, 300 British POWs: an acronym's plural)
            and not (words[-1][-1:] == "s" and _PHRASE_CLOSED.match(text, end) and not _title_line(text, _line_end(text, end)))
            # (the 307 Exhibitors who…, 19 Sea-level Monitoring Stations;: closed like any noun phrase)
        ):
            continue  # "100 Resilient Cities": a name, unless the whole line is in title case
        if (
            is_words
            and raw[0].isupper()
            and all(w[0].isupper() for w in words)
            and _WORD_OR_QUOTE_BEFORE.search(text, max(0, a - 3), a)
            and not _title_line(text, _line_end(text, end))
            and not rules.people_plural.fullmatch(words[-1])
        ):
            continue  # for Five Bells, A Tale of Two Sister Cities, ‘Two Cultures — …’: a title's words inside a sentence
        om = rules.or_more.match(text, end)
        if om:
            post_mod = "at_least" if om.group("w") == "more" else "at_most"
            end = om.end()
        unit, counted = _en_unit(words)
        counted = _en_role(text, start, end, counted)
        if (
            rules.network_before.search(text, max(0, start - 40), start)
            and not counted.startswith("member")
            and _singular(counted.split()[-1]) in s["member_kinds"]
        ):
            counted = f"member {counted}"  # a coalition of over 80 organizations
        out.append(
            Candidate(
                "count",
                start,
                cut or end,
                rule,
                {"value": value, "modifier": mod or post_mod, "unit": unit, "counted": counted},
            )
        )
    # A survey's sample size: (n=1,024), n = 52 cities is left to the noun rule.
    for m in rules.sample.finditer(text):
        value = parse_en(m.group("num"))
        if value and float(value).is_integer() and not rules.word.match(text, m.end()):
            out.append(
                Candidate(
                    "count",
                    m.start(),
                    m.end(),
                    "counts.en.sample",
                    {"value": value, "modifier": None, "unit": "n", "counted": "respondents"},
                )
            )
    # "Participants: 1,200", "Number of cities: 52": a bare number under a label that names it.
    for m in rules.label.finditer(text):
        value = parse_en(m.group("num"))
        label = m.group("label").strip()
        if m.group("sp") and (" " in label or not label[:1].isupper() or not _LINE_END.match(text, m.end())):
            continue  # Participants 53 on a line of its own: a table's label and number, one word
        # "Shelter beds added: 2,000": the label's noun is its last plural word.
        lw = label.split()
        for i in range(len(lw) - 1, 0, -1):
            if _plural(lw[i], s) or lw[i].lower() in d["collective_nouns"]:
                break
            if lw[i - 1].lower() in s["stop_words"]:
                continue
            if _plural(lw[i - 1], s):
                label = " ".join(lw[:i])
                break
        head = label.split()[-1]
        if value is None or not float(value).is_integer() or _YEAR.fullmatch(m.group("num")):
            continue
        collective = d["collective_nouns"].get(head.lower())  # Population: 121,054
        if not (m.group("numof") or _plural(head, s) or collective):
            continue
        if head.lower() in s["not_counted"]:
            continue
        mod = d["modifiers_before"].get(_phrase(m.group("pre") or "")) or (
            "at_least" if m.group("plus") else None
        )
        unit, counted = _en_unit(label.split())
        counted = collective or counted
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


_POPULATION = re.compile(
    r"人口(?:は|が|[:：])?[ \t]?(?P<mod>約|およそ)?(?P<num>[0-9][0-9,.]*(?:万|億))(?:(?P<nin>人)(?=弱|強))?(?P<post>弱|強)?(?![0-9万億人名余]|以上|以下|未満|超|規模|級|クラス|台|あまり|程度|ほど|前後|近)"
)


def _ja_population(text: str, found: list[Candidate]) -> list[Candidate]:
    """人口44万, 人口約4万, 人口5万人弱: a population written without its counter counts
    residents (its figure alone would read as no count, and 人口 before a figure as a size
    class); with 人 after it (人口44万人) the counter rule reads it. Not a size class (人口10万以上)."""
    out = list(found)
    for m in _POPULATION.finditer(text):
        value = parse_ja(m.group("num"))
        if value is None or not float(value).is_integer():
            continue
        a = m.start() if m.group("mod") or text[m.start() + 2] == m.group("num")[0] else m.start("num")
        if m.group("nin"):
            a = m.start("mod") if m.group("mod") else m.start("num")  # 人口5万人弱: the counter's count, as 5万人 would be
        modifier = "more_than" if m.group("post") == "強" else "approx" if m.group("mod") or m.group("post") else None  # (強: a little over)
        attrs = {"value": int(value), "modifier": modifier, "unit": m.group("nin"), "counted": "residents"}
        out = _in_place_of_overlapped(out, Candidate("count", a, m.end(), "counts.ja.population", attrs))
    return out


_WORD = re.compile(r"\b(?:[0-9][0-9,]*|[A-Za-z]+)\b")
_PERCENT_RANGE = re.compile(r"[ \t]*(?:to|-|–)[ \t]*[0-9][0-9.,]*[ \t]*(?:%|percent\b|per[ \t]cent\b)")
_LINE_END = re.compile(r"[ \t]*(?:\n|\Z)")
_NOUN_NEXT = re.compile(r"[ \t]+([A-Za-z][A-Za-z-]*)")  # (and one from each: no noun follows)
_LIST_TAIL = re.compile(r"[ \t]+(?:[A-Za-z-]+[ \t]+){0,3}[A-Za-z-]+,?[ \t]+and[ \t]+")


def _after_listed_count(window: str, text: str, end: int, rules: _En) -> bool:
    """six resident physicians and one nurse, fifteen students and one teacher: "one" (ending at
    ``end``) closing a list after another count, with a noun after it, is a count of the list
    (not one classroom, one city or one person; not "and one from each")."""
    noun = _NOUN_NEXT.match(text, end)
    if noun is None or noun.group(1).lower() in rules.sets["stop_words"]:
        return False
    for m in _WORD.finditer(window):
        n = m.group().lower()
        year = n.isdigit() and 1000 <= int(n) <= 2100  # (In 2019 the city and one year later)
        if (n[:1].isdigit() and not year or (n in rules.number_words and n != "one")) and _LIST_TAIL.fullmatch(window, m.end()):
            return True
    return False


def _in_place_of_overlapped(found: list[Candidate], new: Candidate) -> list[Candidate]:
    """The candidates with ``new`` in place of every one it overlaps (a later rule's fuller reading)."""
    return [c for c in found if not (c.start < new.end and new.start < c.end)] + [new]


_SOURCE_WORD = r"[A-Z][\w'’-]*(?:(?:(?<=Univ)|(?<=Inst)|(?<=Corp)|(?<=Dept)|(?<=Co)|(?<=St)|(?<=Ltd)|(?<=Inc))\.)?"
_FROM_SOURCE = re.compile(
    r"(?<![\w.$€£¥#/-])(?<![0-9],)(?P<num>[1-9][0-9]{0,2}|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))"
    rf"[ \t]from[ \t](?:the[ \t])?(?P<src>{_SOURCE_WORD}(?:[ \t](?:of[ \t])?{_SOURCE_WORD})*)"
)


def _en_sources(text: str, found: list[Candidate]) -> list[Candidate]:
    """19 from Yokohama National Univ., 8 from Tokyo Inst. of Technology, five from Brunswick:
    a delegation's or a class's members listed by where they come from are counts of people,
    the number and its source one count (the read golds write them so 28 times in 38)."""
    out = list(found)
    for m in _FROM_SOURCE.finditer(text):
        window = text[max(0, m.start() - 16) : m.start()]
        before = window.split()
        if before and before[-1].lower().rstrip(".") in _en().sets["identifier_labels"]:
            continue  # Route 2 from Tokyo
        if _en().month_before.search(window):
            continue  # arrived on July 12 from Osaka: a date
        value = parse_en(m.group("num"))
        if value is None:
            continue
        b = m.end("src")
        if any(
            c.start < b and m.start() < c.end and ((c.end - c.start) > (b - m.start()) or c.rule == "counts.en.ellipsis")
            for c in out
        ):
            continue  # (a longer count already holds it; 101 companies, followed by 63 from the United States: companies)
        attrs = {"value": int(value), "modifier": None, "unit": None, "counted": "people"}
        out = _in_place_of_overlapped(out, Candidate("count", m.start(), b, "counts.en.source", attrs))
    return out


@register("counts")
def recognise(doc: Document) -> list[Candidate]:
    text = doc.norm
    ranges: list[Candidate] = []
    out: list[Candidate] = []
    if _HAS_CJK.search(text):
        ranges.extend(_ja_ranges(doc, text))
        out.extend(_ja_population(text, _ja_candidates(doc, text)))
    ranges.extend(_en_ranges(text))
    out.extend(_en_sources(text, _en_candidates(text)))
    # A range's two ends stand for the numbers in it: a single-number reading of either goes.
    # The range itself is no count: the read golds take its ends 20 times in 76 (50~60人, 20 to 30
    # children are a size, not a number of things counted).
    spans = sorted((c.start, c.end) for c in ranges)
    seen: dict[tuple[int, int], Candidate] = {}
    for c in out:
        i = bisect_left(spans, (c.end, c.end))
        if any(s < c.end and c.start < e for s, e in spans[max(0, i - 2) : i + 1]):
            continue
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
