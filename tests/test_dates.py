"""Dates: every rule's examples with their expected values, and what must not be a date.

The examples are the documentation of the date rules in ``data/*/dates.json``. Each example is
(text, document date, expected dates) where an expected date is (text as in the view, start,
end); a document date of ``None`` means none is known.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from extract.document import Document
from extract.ingest import Ingested
from extract.language import detect
from extract.metadata import document_date, file_name_date
from extract.normalise import normalise
from extract.pipeline import process, process_ingested, process_text
from extract.recognisers import dates


def run(text: str, doc_date: str | None = None, find_doc_date: bool = False) -> list[tuple]:
    """Recognise and complete dates in ``text``: (view text, start, end, flags) in order."""
    doc = _doc(text)
    cands = dates.recognise(doc)
    doc.metadata.date = document_date(doc, cands)[0] if find_doc_date else doc_date
    out = dates.complete(doc, cands)
    return [(doc.norm[c.start : c.end], c.attrs["start"], c.attrs["end"], c.attrs["flags"]) for c in out]


def _doc(text: str) -> Document:
    data = text.encode()
    src = Ingested(Path("t.txt"), "txt", hashlib.sha256(data).hexdigest(), len(data), text, "utf-8", [])
    lang, segments = detect(text)
    return Document(id="t", source=src, text=text, view=normalise(text), lang=lang, segments=segments)


def values(text: str, doc_date: str | None = None) -> list[tuple[str, str | None, str | None]]:
    return [(t, s, e) for t, s, e, _ in run(text, doc_date)]


# --- Japanese --------------------------------------------------------------------------------

JA = [
    # chronology lines opened by a year alone (two or more); one such line, or a count, is none
    ("<活動実績>\n2013 イタリア(ピサ大学)\n2014 インド(デリー)\n2015 カンボジア", None,
     [("2013", "2013", "2013"), ("2014", "2014", "2014"), ("2015", "2015", "2015")]),
    # a season of every year is no date: the end of an annual range, a flowering season, summer's months
    ("毎年3月下旬から4月上旬に行われるTOKYO CITY CUP。花期は8-10月で、淡紫色。夏場の7-9月は晴れ間が多い。一行は4月上旬に訪問した。", "2018-05-01",
     [("4月上旬", "2018-04", "2018-04")]),
    # a slashed month/day in square brackets heading an item (not a fraction before の)
    ("2019年6月の公演予定\n[6/25] アブダビ公演\n[7/4]ミラノ薪能\n補助率[1/2]の事業", None,
     [("2019年6月", "2019-06", "2019-06"), ("6/25", "2019-06-25", "2019-06-25"), ("7/4", "2019-07-04", "2019-07-04")]),
    # a year before 1800 after a comma written as Japanese punctuation; a two-digit second year
    # that would run far into the next century is a span of years, no range
    ("ハノーバーに位置し,1778年に創立された大学。", None, [("1778年", "1778", "1778")]),
    ("INSULAの2大会契機で1953年から40年胎動していた。", None, [("1953年", "1953", "1953")]),
    # a span of years whose second year is written in two digits, after 年 and から; two dotted era dates joined by a tilde
    ("人口は1990年から99年までの年平均増加率は0.5%だった。", None, [("1990年から99年", "1990", "1999")]),
    ("1945年から47年にかけて、1万2000人が亡くなった。", None, [("1945年から47年", "1945", "1947")]),
    # an era initial and its year standing alone (not a product's code)
    ("トーテムポール(R5修繕後)。環境大臣表彰H18受賞。", None, [("R5", "2023", "2023"), ("H18", "2006", "2006")]),
    ("在留外国人数の推移\nH30\n|\nH31 | R2 |", None, [("H30", "2018", "2018"), ("H31", "2019", "2019"), ("R2", "2020", "2020")]),
    # 同 alone before a day: the previous date's month
    ("2019年5月10日に開会し、同16日に閉会した。", None,
     [("2019年5月10日", "2019-05-10", "2019-05-10"), ("同16日", "2019-05-16", "2019-05-16")]),
    ("1.視察期間 平成14.4.14〜平成14.4.22 9日間", None, [("平成14.4.14~平成14.4.22", "2002-04-14", "2002-04-22")]),
    # a fiscal year's first or second half, to the day; absolute or relative
    ("2019年度上期の実績と2018年度下半期、今年度下期の計画", "2020-06-01",
     [("2019年度上期", "2019-04-01", "2019-09-30"), ("2018年度下半期", "2018-10-01", "2019-03-31"), ("今年度下期", "2020-10-01", "2021-03-31")]),
    # a Western year glossed by a pre-Meiji era, the era's 年 inside the bracket; a year with 西暦
    ("1854(安政元年)3月31日に条約が結ばれ、寺は西暦800年ごろに建てられた。", None,
     [("1854(安政元年)3月31日", "1854-03-31", "1854-03-31"), ("西暦800年", "0800", "0800")]),
    # a month after a reign's year no rule reads is no month of the document's year
    ("天武天皇12年10月に都が移された。", "2020-06-01", []),
    # slashed month/days listed one after another (each item may name its venue) are dates;
    # one alone, or a list of fractions after 率, is not
    ("2008年12月8日\n会場 12/2高雄日本人学校、12/3高雄市社会教育館、12/4台中文化中心", None,
     [("2008年12月8日", "2008-12-08", "2008-12-08"), ("12/2", "2008-12-02", "2008-12-02"), ("12/3", "2008-12-03", "2008-12-03"), ("12/4", "2008-12-04", "2008-12-04")]),
    ("2014年3月\n(関連記事掲載日:3/18、3/20、3/21)", None,
     [("2014年3月", "2014-03", "2014-03"), ("3/18", "2014-03-18", "2014-03-18"), ("3/20", "2014-03-20", "2014-03-20"), ("3/21", "2014-03-21", "2014-03-21")]),
    # days with their weekdays in brackets and no 日 after a month, where the weekdays fit
    ("2020年1月\n写真展は2月3(月)~21(金)まで開催。", None,
     [("2020年1月", "2020-01", "2020-01"), ("2月3(月)~21(金)", "2020-02-03", "2020-02-21")]),
    # a blog's English-order date with a Japanese month name
    ("会開かれる\n\n12月 15, 2019\n\n去る11月24日に開催", None,
     [("12月15, 2019", "2019-12-15", "2019-12-15"), ("11月24日", "2019-11-24", "2019-11-24")]),
    # a Western year, its era year in brackets after a space, then month and day: one date
    ("話が進み、1985年 (昭和60年) 6月28日、当クラブは提携した。", None, [("1985年 (昭和60年) 6月28日", "1985-06-28", "1985-06-28")]),
    # a chronology's year.month after a list number
    ("交流の経緯\n  1. 2017.02日本\n    大学の学生が来日\n  2. 2016.10ジョージア", None,
     [("2017.02", "2017-02", "2017-02"), ("2016.10", "2016-10", "2016-10")]),
    # a Western year with its era year abbreviated in brackets; an apostrophe clips a Western
    # year (’91年), kept in a text with no other Western year
    ("1. 2003(H15)年12月 第1回目は香川県との協働事業。", None, [("2003(H15)年12月", "2003-12", "2003-12")]),
    ("騎士道の民族も絶賛した野馬追 ’91年ロンドン遠征/ロンドン塔", None, [("'91年", "1991", "1991")]),
    # 今日 and 明日 as the day's own words, the day in brackets the date (a blog posted the day
    # after); not 今日では (nowadays) nor 明日に (some day)
    ("今日(4日)は大使がお見えになった。明日(5日)はネパール大使が来られる。今日では多くの都市が参加。せめて明日にしたら。", "2009-06-05",
     [("今日(4日)", "2009-06-04", "2009-06-04"), ("明日(5日)", "2009-06-05", "2009-06-05")]),
    # a relative day far from any written Japanese date (a blog's dotted posting date alone
    # above it) is still read: 今日, 明日, きょう, 前年 open a search window of their own
    ("掲載日:2013.08.26\n今日から米国に視察に行って参ります。", "2013-08-26",
     [("2013.08.26", "2013-08-26", "2013-08-26"), ("今日", "2013-08-26", "2013-08-26")]),
    # a span of days after 同 (the same month) is one date, as 10月6日~8日 would be
    ("2008年9月1日発表\n同6日~8日に「国際マンガサミット」、同月10、11日に会議。同7日に式典。", None,
     [("2008年9月1日", "2008-09-01", "2008-09-01"), ("同6日~8日", "2008-09-06", "2008-09-08"),
      ("同月10、11日", "2008-09-10", "2008-09-11"), ("同7日", "2008-09-07", "2008-09-07")]),
    # an era before Meiji in a history: its conventional first year (天保元年 is 1830, though
    # proclaimed in January 1831), with a kanji numeral too
    ("前島密は天保6年、越後国に生まれた。安政元年に開港。1790年(寛政二年)に命令。", None,
     [("天保6年", "1835", "1835"), ("安政元年", "1854", "1854"), ("1790年", "1790", "1790"), ("寛政二年", "1790", "1790")]),
    # a relative day inside quoted speech is the speaker's day, not the document's
    ("市長は「明日から1週間、もてなしたい」と述べた。明日から一般公開する。", "2017-04-25",
     [("明日", "2017-04-26", "2017-04-26")]),
    ("Posted 2019.05.10\nきょうは市役所で、明日は県庁で会議。", "2019-05-10",
     [("2019.05.10", "2019-05-10", "2019-05-10"), ("きょう", "2019-05-10", "2019-05-10"), ("明日", "2019-05-11", "2019-05-11")]),
    # a company's business year by the month it ends in
    ("新型ゲーム機を2014年3月期に500万台販売する。2025年12月期決算。", None,
     [("2014年3月期", "2013-04-01", "2014-03-31"), ("2025年12月期", "2025-01-01", "2025-12-31")]),
    # an era year written short after its era, even where a Western year stands elsewhere
    ("2018年3月25日\n平成24年度は23800人、25年度は31800人。", None,
     [("2018年3月25日", "2018-03-25", "2018-03-25"), ("平成24年度", "2012-04-01", "2013-03-31"), ("25年度", "2013-04-01", "2014-03-31")]),
    # a range's end day written by its last digit; a month's end that wraps stays the next month
    ("(10月27〜8日)に出展。3月30日~2日。", "2011-05-01",
     [("10月27~8日", "2011-10-27", "2011-10-28"), ("3月30日~2日", "2011-03-30", "2011-04-02")]),
    # days in a row joined by slashes are one span
    ("2015年11月27日(金)/ 28日(土)/ 29日(日)", None, [("2015年11月27日(金)/ 28日(土)/ 29日(日)", "2015-11-27", "2015-11-29")]),
    # an era initial's dotted date with the range's end
    ("H27.09.19〜22 締結式。R7.8.30~9.2 訪問。", None,
     [("H27.09.19~22", "2015-09-19", "2015-09-22"), ("R7.8.30~9.2", "2025-08-30", "2025-09-02")]),
    ("公募期間 R4.12.28~R5.6.30 終了。期間 H30.4.1～H31.3.31", None,
     [("R4.12.28~R5.6.30", "2022-12-28", "2023-06-30"), ("H30.4.1~H31.3.31", "2018-04-01", "2019-03-31")]),
    # next month's two days
    ("第1弾として、来月12、13日に関係者が訪問する。", "2023-06-20", [("来月12、13日", "2023-07-12", "2023-07-13")]),
    # a year's end is its December
    ("2020年5月1日\n昨年末の外国人住民数は、平成元年末の5倍。", None,
     [("2020年5月1日", "2020-05-01", "2020-05-01"), ("昨年末", "2019-12", "2019-12"), ("平成元年末", "1989-12", "1989-12")]),
    # days listed under one month with gaps are dates of their own; days in a row one span
    ("2019年7月1日\n8月10日、11日、24日にツアーを催行。10月8・9・10日に開催。", None,
     [("2019年7月1日", "2019-07-01", "2019-07-01"), ("8月10日", "2019-08-10", "2019-08-10"),
      ("11日", "2019-08-11", "2019-08-11"), ("24日", "2019-08-24", "2019-08-24"),
      ("10月8・9・10日", "2019-10-08", "2019-10-10")]),
    # a range's start with its part of the day (午後から)
    ("2015年5月1日\nトレーニングは7月26日(日)午後から27日(月)終日。", None,
     [("2015年5月1日", "2015-05-01", "2015-05-01"), ("7月26日(日)午後から27日(月)", "2015-07-26", "2015-07-27")]),
    # a two-digit year in a text of era years continues the era written just before it
    ("平成24年度は留学生は無。25年度は9月末から半年間の留学となった。", None,
     [("平成24年度", "2012-04-01", "2013-03-31"), ("25年度", "2013-04-01", "2014-03-31"), ("9月末", "2013-09", "2013-09")]),
    # a written weekday the page's year does not fit takes a year the text writes (ITF2016)
    ("2014年11月14日\n11月5日(土)、第24回台北国際旅行博(ITF2016)が開幕。", None,
     [("2014年11月14日", "2014-11-14", "2014-11-14"), ("11月5日(土)", "2016-11-05", "2016-11-05")]),
    # two days joined by 、 with one 日 (from the 10th on)
    ("2016年5月20日\n事務総長は、23、24日にトルコを訪れる。", "2016-05-20", [("2016年5月20日", "2016-05-20", "2016-05-20"), ("23、24日", "2016-05-23", "2016-05-24")]),
    # a weekday written with a space inside its bracket; 同じ年の (the same year)
    ("調査日時 2006(平成18)年7月19日( 水)〜7月28日(金)", None, [("2006(平成18)年7月19日( 水)~7月28日(金)", "2006-07-19", "2006-07-28")]),
    ("2019年9月に続き、同じ年の10月に松山市で開催された。", None, [("2019年9月", "2019-09", "2019-09"), ("同じ年の10月", "2019-10", "2019-10")]),
    # a date and its time after a dash is no range
    ("*2010/07/12-22:33*\n視察ツアー", None, [("2010/07/12", "2010-07-12", "2010-07-12")]),
    # a chronology (年表): a year and month joined by a dot open each line
    ("交流の歩み\n1986.11 ケチカン市表敬訪問と現地視察\n1987.3 ケチカン市長一行来町", None,
     [("1986.11", "1986-11", "1986-11"), ("1987.3", "1987-03", "1987-03")]),
    # a slashed month/day in brackets right after an event's verbal noun
    ("平成28年6月1日\n国際交流担当理事協議会を開催(10/3)", None,
     [("平成28年6月1日", "2016-06-01", "2016-06-01"), ("10/3", "2016-10-03", "2016-10-03")]),
    # Western and era years, full and partial dates, spaces and full-width digits.
    ("2025年11月27日", None, [("2025年11月27日", "2025-11-27", "2025-11-27")]),
    ("２０２３ 年 １１ 月 １５ 日に開催", None, [("2023年11月15日", "2023-11-15", "2023-11-15")]),
    ("令和５年 11 月 1５日に横浜市で", None, [("令和5年11月15日", "2023-11-15", "2023-11-15")]),
    ("令和7年12月11日", None, [("令和7年12月11日", "2025-12-11", "2025-12-11")]),
    ("令和元年5月1日に改元", None, [("令和元年5月1日", "2019-05-01", "2019-05-01")]),
    # a year and its month joined by の (昨年の十一月二十日, 今年の7月) are one date
    ("昨年の十一月二十日に提携した。", "2022-03-01", [("昨年の十一月二十日", "2021-11-20", "2021-11-20")]),
    # a part of a month (上旬, 下旬, 末) is written with the month, valued at month precision
    ("8月下旬に派遣し、2025年3月末までに完了する。", "2024-09-01", [("8月下旬", "2024-08", "2024-08"), ("2025年3月末", "2025-03", "2025-03")]),
    ("平成31年4月30日", None, [("平成31年4月30日", "2019-04-30", "2019-04-30")]),
    ("昭和60年に締結", None, [("昭和60年", "1985", "1985")]),
    ("令和七年十二月十一日", None, [("令和七年十二月十一日", "2025-12-11", "2025-12-11")]),
    ("二〇二五年十月に", None, [("二〇二五年十月", "2025-10", "2025-10")]),
    ("2021 年 10 月に表明", None, [("2021年10月", "2021-10", "2021-10")]),
    ("2050年カーボンニュートラル", None, [("2050年", "2050", "2050")]),
    ("令和6年(2024年)4月1日から施行", None, [("令和6年(2024年)4月1日", "2024-04-01", "2024-04-01")]),
    ("2024(令和6)年4月1日", None, [("2024(令和6)年4月1日", "2024-04-01", "2024-04-01")]),
    ("1986年5月~", None, [("1986年5月", "1986-05", "1986-05")]),
    ("2025/11/27に公開", None, [("2025/11/27", "2025-11-27", "2025-11-27")]),
    ("2025-11-27", None, [("2025-11-27", "2025-11-27", "2025-11-27")]),
    # Abbreviated eras.
    ("R7.12.11", None, [("R7.12.11", "2025-12-11", "2025-12-11")]),
    ("ミッション(H24.3月)", None, [("H24.3月", "2012-03", "2012-03")]),
    ("事故(H21.11.13発生)", None, [("H21.11.13", "2009-11-13", "2009-11-13")]),
    ("件数(H25)", None, [("H25", "2013", "2013")]),
    ("R8年度予算", None, [("R8年度", "2026-04-01", "2027-03-31")]),
    ("令和7.4.1", None, [("令和7.4.1", "2025-04-01", "2025-04-01")]),
    # Fiscal years.
    ("(1) 令和8(2026)年度", None, [("令和8(2026)年度", "2026-04-01", "2027-03-31")]),
    # a fiscal year restated in Western years in brackets is one date with it, also as a range's end
    ("令和3年度(2021年度)の事業", None, [("令和3年度(2021年度)", "2021-04-01", "2022-03-31")]),
    (
        "計画期間 令和3年度(2021年度)から令和8年度(2026年度)まで",
        None,
        [("令和3年度(2021年度)から令和8年度(2026年度)", "2021-04-01", "2027-03-31")],
    ),
    ("2025年度の募集", None, [("2025年度", "2025-04-01", "2026-03-31")]),
    ("2027年度中の供用開始", None, [("2027年度", "2027-04-01", "2028-03-31")]),
    ("令和7年度~令和9年度", None, [("令和7年度~令和9年度", "2025-04-01", "2028-03-31")]),
    ("2025-2027年度の計画", None, [("2025-2027年度", "2025-04-01", "2028-03-31")]),
    ("第3期計画(令和5～9年度)", None, [("令和5~9年度", "2023-04-01", "2028-03-31")]),
    ("平成30~令和2年度", None, [("平成30~令和2年度", "2018-04-01", "2021-03-31")]),
    ("令和5年~7年", None, [("令和5年~7年", "2023", "2025")]),
    # Ranges with omitted parts, resolved from the other end.
    ("令和7年11月25日(火)～27日(木)", None, [("令和7年11月25日(火)~27日(木)", "2025-11-25", "2025-11-27")]),
    ("2026年9月2日〜4日", None, [("2026年9月2日~4日", "2026-09-02", "2026-09-04")]),
    ("2027年8月31日〜9月2日", None, [("2027年8月31日~9月2日", "2027-08-31", "2027-09-02")]),
    ("2025年11月25日から26日にかけて", None, [("2025年11月25日から26日", "2025-11-25", "2025-11-26")]),
    ("2027年8月31日から9月2日に", None, [("2027年8月31日から9月2日", "2027-08-31", "2027-09-02")]),
    ("計画期間は2020~2025年", None, [("2020~2025年", "2020", "2025")]),
    ("2024年12月28日~1月4日", None, [("2024年12月28日~1月4日", "2024-12-28", "2025-01-04")]),
    # Day lists: one date from the first day to the last.
    ("10月8・9日", "2025-01-10", [("10月8・9日", "2025-10-08", "2025-10-09")]),
    ("8月3・4日に開催", "2024-09-01", [("8月3・4日", "2024-08-03", "2024-08-04")]),
    ("2025年11月25日(火)・26日(水)", None, [("2025年11月25日(火)・26日(水)", "2025-11-25", "2025-11-26")]),
    # Years listed with one 年: each is its own date.
    ("2026・2027年の開催予定", None, [("2026", "2026", "2026"), ("2027年", "2027", "2027")]),
    # No year written: the document's year.
    ("10月8日~10日", "2025-07-01", [("10月8日~10日", "2025-10-08", "2025-10-10")]),
    ("10月23日の記念日", "2024-09-01", [("10月23日", "2024-10-23", "2024-10-23")]),
    ("報告会が7月、市役所で", "2024-09-01", [("7月", "2024-07", "2024-07")]),
    ("十二月に開催", "2024-09-01", [("十二月", "2024-12", "2024-12")]),
    ("※2月1日時点", "2024-12-01", [("2月1日", "2024-02-01", "2024-02-01")]),
    ("元日の能登半島地震", "2024-12-01", [("元日", "2024-01-01", "2024-01-01")]),
    ("2025年元旦", None, [("2025年元旦", "2025-01-01", "2025-01-01")]),
    ("大晦日には広場で年越し", "2019-12-20", [("大晦日", "2019-12-31", "2019-12-31")]),
    # a list's number and its dot before a year at a line's start (2.2000年10月): no decimal
    ("沿革\n2.2000年10月、カナダのトロント市で公演", "2024-09-01", [("2000年10月", "2000-10", "2000-10")]),
    # a fiscal year's end is dated as the fiscal year (the read golds take 平成28年度 of 平成28年度末 3 times in 4)
    ("加入世帯は2010年度末で約2602万世帯", "2012-01-05", [("2010年度", "2010-04-01", "2011-03-31")]),
    # a weekday typeset in one enclosed character
    ("イベントに5月16日㈫、17日㈬の2日間出展", "2023-05-01", [("5月16日㈫、17日㈬", "2023-05-16", "2023-05-17")]),
    # CP932 exports lose 〜: a '?' between two date parts is a range mark.
    ("11月26日?28日、旅行会社", "2025-01", [("11月26日?28日", "2025-11-26", "2025-11-28")]),
    ("期間:7月23日(火)?8月8日(木)", "2024-05", [("7月23日(火)?8月8日(木)", "2024-07-23", "2024-08-08")]),
    # Weekday in brackets agrees.
    ("面接:5月19日(日)。", "2024-05", [("5月19日(日)", "2024-05-19", "2024-05-19")]),
    # Relative years, fiscal years and days from the document date.
    ("来年以降の同会議", "2025-11-27", [("来年", "2026", "2026")]),
    ("令和9(2027)年度再来年は", "2025-12-11", [("令和9(2027)年度", "2027-04-01", "2028-03-31"), ("再来年", "2027", "2027")]),
    ("再来年は開催", "2025-12-11", [("再来年", "2027", "2027")]),
    ("来年2月以降", "2024-09-01", [("来年2月", "2025-02", "2025-02")]),
    ("次年度から名称を変更", "2025-12-11", [("次年度", "2026-04-01", "2027-03-31")]),
    ("本年度の事業", "2026-02-10", [("本年度", "2025-04-01", "2026-03-31")]),
    ("本日判明分", "2020-04-12", [("本日", "2020-04-12", "2020-04-12")]),
    ("来月10日に", "2025-11-27", [("来月10日", "2025-12-10", "2025-12-10")]),
    # Slashed month/day where the context makes it a date.
    ("募集を10/20開始", "2025-10-10", [("10/20", "2025-10-20", "2025-10-20")]),
    ("放送:2/1?", "2025-02-01", [("2/1", "2025-02-01", "2025-02-01")]),  # 2/1〜 with 〜 lost
    ("受付11/25(火)~11/27(木)", "2025-10-10", [("11/25(火)~11/27(木)", "2025-11-25", "2025-11-27")]),
    # A day alone takes month and year from the date before it.
    (
        "令和7年11月25日(火)~27日(木) ※27日は視察",
        None,
        [("令和7年11月25日(火)~27日(木)", "2025-11-25", "2025-11-27"), ("27日", "2025-11-27", "2025-11-27")],
    ),
    ("2025年4月1日に開始し、同年10月に終了", None, [("2025年4月1日", "2025-04-01", "2025-04-01"), ("同年10月", "2025-10", "2025-10")]),
    ("広報くらしき2025年1月号", None, [("2025年1月", "2025-01", "2025-01")]),
    ("2024年4月1日に開始し、同月15日に終了", None, [("2024年4月1日", "2024-04-01", "2024-04-01"), ("同月15日", "2024-04-15", "2024-04-15")]),
    # 1日の… is "one day's", not the 1st.
    ("2025年4月1日開始。1日の利用者は100人", None, [("2025年4月1日", "2025-04-01", "2025-04-01")]),
    # A case number in a table is not a year; the date beside it is.
    ("1908 4月12日(日) 20代 女性", "2020-04-12", [("4月12日(日)", "2020-04-12", "2020-04-12")]),
    # No document date (an event page, a delegation report, a city web page): a date without
    # a year takes the nearest explicit year before it, else the first one after it.
    (
        "2009年8月、友好都市である蘇州市を訪問した。7月12日(日)の出発式を経て一行は出発した。",
        None,
        [("2009年8月", "2009-08", "2009-08"), ("7月12日(日)", "2009-07-12", "2009-07-12")],
    ),
    (
        "平成21年度 友好都市訪問団報告\n訪問日程:蘇州市(8/25~8/27)、上海市(8/27~29)、杭州市(8/30)",
        None,
        [
            ("平成21年度", "2009-04-01", "2010-03-31"),
            ("8/25~8/27", "2009-08-25", "2009-08-27"),
            ("8/27~29", "2009-08-27", "2009-08-29"),
            ("8/30", "2009-08-30", "2009-08-30"),
        ],
    ),
    # After a fiscal year, January to March fall in the next calendar year.
    ("令和7年度 第2回推進会議\n日時:1月15日(木)午後2時から", None, [("令和7年度", "2025-04-01", "2026-03-31"), ("1月15日(木)", "2026-01-15", "2026-01-15")]),
    # Nothing before it: the first year after it.
    ("7月12日(日)に開催します。(2015年6月掲載)", None, [("7月12日(日)", "2015-07-12", "2015-07-12"), ("2015年6月", "2015-06", "2015-06")]),
    # The weekday decides: 2019-07-12 is a Friday, 2020-07-12 a Sunday.
    ("2019年に始まった交流事業の記念式典を、7月12日(日)に開催します。", None, [("2019年", "2019", "2019"), ("7月12日(日)", "2020-07-12", "2020-07-12")]),
    # No date writes a year: an event name's year serves.
    ("第5回みなとまつり2015\n日時:7月12日(日)10時~16時", None, [("7月12日(日)", "2015-07-12", "2015-07-12")]),
    # The document's own date wins over a nearer year in the text (the gold rule).
    ("2019年の記録を更新。7月12日(日)に開催", "2015-05-01", [("2019年", "2019", "2019"), ("7月12日(日)", "2015-07-12", "2015-07-12")]),
    # two years without 年 are a span where brackets or a line hold them alone
    ("海外の学会参加支援\n【2022~2023】【2023~2024】\nスタッフ教育", None, [("2022~2023", "2022", "2023"), ("2023~2024", "2023", "2024")]),
    ("沿革\n- 1977~1999\n- 2000~2010\n韓屋保存地区", None, [("1977~1999", "1977", "1999"), ("2000~2010", "2000", "2010")]),
    # A year made the topic of its sentence dates the yearless months after it in that sentence.
    ("2015年は、9月に講演いただきました。また、同年11月には講演がありました。", "2016-04-01", [("2015年", "2015", "2015"), ("9月", "2015-09", "2015-09"), ("同年11月", "2015-11", "2015-11")]),
    ("2019年には7月に訪問団が来日した。10月に答礼した。", "2021-01-10", [("2019年", "2019", "2019"), ("7月", "2019-07", "2019-07"), ("10月", "2021-10", "2021-10")]),
    # a two-digit year first in a Japanese text (a weekly's issue), month first in an English one
    ("週刊水産タイムス:12/03/26号", None, [("12/03/26", "2012-03-26", "2012-03-26")]),
    # 同年 takes the year before it, even a year alone.
    ("2009年に姉妹都市提携を締結し、同年10月に訪問団を派遣した。", None, [("2009年", "2009", "2009"), ("同年10月", "2009-10", "2009-10")]),
    # 翌年/前年 before a month count from the year before them, not from the document date.
    ("2018年12月に締結し、翌年1月に発効した。", "2025-06-01", [("2018年12月", "2018-12", "2018-12"), ("翌年1月", "2019-01", "2019-01")]),
    ("2020年に開催。前年11月に準備会合。", None, [("2020年", "2020", "2020"), ("前年11月", "2019-11", "2019-11")]),
    # months spanned or listed under one 月
    ("2023年10~12月に実施。", None, [("2023年10~12月", "2023-10", "2023-12")]),
    # two full numeric dates joined by a range mark; a date after a label's colon; days joined by と
    ("(日本・愛媛) 2019.10.28 ~ 2019.10.31", None, [("2019.10.28 ~ 2019.10.31", "2019-10-28", "2019-10-31")]),
    ("発表日:2018.09.18", None, [("2018.09.18", "2018-09-18", "2018-09-18")]),
    # a travel itinerary: the place left from stands between the range's start and its mark
    ("期間 令和6年7月27日(土曜日) 鳥羽発~8月5日(月曜日) 鳥羽着", None, [("令和6年7月27日(土曜日) 鳥羽発~8月5日(月曜日)", "2024-07-27", "2024-08-05")]),
    # two days that 両日 follows, written without 日
    ("2008年の商談会が10月22、23の両日、大連で開かれる。", None, [("2008年", "2008", "2008"), ("10月22、23", "2008-10-22", "2008-10-23")]),
    # a numeric date and the end of its range (day, or month and day)
    ("視察交流会(2015.8.20-21)", None, [("2015.8.20-21", "2015-08-20", "2015-08-21")]),
    ("会期 2019/10/30~11/2", None, [("2019/10/30~11/2", "2019-10-30", "2019-11-02")]),
    ("2018年1月25日と26日の2日間の予定で開催します。", None, [("2018年1月25日と26日", "2018-01-25", "2018-01-26")]),
    ("2011年9月29日に到着した。30日夜には懇談会を開いた。", None, [("2011年9月29日", "2011-09-29", "2011-09-29"), ("30日", "2011-09-30", "2011-09-30")]),
    # a Japanese news site's two-digit year, month and day
    ("日本は微減も7位維持\n15/05/22\n日本政府観光局が発表した。", None, [("15/05/22", "2015-05-22", "2015-05-22")]),
    # days standing alone before the entries of a schedule
    ("日程: 2019年8月21日(水)~23日(金) 21日 連絡会議 22日 本会議", None, [("2019年8月21日(水)~23日(金)", "2019-08-21", "2019-08-23"), ("21日", "2019-08-21", "2019-08-21"), ("22日", "2019-08-22", "2019-08-22")]),
    # a span of days alone takes month and year from the date before it
    ("2019年11月9日の前日祭に続き、翌10日から12日にかけて開催。", None, [("2019年11月9日", "2019-11-09", "2019-11-09"), ("10日から12日", "2019-11-10", "2019-11-12")]),
    # a year glued to the event or declaration it heads is part of the name; a birth year is a date
    ("2022年Urban7市長宣言が発表され、2020年に東京オリンピックが延期された。", None, [("2020年", "2020", "2020")]),
    ("許さんは1990年生まれの24歳。小学2年生の児童も参加。", None, [("1990年", "1990", "1990")]),
    # Slashed month/day ranges and single dates in brackets after a place (visit itineraries).
    ("大連市(9/5-9/6)、南京市(9/3・4)", "2009-08-01", [("9/5-9/6", "2009-09-05", "2009-09-06"), ("9/3・4", "2009-09-03", "2009-09-04")]),
    ("北京市(8/29~9/1)を経て杭州市(9/2)へ", "2009-08-01", [("8/29~9/1", "2009-08-29", "2009-09-01"), ("9/2", "2009-09-02", "2009-09-02")]),
    # a slashed month/day that heads a news item: in 【】 or at a bracket's start
    ("【国際交流】【2/27】台湾の大学と交流", "2016-04-01", [("2/27", "2016-02-27", "2016-02-27")]),
    ("「にっぽん丸」(4/14 商船三井)が寄港", "2016-04-01", [("4/14", "2016-04-14", "2016-04-14")]),
    # not a fraction closing its bracket or before の, 以上
    ("補助率(1/2)以内で交付。\n1/3の賛成で可決。(1/2以上)", "2016-04-01", []),
    ("ソウル(10/19(土))に到着", "2024-09-01", [("10/19(土)", "2024-10-19", "2024-10-19")]),
    # A year alone in brackets after a name: each a year date.
    (
        "これまでの開催地はトロント(1992)、埼玉(1995)、デッサウ(2000)である。",
        None,
        [("1992", "1992", "1992"), ("1995", "1995", "1995"), ("2000", "2000", "2000")],
    ),
    ("第1回会議(2015~2016)の成果", None, [("2015~2016", "2015", "2016")]),
    ("令和8(2026)年度予算", None, [("令和8(2026)年度", "2026-04-01", "2027-03-31")]),
    # Relative words: whole units back or forward from the document date.
    ("先月10日に協定を締結", "2015-05-20", [("先月10日", "2015-04-10", "2015-04-10")]),
    ("先月から実施", "2015-01-20", [("先月", "2014-12", "2014-12")]),
    ("来月に開催", "2015-12-03", [("来月", "2016-01", "2016-01")]),
    ("昨年の実績", "2015-05-20", [("昨年", "2014", "2014")]),
    ("昨年度の実績", "2015-05-20", [("昨年度", "2014-04-01", "2015-03-31")]),
    ("前年度の実績と比較", "2015-05-20", [("前年度", "2014-04-01", "2015-03-31")]),
    ("昨年度の実績", "2016-02-10", [("昨年度", "2014-04-01", "2015-03-31")]),
    ("来年度から開始", "2016-02-10", [("来年度", "2016-04-01", "2017-03-31")]),
    ("次年度も継続", "2015-05-20", [("次年度", "2016-04-01", "2017-03-31")]),
    ("来年の大会", "2015-05-20", [("来年", "2016", "2016")]),
    ("昨年6月に来日", "2015-05-20", [("昨年6月", "2014-06", "2014-06")]),
    ("今年3月に完成", "2015-05-20", [("今年3月", "2015-03", "2015-03")]),
    # trade-press two-digit years in a text whose other years are Western 20xx
    ("2023年の決算。22年4月~23年3月の売上", None, [("2023年", "2023", "2023"), ("22年4月~23年3月", "2022-04", "2023-03")]),
    ("2023年の計画。08年度の実績", None, [("2023年", "2023", "2023"), ("08年度", "2008-04-01", "2009-03-31")]),
    ("2023年の計画。令和5年度と22年4月の比較", None, [("2023年", "2023", "2023"), ("令和5年度", "2023-04-01", "2024-03-31")]),
    ("令和5年の計画。22年4月の比較", None, [("令和5年", "2023", "2023")]),  # an era-year text
    ("2023年の計画。令和の時代の22年4月に開始", None, [("2023年", "2023", "2023")]),  # era in the sentence
    ("2023年の計画。22年間続いた。22年ぶり。22年目。", None, [("2023年", "2023", "2023")]),
    # a text that writes every year short, with no era name anywhere: its short years are Western
    ("国交大臣が基地港湾を指定する制度を20年2月に創設。21年4月から23年12月まで賃借する。", "2024-05-01",
     [("20年2月", "2020-02", "2020-02"), ("21年4月から23年12月", "2021-04", "2023-12")]),
    ("国交大臣が基地港湾を指定する制度を20年2月に創設。", None, []),  # no document date to weigh it against
    ("平成20年度の事業を総括する。21年4月に契約を締結。", None,
     [("平成20年度", "2008-04-01", "2009-03-31"), ("21年4月", "2009-04", "2009-04")]),  # era text: an era year
    ("研究の歴史は20年に及ぶ。開設から15年、22年目を迎えた。30年に渡って派遣を続けた。", None, []),
    # … but not where an era reading (the era name left out) lies nearer the document's date
    ("24年6月1日から2日にかけて、韓国済州島にて合同ワークショップを開催した。", "2012-07-01", []),
    # a comma right after Japanese text is a 読点 (，), so a year may start after it
    ("そして，2016年11月12日に供用を開始した。", None, [("2016年11月12日", "2016-11-12", "2016-11-12")]),
    ("そして,2016年11月12日に供用を開始した。", None, [("2016年11月12日", "2016-11-12", "2016-11-12")]),
    ("人口は1,2016年に減少した。", None, []),  # after a digit the comma separates thousands
    # 同 before a month: the year of the date before
    ("2013年9月に準備委員会を設立、同11月には合意書を締結。", None, [("2013年9月", "2013-09", "2013-09"), ("同11月", "2013-11", "2013-11")]),
    # a range's start without its month is in the month before the end's
    ("映画祭が13日―10月14日に開かれる。", "2024-09-02", [("13日―10月14日", "2024-09-13", "2024-10-14")]),
    ("会期は28日~1月5日。", "2024-12-20", [("28日~1月5日", "2024-12-28", "2025-01-05")]),
    # 同月 opening a range's end
    ("研修は3月4日から同月9日まで実施した。", "2024-03-01", [("3月4日から同月9日", "2024-03-04", "2024-03-09")]),
    # a schedule's day with its weekday and no 日: only where the weekday fits
    ("競技日程(2027年5月)\n|21(金)|スプリント|\n|24(水)|休暇|", None, [("2027年5月", "2027-05", "2027-05"), ("21(金)", "2027-05-21", "2027-05-21")]),
    # 翌 and a weekday point past a month told in between to the last day dated
    ("2013年12月18日(水)に訪問した。4月には本学を訪れた。翌19日(木)には別の大学へ。", None, [("2013年12月18日(水)", "2013-12-18", "2013-12-18"), ("4月", "2013-04", "2013-04"), ("19日(木)", "2013-12-19", "2013-12-19")]),
    ("2013年12月18日に訪問した。4月には本学を訪れた。19日(木)には別の大学へ。", None, [("2013年12月18日", "2013-12-18", "2013-12-18"), ("4月", "2013-04", "2013-04"), ("19日(木)", "2013-12-19", "2013-12-19")]),
    ("2013年1月31日に到着した。翌1日には市長を訪問。", None, [("2013年1月31日", "2013-01-31", "2013-01-31"), ("1日", "2013-02-01", "2013-02-01")]),
    # a newspaper's day in kanji numerals takes month and year from the date before
    ("2007年8月23日付け\n式典が二十六日午前十時から開かれる。前日の二十五日には大会。", None, [("2007年8月23日", "2007-08-23", "2007-08-23"), ("二十六日", "2007-08-26", "2007-08-26"), ("二十五日", "2007-08-25", "2007-08-25")]),
    # months listed right after a dated one in its sentence run on in that year
    ("2018年10月30日\n来年5月には「IPCC」、9月には「ICOM」、12月には「UNWTO」の会議が開かれる。", "2018-10-30", [("2018年10月30日", "2018-10-30", "2018-10-30"), ("来年5月", "2019-05", "2019-05"), ("9月", "2019-09", "2019-09"), ("12月", "2019-12", "2019-12")]),
    ("2013年3月1日\n昨年6月28日の関西国際空港を皮切りに、日本国内8都市と台北を結ぶ路線を順次開設してきたが、9月26日に式典を開催した。", "2013-03-01", [("2013年3月1日", "2013-03-01", "2013-03-01"), ("昨年6月28日", "2012-06-28", "2012-06-28"), ("9月26日", "2013-09-26", "2013-09-26")]),
    # a public holiday's name in the weekday's bracket
    ("開催期間 春:2016 年 3 月 20 日(春分の日)~4 月 17 日(日) 29 日間", None, [("2016年3月20日(春分の日)~4月17日(日)", "2016-03-20", "2016-04-17")]),
    # two days before 両日 with no month
    ("2017年11月1日\n期間中の26、27の両日、国民大会も開かれる。", None, [("2017年11月1日", "2017-11-01", "2017-11-01"), ("26、27", "2017-11-26", "2017-11-27")]),
    # days in a list are one span only when they follow each other (golds 27 to 3); else each is
    # its own date (golds 5 to 0)
    ("2005年12月1日\n作品が披露された。9日、16日、17日にはオークションも行われた。", None, [("2005年12月1日", "2005-12-01", "2005-12-01"), ("9日", "2005-12-09", "2005-12-09"), ("16日", "2005-12-16", "2005-12-16"), ("17日", "2005-12-17", "2005-12-17")]),
    ("映画祭(9月26日、27日)と公演(10月25日(金)、27日(日))", "2019-08-01", [("9月26日、27日", "2019-09-26", "2019-09-27"), ("10月25日(金)", "2019-10-25", "2019-10-25"), ("27日(日)", "2019-10-27", "2019-10-27")]),
    # a year listed right after an era year, without its era, is in that era
    ("畑村教授は平成26年と28年の2回に渡り派遣された。", None, [("平成26年", "2014", "2014"), ("28年", "2016", "2016")]),
    # the same moment's day in another time zone takes the date's month
    ("本年3月2日(日本時間3日)、ホノルル市で調印した。", "2012-05-01", [("本年3月2日", "2012-03-02", "2012-03-02"), ("3日", "2012-03-03", "2012-03-03")]),
    # the Republic of China's era year in three digits; days listed with 及び
    ("秋田県中華総会では民國110年國慶節のお祝いをした。", "2021-10-01", [("民國110年", "2021", "2021")]),
    ("10月25日及び26日に、北海道倶知安町で会議を開いた。", "2019-10-01", [("10月25日及び26日", "2019-10-25", "2019-10-26")]),
    # era years listed one after another write the era once, while the list runs forward
    ("「ハワイ」(昭和37年、41年、45年、59年、平成19年の5回)", None,
     [("昭和37年", "1962", "1962"), ("41年", "1966", "1966"), ("45年", "1970", "1970"), ("59年", "1984", "1984"), ("平成19年", "2007", "2007")]),
    ("昭和50年、3年間の任期", None, [("昭和50年", "1975", "1975")]),  # a duration, no year of the list
    # three days joined by ・ after a slashed month
    ("中国広州で5/18・19・20と3日間にわたり開催された。", "2018-06-01", [("5/18・19・20", "2018-05-18", "2018-05-20")]),
    # a Western year with its era in brackets before 年, as far back as 明治; a range of years
    # whose end is written in two digits
    ("1901(明治34)年、製鉄所が操業した。大阪市は2016~20年を対象とした計画を作った。", None, [("1901(明治34)年", "1901", "1901"), ("2016~20年", "2016", "2020")]),
    # a range's start day without 日 when its end writes month and day in full
    ("開催日: 2010年10月20〜10月29日 従業者: 16名", None, [("2010年10月20~10月29日", "2010-10-20", "2010-10-29")]),
    ("| 日 時 | 2012年8月16~2012年8月19日 |", None, [("2012年8月16~2012年8月19日", "2012-08-16", "2012-08-19")]),  # the end's year written too
    # から followed by a comma still opens a range's end
    ("募集期間:令和5年1月4日(水曜日)から、2月28日(火曜日)まで", None, [("令和5年1月4日(水曜日)から、2月28日(火曜日)", "2023-01-04", "2023-02-28")]),
    # one fiscal year written with the two calendar years it spans; a range of fiscal years otherwise
    ("2022-23年度 会長。2019-21年度の計画。", None, [("2022-23年度", "2022-04-01", "2023-03-31"), ("2019-21年度", "2019-04-01", "2022-03-31")]),
    # ▶ between a range's ends
    # a slashed month/day before a particle of a point in time, or in brackets after a trip's first day
    ("2018年4月23日\n4/22に米国の視察団が来蔵。5/23は小学校を訪問。初日(7/26)の視察。", None, [("2018年4月23日", "2018-04-23", "2018-04-23"), ("4/22", "2018-04-22", "2018-04-22"), ("5/23", "2018-05-23", "2018-05-23"), ("7/26", "2018-07-26", "2018-07-26")]),
    # a kanji month before 時点 is a date (not a name glued to a kanji word)
    ("2020年4月1日\n市によると、三月時点の外国人住民は約二万八千人。", None, [("2020年4月1日", "2020-04-01", "2020-04-01"), ("三月", "2020-03", "2020-03")]),
    # a two-digit year before a particle of a point in time, in a text of Western years
    ("2023年5月1日\nJAでは、08年から受け入れ。同財団は99年に設立。13年、市長が初当選。1989年、95年に訪問。20年に五輪。", None, [("2023年5月1日", "2023-05-01", "2023-05-01"), ("08年", "2008", "2008"), ("99年", "1999", "1999"), ("13年", "2013", "2013"), ("1989年", "1989", "1989"), ("95年", "1995", "1995"), ("20年", "2020", "2020")]),
    # a day alone after a range across two months: a day from the range's first day on is of its first month
    ("2024年3月27日-4月1日まで派遣。初日27日は空港から。2日め28日の朝に。最終日1日は帰国。", None, [("2024年3月27日-4月1日", "2024-03-27", "2024-04-01"), ("27日", "2024-03-27", "2024-03-27"), ("28日", "2024-03-28", "2024-03-28"), ("1日", "2024-04-01", "2024-04-01")]),
    ("令和4年10月19日(水)▶20日(木)\nコロナ禍で3年ぶりの開催", None, [("令和4年10月19日(水)▶20日(木)", "2022-10-19", "2022-10-20")]),
    # a wavy dash 〰 between a range's ends
    ("2015/02/19\n3月14日(土)〰18日(水)の5日間、仙台市で開催", None, [("2015/02/19", "2015-02-19", "2015-02-19"), ("3月14日(土)~18日(水)", "2015-03-14", "2015-03-18")]),
    # a year before 1800 as a point in history, alone or opening a span; an era before Meiji
    # with its Western year in brackets; a Western year restated after an era year, 年 repeated
    ("小さな町ですが、1526年から1809年までドイツ騎士団の本部だった。レンブラントは1647年ごろから和紙を使い、1609年に交易所を開いた。", None,
     [("1526年から1809年", "1526", "1809"), ("1647年", "1647", "1647"), ("1609年", "1609", "1609")]),
    ("天正2年(1574)、所領を与えられた。秀忠は元和5年(1619)に大坂城を直轄とした。", None,
     [("天正2年(1574)", "1574", "1574"), ("元和5年(1619)", "1619", "1619")]),
    ("みやま市は、平成29年(2017)年12月14日に、事前合宿の協定を結んだ。", None, [("平成29年(2017)年12月14日", "2017-12-14", "2017-12-14")]),
    # a span of years in brackets after a name, from the 1800s (its end in two digits)
    ("2015年3月1日 城はルートヴィヒ2世(Ludwig II. (1864-86))によって建てられた。", None,
     [("2015年3月1日", "2015-03-01", "2015-03-01"), ("1864-86", "1864", "1886")]),
    # a four-digit year and a month joined by a slash; not a fiscal year by its two years
    ("ミッチーの日記 | 登録日(2016/01) ]\n2019/20年度の予算", None, [("2016/01", "2016-01", "2016-01"), ("2019/20年度", "2019-04-01", "2020-03-31")]),
    # a slashed month/day in brackets after a sentence's kana; one before a clock time
    ("2015/03/01\n姫路城と協定を締結することに(3/26)。", None, [("2015/03/01", "2015-03-01", "2015-03-01"), ("3/26", "2015-03-26", "2015-03-26")]),
    ("2025/04/23\n協力を深めていきたいとしています。\n(04/24 06:45 長崎国際テレビ)", None,
     [("2025/04/23", "2025-04-23", "2025-04-23"), ("04/24", "2025-04-24", "2025-04-24")]),
    # two days each with its weekday, the second right after the first's bracket
    ("令和7年7月26日(土)27日(日)、台湾高雄市で開催された祭りに参加。", None, [("令和7年7月26日(土)27日(日)", "2025-07-26", "2025-07-27")]),
    # a kanji-numeral day glued to 町 or 市 is a town's name, no day of a list
    ("2025年8月25日(金)、十日町市の姉妹都市の学生が来訪。5月1日、四日市で式典。", None,
     [("2025年8月25日(金)", "2025-08-25", "2025-08-25"), ("5月1日", "2025-05-01", "2025-05-01")]),
]

JA_NOT = [
    # an old era's name inside a word is the word (異文化, 国際文化), not the era 文化
    "異文化3年間の交流と、国際文化10年計画。",
    "記録集 2008~2019 の電子ブック",  # two years glued after a name's words are the name's
    "2010 オーストラリア・ウーロンゴン訪問\n市長が来訪した。",  # one line opened by a year is no chronology
    "2000 人が参加\n1500 円の会費",  # counts at the lines' starts
    "2016大賞の「Ambiguity」\n2013大賞の「Flow」",  # a year glued to a prize's name, no chronology
    "H2インタラクティブeスポーツ編集部、R2-D2、部品H2Aロケット。H2 Twin Cities",  # a company's, a robot's, a rocket's and a programme's names
    "江田五月参議院議員、五月女社長、元日本生協連国際部長が出席した。",  # a name with a kanji month; 元 + 日本 ('former')
    "補助率1/2に減少した。賛成は3/4に達した。",  # fractions before に
    "補助率は(1/2)です。負担割合は(1/3)。",  # a fraction in brackets after a ratio and its particle
    # a span of years before 1800 is a duration; a bracketed year after 1867 is no old era's
    "奈良は1300年前に都となった。平城遷都1300年記念事業。その歴史は実に1600年以上。約1000年、続いた。",
    # a two-digit number of years is a duration, not a year
    "提携から30年にわたり交流。約10年、交流した。提携から50年に。この関係が40年、50年と続く。現在まで35年、交流。開設から20年になりました。10年に1回の更新。",
    "紀元前11世紀から約2000年の間、都だった。",  # 約 before a year: a span of years, no date
    "補助率は1/2、1/3のいずれかとする。",  # fractions listed after 率
    "展示は2025年2月3(火)から。",  # a weekday that does not fit its date: no day
    "身長は5'91年",  # an apostrophe after a digit clips no year
    "来日し、一月遅れで始まった課程に入学した。",  # 一月遅れ: a month late, no January
    "一日中、五日市と四日市市を回った。十日町の祭り。",  # 'all day' and towns named by a day
    "5泊7日の日程です。1泊2日のツアー。",  # a stay's length, not days of a month
    "【大紀元日本】石原知事が訪台",  # 元日 inside a word (紀元 + 日本)
    "比率は1.2000年の水準",  # a decimal's digits before 年 are no year
    "成長率は前年から上昇した。\n2019.5 ポイントの増加",  # a decimal with its unit at a line's head
    "補助率は2分の1、負担割合(1/2)とする。",  # a fraction in brackets
    "毎月末日に締め切る。",  # 末日 with no month: a rule, not a date
    "市制70周年を迎える",  # anniversaries
    "40周年記念",
    "10代から90代まで",  # ages
    "20歳未満",
    "鶴見静さん(31・みはる野)",
    "1990年代の都市",  # decades
    "3年間の事業",  # durations
    "2050年間",
    "3日間の会議",
    "2日目のアユのつかみどり",
    "1日あたり100人",
    "毎月1日に発行",
    "ASCC2025の開催結果",  # numbers inside names
    "APCC-Forum 2026",
    "GREEN×EXPO 2027の機運醸成",
    "第1436号",  # issue, list and section numbers
    "第14回目となる",
    "(1)日時・会場",
    "【電話】225-2190",  # phone numbers and money
    "費用:約31万円",
    "総数:2,068名",  # bare numbers
    "2/4都内コロナウイルス陽性患者",  # page numbers
    "日本年金機構",  # 本年, 来年, 去年 inside words
    "将来年金を受け取る",
    "過去年間の推移",
    "18時30分時点",  # times of day
    "中学2・3年生",  # school years
    "約1万発の花火",
    "補助率(1/2)以内",  # fractions and page markers, not month/day
    "負担割合は1/2~2/3とする",
    "会議資料(1/3)",
    "ページ(2/5)",
    "参加者数(2000)",  # a figure in brackets after a count label
    "前年比で増加",  # a year-on-year comparison, not a date
    "前年同期と比べ",
]


@pytest.mark.parametrize("text,doc_date,expected", JA, ids=[t for t, _, _ in JA])
def test_japanese_dates(text, doc_date, expected):
    assert values(text, doc_date) == expected


@pytest.mark.parametrize("text", JA_NOT)
def test_japanese_not_dates(text):
    assert [t for t, *_ in run(text, "2025-01-01")] == []


# --- English ---------------------------------------------------------------------------------

EN = [
    # a year before its month opening a line or a bracket (East Asian pages' order)
    ("[2012 Nov28-29] Study visit to Federal offices\n2018 April Study Tour to Reggio Emilia", None,
     [("2012 Nov28-29", "2012-11-28", "2012-11-29"), ("2018 April", "2018-04", "2018-04")]),
    ("In 2019 May was the hottest month.", None, [("2019", "2019", "2019")]),  # not inside running text
    # a weekday that opens a full date after 'yesterday' is the date's
    ("The agreement was signed yesterday, Tuesday, July 16, between the cities.", "2013-07-17",
     [("yesterday", "2013-07-16", "2013-07-16"), ("Tuesday, July 16", "2013-07-16", "2013-07-16")]),
    # a range's end as 'the 27th'; a comma after the month or after an ordinal day where a year closes
    ("Exchange Program 2019\nFrom August 13th to the 27th, students stayed.", None,
     [("August 13th to the 27th", "2019-08-13", "2019-08-27")]),
    ("Elections for the disciplined services on February, 21, 2020.\n14th, October, 2004\nOver 70 Delegates", None,
     [("February, 21, 2020", "2020-02-21", "2020-02-21"), ("14th, October, 2004", "2004-10-14", "2004-10-14")]),
    ("In February, 21 delegates came.", "2020-03-02", [("February", "2020-02", "2020-02")]),  # no year closes it: 21 is a count
    # a relative day named by its weekday or its day in brackets is a date wherever it stands;
    # a weekday that does not fit drops it
    ("The fair wound up yesterday (Saturday); I am writing this today, Sunday. "
     "Findings come tomorrow Monday. He said yesterday (Friday) that it was over.", "2017-11-12",
     [("yesterday (Saturday)", "2017-11-11", "2017-11-11"),
      ("today, Sunday", "2017-11-12", "2017-11-12"), ("tomorrow Monday", "2017-11-13", "2017-11-13")]),
    ("The Commissioner stated this yesterday (16) at a press conference.", "2015-07-17",
     [("yesterday (16)", "2015-07-16", "2015-07-16")]),
    # a month name glued to its year or after its days
    ("The typhoon damage.\n\nDecember1966 – February 1967\n\nThe ECAFE met.", None,
     [("December1966 - February 1967", "1966-12", "1967-02")]),
    ("Posted 3 September 2012. The delegates visit Scotland next week (24-26September) to see the park.", None,
     [("3 September 2012", "2012-09-03", "2012-09-03"), ("24-26September", "2012-09-24", "2012-09-26")]),
    # a Japanese era's year written in English
    ("First shot of Reiwa 4. In 2018 (Heisei 30) and 2019 (Reiwa 1), 146 local governments joined.", None,
     [("Reiwa 4", "2022", "2022"), ("2018", "2018", "2018"), ("Heisei 30", "2018", "2018"), ("Reiwa 1", "2019", "2019")]),
    # a time after a day and its comma is no second day of a list
    ("October 30, 2011\nAnime Song Live – Nov. 5, 17:30\nCosplay Contest – Nov. 6, 13:00", None,
     [("October 30, 2011", "2011-10-30", "2011-10-30"), ("Nov. 5", "2011-11-05", "2011-11-05"), ("Nov. 6", "2011-11-06", "2011-11-06")]),
    # a year and the last two digits of a later one, anywhere (not a month, not a number)
    ("Hudson Lowe, Governor of St Helena 1813-16, and Still Life (1895–98).", None,
     [("1813-16", "1813", "1816"), ("1895-98", "1895", "1898")]),
    # a copyright line's year or years
    ("Copyright 2015 WXIX. All rights reserved. Site © 2010-2024 Foo.", None,
     [("2015", "2015", "2015"), ("2010-2024", "2010", "2024")]),
    # a year after "a" before a lowercase noun dates that thing; not before a unit
    ("Students said so in a 2008 survey, after a 1990 trip on a 2000 km route.", None,
     [("2008", "2008", "2008"), ("1990", "1990", "1990")]),
    # a year as the subject of marking or being; not an edition's name after a capitalised word
    ("The two cities met in Tokyo. 2022 marked the 50th year of the tie, and 2016 was the year of the first visit.", None,
     [("2022", "2022", "2022"), ("2016", "2016", "2016")]),
    # a year whose level a figure is measured against
    ("Emissions fell 29 percent below 1990 levels and will return to 2005 levels by 2030.", None,
     [("1990", "1990", "1990"), ("2005", "2005", "2005"), ("2030", "2030", "2030")]),
    # a list of days in capitals; the months of one span to another
    ("THE CLUBS WILL MEET ON 4, 5 AND 6 JUNE IN PARIS.", "2023-01-10", [("4, 5 AND 6 JUNE", "2023-06-04", "2023-06-06")]),
    ("Walks are held in the months of April to June each year.", "2019-03-01", [("April to June", "2019-04", "2019-06")]),
    # a range of two days each with its month, "the" and "till" as a catalogue writes them
    ("an exhibition running from the 7th of July till the 20th of August 2011, at the Catwalk", None,
     [("the 7th of July till the 20th of August 2011", "2011-07-07", "2011-08-20")]),
    ("held on the 3rd of May and the 4th of June 2012.", None,
     [("the 3rd of May", "2012-05-03", "2012-05-03"), ("the 4th of June 2012", "2012-06-04", "2012-06-04")]),
    # clipped years listed in a bracket after a country's name
    ("winners are Brazil (’06, ’08), and Japan (’09).", "2013-01-01",
     [("'06", "2006", "2006"), ("'08", "2008", "2008"), ("'09", "2009", "2009")]),
    # two days joined by "and" are one span when they follow each other, two dates when not
    ("Classes meet on June 4 and 18. The forum is on August 18 and 19.", "2018-03-03",
     [("June 4", "2018-06-04", "2018-06-04"), ("18", "2018-06-18", "2018-06-18"), ("August 18 and 19", "2018-08-18", "2018-08-19")]),
    ("New routes fly between June 12 and 18.", "2024-03-03", [("June 12 and 18", "2024-06-12", "2024-06-18")]),  # between: one span
    # two month names joined by a slash: a span of months, in the year written or the document's
    ("Nagano Teacher Visit – October/November 2012 Administration", None, [("October/November 2012", "2012-10", "2012-11")]),
    ("A return visit is planned for December/January.", "2014-06-01", [("December/January", "2014-12", "2015-01")]),
    # years joined by till; a resolution's formal day; a European day range in figures
    ("The project runs from 2018 till 2020.", None, [("2018 till 2020", "2018", "2020")]),
    # two years joined by "and" after "between" are one span; without "between" two years
    ("He was mayor of the city between 2003 and 2012.", None, [("2003 and 2012", "2003", "2012")]),
    ("In 2015 and 2016 they met.", None, [("2015", "2015", "2015"), ("2016", "2016", "2016")]),
    ("PASSED AND APPROVED this 16th day of February , 1999.", None, [("16th day of February , 1999", "1999-02-16", "1999-02-16")]),
    ("Visit to the city of Tallinn in Estonia 28-30.5.2018", None, [("28-30.5.2018", "2018-05-28", "2018-05-30")]),
    ("Learning partnership visit in Slovakia 29/04 – 1/5/2013", None, [("29/04 - 1/5/2013", "2013-04-29", "2013-05-01")]),
    # two month names joined by a dash: a range of months in the document's year
    ("Puppet Theater Foundation's Activities (May-July)\n+ Puppet Theater", "2005-03-03", [("May-July", "2005-05", "2005-07")]),
    # a year opening a line before a spaced dash: a record's or a timeline's entry
    ("Olympic Games\n1992 - Bronze\nWinners\n- 1990 - Osaka, Japan", None,
     [("1992", "1992", "1992"), ("1990", "1990", "1990")]),
    # a tour's days listed after their month with commas are one date, first to last
    ("Tour 2005\nMay 24, 27 Stockholm, Sweden\nJune 2, 4-5 Porto, Lisbon\nMay 23, 25, 26 Havana, Cuba", None,
     [("May 24, 27", "2005-05-24", "2005-05-27"), ("June 2, 4-5", "2005-06-02", "2005-06-05"), ("May 23, 25, 26", "2005-05-23", "2005-05-26")]),
    ("performances in Mumbai (January 21, 22 2008), and in Chennai", None, [("January 21, 22 2008", "2008-01-21", "2008-01-22")]),
    # not a list: a count after the date (27 people, 30 Concord delegates), a number glued to a
    # word (4X-weekly), days that fall (Nov. 15, 4)
    ("Arriving on April 10th, 30 Concord delegates will tour. Kuala Lumpur (Oct. 15, 4X-weekly); Nairobi (Nov. 15, 4 weekly)", "2012-01-01",
     [("April 10th", "2012-04-10", "2012-04-10"), ("Oct. 15", "2012-10-15", "2012-10-15"), ("Nov. 15", "2012-11-15", "2012-11-15")]),
    ("On May 24, 27 people attended the party.", "2025-01-01", [("May 24", "2025-05-24", "2025-05-24")]),
    # two weekdays before a range give its start's (and so its year)
    ("The festival returns on Saturday and Sunday, April 23-24, at the center.", "2022-04-20",
     [("Saturday and Sunday, April 23-24", "2022-04-23", "2022-04-24")]),
    # a year clipped by an apostrophe after a preposition or a place's name
    ("Spokane in '74 and Vancouver in ’86 were bookends (Knoxville '82, New Orleans '84).", None,
     [("'74", "1974", "1974"), ("'86", "1986", "1986"), ("'82", "1982", "1982"), ("'84", "1984", "1984")]),
    # today as a news story's day; not where it means nowadays
    ("Experts from Europe are in Manila today to share practices. The festival is still celebrated today. "
     "Cities today face many threats. It has more privilege today than before.", "2019-06-04",
     [("today", "2019-06-04", "2019-06-04")]),
    # an abbreviated month's period with the day glued to it
    ("The Ohana Festival on Jan.14, 2018, at the center.", None, [("Jan.14, 2018", "2018-01-14", "2018-01-14")]),
    ("On Jan.12, Ms. Lewis visited the museum.", "2016-02-01", [("Jan.12", "2016-01-12", "2016-01-12")]),
    ("The forum was held in Wellington 22/23 November 2018.", None, [("22/23 November 2018", "2018-11-22", "2018-11-23")]),
    ("The MoU was signed on 16-01-2018 at New Delhi.", None, [("16-01-2018", "2018-01-16", "2018-01-16")]),
    ("They stayed in Warstein from the 6th to the 7th April 2019.", None, [("6th to the 7th April 2019", "2019-04-06", "2019-04-07")]),
    ("held in Bangkok on the 1st. and 2nd. of February, 2012. Within", None, [("1st. and 2nd. of February, 2012", "2012-02-01", "2012-02-02")]),
    ("September 13, 2018\n\nThe trade, according to a January report in China Daily, grew.", None,
     [("September 13, 2018", "2018-09-13", "2018-09-13"), ("January", "2018-01", "2018-01")]),
    ("Brussels, 1 October 2009\n\nAt the December climate summit in Copenhagen", None,
     [("1 October 2009", "2009-10-01", "2009-10-01"), ("December", "2009-12", "2009-12")]),
    ("WASHINGTON (January 28, 2026) — World", None, [("January 28, 2026", "2026-01-28", "2026-01-28")]),
    ("It opened on 9 August 2021.", None, [("9 August 2021", "2021-08-09", "2021-08-09")]),
    ("Tuesday, March 12th, 2024", None, [("Tuesday, March 12th, 2024", "2024-03-12", "2024-03-12")]),
    ("on the 12th of March 2024", None, [("the 12th of March 2024", "2024-03-12", "2024-03-12")]),
    ("Nov. 18, 2024", None, [("Nov. 18, 2024", "2024-11-18", "2024-11-18")]),
    ("January 28,2026", None, [("January 28,2026", "2026-01-28", "2026-01-28")]),
    ("released in October 2021", None, [("October 2021", "2021-10", "2021-10")]),
    ("SEPTEMBER 2014 1", None, [("SEPTEMBER 2014", "2014-09", "2014-09")]),
    ("In March of 2014, the City", None, [("March of 2014", "2014-03", "2014-03")]),
    ("2024-03-12", None, [("2024-03-12", "2024-03-12", "2024-03-12")]),
    ("due 11/27/2025", None, [("11/27/2025", "2025-11-27", "2025-11-27")]),
    ("due 27/11/2025", None, [("27/11/2025", "2025-11-27", "2025-11-27")]),
    ("signed 21.07.2025 in", None, [("21.07.2025", "2025-07-21", "2025-07-21")]),
    ("submit by 5 March.", "2024-01-10", [("5 March", "2024-03-05", "2024-03-05")]),
    ("the 2024 edition of the report", None, [("2024", "2024", "2024")]),
    # Ranges with omitted parts.
    ("The meeting from 21 to 25 July 2025, brings", None, [("21 to 25 July 2025", "2025-07-21", "2025-07-25")]),
    ("held from 27 July to 2 August 2024.", None, [("27 July to 2 August 2024", "2024-07-27", "2024-08-02")]),
    ("31 July to 3 August 2022", None, [("31 July to 3 August 2022", "2022-07-31", "2022-08-03")]),
    ("Event (25-26 July 2025)", None, [("25-26 July 2025", "2025-07-25", "2025-07-26")]),
    ("Nov. 18-20, 2024", None, [("Nov. 18-20, 2024", "2024-11-18", "2024-11-20")]),
    (
        "On February 8th (Thursday) to 9th (Friday), 2024, the forum met.",
        None,
        [("February 8th (Thursday) to 9th (Friday), 2024", "2024-02-08", "2024-02-09")],
    ),
    ("The consortium in 2023 fiscal year delivered a course.", None, [("2023 fiscal year", "2023-04-01", "2024-03-31")]),
    ("July 31 - August 2, 2025", None, [("July 31 - August 2, 2025", "2025-07-31", "2025-08-02")]),
    ("December 28, 2024 to January 3, 2025", None, [("December 28, 2024 to January 3, 2025", "2024-12-28", "2025-01-03")]),
    ("from July to September 2025", None, [("July to September 2025", "2025-07", "2025-09")]),
    ("meetings on September 22, 24, 28 and 29 to", "2009-10-12", [("September 22, 24, 28 and 29", "2009-09-22", "2009-09-29")]),
    # A PDF line break inside a date is white space.
    ("released in 2018 and\n2019.", None, [("2018", "2018", "2018"), ("2019", "2019", "2019")]),
    ("The review opens in\nOctober, when", "2025-07-21", [("October", "2025-10", "2025-10")]),
    ("from 21 to 25\nJuly 2025", None, [("21 to 25\nJuly 2025", "2025-07-21", "2025-07-25")]),
    # Weekday checked.
    ("on Monday, 21 July 2025 at the", None, [("Monday, 21 July 2025", "2025-07-21", "2025-07-21")]),
    # Years with context.
    ("net-zero by 2050.", None, [("2050", "2050", "2050")]),
    ("In 2006, Hartford became", None, [("2006", "2006", "2006")]),
    ("released in 2018 and 2019.", None, [("2018", "2018", "2018"), ("2019", "2019", "2019")]),
    ("between 2018 and 2022", None, [("2018 and 2022", "2018", "2022")]),
    ("Fortaleza's Re-Ciclo (2024), which", None, [("2024", "2024", "2024")]),
    ("UNDP's 2023 Multidimensional Vulnerability Index", None, [("2023", "2023", "2023")]),
    ("2012 Clean Energy Task Force is created", None, [("2012", "2012", "2012")]),
    ("The plan covers 2015-2020 and beyond.", None, [("2015-2020", "2015", "2020")]),
    ("since mid-2025", None, [("2025", "2025", "2025")]),
    ("released by late 2029.", None, [("2029", "2029", "2029")]),
    ("in the year 2050", None, [("2050", "2050", "2050")]),
    ("by year-end 2025", None, [("2025", "2025", "2025")]),
    ("around 2030, cities", None, [("2030", "2030", "2030")]),
    # Parts of years, fiscal years.
    ("publication in the second half 2027.", None, [("the second half 2027", "2027-07", "2027-12")]),
    ("in the first half of 2026", None, [("the first half of 2026", "2026-01", "2026-06")]),
    ("Q3 2025", None, [("Q3 2025", "2025-07", "2025-09")]),
    ("FY2026 budget", None, [("FY2026", "2026-04-01", "2027-03-31")]),
    ("FY 2025-26", None, [("FY 2025-26", "2025-04-01", "2026-03-31")]),
    # No year written: the document's year.
    ("MOMBASA, Kenya, Jul 21 - The", "2025-07-21", [("Jul 21", "2025-07-21", "2025-07-21")]),
    ("The review opens in October, when", "2025-07-21", [("October", "2025-10", "2025-10")]),
    ("adoption on October 12. Once", "2009-10-12", [("October 12", "2009-10-12", "2009-10-12")]),
    # Two complete dates joined by "and" are two dates; one year written at the end serves both.
    (
        "on Saturday, August 8 and Monday, August 10 respectively",
        "2009-07-20",
        [("Saturday, August 8", "2009-08-08", "2009-08-08"), ("Monday, August 10", "2009-08-10", "2009-08-10")],
    ),
    ("held on 21 July and 25 July 2025 in", None, [("21 July", "2025-07-21", "2025-07-21"), ("25 July 2025", "2025-07-25", "2025-07-25")]),
    ("surveys in June 2024 and March 2025", None, [("June 2024", "2024-06", "2024-06"), ("March 2025", "2025-03", "2025-03")]),
    ("on Oct. 1st and Oct. 3rd the team met", "2015-08-20", [("Oct. 1st", "2015-10-01", "2015-10-01"), ("Oct. 3rd", "2015-10-03", "2015-10-03")]),
    # ... but "between ... and", a range word, and a list of days under one month are ranges.
    ("between July 1 and August 31, 2025", None, [("July 1 and August 31, 2025", "2025-07-01", "2025-08-31")]),
    ("from Friday, August 7 to Monday, August 10", "2009-07-20", [("Friday, August 7 to Monday, August 10", "2009-08-07", "2009-08-10")]),
    ("on July 1 and 2 the city", "2015-05-20", [("July 1 and 2", "2015-07-01", "2015-07-02")]),
    # two months joined by "and" are two dates (the golds 31 to 6); "between" keeps one span
    ("talks in May and June", "2015-08-20", [("May", "2015-05", "2015-05"), ("June", "2015-06", "2015-06")]),
    ("between May and September, three", "2018-10-22", [("May and September", "2018-05", "2018-09")]),
    ("works run from May to June", "2015-08-20", [("May to June", "2015-05", "2015-06")]),
    ("the vote is scheduled for June", "2015-08-20", [("June", "2015-06", "2015-06")]),
    # No document date: the nearest year before, else after; an event name's year serves.
    ("The summit will be held 12-13 October 2015. Registration closes on 30 September.", None, [("12-13 October 2015", "2015-10-12", "2015-10-13"), ("30 September", "2015-09-30", "2015-09-30")]),
    ("Smart City Expo 2015\nThe expo takes place from Tuesday 17 November to Thursday 19 November.", None, [("Tuesday 17 November to Thursday 19 November", "2015-11-17", "2015-11-19")]),
    ("The delegation visited Suzhou (8/25-8/27) and Hangzhou in 2009.", None, [("8/25-8/27", "2009-08-25", "2009-08-27"), ("2009", "2009", "2009")]),
    # A year alone in brackets after a name.
    ("Toronto (1992), Saitama (1995) and Dessau (2000)", None, [("1992", "1992", "1992"), ("1995", "1995", "1995"), ("2000", "2000", "2000")]),
    # Month names with a relative word count from the document date.
    ("This past June, the council adopted", "2015-08-20", [("This past June", "2015-06", "2015-06")]),
    ("the plan adopted last June", "2015-03-10", [("last June", "2014-06", "2014-06")]),
    ("the plan adopted last June", "2015-08-20", [("last June", "2015-06", "2015-06")]),
    ("will open next March", "2015-08-20", [("next March", "2016-03", "2016-03")]),
    ("will open next March", "2015-02-10", [("next March", "2015-03", "2015-03")]),
    ("due this coming May 5", "2015-02-10", [("this coming May 5", "2015-05-05", "2015-05-05")]),
    ("this June, cities will", "2015-02-10", [("this June", "2015-06", "2015-06")]),
    ("last June 2014", "2015-08-20", [("June 2014", "2014-06", "2014-06")]),
    ("in June last year", "2015-08-20", [("June last year", "2014-06", "2014-06")]),
    ("on 5 May next year", "2015-08-20", [("5 May next year", "2016-05-05", "2016-05-05")]),
    # Relative expressions.
    ("earlier this month, the mayor", "2015-05-20", [("this month", "2015-05", "2015-05")]),
    ("Last month, the city", "2015-05-20", [("Last month", "2015-04", "2015-04")]),
    ("data released last month", "2015-01-20", [("last month", "2014-12", "2014-12")]),
    ("opens next month", "2015-12-03", [("next month", "2016-01", "2016-01")]),
    ("last year's plan", "2015-05-20", [("last year", "2014", "2014")]),
    ("the last fiscal year", "2015-05-20", []),
    ("in the last fiscal year", "2015-05-20", []),
    ("results for last fiscal year", "2015-05-20", [("last fiscal year", "2014-04-01", "2015-03-31")]),
    ("ahead of this year's conference", "2025-11-05", [("this year", "2025", "2025")]),
    ("This year's finalists", "2026-01-28", [("This year", "2026", "2026")]),
    ("next year", "2025-11-05", [("next year", "2026", "2026")]),
    ("The forum concluded today with", "2025-11-05", [("today", "2025-11-05", "2025-11-05")]),
    ("The events beginning today run through", "2010-11-16", [("today", "2010-11-16", "2010-11-16")]),
    # US numeric dates with a two-digit year, as news listings write them
    ("Dem Mayors 6/22/21 Washington Post Opinion", None, [("6/22/21", "2021-06-22", "2021-06-22")]),
    # next/last + weekday from the document date (never the document's own day)
    ("The forum will kick off next Monday. Last Friday the mayors met.", "2021-11-05", [("next Monday", "2021-11-08", "2021-11-08"), ("Last Friday", "2021-10-29", "2021-10-29")]),
    # a news weekday after "<verb>ed in <Place>" is in the past
    ("Delegates gathered in St. Louis Thursday for the conference.", "2003-07-25", [("Thursday", "2003-07-24", "2003-07-24")]),
    # years heading the clauses of a list of venues
    ("Previous summits were held -- 2014 in Washington, D.C.; 2015 in Chicago; and 2023 in Suzhou, China.", None, [("2014", "2014", "2014"), ("2015", "2015", "2015"), ("2023", "2023", "2023")]),
    # a year alone in a table's cell, or opening a timeline's line before a colon
    ("| 2 | 2014 | 仁川 | 韓国 |\n| 3 | 2018 | Jakarta |", None, [("2014", "2014", "2014"), ("2018", "2018", "2018")]),
    ("Upcoming Tour\n\n2024: France & Spain\n2019: Baltics", None, [("2024", "2024", "2024"), ("2019", "2019", "2019")]),
    # a lower-case month is safe with a day and a year
    ("11 october 2024 Strasbourg, France", None, [("11 october 2024", "2024-10-11", "2024-10-11")]),
    # a year closing a bracketed note
    ("| Bilbao (Laureate, 2010) | Bilbao Metropoli 30", None, [("2010", "2010", "2010")]),
    # Today heading a sentence that reports what happened is the document's date
    ("It was cold. Today, President Biden addressed the mayors.", "2022-01-21", [("Today", "2022-01-21", "2022-01-21")]),
    # an ISO timestamp's date, even glued to the word before by page furniture
    ("Bristol Declaration 20182018-10-30T16:12:12+01:00", None, [("2018-10-30", "2018-10-30", "2018-10-30")]),
    ("This year, too, the Network grew", "2021-11-19", [("This year", "2021", "2021")]),
    # datelines: numeric month and day after the publisher's separator; a two-digit year
    ("UNESCO | 11 19, 2021\nCities", None, [("11 19, 2021", "2021-11-19", "2021-11-19")]),
    ("LONDON, 1 Jun 11 - Mayors gathered", None, [("1 Jun 11", "2011-06-01", "2011-06-01")]),
    # news weekdays (2021-05-05 is a Wednesday): past tense -> on or before, future -> on or after
    ("Mayor Lee said Wednesday the plan works.", "2021-05-05", [("Wednesday", "2021-05-05", "2021-05-05")]),
    # a verb of travel before a weekday; a statement's day
    ("The mayor will leave Monday for a trade mission, his office said in a statement Friday.", "2018-07-21",
     [("Monday", "2018-07-23", "2018-07-23"), ("Friday", "2018-07-20", "2018-07-20")]),
    ("The council approved it on Monday.", "2021-05-05", [("Monday", "2021-05-03", "2021-05-03")]),
    # a weekday right before a past verb, as news agencies write it; 'then' before a weekday
    ("Riverside officials Wednesday requested donations of face masks.", "2020-02-12", [("Wednesday", "2020-02-12", "2020-02-12")]),
    ("Then Tuesday, another Chinese city reached out.", "2020-02-12", [("Tuesday", "2020-02-11", "2020-02-11")]),
    ("The Wednesday market opened early.", "2020-02-12", []),
    ("On Thursday, the mayors meet again.", "2021-05-05", [("Thursday", "2021-05-06", "2021-05-06")]),
    ("The mayors will meet on Tuesday.", "2021-05-05", [("Tuesday", "2021-05-11", "2021-05-11")]),
    # "this morning" is no date: the read golds take it 2 times in 43 (a reporter's morning,
    # not the document's day); "yesterday" and "tonight" stay dates
    ("The forum began in Dubai this morning. The this morning session ran long.", "2019-10-07", []),
    # the past tense a long clause before the weekday
    (
        "The Chief Minister inaugurated the plenary meeting of the Asian Network of Major Cities (ANMC-21) in the Capital on Wednesday.",
        "2002-11-21",
        [("Wednesday", "2002-11-20", "2002-11-20")],
    ),
    ("The talks began Wednesday, 5 May 2021.", "2021-05-07", [("Wednesday, 5 May 2021", "2021-05-05", "2021-05-05")]),
    ("Mayor Lee said Wednesday the plan works.", "2021-05", []),  # no full document date
    # a month abbreviation, day and year joined by dots (a table of partner cities)
    ("Shenzhen China May.17.2007 1,952 8,912", None, [("May.17.2007", "2007-05-17", "2007-05-17")]),
    # the verb may stand a clause away; a future word before wins over "officials said" after
    ("The congress, which opened in the central city, 140 km south of Seoul, on Monday for a five-day run.", "2022-10-13", [("Monday", "2022-10-10", "2022-10-10")]),
    ("The election is slated for Friday, the officials said.", "2022-10-13", [("Friday", "2022-10-14", "2022-10-14")]),
    # a weekday and a part of the day before a full date are that date's
    ("The council approved it on Tuesday morning, June 18, 2024.", "2024-06-20", [("June 18, 2024", "2024-06-18", "2024-06-18")]),
    # today after a past-tense verb in its clause, or before "…, X announced"; not "and today"
    # after a past, nor today as "nowadays"
    ("Representatives visited Broken Hill today to deliver relief.", "2018-10-31", [("today", "2018-10-31", "2018-10-31")]),
    ("During a virtual convening today, Climate Mayors announced a plan.", "2022-12-14", [("today", "2022-12-14", "2022-12-14")]),
    ("Cities today face many challenges.", "2022-12-14", []),
    ("Climate Alliance members adopted the city network’s new charter yesterday at their assembly.", "2021-09-09", [("yesterday", "2021-09-08", "2021-09-08")]),
    # a month between an article and the noun it describes; May as a verb is no month
    ("The August visit coincides with the festival. The board may decide.", "2018-06-13", [("August", "2018-08", "2018-08")]),
    ("The May meeting and the year’s November summit", "2018-06-13", [("May", "2018-05", "2018-05"), ("November", "2018-11", "2018-11")]),
    # a weekday and an ordinal day take the month of the date before, if the weekday fits it
    ("It runs from 15 to 19 September 2017; delegates arrive on Sunday the 17th.", None, [("15 to 19 September 2017", "2017-09-15", "2017-09-19"), ("Sunday the 17th", "2017-09-17", "2017-09-17")]),
    ("The talks were held in June 2017. The team met on Sunday the 17th.", None, [("June 2017", "2017-06", "2017-06")]),
    # a weekday before a US numeric month/day: a date only where the weekday fits
    ("Tune in to Beyond Borders (Wed., 9/20, 12-2 p.m.) and World Turning (Fri., 9/22). Thursday 9/20.", "2017-09-01",
     [("Wed., 9/20", "2017-09-20", "2017-09-20"), ("Fri., 9/22", "2017-09-22", "2017-09-22")]),
    ("Work could begin as early as 2027 and end no later than 2030.", None,
     [("2027", "2027", "2027"), ("2030", "2030", "2030")]),
    # "the" before an ordinal day and its month
    ("The busiest day being the 22nd July with over 13,500 passengers.", "2015-12-01", [("the 22nd July", "2015-07-22", "2015-07-22")]),
    # a date naming a street or a square is part of that name
    ("A party in the middle of the 9th of July Avenue on 6 October 2018.", None, [("6 October 2018", "2018-10-06", "2018-10-06")]),
    ("The ministry held 71 exhibitions between January and the end of December 2017.", None, [("January and the end of December 2017", "2017-01", "2017-12")]),
    # an ordinal day after a preposition and 'the', anchored to the date before
    ("Published November 2009\n\nThe fair will end on the 27th. In the 21st century. On the 27th session.", None, [("November 2009", "2009-11", "2009-11"), ("the 27th", "2009-11-27", "2009-11-27")]),
    # a sentence opening with "On the 15th", a day before "with"
    ("Held in June 2019. It will start on the 14th with a Youth Training. On the 15th, a seminar.", None, [("June 2019", "2019-06", "2019-06"), ("the 14th", "2019-06-14", "2019-06-14"), ("the 15th", "2019-06-15", "2019-06-15")]),
    # a European dotted date with spaces
    ("Friday, 26. 10. 2012\n\nStrategies for change.", None, [("Friday, 26. 10. 2012", "2012-10-26", "2012-10-26")]),
    # a season and its year: dated at the year (a season's months differ between the hemispheres)
    ("Details to be announced in Summer 2016. The fall of 2019 was busy.", None, [("Summer 2016", "2016", "2016"), ("fall of 2019", "2019", "2019")]),
    ("We fall 2019 times short.", None, [("2019", "2019", "2019")]),
    # two months and the year after "of" they share, not the document's year
    ("The mission took place in April and May of 2010.", "2011-03-01", [("April and May of 2010", "2010-04", "2010-05")]),
    # a two-digit year after an apostrophe, then month and day (Korean tables)
    ("Beijing, China\n‘94.10.18 1,250,000 50.7㎢ The city", None, [("'94.10.18", "1994-10-18", "1994-10-18")]),
    # a tilde between the ends of an English range (Japanese authors' English)
    ("June 28~30, 2019 at the store; October 30~November 3, 2019 in Kaohsiung.", None, [("June 28~30, 2019", "2019-06-28", "2019-06-30"), ("October 30~November 3, 2019", "2019-10-30", "2019-11-03")]),
    # a range's end day before its month keeps "this year" apart, as its own date
    ("Africities is from the 17th to 21st May this year.", "2022-03-01", [("17th to 21st May", "2022-05-17", "2022-05-21"), ("this year", "2022", "2022")]),
    # full dates joined by a dash (its years on both ends), and days joined by an em dash
    ("During the World Expo, 20 October 2020–10 April 2021, many events.", None, [("20 October 2020-10 April 2021", "2020-10-20", "2021-04-10")]),
    ("The conference held 14—15 May 2018.", None, [("14—15 May 2018", "2018-05-14", "2018-05-15")]),
    # a month and a two-digit year after an apostrophe (informal English)
    ("He first visited Queenstown in March, '92, and coordinated the exchange.", None, [("March, '92", "1992-03", "1992-03")]),
    # year, month and day each closed by a dot and a space (Korean and Hungarian pages)
    ("By: Trademagazin editor Date: 2021. 11. 18. 11:22", None, [("2021. 11. 18.", "2021-11-18", "2021-11-18")]),
    # a day, month name and year joined by dashes or slashes (bylines, report covers)
    ("Published: 19-Aug-2010\nBy staff", None, [("19-Aug-2010", "2010-08-19", "2010-08-19")]),
    ("Minutes 5/JUN/19 of the committee", None, [("5/JUN/19", "2019-06-05", "2019-06-05")]),
    # US order with dashes when the middle number cannot be a month; ambiguous ones stay day-first
    ("Source: Haibao News 02-23-2024 15:10:00", None, [("02-23-2024", "2024-02-23", "2024-02-23")]),
    ("Committee Minutes (11-17-2005) and 03-04-2024", None, [("11-17-2005", "2005-11-17", "2005-11-17"), ("03-04-2024", "2024-04-03", "2024-04-03")]),
    # two whole numeric dates joined by "to" or a dash are one span, read as the text reads them;
    # not where the second comes first
    ("The exhibition is open from 08/02/2011 to 19/02/2011 at the library.", None, [("08/02/2011 to 19/02/2011", "2011-02-08", "2011-02-19")]),
    ("Shown 3/7/2020 - 3/5/2020 (sic)", None, [("3/7/2020", "2020-03-07", "2020-03-07"), ("3/5/2020", "2020-03-05", "2020-03-05")]),
    # a lower-case month and a year after a word of time
    ("In march 1995, the European Commission began a campaign.", None, [("march 1995", "1995-03", "1995-03")]),
    # "through to" joins a range's ends as "through" does
    ("The trials will take place from Friday, September 13 through to Sunday, September 15, 2019, at the farm.", None,
     [("Friday, September 13 through to Sunday, September 15, 2019", "2019-09-13", "2019-09-15")]),
    # a year before 1800 after a word of time, closing its clause or before a function word
    ("Work on Conwy Castle began in 1283 and the town walls followed. The archive dates back to 1624, and the mill as far as 1780.", None,
     [("1283", "1283", "1283"), ("1624", "1624", "1624"), ("1780", "1780", "1780")]),
]

EN_NOT = [
    "The Heisei 30 years passed quickly.",  # an era's length in years, no year of it
    "In every early November, a festival of lights is held. Each May the choir sings.",  # a recurring month
    "The game has 2000 levels and the tower 1990 levels.",  # levels counted, no figure measured against a year
    "Unit 9333 is a 2004 International ambulance.",  # a model's year before its maker's name
    "In 1500 people attended; the trail climbs from 1200 metres.",  # a count or a measure before 1800
    "We march 2000 people to the square.",  # a lower-case month word as a verb before a number
    "In the '90s he said 'go' and '12 is fine'.",  # a decade; an apostrophe's number after a verb
    "Jimin Nam, class of ‘15, gave a talk.",  # a class's year: no date of the text
    "Dewey came in the late 1800's and the 1920’s.",  # a decade, not a year
    "| 2 | 3,600 | 41 |\nCall 2019: now",  # a number in a cell; a year after a word, before a colon
    "Call 212/371-4727 in New York or 213/623-1952 in Los Angeles.",  # a phone number's last digits
    "ISBN 978-02-23-2024 and part no. 12-31-20245",  # digits inside longer numbers
    "Ref 19-Aug-2010a",  # a reference code
    "Last summer, four delegates visited; they come back this fall.",  # seasons without a year: golds leave them
    "Leaves will fall this way every autumn.",  # fall as a verb, a season without a relative word
    "The pledge was published in the magazine Cities Today, the influential site.",  # a name
    "The network was founded in 1990s style and today has 500 members.",  # and today: the present
    "the implementation of the 2030 Agenda",  # an agenda named for its goal year
    "Wednesday's meeting",  # a weekday as a name, not a time adverb
    "Ash Wednesday services",
    "the cities 11 19, 2021",  # numeric month-day only in a dateline
    "Friday for Future",  # a weekday in a name
    "APCC-Forum 2026 will",  # numbers inside names
    "GREEN × EXPO 2027 is",
    "at COP30 in Belém",
    "Climate Change 2021: the Physical Science Basis",
    "Agenda 2030 Goals",
    "a 22-mile loop",  # measures, counts, money
    "over 29,000 permanent jobs",
    "Our 2,000+ staff",
    "Jan 2,345 Feb 2,310",  # a table of monthly figures
    "Mar 12.5%",
    "$250,000 prize",
    "the 2000 participants",
    "around 2000 people attended",
    "reports every 5 to 7 years",  # durations and decades
    "for decades to come",
    "in the 1990s",
    "the three-year competition",
    "from 8.30am to 9.00am",  # times of day
    "AR7 and the 61st Session",  # ordinals
    "Working Group II Co-Chair",
    "ICH (1841 Broad) is",  # addresses
    "at 2100 Main Street in",
    "call 225-2190 now",  # phone numbers
    "improve lives today",  # today without a reporting verb
    "Today, more than half of the world's population lives in cities.",  # today as 'nowadays'
    "mix 1/2/3 cups",  # not a date
    "you may 12 june",  # not a date: the lower-case month needs a year
    "to announce today's winners",
    "cities of tomorrow",
    "The Mayor may decide",  # may is not May
    "over the last year",  # a duration
    "over the last month",
    "at its last June meeting",  # a month name qualifying a noun
    "the next March session",
    "Total (2010)",  # a figure after a count label
    "Vietnam – Japan Festival 2023 is taking place; WSJ 2019 was the biggest.",  # an edition's name
    "sizes 4/10-4/12/2013",  # a slash range read day first only when its first day is above 12
]


@pytest.mark.parametrize("text,doc_date,expected", EN, ids=[t for t, _, _ in EN])
def test_english_dates(text, doc_date, expected):
    assert values(text, doc_date) == expected


@pytest.mark.parametrize("text", EN_NOT)
def test_english_not_dates(text):
    assert [t for t, *_ in run(text, "2025-01-01")] == []


# --- flags -----------------------------------------------------------------------------------


def test_weekday_mismatch_is_flagged_not_dropped():
    (m,) = run("令和7年11月25日(水)")  # 2025-11-25 is a Tuesday
    assert m[1:3] == ("2025-11-25", "2025-11-25") and "weekday_mismatch" in m[3]
    (m,) = run("Tuesday, 21 July 2025")  # a Monday
    assert "weekday_mismatch" in m[3]
    (m,) = run("令和7年11月25日(火)～27日(木)")
    assert "weekday_mismatch" not in m[3]


def test_what_cannot_be_resolved_is_dropped_not_emitted_with_null_values():
    assert run("11月25日に開催") == []  # no document date and no year anywhere
    assert run("next year") == []  # relative, no document date
    assert run("last month and this June, 本年7月、来年度、先月、本日") == []
    assert run("同年4月1日に開始し、同月15日に終了", "2024-09-01") == []  # nothing before 同年
    for text in ("11月25日に開催", "next year", "2024年4月1日に開始し、同月15日に終了", "on 5 August"):
        for _, start, end, _ in run(text):
            assert start is not None and end is not None


def test_year_from_context_and_weekday_are_flagged():
    (_, m) = run("2019年に始まった交流事業の記念式典を、7月12日(日)に開催します。")
    assert m[3] == ["year_from_context", "year_from_weekday"]
    (_, m) = run("2015年の事業。7月12日(日)に開催")
    assert m[1:] == ("2015-07-12", "2015-07-12", ["year_from_context"])
    (_, m) = run("2015年の事業。7月12日(日)に開催", "2015-05-01")  # the document date: no flag
    assert m[3] == []


def test_weekdays_give_a_dateless_text_one_year_after_its_history():
    # the years written are history; the weekdays fit 2024, the first fit from the latest
    # written year forward, and every yearless date of the text takes it
    text = (
        "○ 訪問団が、6月18日~19日の日程で福岡県を訪問します。\n"
        "○ 県と江蘇省は、1992年の友好提携締結以来交流を深め、2022年に友好提携30周年を迎えました。\n"
        "日 時:6月18日(火)15時05分~16時05分\n取材の申込みは6月17日(月)12時までに。"
    )
    got = {t: (a, b) for t, a, b, _ in run(text)}
    assert got["6月18日~19日"] == ("2024-06-18", "2024-06-19")
    assert got["6月17日(月)"] == ("2024-06-17", "2024-06-17")
    # weekdays that fit no single year leave each date to its own context
    got = {t: a for t, a, _, _ in run("2019年の記録。12月20日(金)に式典、1月10日(金)に報告会。")}
    assert got["12月20日(金)"] == "2019-12-20"
    # a weekday that fits the nearest year written keeps it (a chronicle of that year)
    got = {t: a for t, a, _, _ in run("2022年に視察。2013年の記録:6月18日(火)に会議。")}
    assert got["6月18日(火)"] == "2013-06-18"


def test_a_founding_year_is_no_context_for_the_dates_around_it():
    # 1994 dates the founding; nothing else says the year: the date is left out
    assert run("福岡市の提唱により1994年に創設された会議。鹿児島市で8月19日(金)に実務者会議を開く。") == [
        ("1994年", "1994", "1994", [])
    ]
    # a year with an anniversary in its clause is the present (2022年に提携30周年)
    got = {t: a for t, a, _, _ in run("1992年の友好提携締結以来、2022年に提携30周年を迎えた。6月1日に式典。")}
    assert got["6月1日"] == "2022-06-01"
    # English: founded in, since
    assert [t for t, *_ in run("The network, founded in 1994, meets on 19 August.")] == ["1994"]


def test_one_day_first_numeric_date_makes_the_others_day_first():
    got = {t: a for t, a, _, _ in run("Publication Date: 10/05/2024\nUpdated: 16/09/2024")}
    assert got == {"10/05/2024": "2024-05-10", "16/09/2024": "2024-09-16"}
    # otherwise the US order
    got = {t: a for t, a, _, _ in run("Published 10/05/2024. Updated 11/27/2024.")}
    assert got == {"10/05/2024": "2024-10-05", "11/27/2024": "2024-11-27"}



def test_a_weekday_beside_a_numeric_date_picks_the_order_it_fits():
    # 11 December 2018 was a Tuesday, 12 November a Monday
    got = {t: a for t, a, _, _ in run("The mayor spoke on Tuesday (11/12/2018).")}
    assert got["11/12/2018"] == "2018-12-11"
    got = {t: a for t, a, _, _ in run("The mayor spoke on Monday (11/12/2018).")}
    assert got["11/12/2018"] == "2018-11-12"
    # 7 June 2025 was a Saturday: the day-first reading, weekday and all
    assert {t: a for t, a, _, _ in run("Saturday, 07/06/2025 15:25")} == {"Saturday, 07/06/2025": "2025-06-07"}
    # a weekday neither reading fits changes nothing (the US order)
    got = {t: a for t, a, _, _ in run("The mayor spoke on Friday (11/12/2018).")}
    assert got["11/12/2018"] == "2018-11-12"


def test_two_digit_years_take_the_century_of_a_fixed_pivot():
    got = {t: a for t, a, _, _ in run("1969年度から留学生を、85年度から研修員を受け入れた。")}
    assert got["85年度"] == "1985-04-01"


def test_hiragana_relative_words_of_news_style():
    got = {t: a for t, a, _, _ in run("きょう(4日)和歌山市で会合が開かれた。ことしは11月にラオスで開く。", "2018-07-04")}
    assert got["きょう(4日)"] == "2018-07-04"
    assert got["ことし"] == "2018"
    assert [a for t, a, _, _ in run("ことし夏の交流に向けて説明会を開いた。", "2024-02-29")] == ["2024"]
    assert run("きょうだいで参加した。", "2018-07-04") == []


def test_a_start_or_a_goal_year_is_no_context():
    # 1995 starts what goes on; 7月 is of the text's own year, which nothing here gives
    assert [t for t, *_ in run("交流事業は1995年から行われており、今年は7月に来日した。")] == ["1995年"]
    # a goal year (by 2030) gives no year to Oct. 15
    assert [t for t, *_ in run("Launched on Oct. 15, the pact sets a 40 percent cut by 2030.")] == ["2030"]
    # nor does a target year written without a date (the EU 2030 target)
    assert run("It was launched yesterday (Oct. 15), backing the new EU 2030 target of 40 percent.") == []


def test_a_tab_bar_of_years_is_no_context():
    # the page's own year is its title's; the tabs beside it are navigation
    text = "2018年度 業務活動内容\n\n2015年度2016年度2017年度2018年度2019年度2020年度\n\n【4月】\n■4月1日 来訪"
    got = {t: a for t, a, _, _ in run(text)}
    assert got["4月1日"] == "2018-04-01"
    assert got["2020年度"] == "2020-04-01"  # the tabs are still dates


def test_bare_day_without_a_date_before_it_is_dropped():
    assert run("※27日は視察", "2025-11-27") == []


def test_fiscal_year_attribute():
    doc = _doc("令和8(2026)年度")
    (c,) = dates.complete(doc, dates.recognise(doc))
    assert c.attrs["fiscal_year"] is True


# --- the document's own date -----------------------------------------------------------------

DOC_DATES = [
    # an English bulletin's issue line
    ("Mayors for Peace News Flash (May 2015) No.65\n\nDear member cities,\nJune 19 - Hiroshima: the mayor spoke.", "2015-05", "issue line"),
    # a news agency in brackets between a dateline's date and its dash
    ("Mayor runs\n\nDAEJEON, Oct. 13, 2022 (Yonhap) -- The mayor of Daejeon", "2022-10-13", "dateline"),
    # a web page's last-update line says when it was edited, not when it was issued …
    ("更新日:2016年9月20日\n2013年度(平成25年度) > 5月 > 開催地について\n本日5月14日の閣議において選定された。", None, None),
    ("Last updated: 12 March 2024\nCity news\nThe council, which first met on 3 May 2021, adopted a plan for the city centre.", None, None),
    # … but when no other year is written, it is the best date the page has (昨年, ことし)
    ("Last updated: 12 March 2024\nCity news\nThe council met.", "2024-03-12", "update line"),
    ("ページ番号:0054207 更新日:2024年2月29日更新\n\n昨年夏に4年ぶりに再開した交流。ことし夏の交流に向けて", "2024-02-29", "update line"),
    # … and a list of other pages (a bullet, a date, a title) is neither the page's date line
    # nor a year written in it
    (
        "義援金が送られました\n更新日:2011年6月13日\n去る3月11日に発生した震災を受けて\n他の記事\n"
        "- 2024年8月16日 令和6年能登半島地震に伴う義援金のお礼\n- 2020年11月12日 令和2年7月豪雨に伴う義援金のお礼",
        "2011-06-13",
        "update line",
    ),
    ("Council news\n- 12 May 2025\nThe council met.", "2025-05-12", "date line"),
    # a Japanese bullet needs no space after it: an event's date in a list is no date line
    ("マスク寄付について\n・1983年(昭和58年)11月に友好都市を締結。\n・4月3日(金):承徳市から連絡がある。", None, None),
    ("アジア・スマートシティ会議2025の開催結果について\n\n国際・経済・港湾委員会資料\n令和7年12月11日\n国際局\n", "2025-12-11", "date line"),
    ("横浜市がアジア初の署名都市に\nOn 2025年11月27日\n2025年11月25日から26日にかけて", "2025-11-27", "date line"),
    ("広報あつぎ 第1436号(2024年12月1日発行)\n【Zoom Up】協定を締結\n", "2024-12-01", "issue line"),
    ("広報くらしき2025年1月号\n〔特集2〕MICE誘致を\n11月26日?28日", "2025-01", "issue line"),
    ("Title here\n\nSingapore, 7 May 2024 – The city announced", "2024-05-07", "dateline"),
    # a place and the date alone on a line is a dateline; it beats a site's date at the top
    ("Friday 3 May 2024\n»\nStory\n\nHalal expo hosts firms\n\nDubai, November 26, 2009\n\nThe expo opened.", "2009-11-26", "dateline"),
    ("Friday 3 May 2024\nStory\n\nMinutes, November 26, 2009\n\nThe board met.", "2024-05-03", "date line"),
    ("UNESCO | 11 19, 2021\nThe Network met in Paris on 3 December.", "2021-11-19", "date line"),
    ("Mayors meet\n\nLONDON, 1 Jun 11 - Mayors gathered on Monday.", "2011-06-01", "dateline"),
    ("RELEASE: X\n\nNew commitments RIO DE JANEIRO (November 5, 2025) — The forum", "2025-11-05", "dateline"),
    ("Title\n\nApril 30, 2026 — The Toyota Mobility Foundation", "2026-04-30", "dateline"),
    ("Title\n" + "• a highlight of the summit.\n" * 30 + "Rio de Janeiro, Brazil (3 November 2025) – Mayors", "2025-11-03", "dateline"),
    ("Title\n\nactions 21 April 2026, Colombo, Sri Lanka: The Government", "2026-04-21", "dateline"),
    ("Title\n\nNEW YORK, March 5, 2024 /PRNewswire/ -- Today", "2024-03-05", "dateline"),
    # a news agency in brackets between a comma and a colon
    ("Meet to discuss cities\n\nNew Delhi, Mar 5, 2013, (IANS): Experts and professionals", "2013-03-05", "dateline"),
    # a title's words before a date in brackets are no place: the dateline below is the date
    ("UNEP/285\n\nMayors to Mark World Environment Day (5 June 2005) – with Accords\n\nNAIROBI, 10 May 2005 (UNEP) -- A mayor", "2005-05-10", "dateline"),
    (
        "IPCC authors gather\n\nMOMBASA, Kenya, Jul 21 - The meeting in Mombasa from 21 to 25 July 2025, brings",
        "2025-07-21",
        "dateline",
    ),
    ("Plan\n" + "filler " * 100 + "\nSEPTEMBER 2014 1\ntext\nSEPTEMBER 2014 2\ntext\nSEPTEMBER 2014 3\n", "2014-09", "running footer"),
    # a news copy's credit line at its end dates it
    ("友好都市交流大会\n" + "中国は世界の都市と友好都市関係を結んでいる。" * 40 + "\n「人民網日本語版」2007年10月24日", "2007-10-24", "closing line"),
    ("A title\n\nNo date in this text at all.", None, None),
    # without a date line, the first date in the head is the document's date…
    ("交流事業の報告\n2024年5月10日、市長が市役所で米国からの訪問団を迎え、交流の今後について意見を交わした。", "2024-05-10", "first date in the head"),
    # …also before a coming event of the next year (announced Aug. 16, held April 2023)…
    ("Summit news\nThe summit announced on 16 August 2022 will be held in Denver in April 2023.", "2022-08-16", "first date in the head"),
    # …but not when a later dated month in the head makes it history
    ("訪問団の報告\n日程 平成19年10月16日〜10月23日\nドイツの市とは平成3年5月26日に協定に調印した。", None, None),
]


@pytest.mark.parametrize("text,expected,how", DOC_DATES, ids=[e or "none" for _, e, _ in DOC_DATES])
def test_document_date(text, expected, how):
    doc = _doc(text)
    assert document_date(doc, dates.recognise(doc)) == (expected, how)


def test_a_dateline_without_a_year_takes_the_year_its_file_is_named_by():
    text = (
        "Meet to discuss cities\n\nNew Delhi, Mar 5, (IANS): Experts will meet March 13-15 to "
        "improve India's cities, organisers said Tuesday."
    )
    data = text.encode()
    src = Ingested(Path("daijiworld_municipalika_2013.txt"), "txt", hashlib.sha256(data).hexdigest(), len(data), text, "utf-8", [])
    rec = process_ingested(src, "t")
    assert (rec.metadata.date, rec.metadata.date_source) == ("2013-03-05", "dateline")
    assert ("Tuesday", "2013-03-05") in [(d.text, d.start) for d in rec.dates]
    # without a year in its name the dateline still has none to give
    assert document_date(_doc(text), dates.recognise(_doc(text))) == (None, None)


def test_a_table_rows_days_take_the_year_in_its_own_cell():
    text = (
        "大会の概要 2025年1月1日\n\n| 回 | 年 | 期間 | 都市 |\n|---|---|---|---|\n"
        "| 1 | 2007 | 11/30〜12/9 | チェンマイ |\n| 2 | 2008 | 8/19〜8/28 | バンドン |\n\n7月1日に開催。"
    )
    got = values(text, "2025-01-01")
    assert ("11/30~12/9", "2007-11-30", "2007-12-09") in got  # (the wave dash read as a tilde)
    assert ("8/19~8/28", "2008-08-19", "2008-08-28") in got
    assert ("7月1日", "2025-07-01", "2025-07-01") in got  # outside the table: the document's year


def test_pipeline_resolves_years_from_the_document_date():
    text = "広報あつぎ 第1430号(2024年9月1日発行)\n記念植樹は、10月23日の締結40周年に先駆けて実施。来年2月以降に撮影。"
    rec = process_text(text)
    assert rec.metadata.date == "2024-09-01"
    got = [(d.text, d.start, d.end) for d in rec.dates]
    assert ("10月23日", "2024-10-23", "2024-10-23") in got
    assert ("来年2月", "2025-02", "2025-02") in got
    for d in rec.dates:
        assert rec.text[d.span.start : d.span.end] == d.text


def test_pipeline_without_a_document_date_takes_years_from_the_text():
    text = (
        "友好都市訪問団 報告\n\n平成21年度の友好都市訪問団は、蘇州市(8/25~8/27)、上海市(8/27~29)を訪れた。"
        "本年は提携30周年にあたる。\n出発式は8月24日(月)に市役所で行った。"
    )
    rec = process_text(text)
    assert rec.metadata.date is None
    got = [(d.text, d.start, d.end) for d in rec.dates]
    assert got == [
        ("平成21年度", "2009-04-01", "2010-03-31"),
        ("8/25~8/27", "2009-08-25", "2009-08-27"),
        ("8/27~29", "2009-08-27", "2009-08-29"),
        ("本年", "2009", "2009"),
        ("8月24日(月)", "2009-08-24", "2009-08-24"),
    ]  # 本年 without a document date: the year the text's weekdays or latest month give
    # other relative dates still need the document date
    assert [d.text for d in process_text("平成21年度の事業。来年度も続ける。").dates] == ["平成21年度"]


def test_dateline_year_from_the_text():
    text = "IPCC authors\n\nMOMBASA, Kenya, Jul 21 - The meeting from 21 to 25 July 2025 opens in October."
    assert values(text, None) != []
    got = run(text, find_doc_date=True)
    assert ("Jul 21", "2025-07-21", "2025-07-21") in [g[:3] for g in got]
    assert ("October", "2025-10", "2025-10") in [g[:3] for g in got]


def test_rules_compile_and_every_rule_has_an_example():
    """Each rule in the data files is exercised by at least one example above."""
    used: set[str] = set()
    for text, _, _ in JA + EN:
        doc = _doc(text)
        used |= {c.rule for c in dates.recognise(doc)}
    names = {r.name for r in dates.rules()}
    assert names - used == set()


def test_guarded_patterns_match_exactly_what_the_plain_patterns_match():
    """The first-character guard is an optimisation only: same matches on real text."""
    import re

    text = "\n".join(t for t, _, _ in JA + EN) + "\n" + "\n".join(JA_NOT + EN_NOT)
    text = normalise(text).text
    for rule in dates.rules():
        plain = re.compile(rule.source)
        assert [m.span() for m in rule.regex.finditer(text)] == [m.span() for m in plain.finditer(text)], rule.name


def test_guard_is_the_set_of_first_characters():
    assert dates.guarded(r"(?<!x)(?:ab|c)?[0-9]").pattern.startswith("(?=[0123456789ac])")
    assert dates.guarded(r"(?i:m)ay").pattern.startswith("(?=[Mm])")
    assert not dates.guarded(r"a?").pattern.startswith("(?=")  # can match empty: no guard
    assert not dates.guarded(r".x").pattern.startswith("(?=")  # any character: no guard


def test_a_fiscal_year_listed_after_another_takes_its_era_or_century():
    got = {t: (a, b) for t, a, b, _ in run("会長が令和3年度・4年度の会長に再任された。事業は2023年度、24年度と続く。")}
    assert got["4年度"] == ("2022-04-01", "2023-03-31")
    assert got["24年度"] == ("2024-04-01", "2025-03-31")
    # a number going backwards, or far ahead, is no next year of the list
    assert [t for t, *_ in run("令和3年度・2年度の実績")] == ["令和3年度"]
    assert [t for t, *_ in run("令和3年度・30年度の計画")] == ["令和3年度"]


def test_an_anniversary_counts_from_its_events_year():
    text = "1974年に姉妹都市提携を締結した。今年は提携50周年を記念し、訪問団が10月2日から6日まで訪れた。"
    got = {t: (a, b) for t, a, b, _ in run(text)}
    assert got["今年"] == ("2024", "2024")
    assert got["10月2日から6日"] == ("2024-10-02", "2024-10-06")
    got = {t: a for t, a, _, _ in run("1991年の友好都市協定締結からことし25周年を迎えた。")}
    assert got["ことし"] == "2016"
    got = {t: a for t, a, _, _ in run("The cities were twinned in 1974. For the 50th anniversary a delegation visited on October 3.")}
    assert got["October 3"] == "2024-10-03"
    # a year not told as the event's (the text's own fiscal year) is no base for the count
    got = {t: a for t, a, _, _ in run("平成21年度の訪問団は8月24日(月)に出発した。本年は提携30周年にあたる。")}
    assert got["8月24日(月)"] == "2009-08-24"


def test_a_relative_year_that_an_anniversary_falls_in_dates_the_anniversary():
    text = "平成22年7月23日から訪問した。両市は1979年に友好提携を締結し、昨年は友好提携30周年を迎えた。今年で第7回を迎える。"
    got = {t: a for t, a, _, _ in run(text)}
    assert got["昨年"] == "2009" and got["今年"] == "2010"
    got = {t: a for t, a, _, _ in run("The cities were twinned in 1989. Last year marked the 30th anniversary. This year the mayor visits.")}
    assert got["Last year"] == "2019" and got["This year"] == "2020"
    # a relative year in another sentence dates the text, not the anniversary
    got = {t: a for t, a, _, _ in run("1974年に姉妹都市提携を締結した。昨年は訪問団を送った。提携50周年を記念する。")}
    assert got["昨年"] == "2023"


def test_a_report_titled_by_its_fiscal_year_dates_its_months_in_that_year():
    text = "令和4年度 国際交流員の活動報告\n最終更新日:2023年3月24日\n【報告】7・8月 多文化交流スクエア\n【報告】1月 講座"
    got = {t: (a, b) for t, a, b, _ in run(text, "2023-03-24")}
    assert got["7・8月"] == ("2022-07", "2022-08") and got["1月"] == ("2023-01", "2023-01")
    # a plan the report tells is for after its date: the document's year
    text = "平成25年度 訪問団派遣事業 実施報告\n2014年3月28日\n次回の募集は10月中旬頃に掲載予定です。11月に出発した。"
    got = {t: a for t, a, _, _ in run(text, "2014-03-28")}
    assert got["10月中旬"] == "2014-10" and got["11月"] == "2013-11"
    # a plan dated before its fiscal year opens speaks of its own time
    text = "令和5年度 事業計画\n2023年2月10日\n3月1日に説明会を開く。"
    assert {t: a for t, a, _, _ in run(text, "2023-02-10")}["3月1日"] == "2023-03-01"
    # a title naming two fiscal years names no one report year
    text = "令和3年度・4年度 活動報告\n2023年3月24日\n7月 講座"
    assert {t: a for t, a, _, _ in run(text, "2023-03-24")}["7月"] == "2023-07"


def test_a_weekday_written_out_without_brackets_is_read_and_checked():
    got = [(t, a, b) for t, a, b, _ in run("9月9日金曜日から11日日曜日に開催。10日土曜日は式典。", "2022-09-01")]
    assert ("9月9日金曜日から11日日曜日", "2022-09-09", "2022-09-11") in got
    assert ("10日土曜日", "2022-09-10", "2022-09-10") in got
    # a weekday that does not fit the document's year picks the year it fits
    got = {t: (a, f) for t, a, _, f in run("9月10日日曜日に開催。", "2022-09-01")}
    assert got["9月10日日曜日"] == ("2023-09-10", ["year_from_weekday"])


def test_an_iso_dates_digits_are_no_day_range_and_a_day_may_take_a_dot():
    # 2023-01-04 Jan. 4: the month and day of an ISO date are no day range before "Jan."
    got = [(t, a) for t, a, _, _ in run(" date 2023-01-04 Jan. 4")]
    assert got == [("2023-01-04", "2023-01-04"), ("Jan. 4", "2023-01-04")]
    # 20. July 2023: a day with a dot, as German writes it, before a month and a year only
    assert [(t, a) for t, a, _, _ in run("20. July 2023 | Expo & Event Market")] == [("20. July 2023", "2023-07-20")]
    assert [t for t, *_ in run("See page 20. In March 2012 we were busy.")] == ["March 2012"]


def test_an_ordinal_days_dot_is_the_dates_only_before_more_of_the_date():
    got = [t for t, *_ in run("The delegation will visit on April 13th and 14th. This is to echo it.", "2010-04-01")]
    assert got == ["April 13th and 14th"]
    got = [(t, a) for t, a, _, _ in run("It is on the 3rd. March 2012 and on 4th. - 5th. May 2012.")]
    assert ("the 3rd. March 2012", "2012-03-03") in got and ("4th. - 5th. May 2012", "2012-05-04") in got


def test_years_of_a_bond_count_from_the_year_it_was_made_told_further_on():
    text = ("Celebration of 50 years of twinning between Dundas and Kaga began Friday, Aug. 10 with a lunch.\n\n"
            "Students visited last year.\n\nThe communities were officially twinned in July 1968.\n\n"
            "A student exchange started in 1970.")
    got = {t: a for t, a, _, _ in run(text)}
    assert got["Friday, Aug. 10"] == "2018-08-10" and got["last year"] == "2017"


def test_english_year_cues_this_year_and_dates_back_to():
    # "this 2019" writes the text's year; a date after it takes that year
    got = {t: a for t, a, _, _ in run("The expo will hold this 2019 its ninth edition, from 19th to 21st November.")}
    assert got["2019"] == "2019" and got["19th to 21st November"] == "2019-11-19"
    # a year a relationship "dates back to" is history: no context for a date without one
    assert [t for t, *_ in run("MANILA, Oct. 10 (PIA)--The mayors met. The relationship dates back to 1972.")] == ["1972"]


def test_a_pages_last_update_date_is_no_year_for_the_text():
    text = "市長記者会見 2013年度 > 5月 > 開催地について\n更新日:2016年9月20日\n仙台市が、本日5月14日の閣議において開催地に選定された。"
    got = {t: a for t, a, _, _ in run(text)}
    assert got["5月14日"] == "2013-05-14"


def test_a_news_items_day_alone_is_of_its_month():
    got = {t: a for t, a, _, _ in run("中国人民対外友好協会の李建平副会長は23日、南昌市で講演した。", "2007-10-24")}
    assert got["23日"] == "2007-10-23"
    # a day later than the item's own is of the month before
    got = {t: a for t, a, _, _ in run("サミットが28日午前、都内で開かれた。", "2023-03-02")}
    assert got["28日"] == "2023-02-28"
    # a schedule's note is not news style: no date before it, no value
    assert run("※27日は視察", "2025-11-27") == []


def test_a_day_opening_a_news_sentence_is_the_items_not_a_months_told_before():
    text = "市長が今年9月に開かれるサミットの広報を始める。\n11日、同市によると、市長は11日から20日まで歴訪する。"
    got = {t: (a, b) for t, a, b, _ in run(text, "2017-06-11")}
    assert got["11日"] == ("2017-06-11", "2017-06-11") and got["11日から20日"] == ("2017-06-11", "2017-06-20")
    # an itinerary's day after a full date takes that date's month
    got = {t: a for t, a, _, _ in run("9月10日 到着\n11日、視察", "2017-09-01")}
    assert got["11日"] == "2017-09-11"


def test_a_western_year_with_its_era_in_brackets_and_a_newspapers_dash_range():
    text = "2018年(平成30年) 7月3日(火)付紙面より\n船が1日、酒田港に初寄港した。6月25日―7月3日の航海。"
    got = {t: (a, b) for t, a, b, _ in run(text, find_doc_date=True)}
    assert got["2018年(平成30年) 7月3日(火)"] == ("2018-07-03", "2018-07-03")
    # a news day after its subject's が, even 1日 (elsewhere 1日の/1日に may be "one day")
    assert got["1日"] == ("2018-07-01", "2018-07-01")
    assert got["6月25日―7月3日"] == ("2018-06-25", "2018-07-03")
    assert "1日" not in {t for t, *_ in run("7月3日に開催。1日の乗客数は多い。", "2018-07-03")}


def test_two_days_with_one_nichi_and_a_news_items_coming_days():
    text = ("事務総長の訪日は、2015年3月仙台市で開催された会議以来です。\n"
            "事務総長は、23、24日にトルコで開かれるサミット、25、26日のフォーラムに出席後、訪日します。")
    got = {t: (a, b) for t, a, b, _ in run(text, "2016-05-20")}
    # a few days after the release's date: this month's, not the month told before
    assert got["23、24日"] == ("2016-05-23", "2016-05-24") and got["25、26日"] == ("2016-05-25", "2016-05-26")
    # 2、3日 is "a couple of days"
    assert [t for t, *_ in run("工事は2、3日で終わる。", "2016-05-20")] == []
    # days joined by a newspaper's dash with one 日
    got = {t: (a, b) for t, a, b, _ in run("11月17日にトラベルマートを開き、18―21日にはファムトリップを実施。", "2011-11-17")}
    assert got["18―21日"] == ("2011-11-18", "2011-11-21")


def test_a_list_of_days_alone_is_one_date_first_to_last():
    got = [(t, a, b) for t, a, b, _ in run("2013年5月10日に訪問した。また、18日と19日には台北駅で博覧会へ参加した。")]
    assert ("18日と19日", "2013-05-18", "2013-05-19") in got


def test_a_relative_year_restated_as_a_written_year_is_given_once():
    got = [(t, a) for t, a, _, _ in run("今年2019年は改革開放40周年にあたります。", "2019-01-07")]
    assert got == [("2019年", "2019")]
    got = [(t, a) for t, a, _, _ in run("ことし(2018年)は記念の年。", "2017-07-04")]
    assert ("ことし", "2017") not in got and ("2018年", "2018") in got
    # the restated year and the month after its bracket are one date, from ことし on
    got = [(t, a) for t, a, _, _ in run("ことし(2018年)11月にラオスで開かれる。", "2018-07-04")]
    assert got == [("ことし(2018年)11月", "2018-11")]
    # a relative year alone is still read
    assert [(t, a) for t, a, _, _ in run("今年は良い年だった。", "2019-01-07")] == [("今年", "2019")]


def test_a_day_dated_in_full_and_restated_without_its_year_keeps_its_year():
    text = "2017年01月19日更新\n\nとき\n\n平成28(2016)年10月9日(日)~16日(日)\n\n概要\n\n10月9日から派遣し、10月16日に帰国した。"
    got = {t: a for t, a, _, _ in run(text)}
    assert got["10月9日"] == "2016-10-09" and got["10月16日"] == "2016-10-16"
    # an anniversary's founding day is history: the same day this year is the document's year
    text = "2014年3月1日\n1989年(平成元年)4月4日の姉妹都市提携調印から、本年で25周年。4月4日から記念行事を実施します。"
    got = [(t, a) for t, a, _, _ in run(text)]
    assert ("4月4日", "2014-04-04") in got


def test_an_anniversary_counts_only_from_its_own_events_year():
    # the event told right after the anniversary, with the same founding word
    text = "7月5~6日、友好都市提携50周年を記念して訪問団が訪問しました。旧財田町と旧洞爺村は、昭和50年に姉妹都市提携を締結しました。"
    got = {t: a for t, a, _, _ in run(text)}
    assert got["7月5~6日"] == "2025-07-05"
    # a year told with another event (設立 is not 提携) counts no anniversary
    text = "8月20日〜21日、議員団が訪問した。商工会の設立から50周年を迎え、平成22年、姉妹提携を結んでいる。"
    assert "8月20日〜21日" not in {t for t, *_ in run(text)}
    # a trip's year is no founding year: 45周年 is not counted from it
    text = "平成28年5月17日~平成28年5月24日まで、使節団を派遣しました。今年は姉妹都市締結45周年として橋を名付けた。"
    assert {t: a for t, a, _, _ in run(text)}.get("今年") != "2061"


def test_a_weekday_before_a_pages_update_year_picks_an_earlier_year():
    from extract.pipeline import process_text

    text = "更新日:2019年10月29日\n\n友好都市提携35周年記念式典\n\n5月10日(火曜日)、交流団9名をお迎えした。"
    record = process_text(text)
    assert record.metadata.date_source == "update line"
    assert {d.text: d.start for d in record.dates}["5月10日(火曜日)"] == "2016-05-10"


def test_a_day_inside_the_range_before_keeps_the_ranges_month():
    got = {t: a for t, a, _, _ in run("2025年11月1日\n12月9日から13日までの5日間、訪問します。翌10日には大学を訪問します。", find_doc_date=True)}
    assert got["10日"] == "2025-12-10"


def test_a_day_dated_by_a_relative_year_dates_its_restatement():
    text = "2019年11月28日\n市民の翼は、来年1月16日から19日まで4日間の旅。\n募集は12月12日まで。\n1月16日午前10時に出発。\n17日は企業を訪問。"
    got = {t: a for t, a, _, _ in run(text, find_doc_date=True)}
    assert got["1月16日"] == "2020-01-16" and got["17日"] == "2020-01-17"
    assert got["12月12日"] == "2019-12-12"


def test_yesterday_is_the_day_before_the_documents_date_but_not_an_attribute():
    got = [(t, a) for t, a, _, _ in run("Thursday, September 16, 2010\n\nYesterday I had an email. Yesterday's news was old.", find_doc_date=True)]
    assert [x for x in got if x[0].lower().startswith("yesterday")] == [("Yesterday", "2010-09-15")]


def test_a_full_month_names_stray_period_and_a_us_dotted_date():
    got = {t: a for t, a, _, _ in run("Visits\n| July. 11, 2012 ~ July. 16, 2012 | Sister City Visit\n(Source: Office 2024 - as at 12.31.2023)")}
    assert got["July. 11, 2012 ~ July. 16, 2012"] == "2012-07-11"
    assert got["12.31.2023"] == "2023-12-31"
    # (a month at a sentence's end is no date with the number after it)
    assert "May. 3" not in {t for t, *_ in run("He came in May. 3 people came on May 3, 2012.")}


def test_a_bare_day_before_an_official_comma():
    # (official Japanese writes "," for "、": 11日,高瀬大使は…)
    got = {t: a for t, a, _, _ in run("平成30年4月20日\n11日,高瀬大使はクリアカン市を訪問した。\n12日,大使は,視察した。", find_doc_date=True)}
    assert got["11日"] == "2018-04-11" and got["12日"] == "2018-04-12"


def test_a_two_digit_year_before_a_season():
    got = {t: a for t, a, _, _ in run("2017年6月8日\n18年夏の稼働を目指す。22年間続いた。", find_doc_date=True)}
    assert got["18年"] == "2018" and "22年" not in got


def test_ranges_and_relative_words_of_news_and_letters():
    got = {t: (a, b) for t, a, b, _ in run("2018年11月1日\nコンクールが11月7日に始まり25日まで繰り広げられる。明年、議定書を締結する。", find_doc_date=True)}
    assert got["11月7日に始まり25日"] == ("2018-11-07", "2018-11-25")
    assert got["明年"] == ("2019", "2019")
    got = {t: (a, b) for t, a, b, _ in run("Posted June 10, 2009\nThe proclamation will be tonight. They met during the first week of May.", find_doc_date=True)}
    assert got["tonight"] == ("2009-06-10", "2009-06-10") and got["May"] == ("2009-05", "2009-05")
    # (明 in other words is no year)
    assert not any("明" in t for t in {t for t, *_ in run("2018年1月1日\n説明年表と証明年月日", find_doc_date=True)})


def test_a_chronologys_months_take_the_year_that_opens_their_lines():
    text = "学校の歴史  2018年5月1日\n昭和10年\n民國24年\n(1935年)\n1月 募捐を開始\n4月 第1屆畢業生2名\n本年は式典を行う。\n6月に記念行事。"
    got = {(t, a) for t, a, _, _ in run(text, find_doc_date=True)}
    assert {("民國24年", "1935"), ("1月", "1935-01"), ("4月", "1935-04"), ("6月", "2018-06")} <= got
    # (a year told in a sentence opens no chronology)
    got = {t: a for t, a, _, _ in run("2003年4月28日\n1992年にマニラで創刊した新聞です。\n4月27日の紙面から", find_doc_date=True)}
    assert got["4月27日"] == "2003-04-27"
    # (a written weekday the chronology's year does not fit picks its own year)
    got = {t: a for t, a, _, _ in run("2014年1月6日\n交流協定を締結\n12月18日(水)、学長が訪問した。", find_doc_date=True)}
    assert got["12月18日(水)"] == "2013-12-18"


def test_an_ordinal_in_capitals_and_a_year_after_of():
    got = {t: a for t, a, _, _ in run("October 16, 2014\nA visit on Wednesday 15TH October. It ran until July 1st of 2015. As of today, it has 815 students.", find_doc_date=True)}
    assert got["Wednesday 15TH October"] == "2014-10-15" and got["July 1st of 2015"] == "2015-07-01" and got["today"] == "2014-10-16"


def test_a_written_weekday_keeps_a_restated_day_out_of_its_history_year():
    got = {t: a for t, a, _, _ in run("July 7, 2024\nThe memorial marked 80 years since July 7, 1944. A ceremony was held on Sunday, July 7, at the resort.", find_doc_date=True)}
    assert got["Sunday, July 7"] == "2024-07-07" and got["July 7, 1944"] == "1944-07-07"


def test_a_slashed_day_after_a_trips_day_count():
    got = [(t, a) for t, a, _, _ in run("2022年6月1日から出張した。\n1日目 (6/1)\n会議に出席\n2日目(6/2)\n総会に参加")]
    assert ("6/1", "2022-06-01") in got and ("6/2", "2022-06-02") in got


def test_a_relative_fiscal_year_without_a_document_date_takes_the_title_blocks_month():
    text = "韓国視察(対馬、釜山、ソウル) 概要報告 令和6年2月 総勢18名\n\n1.目的\n\n今年度の短期視察は韓国とした。"
    got = {t: (a, b) for t, a, b, _ in run(text)}
    assert got["今年度"] == ("2023-04-01", "2024-03-31")


def test_a_year_that_names_a_plan_is_no_context():
    text = "Kisumu hosts the Africities Summit from May 17 to 21, on the 2030 Agenda and the African Union’s Agenda 2063."
    assert [t for t, *_ in run(text)] == []


def test_two_digit_fiscal_years_in_kanji_digits():
    got = [(t, a) for t, a, _, _ in run("県は二〇一七年度に課を創設した。一九年度には学会が開かれる。")]
    assert ("一九年度", "2019-04-01") in got


def test_a_goal_year_gives_no_context_and_no_anniversary_base():
    text = (
        "一行は10月13日~15日、山東大学を訪れた。14日には交流フェアが開かれた。"
        "2015年の山口大学創基200周年に向け、結束も高まった。翌15日には、110周年記念式典が行われた。"
    )
    # the only year is a goal's: no year for the days, and no anniversary counted from it
    assert [t for t, *_ in run(text)] == ["2015年"]


@pytest.mark.parametrize(
    "name,expected",
    [
        ("press_2018-06-08.txt", "2018-06-08"),
        ("20180608_release.pdf", "2018-06-08"),
        ("2018.06.08 Bürgermeister.md", "2018-06-08"),
        ("09_en_krakow_creative_cities_2018.txt", "2018"),
        ("2015_sister_city_visit.txt", "2015"),
        ("plan_2020_2030.txt", None),  # two years: neither is the document's
        ("tel_0312345678.txt", None),
        ("item12018.txt", None),  # digits run on: a serial number
        ("report_20181345.txt", None),  # no month 13, and eight digits are no year
        ("minutes.txt", None),
    ],
)
def test_file_name_date(name, expected):
    assert file_name_date(name) == expected


def test_a_text_without_a_year_takes_it_from_its_file_name(tmp_path):
    text = (
        "Paris, 08 June—Krakow and Katowice will host the annual meeting of the network from 12 to 15 June.\n"
        "The mayors will open the meeting this year on the first day."
    )
    path = tmp_path / "09_en_krakow_meeting_2018.txt"
    path.write_text(text)
    rec = process(path, "t")
    # (the dateline "Paris, 08 June—" gives the day, the file's name its year)
    assert (rec.metadata.date, rec.metadata.date_source) == ("2018-06-08", "dateline")
    got = {d.text: (d.start, d.end) for d in rec.dates}
    assert got["08 June"] == ("2018-06-08", "2018-06-08")
    assert got["12 to 15 June"] == ("2018-06-12", "2018-06-15")
    assert got["this year"] == ("2018", "2018")
    # the same text under a plain name has no year to give
    plain = tmp_path / "meeting.txt"
    plain.write_text(text)
    assert process(plain, "t").dates == []


def test_a_historic_first_date_is_no_document_date(tmp_path):
    # a file named by a later year: the first date of the head is the history it recalls
    text = "Celebrating 200 Years of Migration\nThis week marked 200 years since the sloop set sail from Stavanger on July 4, 1825.\nThe ship arrives in New York on October 9."
    path = tmp_path / "15_en_migration_200_2025.txt"
    path.write_text(text)
    rec = process(path, "t")
    assert (rec.metadata.date, rec.metadata.date_source) == ("2025", "file name")
    assert {d.text: d.start for d in rec.dates}["October 9"] == "2025-10-09"
    # an anniversary beside it and a later year in the head do so without a file name
    plain = tmp_path / "kobe.txt"
    plain.write_text("移住110周年記念行事\n2018年は1908年4月28日に神戸から781人が移住してから110周年の年。")
    assert process(plain, "t").metadata.date != "1908-04-28"


def test_a_written_date_line_beats_the_file_name(tmp_path):
    path = tmp_path / "archive_2019.txt"
    path.write_text("Sister city visit\n14 March 2017\n\nThe delegation arrived on 20 March.")
    rec = process(path, "t")
    assert (rec.metadata.date, rec.metadata.date_source) == ("2017-03-14", "date line")
    assert {d.text: d.start for d in rec.dates}["20 March"] == "2017-03-20"


def test_a_date_left_out_for_want_of_a_year_keeps_its_digits_from_the_counts():
    rec = process_text("The Sustainable Cities Symposium on March 14 explores the challenge. It is 20 years since 1992.")
    assert [d.text for d in rec.dates] == ["1992"]
    assert rec.counts == []  # not 14 'explores'
    rec = process_text("As of November 3, 584 guests from 113 cities had registered.")
    assert [c.text for c in rec.counts] == ["584 guests", "113 cities"]


def test_a_weekday_or_a_month_inside_a_date_is_no_organisation():
    rec = process_text("Deccan Chronicle , Friday, November 01, 2013\nKochi: The mayors met.")
    assert [o.text for o in rec.organizations] == ["Deccan Chronicle"]
    assert [d.text for d in rec.dates] == ["Friday, November 01, 2013"]


def test_a_page_of_pages_is_no_date():
    assert [r[:3] for r in run("国際将棋フェスティバル (1/2ページ)\n2021年10月の大会が行われた。")] == [("2021年10月", "2021-10", "2021-10")]
