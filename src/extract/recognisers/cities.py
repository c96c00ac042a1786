"""Cities: gazetteer names read in context, linked to a GeoNames city and its country.

One mechanism for both scripts, in four steps:

1. *Scan*: gazetteer names are looked up over the tokens (UniDic tokens for Japanese script,
   capitalised words for Latin script), longest match first. Each match becomes a ``Mention``
   with its written form (横浜市, バンコク都, 大田広域市, City of Detroit, Iloilo City, Greater
   Johannesburg, or the bare name) and its local signals (part of a longer name, a person, a
   common word, a job title, a city government: Detroit City Council). Places that are never
   cities (countries, prefectures, the world's states and provinces, regions) are found the
   same way and serve as context; so do country headings over a list (（フィリピン共和国）) and
   municipality tables (区市町村別…). Katakana names the gazetteer lacks are kept when UniDic
   reads them as place names, when a suffix or a country is written with them, or when they
   follow another name in a list (matched by sound later); so are 〇〇町/〇〇村 that may be
   municipalities merged away.
2. *Lists*: names joined only by list separators form a list. Words around it say its items
   are cities ("cities such as", "the African cities of", "mayors from", 「…などの都市」「…の各市」);
   a country given for some items (韓国の大邱、光州) is the one the others are looked up in.
3. *Choose*: the written form filters the gazetteer candidates (区/町/村 are Japanese
   municipalities, 都/特別州 a capital, 広域市 Korea, 直轄市 China or Taiwan: a suffix never
   resolves to another country's city), adjacent context fixes the country (フランスのパリ,
   山梨県北杜市, テネシー州ナッシュビル市, Colombo, Sri Lanka, Cape Town (South Africa)), a list of
   one country's cities reads its ambiguous items in that country, and otherwise the most
   prominent candidate must clearly dominate. Unknown katakana names are matched by sound.
4. *Decide per document*: an official form or a name in context confirms the name's bare
   mentions; a bare name alone must be a prominent, unambiguous city that is not a common
   word, a person, a country or region, or part of another name (a capital or a city of
   millions may also stand in a headline or share its name with a state). A list whose items
   are mostly cities, or whose accepted items are in the same country, makes cities of its
   other items (Ulaanbaatar and Darkhan; 厚木市と海老名). A town or village merged away counts in
   a sentence about the merger (合併, 編入) or after 旧. When unsure, leave it out: an analyst
   who finds false cities stops trusting the data.

The language rules live in ``data/ja/cities.json`` and ``data/en/cities.json``.
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cache, lru_cache, partial
from typing import NamedTuple

from ..document import Candidate, Document
from ..gazetteer import City, Gazetteer, Hit, Place, gazetteer, romanise
from ..gazetteer import fold as _fold
from ..readings import latin_readings
from ..resources import load_json, load_words
from . import line_opening, register

_JA = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff々ヶ]")
_KATAKANA = re.compile(r"^[\u30a1-\u30faー]+$")
_KANJI_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff々]+")
_HIRAGANA_ONLY = re.compile(r"^[\u3040-\u309fー]+$")
_LATIN_WORD = re.compile(r"^[A-Za-z\u00c0-\u024f]")
_LOWER_WORDS = re.compile(r"(?<![A-Za-z])[a-z][a-z]+(?![A-Za-z])")
_DATELINE_AFTER = re.compile(
    r"^[ \t]*(?:,[ \t]*[A-Z][A-Za-z .'’-]{2,30})?[ \t]*(?:\(|,|—|–|-{1,2})[ \t]*"
    r"(?:[A-Z][a-z]{2,8}\.?[ \t]+\d|\d{1,2}[ \t]+[A-Z][a-z]{2,8}|\d{4}|[A-Z][a-z]+day)"
)
# (SEATTLE (AP) —, NORFOLK, Va. (WAVY) –: a news agency's or a station's name, a state's
# abbreviation, may stand between the place and the dash; BOZEMAN - A year after…)
_DASH_LEAD = re.compile(
    r"(?:,[ \t]*[A-Z][A-Za-z.]{1,14}(?:[ \t][A-Z][A-Za-z.]+)?)?(?:[ \t]*\([A-Za-z0-9 .&]{2,24}\))?"
    r"(?:[ \t]+(?:—|–|-{1,2})[ \t]+|[ \t]*(?:—|–|--)[ \t]*)(?=[A-Z](?:[A-Za-z’']|[ \t][a-z0-9]))"
)
# NEW DELHI: The …: a colon closes a dateline of two words or more (FROM:, DATE:, AFRICA: are a
# memo's fields and a heading's topic)
_COLON_LEAD = re.compile(r"[ \t]*:[ \t]*(?=[A-Z][a-z])")
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\"“”)]\s*|\n\s*)$")
_PROSE_JA = re.compile(r"[。！？]|[、，].{12,}")
_AFTER_PAREN = re.compile(r"[ \t]*[(（][ \t]*([^()（）\n]{1,40}?)[ \t]*[)）]")
_NEXT_WORDS = re.compile(r"(?:[ \t]+|[ \t]*\|[ \t]*)([A-Z][A-Za-z.'’\-]*(?:[ \t]+[A-Z][A-Za-z.'’\-]*){0,2})")
_AFTER_COMMA = re.compile(
    r"^[ \t]*,[ \t]*((?:[Tt]he[ \t]+)?[A-Z][A-Za-z.'’\-]*(?:[ \t]+(?:[A-Z][A-Za-z.'’\-]*|of|and|the))*)"
)
def _other_place_at(text: str, pos: int, stem: str) -> bool:
    """高松・南昌友好会館, 広島・四川中日友好会館: another place's name right after the dot makes
    the venue a pair's, no venue of the first city (福岡・福岡国際センター is the city's own)."""
    for k in range(4, 1, -1):
        name = text[pos : pos + k]
        if name != stem and (place_of(name) is not None or gaz().hits(fold(name))):
            return True
    return False


def _state_abbreviation(word: str) -> Place | None:
    """Ind., Wash.: a US state as newspapers abbreviate it after a town (MASS. in a dateline
    written in capitals)."""
    table = rules("en")["state_abbreviations"]
    code = table.get(word) or (table.get(word.title()) if word.isupper() and len(word) > 3 else None)
    return Place("state_code", f"US-{code}", "US") if code else None


_PARTNER_BEFORE_STATE = re.compile(r"[ \t]+and[ \t]+[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}(?=[ \t]*,)")
_HEADING_MARKS = re.compile(r"^[(（【\[]\s*|\s*[)）】\]:：]$")
_ITEM = re.compile(r"[^\s、,・0-9]+")
_JP_SUFFIX_KIND = {"区": "ku", "町": "machi", "村": "mura", "市": "shi"}
_FORM_RANK = {"name": 0, "stem": 0, "alt": 1}
# UniDic parts of speech a place name is made of (the first three may start one).
_NAME_TAGS = ("名詞", "接頭辞", "形状詞", "接尾辞", "補助記号")
fold = lru_cache(maxsize=1 << 16)(_fold)


@dataclass
class Mention:
    start: int  # span reported (view offsets)
    end: int
    stem: str  # the name as written, without its suffix
    hits: list[Hit]
    script: str  # "ja" | "en": which rules read it
    official: bool = False  # 横浜市, バンコク都, City of Detroit, Iloilo City
    suffix: str | None = None  # the written suffix's role: city | capital | jp | region
    suffix_text: str = ""  # 市, 区, 都, ...
    jp_type: str | None = None  # shi | ku | machi | mura: the Japanese municipality type written
    country: str | None = None  # from adjacent context
    admin1: str | None = None  # a prefecture or state from adjacent context
    admin1_at: int | None = None  # where that state is written after a comma (Rochester, New York)
    strong: bool = False  # context says this is a place: a country beside it, a list, a dateline
    title: bool = False  # only inside a job title (横浜市長): needs another mention or the holder
    # 〇〇町/〇〇村 that may be a municipality merged away: the spaCy tokens of its stem (for
    # the reading), and whether it was read so (no town or village of that name today)
    tok_span: tuple[int, int] | None = None
    hint: str | None = None  # the country of a province of the same name (チェンマイ市)
    former: bool = False
    flags: set[str] = field(default_factory=set)
    rule: str = "cities.bare"

    @property
    def key(self) -> str:
        return fold(self.stem)


# --- language data ------------------------------------------------------------------------


@cache
def rules(lang: str) -> dict:
    r = dict(load_json(f"{lang}/cities.json"))
    for name in (
        "stop_stems",
        "person_suffixes",
        "bare_followers",
        "route_before",
        "route_after",
        "event_heads",
        "bare_prefecture_cities",
        "ambiguous_words",
        "person_titles",
        "abbreviated_titles",
        "vessel_words",
        "roll_titles",
        "followers_ok",
        "name_connectors",
        "region_words",
        "title_heads",
        "governor_heads",
        "government_heads",
        "metro_prefixes",
        "hyphen_ok",
        "romaji_suffixes",
        "merger_words",
        "name_heads",
        "ambiguous_wards",
        "region_suffixes",
        "city_suffixes",
        "place_prepositions",
        "capital_prefectures",
        "capital_governments",
        "no_city_suffix",
        "title_modifiers",
        "place_phrase_words",
        "placing_words",
        "unlisted_stop",
    ):
        r[name] = frozenset(r.get(name, ()))
    r["placing_suffixes"] = tuple(r.get("placing_suffixes", ()))
    r["placing_phrases"] = tuple(r.get("placing_phrases", ()))
    r["not_placing_before"] = tuple(r.get("not_placing_before", ()))
    r["short_forms"] = {
        _fold(k): v for k, v in r.get("short_forms", {}).items() if not k.startswith("_")
    }
    for name in ("country_forms", "city_prefixes", "region_prefixes"):
        r[name] = tuple(sorted(r.get(name, ()), key=len, reverse=True))
    # City of, Municipality of (any case); State of: one pattern each, longest first
    alt = {name: "|".join(re.escape(w) for w in r[name]) or "(?!)" for name in ("city_prefixes", "region_prefixes")}
    r["city_prefix_rx"] = re.compile(rf"(?<![A-Za-z])({alt['city_prefixes']})\s+$", re.I)
    r["region_prefix_rx"] = re.compile(rf"(?<![A-Za-z])(?:{alt['region_prefixes']})\s+$")
    if "venue_before" in r:
        r["venue_before"] = re.compile(r["venue_before"])
    if "suffixes" in r:
        r["suffix_list"] = tuple(
            sorted((k for k in r["suffixes"] if not k.startswith("_")), key=len, reverse=True)
        )
        r["gloss"] = re.compile(r["reading_gloss"])
    for name in (
        "venue_in_before",
        "venue_in_after",
        "name_tails",
        "city_suffix_phrases",
        "treaty_words",
        "country_after",
        "list_word_head",
        "dateline_date",
        "venue_after",
        "place_line_after",
        "list_region_after",
        "count_after",
        "city_state_at",
        "event_name_after",
        "route_link",
        "route_word",
        "county_after",
        "posted_in_after",
        "unlisted_town",
        "adjective_town",
        "sister_after",
        "municipalities_after",
    ):
        if name in r:
            r[name] = re.compile(r[name], re.I if name == "treaty_words" else 0)
    return r


@lru_cache(maxsize=1)
def gaz() -> Gazetteer:
    """The gazetteer with each language's country abbreviations (米国, U.S.) and regions merged in."""
    g = gazetteer()
    for lang in ("ja", "en"):
        aliases = rules(lang).get("country_aliases", {})
        g.add_places(
            {k: Place("country" if len(v) == 2 else "region", v, v) for k, v in aliases.items()}
        )
        # (a province keeps its own entry: Kingston, Ontario is still placed by it)
        g.add_places(
            {
                name: Place("region", "", None)
                for name in rules(lang).get("region_names", ())
                if not any(p.kind == "province" for p in g.places.get(fold(name), ()))
            }
        )
    return g


@lru_cache(maxsize=4096)
def country_of(text: str) -> str | None:
    """ISO code of a country written plainly or in an official form (フィリピン共和国, Republic of Korea)."""
    g = gaz()
    text = text.strip().replace("’", "'")  # People’s Republic of China, as typeset
    code = g.country_code(text)
    if code:
        return code
    for form in rules("ja")["country_forms"]:
        if text.endswith(form) and len(text) > len(form):
            code = g.country_code(text[: -len(form)])
            if code:
                return code
    low = text.lower()
    for form in rules("en")["country_forms"]:
        if low.startswith(form.lower() + " "):
            rest = text[len(form) + 1 :]
            code = g.country_code(rest[4:] if rest.lower().startswith("the ") else rest)
            if code:
                return code
    if low.startswith("the "):
        return g.country_code(text[4:])
    return None


@lru_cache(maxsize=4096)
def short_form(lang: str, key: str) -> City | None:
    """The city a short form stands for (Rio for Rio de Janeiro, NYC, KL): read so only when the
    document names the city in full or its country (see ``short_forms`` in the rules)."""
    entry = rules(lang).get("short_forms", {}).get(key)
    if entry is None:
        return None
    full, code = entry
    found = [h.city for h in gaz().hits(fold(full)) if h.city.country == code]
    return max(found, key=lambda c: (_score(c), -c.idx)) if found else None


def place_of(text: str) -> Place | None:
    """A country (in any form), prefecture, state or region named by the whole text."""
    code = country_of(text)
    if code:
        return Place("country", code, code)
    return gaz().place(text.strip())


class Tok(NamedTuple):
    """What the scanners need of a token, read from the spaCy Doc in one pass."""

    idx: int
    text: str
    tag_: str
    k: int = 0  # index in the spaCy Doc (for the rare look at a reading)


_make_tok = Tok._make


@lru_cache(maxsize=1 << 14)
def _tok_class(text: str, tag: str) -> tuple[bool, bool, bool, bool]:
    """Per (word, tag), read once: may start a name, may continue one, is a mark, is katakana."""
    ja = _JA.search(text) is not None
    kata = _KATAKANA.match(text) is not None
    return (
        (tag.startswith(_NAME_TAGS[:3]) or kata) and ja,
        (tag.startswith(_NAME_TAGS) or kata) and ja,
        tag.startswith("補助記号"),
        kata,
    )


def _tokens(doc: Document, joins: tuple[int, ...] = ()) -> list[Tok]:
    """Tokens, split where the view joined two source lines inside one (a list item's last
    name glued to the next item's city: スミス⏎ダバオ市 read as one unknown word)."""
    if doc.tokens is None or len(doc.tokens) == 0:
        return []
    table = doc.table
    out = [
        _make_tok((a, w, tag, k))
        for k, (a, w, tag) in enumerate(zip(table.starts, table.texts, table.tags, strict=True))
        if not w.isspace()
    ]
    compounds = rules("ja")["suffix_compounds"]
    if any(w in doc.norm for w in compounds):
        # 伊万里|市議|長: a councillor's word glued to the city's suffix; the suffix is the city's
        out = [
            y
            for i, t in enumerate(out)
            for y in (
                (Tok(t.idx, t.text[0], t.tag_, t.k), Tok(t.idx + 1, t.text[1:], t.tag_, t.k))
                if t.text in compounds and i and out[i - 1].idx + len(out[i - 1].text) == t.idx
                and "地名" in out[i - 1].tag_
                else (t,)
            )
        ]
    if not joins:
        return out
    split: list[Tok] = []
    for t in out:
        k = bisect_left(joins, t.idx + 1)
        cuts = []
        while k < len(joins) and joins[k] < t.idx + len(t.text):
            cuts.append(joins[k] - t.idx)
            k += 1
        if not cuts:
            split.append(t)
            continue
        for a, b in zip([0, *cuts], [*cuts, len(t.text)], strict=True):
            split.append(Tok(t.idx + a, t.text[a:b], t.tag_, t.k))
    return split


# --- scanning: Japanese script -----------------------------------------------------------


def _ja_window_in(g: Gazetteer, s: str) -> tuple[tuple[Hit, ...], Place | None, bool]:
    """What the gazetteer says of a run of tokens: its cities, its place, whether it names
    anything at all (a city, a place or a short form)."""
    key = fold(s)
    hits, place = g.lookup(key)
    return hits, place, bool(hits or place or short_form("ja", key))


@lru_cache(maxsize=1 << 16)
def _ja_window(s: str) -> tuple[tuple[Hit, ...], Place | None, bool]:
    """:func:`_ja_window_in` for the process gazetteer, kept: the same runs recur."""
    return _ja_window_in(gaz(), s)


def _suffix_at(text: str, pos: int, R: dict) -> tuple[str, int] | None:
    """The suffix written at ``pos`` (after an optional reading gloss: 北杜(ほくと)市)."""
    gloss = R["gloss"].match(text, pos)
    at = gloss.end() if gloss else pos
    for suf in R["suffix_list"]:
        if text.startswith(suf, at):
            nxt = text[at + len(suf) : at + len(suf) + 1]
            if nxt and nxt in R["suffix_blockers"].get(suf, ()):
                return None
            return suf, at + len(suf)
    return None


def _holder_dropped(text: str, a: int, end: int, suf_end: int, R: dict, g: Gazetteer) -> int:
    """ラリー・クライン・サニーベール市長: a roster writes the holder's full name, a dot, then
    the city and the post. Where the whole katakana run is no city the gazetteer knows, its
    longest known tail after the name's own dot is the city, else the last part (matched by
    sound later); only before a post (市長, 市議会)."""
    if not any(text.startswith(w, suf_end) for w in R["title_suffixes"]):
        return a
    # a holder's full name holds a dot itself (レックス・リチャードソン市長 is a mayor's name and
    # title); a word that opens place names is no holder's (セント・ピーターズバーグ)
    dots = [k for k in range(a, end) if text[k] == "・"][1:]
    dots = [k for k in dots if text[text.rfind("・", a, k) + 1 : k] not in R["name_openers"]]
    for k in dots:
        if g.cities_named(text[k + 1 : end]):
            return k + 1
    return dots[-1] + 1 if dots else a


def _adjacent(a, b) -> bool:
    return b.idx == a.idx + len(a.text)


def _surname_like(tok, toks: list, k: int) -> bool:
    """A short kanji proper noun standing alone before ・ (佐藤・宇都宮市長, 細江・岐阜市長, where
    UniDic reads the surname as a place). Katakana is left out: レックス・リチャードソン市長 is one
    foreign name. A place there would itself follow another noun."""
    if not (tok.tag_.startswith("名詞-固有名詞") and _KANJI_RUN.fullmatch(tok.text)):
        return False
    if len(tok.text) > 3:
        return False
    prev = toks[k - 1] if k > 0 else None
    return prev is None or not _adjacent(prev, tok) or not prev.tag_.startswith("名詞")


def scan_ja(
    text: str,
    toks: list,
    g: Gazetteer,
    places: dict[int, Place],
    reading: Callable[[int], str] = lambda k: "",
    joins: tuple[int, ...] = (),
) -> list[Mention]:
    """Japanese-script names over UniDic tokens; records the places (countries, prefectures) seen.
    ``reading`` gives a token's UniDic reading ("" for a word UniDic does not know); ``joins``
    are the view offsets where the view joined two source lines."""
    R = rules("ja")
    mentions: list[Mention] = []
    n = len(toks)
    # Per-token facts read once (not once per window that holds the token).
    cls = [_tok_class(t.text, t.tag_) for t in toks]
    ends = [t.idx + len(t.text) for t in toks]
    window = _ja_window if g is gaz() else partial(_ja_window_in, g)
    # tokens with a city suffix (市) written within 16 characters after them: the only ones a
    # kanji name read by sound may start at (one pass, not a test per token)
    near: set[int] = set()
    q = 0
    for mm in _city_suffix_rx().finditer(text):
        while q < n and toks[q].idx < mm.start() - 16:
            q += 1
        k = q
        while k < n and toks[k].idx < mm.start():
            near.add(k)
            k += 1

    def kanji_city(k: int) -> int | None:
        """The token after a kanji city read by sound that starts at token k, or None."""
        found = _kanji_city(text, toks, k, R, places, mentions[-1] if mentions else None) if k in near else None
        if found is None:
            return None
        mentions.append(found[0])
        return found[1] + 1

    i = 0
    while i < n:
        if not cls[i][0]:
            # 葫芦島市: a Chinese or Korean name UniDic reads as common nouns
            i = kanji_city(i) or i + 1
            continue
        t = toks[i]
        best = None
        for j in range(i, min(i + 6, n)):
            if j > i and toks[j].idx != ends[j - 1]:
                break
            c = cls[j]
            if not c[1]:
                break
            if c[2]:
                if j > i and (p := place_of(text[t.idx : toks[j].idx])) is not None and p.kind == "country":
                    break  # 中国・上海, フィンランド・トゥルク: a country, a dot, then its city
                continue  # クアラ・ルンプール: a mark inside a name, never at its end
            s = text[t.idx : ends[j]]
            hits, place, found = window(s)
            if found:
                best = (j, s, list(hits), place)
        # A katakana run with a city suffix (サンタロサ市, マンダウエ市) is one name, even when the
        # gazetteer knows only a part of it or none of it (matched by sound later).
        run = i
        while run + 1 < n and toks[run + 1].idx == ends[run]:
            if cls[run + 1][3]:
                run += 1
            elif (
                toks[run + 1].text == "・" and run + 2 < n and cls[run + 2][3] and toks[run + 2].idx == ends[run + 1]
                and cls[i][3]
                and not _ends_place(text[t.idx : ends[run]])
            ):
                # セント・ピーターズバーグ市: one foreign name written in parts (フィンランド・
                # トゥルク市 is a country and its city)
                run += 2
            else:
                break
        # (A province of the same name, イロイロ州, does not make イロイロ市 a province.)
        if cls[i][3] and (best is None or best[0] < run or not best[2]):
            run_end = toks[run].idx + len(toks[run].text)
            suf = _suffix_at(text, run_end, R)
            # a place the gazetteer knows (アジア); a province alone is read as its city
            # (タイのプーケット, the island's city; プーケット県 is the province)
            known = (
                best is not None
                and best[0] >= run
                and (best[2] or best[3] is None or best[3].kind != "state" or suf is not None)
            )
            if suf and R["suffixes"][suf[0]] in ("city", "capital"):
                a = _line_start(text, t.idx, run_end, joins, g)
                name = text[a:run_end]
                if "・" in name and not g.cities_named(name):
                    a = _holder_dropped(text, a, run_end, suf[1], R, g)
                    name = text[a:run_end]
                glued = None
                if not known and not g.cities_named(name) and (cut := _country_prefix(name)):
                    # フィリピンセブ市: a country's name glued before its city and suffix
                    glued = place_of(name[:cut])
                    a, name = a + cut, name[cut:]
                m = Mention(a, suf[1], name, g.cities_named(name), "ja", official=True)
                if glued is not None:
                    m.country, m.strong = glued.country, True
                    m.flags.add("country_named")
                m.suffix, m.suffix_text, m.rule = R["suffixes"][suf[0]], suf[0], "cities.suffix"
                if known and best[3] is not None and best[3].kind == "state":
                    m.hint = best[3].country
                mentions.append(m)
                i = run + 1
                continue
            if not known and not suf and (cut := _country_prefix(text[t.idx : run_end])):
                # イタリアミラノ, フランスパリ: a country's name glued before its city (a list's
                # shorthand); the city is the rest, placed by that country
                a2 = t.idx + cut
                p = place_of(text[t.idx : a2])
                hits = [h for h in g.cities_named(text[a2:run_end]) if p is not None and h.city.country == p.country]
                if hits:
                    m = Mention(a2, run_end, text[a2:run_end], hits, "ja", country=p.country, strong=True)
                    m.flags.add("country_named")
                    mentions.append(m)
                    i = run + 1
                    continue
            # オーストラリアのバンクスタウン, カステッラバーテ(イタリア): an unknown katakana name
            # with its country beside it, matched by sound later; so is one UniDic reads as a
            # place name (テジョン) or one listed after another name (テジョンとクァンジュ): they
            # become cities only if the context gives them a country.
            if not known and (
                _country_beside(text, t.idx, run_end, places)
                or all(x.tag_.startswith("名詞-固有名詞-地名") for x in toks[i : run + 1])
                or (
                    mentions
                    and mentions[-1].end <= t.idx
                    and _list_patterns("ja")[0].fullmatch(text, mentions[-1].end, t.idx)
                )
            ):
                name = text[t.idx : run_end]
                m = Mention(t.idx, run_end, name, [], "ja")
                if best is not None and best[3] is not None and best[3].kind == "state":
                    m.hint = best[3].country
                _ja_flags(m, toks, i, run, text, R, places, reading)
                m.flags.discard("person")  # UniDic tags many foreign words as names
                if any(text.startswith(x, run_end) for x in R["person_suffixes"]):
                    m.flags.add("person")
                if any(text.startswith(x, run_end) for x, kind in R["suffixes"].items() if kind == "region"):
                    m.flags.add("region")  # スペイン国ガリシア州: a state's name, however near its country
                m.flags.add("unknown")
                mentions.append(m)
                i = run + 1
                continue
        if best is None:
            nxt = kanji_city(i)
            if nxt is not None:
                i = nxt
                continue
            m = _former_form(text, toks, i, R)
            if m is not None:
                _ja_flags(m, toks, i, i, text, R, places, reading)
                mentions.append(m)
                i += 1 if m.end == t.idx + len(t.text) else 2
                continue
            i += 1
            continue
        j, s, hits, place = best
        start, stem_end = t.idx, t.idx + len(s)
        # A full name that ends in a suffix (横浜市, 東京都, 山梨県) is read as stem + suffix.
        for suf in R["suffix_list"]:
            if not (s.endswith(suf) and len(s) > len(suf)):
                continue
            if R["suffixes"][suf] == "region" and hits and not place:
                break  # 光州, 広州, 杭州: a city whose name ends like a province
            if g.cities_named(s[: -len(suf)]):
                stem_end -= len(suf)
                # the full name's cities first (大田広域市 is Daejeon), then the stem's (大田市)
                full = hits
                seen = {h.city.idx for h in full}
                hits = full + [h for h in g.cities_named(s[: -len(suf)]) if h.city.idx not in seen]
                while j > i and toks[j].idx >= stem_end:
                    j -= 1  # the stem's last token (the suffix is read again below)
                break
        stem = text[start:stem_end]
        suf = _suffix_at(text, stem_end, R)
        role = R["suffixes"][suf[0]] if suf else None
        if role == "region" or (not hits and place):
            # 山梨県, 京都府, ペナン州, 〇〇郡, フィリピン(共和国): a place that is not a city.
            end = suf[1] if role == "region" else stem_end
            if role == "region":
                # ジョージア州 is the US state, not the country
                p = g.place(stem + suf[0]) or g.subdivision(stem)
                if p is None:
                    p = Place("region", "", "JP" if suf[0] == R["district_suffix"] else None)
            else:
                p = place
                for form in R["country_forms"]:
                    if p.kind == "country" and text.startswith(form, end):
                        end += len(form)
                        break
            places[end] = p
            m = Mention(
                start, end, stem, hits, "ja", suffix="region", suffix_text=suf[0] if suf else ""
            )
            m.flags.add("region")
            if p.kind != "country" and not (suf and suf[0] == R["district_suffix"]):
                m.flags.add("area")  # 愛知, 三重県, 関西: a prefecture or a region, never a city
            mentions.append(m)
            while i < n and toks[i].idx < end:
                i += 1
            continue
        if not hits and not short_form("ja", fold(stem)):
            i = j + 1
            continue
        m = Mention(start, stem_end, stem, hits, "ja")
        if (
            place
            and not role
            and (
                place.kind == "country"
                or (place.kind == "prefecture" and stem not in R["bare_prefecture_cities"])
            )
        ):
            # 香川, 山口, ジョージア: also a prefecture or a country. A foreign state or province
            # that shares its city's name (セブ, チェンマイ, ニューヨーク) is a place only with
            # its suffix (セブ州): alone, the name is the city.
            m.flags.add("place")
            if place.kind == "prefecture":
                m.flags.add("prefecture")  # 千葉: the prefecture or its capital
            elif any(h.city.country == place.country and h.city.kind == "capital" for h in hits):
                m.flags.add("city_state")  # シンガポール: the country or its city
                if R["city_state_at"].match(text, stem_end) or _territory_city(place, text, start, stem_end):
                    # 香港で開催される見本市, シンガポールに到着: where something happens, the city
                    m.strong, m.rule = True, "cities.city_state"
                    m.flags.discard("place")
            places[stem_end] = place
        if suf and role in ("city", "capital", "jp"):
            m.end, m.official, m.suffix, m.suffix_text = suf[1], True, role, suf[0]
            m.rule = "cities.suffix"
            m.jp_type = _JP_SUFFIX_KIND.get(suf[0])
            if suf[0] == "市" and R["municipalities_after"].match(text, m.end):
                m.flags.add("region")  # 県内モデル市町, 市区町村: the municipalities of a kind, no city
            if m.jp_type in ("machi", "mura"):
                m.tok_span = (t.k, toks[j].k + 1)  # 海老名町: perhaps a town merged away
            # 多治見市モザイクタイルミュージアム, 奈良市美術館, 守口市民まつり: the city begins the
            # name of something else (横浜市民, 横浜市内の and 横浜市役所の stay the city).
            at = m.end
            follower = next((f for f in R["official_followers"] if text.startswith(f, at)), "")
            at += len(follower)
            q = next((q for q in range(j + 1, n) if toks[q].idx >= at), None)
            if q is not None and toks[q].idx == at and follower not in R["closing_followers"]:
                nxt = toks[q]
                if (
                    nxt.tag_.startswith(("名詞-普通名詞-一般", "接尾辞")) or _KATAKANA.match(nxt.text)
                ) and not _WARD_AFTER.match(text, at) and not _ADDRESS_AFTER.match(text, at) and not (
                    m.jp_type == "shi" and _TOWN_AFTER.match(text, at)
                ):
                    # (重慶市潼南区: a city and one of its districts; つくば市竹園2-20-5: an
                    # address, the city's quarter and block numbers after it; 天草市宮地岳町: a
                    # quarter of the city by its 町 name)
                    m.flags.add("compound")
            for x in R["title_suffixes"]:
                if text.startswith(x, m.end):
                    m.title = True
                    if _KATAKANA.match(m.stem) and (given := _KATAKANA_GIVEN_BEFORE.search(text, max(0, start - 16), start)):
                        if place_of(given.group(1)) is None:
                            m.flags.add("person")  # キャンベル バリー市長, クロード・バディ・ルイス市長: a foreign full name, then the post
                    # 横浜市長 山中竹春: the title followed by its holder's name
                    nxt = next((q for q in range(j + 1, n) if toks[q].idx >= m.end + len(x)), None)
                    if (
                        nxt is not None
                        and "人名" in toks[nxt].tag_
                        and toks[nxt].idx - (m.end + len(x)) <= 1
                    ):
                        m.flags.add("named")
                    # 豊岡三島市長, 山中横浜市長: the holder's surname glued before the title
                    # (a name comes before its title), so 三島 is the city, not the surname
                    prev = toks[i - 1] if i > 0 else None
                    if (
                        prev is not None
                        and _adjacent(prev, t)
                        and prev.tag_.startswith("名詞-固有名詞")
                        and _JA.search(prev.text)
                    ):
                        m.flags.add("named")
                    # 藤本正人 所沢市長: the holder's name, a space, then the title (a list of
                    # speakers)
                    if (
                        prev is not None
                        and "人名" in prev.tag_
                        and t.idx == prev.idx + len(prev.text) + 1
                        and text[t.idx - 1] == " "
                    ):
                        m.flags.add("named")
                    # 仲川 げん(奈良市長): a roster's post in brackets right after its holder's name
                    if (
                        prev is not None
                        and prev.text in ("(", "（")
                        and prev.idx > 0
                        and not text[prev.idx - 1].isspace()
                        and text[m.end + len(x) : m.end + len(x) + 1] in (")", "）")
                    ):
                        m.flags.add("named")
                    # 山崎善也・綾部市長, 佐藤・宇都宮市長: the holder's name, a middle dot, then
                    # the title (news style; UniDic may read a surname as a place: 細江・岐阜市長)
                    before = toks[i - 2] if i > 1 else None
                    if (
                        prev is not None
                        and before is not None
                        and prev.text in ("・", "、")
                        and (
                            "人名-名" in before.tag_
                            or _surname_like(before, toks, i - 2)
                        )
                    ):
                        m.flags.add("named")
                    break
        _ja_flags(m, toks, i, j, text, R, places, reading)
        mentions.append(m)
        i = j + 1
    return mentions


@cache
def _facility_after() -> tuple[str, ...]:
    """Words after a place that make it a facility's name (大阪駅, 成田空港): data/ja/cities.json."""
    return tuple(sorted(rules("ja").get("facility_after", []), key=len, reverse=True))


_FACILITY_ITEMS = re.compile(r"[」』]?(?:、[「『]?[\u4e00-\u9fff\u30a1-\u30fa\u30fc]{1,8}[」』]?)*")


def _facility_follows(text: str, end: int) -> bool:
    """台北駅, 「鎌倉」駅, 台北、台中、高雄駅で: a facility's word after the name (past its quote), or
    a station's after the last item of the list the name opens, makes each item a facility's
    name (a list ending in a port town, 韓国・釜山、境港, or Hong Kong, 香港, is no list of ports)."""
    items = _FACILITY_ITEMS.match(text, end)
    if items.end() > end and text.startswith(_facility_after(), items.end()):
        return True
    if items.end() > end and text[items.end() - 1] == "駅":
        return True  # 台北、台中、高雄駅: the last item ends with the word itself
    return text.startswith(_facility_after(), end)


def _line_start(text: str, a: int, b: int, joins: tuple[int, ...], g: Gazetteer) -> int:
    """Where a katakana name with a city suffix begins when the view joined a line break inside
    it: a list of delegates (…/市長/マリア・サントス⏎ダバオ市(フィリピン)) puts the next item's
    city right after the last item's name. The name begins after the break unless the whole run
    is a city the gazetteer knows (a name wrapped across two lines)."""
    k = bisect_left(joins, a + 1)
    if k >= len(joins) or joins[k] >= b:
        return a
    if g.cities_named(text[a:b]):
        return a
    while k + 1 < len(joins) and joins[k + 1] < b:
        k += 1
    return joins[k]


@lru_cache(maxsize=4096)
def _country_prefix(stem: str) -> int:
    """Length of a country's name opening a city's name (中国上海 → 2), else 0."""
    for k in range(2, min(len(stem) - 1, 8)):
        p = place_of(stem[:k])
        if p is not None and p.kind == "country" and gaz().cities_named(stem[k:]):
            return k
    return 0


READING_COUNTRIES = ("KR", "KP", "CN", "TW")  # whose city names a Japanese text writes in kanji


@cache
def _city_suffix_rx() -> re.Pattern:
    R = rules("ja")
    return re.compile("|".join(re.escape(k) for k in R["suffix_list"] if R["suffixes"][k] == "city"))


_WARD_AFTER = re.compile(r"(?:[\u4e00-\u9fff]{1,4}|[ァ-ヴー]{2,10})区(?![域画分間別])")  # 潼南区, リベルダーデ区
_AMP_AFTER = re.compile(r"[ \t]*[&+][ \t]*([A-Z][\w'’-]+)")
_AMP_BEFORE = re.compile(r"([A-Z][\w'’-]+)[ \t]*[&+][ \t]*\Z")
AMP_PLACE_POPULATION = 100000  # a town this size beside an ampersand is a place, not a partner's name


def _placelike(word: str) -> bool:
    """Whether a capitalised word beside an ampersand is a place too (Trinidad & Tobago)."""
    return place_of(word) is not None or any(
        h.form == "name" and h.city.population >= AMP_PLACE_POPULATION for h in gaz().hits(fold(word))
    )


_TOWN_AFTER = re.compile(r"[\u4e00-\u9fff]{1,4}[町村](?![内会民長議域営立政])")  # 天草市宮地岳町: a quarter of the city
_ADDRESS_AFTER = re.compile(r"[\u3400-\u9fff\u3041-\u309f\u30a1-\u30fc]{1,6}(?:[0-9０-９]+[-－−‐][0-9０-９]|[0-9０-９一二三四五六七八九十]+丁目)")


def _kanji_city(
    text: str, toks: list, i: int, R: dict, places: dict[int, Place], prev: Mention | None = None
) -> tuple[Mention, int] | None:
    """光陽市(韓国), 韓国・太白市, 北京市、葫芦島市: a kanji name the gazetteer does not know, with a
    city suffix and a Korean or Chinese country beside it or before it in a list; matched by its
    reading later (a Japanese name is in the gazetteer under its own kanji)."""
    a = toks[i].idx
    if not _KANJI_RUN.fullmatch(toks[i].text):
        return None  # (the caller calls only with a city suffix written near)
    j = i
    while j + 1 < len(toks) and j - i < 2 and _adjacent(toks[j], toks[j + 1]) and _KANJI_RUN.fullmatch(toks[j + 1].text):
        if _suffix_at(text, toks[j].idx + len(toks[j].text), R):
            break
        j += 1
    b = toks[j].idx + len(toks[j].text)
    if not (2 <= b - a <= 4 and _KANJI_RUN.fullmatch(text, a, b)):
        return None
    suf = _suffix_at(text, b, R)
    if suf is None or R["suffixes"][suf[0]] != "city":
        return None
    p = places.get(a) or (places.get(a - 1) if a and text[a - 1] in R["country_links"] else None)
    after = _AFTER_PAREN.match(text, suf[1])
    # 韓国・太白市, 四川省遂寧市: a country or one of its provinces before the name
    country = p.country if p is not None and p.kind in ("country", "state", "province") else (country_of(after.group(1)) if after else None)
    if country is None and prev is not None and prev.official and text[prev.end : a] in ("、", "・", "，"):
        # 北京市、葫芦島市: the item before in a list of cities says the country
        cs = {h.city.country for h in prev.hits}
        country = next(iter(cs)) if len(cs) == 1 else None
    if country not in READING_COUNTRIES:
        return None
    m = Mention(a, suf[1], text[a:b], [], "ja", official=True)
    m.suffix, m.suffix_text, m.rule = "city", suf[0], "cities.suffix"
    m.country = country
    m.flags.add("reading")
    return m, j


def _former_form(text: str, toks: list, i: int, R: dict) -> Mention | None:
    """A name the gazetteer does not know written with 町 or 村: one UniDic place-name token
    (城山町, 津久井町) or a proper noun and the suffix (有馬村, 大野村). Whether it is a
    municipality merged away is decided later, from its sentence and its list."""
    t = toks[i]
    if not t.tag_.startswith("名詞-固有名詞"):
        return None
    if t.text[-1:] in _FORMER_SUFFIXES and len(t.text) >= 3 and "地名" in t.tag_:
        stem, suffix, end, span = t.text[:-1], t.text[-1], t.idx + len(t.text), (t.k, t.k + 1)
    elif (
        i + 1 < len(toks)
        and toks[i + 1].text in _FORMER_SUFFIXES
        and _adjacent(t, toks[i + 1])
        and _JA.search(t.text)
        and len(t.text) >= 2
    ):
        stem, suffix, end, span = t.text, toks[i + 1].text, toks[i + 1].idx + 1, (t.k, t.k + 1)
    else:
        return None
    nxt = text[end : end + 1]
    if nxt and nxt in R["suffix_blockers"].get(suffix, ()):
        return None
    m = Mention(t.idx, end, stem, [], "ja", official=True, suffix="jp", suffix_text=suffix)
    m.jp_type, m.tok_span, m.rule = _JP_SUFFIX_KIND[suffix], span, "cities.former"
    return m


_FORMER_SUFFIXES = ("町", "村")


@cache
def _merger_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    R = rules("ja")
    item = R["merger_item"]
    return (
        re.compile(R["merger_list_separator"]),
        re.compile(item),  # a whole chunk (fullmatch)
        re.compile(f"({item})$"),  # the name that ends the text before the list
        re.compile(f"^({item})(?![\u3400-\u9fff\uf900-\ufaff々ヶケ])"),  # the last name
    )


def _merger_lists(text: str, toks: list, mentions: list[Mention], g: Gazetteer) -> list[Mention]:
    """The towns and villages listed in a merger sentence, each read as the whole text between
    the list's separators (南毛利村, 睦合村, 小鮎村): it replaces any shorter name found inside
    it. See ``_merger_list_doc`` in data/ja/cities.json."""
    R = rules("ja")
    if not any(w in text for w in R["merger_words"]):
        return mentions
    sep, whole, tail, head = _merger_patterns()
    items: list[tuple[int, int]] = []
    ends = "".join(re.escape(x) for x in R["sentence_ends"])
    for sent in re.finditer(f"[^{ends}]+", text):
        if not any(w in sent.group() for w in R["merger_words"]):
            continue
        bounds = [sent.start(), *(x for mm in sep.finditer(sent.group()) for x in mm.span())]
        bounds = [b if k == 0 else b + sent.start() for k, b in enumerate(bounds)]
        chunks = list(zip(bounds[0::2], [*bounds[1::2], sent.end()], strict=True))
        k = 0
        while k < len(chunks) - 1:
            a, b = chunks[k]
            first = tail.search(text, a, b)
            if first is None:
                k += 1
                continue
            run = [first.span(1)]
            q = k + 1
            while q < len(chunks) and whole.fullmatch(text, *chunks[q]):
                run.append(chunks[q])
                q += 1
            if q < len(chunks) and (last := head.match(text[chunks[q][0] : chunks[q][1]])):
                run.append((chunks[q][0], chunks[q][0] + last.end(1)))
            if len(run) >= 2:
                items += run
            k = max(q, k + 1)
    if not items:
        return mentions
    by_idx = [t.idx for t in toks]
    out = list(mentions)
    for a, b in items:
        suffix = text[b - 1]
        if suffix not in _FORMER_SUFFIXES or any(m.start == a and m.end == b for m in out):
            continue
        t0 = bisect_left(by_idx, a)
        t1 = bisect_left(by_idx, b)
        if t0 >= len(toks) or toks[t0].idx != a or t1 == t0:
            continue  # (the name does not begin a token: leave it to the scanners)
        out = [m for m in out if m.end <= a or m.start >= b]
        stem = text[a : b - 1]
        m = Mention(a, b, stem, g.cities_named(stem), "ja", official=True, suffix="jp")
        m.suffix_text, m.jp_type, m.rule = suffix, _JP_SUFFIX_KIND[suffix], "cities.former"
        m.tok_span = (toks[t0].k, toks[t1 - 1].k + 1)
        m.flags |= {"toponym", "merger"}
        out.append(m)
    out.sort(key=lambda m: m.start)
    return out


_ON_RIVER = re.compile(
    r"[ -](?:on|upon|am|an der)[ -]"
    r"(?!(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b"
    r"|(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\b)"
    r"[A-Z][a-z]+\b(?![ \t]+[A-Z0-9])"
)


def _country_beside(text: str, a: int, b: int, places: dict[int, Place]) -> bool:
    p = places.get(a) or (
        places.get(a - 1) if a and text[a - 1] in rules("ja")["country_links"] else None
    )
    if p is not None and p.kind == "country":
        return True
    mm = _AFTER_PAREN.match(text, b)
    return bool(mm and country_of(mm.group(1)))


_KANJI_DIGITS = "〇一二三四五六七八九十百千0123456789０１２３４５６７８９"
_KANJI_DATE = re.compile(r"[〇一二三四五六七八九十百千]+[日月年]")


def _ja_flags(
    m: Mention,
    toks: list,
    i: int,
    j: int,
    text: str,
    R: dict,
    places: dict[int, Place],
    reading: Callable[[int], str],
) -> None:
    """Signals around a Japanese name: person, part of a longer name, common word."""
    stem_toks = toks[i : j + 1]
    if all(t.tag_.startswith("名詞-固有名詞-地名") for t in stem_toks):
        m.flags.add("toponym")
    if any("人名" in t.tag_ for t in stem_toks) and not _katakana_name(m.stem):
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        prv = toks[i - 1] if i > 0 else None
        if (
            not m.official
            and all(t.tag_.startswith("名詞-固有名詞-人名-姓") for t in stem_toks)
            and nxt is not None
            and nxt.idx == m.end
            and nxt.tag_.startswith(("助詞", "補助記号"))
            and (prv is None or prv.tag_.startswith(("助詞", "補助記号")))
        ):
            # 分野で金沢、…: a surname alone before a particle (no given name, no honorific)
            # is a large city's name as much as a person's
            m.flags.add("surname")
        else:
            m.flags.add("person")  # (UniDic tags many foreign place names as names: not katakana)
    if m.stem in R["stop_stems"] or (
        m.stem[0] in _KANJI_DIGITS and (_KANJI_DATE.fullmatch(m.stem) or text[m.start - 1 : m.start] in _KANJI_DIGITS)
    ):
        m.flags.add("stop")  # 友好, 文化: a common word, whatever the context says; 二十四日: a date
    if (
        m.stem in R["stop_stems"]
        or m.stem in R["ambiguous_words"]
        or len(m.stem) < 2
        or _HIRAGANA_ONLY.match(m.stem)
    ):
        m.flags.add("common")
    # one word UniDic knows as a common noun (a word it does not know at all, クァンジュ, is
    # tagged a common noun too, without a reading)
    common_noun = len(stem_toks) == 1 and stem_toks[0].tag_.startswith("名詞-普通名詞") and reading(stem_toks[0].k)
    if common_noun and _KATAKANA.match(m.stem):
        m.flags.add("loanword")  # バンド, パートナー: a common noun, whatever GeoNames lists
    elif common_noun and not m.official and _KANJI_RUN.fullmatch(m.stem) and _KANJI_RUN.match(text, m.end):
        # 中国の海洋進出: a word of the language that GeoNames also lists as a town, glued to the
        # next word of a compound (温州(中国・浙江省) stays the city)
        m.flags.add("stop")
    after = text[m.end : m.end + 6]
    if any(after.startswith(x) for x in R["person_suffixes"]):
        m.flags.add("person")
    if not m.official and after.startswith("都内") and m.stem + "都" in R["capital_governments"]:
        m.end += 1  # 東京都内: in 東京都, the capital written with its 都
        m.official = True
    if m.official:
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        if (
            nxt is not None
            and nxt.idx == m.end
            and nxt.tag_.startswith("名詞-固有名詞-人名-名")
            and any(t.tag_.startswith("名詞-固有名詞-人名-姓") for t in stem_toks)
        ):
            m.flags.add("full_name")  # 東村新一市長: a surname and the given name after it, no village
        return
    # What follows a bare name: a particle or punctuation (厚木が, 横浜で), a word that keeps it a
    # place (厚木出身), a person's name, or a noun that makes it part of another name
    # (厚木バスセンター, 横浜宣言).
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    if nxt is not None and nxt.idx == m.end:
        if any(after.startswith(x) for x in R["bare_followers"]):
            pass
        elif text[m.start - 1 : m.start] in R["route_before"] and any(after.startswith(x) for x in R["route_after"]):
            pass  # アトラスエア/マイアミ線: a carrier, a slash, then the city its route serves
        elif nxt.text in R["flight_after"]:
            pass  # 上海便, ソウル便: a flight to the city
        elif (
            nxt.tag_.startswith(("助詞", "助動詞", "補助記号", "接続詞", "記号"))
            or nxt.text in "、。・，．"
        ):
            pass
        elif "人名" in nxt.tag_:
            m.flags.add("person")
        elif "count_after" in R and R["count_after"].match(text, m.end):
            pass  # 京都47件、札幌19件: a count about the place, not a longer name (東京2020 is)
        else:
            m.flags.add("internal")
    prev = toks[i - 1] if i > 0 else None
    if prev is not None and _adjacent(prev, toks[i]):
        compound = (
            prev.tag_.startswith(("名詞-固有名詞", "名詞-普通名詞-一般")) and len(prev.text) >= 2
        )
        if compound and m.start not in places and not _ends_place(prev.text) and prev.text not in R["place_titles"]:
            m.flags.add("internal")  # パシフィコ横浜, 平戸瀬戸 (not その後ニューヨーク)
        if "人名" in prev.tag_:
            m.flags.add("person")
    # Foreign compound names joined by ・: レアル・マドリード, グロスター・エアクラフト.
    if text[m.start - 1 : m.start] == "・" and i >= 2 and _foreign_word(toks[i - 2].text):
        m.flags.add("internal")
    if text[m.end : m.end + 1] == "・" and j + 2 < len(toks) and _foreign_word(toks[j + 2].text):
        m.flags.add("internal")
    # 千葉・美浜区の幕張メッセ, 東京・ホテルニューオータニで: a news item's place line names the
    # city, then its ward or the venue in it
    if (
        "place_line_after" in R
        and (pl := R["place_line_after"].match(text, m.end))
        and any(h.city.country == "JP" for h in m.hits)
        and (pl.group().endswith("区") or not _other_place_at(text, m.end + 1, m.stem))
    ):
        m.strong, m.rule = True, "cities.place_line"
        m.flags -= {"internal", "place", "prefecture"} | _NAME_READINGS
    # 駐大阪大韓民国総領事, 中華人民共和国駐札幌総領事館: the city a mission is posted to
    if m.start >= 1 and (
        text[m.start - 1 : m.start] == R["posted_to"]
        or (
            "posted_in" in R
            and text[m.start - 1 : m.start] == R["posted_in"]
            and R["posted_in_after"].match(text, m.end)
        )
    ):
        m.strong, m.rule = True, "cities.posted"
        m.flags -= {"internal", "place", "prefecture"} | _NAME_READINGS
    # 【小山】 opening a news item: the dateline.
    if text[m.start - 1 : m.start] == "【" and text[m.end : m.end + 1] == "】":
        if m.start == 1 or text[m.start - 2] == "\n" or text[m.start - 2 : m.start - 1].isspace():
            m.strong, m.rule = True, "cities.dateline"
            m.flags -= _NAME_READINGS  # (小山 is a surname too; not in this position)
    # ラムドン省(ダラット), 浙江省(杭州): a name alone in brackets after a province is its city,
    # as an itinerary writes it
    if (
        m.start >= 2
        and text[m.start - 1 : m.start] in ("(", "（")
        and text[m.start - 2] in R["province_marks"]
        and text[m.end : m.end + 1] in (")", "）")
    ):
        m.strong, m.rule = True, "cities.bracketed"
        m.flags -= {"internal"} | _NAME_READINGS
    # 大阪・関西万博, 大阪万博: a place that opens an event's name is part of the name
    if R["event_name_after"].match(text, m.end):
        m.flags.add("internal")
    # （横浜） right after an event's name is the event's place in its title, not a mention.
    before = text[max(0, m.start - 8) : m.start]
    if before.endswith(("（", "(")) and any(before[:-1].endswith(h) for h in R["event_heads"]):
        m.flags.add("internal")


@lru_cache(maxsize=4096)
def _ends_place(word: str) -> bool:
    """The word is a place or a known city (so it does not glue a name to itself)."""
    g = gaz()
    return bool(g.place(word)) or any(_score(h.city) >= 6.0 for h in g.cities_named(word))


def _katakana_name(stem: str) -> bool:
    """A name in katakana, perhaps written in parts (セント・ピーターズバーグ)."""
    return bool(_KATAKANA.match(stem.replace("・", "")))


@lru_cache(maxsize=4096)
def _foreign_word(word: str) -> bool:
    """A katakana word that is not itself a place (so ・ joins it to the name as one compound);
    a Japanese town written in katakana is a place however small (札幌・小樽・ニセコ・富良野)."""
    return (
        bool(_KATAKANA.match(word))
        and len(word) >= 2
        and not _ends_place(word)
        and not any(h.city.country == "JP" for h in gaz().cities_named(word))
    )


# --- scanning: Latin script --------------------------------------------------------------


_COUNTY_COMMA = re.compile(r"\b(?:County|Parish|Borough),[ \t]*\Z")
_CAPITAL_NEXT = re.compile(r"[ \t]+[A-Z]")
_UK_POSTCODE = re.compile(r"[A-Z]{1,2}[0-9][0-9A-Z]?(?:[ \t][0-9][A-Z]{2})?(?![\w-])")
_CITY_WORD_GOES_ON = re.compile(r"[ \t]+(?:[A-Z]|of\b)|['’]")  # City Hall, City of …, City's


def scan_en(text: str, toks: list, g: Gazetteer, places: dict[int, Place]) -> list[Mention]:
    """Capitalised names over the tokens; records the places seen."""
    R = rules("en")
    mentions: list[Mention] = []
    lower_words = (
        set(_LOWER_WORDS.findall(text)) if any(t.text[:1].isupper() for t in toks) else set()
    )
    n = len(toks)
    i = 0
    while i < n:
        t = toks[i]
        if not (t.text[:1].isupper() and _LATIN_WORD.match(t.text)) or (t.idx and text[t.idx - 1].isascii() and text[t.idx - 1].isalnum()):
            i += 1  # (A2LA: a word glued to letters or digits before it is part of a longer one)
            continue
        found = []
        for j in range(i, min(i + 6, n)):
            tj = toks[j]
            if j > i:
                gap = text[toks[j - 1].idx + len(toks[j - 1].text) : tj.idx]
                if len(gap) > 1 or "\n" in gap:
                    break
                if not (tj.text[:1].isupper() or tj.text in R["name_connectors"]):
                    break
            s = text[t.idx : tj.idx + len(tj.text)]
            key = fold(s)
            hits = g.hits(key)
            # British Columbia, New South Wales: a province of two words or more is read as a
            # place wherever it stands (one word, Manitoba, only after a city and a comma)
            # (a province that shares a large city's name, San José, is read as the city; La Rioja
            # is the Spanish region before Argentina's city)
            place = g.place_key(key) or (
                g.place_key(key, codes=True)
                if j > i and not any(h.city.population >= R["province_city_population"] for h in hits)
                else None
            )
            if hits or place or short_form("en", key):
                found.append((j, s, hits, place))
            poss = toks[j + 1] if j + 1 < n and toks[j + 1].text in ("'s", "’s") else None
            if poss is not None and poss.idx == tj.idx + len(tj.text):
                # St. John's, Land's End: a possessive that is the name's own (not Paris's)
                s2 = s + poss.text
                hits2 = g.hits(fold(s2))
                if hits2:
                    found.append((j + 1, s2, hits2, None))
        if not found:
            i += 1
            continue
        j, s, hits, place = found[-1]
        # Hartford City Council: the council of Hartford, not of the town Hartford City
        if (
            len(found) > 1
            and toks[j].text in R["city_suffixes"]
            and j + 1 < n
            and toks[j + 1].text in R["government_heads"]
        ):
            short = found[-2]
            if short[0] == j - 1 and short[2] and _top(short[2]) > _top(hits):
                j, s, hits, place = short
        a, b = t.idx, t.idx + len(s)
        if place and place.kind == "state" and _COUNTY_COMMA.search(text, max(0, a - 12), a):
            places[b] = place  # King County, Washington: a county's state, not a city of the name
            i = j + 1
            continue
        if place and (not hits or place.kind == "country") and not _city_state(place, hits):
            places[b] = place
            i = j + 1
            continue
        m = Mention(a, b, s, hits, "en")
        if place and _city_state(place, hits):
            m.flags.add("city_state")  # Singapore: a country and its city; a city in a list of cities
            before = text[max(0, a - 8) : a].split()
            if (
                before
                and before[-1] in R["place_phrase_words"]
                and not re.match(r"['’]s\b|[ \t]+[A-Z]", text[b : b + 3])
            ) or _territory_city(place, text, a, b):
                # leaders gather in Singapore, a forum in Singapore: the city where it happens
                m.strong, m.rule = True, "cities.city_state"
                m.flags.discard("place")
        nxt = toks[j + 1] if j + 1 < n else None
        kinds = R["japanese_kind_words"].get(nxt.text) if nxt is not None and text[b : nxt.idx] == " " else None
        if kinds and nxt.text in R["city_suffixes"] and _CAPITAL_NEXT.match(text, nxt.idx + len(nxt.text)):
            kinds = None  # Yokkaichi City Hall, Toyama City Committee: the city's hall; the city is Yokkaichi
        if kinds and nxt.text in R["city_suffixes"] and any(h.city.country != "JP" for h in hits):
            kinds = None  # Naga City (Philippines): "City" is many countries' word; only a name Japan alone has is Japan's
        if kinds and any(h.city.country == "JP" and h.city.kind in kinds for h in hits):
            # Kin Town in Okinawa: the Japanese town of the name, written with its kind in English
            m.hits = [h for h in hits if h.city.country == "JP" and h.city.kind in kinds]
            m.end, m.official, m.rule = nxt.idx + len(nxt.text), True, "cities.suffix"
        elif (
            nxt is not None
            and not place
            and nxt.text in R["city_suffixes"]
            and text[b : nxt.idx] == " "
            and not _CITY_WORD_GOES_ON.match(text, nxt.idx + len(nxt.text))
        ):
            # Uiwang City, Suwon City: the city and the word City written after it (Yokkaichi
            # City Hall, Seoul City's: the city's body or possession); the word makes no weak
            # name a city, and "City of" names another
            m.end = nxt.idx + len(nxt.text)
        if j > i and toks[j].text in R["city_suffixes"] and not all(
            h.form == "alt" and h.city.population < R["bare_alt_population"] for h in hits
        ):
            # Iloilo City, Quezon City, Kansas City (but Smart City is only another name of a
            # small place: read like any bare name)
            m.official, m.rule = True, "cities.suffix"
        if place:
            # Georgia: also a country; Washington, New York: also a state
            m.flags.add("place" if place.kind in ("country", "prefecture") else "state")
            places[b] = place
        # (Sapporo City Portland, Oregon: a name right after a city's official form starts afresh)
        after_city = (
            bool(mentions)
            and mentions[-1].official
            and text[mentions[-1].end : a] == " "
            and _placed_name_at(text, a)
        )
        _en_form(m, toks, i, j, text, R, lower_words, after_city)
        mentions.append(m)
        i = j + 1
    return mentions


_COUNT_TAIL = re.compile(r"[0-9０-９,，.]+[^0-9０-９]{0,3}\Z")
# a person's name ("person") or a surname alone that may still be a large city ("surname"): a
# context that makes the name a place clears both
_NAME_READINGS = frozenset({"person", "surname"})
TERRITORY_CITIES = frozenset({"HK", "MO"})  # territories whose own name is first their city
CITY_STATES = frozenset({"SG", "MC", "VA"})  # countries that are one city


_NEIGHBOUR_BEFORE = re.compile(r"([^\s、,，・と]+(?:[ \t][A-Z][\w.'’-]*){0,2})[ \t]*(?:、|,|，|・|と|\band|\bor)[ \t]*\Z")
_NEIGHBOUR_AFTER = re.compile(r"[ \t]*(?:、|,|，|・|と|and\b|or\b)[ \t]*([A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,2}|[^\s、,，・と。.()（）]+)")


def _territory_city(place: Place, text: str, a: int, b: int) -> bool:
    """Hong Kong, 香港, Macau: a territory read as the city it is (the golds 113 to 10), unless
    listed beside a country or another territory (Korea, Taiwan, Hong Kong: regions)."""
    if place.country not in TERRITORY_CITIES:
        return False
    before = _NEIGHBOUR_BEFORE.search(text, max(0, a - 30), a)
    after = _NEIGHBOUR_AFTER.match(text, b)
    for m in (before, after):
        if m is None:
            continue
        g = m.group(1)
        if g.isascii():
            # (South Korea, the Republic of Korea: the last words before, the first after)
            words = g.split()
            names = [" ".join(words[k:]) for k in range(len(words))] if m is before else [" ".join(words[:k]) for k in range(len(words), 0, -1)]
        else:
            # 今年は韓国、香港, 中国900名、香港600名, 香港・マカオ訪問: the end of the words before
            # (past a count), the start of those after
            g = _COUNT_TAIL.sub("", g)[-12:] if m is before else g[:12]
            names = [g[k:] for k in range(len(g) - 1)] if m is before else [g[:k] for k in range(len(g), 1, -1)]
        # (a city-state beside it is a city too: Singapore and Hong Kong)
        if any((p := place_of(n)) is not None and p.kind == "country" and p.country not in CITY_STATES for n in names):
            return False
    return True


def _governed_as(word: str, m: Mention, R: dict) -> str | None:
    """What a governor's title beside a name makes of it: a state or a country is a region
    (California Governor); a Japanese city that names its prefecture is the prefecture at this
    mention only ("governed": the Governor of Fukuoka; Fukuoka elsewhere stays the city)."""
    if word not in R["governor_heads"]:
        return None
    if m.flags & {"place", "state"}:
        return "region"
    return "governed" if _prefecture_named(m.hits) else None


def _prefecture_named(hits: list[Hit]) -> bool:
    """Fukuoka, Osaka: a Japanese city that gives its prefecture its name, which a governor
    governs (the Governor of Fukuoka; Tokyo's governor governs the city, 東京都)."""
    capitals = rules("ja")["capital_prefectures"]
    return any(h.city.country == "JP" and h.city.ja.endswith("市") and h.city.ja[:-1] in capitals for h in hits)


def _city_state(place: Place, hits: list[Hit]) -> bool:
    """Singapore, Monaco: a country whose own capital bears its name."""
    return place.kind == "country" and any(h.city.country == place.country and h.city.kind == "capital" and h.form == "name" for h in hits)


def _top(hits: list[Hit]) -> float:
    return max(_score(h.city) for h in hits)


_PLACED_NAME = re.compile(
    r"((?:[A-Z][\w'’.-]*[ \t]){0,2}[A-Z][\w'’.-]*),[ \t]+([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)?)"
)


def _placed_name_at(text: str, pos: int) -> bool:
    """A known city placed by its state or country right after (Portland, Oregon): a name of its
    own, where a table's cells run together on one line (Sapporo City Portland, Oregon)."""
    m = _PLACED_NAME.match(text, pos)
    if m is None or not gaz().hits(fold(m.group(1))):
        return False
    after = m.group(2)
    return any(
        (p := gaz().place_key(fold(w))) is not None and p.kind in ("country", "state")
        for w in (after, after.split()[0])
    )


def _en_form(
    m: Mention,
    toks: list,
    i: int,
    j: int,
    text: str,
    R: dict,
    lower_words: set[str],
    after_city: bool = False,
) -> None:
    """Written form, context words and signals of a Latin-script name."""
    before = text[max(0, m.start - 40) : m.start]
    line_start = line_opening(text, m.start)
    line_end = text.find("\n", m.end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    caps = m.stem.isupper() and len(m.stem) > 3

    # Signals: capitals, sentence start, a title-case line, a common word.
    if _SENTENCE_END.search(text[max(0, m.start - 3) : m.start]) or m.start == line_start:
        m.flags.add("initial")
    if len(line) <= 200 and _headline(line):
        m.flags.add("headline")  # title case or capitals: capitalisation says nothing here
    tail = R["name_tails"].match(text, m.end, m.end + 8)
    if tail and any(h.city.country == "US" for h in m.hits):
        m.end += tail.end() - m.end  # Washington, D.C.: the district is part of the name
        _apply(m, gaz().place_key(fold("D.C."), codes=True) or Place("country", "US", "US"))
    if (
        _kin_before().search(before)
        or _in_roll(text, line_start, m.start)
        or ((pm := _person_after().match(text, m.end)) and not (pm.group("pronoun") and _preposition_before().search(before)))
    ):
        m.flags.add("person")  # his wife Elizabeth, her son Jackson: a relative's given name
    if before.endswith(("the ", "The ")) and text.startswith(tuple(" " + w for w in R["qualified_place_phrases"]), m.end):
        m.flags.add("internal")  # the Roman city of St Albans, the Elbe city of Dresden: a word that qualifies the place after "of"
    if caps:
        m.flags.add("caps")
        if ((m.start == line_start or text[m.start - 1] in " \n") and _DATELINE_AFTER.match(
            text[m.end : m.end + 60]
        )) or (m.start == line_start and (_DASH_LEAD.match(text, m.end) or (" " in m.stem and _COLON_LEAD.match(text, m.end)))):
            # WASHINGTON (January 28, 2026) —; TORINO – Future hosts met: a dateline without a date
            m.strong, m.rule = True, "cities.dateline"
    if " " not in m.stem:
        w = m.stem.lower()
        if m.stem.rstrip(".").title() in R["ambiguous_words"] or w in _stop_words() or w in lower_words:
            m.flags.add("common")  # Reading, Mobile, Nice; "reading" also written in lower case
    if (
        not caps
        and m.start == line_start
        and "common" not in m.flags  # (Nancy, May 3: thank you for the note.)
        and R["dateline_date"].match(text, m.end, m.end + 40)
    ):
        m.strong, m.rule = True, "cities.dateline"  # Barcelona, 29th March. (opening a line)
    plain_word = "common" in m.flags and m.flags & {"initial", "headline"}
    # A heading's place and date: "Leaders for Peace on Manchester, June 19", "in Lyon, 2024".
    prep = before.rstrip(" \t").rsplit(None, 1)[-1:] if before.endswith((" ", "\t")) else []
    if (
        prep
        and prep[0] in R["place_prepositions"]
        and "common" not in m.flags
        and _DATELINE_AFTER.match(text[m.end : m.end + 60])
    ):
        m.strong, m.rule = True, "cities.dateline"

    # Before: City of Detroit / Municipality of Loja (the government named by its city, kept whole
    # when written as a name), the city of Mombasa, Mayor of Madison, State of Michigan.
    mm = R["city_prefix_rx"].search(before)
    if mm:
        m.official, m.rule = True, "cities.prefix"
        written = mm.group(1)
        # (Arlington's Sister City of Aachen: "City" is the sister city's, not the name's)
        paired = re.search(r"\b(?:Sister|Twin|Partner|Friendship)[ \t]+$", before[: mm.start()])
        if written[0].isupper() and (written.isupper() == caps) and not paired:
            m.start -= len(before) - mm.start()
    if (
        len(m.stem) == 2
        and m.stem.istitle()
        and text[max(0, m.start - 2) : m.start] == ", "
        and (sp := gaz().place_key(fold(m.stem.upper()), codes=True)) is not None
        and sp.kind in ("state", "state_code")
        and (pm := _TOWN_BEFORE_COMMA.search(text, max(0, m.start - 40), m.start - 2)) is not None
        and any(h.city.country == sp.country for h in gaz().cities_named(pm.group(1)))
    ):
        m.flags.add("region")  # Everett, Wa: a state's postal code written in title case after its town
    if "sister_after" in R and R["sister_after"].match(text, m.end) and not ((p := place_of(m.stem)) is not None and p.kind != "city"):
        # Austin's sister city, York's twin town: a place with sister cities is a city, whatever
        # else its name may be (not Washington's first sister city: a state's; golds 132 in 144)
        m.strong, m.rule = True, "cities.sister"
        m.flags -= {"common", "person", "initial", "headline"}
    title = _title_of(R["title_heads"]).search(before)
    if title:
        # A city inside a job title is a city (Mayor of Madison); a governor's place is a city
        # only when it is no state or country (Governor of Tokyo, not Governor of California).
        if governed := _governed_as(title.group(1), m, R):
            m.flags.add(governed)
        else:
            m.strong, m.rule = True, "cities.title"
    if R["region_prefix_rx"].search(before) and not _CITY_AND.search(before):
        m.flags.add("region")  # (the City and County of Honolulu: the city, also a county)

    # After: Iloilo City, Detroit Mayor, Nairobi County, Toyota Mobility Foundation.
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    nxt2 = toks[j + 2] if j + 2 < len(toks) else None

    def touching(a_end: int, tok) -> bool:
        return tok is not None and tok.idx - a_end <= 1 and "\n" not in text[a_end : tok.idx]

    if (
        touching(m.end, nxt)
        and nxt.text in R["city_suffixes"]
        and not m.official
        and "common" not in m.flags
    ):
        # A known city's official form, unless "City" heads a longer name (Detroit City Council).
        known = any(_score(h.city) >= R["city_suffix_min_score"] for h in m.hits)
        if known and not (
            touching(nxt.idx + len(nxt.text), nxt2)
            and nxt2.text[:1].isupper()
            and not _placed_name_at(text, nxt2.idx)  # Sapporo City Portland, Oregon: a table's row
        ):
            m.end, m.official, m.rule = nxt.idx + len(nxt.text), True, "cities.suffix"
            nxt = nxt2
    # Daejeon Metropolitan City, Seoul Special City: the official forms of Korean cities (not
    # when a longer name goes on: Busan Metropolitan City Government)
    if not m.official and "city_suffix_phrases" in R and (ph := R["city_suffix_phrases"].match(text, m.end)):
        m.end, m.official, m.rule = ph.end(), True, "cities.suffix"
        while nxt is not None and nxt.idx < m.end:
            j += 1
            nxt = toks[j + 1] if j + 1 < len(toks) else None
        nxt2 = toks[j + 2] if j + 2 < len(toks) else None
    # Toronto Deputy Mayor X, Trowbridge's Mayor: a possessive or a title's first word stands
    # between the place and its title.
    k = j + 1
    if touching(m.end, nxt) and nxt.text in ("'s", "’s"):
        k += 1
    if (
        k + 1 < len(toks)
        and toks[k].text in R["title_modifiers"]
        and touching(toks[k].idx + len(toks[k].text), toks[k + 1])
    ):
        k += 1
    if k > j + 1 and k < len(toks) and touching(toks[k - 1].idx + len(toks[k - 1].text), toks[k]):
        governor = _governed_as(toks[k].text, m, R)
        if governor == "governed":
            m.flags.add("governed")
        if toks[k].text in R["title_heads"] and not governor and not plain_word:
            m.strong, m.rule = True, "cities.title"
            nxt = None
    if touching(m.end, nxt):
        after_poss = toks[j + 2] if nxt.text in ("'s", "’s") and j + 2 < len(toks) else None
        if nxt.text in R["region_suffixes"] or (after_poss is not None and after_poss.text in R["region_suffixes"]):
            m.flags.add("region")  # Nairobi County, Cebu Province, Prince George's County
        elif nxt.text in R["name_heads"]:
            m.flags.add("internal")  # Mombasa Port, Dubai Airport
        elif nxt.text in R["title_heads"]:
            if governed := _governed_as(nxt.text, m, R):
                m.flags.add(governed)  # California Governor Gavin Newsom, Fukuoka Governor Hattori
            elif m.stem in R["title_modifiers"]:
                m.flags.add("common")  # Vice Mayor, Deputy Mayor: a word of the title, not a place
            elif not plain_word and not (
                touching(nxt.idx + len(nxt.text), nxt2) and nxt2.text == "of"
            ):
                m.strong, m.rule = True, "cities.title"  # Madison Mayor Satya Rhodes-Conway
        elif (
            nxt.text in R["followers_ok"]
            and touching(nxt.idx + len(nxt.text), nxt2)
            and nxt2.text in R["government_heads"]
            and "common" not in m.flags
        ):
            # Detroit City Council, Tokyo Metropolitan Government: the government of a city
            # (the name is the organisation's; the resolver keeps it whole when it is one).
            m.strong, m.rule = True, "cities.government"
        elif (
            nxt.text[:1].isupper()
            and _LATIN_WORD.match(nxt.text)
            and nxt.text not in R["followers_ok"]
            and not (title and m.strong)  # Mayor of London Sadiq Khan: the holder's name
            and not ("headline" in m.flags and nxt.text in R["headline_verbs"])  # Riyadh Hosts…
            # visiting Sarajevo June 6: a date after the place (not a dateline's state after a
            # comma: Port Angeles, Washington August 13); 25 Blythe Road, London W14: a postcode
            # district after an address's town (placed after a comma)
            and not (
                _month_day().match(text, nxt.idx) and m.script == "en"
                if text[max(0, m.start - 2) : m.start].strip() != ","
                else _UK_POSTCODE.match(text, nxt.idx)
            )
        ):
            m.flags.add("internal")
            if "headline" in m.flags:
                m.flags.add("next_cap")  # (in a headline every word is capitalised)

    # Paris-aligned, Kyoto-style: the name of an agreement or a model, unless the word says
    # where (Detroit-based, Tokyo-bound).
    hy = _HYPHEN_WORD.match(text, m.end)
    ward_of = hy is not None and hy.group(1) == R["romaji_ward_suffix"] and _WARD_OF.match(text, hy.end())
    if ward_of and any(h.city.country == "JP" for h in gaz().cities_named(ward_of.group(1))):
        m.flags.add("internal")  # Tenjin, Chuo-ku, Fukuoka: a ward of the city after it
    elif hy and hy.group(1) in R["romaji_suffixes"] and any(h.city.country == "JP" for h in m.hits):
        m.hits = [h for h in m.hits if h.city.country == "JP"]
        m.end, m.official, m.rule = hy.end(), True, "cities.suffix"
    elif hy and (cc := R["country_romaji_suffixes"].get(hy.group(1))) and any(h.city.country == cc for h in m.hits):
        m.hits = [h for h in m.hits if h.city.country == cc]  # Yeosu-si: a Korean city
        m.end, m.official, m.rule = hy.end(), True, "cities.suffix"
    elif hy and hy.group(1).lower() not in R["hyphen_ok"]:
        m.flags.add("internal")
    if _ON_RIVER.match(text, m.end):
        m.flags.add("internal")  # Bradford on Avon, Newcastle upon Tyne: a town named by its river
    if _EVENT_YEAR.match(text, m.end):
        m.flags.add("internal")  # Tokyo 2020 Olympics, Abu Dhabi 2026 Summit, Naples 2019: an event
    if R["treaty_words"].match(text, m.end, m.end + 40):
        m.flags.add("internal")  # the Paris deal, the Kyoto Protocol: a treaty's name
    if m.script == "en" and (vw := _WORD_BEFORE.search(text, max(0, m.start - 20), m.start)) and vw.group(1) in R["vessel_words"]:
        m.flags.add("internal")  # the Coast Guard cutter Manta: a ship's name
    if m.script == "en" and (
        ((am := _AMP_AFTER.match(text, m.end)) and not _placelike(am.group(1)))
        or ((am := _AMP_BEFORE.search(text, max(0, m.start - 30), m.start)) and not _placelike(am.group(1)))
    ):
        m.flags.add("internal")  # Everett & Hurite, Wieden + Kennedy: partners' names of a firm

    # The word before: Mary Sheffield, Resilient Rosario (part of a longer name), Mr. Lincoln,
    # University of Nairobi; Co-Chair (the second half of a hyphenated word).
    if m.start >= 2 and text[m.start - 1] == "-" and text[m.start - 2].isalpha():
        m.flags.add("internal")
    prev = toks[i - 1] if i > 0 else None
    if prev is not None and not m.official and not after_city:
        gap = text[prev.idx + len(prev.text) : m.start]
        prev_line = text[text.rfind("\n", 0, prev.idx) + 1 : prev.idx]
        # A single line break after a word that is not alone on its line is a wrap.
        joined = (
            gap.strip() == ""
            and (
                (len(gap) <= 1 and gap != "\n")
                or (
                    gap.count("\n") == 1
                    and m.rule != "cities.dateline"  # NEWS⏎Leeds, 3 March: a heading, no wrap
                    and prev_line.strip() != ""
                    and prev_line.rstrip()[-1:] not in ".:;!?"
                    # (…and Casablanca, Morocco⏎Delray Beach: a line that closes on a country
                    # closes a place, as a list item's last word)
                    and not any(country_of(" ".join((prev_line + prev.text).split()[-k:])) for k in (1, 2, 3))
                    # (a short line is a list item, not wrapped prose: Byblos, Lebanon⏎Berkeley)
                    and len(text[text.rfind("\n", 0, prev.idx) + 1 : prev.idx + len(prev.text)].strip()) >= WRAP_MIN
                )
            )
        )
        if (
            joined
            and prev.text == "."
            and i >= 2
            and toks[i - 2].text in R["abbreviated_titles"]
            and toks[i - 2].idx + len(toks[i - 2].text) == prev.idx
        ):
            m.flags.add("person")  # Capt. Campbell, Rev. Ely: an abbreviated title before a surname
        elif joined and prev.text in R["metro_prefixes"]:
            m.start = prev.idx  # Greater Johannesburg: the metropolitan form of the city
        elif (
            joined
            and prev.text[:1].isupper()
            and _LATIN_WORD.match(prev.text)
            and (prev.text.lower() not in _stop_words() or prev.text.isupper() and len(prev.text) > 1)
            # (a word of a heading in capitals is no function word there; the article A is)
        ):
            # (The Seoul Metropolitan Government, In São Paulo: a capitalised function word
            # is no part of a name)
            # (Takikawa City Springfield, Massachusetts: a table's two cities, the second placed
            # after its comma, where the mention before may be unknown and after_city not apply)
            if not (prev.text in R["city_suffixes"] and _PLACED_AFTER_COMMA.match(text, m.end)):
                m.flags.add("person" if prev.text.rstrip(".") in R["person_titles"] else "internal")
                m.flags.add("after_name")
        elif joined and prev.text == "of" and i >= 2:
            head = toks[i - 2]
            # University of Nairobi, Bank of Tokyo; but not "Residents of Mzuzu" opening a
            # sentence (a capital there says nothing)
            initial = head.idx == 0 or bool(
                _SENTENCE_END.search(text[max(0, head.idx - 3) : head.idx])
            )
            # Mayor Zandile Gumede of Durban: a titled person's name before "of" is no body's
            def title(t) -> bool:
                return t.text in R["title_heads"] or t.text.rstrip(".") in R["person_titles"]

            k = i - 2
            while k > 0 and i - k <= 4 and toks[k].text[:1].isupper() and not title(toks[k]):
                if toks[k].text in R["name_heads"]:
                    break
                k -= 1
            titled = k < i - 2 and title(toks[k])
            if (
                head.text[:1].isupper()
                and head.text not in R["title_heads"]
                and head.text not in _town_after_heads()  # (Kirkstall Brewery of Leeds: the brewery's town)
                and (head.text in R["name_heads"] or not initial)
                and not titled
            ):
                m.flags |= {"internal", "after_of"}
            elif head.text in _town_after_heads() and not m.strong and not m.flags & {"person", "region"}:
                # Kokken Brewery Co. of Minamiaizu: a trade's town after "of" is a town, however small
                m.strong, m.rule = True, "cities.trade_town"


@lru_cache(maxsize=4)
def _title_of(heads: frozenset[str]) -> re.Pattern:
    """``Mayor of `` right before a name."""
    return re.compile(rf"(?<![A-Za-z])({'|'.join(sorted(heads))}) of\s+$")


_HYPHEN_WORD = re.compile(r"-([a-z]+)\b")


@cache
def _month_day() -> re.Pattern:
    """A month's name and a day after it (June 6, Sept. 12): a date after a place, not a word of
    a longer name (the month names are the dates recogniser's data)."""
    months = sorted(load_json("en/dates.json")["months"], key=len, reverse=True)
    alts = "|".join(re.escape(m[:1].upper() + m[1:]) for m in months)
    return re.compile(rf"(?:{alts})\.?[ \t]+[0-3]?[0-9]\b")


_WARD_OF = re.compile(r",[ \t\n]*([A-Z][a-z]+)\b")
# Tokyo 2020 Olympics, Buenos Aires 2018. Naples 2019 taking the stage: a host city and a year
# name the games or their organising committee (not a range, a date or a list: Paris 2019-2020)
_EVENT_YEAR = re.compile(r" (?:19|20)\d\d(?![0-9,/\-]|\.[0-9]|[ \t]*[-–—])")
_MINOR = frozenset(
    ("of", "and", "the", "for", "in", "a", "an", "to", "on", "at", "by", "with", "from")
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


_LIST_NAME = r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2}"
_LIST_LINE = re.compile(
    rf"[ \t]*(?:[•·*\-–][ \t]*)?(?:[A-Z][\w.'’ -]{{0,30}}:[ \t]*)?{_LIST_NAME}(?:[ \t]*(?:,|,?[ \t]+and)[ \t]+{_LIST_NAME}){{2,}}[ \t]*"
)


@lru_cache(maxsize=1024)
def _headline(line: str) -> bool:
    """A short line in title case or capitals (a sentence ends with a stop; a title does not).
    A line that only lists short names, perhaps after a bullet and a label (• Ohio: Cincinnati,
    Cleveland, Dayton), is a list, whose capitals are the names'."""
    if line.rstrip()[-1:] in ".!?;," or _LIST_LINE.fullmatch(line):
        return False
    words = [w for w in _WORD.findall(line) if w.lower() not in _MINOR]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _gloss_word(m: Mention, doc: Document) -> bool:
    """* Forest (予選, 決勝): an ordinary English word glossing Japanese text, no town (a city as
    large as Boston or Paris stays a city)."""
    return (
        m.script == "en"
        and " " not in m.stem
        and not m.stem.isupper()
        and doc.lang_at(m.start) == "ja"
        and m.stem.lower() in load_words("en/common_words.txt")
        and not any(h.city.population >= rules("en")["gloss_city_population"] for h in m.hits)
    )


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | {w.lower() for w in rules("en").get("function_words", [])}


# --- context ------------------------------------------------------------------------------


def _country_first(inner: str) -> Place | None:
    """The country opening a bracket's list of a country and its province (中国・浙江省)."""
    parts = [x.strip() for x in re.split(r"[・、,/]", inner)]
    if len(parts) == 2 and (p := place_of(parts[0])) is not None and p.kind == "country" and place_of(parts[1]) is not None:
        return p
    return None


@cache
def _romaji_kinds() -> re.Pattern:
    kinds = "|".join(rules("en")["romaji_suffixes"])
    return re.compile(rf"[A-Z][A-Za-z]+-(?:{kinds})\Z")


def _context(m: Mention, text: str, places: dict[int, Place]) -> None:
    """Country or subdivision written next to the name."""
    # Before: フランスのパリ, フィンランド・トゥルク市, 中国揚州市, 山梨県北杜市.
    if m.script == "ja":
        p = places.get(m.start)
        if p is None and m.start > 0 and text[m.start - 1] in rules("ja")["country_links"]:
            p = places.get(m.start - 1)
            if p is not None and text[m.start - 1] == "、" and (p.kind != "country" or m.flags & {"place", "city_state"}):
                p = None  # 福岡、熊本; インド、シンガポール: a list of names, not a place and its city
        if p is not None:
            _apply(m, p)
    # Yawata-shi, Kyoto; Oiso-machi, Kanagawa: a prefecture after a Japanese municipality in
    # romaji and a comma is the prefecture, whatever city shares its name
    if m.script == "en" and text[max(0, m.start - 2) : m.start] == ", " and (rm := _romaji_kinds().search(text, max(0, m.start - 32), m.start - 2)):
        p = place_of(m.stem)
        before = {h.city.admin1 for h in gaz().cities_named(rm.group().rsplit("-", 1)[0]) if h.city.country == "JP"}
        if (p is not None and p.kind == "prefecture") or any(h.city.country == "JP" and h.city.admin1 in before for h in m.hits):
            m.flags.add("region")
    # the Lithuanian Birzai, Belgian Merksplas: a country's adjective right before a town of
    # that country (not German Chancellor, British Columbia: no town of the country)
    if (
        m.script == "en"
        and (am := _adjective_before_rx().search(text, max(0, m.start - 24), m.start))
        and not _CAPITAL_BEFORE.search(text, max(0, am.start() - 24), am.start())  # (Latin American Summit)
        and not m.flags & {"place", "region", "person", "common"}  # (Belgian Limburg: the province)
        and m.stem.lower() not in load_words("en/common_words.txt")  # (Japanese Shinto)
        and text[m.end : m.end + 1] != "-"
    ):
        code = rules("en")["country_adjectives"][am.group(1)]
        if any(h.city.country == code and h.form == "name" for h in m.hits):
            _apply(m, Place("country", code, code))  # (by its own name: Limburg is Limbourg's)
    # After: バンコク(タイ), Cape Town (South Africa), (Loja, Ecuador), Colombo, Sri Lanka.
    rest = text[m.end : m.end + 60]
    mm = _AFTER_PAREN.match(rest)  # (match: anchored at the start)
    if mm:
        inner = mm.group(1)
        # (中国・浙江省), (USA, California): a country before its province names the country too
        p = place_of(inner) or place_of(inner.split(",")[-1]) or _country_first(inner)
        if p is not None and p.kind in ("country", "state", "prefecture"):
            _apply(m, p)
            if p.kind == "prefecture" or (p.kind == "country" and any(h.city.country == p.country for h in m.hits)):
                m.flags -= _NAME_READINGS  # 金沢(石川県), 厦門(中国・福建省): a place in brackets after it, no name
    if m.script == "en" and m.country is None:
        # from Chile (La Granja, Peñalolén and San Javier): a country opening a bracketed list
        k = text.rfind("(", max(0, m.start - 80), m.start)
        if k > 0 and not any(ch in text[k + 1 : m.start] for ch in ")\n") and (cm := _COUNTRY_OPENS.search(text, max(0, k - 40), k)):
            p = place_of(cm.group(1))
            if p is not None and p.kind == "country":
                if not m.hits or any(h.city.country == p.country for h in m.hits):
                    _apply(m, p)
                else:
                    m.flags.add("elsewhere")  # La Granja under Chile: not the one in the Philippines
    if m.script == "en" and (mm := _NEXT_WORDS.match(rest)):
        # a table row "Shenzhen China May.17.2007", "Osaka Japan", "| Nice | France |": a country
        # right after the name, or in the next cell
        words = mm.group(1).split()
        for k in range(len(words), 0, -1):
            p = place_of(" ".join(words[:k]))
            if p is not None and p.kind == "country":
                if not m.hits or any(h.city.country == p.country for h in m.hits):
                    _apply(m, p)
                    m.flags.discard("next_cap")
                break
    if m.script == "en" and (cm := rules("en")["county_after"].match(rest)):
        # Dundalk, Co. Louth; Kinsale, Co. Cork: an Irish town by its county
        code = "GB" if cm.group(1) in rules("en")["gb_counties"] else "IE"
        if any(h.city.country == code for h in m.hits):
            m.hits = [h for h in m.hits if h.city.country == code]
            _apply(m, Place("country", code, code))
            return
    if m.script == "en" and (pm := _PARTNER_BEFORE_STATE.match(rest)):
        # Gary and Burns Harbor, Ind.: a state after two towns joined by "and" places both
        sm = _AFTER_COMMA.match(rest[pm.end() :])
        word = sm.group(1).split()[0].rstrip(",") if sm else ""
        p = _state_abbreviation(word) or place_of(word)
        if p is not None and p.kind in ("state", "state_code") and any(h.city.country == p.country for h in m.hits):
            _apply(m, p)
            return
    if m.script == "en":
        mm = _AFTER_COMMA.match(rest) or rules("en")["country_after"].match(rest)
        if mm:
            words = mm.group(1).split()
            R = rules("en")
            last = words[-1] if words else ""
            if (
                last.endswith(".")
                and last.count(".") == 1
                and _state_abbreviation(last) is None
                and last not in R["province_abbreviations"]
            ):
                words[-1] = last[:-1]  # Corlette, NSW. / Richmond, BC.: the sentence's full stop
            if words and words[-1].endswith(("'s", "’s")):
                words[-1] = words[-1][:-2]  # Seattle, Washington's first sister city: the state's possessive
            for i, w in enumerate(words):
                if "-" in w and w.rsplit("-", 1)[1].lower() in R["hyphen_ok"]:
                    # Albany, N.Y.-based St. Peter's: the suffix places the company by both names
                    words = [*words[:i], w.rsplit("-", 1)[0]]
                    break
            g = gaz()
            for k in range(len(words), 0, -1):
                if k < len(words) and g.hits(fold(" ".join(words[: k + 1]))):
                    break  # Jakarta, Mexico City: the next item of a list, not a country
                p = place_of(" ".join(words[:k]))
                if p is None and (code := rules("en")["province_abbreviations"].get(" ".join(words[:k]))):
                    p = Place("state_code", code, code[:2])  # Richmond, BC; Newcastle, NSW
                elif p is None and (q := _state_abbreviation(" ".join(words[:k]))):
                    p = q  # Bluffton, Ind.; CAMBRIDGE, MASS.
                elif p is None and k == 1 and (words[0].isupper() or words[0] == "D.C."):
                    p = g.place_key(fold(words[0]), codes=True)  # Phoenix, AZ

                elif p is None and (k == len(words) or words[k] == "and"):
                    # Altona, Manitoba: a province by its ISO name, all the capitalised words
                    # after the comma (not North of North Sulawesi, a region of Cameroon)
                    p = g.place_key(fold(" ".join(words[:k])), codes=True)
                    p = p if p is not None and p.kind == "province" else None
                    if (
                        p is not None
                        and not any(h.city.country == p.country for h in m.hits)
                        and any(
                            h.form == "name" and h.city.population >= LIST_CITY_POPULATION
                            for h in (*m.hits, *g.hits(fold(" ".join(words[:k]))))
                        )
                    ):
                        # Seattle, Portland and Boise; Boston, Delta will…; Houston, Saint John:
                        # a sizeable city on either side, and the province is of another country
                        # than the name's: the next item or clause, not the name's province
                        p = None
                elif (
                    p is not None
                    and p.kind == "state"
                    and m.hits
                    and not any(h.city.country == p.country and h.city.admin1 == p.code.split("-", 1)[1] for h in m.hits)
                    and any(h.city.population >= LIST_CITY_POPULATION for h in g.hits(fold(" ".join(words[:k]))))
                ):
                    # Chicago, Dallas, New York and Boston: a state whose name is a sizeable
                    # city, and which holds no town of the name before it, is the list's next city
                    p = None
                if p is not None and p.kind in ("country", "state", "prefecture", "state_code", "province"):
                    # Jakarta, Mexico, Brazil: a country that has no city of the name is the
                    # next item of a list (Colombo, Sri Lanka has its Colombo)
                    # (a province or state of another country says the city is not the one the
                    # gazetteer knows: Altona, Manitoba is not Altona in Hamburg)
                    if not m.hits or p.kind == "province" or any(h.city.country == p.country for h in m.hits):
                        _apply(m, p)
                        if p.kind != "country":
                            m.admin1_at = m.end + mm.start(1)
                    elif p.kind == "country" and not _list_goes_on(text, m.end + mm.start(1) + len(" ".join(words[:k]))):
                        # opens in Bali, Indonesia, July 12: the country says the name is none of
                        # the cities the gazetteer knows by it (Bali in India)
                        m.flags.add("elsewhere")
                    break


LIST_CITY_POPULATION = 500000  # a province's name that is also a city this size is read as the city
_COUNTRY_OPENS = re.compile(r"\b((?:[A-Z][\w'’.-]*[ \t]+){0,2}[A-Z][\w'’.-]*)[ \t]*$")
_NEXT_ITEM = re.compile(r"[ \t]*(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)([A-Z][A-Za-z.'’\-]*(?:[ \t]+[A-Z][A-Za-z.'’\-]*)?)")


def _list_goes_on(text: str, pos: int) -> bool:
    """Whether a place name follows at ``pos`` as the next item of a list (Jakarta, Mexico,
    Brazil): then the country before it may be an item too, not the first name's country."""
    mm = _NEXT_ITEM.match(text, pos)
    if not mm:
        return False
    name = mm.group(1)
    return place_of(name) is not None or bool(gaz().cities_named(name)) or bool(gaz().cities_named(name.split()[0]))


def _venue(m: Mention, text: str) -> None:
    """(2015年、千葉、2,000人), (2015, Chiba, 2,000 participants): an event's year, place and
    attendance in brackets. The place is where it was held: a city, even when a prefecture
    has its name."""
    R = rules(m.script)
    if "venue_after" not in R or m.flags & {"region", "person"}:
        return
    if (R["venue_before"].search(text, max(0, m.start - 30), m.start) and R["venue_after"].match(text, m.end, m.end + 30)) or (
        # 国際ワークショップ in 東京: an event's host city after "in"
        "venue_in_before" in R
        and R["venue_in_before"].search(text, max(0, m.start - 8), m.start)
        and R["venue_in_after"].match(text, m.end, m.end + 30)
    ):
        m.strong, m.rule = True, "cities.venue"
        m.flags -= {"place", "prefecture", "internal"}


def _apply(m: Mention, p: Place) -> None:
    if p.country:
        m.country, m.strong = p.country, True
        m.flags.add("beside")
        if p.kind == "country":
            # City/Country Cordoba, Spain: the country written beside it says the capitalised
            # word before or the title-case line is no reason to doubt the name (a body's name
            # that holds the city still wins by its length); a loanword glued to the noun after
            # it stays part of that word (中国のコンテナ船; not カナダ・トロント大会)
            m.flags -= {"after_name", "headline", "caps"} | (set() if "loanword" in m.flags else {"internal"})
        if p.kind in ("prefecture", "state", "state_code", "province"):
            m.admin1 = p.code.split("-", 1)[1]
            if "after_of" in m.flags:
                # Janna Ritacco of Greer, SC: a state written after the name places the town,
                # whatever capitalised word stands before "of" (Fort Davis, Texas keeps its Fort)
                m.flags.discard("internal")


_COUNTRY_ROW = re.compile(r"[ \t]*(?:[•*●■◆\-][ \t]*)?([A-Z][^:：\n()]{1,38}?)[ \t]*(?:\([^()\n]{1,10}\))?[ \t]*[:：][ \t]*(\S.*)")


def _short_items(rest: str) -> bool:
    """A comma list of short capitalised names (a row of places, not a sentence)."""
    items = [x.strip() for x in rest.split(",")]
    return len(items) >= 2 and all(x and x[0].isupper() and len(x.split()) <= 4 for x in items)


def _headings(text: str) -> list[tuple[int, int, str]]:
    """Country headings over a list: （フィリピン共和国） or ``Philippines:`` on a line of its own.

    Returns (start, end, country) scopes, each running to the next heading or to the first line
    of running prose.
    """
    scopes: list[tuple[int, int, str]] = []
    pos = 0
    current: tuple[int, str] | None = None
    for line in text.split("\n"):
        end = pos + len(line) + 1
        stripped = line.strip().strip("・-*●■◆▽◇").strip()
        inner = _HEADING_MARKS.sub("", stripped)
        code = None
        if 1 < len(inner) <= 40 and inner != stripped:
            code = country_of(inner)
        if code is None and (row := _COUNTRY_ROW.match(line)) and _short_items(row.group(2)):
            # • Chile: Santiago, Valdivia, Independencia: a country and its cities on one line
            if (row_code := country_of(row.group(1))) is not None:
                scopes.append((pos + row.start(2), pos + len(line), row_code))
        if code:
            if current:
                scopes.append((current[0], pos, current[1]))
            current = (end, code)
        elif current and (len(stripped) > 60 or _PROSE_JA.search(stripped)):
            scopes.append((current[0], pos, current[1]))
            current = None
        pos = end
    if current:
        scopes.append((current[0], len(text), current[1]))
    return scopes


def _municipality_lists(doc: Document, g: Gazetteer, places: dict[int, Place]) -> list[Mention]:
    """Items of a table or list introduced by 区市町村別 (etc.): municipalities of the prefecture
    the heading names (東京都, 都内), written without their suffix (千代田, 中央, 港).

    Read on the source lines: the view joins wrapped Japanese lines, which would glue a table's
    header row to its numbers.
    """
    R = rules("ja")
    src = doc.text
    if not any(h in src for h in R["list_headings"]):
        return []
    starts = doc.view.starts
    found: list[Mention] = []
    lines = src.split("\n")
    offsets = []
    pos = 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    doc_prefs = Counter(p.code for p in places.values() if p.kind == "prefecture")
    for k, line in enumerate(lines):
        if not any(h in line for h in R["list_headings"]):
            continue
        pref = None
        for word, code in R["scope_words"].items():
            if word in line:
                pref = code
        va, vb = bisect_left(starts, offsets[k]), bisect_left(starts, offsets[k] + len(line))
        for end, p in places.items():
            if va < end <= vb and p.kind == "prefecture":
                pref = p.code.split("-", 1)[1]
        if pref is None and len(doc_prefs) == 1:
            pref = next(iter(doc_prefs)).split("-", 1)[1]
        if pref is None:
            continue
        munis = _municipalities(g, pref)
        for k2 in range(k + 1, len(lines)):
            item_line = unicodedata.normalize("NFKC", lines[k2])
            if _PROSE_JA.search(item_line) or len(item_line.strip()) > 120:
                break
            for mm in _ITEM.finditer(item_line):
                for s, e, city in _segment(mm.group(), munis):
                    a = offsets[k2] + mm.start() + s
                    va, vb = bisect_left(starts, a), bisect_left(starts, a + (e - s))
                    if va >= len(starts) or starts[va] != a:
                        continue
                    m = Mention(va, vb, mm.group()[s:e], [Hit(city, "stem")], "ja")
                    m.country, m.admin1, m.strong, m.rule = (
                        "JP",
                        pref,
                        True,
                        "cities.municipality_list",
                    )
                    found.append(m)
    return found


@lru_cache(maxsize=64)
def _municipalities(g: Gazetteer, pref: str) -> dict[str, City]:
    out: dict[str, City] = {}
    for c in g.in_country("JP"):
        if c.admin1 == pref and c.ja:
            out[c.ja] = c
            if c.ja[-1] in "市区町村" and len(c.ja) > 1:
                out.setdefault(c.ja[:-1], c)
    return out


def _segment(item: str, munis: dict[str, City]) -> list[tuple[int, int, City]]:
    """An item as one or more municipality names (東久留米武蔵村山 = 東久留米 + 武蔵村山)."""
    if item in munis:
        return [(0, len(item), munis[item])]
    out: list[tuple[int, int, City]] = []
    pos = 0
    while pos < len(item):
        for size in range(len(item) - pos, 1, -1):
            if item[pos : pos + size] in munis:
                out.append((pos, pos + size, munis[item[pos : pos + size]]))
                pos += size
                break
        else:
            return []
    return out


def _structure_ja(mentions: list[Mention], text: str, R: dict) -> None:
    """Japanese address structure: 東京都千代田区 (東京都 is the prefecture there), 横浜市西区
    and 大阪市北区 (wards of a designated city), 横浜市中区山下町 (a neighbourhood)."""
    by_start = {m.start: m for m in mentions}
    for m in mentions:
        nxt = by_start.get(m.end)
        if nxt is None or not nxt.official or nxt.script != "ja":
            continue
        if m.suffix == "capital" and m.suffix_text == "都" and nxt.suffix in ("jp", "city"):
            m.flags.add("region")  # 東京都 as the prefecture of an address
            nxt.country, nxt.strong, nxt.admin1 = (
                "JP",
                True,
                m.hits[0].city.admin1 if m.hits else None,
            )
        elif m.official and m.suffix_text in ("市", "区") and nxt.suffix == "jp":
            nxt.flags.add("region")  # a ward or district of that city, not a municipality
    tokyo = any(w in text for w in R["tokyo_context"])
    for m in mentions:
        if m.suffix == "jp" and m.stem in R["ambiguous_wards"] and not tokyo and m.admin1 != "13":
            m.flags.add("region")  # 中央区, 北区, 港区 exist in many designated cities too


# --- choosing a city ---------------------------------------------------------------------


def _score(c: City) -> float:
    """How well known a city is: population and the number of names it goes by."""
    return math.log10(c.population + 1) + math.log10(c.prominence + 1)


def _filter(m: Mention) -> list[Hit]:
    """Candidates the written form and context allow."""
    hits = m.hits
    if m.suffix == "jp":
        hits = [h for h in hits if h.city.kind == m.jp_type]
    elif m.suffix == "capital":
        hits = [h for h in hits if h.city.kind == "capital"]
    elif m.suffix == "city":
        hits = [h for h in hits if h.city.kind in ("shi", "city", "capital")]
    if m.official and m.script == "ja":
        # 広域市 is Korean, 直轄市 Chinese or Taiwanese: never a city of another country
        allowed = rules("ja")["suffix_countries"].get(m.suffix_text)
        if allowed:
            hits = [h for h in hits if h.city.country in allowed]
    if m.country:
        hits = [h for h in hits if h.city.country == m.country]
    if m.admin1:
        hits = [h for h in hits if h.city.admin1 == m.admin1] or hits
    if m.script == "ja" and not m.official and not m.strong:
        # A bare name is never a Japanese ward, town or village (中央, 大島): those need their suffix.
        hits = [
            h for h in hits if not (h.form == "stem" and h.city.kind in ("ku", "machi", "mura"))
        ]
    return hits


def _spelling_of(name: str, other: str, ratio: float) -> bool:
    """Odesa for Odessa, Saint Petersburg for St. Petersburg: one name spelt two ways, not two names."""
    return SequenceMatcher(None, fold(name), fold(other)).ratio() >= ratio


def _best(
    hits: list[Hit],
    doc_countries: set[str],
    margin: float,
    R: dict,
    shadow_margin: float = 2.0,
    major_first: bool = True,
) -> City | None:
    """The candidate that clearly dominates, or None when the name stays ambiguous."""
    if not hits:
        return None
    top_form = min(_FORM_RANK[h.form] for h in hits)
    pool = sorted(
        (h.city for h in hits if _FORM_RANK[h.form] == top_form), key=lambda c: (-_score(c), c.idx)
    )
    best = pool[0]
    # Rio: the Greek town's own name, but far more often Rio de Janeiro's short name
    shadow = [
        h.city
        for h in hits
        if _FORM_RANK[h.form] > top_form
        and h.city.country != best.country
        and _score(h.city) - _score(best) >= shadow_margin
    ]
    # (白山市: a Japanese municipality GeoNames does not link has no population to weigh; its
    # official name is not another country's city by some other spelling, Baishan)
    unweighed = best.population == 0 and best.kind in ("shi", "ku", "machi", "mura")
    # Odessa: Texas's city by its own name, Ukraine's port of a million by another spelling; a
    # text that names no country of the small one means the major city (Cologne: Köln, not the
    # Italian village, however far apart their scores)
    major_shadow = [
        h.city
        for h in hits
        if _FORM_RANK[h.form] > top_form and _major(h.city, R) and not _major(best, R)
        and h.city.population >= 5 * best.population
        and (
            best.population < R["shadow_own_population"]
            or h.city.country in doc_countries | {best.country}
            or _spelling_of(h.city.name, best.name, R["spelling_ratio"])
        )
    ]
    if shadow and best.country not in doc_countries and not unweighed and not (major_shadow and major_first):
        return None
    if major_shadow and best.country not in doc_countries and not unweighed:
        return max(major_shadow, key=lambda c: (_score(c), -c.idx))
    rivals = [c for c in pool[1:] if c.country != best.country]
    if not rivals:
        return best
    in_doc = [c for c in pool if c.country in doc_countries]
    if (
        in_doc
        and len({c.country for c in in_doc}) == 1
        and not (_major(best, R) and not _major(in_doc[0], R))
        # (nor a world city into a town twenty times smaller: Rotterdam in a list that also
        # holds Houston is still the Dutch port, not Rotterdam, New York)
        and not (best.population >= 20 * in_doc[0].population and best.prominence >= in_doc[0].prominence)
    ):
        # Colombo in a document about Sri Lanka. A country named elsewhere in the document is
        # weak evidence: it never turns a capital or a city of millions into a small place of
        # that country (Luanda in a report that also speaks of Kenya is Angola's capital).
        return in_doc[0]
    if _score(best) - _score(rivals[0]) >= margin or _dominates(best, rivals, R):
        return best
    return None


def _dominates(best: City, rivals: list[City], R: dict) -> bool:
    """A city of millions far larger than every namesake elsewhere (Barcelona, Spain, 1.6M, and
    Barcelona, Venezuela): population ratio, not a fixed score margin. Half that ratio is
    enough when it is also the better-known one (Valencia, Venezuela, is larger than
    Valencia, Spain, but less known: no reading wins)."""
    if best.population < R["major_population"]:
        return False
    top = max(rivals, key=lambda c: (c.population, -c.idx))
    ratio = best.population / max(top.population, 1)
    if ratio >= R["dominant_ratio"]:
        return True
    return ratio >= R["dominant_ratio_known"] and all(
        best.prominence > c.prominence for c in rivals
    )


@lru_cache(maxsize=256)
def _sounds_of(country: str) -> tuple[tuple[str, str, str, City], ...]:
    """The sound keys of a country's cities; an English name also as katakana hears it, with
    no r after a vowel (Petersburg, petesbug: ピーターズバーグ)."""
    g = gaz()
    expand = rules("ja")["sound_expansions"]
    out = []
    for c in g.in_country(country):
        name = re.sub(r"\s+city$", "", fold(c.name))
        name = _abbreviations(tuple(expand)).sub(lambda m: expand[m.group(1)], name)
        keys = {_sound(name), _sound(_NON_RHOTIC.sub("", name))}
        out.extend((*k, c) for k in sorted(keys))
    return tuple(out)


_NON_RHOTIC = re.compile(r"(?<=[aeiou])r(?![aeiouy])")
@lru_cache(maxsize=1)
def _abbreviations(words: tuple[str, ...]) -> re.Pattern:
    """The data's abbreviations (st, ft, mt…) as one pattern: a word before a space."""
    return re.compile(rf"\b({'|'.join(map(re.escape, words))})\.?(?= )")


@lru_cache(maxsize=4096)
def _transliterated(stem: str, country: str) -> City | None:
    """A katakana name matched to a city of the given country by its sound (カバドバラン ↔
    Cabadbaran); failing that, by its consonants alone, voiced and voiceless as one
    (テジョン ↔ Daejeon, クァンジュ ↔ Gwangju, チェンマイ ↔ Chiang Mai) when one known city
    clearly stands out."""
    stem = stem.replace("・", "")  # セント・ピーターズバーグ: one name written in parts
    if not _KATAKANA.match(stem):
        return None
    key, skel, loose = _sound(_romaji(stem, rules("ja")["kana_romaji"]))
    louder = {loose}
    if stem.endswith(_EPENTHETIC):
        louder.add(f"{loose[:-1]}{int(loose[-1]) - 1}")
    keys = {key}
    if stem.endswith(_EPENTHETIC) and key[-1:] in "aeiou" and key[-2:-1] not in "aeiou":
        keys.add(key[:-1])  # イムス: imusu is Imus
    exact, similar, rough = [], [], []
    for ck, cs, cl, c in _sounds_of(country):
        if ck in keys or (ck.endswith("ng") and ck[:-1] in keys):  # ラヨーン: raion is Rayong
            exact.append(c)
        elif len(skel) >= 4 and cs == skel and ck[:1] == key[:1]:
            similar.append(c)  # epenthetic vowels: kabadobaran ↔ cabadbaran
        elif len(loose) >= 4 and cl in louder:  # (three consonants and the syllable count)
            rough.append(c)
    found = exact or similar
    if found:
        return max(found, key=lambda c: (_score(c), -c.idx))
    if rough:
        # of names with the same consonants, those whose vowels agree best (プーケット is
        # Phuket, not Phichit)
        vowels = _VOWELS.findall(key)
        agree = {
            c.idx: sum(
                1
                for a, b in zip(vowels, _VOWELS.findall(_sound(fold(c.name))[0]), strict=False)
                if set(a) & set(b)
            )
            for c in rough
        }
        top = max(agree.values())
        rough = [c for c in rough if agree[c.idx] == top]
    rough.sort(key=lambda c: (-_score(c), c.idx))
    R = rules("ja")
    if (
        rough
        and _score(rough[0]) >= R["sound_min_score"]
        and (len(rough) == 1 or _score(rough[0]) - _score(rough[1]) >= R["bare_margin"])
    ):
        return rough[0]
    return None


def _by_sound(m: Mention, doc_countries: set[str]) -> City | None:
    """A katakana name the gazetteer does not know, matched by sound to a city of its country:
    the country beside it (オーストラリアのバンクスタウン, under （フィリピン共和国）), or for an
    official form (クリアウォーター市) the one foreign country, of the few the document names,
    that has it."""
    if m.country and (m.official or m.flags & {"toponym", "beside", "listed"}):
        return _not_state_city(m, _transliterated(m.stem, m.country))
    if m.hint:
        return _not_state_city(m, _transliterated(m.stem, m.hint))  # チェンマイ市: the city of the province
    foreign = doc_countries - {"JP"}
    if m.official and m.suffix == "city" and len(foreign) <= 3:
        found = {c: city for c in sorted(foreign) if (city := _transliterated(m.stem, c))}
        if len(found) == 1:
            return next(iter(found.values()))
    if m.official and m.suffix in ("city", "capital") and _katakana_name(m.stem):
        # 姉妹都市のオデーサ市: nothing gives the country; the one city of the world that sounds
        # exactly so, a large one first, then a town (ビエラ市 Biella), but no town before 長,
        # where a person's name is as likely (クリチコ市長 is Mayor Klitschko)
        key = _sound(_romaji(m.stem, rules("ja")["kana_romaji"]))[0]
        for k, population in enumerate(rules("ja")["sound_world_populations"]):
            if k and m.title:
                break
            found = [gaz().city(i) for i in _world_sounds(population).get(key, ())]
            if found:
                if len({c.country for c in found}) == 1:
                    return max(found, key=lambda c: (_score(c), -c.idx))
                return None
    return None


def _not_state_city(m: Mention, city: City | None) -> City | None:
    """カリフォルニア alone is the state, not California City (オクラホマシティ is written so)."""
    if city is None or m.official or not fold(city.name).endswith(" city"):
        return city
    place = gaz().place_key(fold(m.stem))
    return None if place is not None and place.kind == "state" else city


@lru_cache(maxsize=4)
def _world_sounds(population: int) -> dict[str, tuple[int, ...]]:
    """The sound key of every foreign city of at least this population, to the cities' indexes."""
    index: dict[str, list[int]] = {}
    for i, name, country in gaz().rows_over(population):
        if country != "JP":
            index.setdefault(_sound(re.sub(r"\s+city$", "", fold(name)))[0], []).append(i)
    return {k: tuple(v) for k, v in index.items()}


def _romaji(kana: str, table: dict[str, str]) -> str:
    out, i = [], 0
    while i < len(kana):
        two = kana[i : i + 2]
        if two in table:
            out.append(table[two])
            i += 2
        else:
            out.append(table.get(kana[i], ""))
            i += 1
    return "".join(out)


_SOUND_RULES = [
    (re.compile(r"[^a-z]"), ""),
    (re.compile(r"c(?=[eiy])"), "s"),
    (re.compile(r"ck|c|q"), "k"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"x"), "ks"),
    (re.compile(r"v"), "b"),
    (re.compile(r"l"), "r"),
    (re.compile(r"y"), "i"),
    (re.compile(r"w"), "u"),
    (re.compile(r"(?<=[bcdfgjkmnprstz])h"), ""),
    (re.compile(r"(.)\1+"), r"\1"),
]


def _sound(s: str) -> tuple[str, str, str]:
    """A rough sound key shared by romanised katakana and Latin names, its consonants, and its
    consonants with voicing and ng/n merged (Korean and Thai names in katakana)."""
    for pat, rep in _SOUND_RULES:
        s = pat.sub(rep, s)
    # (katakana's epenthetic vowel keeps an h the Latin spelling silences: ベリングハム,
    # beringuhamu, is Bellingham, beringam)
    # (and katakana voices a final s: マウンテンズ, mauntenzu, is Mountains)
    skel = _SILENT_H.sub("", re.sub(r"[aeiou]", "", s)).replace("z", "s")
    loose = re.sub(r"(.)\1+", r"\1", skel.replace("ng", "n").translate(_DEVOICE))
    # and as many syllables (ルソン is not Lucena)
    return s, skel, f"{loose}{len(_VOWELS.findall(s))}"


_VOWELS = re.compile(r"[aeiou]+")
_SILENT_H = re.compile(r"(?<=[bcdfgjkmnprstz])h")
_DEVOICE = str.maketrans({"g": "k", "d": "t", "b": "p", "z": "s", "f": "p"})
# katakana writes a final consonant with a vowel (プーケット: pu-ke-tto for Phuket)
_EPENTHETIC = ("ト", "ド", "ク", "グ", "ス", "ズ", "フ", "ブ", "プ", "ム", "ル")


# --- the recogniser ------------------------------------------------------------------------


@register("cities")
def recognise(doc: Document) -> list[Candidate]:
    g = gaz()
    text = doc.norm
    joins = _joins(doc) if _JA.search(text) else ()
    toks = _tokens(doc, joins)
    places: dict[int, Place] = {}
    if _JA.search(text):

        def reading(k: int) -> str:
            return (doc.tokens[k].morph.get("Reading") or [""])[0]

        mentions = scan_ja(text, toks, g, places, reading, joins)
        mentions = _merger_lists(text, toks, mentions, g)
    else:
        mentions = []
    mentions += scan_en(text, toks, g, places)
    lists = _municipality_lists(doc, g, places)
    if lists:
        mentions = [
            m for m in mentions if not any(x.start <= m.start < x.end for x in lists)
        ] + lists
    mentions.sort(key=lambda m: m.start)
    _structure_ja(mentions, text, rules("ja"))
    scopes = _headings(text)
    # (a name that is a state and a major city, New York, says nothing of the document's
    # country: a list with New York in it keeps Frankfurt am Main; Virginia still does)
    both = {
        m.end for m in mentions if "state" in m.flags and any(_major(h.city, rules(m.script)) for h in m.hits)
    }
    doc_countries = {p.country for b, p in places.items() if p.country and b not in both}
    adjectives = _adjective_countries(text) - doc_countries
    for m in mentions:
        if m.rule == "cities.municipality_list":
            continue
        _context(m, text, places)
        _venue(m, text)
        if m.script == "ja" and not m.official and _facility_follows(text, m.end):
            m.flags.add("internal")  # 台湾の台北駅: a country beside it does not undo the station's name
        if _gloss_word(m, doc):
            m.flags.add("common")
        if m.country is None:
            for a, b, code in scopes:
                if a <= m.start < b:
                    m.country, m.strong = code, True
                    break
    # Richmond, BC; Dundalk, Co. Louth: a town placed by its province or county tells the
    # country the text speaks of, as a named country does (Vancouver then reads as Canada's)
    doc_countries |= {m.country for m in mentions if m.script == "en" and m.strong and m.country and any(h.city.country == m.country for h in m.hits)}
    # In Ontario, Kingston …: a province named bare tells the country, as a named country does
    doc_countries |= {
        p.country
        for m in mentions
        if m.script == "en" and m.stem in rules("en")["region_names"]
        for p in g.places.get(fold(m.stem), ())
        if p.kind == "province" and p.country
    }
    _prefecture_lists(mentions, text)
    _place_phrases(mentions, text)
    _hyphen_pairs(mentions, text)
    _route_pairs(mentions, text)
    _longer_names(mentions, text)
    groups = _groups(mentions, text)
    for group in groups:
        _state_list([mentions[k] for k in group])
    _among_states(mentions, text)
    _address_parts(mentions, text)
    for group in groups:
        _list_context([mentions[k] for k in group], text)
        _joint_name([mentions[k] for k in group], text)
    _rows_of_names(mentions, text)
    groups += _line_lists(mentions, text)

    # A city for each mention, as far as the mention itself can tell.
    chosen: dict[int, City] = {}
    for k, m in enumerate(mentions):
        if "region" in m.flags:
            continue
        city = _choose(m, doc_countries)
        if city is None and adjectives and m.script == "en":
            # Vancouver after "Canadian suppliers": an adjective decides only a name left open
            city = _choose(m, doc_countries | adjectives)
            if city is not None and any(h.city.population >= 5 * city.population for h in m.hits):
                city = None  # (not a town over a city five times its size: St. Petersburg, FL)
        if city is None and m.script == "ja" and m.official:
            city = _glossed(m, text, doc_countries)
        if city is None and m.tok_span is not None:
            city = _former(m, doc, text)
            m.former = city is not None
        if city is not None:
            chosen[k] = city
    _title_pairs(mentions, chosen, text)
    for k, city in chosen.items():
        m = mentions[k]
        if m.script == "ja" and _KATAKANA.match(m.stem) and city.country in doc_countries - {"JP"}:
            m.flags.add("country_named")  # アルバニー in a text on Australia: a city of the country it names
        elif (
            m.script == "en"
            and doc.lang_at(m.start) == "en"
            and not m.flags & {"initial", "headline"}
            and m.stem.lower() not in load_words("en/common_words.txt")
            and any(
                p.kind == "country" and p.country == city.country and abs(b - m.start) <= COUNTRY_NEAR
                for b, p in places.items()
            )
        ):
            # Voerde after "a twinning visit to Germany": a town of the country named nearby
            m.flags.add("country_named")
    # a visit to Uchinada in a text on Japan: a municipality of the official list GeoNames does
    # not weigh, placed by the sentence, is read without the population it lacks
    for k, city in chosen.items():
        m = mentions[k]
        if (
            m.script == "en"
            and "placed" in m.flags
            and city.country == "JP"
            and city.population == 0
            and city.kind in ("shi", "machi", "mura")
            and "JP" in doc_countries
            and m.stem.lower() not in load_words("en/common_words.txt")
            and len(m.stem) >= 5  # (Toyo, Ueno: short romanised names are other things' too)
        ):
            m.flags.add("unweighed")
    # Eight mayors from Ontario, in Bali (a text on Canada, on Jakarta): a province or state of
    # a country the text speaks of or has a major city of, read as another country's city
    spoken = doc_countries | {c.country for k, c in chosen.items() if _major(c, rules(mentions[k].script))}
    for k in [k for k, c in chosen.items() if _province_here(mentions[k], c, spoken)]:
        del chosen[k]
    for group in groups:
        _coherent([mentions[k] for k in group], group, chosen, doc_countries)
        _continental([mentions[k] for k in group], group, chosen)
    # A short form (Rio, NYC) is its city when the document names the city or its country.
    named = {c.idx for c in chosen.values()}
    for k, m in enumerate(mentions):
        city = short_form(m.script, m.key)
        if (
            city is not None
            and m.country in (None, city.country)
            and (city.idx in named or city.country in doc_countries)
        ):
            chosen[k] = city

    # What the document says about each name: confirmed by an official form or a context,
    # used for a region (Kilinochchi district, 山梨県), or for a person (Mary Sheffield, 山口さん).
    confirmed: dict[str, City] = {}
    confirmed_at: dict[str, int] = {}  # where the document first confirmed each name
    regions: set[str] = set()
    persons: set[str] = set()
    majors = {
        m.key
        for k, m in enumerate(mentions)
        if m.script == "en" and k in chosen and _major(chosen[k], rules("en")) and place_of(m.stem) is None
    }  # (not Washington: a state's name as much as the capital's)
    for k, m in enumerate(mentions):
        if "region" in m.flags:
            # (東京 is still the city elsewhere; so is a major city whose county or region is
            # named once: Los Angeles County Sheriff … in Los Angeles)
            if "region_list" not in m.flags and m.key not in majors:
                regions.add(m.key)
        elif k in chosen and _confirms(m):
            confirmed.setdefault(m.key, chosen[k])
            confirmed_at.setdefault(m.key, m.start)
        if "person" in m.flags or (
            "after_name" in m.flags
            and not _in_longer_name(m, chosen.get(k), text)
            and not (k in chosen and _major(chosen[k], rules(m.script)))  # IIT Delhi: no surname
            and not _after_place(mentions, k, chosen, text)
        ):
            persons.add(m.key)
    # the districts of Kilinochchi: the name is a district's throughout; the Prague region: a
    # major city's region is named there, and the city is still the city elsewhere
    for k, m in _region_words(mentions, text):
        if k in chosen and _major(chosen[k], rules(m.script)):
            m.flags.add("region")
        else:
            regions.add(m.key)
    for _, m in _region_list(mentions, text):
        m.flags.add("region")  # (…, Lambayeque, Lima and Piura regions: Lima stays the city elsewhere)
    # A job title (松山市長) names the city when the document speaks of the place elsewhere,
    # even inside a compound of place names (松山・フライブルク姉妹都市): otherwise it may be a
    # surname (山口市長), or a given name glued to a surname (ピア・エロ市長).
    support = frozenset(
        m.key
        for m in mentions
        if not m.title
        and not m.flags & {"person", "region", "unknown"}
        and ("internal" not in m.flags or "joint" in m.flags)
    )

    ok = {
        k: city
        for k, m in enumerate(mentions)
        if (city := _accept(m, chosen.get(k), confirmed, regions, persons, support, confirmed_at))
        is not None
    }
    # A list whose items are mostly cities makes cities of its other items (Ulaanbaatar and
    # Darkhan; 厚木市と海老名); they then confirm their name elsewhere in the document.
    added = _propagate(groups, mentions, chosen, ok, text, doc_countries)
    if added:
        for k in added:
            confirmed.setdefault(mentions[k].key, ok[k])
            confirmed_at.setdefault(mentions[k].key, mentions[k].start)
        for k, m in enumerate(mentions):
            if k not in ok and (
                city := _accept(
                    m, chosen.get(k), confirmed, regions, persons, support, confirmed_at
                )
            ):
                ok[k] = city

    # 中国上海市: GeoNames knows the name with its country glued before it; the mention is the
    # city as written without the country (the annotation guide: フランスのパリ → パリ)
    for k in ok:
        m = mentions[k]
        if m.script == "ja" and m.official:
            cut = _country_prefix(m.stem)
            if cut:
                m.start += cut
            name = text[m.start : m.end - 1]
            if (
                m.suffix_text == "市"
                and _KATAKANA.match(name.replace("・", ""))
                and text.startswith(tuple(rules("ja")["suffix_area_after"]), m.end)
                and re.search(re.escape(name) + "(?!市)", text)
            ):
                m.end -= 1  # ジャカルタ市内 ("within the city") where the text also writes ジャカルタ bare: the city as it names it
    # Rochester, New York; Carson City, Nevada: the state that places a city is no city itself
    states = {m.admin1_at for m in mentions if m.admin1_at is not None}
    titles = _quoted_titles(text)
    out: list[Candidate] = []
    for k in sorted(ok):
        m, city = mentions[k], ok[k]
        if m.start in states:
            continue
        if titles and not m.official and _inside_title(titles, m.start, m.end):
            # 「HIROSHIMA and PEACE」, "Vision Tokyo 2030": a bare name is part of a quoted
            # title (「インドネシア共和国バンドン市への…支援」 still names the city)
            continue
        attrs = {"canonical": city.name, "country": city.country, "geonameid": city.geonameid}
        score = 1.0 if (m.official or m.strong) else 0.8
        out.append(Candidate("city", m.start, m.end, m.rule, attrs, score))
    taken = [(mentions[k].start, mentions[k].end) for k in ok] + [(m.start, m.end) for m in mentions if "region" in m.flags]
    if _JA.search(text):
        out += _unlisted_towns(text, places, taken, g)
    out += _unlisted_towns_en(text, taken, g)
    out = _adjective_towns(text, out, g)
    by_list = {(mentions[k].start, mentions[k].end) for k in ok if "list_country" in mentions[k].flags}
    out += _listed_towns_en(text, [c for c in out if (c.start, c.end) not in by_list], g)
    out.sort(key=lambda c: (c.start, c.end))
    return out


_EN_ITEM = r"[A-Z][a-zà-ÿ'’-]+(?:\.(?=[ ,]|$)(?<=\b(?:St|Mt|Ft)\.))?(?: [A-Z][a-zà-ÿ'’-]+){0,2}"
_EN_TOWN_LIST = re.compile(rf"(?<![\w'’-]){_EN_ITEM}(?:, {_EN_ITEM})+(?:,? and {_EN_ITEM})?(?![\w'’-]| [A-Z])")
_EN_LIST_ITEM = re.compile(_EN_ITEM)


def _listed_towns_en(text: str, found: list[Candidate], g: Gazetteer) -> list[Candidate]:
    """Ames, Anita, Bridgewater, Sigourney and Ellsworth: a list in which at least two items are
    cities of one country, and no fewer than the rest, makes its other items GeoNames does not
    list towns of that country (named as written, no GeoNames id). Not an item that is a place,
    a body's, a title's or a common word, or that GeoNames lists (the recogniser left it out)."""
    R = rules("en")
    if "unlisted_town" not in R:
        return []
    at = {(c.start, c.end): c.attrs.get("country") for c in found}
    spans = [(c.start, c.end) for c in found]
    out: list[Candidate] = []
    for lm in _EN_TOWN_LIST.finditer(text):
        items = [(m.start(), m.end(), m.group()) for m in _EN_LIST_ITEM.finditer(text, lm.start(), lm.end())]
        items = [(a, b, w) for a, b, w in items if w != "and"]
        known = [at[(a, b)] for a, b, _ in items if (a, b) in at]
        if len(known) < 2 or len(set(known)) != 1 or not known[0]:
            continue
        rest = [(a, b, w) for a, b, w in items if (a, b) not in at]
        if not rest or len(rest) > len(known):
            continue
        for a, b, name in rest:
            words = name.split()
            if _overlaps(a, b, spans) or _no_unlisted_town(name, words, g, R["listed_town_stop"]):
                continue
            out.append(_unlisted(a, b, name, known[0]))
    return out


def _adjective_towns(text: str, found: list[Candidate], g: Gazetteer) -> list[Candidate]:
    """The German town of Bad Godesberg: a town the text places by its country's adjective. Where
    GeoNames does not list the whole name, the town is named as written (no GeoNames id), and a
    city read from its first words alone (Bad, India) gives way to it."""
    R = rules("en")
    if "adjective_town" not in R:
        return found
    adjectives = R["country_adjectives"]
    out = list(found)
    for mm in R["adjective_town"].finditer(text):
        adj = mm.group("adj")
        p = None if adj in adjectives else place_of(adj)
        code = adjectives.get(adj) or (p.country if p is not None and p.kind in ("country", "state", "prefecture") else None)
        (a, b), name = mm.span("name"), mm.group("name")
        if code is None or any(h.city.country == code for h in g.cities_named(name)):
            continue  # (a town GeoNames lists in that country is the recogniser's to read)
        inside = [c for c in out if a <= c.start < b or a < c.end <= b]
        if any(c.start < a or c.end > b or ((c.start, c.end) == (a, b) and c.attrs.get("country") == code) for c in inside):
            continue  # (the South African town of Sutherland: not Sutherland, Australia)
        if _no_unlisted_town(name, name.replace("-", " ").split(), g, R["listed_town_stop"], listed_elsewhere=True):
            continue  # (the Japanese city of Osaka Prefecture, the German city of Frankfurt Airport)
        out = [c for c in out if c not in inside]
        out.append(_unlisted(a, b, name, code))
    return out


def _unlisted_towns_en(text: str, taken: list[tuple[int, int]], g: Gazetteer) -> list[Candidate]:
    """Piran, Slovenia; Altona, Manitoba in Canada: a town GeoNames does not list, named in a
    list or after a preposition and placed by its country right after a comma. As in Japanese,
    its canonical name is the name as written, with no GeoNames id."""
    R = rules("en")
    if "unlisted_town" not in R:
        return []
    out: list[Candidate] = []
    for mm in R["unlisted_town"].finditer(text):
        (a, b), c_end, name = mm.span("name"), mm.end("country"), mm.group("name")
        code = country_of(mm.group("country"))
        if text.startswith(" in ", b) and (
            code is None
            or not _IN_COUNTRY_ITEM.search(text, max(0, a - 5), a)
            or any(w.lower() in load_words("en/common_words.txt") or "'" in w or "’" in w for w in name.replace("-", " ").split())
        ):
            # Deauville in France, Kuusankosi in Finland: after "in" only a country places an
            # unlisted town, and only one that opens a line or a list's item and holds no common
            # word (not Science Centers in Canada, Telam in Argentina)
            continue
        state = mm.group("country").strip()
        if code is None and (_STATE_TOWN_BEFORE.search(text, max(0, a - 6), a) or _dotted_state(state)):
            # in Wever, Iowa; Burrus Hybrids, Arenzville, Ill.: a state's newspaper abbreviation
            # places a town wherever it stands, a state's name only after a preposition
            code = _state_country(state)
        if code is None or _overlaps(a, b, taken):
            continue
        if "|" in text[b : mm.start("country")] and not _place_table(text, a):
            continue  # | John Smith | Ireland |: a table's cells place a town only in a table of places
        item = _ITEM_BEFORE.search(text, max(0, a - 40), a)
        nxt = _ITEM_AFTER.match(text, c_end, c_end + 40)
        words = name.replace("-", " ").split()
        # Milton, England: a name GeoNames lists only in other countries is a town of the one
        # written after it (Bali, Indonesia stays out: a province's name)
        elsewhere = (listed := g.cities_named(name)) and all(h.city.country != code for h in listed)
        if (
            (nxt is not None and country_of(nxt.group(1)) is not None)  # Bosnia-Herzegovina, Brazil, Burma
            or (item is not None and country_of(item.group(1).split(", ")[-1]) is not None)  # …, Brazil, Burma
            # Higashisonogi District, Nagasaki Prefecture, Japan: between a district and its country
            # stands a region, no town
            or (item is not None and _district(item.group(1).split(", ")[-1]))
            or ("." in mm.group("country") and text[c_end : c_end + 1] == ".")  # Pauline Kao, U.S. Consul General
            or _no_unlisted_town(name, words, g, listed_elsewhere=bool(elsewhere))
        ):
            continue  # (a list of countries; a listed town is the recogniser's to read; a body, a title or a word is no town)
        out.append(_unlisted(a, b, name, code))
    return out


@cache
def _place_column() -> re.Pattern:
    words = _alternation(rules("en")["place_column_words"])
    return re.compile(rf"\|[ \t]*(?i:{words})s?[ \t]*(?=\|)")


def _place_table(text: str, pos: int) -> bool:
    """A table row at pos is one of places: its first row (the header) or the row's cell before
    the name names a kind of place (| Category | Town | Country |, | Village | Terryglass |)."""
    row = text.rfind("\n", 0, pos) + 1
    if _place_column().search(text, row, pos):
        return True
    top = row
    while top > 0:
        prev = text.rfind("\n", 0, top - 1) + 1
        if not text.startswith("|", prev):
            break
        top = prev
    end = text.find("\n", top)
    return bool(_place_column().search(text, top, end if end >= 0 else len(text)))


def _district(words: str) -> bool:
    """A district's or county's name written with its kind word (Higashisonogi District)."""
    w = words.split()
    if not w:
        return False
    return w[-1] in rules("en")["region_suffixes"]


_IN_COUNTRY_ITEM = re.compile(r"(?:^|\n|[,;][ \t]+|\band[ \t]+)\Z")
# (Port Hadlock, WA), in Fort Davis, Texas: a state places a town after a preposition or a
# bracket only (a list's "Tom Smith, Ohio" is a delegate and his state)
_STATE_TOWN_BEFORE = re.compile(r"(?:\(|\b(?:in|from|near|at) )\Z")


def _dotted_state(words: str) -> bool:
    """Ill., S.D., Ont.: a state's or province's newspaper abbreviation (AP style), which follows
    only a town."""
    R = rules("en")
    return words.endswith(".") and (words in R["state_abbreviations"] or words in R["province_abbreviations"])


def _state_country(words: str) -> str | None:
    """The country of a US state, a Canadian province or an Australian state written after a
    town and its comma: by name (Texas, Manitoba), postal code (WA, BC) or abbreviation (Ind.)."""
    R = rules("en")
    g = gaz()
    if (code := R["province_abbreviations"].get(words)) or (code := R["state_abbreviations"].get(words)):
        return code[:2] if "-" in code else "US"
    p = place_of(words) or g.place_key(fold(words), codes=True)
    if p is not None and p.kind in ("state", "province", "state_code") and (words.isupper() or len(words) > 3):
        return p.country
    return None


def _no_unlisted_town(
    name: str, words: list[str], g: Gazetteer, stop: list[str] | tuple = (), listed_elsewhere: bool = False
) -> bool:
    """What an English town GeoNames does not list cannot be: a name GeoNames lists (the
    recogniser's to read), a place (a country, a state, British Columbia), a body's, a title's,
    a site's or a region's word, or one common word. Shared by the comma-country and list rules;
    the adjective rule lets a name GeoNames lists in other countries stand (listed_elsewhere)."""
    R = rules("en")
    heads = _org_head_words()
    return bool(
        (g.cities_named(name) and not listed_elsewhere)
        or place_of(name) is not None
        or g.place_key(fold(name), codes=True) is not None
        or any(
            w in heads or w.lower() in R["unlisted_stop"] or w.lower() in stop or w in R["region_suffixes"]
            for w in words
        )
        or (
            len(words) == 1
            and name.lower() in load_words("en/common_words.txt")
            and not (listed_elsewhere and g.cities_named(name))  # (Sutherland: a town elsewhere too)
        )
    )


_ITEM_BEFORE = re.compile(r"([A-Z][\w'’. -]*?),[ \t]*\Z")  # the list item before a name
_ITEM_AFTER = re.compile(r",[ \t]*([A-Z][\w'’. -]*?)(?=[,;.\n]|$)")  # the list item after its country


def _overlaps(a: int, b: int, taken: list[tuple[int, int]]) -> bool:
    return any(x <= a < y or x < b <= y for x, y in taken)


def _unlisted(a: int, b: int, name: str, code: str) -> Candidate:
    """A town GeoNames does not list: its name as written for canonical, and no GeoNames id."""
    return Candidate("city", a, b, "cities.unlisted", {"canonical": name, "country": code, "geonameid": None}, 0.8)


@cache
def _town_after_heads() -> frozenset[str]:
    """Heads after which 'of' gives a body's town, not its name (Kirkstall Brewery of Leeds,
    Kokken Brewery Co. of Minamiaizu): the organisations' rule, data/en/organizations.json."""
    d = load_json("en/organizations.json")
    return frozenset(d.get("town_after_heads", [])) | frozenset(d["heads"].get("legal", []))


@cache
def _org_head_words() -> frozenset[str]:
    """Words that end an organisation's name (University, Council, Hotel): no town has them."""
    heads = load_json("en/organizations.json")["heads"]
    return frozenset(w for tier in heads.values() for h in tier for w in h.split())


def _unlisted_towns(text: str, places: dict[int, Place], taken: list[tuple[int, int]], g: Gazetteer) -> list[Candidate]:
    """ドイツ・メアブッシュ市, 米国アラスカ州スワード市, パララット市(オーストラリア): a foreign town
    GeoNames does not list, in katakana with its suffix, placed by its country (or a state of it)
    written right before it or in brackets right after. Its canonical name is the name as written,
    with no GeoNames id: no English name is known for it."""
    R = rules("ja")
    out: list[Candidate] = []
    for mm in R["unlisted_town"].finditer(text):
        a, b = mm.start(), mm.end()
        for k in [k for k in range(a, mm.end("stem")) if text[k] == "・" and k in places]:
            a = k + 1  # ドイツ・メアブッシュ市: the country and the town are two names
        stem = text[a : mm.end("stem")].strip("・")
        if len(stem.replace("・", "")) < 3 or _overlaps(a, b, taken):
            continue
        if g.cities_named(stem) or g.cities_named(stem + mm.group("suf")) or place_of(stem) is not None:
            continue  # (a listed town is the recogniser's; one it left out was left out on purpose)
        code = _country_placing(text, a, b, places)
        if code and code != "JP":
            out.append(_unlisted(a, b, stem, code))
    for end, p in sorted(places.items()):
        # 浙江省嵊州市, 山西省呂梁市: a Chinese or Korean city in kanji right after its province
        if p.kind not in ("state", "province") or p.country not in ("CN", "KR", "TW"):
            continue
        mm = _KANJI_CITY.match(text, end)
        if mm is None or _overlaps(*mm.span(), taken):
            continue
        a, b = mm.span()
        stem = mm.group(1)
        if g.cities_named(stem) or g.cities_named(mm.group()) or place_of(stem) is not None:
            continue
        out.append(_unlisted(a, b, mm.group(), p.country))
    return out


_KANJI_CITY = re.compile(r"([\u4e00-\u9fff]{1,3})市(?![\u4e00-\u9fff]*(?:長|議会|役所|政府)|[立民内営場街])")


def _country_placing(text: str, a: int, b: int, places: dict[int, Place]) -> str | None:
    """The country of a place named right before a (past ・, の or a space), or in brackets right after b."""
    k = a
    while k > 0 and a - k < 2 and text[k - 1] in "・の 　":
        k -= 1
    named = {p.country for p in places.values() if p.kind == "country"}
    for end in (k, a):
        p = places.get(end)
        if p is not None and p.country and (p.kind == "country" or (p.kind != "region" and p.country in named)):
            return p.country  # (a state places a town only in a text naming its country: not 首都圏)
    if text[b : b + 1] in ("(", "（"):
        close = next((j for j in range(b + 2, min(len(text), b + 16)) if text[j] in ")）"), None)
        p = places.get(close) if close is not None else None
        if p is not None and p.kind == "country":
            return p.country
    return None


_NEWLINE = re.compile(r"\n")
WRAP_MIN = 40  # characters a line holds before its break can be a wrap inside a name
# A quoted title: 「…」 without a sentence end, or "…" in title case (not a quoted sentence).
_QUOTED_TITLE = re.compile(
    r"「([^」「。\n]{2,40})」|[\"“]((?:[A-Z0-9][\w.'’&-]*|of|and|the|for|in|on|to|a)(?:[ \t]+(?:[A-Z0-9][\w.'’&-]*|of|and|the|for|in|on|to|a)){1,7})[\"”]"
)


def _quoted_titles(text: str) -> list[tuple[int, int]]:
    """Spans of quoted titles (events, programmes, publications): a city strictly inside one
    is part of its name (the annotation guide: an event's name holds no city mention)."""
    if "「" not in text and '"' not in text and "“" not in text:
        return []
    return [m.span(1) if m.group(1) is not None else m.span(2) for m in _QUOTED_TITLE.finditer(text)]


def _inside_title(titles: list[tuple[int, int]], a: int, b: int) -> bool:
    k = bisect_left(titles, (a + 1,)) - 1
    return k >= 0 and titles[k][0] <= a and b <= titles[k][1] and (titles[k][0], titles[k][1]) != (a, b)


def _joins(doc: Document) -> tuple[int, ...]:
    """View offsets where the view joined two source lines (a source line break it dropped)."""
    view = doc.view
    if view is None:
        return ()
    starts, out = view.starts, []
    for mm in _NEWLINE.finditer(doc.text):
        k = bisect_left(starts, mm.start())
        if 0 < k < len(starts) and starts[k] > mm.start() and doc.norm[k - 1] != "\n":
            out.append(k)
    return tuple(out)


def _title_pairs(mentions: list[Mention], chosen: dict[int, City], text: str) -> None:
    """静岡市長と台北市長: a mayor's title joined to another city's mayor (a city of millions
    or a foreign one, which is no one's surname) names a city too, not Mayor Shizuoka."""
    for k in range(len(mentions) - 1):
        a, b = mentions[k], mentions[k + 1]
        if not (a.title and b.title and a.script == b.script == "ja"):
            continue
        gap = text[a.end : b.start]
        gap = next((gap[len(x) :] for x in rules("ja")["title_suffixes"] if gap.startswith(x)), gap)
        if not re.fullmatch(rules("ja")["list_separator"], gap):
            continue
        for m, oj in ((a, k + 1), (b, k)):
            city = chosen.get(oj)
            if city is not None and (city.country != "JP" or _major(city, rules("ja"))):
                m.flags.add("title_pair")


def _longer_names(mentions: list[Mention], text: str) -> None:
    """都市馬鞍山市: a kanji name whose characters before it, with it, make another city's name
    written in the document (馬鞍山市) is that city, cut by the word before it (都市馬 | 鞍山市)."""
    official = {m.stem: m for m in mentions if m.script == "ja" and m.official}
    for m in mentions:
        if m.script != "ja" or not m.official:
            continue
        for n in (1, 2):
            longer = official.get(text[max(0, m.start - n) : m.start] + m.stem)
            if longer is not None and longer is not m:
                m.start -= n
                m.stem, m.hits = longer.stem, longer.hits
                break


def _hyphen_pairs(mentions: list[Mention], text: str) -> None:
    """Albury-Wodonga, Dallas-Fort Worth, Canterbury-Bankstown: two names of one country's
    cities joined by a hyphen are those two cities (twin towns, a merged council), each the
    other's context; names of two countries' cities (a Tokyo-Paris flight) are left as read."""
    for a, b in zip(mentions, mentions[1:], strict=False):
        if a.script != "en" or b.script != "en" or text[a.end : b.start] not in ("-", "–") or a.stem == b.stem:
            continue  # (Ho-Ho, Wagga-Wagga: a name doubled is one word)
        # (by their own names: Batignolles is another name of a Paris district, Clichy-Batignolles
        # a neighbourhood)
        common = {h.city.country for h in a.hits if h.form == "name"} & {
            h.city.country for h in b.hits if h.form == "name"
        }
        if len(common) != 1 or a.official or b.official:
            continue
        for m in (a, b):
            m.hits = [h for h in m.hits if h.city.country in common and h.form == "name"]
            m.flags -= {"internal", "after_name"}
            m.strong = True


def _route_pairs(mentions: list[Mention], text: str) -> None:
    """成田~大連線, 鹿児島-大邱就航, the Hong Kong-Seattle route: a route written as the names of
    its ends joined by dashes names cities, even of two countries, after a hyphen (which
    otherwise makes a name part of a word) or with a prefecture's name (the airport's city)."""
    k = 0
    while k < len(mentions):
        R = rules(mentions[k].script)
        chain = [mentions[k]]
        while (
            k + len(chain) < len(mentions)
            and (nxt := mentions[k + len(chain)]).script == chain[-1].script
            and R["route_link"].match(text[chain[-1].end : nxt.start])
        ):
            chain.append(nxt)
        # (one foreign city written in katakana right before its route word: ホノルル線, マイアミ便)
        single = (
            len(chain) == 1
            and chain[0].script == "ja"
            and _KATAKANA_NAME.fullmatch(text, chain[0].start, chain[0].end) is not None
            and not (chain[0].start and _KATAKANA_NAME.match(text, chain[0].start - 1) and text[chain[0].start - 1] != "・")  # (not アルブラ線's ブラ)
            and text.startswith(tuple(R["route_after"]), chain[0].end)
        )
        # (an airport's name, 羽田, is an end no gazetteer lists: the other ends are still cities)
        # (three English ends or more need no route word: a ship's rotation, Qingdao-Shanghai-Busan;
        # in Japanese a dot joins lists too: オーストラリア・クイーンズランド州・ローガン市)
        if (
            (len(chain) > 1 or single)
            and (
                (len(chain) >= 3 and chain[0].script == "en" and sum(1 for m in chain if _large(m)) >= 2)
                or R["route_word"].match(text[chain[-1].end : chain[-1].end + 60])
            )
            and any(m.hits for m in chain)
        ):
            for m in chain:
                if not m.hits or (m.flags & {"place", "state"} and not m.flags & {"prefecture", "city_state"}):
                    continue  # 中国―青森間: a country is no end of a route's name (Singapore is)
                m.flags -= {"internal", "after_name", "prefecture", "place", "region"}
                m.strong = True
                if "beside" in m.flags and not any(h.city.country == m.country for h in m.hits):
                    m.country = None  # 福岡・釜山線: one end does not place the other in its country
                    m.flags.discard("beside")
        k += len(chain)


ROUTE_CITY_POPULATION = 100000  # a rotation without a route word needs two ends this size (Izu-Ogasawara-Mariana arc: none)


def _large(m: Mention) -> bool:
    return any(h.city.population >= ROUTE_CITY_POPULATION for h in m.hits)


_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+$")
_KATAKANA_NAME = re.compile(r"[ァ-ヴー・]+")


_KATAKANA_GIVEN_BEFORE = re.compile(r"([ァ-ヴ][ァ-ヴー]+)(?:・|[ \u3000])\Z")


def _after_place(mentions: list[Mention], k: int, chosen: dict[int, City], text: str) -> bool:
    """Penzance Concarneau Twinning Society, the Caen Portsmouth Friendship group: a city right
    before is a twin's name, no given name."""
    if k == 0 or (k - 1) not in chosen:
        return False
    prev = mentions[k - 1]
    return text[prev.end : mentions[k].start] in (" ", "-", "–")


def _in_longer_name(m: Mention, city: City | None, text: str) -> bool:
    """Expo City Dubai, Metro Manila: a city of millions after a word of a longer name (City,
    Expo), not after a given name (Kate Paris), and any city after a body's head (Jamaica
    Society Leeds): the name is no surname elsewhere."""
    if city is None:
        return False
    w = _WORD_BEFORE.search(text, max(0, m.start - 20), m.start)
    R = rules(m.script)
    if w is not None and w.group(1) in R["name_heads"]:
        return True  # Jamaica Society Leeds: a body's branch in its city, no surname (any size)
    if w is not None and len(w.group(1)) > 1 and w.group(1).isupper() and not m.stem.isupper():
        return True  # GLOW Eindhoven, IIT Delhi: an acronym is no given name
    if not _major(city, R):
        return False
    return w is not None and (w.group(1).lower() in _stop_words() or w.group(1) in R["followers_ok"])


def _province_here(m: Mention, city: City, doc_countries: set[str]) -> bool:
    """Eight mayors from Ontario (a text on Canada), in Bali (a text on Jakarta): a name that is
    a province or state of a country the text speaks of (by name, or by a major city of it),
    read as a city of another country, is the province."""
    if m.official or m.country or city.country in doc_countries:
        return False
    p = gaz().place_key(m.key, codes=True)
    return p is not None and p.kind in ("province", "state") and p.country in doc_countries


def _choose(m: Mention, doc_countries: set[str]) -> City | None:
    R = rules(m.script)
    # (from York to Münster: a name the sentence places needs half the margin, as a name in context)
    margin = R["bare_margin"] / 2 if (m.official or m.strong or "placed" in m.flags) else R["bare_margin"]
    city = _best(_filter(m), doc_countries, margin, R, major_first=m.script != "en" or "exonym_ok" in m.flags)
    if city is None and m.script == "ja" and m.suffix == "jp" and m.jp_type in ("machi", "mura") and m.admin1:
        # 愛知県長久手町 (a city since 2012): a town or village placed by its prefecture and
        # written by the name of the city it has since become (without a prefecture a 町 is as
        # often a district of a city: 同市春日町黒井)
        grown = [
            h.city for h in m.hits
            if h.form == "stem" and h.city.country == "JP" and h.city.kind == "shi" and h.city.admin1 == m.admin1
        ]
        city = grown[0] if len(grown) == 1 else None
    if city is None and m.script == "ja" and _katakana_name(m.stem):
        city = _by_sound(m, doc_countries)
    if city is None and m.script == "ja" and m.country and _KANJI_RUN.fullmatch(m.stem):
        city = _by_reading(m.stem, m.country)
    if (
        city is not None
        and m.script == "ja"
        and m.official
        and city.country in R["no_city_suffix"]
        and _KANJI_RUN.fullmatch(m.stem)
    ):
        # 馬鞍山市: Hong Kong has no 市; a kanji name with 市 there is the mainland city of the
        # name read in Mandarin (Ma'anshan), when there is one
        city = _by_reading(m.stem, "CN") or city
    return city


_LATIN_GLOSS = re.compile(r"[A-Z][A-Za-z\u00c0-\u024f'’. -]{2,38}")


def _glossed(m: Mention, text: str, doc_countries: set[str]) -> City | None:
    """ビュアシュタット市(Bürstadt): a katakana city the gazetteer does not know under that
    spelling, with its own name in Latin letters in brackets right after it."""
    if not _katakana_name(m.stem):
        return None
    mm = _AFTER_PAREN.match(text, m.end)
    if mm is None or not _LATIN_GLOSS.fullmatch(mm.group(1)):
        return None
    R = rules("ja")
    return _best(gaz().hits(fold(mm.group(1))), doc_countries, R["bare_margin"] / 2, R)


def _by_reading(stem: str, country: str) -> City | None:
    """光陽市(韓国), 中国・厦門市: a Korean or Chinese city in kanji the gazetteer knows only
    in Latin script or in other character forms, found by its reading in that country."""
    g = gaz()
    found = {
        h.city.idx: h.city
        for r in latin_readings(stem, country)
        for h in g.hits(fold(r))
        if h.city.country == country
    }
    return max(found.values(), key=lambda c: (_score(c), -c.idx)) if found else None


def _known(m: Mention, city: City) -> bool:
    """The gazetteer knows the name itself (not by its sound) as a well-known city."""
    return any(h.city is city for h in m.hits) and _score(city) >= rules(m.script)["bare_min_score"]


def _confirms(m: Mention) -> bool:
    """An official form or a name in a clear context: it tells what the name is in this document."""
    return (
        (m.official or m.strong)
        and not m.title
        and not m.former
        and not m.flags & {"internal", "person", "compound", "loanword"}
    )


def _accept(
    m: Mention,
    city: City | None,
    confirmed: dict[str, City],
    regions: set[str],
    persons: set[str],
    support: frozenset[str] = frozenset(),
    confirmed_at: dict[str, int] | None = None,
) -> City | None:
    """The city this mention is reported as, or None."""
    if m.flags & {"region", "governed", "address"}:
        return None
    if m.script == "en" and not m.official and m.stem in rules("en")["region_names"] and not (m.strong and m.country):
        return None  # in Yorkshire, from Okinawa: the region, not a namesake town (Ontario, California is)
    key = m.key
    # An official form or a name in context stands on its own reading; a bare name takes the
    # city the document confirmed for it.
    # (ドイツ・リンデン市 … リンデン市: a foreign city's official form alone is the one the text
    # placed; a Japanese suffix names its own kind of place, 石岡区 beside 石岡市)
    if not m.strong and not (m.official and (m.country or key not in confirmed or not _KATAKANA.match(m.stem))):
        other = confirmed.get(key)
        if (
            other is not None
            and city is not None
            and other.country != city.country
            and m.start < (confirmed_at or {}).get(key, -1)
            and _major(city, rules(m.script))
            and not _major(other, rules(m.script))
        ):
            # Perth (Australia's city of millions) before a later "Perth, Scotland": the
            # qualified mention speaks of what follows it, not of a major city named before.
            pass
        else:
            city = other or city
    if city is None or (m.country and city.country != m.country) or "full_name" in m.flags:
        return None
    if "stop" in m.flags and (not m.official or m.title):
        return None  # 友好 (also a town in China): a common word wherever it stands (吉田友好市長: a sister city's mayor)
    if "elsewhere" in m.flags:
        return None  # Bali, Indonesia; La Granja under Chile: none of the places the gazetteer knows
    if m.former:
        return city if "merger" in m.flags else None
    if m.official or m.strong:
        if (
            (m.title or "compound" in m.flags)
            and key not in confirmed
            and "named" not in m.flags
            and not (m.title and m.admin1)  # 岐阜県瑞穂市長: a prefecture places the title's city
            and "title_pair" not in m.flags  # 静岡市長と台北市長: mayors of two cities
            and not (m.title and key in support)
            and not (
                m.title
                and _known(m, city)
                and (_KATAKANA.match(m.stem) or _major(city, rules(m.script)))
                # (中山市長: UniDic's surname before a foreign city's title is Mayor Nakayama)
                and not ("person" in m.flags and city.country != "JP")
            )
        ):
            # 山口市長 alone is as likely Mayor Yamaguchi as the mayor of 山口市, and ピア市長
            # Mayor Pia; a well-known foreign city in katakana, or a city of millions, is no
            # one's name: パリ市長, バンコク都知事, 大阪市長, 東京都知事
            return None
        # (オーストラリアのパース: a country beside a name makes a loanword's sound a place)
        foreign_beside = "beside" in m.flags and city.country != "JP"
        ok = m.official or not m.flags & ({"internal", "stop"} | _NAME_READINGS | (set() if foreign_beside else {"loanword"}))
    elif key in confirmed:
        ok = not m.flags & {"internal", "person"} and key not in regions
        ok = ok and not ("common" in m.flags and m.flags & {"initial", "headline"})
    else:
        # (in Portsmouth, to Düsseldorf: a place the sentence gives is no surname used elsewhere)
        ok = _bare_ok(m, city, key in regions or (key in persons and "placed" not in m.flags))
    return city if ok else None


# --- lists ---------------------------------------------------------------------------------


@cache
def _list_patterns(lang: str) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    R = rules(lang)
    tail = R.get("list_item_tail")
    return (
        re.compile(f"(?:{tail})?(?:{R['list_separator']})" if tail else R["list_separator"]),
        re.compile(R["list_before"]),
        re.compile(R["list_after"]),
    )


_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]+\b")
ROW_MIN_NAMES = 4  # names on one line, spaces between, that make a table row of cities
ROW_MIN_COVER = 0.6  # share of the line's letters those names cover


def _rows_of_names(mentions: list[Mention], text: str) -> None:
    """Ohda Seattle Budapest Nanjing Calgary …: a table flattened to a line of names with only
    spaces between is a list of cities, as if commas stood there."""
    by_line: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.script == "en" and m.hits and "region" not in m.flags:
            by_line.setdefault(text.rfind("\n", 0, m.start) + 1, []).append(m)
    for start, items in by_line.items():
        if len(items) < ROW_MIN_NAMES:
            continue
        end = text.find("\n", start)
        line = text[start : end if end >= 0 else len(text)]
        if _LOWER_WORD.search(line):
            continue  # prose or a headline (Kaohsiung to Host …), not a row of names
        known = [m for m in items if not m.flags & {"common", "person"} and _top(m.hits) >= rules("en")["bare_min_score"]]
        if len(known) < ROW_MIN_NAMES:
            continue
        letters = sum(not c.isspace() and c not in "-–|/" for c in line)
        covered = sum(sum(not c.isspace() for c in text[m.start : m.end]) for m in items if "person" not in m.flags)
        if letters and covered / letters >= ROW_MIN_COVER:
            # (Abidjan - Algiers - … - Reading - Sceaux: once the row is a row of cities, its
            # smaller towns and a name that is also a word are items too)
            for m in (m for m in items if "person" not in m.flags):
                if m.flags & {"next_cap", "after_name"}:
                    m.flags -= {"internal", "headline", "next_cap", "after_name"}  # its neighbours' capitals
                if not m.strong and not m.official and not m.flags & {"internal", "person"}:
                    m.strong, m.rule = True, "cities.list"


# A list written one item a line: the name opens the line (after a bullet) and a short tail
# after a dash, a colon or in brackets closes it (Asaba – Film, Caen: Media Arts), or nothing.
_LINE_HEAD = re.compile(r"[ \t]*(?:[•·*\-–][ \t]*)?")
_LINE_TAIL = re.compile(r"[ \t]*(?:(?P<sep>[–—:|]|-(?=[ \t]))[ \t]*[^\n]{1,50}|(?P<br>\()[^\n()]{1,40}\)[ \t]*)?")
LINE_LIST_MIN = 3  # lines of one shape that make a list


def _line_lists(mentions: list[Mention], text: str) -> list[list[int]]:
    """Runs of lines that each hold one name and a short tail of one kind (a dash, a colon, a
    bracket or none): a list written one item a line, as indexes into ``mentions``. Its items'
    capitals are the list's layout, not a headline's."""
    runs: list[list[int]] = []
    cur: list[int] = []
    prev_end, prev_kind = -2, None
    for k, m in enumerate(mentions):
        if "region" in m.flags or m.official:
            continue
        start = text.rfind("\n", 0, m.start) + 1
        end = text.find("\n", m.end)
        end = len(text) if end < 0 else end
        tail = _LINE_TAIL.fullmatch(text, m.end, end)
        if not _LINE_HEAD.fullmatch(text, start, m.start) or tail is None:
            continue
        kind = tail.group("sep") or tail.group("br") or ""
        if kind in ("—", "-"):
            kind = "–"  # dashes of any length are one kind of tail
        if cur and kind == prev_kind and not text[prev_end:start].strip() and text.count("\n", prev_end, start) <= 2:
            cur.append(k)
        else:
            if len(cur) >= LINE_LIST_MIN:
                runs.append(cur)
            cur = [k]
        prev_end, prev_kind = end, kind
    if len(cur) >= LINE_LIST_MIN:
        runs.append(cur)
    for run in runs:
        for k in run:
            mentions[k].flags.discard("headline")
    return runs


def _groups(mentions: list[Mention], text: str) -> list[list[int]]:
    """Runs of names joined only by list separators (Luanda, Dar es Salaam, Cairo; 厚木市と海老名),
    as indexes into ``mentions`` (sorted by start)."""
    groups: list[list[int]] = []
    cur: list[int] = []
    prev: Mention | None = None
    for k, m in enumerate(mentions):
        if "region" in m.flags:
            if cur:
                groups.append(cur)
            cur, prev = [], None
            continue
        if (
            prev is not None
            and prev.script == m.script
            and m.start >= prev.end
            and _list_patterns(m.script)[0].fullmatch(text, prev.end, m.start)
        ):
            cur.append(k)
        else:
            if cur:
                groups.append(cur)
            cur = [k]
        prev = m
    if cur:
        groups.append(cur)
    return groups


_LIST_NAME = r"[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,2}"
_LIST_BEFORE = re.compile(rf"({_LIST_NAME})(?:,?[ \t]+(?:and|or)[ \t]+|,[ \t]+)\Z")
_LIST_AFTER = re.compile(rf"(?:,?[ \t]+(?:and|or)[ \t]+|,[ \t]+)({_LIST_NAME})")


_ROMAJI_PART = re.compile(r"-(?:cho|chō|machi|ku|chome|gun)\Z")
_POSTCODE_JP = re.compile(r"\b\d{3}-\d{4}\b")


def _address_parts(mentions: list[Mention], text: str) -> None:
    """1-2 Nakajima-cho Naka-ku Hiroshima 730-0811: in a Japanese postal address written in
    romaji, the block and ward before the city are parts of the address, not cities."""
    for m in mentions:
        if m.script != "en" or not _ROMAJI_PART.search(text, m.start, m.end):
            continue
        end = text.find("\n", m.end)
        if _POSTCODE_JP.search(text, m.end, end if end >= 0 else len(text)):
            m.flags.add("address")


def _among_states(mentions: list[Mention], text: str) -> None:
    """Credit unions in Arkansas, Oklahoma, Texas and Washington: a state's name written in a
    list of other states is the state, though the states around it are no city mentions."""
    for m in mentions:
        if m.script != "en" or (p := place_of(m.stem)) is None or p.kind != "state":
            continue
        if "," in text[m.start : m.end]:
            continue  # Alabama, Texas and Washington, D.C.: the district's city, written with it
        names, pos = [], m.start
        while len(names) < 6 and (b := _LIST_BEFORE.search(text, max(0, pos - 60), pos)):
            names.append(b.group(1))
            pos = b.start()
        pos = m.end
        while len(names) < 12 and (a := _LIST_AFTER.match(text, pos)):
            names.append(a.group(1))
            pos = a.end()
        states = sum(1 for n in names if (q := place_of(n)) is not None and q.kind == "state")
        if states >= 2 and 2 * states >= len(names):
            m.flags |= {"region", "region_list"}


def _state_list(items: list[Mention]) -> None:
    """the states of California, Oregon, Washington, Alaska; 10の州(イリノイ・インディアナ・ミネソタ):
    a list whose items are mostly states is a list of states, and its items named like a city
    (Washington, インディアナ) are the states here, not the cities (elsewhere they may be)."""
    if len(items) < 3:
        return
    states = [(m, p) for m in items if (p := place_of(m.stem)) is not None and p.kind == "state"]
    # (ニューヨーク、ロンドン、パリ: a state's name that is a major city's says nothing alone, nor
    # one a district takes from its own capital: リスボン、レイリア、コインブラ)
    plain = [
        m
        for m, p in states
        if not any(
            _major(h.city, rules(m.script))
            or (h.city.country == p.country and h.city.population >= rules("en")["district_capital_population"])
            for h in gaz().hits(m.key)
        )
    ]
    states = [m for m, _ in states]
    if 2 * len(plain) > len(items):
        for m in states:
            m.flags |= {"region", "region_list"}


def _list_context(items: list[Mention], text: str) -> None:
    """What a list's words say of all its items: 'cities such as', 'the African cities of',
    「など の都市」「の各市」 make each a city; a country given for some (韓国の大邱、光州) is the
    one the others are looked up in first."""
    first, last = items[0], items[-1]
    R0 = rules(first.script)
    if len(items) > 1 and "region_list_after" in R0 and re.match(R0["region_list_after"], text[last.end : last.end + 20]):
        for m in items:
            m.flags |= {"region", "region_list"}  # Fukuoka, Saga, and Kumamoto prefectures: regions here
        return
    _, before, after = _list_patterns(first.script)
    tail = after.match(text, last.end, last.end + 20)
    head = rules(first.script).get("list_word_head")
    if tail and head and not last.official and head.match(tail.group()):
        last.flags.discard("internal")  # 横浜・川崎両市: the list's word, not a longer name
    if before.search(text, max(0, first.start - 40), first.start) or tail:
        for m in items:
            if not m.strong and not m.official:
                m.strong, m.rule = True, "cities.list"
            if "next_cap" in m.flags:
                m.flags.discard("internal")  # Mayors of Paris and Tokyo Meet in Seoul
    if (
        first.script == "ja"
        and len(items) >= 3
        and all(any(h.city.country == "JP" for h in m.hits) for m in items)
        and any(not m.flags & {"prefecture", "place"} for m in items)
    ):
        # つくば、千葉、金沢、岡山、大津: every item names a Japanese city and some name no
        # prefecture, so those that also do are their capitals (千葉, 岡山; 沖縄 is not), and a
        # city UniDic reads as a surname (金沢) is the city
        capitals = rules("ja")["capital_prefectures"]
        for m in items:
            if not m.flags & {"internal", "region"} and (not m.flags & {"prefecture", "place"} or m.stem in capitals):
                m.flags -= {"place", "prefecture", "person", "common"}
                m.strong, m.country, m.rule = True, "JP", "cities.list"
    if len(items) > 1:
        countries = {m.country for m in items if m.country and "beside" in m.flags}
        if len(countries) == 1:
            code = next(iter(countries))
            for m in items:
                if m.country is None and (
                    "unknown" in m.flags or any(h.city.country == code for h in m.hits)
                ):
                    m.country = code
                    m.flags.add("listed")


_JOINT_NEXT = re.compile(r"[\u30a1-\u30fa\u3400-\u9fff\uf900-\ufaff々]")


def _joint_name(items: list[Mention], text: str) -> None:
    """Names joined by ・ and glued to a noun make one compound name (松山・フライブルク姉妹都市
    提携, 日米・豪印会議): none of them is a mention of its own. (A list that a word calls cities,
    横浜・川崎両市, stays a list.)"""
    last = items[-1]
    if (
        len(items) < 2
        or last.script != "ja"
        or last.official
        or "internal" not in last.flags
        or not _JOINT_NEXT.match(text, last.end)
        or _list_patterns("ja")[2].match(text, last.end, last.end + 20)
        or items[0].rule == "cities.place_line"  # 福岡・福岡国際センター: a city, then its venue
    ):
        return
    if all(text[a.end : b.start] == "・" for a, b in zip(items, items[1:], strict=False)):
        for m in items:
            if not m.official:
                m.flags |= {"internal", "joint"}


def _coherent(
    items: list[Mention], group: list[int], chosen: dict[int, City], doc_countries: set[str]
) -> None:
    """In a list of one country's cities (釜山、大邱、仁川、大田), a name that is also a city
    elsewhere (大田: Ota, JP) is read as that country's city."""
    if len(items) < 2:
        return
    plain = {
        chosen[k].country
        for m, k in zip(items, group, strict=True)
        if k in chosen and len({h.city.country for h in m.hits}) == 1
    }
    if len(plain) != 1:
        return
    code = next(iter(plain))
    n = sum(1 for k in group if k in chosen and chosen[k].country == code)
    # names the gazetteer does not know (ソウル、プサン、テグ) are looked up in the country of
    # the known ones; a known name of another country only when most of the list agrees
    most = 2 * n >= len(items)
    for m, k in zip(items, group, strict=True):
        if m.country is None and (k not in chosen or chosen[k].country != code):
            if k in chosen and _major(chosen[k], rules(m.script)) and not any(
                h.city.country == code and h.city.population * RIVAL_SHARE >= chosen[k].population for h in m.hits
            ):
                continue  # Between Delhi and Chicago: a city of millions, not a village of the other's country
            if (most and any(h.city.country == code for h in m.hits)) or (
                "unknown" in m.flags and k not in chosen
            ):
                m.country = code
                m.flags.add("listed")
                city = _choose(m, doc_countries)
                if city is not None:
                    chosen[k] = city


def _continental(items: list[Mention], group: list[int], chosen: dict[int, City]) -> None:
    """Barcelona, Budapest, Frankfurt, Malaga; London, Newcastle, Leipzig: in a list whose other
    cities are all on one continent, a name read as a city elsewhere is that continent's city of
    the name when one of comparable size bears it (Frankfurt am Main, not Frankfort, Kentucky;
    Newcastle upon Tyne, not Newcastle, New South Wales)."""
    if len(items) < 3:
        return
    continents = gaz().continents
    for m, k in zip(items, group, strict=True):
        if k not in chosen or m.country or m.official:
            continue
        others = {continents.get(chosen[j].country) for j in group if j != k and j in chosen}
        if len(others) != 1 or sum(1 for j in group if j != k and j in chosen) < 2:
            continue
        (home,) = others
        city = chosen[k]
        if home is None or continents.get(city.country) == home:
            continue
        near = [h.city for h in m.hits if continents.get(h.city.country) == home]
        best = max(near, key=lambda c: (c.population, c.prominence), default=None)
        if best is not None and best.population * RIVAL_SHARE >= city.population:
            chosen[k] = best


RIVAL_SHARE = 4  # a namesake on the list's continent is taken at a quarter of the size or more


def _region_tail(last: Mention, text: str) -> bool:
    """Words after a list's last name that call its items prefectures (の各県, の1都3県)."""
    pat = rules(last.script).get("list_region_after")
    return bool(pat and pat.match(text, last.end, last.end + 12))


def _prefecture_lists(mentions: list[Mention], text: str) -> None:
    """A list that words call prefectures (東京、千葉、埼玉、神奈川の1都3県): none of its
    names is a city, not even one that is also its prefecture's capital. So is a list with two
    prefectures or regions that no city shares its name with (愛知・岐阜・三重の運送会社,
    北海道、青森・秋田、首都圏、関西)."""
    _area_lists(mentions, text)
    for k, m in enumerate(mentions):
        if not _region_tail(m, text):
            continue
        q = k
        while True:
            if not mentions[q].official:
                mentions[q].flags |= {"region", "region_list"}
            prev = mentions[q - 1] if q > 0 else None
            if (
                prev is None
                or prev.script != m.script
                or prev.end > mentions[q].start
                or not _list_patterns(m.script)[0].fullmatch(text, prev.end, mentions[q].start)
            ):
                break
            q -= 1


def _area_lists(mentions: list[Mention], text: str) -> None:
    sep = _list_patterns("ja")[0]
    R = rules("ja")
    keep = R["prefecture_list_cities"]
    run: list[Mention] = []
    for m in [*mentions, None]:
        if m is not None and m.script == "ja" and run and run[-1].end <= m.start and sep.fullmatch(text, run[-1].end, m.start):
            run.append(m)
            continue
        if sum(1 for r in run if "area" in r.flags) >= AREA_LIST_MIN:
            for r in run:
                both = "prefecture" in r.flags or r.stem in R["bare_prefecture_cities"]
                if both and not r.official and "region" not in r.flags and r.stem not in keep:
                    r.flags |= {"region", "region_list"}
        run = [m] if m is not None and m.script == "ja" else []


AREA_LIST_MIN = 2  # prefectures or regions no city shares that make a list one of prefectures


def _propagate(
    groups: list[list[int]],
    mentions: list[Mention],
    chosen: dict[int, City],
    ok: dict[int, City],
    text: str,
    doc_countries: set[str],
) -> list[int]:
    """Items of a list whose other items are cities: accepted when an accepted one is in the
    item's own country, or when most items, and two at least, are accepted. An accepted item's
    country is context for reading the others, as a country the text names would be. Never a person, a
    part of a longer name, a region or a country; a common word (日立, Nice) only beside two
    cities or more."""
    added: list[int] = []
    for group in groups:
        if len(group) < 2:
            continue
        yes = [k for k in group if k in ok]
        if not yes:
            continue
        countries = {ok[k].country for k in yes}
        jp_small = sum(
            1 for k in yes if ok[k].country == "JP" and mentions[k].jp_type in ("machi", "mura")
        )
        for k in group:
            m = mentions[k]
            city = chosen.get(k)
            if city is None and m.hits and len(yes) >= 2 and 2 * len(yes) >= len(group):
                # a list of accepted cities vouches for an item whose reading is a little less
                # sure (the margin a name in context gets)
                R = rules(m.script)
                city = _best(_filter(m), doc_countries, R["bare_margin"] / 2, R)
            if city is None and m.hits and len(countries) == 1:
                # Middlesbrough, Hull, York, Scarborough: an accepted city's country is context
                # for the names listed beside it, as a country the text names would be
                R = rules(m.script)
                city = _best(_filter(m), doc_countries | countries, R["bare_margin"], R)
                if city is not None and city.country not in countries:
                    city = None
                if city is not None:
                    m.flags.add("list_country")  # (a city read so vouches for no unlisted town beside it)
            if k in ok or city is None or m.title:
                continue
            if m.flags & {"person", "internal", "region", "compound", "loanword", "elsewhere"}:
                continue
            if "state" in m.flags and not any(_major(h.city, rules(m.script)) for h in m.hits):
                continue  # Lodi, California, and Kofu: a state among cities places one (not New York)
            if "place" in m.flags and not (
                # 東京、千葉、横浜、京都: a prefecture's capital of its name among two cities or
                # more (not 沖縄: its capital is 那覇), in a list that no word calls prefectures
                # (千葉、埼玉、神奈川の各県); so is a
                # city-state among cities (Jakarta, Singapore, Bangkok)
                (
                    "city_state" in m.flags
                    or ("prefecture" in m.flags and m.stem in rules("ja")["capital_prefectures"])
                )
                and len(yes) >= 2
                and 2 * len(yes) >= len(group)
                and not _region_tail(mentions[group[-1]], text)
            ):
                continue
            if "common" in m.flags and len(yes) < 2:
                continue
            if m.former:
                # 城山町、津久井町: a former town beside municipalities of its kind
                if "toponym" not in m.flags or not (jp_small or len(yes) >= 2):
                    continue
            elif city.country not in countries and (len(yes) < 2 or 2 * len(yes) < len(group)):
                continue  # (New Delhi and Rio: one city of another country proves little)
            ok[k] = city
            added.append(k)
    return added


# --- former municipalities -----------------------------------------------------------------


def _former(m: Mention, doc: Document, text: str) -> City | None:
    """A town or village merged away (城山町, 有馬村): not in today's list of municipalities,
    reported as a Japanese municipality without a GeoNames id. Its English name is the
    reading UniDic gives for it. Accepted in a sentence about a merger (合併, 編入) or after
    旧; in a list beside today's municipalities (see _propagate)."""
    R = rules("ja")
    lead = next((p for p in R["former_prefixes"] if m.stem.startswith(p) and len(m.stem) > len(p) + 1), "")
    if lead:
        m.start, m.stem = m.start + len(lead), m.stem[len(lead) :]  # 旧木曽川町: UniDic glued 旧 to the name
    a = max(text.rfind(x, 0, m.start) for x in R["sentence_ends"]) + 1
    b = min((e for x in R["sentence_ends"] if (e := text.find(x, m.end)) >= 0), default=len(text))
    if (
        any(w in text[a:b] for w in R["merger_words"])
        or text[max(0, m.start - 1) : m.start] in (R["former_prefixes"])
    ):
        m.flags.add("merger")
    reading = "".join(
        (doc.tokens[t].morph.get("Reading") or [""])[0] for t in range(m.tok_span[0], m.tok_span[1])
    )
    if lead and reading.startswith(r := R["former_prefix_readings"].get(lead, "\0")):
        reading = reading[len(r) :]
    for x in R["suffix_readings"].get(m.suffix_text, ()):
        if reading.endswith(x) and len(reading) > len(x):
            reading = reading[: -len(x)]
            break
    if not reading:
        return None
    name = romanise(reading, R["kana_romaji"])
    ja = m.stem + m.suffix_text
    return City(-1, None, name, "JP", "", 0, 0, m.jp_type or "machi", ja)


@cache
def _region_patterns() -> tuple[re.Pattern, re.Pattern]:
    words = "|".join(sorted(rules("en")["region_words"], key=len, reverse=True))
    return re.compile(rf"\b(?:{words}) of\s*$", re.I), re.compile(rf"^\s+(?:{words})\b")


def _region_words(mentions: list[Mention], text: str) -> list[tuple[int, Mention]]:
    """Mentions the text itself calls a district or province (the districts of Kilinochchi)."""
    before, after = _region_patterns()
    return [
        (k, m)
        for k, m in enumerate(mentions)
        if m.script == "en"
        and (
            (before.search(text[max(0, m.start - 24) : m.start]) and not _CITY_AND.search(text, max(0, m.start - 40), m.start))
            or after.match(text[m.end : m.end + 16])
        )
    ]


def _region_list(mentions: list[Mention], text: str) -> list[tuple[int, Mention]]:
    """Abia, Niger, Sokoto and Bayelsa states: a list closed by a plural region word names
    regions, each of its items."""
    spans = [m.span() for m in _region_list_rx().finditer(text)]
    return [
        (k, m) for k, m in enumerate(mentions) if m.script == "en" and any(a <= m.start and m.end <= b for a, b in spans)
    ]


@cache
def _region_list_rx() -> re.Pattern:
    words = _alternation(w for w in rules("en")["region_words"] if w.endswith("s"))
    item = _CAPITAL_WORDS
    return re.compile(rf"{item}(?:,[ \t]{item})*,?[ \t]and[ \t]{item}(?=[ \t]+(?:{words})\b)")


def _alternation(words) -> str:
    """Words of the data as one regex alternation: escaped, a space as any run of blanks,
    longest first (a set has no order of its own)."""
    return "|".join(re.escape(w).replace("\\ ", "[ \\t]+") for w in sorted(words, key=lambda w: (-len(w), w)))


# one to three capitalised words: an item of a list of names or a roll of surnames
_CAPITAL_WORDS = r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2}"


# the City and County of Honolulu, the city and canton of Geneva: a city that is also its county
_CITY_AND = re.compile(r"(?i)\bcity\s+and\s+\w+\s+of\s*$")


_PHRASE_AFTER = re.compile(r"['’]|[ \t]+[A-Z]")


@cache
def _place_phrase_person() -> re.Pattern:
    """spoke to Jackson: a verb of speech before "to" makes the name a person's."""
    verbs = _alternation(rules("en")["place_phrase_speech_verbs"])
    return re.compile(rf"\b(?:{verbs})[ \t]+to[ \t]+\Z")


@cache
def _place_phrase_person_after() -> re.Pattern:
    """in Charlotte and her team: a possessive pronoun after "and" makes the name a person's."""
    pronouns = _alternation(rules("en")["place_phrase_possessives"])
    return re.compile(rf"[ \t]+(?:and|&)[ \t]+(?:{pronouns})\b")


def _place_phrases(mentions: list[Mention], text: str) -> None:
    """Investment in Charlotte: an ambiguous name the document writes after a place preposition
    (as often as the data asks) is a place there, wherever else it is written."""
    R = rules("en")
    seen: dict[str, int] = {}
    for m in mentions:
        if m.script != "en" or "common" not in m.flags or m.flags & {"person", "stop"}:
            continue
        if (
            _after_word(text, m, R["place_phrase_words"])
            and not _place_phrase_person().search(text, max(0, m.start - 30), m.start)
            and not _place_phrase_person_after().match(text, m.end)
        ):
            if any(h.city.population >= R["place_phrase_population"] for h in m.hits):
                seen[m.stem] = seen.get(m.stem, 0) + 1
    places = {s for s, n in seen.items() if n >= R["place_phrase_times"]}
    for m in mentions:
        if m.stem in places and m.script == "en":
            m.flags.discard("common")
    # Boissevain-Morton, Man.; Smallville, Ore.: a state's or province's abbreviation after a
    # town and its comma, whatever city shares its letters (Man, Côte d'Ivoire)
    abbreviations = R["province_abbreviations"].keys() | R["state_abbreviations"].keys()
    for m in mentions:
        if (
            m.script == "en"
            and text.startswith(".", m.end)
            and m.stem + "." in abbreviations
            and text[max(0, m.start - 2) : m.start] == ", "
        ):
            m.flags.add("region")
    # • Ulster Museum - Belfast: a listing's item closed by its town after a spaced dash
    for m in mentions:
        if m.script != "en" or m.flags & {"common", "person", "stop", "internal", "caps"}:
            continue
        line_end = text.find("\n", m.end)
        line_start = max(0, text.rfind("\n", 0, m.start) + 1)
        if (
            _ITEM_PLACE_BEFORE.search(text, line_start, m.start) or _street_before(text, line_start, m.start)
        ) and not text[m.end : len(text) if line_end < 0 else line_end].strip():
            m.flags.discard("headline")
            m.flags.add("placed")
    # east of Cologne: a name read as a major city's other spelling only where it stands as a
    # place (not the Canton of Zurich, Cham island, Aeroporti di Roma, a new Mecca for …)
    doubt_after, doubt_before = _exonym_doubt()
    for m in mentions:
        if m.script == "en" and not doubt_after.match(text, m.end) and not doubt_before.search(text, max(0, m.start - 8), m.start):
            m.flags.add("exonym_ok")
    # 豊後高田まで, 新城にあり: a Japanese place name before a particle of going or being
    ja_after = tuple(rules("ja").get("placing_after", ()))
    for m in mentions:
        if (
            m.script == "ja"
            and "toponym" in m.flags
            and not m.flags & {"common", "person", "stop", "internal", "prefecture", "place", "region"}
            and text.startswith(ja_after, m.end)
            and any(h.city.country == "JP" and h.form == "stem" for h in m.hits)  # (a municipality's name)
        ):
            m.flags.add("placed")
    # built a school in Nsuta, from Wajima, near Blenheim, Knaresborough-based: a town the
    # sentence places is a place at the lower score a named country allows
    for m in mentions:
        if m.script != "en" or m.flags & {"common", "person", "stop", "internal", "caps"} or short_form("en", m.key):
            continue  # (in Rio: Rio de Janeiro's short form, not the Greek town)
        if m.stem.lower() in load_words("en/common_words.txt") and _word_use_after(text, m.end):
            continue  # (from Arab countries, in Post-Conflict Situations: the word, no town)
        if (
            (_after_word(text, m, R["placing_words"]) and not text[max(0, m.start - 20) : m.start].endswith(R["not_placing_before"]))
            or (text[max(0, m.start - 20) : m.start].endswith(R["placing_phrases"]) and not _PHRASE_AFTER.match(text, m.end))
            or text.startswith(R["placing_suffixes"], m.end)
        ):
            m.flags.add("placed")  # (not "according to Heath": a person cited)


_COMPOUND_OR_NOUN_AFTER = re.compile(r"-[A-Za-z]|[ \t]+([a-z]{3,}s)\b")


def _word_use_after(text: str, end: int) -> bool:
    """A word joined to the next by a hyphen (Post-Conflict), or before a plural noun it describes
    (Arab countries, Federal agencies), is used as a word there."""
    m = _COMPOUND_OR_NOUN_AFTER.match(text, end)
    return m is not None and (m.group(1) is None or m.group(1) not in _stop_words())


@cache
def _exonym_doubt() -> tuple[re.Pattern, re.Pattern]:
    R = rules("en")
    after, before = _alternation(R["exonym_doubt_after"]), _alternation(R["exonym_doubt_before"])
    return re.compile(rf"[ \t]+(?:{after})\b"), re.compile(rf"(?:\b(?:{before})[ \t]+|/)\Z")
@cache
def _street_pattern() -> re.Pattern:
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, rules('en')['street_words']))})\.?,[ \t]+$")


def _street_before(text: str, a: int, b: int) -> bool:
    """Chip Lane, Taunton / Centre Retail Park, Portsmouth: an address line's town after its street."""
    return bool(_street_pattern().search(text, a, b))


_ITEM_PLACE_BEFORE = re.compile(r"[^\s\-–—][ \t]+[-–—][ \t]+$")  # "Ulster Museum - " before a town closing the line


def _after_word(text: str, m: Mention, words: frozenset[str]) -> bool:
    """The name stands right after one of these words (in, from, near), not as a possessive nor
    as the start of a longer capitalised name."""
    prev = text[max(0, m.start - 12) : m.start].split()
    return bool(prev) and prev[-1] in words and text[m.start - 1].isspace() and not _PHRASE_AFTER.match(text, m.end)


def _major(city: City, R: dict) -> bool:
    """A capital or a city of millions: known well enough to need no confirmation."""
    return city.population >= R["major_population"] or (
        city.kind == "capital" and city.population >= R["major_capital_population"]
    )


def _adjective_countries(text: str) -> set[str]:
    """Canadian suppliers, the Japanese contingent: countries an English text names by adjective."""
    adjectives = rules("en")["country_adjectives"]
    return {adjectives[w] for w in _adjectives_rx().findall(text)}


def _adjective_alternation() -> str:
    words = sorted(rules("en")["country_adjectives"], key=len, reverse=True)
    return r"(?<![\w-])(" + "|".join(re.escape(w) for w in words) + ")"


@lru_cache(maxsize=1)
def _adjectives_rx() -> re.Pattern:
    return re.compile(_adjective_alternation() + r"(?![\w-])")


@lru_cache(maxsize=1)
def _adjective_before_rx() -> re.Pattern:
    """A country's adjective and a space at the end of the text searched (right before a name)."""
    return re.compile(_adjective_alternation() + r"[ \t]+\Z")


_PLACED_AFTER_COMMA = re.compile(r",[ \t]+[A-Z][a-z]")


@cache
def _kin_before() -> re.Pattern:
    """A word of kinship right before a name (his wife Elizabeth): the name is a person's."""
    words = _alternation(rules("en")["kin_words"])
    return re.compile(rf"\b(?:{words}),?[ \t]+\Z")


@cache
def _person_after() -> re.Pattern:
    """Tagawa sensei, Tanaka-san, Yuki and her team: what after a name makes it a person's."""
    words = rules("en")["person_after"]
    honorifics = _alternation(w for w in words if " " not in w)
    pronouns = _alternation(w for w in words if " " in w)
    return re.compile(rf"(?:[ \t]+|-)(?:{honorifics})\b|[ \t]+(?P<pronoun>{pronouns})\b")


@cache
def _preposition_before() -> re.Pattern:
    """the Mayor of Porto and his counterpart: after a preposition "and his" is the title holder's."""
    words = _alternation(rules("en")["person_after_not_after"])
    return re.compile(rf"\b(?:{words})[ \t]+\Z")


@cache
def _roll_rx() -> re.Pattern:
    """A plural title of members and the surnames of its roll so far, each closed by a comma
    (by Representatives Tokuda, Campbell, … ): the next name is one more member's."""
    words = _alternation(rules("en")["roll_titles"])
    return re.compile(rf"(?<![\w.])(?:{words})[ \t]+(?:{_CAPITAL_WORDS},[ \t]+)*\Z")


def _in_roll(text: str, line_start: int, start: int) -> bool:
    """A name inside a roll of members' surnames on its line (see _roll_rx)."""
    line = text[line_start:start]
    return any(w in line for w in rules("en")["roll_titles"]) and _roll_rx().search(line) is not None


_CAPITAL_BEFORE = re.compile(r"[A-Z][\w'’.-]*[ \t]+\Z")


COUNTRY_NEAR = 400  # characters between an English town and the country it is read as a town of


_TOWN_BEFORE_COMMA = re.compile(r"([A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,2})\Z")


@cache
def _abbreviated_name() -> re.Pattern:
    """A name's first word written short (St., Ft.), from the data's name_abbreviations."""
    return re.compile(rf"^({_alternation(rules('en')['name_abbreviations'])})\.?[ \t]+")


def _full_name(stem: str) -> str:
    """St. George → Saint George: the name with its abbreviated first word written out."""
    full = rules("en")["name_abbreviations"]
    return _abbreviated_name().sub(lambda a: full[a.group(1)] + " ", stem)


def _bare_ok(m: Mention, city: City, doubtful: bool) -> bool:
    """A bare name with no context: only a well-known, unambiguous city in a clear position.
    A capital or a city of millions may also stand in a headline, in capitals, or share its
    name with a state (New York, Washington); never with a country, a person or a common word."""
    R = rules(m.script)
    major = _major(city, R)
    blockers = {"internal", "person", "common", "loanword", "place", "caps", "headline", "state"}
    if major and not ("caps" in m.flags and all(h.form == "alt" for h in m.hits if h.city is city)):
        # (in capitals only the city's own name, not another spelling: AGARA is no Agra)
        blockers -= {"caps", "headline", "state"}
    if "surname" in m.flags and city.population < R.get("surname_city_population", 0):
        return False
    if doubtful or m.flags & blockers:
        return False
    if m.script == "en" and m.stem.isupper() and len(m.stem) <= 3 and not major:
        return False  # ICA (Ica, Peru): three capitals are an acronym's, unless a major city's (LA)
    floor = R["bare_min_score"]
    if m.flags & {"country_named", "placed"}:
        floor = R.get("placed_min_score", R["sound_min_score"]) if "placed" in m.flags else R["sound_min_score"]
    if _score(city) < floor and "unweighed" not in m.flags:
        return False  # (a katakana name of the country the text names may be a small town)
    if (
        city.population < R["bare_alt_population"]
        and not (m.script == "ja" and m.flags & {"toponym", "country_named"})
        and all(h.form == "alt" for h in m.hits if h.city is city)
        and not (m.script == "en" and fold(_full_name(m.stem)) == fold(city.name))
        # (St. George is Saint George's own name abbreviated, no other language's)
    ):
        # Ypres, Suguru (Liège): another language's name of a smaller city (a Japanese name
        # of a foreign city is always GeoNames' alternate: UniDic's place name vouches for it)
        return False
    if m.script == "en":
        return True
    # Japanese: a city UniDic also reads as a place name; a large Japanese city written in
    # kanji even when UniDic does not (倉敷); a world capital in katakana (キンシャサ); not a
    # common word that is a foreign city's translated name (自由: Freetown, 新港: Porto-Novo).
    if m.flags & {"toponym", "country_named"}:
        return True
    if _KATAKANA.match(m.stem.replace("・", "")) and m.stem.endswith(tuple(R["city_word_ends"])):
        return True  # ケベック・シティ: the name says it is a city
    if major and (city.country == "JP" or _KATAKANA.match(m.stem)):
        return True
    return city.country == "JP" and not _KATAKANA.match(m.stem)
