"""Tokenise gives real spaCy Docs: UniDic analysis for Japanese, spaCy's rules for English."""

from spacy.tokens import Doc

from extract.tokenise import tokenise


def test_japanese_doc_carries_unidic_analysis():
    text = "横浜市がアジア初の署名都市に。\n  国際局"
    doc = tokenise(text, "ja")
    assert isinstance(doc, Doc)
    assert doc.text == text  # tokens and whitespace rebuild the text exactly
    yokohama = next(t for t in doc if t.text == "横浜")
    assert yokohama.tag_.startswith("名詞-固有名詞-地名")
    assert yokohama.pos_ == "NOUN"
    assert str(yokohama.morph) == "Reading=ヨコハマ"
    assert next(t for t in doc if t.text == "が").pos_ == "ADP"
    assert doc.char_span(text.index("国際局"), text.index("国際局") + 3) is not None


def test_english_doc_uses_spacy_rules():
    text = "The Asian Development Bank (ADB) met on Nov. 18-20, 2024."
    doc = tokenise(text, "en")
    assert doc.text == text
    assert [t.text for t in doc][:5] == ["The", "Asian", "Development", "Bank", "("]
