"""Counts, Japanese and English: the examples are the documentation of the rules.

Each positive example gives a text and the count expected in it (text, value, modifier, unit,
counted; ``...`` where the test does not pin an attribute). Each negative example is a text in
which no count may be found. Both run through the pipeline with the count recogniser alone.
"""

from __future__ import annotations

import pytest

from extract.recognisers.counts import explain
from extract.recognisers.numbers import parse_en, parse_ja

ANY = ...

# (text, expected mention text, value, modifier, unit, counted)
JA = [
    ("参加者数は約 2,000名でした。", "約 2,000名", 2000, "approx", "名", "participants"),
    (
        "(1) 参加都市・機関数（主な参加都市・機関）\n52（バンコク都、ダナン市など）",
        "52",
        52,
        None,
        "都市・機関",
        "participating cities and organizations",
    ),
    ("(2) 参加者数\n約 2,000名", "約 2,000名", 2000, "approx", "名", "participants"),
    ("(3) セッション数・登壇者数\n15セッション、109名", "109名", 109, None, "名", "speakers"),
    (
        "(3) セッション数・登壇者数\n15セッション、109名",
        "15セッション",
        15,
        None,
        "セッション",
        "sessions",
    ),
    (
        "(4) ブース出展者数\n45企業・団体",
        "45企業・団体",
        45,
        None,
        "企業・団体",
        "booth exhibitors",
    ),
    ("(5) 協賛企業数\n6社", "6社", 6, None, "社", "sponsor companies"),
    ("現在約90都市が参加。", "約90都市", 90, "approx", "都市", "participating cities"),
    (
        "世界 2,500 以上の自治体による都市ネットワーク。",
        "2,500 以上の自治体",
        2500,
        "at_least",
        "自治体",
        "local governments",
    ),
    (
        "日本からは横浜市を含め 27 自治体が加入。",
        "27 自治体",
        27,
        None,
        "自治体",
        "member local governments",
    ),
    ("下記 10 ヵ国の事故調査機関", "10 ヵ国", 10, None, "ヵ国", "countries"),
    ("三十名が出席した。", "三十名", 30, None, "名", "attendees"),
    ("来場者は1万人を数えた。", "1万人", 10000, None, "人", "visitors"),
    ("1万人が集まった", "1万人", 10000, None, "人", "people"),
    ("2.5万人が来場", "2.5万人", 25000, None, "人", "visitors"),
    ("人口：4万5480人", "4万5480人", 45480, None, "人", "residents"),
    ("世帯数：2万2074世帯", "2万2074世帯", 22074, None, "世帯", "households"),
    ("およそ29万人が訪れました。", "およそ29万人", 290000, "approx", "人", "visitors"),
    ("約1万発の花火が夜空を彩る", "約1万発", 10000, "approx", "発", "fireworks"),
    ("定員：7人", "7人", 7, None, "人", "participants"),
    ("市職員など68人が参加し", "68人", 68, None, "人", "participants"),
    ("死亡者：乗客4名、船頭1名", "4名", 4, None, "名", "passengers"),
    ("全国8カ所の地方事務所で", "8カ所", 8, None, "カ所", "regional offices"),
    ("5つのプログラムを実施", "5つ", 5, None, "つ", "programmes"),
    ("過去に2度のG7関係閣僚会合開催地", "2度", 2, None, "度", "times"),
    ("(1)(2)各4家庭", "4家庭", 4, None, "家庭", "families"),
    ("総数：2,068名", "2,068名", 2068, None, "名", "people"),
    ("企業・団体45者によるブース出展", "45者", 45, None, "者", "companies and organizations"),
    (
        "41カ国・地域から外国人186人を含む300人が参加した。",
        "41カ国・地域",
        41,
        None,
        "カ国・地域",
        "countries and regions",
    ),
    (
        "41カ国・地域から外国人186人を含む300人が参加した。",
        "300人",
        300,
        None,
        "人",
        "participants",
    ),
    ("3千人が集まった", "3千人", 3000, None, "人", ANY),
    ("来場者数は1,726万1,110人となった。", "1,726万1,110人", 17261110, None, "人", "visitors"),
    ("出展者数は55社・団体、221小間。", "55社・団体", 55, None, "社・団体", "exhibitors"),
    ("出展者数は55社・団体、221小間。", "221小間", 221, None, "小間", "booths"),
    ("およそ160の国や地域が出席", "およそ160の国", 160, "approx", "国", "countries"),
    ("17の目標と169のターゲット", "169のターゲット", 169, None, "ターゲット", "targets"),
    ("70ヵ国以上から参加", "70ヵ国以上", 70, "at_least", "ヵ国", ANY),
    ("1,000人超が来場", "1,000人超", 1000, "more_than", "人", "visitors"),
    ("100人を超える参加者", "100人を超える", 100, "more_than", "人", ANY),
    ("50名程度を募集", "50名程度", 50, "approx", "名", ANY),
    ("100余名が参加", "100余名", 100, "more_than", "名", "participants"),
    ("定員20名以下", "20名以下", 20, "at_most", "名", "participants"),
    ("18歳未満の方は5名未満で", "5名未満", 5, "less_than", "名", ANY),
    ("最大100名まで", "最大100名まで", 100, "at_most", "名", ANY),
    ("参加予定者は2千人規模", "2千人規模", 2000, "approx", "人", ANY),
    ("参加者数は約60カ国から2千人", "約60カ国", 60, "approx", "カ国", "countries"),
    ("10人の職員を派遣", "10人", 10, None, "人", "staff"),
    ("3回の会合を開いた", "3回", 3, None, "回", "meetings"),
]

JA_NOT = [
    "横浜市が第1号都市として署名しました。",  # ordinal
    "第14回目となる、ASCC2025は",  # ordinal, name
    "APCC-Forum 2026:2026年9月2日~4日",  # name, date
    "GREEN×EXPO 2027の期間中",  # name
    "令和2年4月12日18時30分時点",  # date, time
    "対象:高校生(20歳未満)",  # age
    "10代、20代、100歳以上",  # ages
    "市制70周年記念事業",  # duration
    "2日間にわたって開かれた",  # duration
    "費用:約31万円(6万円助成)、US$650",  # money
    "面積:602.89平方キロ",  # measurement
    "【電話】225-2190",  # phone
    "〒231-0005 横浜市中区",  # postal code
    "前年比5.5%増",  # percentage
    "5割以上増やす",  # proportion
    "深澤朋彦さん(44)は",  # age in brackets
    "(1)食料や飲料水の提供\n(2)被災者の受け入れ",  # list numbering
    "※1濃厚接触者",  # note mark
    "1患者の発生状況",  # section number
    "一人一人ができることから",  # idiom
    "記念事業の一つとして",  # "one of"
    "四国の三重県",  # numerals inside names
    "数十人が集まった",  # no definite number
    "3回目の開催",  # ordinal
    "年2回開催",  # a rate
    "1.5度の上昇に抑える",  # temperature
    "2度目標",  # temperature target
    "鉄道46社会の認識を深め",  # 社 inside 社会
    "5つ星の宿",  # a rating
    "世界82位を獲得",  # a rank
    "1日以上",  # duration
    "7人制ラグビー",  # a format, not a count
    "島原市(7:30 発)⇒ 長崎空港",  # a time (発 = departs)
    "参加者1人につき2万円を助成",  # a rate
    "1日3回",  # a rate
    "定員50~60人",  # a range: a count holds one number
    "166 101 1 64 1\n総数 重症者",  # a table grid
]

# (text, expected mention text, value, modifier, unit, counted)
EN = [
    (
        "over 1,500 global urban leaders gathered",
        "over 1,500 global urban leaders",
        1500,
        "more_than",
        "urban leaders",
        "urban leaders",
    ),
    ("Across the three cities, TMF invested", "three cities", 3, None, "cities", "cities"),
    (
        "giving nearly 10 million people access",
        "nearly 10 million people",
        10_000_000,
        "approx",
        "people",
        "people",
    ),
    (
        "joined by more than 300 of their fellow city leaders",
        "more than 300 of their fellow city leaders",
        300,
        "more_than",
        "city leaders",
        "city leaders",
    ),
    (
        "convened more than a dozen cities",
        "more than a dozen cities",
        12,
        "more_than",
        "cities",
        "cities",
    ),
    (
        "more than a dozen ministers, mayors and governors from",
        "more than a dozen ministers, mayors and governors",
        12,
        "more_than",
        "ministers, mayors and governors",
        "ministers, mayors and governors",
    ),
    (
        "selected from 334 global submissions",
        "334 global submissions",
        334,
        None,
        "submissions",
        "submissions",
    ),
    ("Our 2,000+ staff work", "2,000+ staff", 2000, "at_least", "staff", "staff"),
    ("the 195-member government Panel", "195-member", 195, None, "member", "members"),
    (
        "from the five African sub-regions",
        "five African sub-regions",
        5,
        None,
        "sub-regions",
        "sub-regions",
    ),
    (
        "will select one grand prize winner based on",
        "one grand prize winner",
        1,
        None,
        "grand prize winner",
        "grand prize winners",
    ),
    (
        "for 1,400 people and benefiting 6,000 more, while",
        "6,000 more",
        6000,
        None,
        "more",
        "people",
    ),
    (
        "With 112\nmunicipal buildings to maintain",
        "112\nmunicipal buildings",
        112,
        None,
        "municipal buildings",
        "municipal buildings",
    ),
    (
        "Two New projects to Boost Climate Resilience",
        "Two New projects",
        2,
        None,
        "projects",
        "projects",
    ),
    ("some 300 cities", "some 300 cities", 300, "approx", "cities", "cities"),
    ("about 40 mayors", "about 40 mayors", 40, "approx", "mayors", "mayors"),
    ("at least 20 schools", "at least 20 schools", 20, "at_least", "schools", "schools"),
    (
        "up to 50 participants",
        "up to 50 participants",
        50,
        "at_most",
        "participants",
        "participants",
    ),
    (
        "fewer than 10 companies",
        "fewer than 10 companies",
        10,
        "less_than",
        "companies",
        "companies",
    ),
    (
        "less than 25 residential units",
        "less than 25 residential units",
        25,
        "less_than",
        "residential units",
        ANY,
    ),
    ("500 people or more", "500 people or more", 500, "at_least", "people", "people"),
    ("nearly two dozen cities", "nearly two dozen cities", 24, "approx", "cities", "cities"),
    ("a network of 230+ cities", "230+ cities", 230, "at_least", "cities", "cities"),
    ("35 of the 50 largest cities", "35 of the 50 largest cities", 35, None, ANY, ANY),
    (
        "over 2000 participants",
        "over 2000 participants",
        2000,
        "more_than",
        "participants",
        "participants",
    ),
    ("Participants: 1,200", "1,200", 1200, None, "Participants", "participants"),
    ("Number of cities: 52 (including Tokyo)", "52", 52, None, "cities", "cities"),
    ("Mayors of 10 Cities Sign Climate Pact", "10 Cities", 10, None, "Cities", "cities"),
    (
        "the city's 1.2 million residents",
        "1.2 million residents",
        1_200_000,
        None,
        "residents",
        "residents",
    ),
]

EN_NOT = [
    "the 2025-2026 WRI Ross Center Prize",  # years
    "in 2050 cities will",  # a year
    "APCC-Forum 2026 and GREEN×EXPO 2027",  # names
    "COP30, G7 and C40 cities",  # names
    "the 7th edition and the first round",  # ordinals
    "1. Cities\na. Towns",  # list numbering
    "a 22-mile loop, the three-year competition, a two-day event",  # measurements, durations
    "80-million-euro ($93-million) fund",  # money
    "$1.5 million, US$650 and USD 168 million",  # money
    "2.6 million USD from Japan",  # money
    "70% of global emissions and 20 percent of residents",  # percentages
    "more than 470 acres and 600 hectares and 800km",  # measurements
    "40 MW of solar and 2,099,869 kWh and 69,000 MWhs",  # measurements
    "941 metric tons of carbon dioxide",  # measurement
    "over three years and 10 days",  # durations
    "from 8.30am to 9.00am and 10:00 am",  # times
    "Scope 3 emissions and Goal 11 targets",  # identifiers
    "see page 4 and Table 2",  # identifiers
    "Mombasa, Jul 21 - The meeting",  # a date
    "Tel: 045-671-2064",  # phone
    "Hartford, CT 06103",  # postal code
    "is one of three global",  # "one of" (no plural after three)
    "selling one to Detroit-based company",  # pronoun
    "no one else and one another",  # pronouns
    "on one hand",  # idiom
    "tens of thousands of workers and millions of citizens",  # no definite number
    "dozens of cities",  # no definite number
    "1 in 5 residents",  # a proportion
    "100 Resilient Cities, Climate Mayors",  # a name
    "the 1990s",  # a decade
    "its 61st Session",  # ordinal
    "1,000 more than last year",  # comparison
    "a 7-0 vote",  # a score
    "10~20 participants and 10-20 cities",  # ranges
]


def _find(found: list[dict], text: str) -> dict | None:
    return next((c for c in found if c["text"] == text), None)


@pytest.mark.parametrize(
    "text, mention, value, modifier, unit, counted", JA + EN, ids=[e[1] for e in JA + EN]
)
def test_count_found(text, mention, value, modifier, unit, counted):
    found = explain(text)
    c = _find(found, mention)
    assert c is not None, f"{mention!r} not found in {text!r}: {found}"
    assert c["value"] == value and type(c["value"]) is int
    assert c["modifier"] == modifier
    if unit is not ANY:
        assert c["unit"] == unit
    if counted is not ANY:
        assert c["counted"] == counted


@pytest.mark.parametrize("text", JA_NOT + EN_NOT)
def test_not_a_count(text):
    assert explain(text) == []


def test_count_spans_are_source_text():
    text = "参加者数は約\u3000２，０００名。 more than 300 of their fellow city leaders"
    found = explain(text)
    assert [c["text"] for c in found] == [
        "約\u3000２，０００名",
        "more than 300 of their fellow city leaders",
    ]
    assert found[0]["value"] == 2000


@pytest.mark.parametrize(
    "s, value",
    [
        ("三十", 30),
        ("二千二十五", 2025),
        ("二〇二五", 2025),
        ("4万5480", 45480),
        ("2.5万", 25000),
        ("1億2000万", 120_000_000),
        ("3千", 3000),
        ("1万5千", 15000),
    ],
)
def test_parse_ja(s, value):
    assert parse_ja(s) == value


@pytest.mark.parametrize(
    "s, value",
    [
        ("three", 3),
        ("twenty-five", 25),
        ("a dozen", 12),
        ("two dozen", 24),
        ("a hundred", 100),
        ("10 million", 10_000_000),
        ("1.5 million", 1_500_000),
        ("1,500", 1500),
    ],
)
def test_parse_en(s, value):
    assert parse_en(s) == value
