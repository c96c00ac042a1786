"""The cities recogniser on examples of the genre: what it must find (with the country), and
what it must leave alone. The examples are the documentation of its rules."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from extract.ingest import Ingested
from extract.pipeline import process_ingested


def cities(text: str) -> set[tuple[str, str]]:
    """(text, country) of the cities found, with only the cities recogniser running."""
    data = text.encode("utf-8")
    src = Ingested(
        Path("t.txt"), "txt", hashlib.sha256(data).hexdigest(), len(data), text, "utf-8", []
    )
    record = process_ingested(src, "t", recognisers=["cities"])
    return {(m.text, m.country) for m in record.cities}


FOUND = [
    # Japanese: official and written forms
    ("横浜市は、アジアの都市と協力して取り組みます。", {("横浜市", "JP")}),
    (
        "バンコク都とジャカルタ首都特別州の代表が署名した。",
        {("バンコク都", "TH"), ("ジャカルタ首都特別州", "ID")},
    ),
    ("会議にはセブ市(フィリピン)も参加した。", {("セブ市", "PH")}),
    ("釜山広域市との交流が続いている。", {("釜山広域市", "KR")}),
    ("東京都は新たな計画を発表した。", {("東京都", "JP")}),
    ("横浜市長 山中竹春氏が挨拶した。", {("横浜市", "JP")}),
    # Japanese: country or prefecture beside the name
    ("米国・カンザスシティー市訪問団を募集します。", {("カンザスシティー市", "US")}),
    ("フィンランド・トゥルク市の市長が参加した。", {("トゥルク市", "FI")}),
    ("フランスのパリで開催された。", {("パリ", "FR")}),
    ("中国揚州市との友好都市締結40周年。", {("揚州市", "CN")}),
    ("山梨県北杜(ほくと)市と相互応援協定を締結しました。", {("北杜(ほくと)市", "JP")}),
    ("秋田県横手市、北海道網走市と協定を結んでいる。", {("横手市", "JP"), ("網走市", "JP")}),
    ("日本の東京都千代田区で開かれた。", {("千代田区", "JP")}),
    ("オーストラリアのバンクスタウンを訪れた。", {("バンクスタウン", "AU")}),
    # Japanese: a country heading over a list; names matched by sound when GeoNames has no katakana
    (
        "（フィリピン共和国）\n バギオ市 \n ダナオ市 \n イロイロ市 \n（スリランカ民主社会主義共和国）\n コロンボ市 \n",
        {("バギオ市", "PH"), ("ダナオ市", "PH"), ("イロイロ市", "PH"), ("コロンボ市", "LK")},
    ),
    # Japanese: a municipality table under 区市町村別 names the municipalities without suffix
    (
        "【参考】区市町村別患者数（都内発生分）\n千代田 中央 港 新宿\n10 35 155 139\n東久留米武蔵村山 小笠原\n3 1 0\n",
        {
            ("千代田", "JP"),
            ("中央", "JP"),
            ("港", "JP"),
            ("新宿", "JP"),
            ("東久留米", "JP"),
            ("武蔵村山", "JP"),
            ("小笠原", "JP"),
        },
    ),
    # Japanese: bare names of well-known cities in a clear position
    ("厚木出身の映画プロデューサーが語った。", {("厚木", "JP")}),
    ("会議は横浜で開催された。", {("横浜", "JP")}),
    ("東京及び全国8カ所の地方事務所で調査を行う。", {("東京", "JP")}),
    # English: official forms
    ("The City of Yokohama signed the declaration.", {("City of Yokohama", "JP")}),
    (
        "The City of Detroit and the Toyota Mobility Foundation announced the winners.",
        {("City of Detroit", "US")},
    ),
    ("Delegates from Iloilo City joined the forum.", {("Iloilo City", "PH")}),
    ("CITY OF HARTFORD ENERGY ACTION PLAN", {("CITY OF HARTFORD", "US")}),
    (
        "The mayors of São Paulo and Curitiba met in Sao Paulo.",
        {("São Paulo", "BR"), ("Curitiba", "BR"), ("Sao Paulo", "BR")},
    ),
    # English: context
    ("The forum met in Cape Town (South Africa) last year.", {("Cape Town", "ZA")}),
    (
        "21 April 2026, Colombo, Sri Lanka: The Government of Japan announced two projects.",
        {("Colombo", "LK")},
    ),
    (
        "The officials visited Nice, France and Reading, England.",
        {("Nice", "FR"), ("Reading", "GB")},
    ),
    (
        "WASHINGTON (January 28, 2026) — World Resources Institute announced five finalists.",
        {("WASHINGTON", "US")},
    ),
    ("We are grateful to be hosted by the city of Mombasa.", {("Mombasa", "KE")}),
    ("The 58th Mayor of Madison was elected in 2019.", {("Madison", "US")}),
    (
        "Also announced were Kate Gallego, Phoenix, AZ; and Justin Bibb, Cleveland, OH.",
        {("Phoenix", "US"), ("Cleveland", "US")},
    ),
    (
        "Visits to San Francisco, Boston, and Washington, D.C. followed.",
        {("San Francisco", "US"), ("Boston", "US"), ("Washington", "US")},
    ),
    (
        "ソウル特別市と台北市の代表団が横浜を訪れた。",
        {("ソウル特別市", "KR"), ("台北市", "TW"), ("横浜", "JP")},
    ),
    ("仙台市青葉区で開催された。", {("仙台市", "JP")}),
    (
        "ニューヨーク、ロンドン、パリなどの世界都市",
        {("ニューヨーク", "US"), ("ロンドン", "GB"), ("パリ", "FR")},
    ),
    # English: bare names of well-known cities (a Japanese prefecture's name alone is its city)
    (
        "The meeting was held in Kyoto. Osaka and Kobe sent delegations.",
        {("Kyoto", "JP"), ("Osaka", "JP"), ("Kobe", "JP")},
    ),
    ("The model is now scaling across Nairobi and nationally.", {("Nairobi", "KE")}),
    (
        "COP28 in Dubai and COP29 in Baku both had formal roles for mayors.",
        {("Dubai", "AE"), ("Baku", "AZ")},
    ),
]

LEFT_OUT = [
    # countries, prefectures, states and regions are not cities
    "ジョージアとアルメニアの代表が参加した。",
    "香川県と山梨県の担当者が出席した。",
    "シンガポールの機関も賛同した。",
    "Georgia and Armenia signed the agreement.",
    "The State of Michigan supports the program.",
    "Sri Lanka's Northern Province and the districts of Kilinochchi and Mullaitivu.",
    # persons, job titles without a city
    "山口市長と共に植樹を行いました。",
    "香川さんが説明した。",
    "The prize was welcomed, said Mary Sheffield.",
    # part of another name: organisations, venues, events, declarations
    "横浜市立大学の学生が参加した。",
    "パシフィコ横浜ノースで開催された。",
    "横浜宣言を採択した。",
    "アジア・スマートシティ会議（横浜）に集結しました。",
    "レアル・マドリードと試合をした。",
    "The Toyota Mobility Foundation funds the challenge.",
    "She studied at the University of Nairobi last year.",
    "A Sustainable Food Production for a Resilient Rosario project.",
    "Lisa Jackson joined the board. Jackson said the plan was ambitious.",
    "The Paris Agreement was adopted. The New York Times reported it.",
    "Hong Kong and Singapore joined the network.",
    "東京オリンピックと京都議定書、神戸大学の研究。",
    "長崎幸太郎山梨県知事が出席した。広島で開催。",
    # common words
    "中央の広場と港に停泊する船",
    "日本のバンド・Mr.Childrenのボーカル。",
    "Reading the report, we found mobile phones useful. Nice work.",
    "The City will become designated as a Green City by the council.",
    # wards of a designated city are not municipalities; 中央区 alone is ambiguous
    "大阪市北区で開催",
    "会場は中央区の公民館です。",
]


@pytest.mark.parametrize("text,expected", FOUND)
def test_found(text: str, expected: set[tuple[str, str]]) -> None:
    assert cities(text) == expected


@pytest.mark.parametrize("text", LEFT_OUT)
def test_left_out(text: str) -> None:
    got = cities(text)
    if text.startswith("大阪市北区"):
        assert got == {("大阪市", "JP")}
    else:
        assert got == set()


def test_mentions_carry_canonical_name_and_geonames_id() -> None:
    data = "横浜市とCity of Detroit、セブ市(フィリピン)。".encode()
    src = Ingested(
        Path("t.txt"),
        "txt",
        hashlib.sha256(data).hexdigest(),
        len(data),
        data.decode(),
        "utf-8",
        [],
    )
    record = process_ingested(src, "t", recognisers=["cities"])
    got = {m.text: (m.canonical, m.country, m.geonameid) for m in record.cities}
    assert got == {
        "横浜市": ("Yokohama", "JP", 1848354),
        "City of Detroit": ("Detroit", "US", 4990729),
        "セブ市": ("Cebu City", "PH", 1717512),
    }


def test_a_confirmed_name_confirms_its_bare_mentions() -> None:
    # 北杜 alone is too small a city to accept; with 北杜市 in the same document it is the city.
    assert cities("北杜の自然を楽しむ。") == set()
    assert cities("北杜市と協定を結んだ。北杜の自然を楽しむ。") == {
        ("北杜市", "JP"),
        ("北杜", "JP"),
    }


def test_job_title_alone_needs_another_mention() -> None:
    assert cities("山口市長があいさつした。") == set()
    assert cities("山口市を訪問した。山口市長があいさつした。") == {("山口市", "JP")}
