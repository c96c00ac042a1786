"""Write src/extract/data/en/companies.json: listed companies and the names the press calls them.

Why: a company is often named bare, with no legal form or cue word around it (Walgreens, Kone,
Schindler and ThyssenKrupp). Rules cannot tell such a name from any other capitalised word; a
list of the companies in the world's main stock indices can, for the large ones.

Source: pytickersymbols 1.17.10 (MIT licence, https://github.com/portfolioplus/pytickersymbols):
the constituents of 20 indices (S&P 500, S&P 600, NASDAQ 100, DOW JONES, NIKKEI 225, FTSE 100,
DAX, MDAX, SDAX, TecDAX, CAC 40, CAC Mid 60, EURO STOXX 50, IBEX 35, AEX, BEL 20,
Switzerland 20, OMX Helsinki 25, OMX Stockholm 30, S&P 100). Each company gives its name, the
title of its Wikipedia article, and both without a legal form (Kubota Corporation -> Kubota).

Dropped, because the word is more often something else: names of three letters or fewer (an
acronym reads many ways); names made only of English words (Target, Apple, Visa, Next; Waste
Management, Public Storage, which a heading writes the same) by the WordNet 3.0 lemma index (Princeton University, WordNet licence; read from
spacy-lookups-data 1.0.5, MIT); one-word names that are places in the gazetteer (Phoenix,
Corning); names two companies share. Both packages are read at build time only.

Usage: pip install pytickersymbols==1.17.10 spacy-lookups-data==1.0.5 && python tools/companies.py
"""

from __future__ import annotations

import gzip
import json
import re
import sys
import urllib.parse
from collections import defaultdict
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from pytickersymbols import PyTickerSymbols  # noqa: E402

from extract.gazetteer import fold, gazetteer  # noqa: E402

OUT = ROOT / "src" / "extract" / "data" / "en" / "companies.json"
LEGAL = re.compile(
    r"(?:,?\s+(?:&\s*Co\.?(?:\s*KGaA)?|Inc\.?|Incorporated|Corp\.?|Corporation|Company|Co\.?,?|Ltd\.?"
    r"|Limited|plc|PLC|AG|SE|S\.A\.?|SA|N\.V\.|NV|Oyj|ASA|AB|KGaA|GmbH|SCA))+$"
)
BRACKET = re.compile(r"\s*\([^()]*\)")
SHARE_CLASS = re.compile(r"(?<=[a-zäöü])[A-C]$")  # IndustrivärdenC: the index's share class


def _wordnet() -> frozenset[str]:
    path = resources.files("spacy_lookups_data") / "data" / "en_lemma_index.json.gz"
    with gzip.open(str(path), "rt", encoding="utf-8") as f:
        index = json.load(f)
    return frozenset(w for words in index.values() for w in words)


def _english_word(word: str, wordnet: frozenset[str]) -> bool:
    w = word.lower()
    return w in wordnet or (w.endswith("s") and w[:-1] in wordnet) or (w.endswith("es") and w[:-2] in wordnet)


def _forms(company: dict) -> set[str]:
    """The company's name and its Wikipedia title, each also without its legal form."""
    names = {company["name"].strip()}
    url = (company.get("metadata") or {}).get("wikipedia_url") or ""
    if url:
        names.add(urllib.parse.unquote(url.rsplit("/", 1)[-1]).replace("_", " "))
    out: set[str] = set()
    for n in names:
        n = SHARE_CLASS.sub("", BRACKET.sub("", n)).strip()
        bare = LEGAL.sub("", n).strip().rstrip(" ,&")
        for f in (n, bare, bare[4:] if bare.startswith("The ") else ""):
            if f and f[0].isupper() or f[:1].isdigit():
                out.add(f)
    return out


def main() -> None:
    wordnet = _wordnet()
    g = gazetteer()
    tickers = PyTickerSymbols()
    owners: dict[str, set[str]] = defaultdict(set)
    for index in sorted(tickers.get_all_indices()):
        for company in tickers.get_stocks_by_index(index):
            canonical = BRACKET.sub("", company["name"]).strip()
            for f in _forms(company):
                owners[f].add(canonical)
    names: dict[str, str] = {}
    for form, canon in sorted(owners.items()):
        one_word = " " not in form
        if (
            len(form) <= 3
            or len(canon) > 1
            or all(_english_word(w, wordnet) for w in re.findall(r"[A-Za-z]+", form))
            or (one_word and (g.hits(fold(form)) or g.place(form) is not None))
        ):
            continue
        names[form] = next(iter(canon))
    data = {
        "_doc": __doc__.split("\n\n")[1].replace("\n", " "),
        "_source": "pytickersymbols 1.17.10 (MIT), index constituents; filtered by the WordNet 3.0 lemma index (spacy-lookups-data 1.0.5) and the gazetteer; written by tools/companies.py",
        "names": names,
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(names)} names of {len(set(names.values()))} companies -> {OUT}")


if __name__ == "__main__":
    main()
