"""Numbers as written in both languages: 2,000 / 4万5480 / 2.5万 / 三十 / 十二 / three / 1.5 million.

Shared by the date and count recognisers, so that a numeral is read the same way everywhere.
The input is view text (already folded to ASCII digits).
"""

from __future__ import annotations

import re

from ..resources import load_json

KANJI_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
                "八": 8, "九": 9, "壱": 1, "弐": 2, "参": 3}
KANJI_SMALL = {"十": 10, "百": 100, "千": 1000}
KANJI_LARGE = {"万": 10**4, "億": 10**8, "兆": 10**12}

# Pattern fragments for recognisers: an Arabic number (with grouping and decimals), a kanji
# numeral, and a mixed Japanese number with 万/億 groups (4万5480, 2.5万, 1億2000万).
# Swiss and Liechtenstein style groups thousands by an apostrophe (70'000, 2'595).
ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:['’]\d{3})+(?![\d'’])|\d+(?:\.\d+)?"
_GROUP_MARK = re.compile(r"(?<=\d)['’](?=\d{3})")
KANJI = r"[〇零一二三四五六七八九十百千壱弐参]+"
JA_NUMBER = rf"(?:(?:{ARABIC}|{KANJI})[万億兆])*(?:{ARABIC}|{KANJI})[万億兆]?|(?:(?:{ARABIC}|{KANJI})[万億兆])+"
# The same for quantities, where Arabic digits also take kanji multipliers below 万 (3千人,
# 1万5千人, 約3百人). Kept apart from JA_NUMBER so that date patterns keep their own shape.
# Newspapers set a decimal point as ・ before 万/億 (2・7万戸 = 27,000 dwellings).
_JA_GROUP = rf"\d{{1,4}}・\d{{1,2}}(?=[万億兆])|(?:{ARABIC})(?:千(?:\d{{1,3}}|[一二三四五六七八九]?百)?|百)?|{KANJI}"
_NAKAGURO_POINT = re.compile(r"(?<=\d)・(?=\d{1,2}[万億兆])")
JA_QUANTITY = rf"(?:(?:{_JA_GROUP})[万億兆])*(?:{_JA_GROUP})[万億兆]?"
_KANJI_TOKEN = re.compile(r"\d+(?:\.\d+)?|.")


def _int_or_float(x: float) -> int | float:
    return int(x) if float(x).is_integer() else x


def parse_kanji(s: str) -> int | None:
    """三十 → 30, 二千二十五 → 2025, 二〇二五 → 2025 (digit-by-digit form), 3千 → 3000."""
    if not s:
        return None
    if all(c in KANJI_DIGITS for c in s):
        return int("".join(str(KANJI_DIGITS[c]) for c in s))
    total, current = 0, 0
    for tok in _KANJI_TOKEN.findall(s):
        if tok in KANJI_DIGITS:
            current = KANJI_DIGITS[tok]
        elif tok in KANJI_SMALL:
            total += (current or 1) * KANJI_SMALL[tok]
            current = 0
        elif tok[0].isdigit():  # Arabic digits before a kanji multiplier: 3千, 5百
            current = float(tok) if "." in tok else int(tok)
        else:
            return None
    return _int_or_float(total + current)


def parse_ja(s: str) -> int | float | None:
    """A Japanese number with optional 万/億/兆 groups, Arabic or kanji digits."""
    s = _NAKAGURO_POINT.sub(".", _GROUP_MARK.sub("", s.replace(",", "").replace(" ", "")))
    if not s:
        return None
    total = 0.0
    for m in re.finditer(r"([^万億兆]+)([万億兆]?)", s):
        part, mult = m.group(1), m.group(2)
        if re.fullmatch(r"\d+(?:\.\d+)?", part):
            v: float | None = float(part)
        else:
            v = parse_kanji(part)
        if v is None:
            return None
        total += v * (KANJI_LARGE[mult] if mult else 1)
    return _int_or_float(round(total, 6))


def words() -> dict:
    return load_json("en/numbers.json")


def parse_en(s: str) -> int | float | None:
    """1,500 / 2.6 / 82k / three / twenty-five / 10 million / a dozen / two dozen / a hundred."""
    s = _GROUP_MARK.sub("", s.strip().lower().replace(",", ""))
    s = re.sub(r"(?<=\d)[ \u202f\u2009](?=\d{3}\b)", "", s)  # 1 800: thousands grouped by spaces
    data = words()
    if re.fullmatch(r"\d+(?:\.\d+)?", s):
        return _int_or_float(float(s))
    if re.fullmatch(r"\d+(?:\.\d+)?k", s):  # 82k
        return _int_or_float(round(float(s[:-1]) * 1000, 6))
    total, current = 0.0, 0.0
    seen = False
    for tok in re.split(r"[\s-]+", s):
        if not tok or tok == "and":
            continue
        if re.fullmatch(r"\d+(?:\.\d+)?", tok):
            current += float(tok)
        elif tok in ("a", "an"):  # "a dozen", "a hundred", "a million"
            current += 1
        elif tok == "hundred":
            current = (current or 1) * 100
        elif tok == "dozen":
            current = (current or 1) * 12
        elif tok in data["units"]:
            current += data["units"][tok]
        elif tok in data["scales"]:
            total += (current or 1) * data["scales"][tok]
            current = 0
        else:
            return None
        seen = True
    return _int_or_float(round(total + current, 6)) if seen else None
