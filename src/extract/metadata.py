"""Document metadata: title, the document's own date, and issuer where stated."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from .document import Candidate, Document
from .recognisers.cities import gaz, place_of
from .recognisers.dates import UPDATE_LINE as _UPDATE_LINE
from .recognisers.dates import dated_years, is_history

_TITLE_JUNK = re.compile(r"^[\s#*\-・]+|[\s]+$")
# Lines that name who issued a Japanese document: a bureau or office standing alone.
_ISSUER = re.compile(r"^[^\s、。]{1,20}(?:局|部|課|室|省|庁|本部|事務所|委員会|市|都|県|区|町|村)$")
HEAD = 600  # characters at the top of a document where its own date line is looked for
DATELINE_HEAD = 2000  # a dateline may follow a headline and a block of highlights
FOOTER_REPEATS = 3  # a date alone on its line this often is a running header or footer

# A bulletin's issue line: 「広報あつぎ 第1436号(2024年12月1日発行)」, 「広報くらしき2025年1月号」,
# "Mayors for Peace News Flash (May 2015) No.65".
_ISSUE_LINE = re.compile(r"第\s*[0-9]+\s*号|発行|月号|号\s*$|\b(?:No\.|Issue|Vol\.|Volume)\s*[0-9]+")
# 昭和44年6月19日第三種郵便物認可: a masthead's permit date, not the issue's
_PERMIT_AFTER = re.compile(r"\s*(?:第\s*[三3]\s*種\s*郵便物\s*)?(?:認可|許可)")
# A dateline: a place in capitals or a place list before the date, ``(`` or ``,`` between
# (``WASHINGTON (January 28, 2026) —``, ``MOMBASA, Kenya, Jul 21 -``, ``Singapore, 7 May 2024 –``,
# ``DAEJEON, Oct. 13, 2022 (Yonhap) --``, ``New Delhi, Mar 5, (IANS):``: a news agency in
# brackets before the dash or colon).
# Short lowercase particles may join the words of a place (Rio de Janeiro, Dar es Salaam).
_PLACE_WORDS = r"[A-Z][A-Za-z.'\-]+(?: (?:[a-z]{1,3} )?[A-Z][A-Za-z.'\-]+)*"
_PLACE_BEFORE = re.compile(rf"(?:^|[^A-Za-z]){_PLACE_WORDS}(?:,\s*{_PLACE_WORDS})*\s*(?:\(|,)\s*$")
_DASH_AFTER = re.compile(r"^\s*\)?\s*(?:/[^/\n]{1,30}/\s*|,?\s*\([A-Z][A-Za-z .]{1,30}\)\s*)?[-–—:]")
# ``21 April 2026, Colombo, Sri Lanka: The Government…``: the place after the date.
_PLACE_AFTER = re.compile(r"^,\s*[A-Z][A-Za-z.'\-]+(?:[ ,]+[A-Z][A-Za-z.'\-]+)*\s*[:\-–—]")
# ``Dubai, November 26, 2009`` on a line of its own: a place, then the date ending the line.
_LINE_PLACE = re.compile(rf"[ \t]*{_PLACE_WORDS}(?:,[ \t]*{_PLACE_WORDS})*[ \t]*,[ \t]*")
# Text that may stand beside the date on its own date line.
_LINE_NOISE = " \t-–—:,.()（）[]【】◆■●○・発行On日付時点現在Date:Updated:Published:"


_LAST_WORDS = re.compile(r"((?:[A-Z][A-Za-z.'\-]+ ){0,3}[A-Z][A-Za-z.'\-]+)[\s,(]*$")


def _placed(m: re.Match | None) -> bool:
    """The words before a dateline's date name a place: in capitals (WASHINGTON, RIO DE
    JANEIRO) or known to the gazetteer (Singapore); not a title's words (World Environment
    Day (5 June) – with …)."""
    if m is None:
        return False
    last = _LAST_WORDS.search(m.group())
    if last is None:
        return False
    words = last.group(1).split()
    if any(w.isupper() and len(w) > 1 for w in words):
        return True
    tails = (" ".join(words[k:]) for k in range(len(words)))  # Rio de Janeiro, Janeiro
    return any(place_of(t) is not None or bool(gaz().cities_named(t)) for t in tails)


def title(doc: Document) -> str | None:
    for line in doc.text.split("\n"):
        t = _TITLE_JUNK.sub("", re.sub(r"<[^>]+>", "", line))
        if len(t) >= 4:
            return t[:300]
    return None


# A bullet opening a line: a date on it with a title after the date is an item of a list of
# other pages (related articles, a news index), not the page's own date line.
_LINK_ITEM = re.compile(r"[ \t]*(?:[-–*>]|[0-9]{1,2}[.)])[ \t]|[ \t]*[•・●■◆▶]")


def _link_item(doc: Document, c: Candidate) -> bool:
    """Whether a date is on a line that opens with a list bullet and has a title after the
    date (the view drops Markdown's bullets, so the source line is read)."""
    if doc.view is None or c.start >= len(doc.view.starts):
        return False
    text = doc.norm
    end = text.find("\n", c.end)
    if len(text[c.end : end if end >= 0 else len(text)].strip()) < 4:
        return False  # - 2024年8月16日: a date alone after its bullet may be the page's
    src = doc.view.starts[c.start]
    return bool(_LINK_ITEM.match(doc.text, doc.text.rfind("\n", 0, src) + 1))


def document_date(doc: Document, dates: list[Candidate]) -> tuple[str | None, str | None]:
    """The document's own date and how it was found.

    In order of trust: a bulletin's issue line (第1436号(2024年12月1日発行), 2025年1月号);
    a dateline (``WASHINGTON (January 28, 2026) —``, ``Singapore, 7 May 2024 –``; a dateline
    without a year, ``MOMBASA, Kenya, Jul 21``, takes its year from the dates in the text);
    a date alone on its line near the top (a date line under the title); else the first
    complete single date in the head of the document.
    """
    text = doc.norm
    near = sorted((c for c in dates if c.start < DATELINE_HEAD and _single(c)), key=lambda c: c.start)
    first_lines = _first_lines(text, 3)
    issue = dateline = line_day = line_month = updated = None
    for c in near:
        ls = text.rfind("\n", 0, c.start) + 1
        le = text.find("\n", c.end)
        le = len(text) if le < 0 else le
        before, after = text[ls : c.start], text[c.end : le]
        if (
            issue is None
            and ls in first_lines
            and c.attrs.get("start")
            and _ISSUE_LINE.search(before + after)
            and not _PERMIT_AFTER.match(after)
        ):
            issue = c
        if dateline is None and (
            (_DASH_AFTER.match(after) and (_placed(_PLACE_BEFORE.search(before[-80:])) or not before.strip()))
            or _PLACE_AFTER.match(after)
            or (not after.strip() and _placed(_LINE_PLACE.fullmatch(before)))
        ):
            dateline = c
        if c.start >= HEAD:
            continue  # below the head only a dateline counts
        rest = (before + after).strip(_LINE_NOISE)
        if _UPDATE_LINE.search(before):
            if updated is None and _precision(c) == 3 and c.attrs.get("start"):
                updated = c
            continue  # 更新日:2016年9月20日: when a web page was last edited, not when it was issued
        if _link_item(doc, c):
            continue  # - 2024年8月16日 令和6年能登半島地震に伴う義援金のお礼: a list of other pages
        if len(rest) <= 25 and c.attrs.get("start"):
            if line_day is None and _precision(c) == 3:
                line_day = c
            elif line_month is None and _precision(c) == 2:
                line_month = c
    named = file_name_date(doc.source.path.name) if doc.source is not None else None
    for c, how in ((issue, "issue line"), (dateline, "dateline"), (line_day, "date line"), (line_month, "date line")):
        if c is not None:
            # (New Delhi, Mar 5, (IANS): a dateline with no year, in a text that writes none of
            # its dates with one, takes the year its file is named by)
            value = _value(c, dates, int(named[:4]) if named else None)
            if value:
                return value, how
    footer = _running_footer(text, dates)
    if footer:
        return footer, "running footer"
    head = [
        c
        for c in near
        if c.start < HEAD
        and _precision(c) == 3
        and c.attrs.get("start")
        and not _UPDATE_LINE.search(text[text.rfind("\n", 0, c.start) + 1 : c.start])
        and _in_lead_sentence(text, c.start)  # not deep in a paragraph
        and not _link_item(doc, c)
        and not is_history(c, text)  # 1974年10月25日に姉妹都市提携を締結: an event's date
    ]
    if head:
        # A text is written after the events it reports: a first date years older than
        # another dated month in the head is history (平成3年5月26日に調印… 平成19年10月の訪問),
        # not its date (a year apart may be a coming event: announced Aug. 16, held April 2023).
        latest = max(dated_years(dates, HEAD))
        # (a file named by its year says the same of a first date older than it: July 4, 1825 in
        # migration_200_2025.txt; so does an anniversary told beside the date with a later year
        # in the head: 2018年は1908年4月28日に…移住してから110周年)
        if named is not None:
            latest = max(latest, int(named[:4]))
        first = head[0]
        line_end = text.find("\n", first.end)
        around = text[text.rfind("\n", 0, first.start) + 1 : line_end if line_end >= 0 else len(text)]
        year = int(first.attrs["start"][:4])
        later = any(
            _written_year(c) and c.start < HEAD and int((c.attrs.get("start") or "0")[:4]) > year + HISTORY_GAP
            for c in dates
        )
        if year >= latest - HISTORY_GAP and not (later and _ANNIVERSARY_CUE.search(around)):
            return first.attrs["start"], "first date in the head"
    closing = _closing_line(text, dates)
    if closing is not None:
        # 「人民網日本語版」2007年10月24日: a news copy's credit line at its end dates it
        return closing, "closing line"
    if updated is not None and not any(_written_year(c) for c in dates if c is not updated and not _link_item(doc, c)):
        # a page whose only year is its last edit's: the best there is for 昨年, ことし, 2月10日
        # (a page that writes another year may have been edited years after it was issued;
        # the dates of a list of other pages do not count)
        return updated.attrs["start"], "update line"
    if named is not None:
        return named, "file name"
    return None, None


# A date or a year in a file's name, between separators: ``press_2018-06-08.txt``,
# ``20180608_release.pdf``, ``krakow_meeting_2018.txt``. Years from 1900 to 2099 only, so
# that a serial number or a postal code is no date.
_NAMED_DAY = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12][0-9]|3[01])(?![0-9])")
_NAMED_YEAR = re.compile(r"(?<![0-9A-Za-z])((?:19|20)[0-9]{2})(?![0-9A-Za-z])")


def file_name_date(name: str) -> str | None:
    """The date an archive's file name gives its document, when its text gives none: archives
    name files by their date or year. A name with two different years (``plan_2020_2030``)
    gives none."""
    stem = name.rsplit(".", 1)[0]
    days = {m.groups() for m in _NAMED_DAY.finditer(stem)}
    if len(days) == 1:
        y, m, d = days.pop()
        try:
            return dt.date(int(y), int(m), int(d)).isoformat()
        except ValueError:
            return None
    years = {m.group(1) for m in _NAMED_YEAR.finditer(stem)}
    return years.pop() if len(years) == 1 else None


_SENTENCE_END = re.compile(r"。|[.!?](?=\s)")


def _in_lead_sentence(text: str, pos: int) -> bool:
    """A date in its line's first sentence (a title, a date line, a news lead): a date further
    into a paragraph is what the text tells of, not when it was written."""
    line_start = text.rfind("\n", 0, pos) + 1
    return _SENTENCE_END.search(text, line_start, pos) is None


def _written_year(c: Candidate) -> bool:
    """Whether a date writes its year (2013年度, 5月 2024), not 昨年 or 5月14日."""
    s = c.attrs.get("_spec")
    return s is not None and not (s.rel or s.anchor) and any(p is not None and p.y is not None for p in (s.a, s.b))


HISTORY_GAP = 1  # years between a first date in the head and a later one that make it history
_ANNIVERSARY_CUE = re.compile(
    r"周年|(?i:anniversary|centennial|centenary|bicentennial|sesquicentennial|years since|years ago|century ago)"
)


def _running_footer(text: str, dates: list[Candidate]) -> str | None:
    """A date repeated on its own line page after page (``SEPTEMBER 2014 3``) dates a report."""
    seen: Counter = Counter()
    for c in dates:
        if not _single(c) or not c.attrs.get("start"):
            continue
        ls = text.rfind("\n", 0, c.start) + 1
        le = text.find("\n", c.end)
        rest = text[ls : c.start] + text[c.end : len(text) if le < 0 else le]
        if len(rest.strip(_LINE_NOISE + "0123456789")) <= 40:
            seen[c.attrs["start"]] += 1
    if not seen:
        return None
    value, n = sorted(seen.items(), key=lambda kv: (-kv[1], kv[0]))[0]
    return value if n >= FOOTER_REPEATS else None


CLOSING_LINES = 2  # the last lines of a text where a news copy's credit and date stand


def _closing_line(text: str, dates: list[Candidate]) -> str | None:
    """A complete date on one of the text's last lines, short and with a credit beside it
    (「人民網日本語版」2007年10月24日, (Xinhua) 2015-10-10): when the copy was published."""
    tail = max(0, len(text) - CLOSING_TAIL)
    lines = list(_LINE.finditer(text, tail))[-CLOSING_LINES:]
    for m in reversed(lines):
        own = [c for c in dates if m.start() <= c.start < m.end() and _single(c) and _precision(c) == 3]
        if len(own) != 1 or not own[0].attrs.get("start") or is_history(own[0], text):
            continue
        c = own[0]
        rest = (text[m.start() : c.start] + text[c.end : m.end()]).strip(_LINE_NOISE)
        if 0 < len(rest) <= 25 and _CREDIT.search(rest):
            return c.attrs["start"]
    return None


_CREDIT = re.compile(r"[「『(（].+[」』)）]")
_LINE = re.compile(r"[^\n]*\S[^\n]*")
CLOSING_TAIL = 2000  # characters at the end of a text where its closing lines are looked for


def _first_lines(text: str, n: int) -> set[int]:
    """Start offsets of the first ``n`` non-empty lines."""
    out: set[int] = set()
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            out.add(pos)
            if len(out) >= n:
                break
        pos += len(line) + 1
    return out


def _single(c: Candidate) -> bool:
    """A single calendar date or month written out (not a range, fiscal or relative date)."""
    spec = c.attrs.get("_spec")
    if spec is None or spec.b is not None or spec.rel or spec.anchor or spec.fy or spec.months:
        return False
    return spec.a.m is not None


def _precision(c: Candidate) -> int:
    a = c.attrs["_spec"].a
    return 3 if a.d is not None else 2


def _value(c: Candidate, dates: list[Candidate], fallback_year: int | None = None) -> str | None:
    """The ISO value of the chosen date; a year it leaves out comes from the other dates, else
    from the file's name."""
    if c.attrs.get("start"):
        return c.attrs["start"]
    a = c.attrs["_spec"].a
    year = _year_from_text(a.m, a.d, dates) or fallback_year
    if year is None:
        return None
    return f"{year:04d}-{a.m:02d}" + (f"-{a.d:02d}" if a.d else "")


def _year_from_text(month: int | None, day: int | None, dates: list[Candidate]) -> int | None:
    """The year a dateline leaves out: that of the same day written elsewhere with its year,
    else of the same month, else the commonest year among the dated days in the text."""
    full = [c.attrs["_spec"] for c in dates if c.attrs.get("start") and c.attrs.get("_spec")]
    parts = [p for s in full for p in (s.a, s.b) if p is not None and p.y is not None]
    for test in (
        lambda p: p.m == month and p.d == day,
        lambda p: p.m == month,
        lambda p: p.d is not None,
    ):
        years = Counter(p.y for p in parts if test(p))
        if years:
            return sorted(years.items(), key=lambda kv: (-kv[1], -kv[0]))[0][0]
    return None


def issuer(doc: Document) -> str | None:
    lines = [ln.strip() for ln in doc.norm[:HEAD].split("\n") if ln.strip()]
    for ln in lines[1:8]:
        if _ISSUER.match(ln):
            return ln
    return None
