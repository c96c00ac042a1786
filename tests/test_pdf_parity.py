"""The PDF path loses nothing: a document typeset as a PDF yields what its text yields.

Real documents from the corpus are typeset with reportlab (Japanese lines wrapped at a fixed
width, inside words and numbers, as layout does), read back through the pipeline, and their
distinct entities compared with those of the plain-text version.
"""

from __future__ import annotations

import unicodedata

import pytest
from corpus_util import DOCS
from typeset import typeset

from extract.pipeline import process

DOCS_JA = ["001_e8208775042d8aa1.txt", "003_2aace030ec424449.txt", "06_ja_atsugi_hokuto_agreement.txt"]
DOCS_EN = ["03_en_ipcc_srcities_mombasa.txt", "04_en_wri_detroit_sustainable_cities_challenge.txt"]


def entities(record) -> set[tuple]:
    out = set()
    for kind in ("cities", "organizations", "dates", "counts"):
        for m in getattr(record, kind):
            key = "".join(unicodedata.normalize("NFKC", m.text).split())
            value = {
                "cities": lambda m: m.country,
                "organizations": lambda m: None,
                "dates": lambda m: (m.start, m.end),
                "counts": lambda m: (float(m.value), m.modifier),
            }[kind](m)
            out.add((kind, key, value))
    return out


@pytest.mark.parametrize("lang,names", [("ja", DOCS_JA), ("en", DOCS_EN)])
def test_typeset_pdf_matches_text(tmp_path, lang, names):
    agree = from_text = from_pdf = 0
    for name in names:
        text = (DOCS / name).read_text(encoding="utf-8")
        pdf = typeset(text, tmp_path / f"{name}.pdf", ja=lang == "ja")
        a = entities(process(DOCS / name, name))
        b = entities(process(pdf, pdf.name))
        agree += len(a & b)
        from_text += len(a)
        from_pdf += len(b)
    assert from_text > 0
    f1 = 2 * agree / (from_text + from_pdf)
    assert f1 >= 0.97, f"{lang}: PDF path agrees with the text path at F1 {f1:.3f}"
