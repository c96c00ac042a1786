"""Document metadata: title, the document's own date, and issuer where stated."""

from __future__ import annotations

import re

from .document import Candidate, Document

_TITLE_JUNK = re.compile(r"^[\s#*\-・]+|[\s]+$")
# Lines that name who issued a Japanese document: a bureau or office standing alone.
_ISSUER = re.compile(r"^[^\s、。]{1,20}(?:局|部|課|室|省|庁|本部|事務所|委員会|市|都|県|区|町|村)$")
HEAD = 600  # characters at the top of a document where its own date line is looked for


def title(doc: Document) -> str | None:
    for line in doc.text.split("\n"):
        t = _TITLE_JUNK.sub("", re.sub(r"<[^>]+>", "", line))
        if len(t) >= 4:
            return t[:300]
    return None


def document_date(doc: Document, dates: list[Candidate]) -> tuple[str | None, str | None]:
    """The document's own date: a full date near the top (date line or dateline).

    Prefers a date that stands alone on its line or opens a dateline; otherwise the first
    complete date in the head of the document.
    """
    full = [c for c in dates if _is_day(c.attrs.get("start")) and c.attrs.get("start") == c.attrs.get("end")]
    head = [c for c in full if c.start < HEAD]
    for c in head:
        line_start = doc.norm.rfind("\n", 0, c.start) + 1
        line_end = doc.norm.find("\n", c.end)
        line = doc.norm[line_start : line_end if line_end >= 0 else len(doc.norm)]
        rest = line.replace(doc.norm[c.start : c.end], "").strip(" -–—:,.()（）発行On日付")
        if len(rest) <= 25:
            return c.attrs["start"], "date line"
    if head:
        return head[0].attrs["start"], "first date in the head"
    return None, None


def issuer(doc: Document) -> str | None:
    lines = [ln.strip() for ln in doc.norm[:HEAD].split("\n") if ln.strip()]
    for ln in lines[1:8]:
        if _ISSUER.match(ln):
            return ln
    return None


def _is_day(v) -> bool:
    return isinstance(v, str) and len(v) == 10
