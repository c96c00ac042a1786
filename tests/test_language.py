"""Language per document and per paragraph."""

from extract.language import MIN_SEGMENT, classify, detect


def test_classify_scripts():
    assert classify("横浜市はアジア初の署名都市になりました。") == "ja"
    assert classify("Yokohama became the first signatory city in Asia.") == "en"
    assert classify("12345 -- ()") is None
    # A Japanese sentence with an English name in it is still Japanese.
    assert classify("シンガポール Centre for Liveable Cities(CLC)が賛同しました。") == "ja"


def test_mixed_document_gets_segments():
    ja = "横浜市はアジア版循環型都市宣言制度の第1号署名都市として署名を行いました。" * 8
    en = "The City of Yokohama signed the Asian Circular Cities Declaration as its first city. " * 5
    lang, segments = detect(ja + "\n\n" + en)
    assert lang == "ja"
    assert [s.lang for s in segments] == ["ja", "en"]
    assert len(en) >= MIN_SEGMENT


def test_single_language_document_has_no_segments():
    lang, segments = detect("The IPCC met in Mombasa, Kenya.\n\nAuthors came from 50 countries.")
    assert lang == "en" and segments == []
