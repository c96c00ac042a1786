"""Resolve: turn candidates into mentions — settle overlaps, fill implicit values, ground spans.

Recognisers propose freely; this stage is where a date beats a count for the same digits,
an organisation's name swallows the city inside it, and every view span is mapped back to
the exact source characters (and page) it came from.
"""

from __future__ import annotations

import re

from .document import Candidate, Document
from .metadata import document_date, issuer, title
from .models import CityMention, CountMention, DateMention, OrganizationMention, Span
from .recognisers import dates as date_rules
from .recognisers import organizations as org_rules

MODELS = {
    "city": (CityMention, "cities"),
    "organization": (OrganizationMention, "organizations"),
    "date": (DateMention, "dates"),
    "count": (CountMention, "counts"),
}
# Kinds that compete for the same characters: the digits of a year are a date, not a count;
# a city inside an organisation's name is part of that name. Across groups mentions may nest:
# a count's noun phrase may hold an organisation ("six PWC goals"), so both are kept.
GROUP = {"date": "when", "count": "when", "organization": "who", "city": "who"}
RANK = {"date": 4, "organization": 3, "city": 2, "count": 1}
# A web or e-mail address.
_LINK = re.compile(r"(?:https?://|www\.)[^\s<>()\[\]（）「」、。]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _starts_within(c: Candidate, spans: list[tuple[int, int]]) -> bool:
    return any(a <= c.start < b for a, b in spans)


def resolve(doc: Document) -> None:
    cands = doc.candidates
    dates = [c for c in cands if c.kind == "date"]
    date, how = document_date(doc, dates)
    doc.metadata.title = title(doc)
    doc.metadata.date = date
    doc.metadata.date_source = how
    doc.metadata.issuer = issuer(doc)
    kept_dates = date_rules.complete(doc, dates)
    kept_spans = {(k.start, k.end) for k in kept_dates}
    void = [
        (c.start, c.end)
        for c in dates
        if (c.start, c.end) not in kept_spans and (spec := c.attrs.get("_spec")) is not None and spec.a.y is None
    ]
    # a date whose year the text never gives is left out, but its digits stay a date's:
    # March 14 explores… is no count of 14 'explores'
    cands = [c for c in cands if c.kind != "date" and not (c.kind == "count" and _starts_within(c, void))] + kept_dates
    # Deccan Chronicle, Friday, November 01, 2013: a weekday or a month inside a date is no body
    within = [(d.start, d.end) for d in kept_dates]
    cands = [c for c in cands if not (c.kind == "organization" and any(a <= c.start and c.end <= b for a, b in within))]
    links = [m.span() for m in _LINK.finditer(doc.norm)]
    if links:
        # www.UCLGA.org, info@kisumu.go.ke: a name inside an address is part of the address
        cands = [c for c in cands if GROUP[c.kind] != "who" or not any(a <= c.start and c.end <= b for a, b in links)]
    kept = settle(cands)
    doc.mentions = {field: [] for _, field in MODELS.values()}
    for c in kept:
        model, field = MODELS[c.kind]
        a, b = doc.view.source_span(c.start, c.end)
        while a < b and doc.text[a].isspace():
            a += 1
        while b > a and doc.text[b - 1].isspace():
            b -= 1
        if a >= b:
            continue
        attrs = {k: v for k, v in c.attrs.items() if k in model.model_fields}
        doc.mentions[field].append(
            model(
                text=doc.text[a:b],
                span=Span(start=a, end=b),
                page=doc.page_of(a) if doc.source.pages else None,
                rule=c.rule,
                **attrs,
            )
        )
    for field in doc.mentions:
        doc.mentions[field].sort(key=lambda m: (m.span.start, m.span.end, m.text))


def settle(cands: list[Candidate]) -> list[Candidate]:
    """Keep the best of overlapping candidates of one group: longer, then kind rank and score.

    A city exactly equal to an organisation span stays a city (a city government named by its
    city is a city) unless words introduced it as a body ("companies such as … Suez and ZTE") or
    the body is a well-known one and the city a bare name no context confirmed ("according to
    Xinhua", not a Chinese county);
    a city strictly inside an organisation's name is part of that name.
    Kept spans of a group never overlap, so each check is a binary search.
    """
    order = sorted(
        cands,
        key=lambda c: (-(c.end - c.start), -RANK[c.kind], -c.score, c.start, c.rule),
    )
    kept: dict[str, list[Candidate]] = {}  # group -> kept candidates sorted by start
    for c in order:
        group = kept.setdefault(GROUP[c.kind], [])
        i = _find(group, c.start)
        clash = None
        for k in group[max(0, i - 1) : i + 1]:
            if c.start < k.end and k.start < c.end:
                clash = k
                break
        if clash is None:
            group.insert(i, c)
        elif (
            c.kind == "city"
            and clash.kind == "organization"
            and (c.start, c.end) == (clash.start, clash.end)
            and clash.rule not in org_rules.INTRODUCED
            and not (clash.rule == "organizations.known" and c.score < 1.0)
        ):
            group[group.index(clash)] = c
    # A number inside an organisation's name is part of the name (日中韓三国協力事務局,
    # 100 Resilient Cities), not a count.
    orgs = [c for c in kept.get("who", []) if c.kind == "organization"]
    if orgs and kept.get("when"):
        kept["when"] = [c for c in kept["when"] if c.kind != "count" or not _inside(c, orgs)]
    out = [c for group in kept.values() for c in group]
    return sorted(out, key=lambda c: (c.start, c.end, c.kind))


def _inside(c: Candidate, group: list[Candidate]) -> bool:
    i = _find(group, c.start + 1) - 1
    return i >= 0 and group[i].start <= c.start and c.end <= group[i].end


def _find(group: list[Candidate], start: int) -> int:
    lo, hi = 0, len(group)
    while lo < hi:
        mid = (lo + hi) // 2
        if group[mid].start < start:
            lo = mid + 1
        else:
            hi = mid
    return lo
