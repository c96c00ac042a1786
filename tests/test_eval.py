"""The scorer of ``extract eval`` on small hand-made gold/prediction pairs.

Every expected figure is computed by hand in the comment next to it, from the rule in
../shared/gold-format.md; none is produced by the code under test.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract import evaluate as ev
from extract.cli import main


def gold(**types) -> tuple[dict, dict]:
    data = {"doc": "doc.txt", "lang": "ja", **types}
    return ev.parse_gold(data)


def mention(text: str, at: int = 0, page: int | None = None, **attrs) -> dict:
    """A mention as in a record: ``at`` is its offset (``start`` is a date's value)."""
    return {"text": text, "span": {"start": at, "end": at + len(text)}, "page": page,
            "rule": "test", **attrs}


def score(golds: dict, record: dict, header: dict | None = None) -> ev.DocResult:
    return ev.score_document(header or {"doc": "doc.txt", "lang": "ja", "pages": None}, golds, record)


def figures(t: ev.Tally) -> tuple:
    return (t.correct, t.predicted, t.recalled, t.gold, round(t.precision, 4), round(t.recall, 4), round(t.f1, 4))


# --- normalisation -----------------------------------------------------------------------------


@pytest.mark.parametrize("raw, folded", [
    ("約 2,000名", "約2,000名"),
    ("Ｙｏｋｏｈａｍａ", "Yokohama"),      # full width → ASCII (NFKC)
    ("September 22\n24", "September2224"),  # PDF line break inside a mention
    ("令和８\u3000年", "令和8年"),           # ideographic space is white space
])
def test_fold_is_nfkc_without_white_space(raw, folded):
    assert ev.fold(raw) == folded


def test_fold_keeps_case():
    assert ev.fold("This year") != ev.fold("this year")


@pytest.mark.parametrize("raw, value", [(2000, 2000), (2000.0, 2000), ("2,000", 2000), (2.5, 2.5)])
def test_numbers_compare_as_numbers(raw, value):
    assert ev.number(raw) == value
    assert type(ev.number(raw)) is type(value)


@pytest.mark.parametrize("got, want, equal", [
    ("Ministry of Cities", "Ministry of Cities (Brazil)", True),  # the gold's qualifier
    ("Ministry of Finance (Japan)", "Ministry of Finance (Georgia)", False),  # a different one
    ("Ministry of Finance (Japan)", "Ministry of Finance", False),  # the prediction's own
    ("ICLEI Japan", "ICLEI Europe", False),
    (None, "Bangkok", False),
])
def test_canonical_may_omit_the_gold_qualifier(got, want, equal):
    assert ev.attribute_equal("canonical", got, want) is equal


def test_other_attributes_need_the_whole_text():
    assert ev.attribute_equal("counted", "participants", "participants (registered)") is False
    assert ev.attribute_equal("unit", "名", "名") is True


def test_attribute_key_ignores_case_accents_and_spacing():
    assert ev.fold_attr(" Participants ") == ev.fold_attr("participants")
    assert ev.fold_attr("São  Paulo") == ev.fold_attr("Sao Paulo")
    assert ev.fold_attr("member local governments") != ev.fold_attr("local governments")
    assert ev.fold_attr(None) is None


# --- the rule, type by type ----------------------------------------------------------------------


def test_cities_alias_nfkc_wrong_country_and_duplicates():
    _, g = gold(cities=[
        {"text": "横浜市", "aliases": ["Yokohama"], "canonical": "Yokohama", "country": "JP"},
        {"text": "バンコク都", "aliases": ["バンコク"], "canonical": "Bangkok", "country": "TH"},
        {"text": "Paris", "canonical": "Paris", "country": "FR"},
    ])
    record = {"text": "", "cities": [
        mention("横浜市", 0, country="JP", canonical="Yokohama"),
        mention("横浜市", 40, country="JP", canonical="Yokohama"),  # same (text, value): collapsed
        mention("Ｙｏｋｏｈａｍａ", 80, country="JP", canonical="Yokohama"),  # alias after NFKC
        mention("バンコク", 100, country="JP", canonical="Bangkok"),  # right text, wrong country
        mention("Paris", 120, country="US", canonical="Paris"),  # Paris, Texas: wrong country
    ]}
    r = score(g, record)
    # 4 distinct predictions, 2 correct (横浜市, Yokohama); 1 of 3 gold recalled (横浜市)
    # P = 2/4 = .5, R = 1/3, F1 = 2 * .5 * 1/3 / (.5 + 1/3) = .4
    assert figures(r.types["cities"].tally) == (2, 4, 1, 3, 0.5, 0.3333, 0.4)
    assert [m["text"] for m in r.types["cities"].misses] == ["バンコク都", "Paris"]
    assert [f["text"] for f in r.types["cities"].false_positives] == ["バンコク", "Paris"]
    assert r.types["cities"].attrs == {"canonical": [1, 1]}


def test_city_country_is_case_insensitive_code():
    _, g = gold(cities=[{"text": "Detroit", "country": "US"}])
    r = score(g, {"text": "", "cities": [mention("Detroit", country="us")]})
    assert figures(r.types["cities"].tally) == (1, 1, 1, 1, 1.0, 1.0, 1.0)


def test_organisations_match_on_text_or_alias_only():
    _, g = gold(organizations=[
        {"text": "アジア開発銀行", "aliases": ["ADB"], "canonical": "Asian Development Bank"},
        {"text": "環境省", "canonical": "Ministry of the Environment"},
        {"text": "世界銀行東京開発ラーニングセンター", "canonical": "World Bank Tokyo Development Learning Center"},
    ])
    record = {"text": "", "organizations": [
        mention("ADB", 0, canonical="ADB"),  # alias: correct; its canonical is wrong
        mention("環境省", 10, canonical="Ministry of the Environment"),
        mention("世界銀行", 20),  # inside a gold name: organisations need equal text
        mention("アジア開発銀行研究所", 40),  # contains a gold name: not equal either
    ]}
    r = score(g, record)
    # correct 2 of 4; recalled 2 of 3 → P .5, R .6667, F1 = 2*.5*.6667/1.1667 = .5714
    assert figures(r.types["organizations"].tally) == (2, 4, 2, 3, 0.5, 0.6667, 0.5714)
    assert r.types["organizations"].attrs == {"canonical": [1, 2]}
    assert r.types["organizations"].attr_errors[0]["text"] == "アジア開発銀行"


def test_dates_need_equal_values_and_overlapping_text():
    _, g = gold(dates=[
        {"text": "令和7年11月25日(火)～27日(木)", "start": "2025-11-25", "end": "2025-11-27"},
        {"text": "2020年", "start": "2020", "end": "2020"},
        {"text": "this year", "aliases": ["This year"], "start": "2026", "end": "2026"},
    ])
    record = {"text": "", "dates": [
        mention("令和7年11月25日", 0, start="2025-11-25", end="2025-11-27"),  # inside gold text
        mention("11月25日(火)～27日", 30, start="2025-11-25", end="2025-11-27"),  # inside too
        mention("令和7年11月25日", 60, start="2025-11-25", end="2025-11-25"),  # wrong end: FP
        mention("2020", 80, start="2020", end="2020"),  # inside 2020年
        mention("2020年に", 90, start="2020", end="2020"),  # contains 2020年
        mention("This year", 100, start="2026", end="2026"),  # equals the gold alias
        mention("2019年", 120, start="2020", end="2020"),  # right value, no overlap: FP
    ]}
    r = score(g, record)
    # 7 distinct, 5 correct; 3 of 3 recalled → P 5/7 = .7143, R 1, F1 = 10/12 = .8333
    assert figures(r.types["dates"].tally) == (5, 7, 3, 3, 0.7143, 1.0, 0.8333)
    assert [f["text"] for f in r.types["dates"].false_positives] == ["令和7年11月25日", "2019年"]


def test_date_alias_overlap_counts_only_when_the_gold_gives_aliases():
    _, g = gold(dates=[{"text": "令和２年４月１２日", "aliases": ["４月１２日"], "start": "2020-04-12", "end": "2020-04-12"}])
    r = score(g, {"text": "", "dates": [mention("4月12日(日)", start="2020-04-12", end="2020-04-12")]})
    # "4月12日(日)" contains the alias "4月12日" (after NFKC) but not the text: correct by alias
    assert figures(r.types["dates"].tally) == (1, 1, 1, 1, 1.0, 1.0, 1.0)
    _, g = gold(dates=[{"text": "令和２年４月１２日", "start": "2020-04-12", "end": "2020-04-12"}])
    r = score(g, {"text": "", "dates": [mention("4月12日(日)", start="2020-04-12", end="2020-04-12")]})
    assert figures(r.types["dates"].tally) == (0, 1, 0, 1, 0.0, 0.0, 0.0)


def test_counts_value_modifier_overlap_and_attributes():
    _, g = gold(counts=[
        {"text": "約 2,000名", "value": 2000, "modifier": "approx", "unit": "名", "counted": "participants"},
        {"text": "2,500 以上", "value": 2500, "modifier": "at_least", "unit": "自治体", "counted": "member local governments"},
        {"text": "109名", "value": 109, "modifier": None, "unit": "名", "counted": "participants"},
    ])
    record = {"text": "", "counts": [
        mention("約2,000名", 0, value=2000.0, modifier="approx", unit="名", counted="Participants"),
        mention("2,500", 20, value=2500, modifier=None, unit="自治体"),  # modifier lost: FP
        mention("109名", 40, value=109, unit="人", counted="participants"),  # no modifier = null
    ]}
    r = score(g, record)
    # correct 2 of 3, recalled 2 of 3 → P = R = F1 = .6667
    assert figures(r.types["counts"].tally) == (2, 3, 2, 3, 0.6667, 0.6667, 0.6667)
    # unit: 名 right, 人 wrong → 1/2; counted: both right (case folded) → 2/2
    assert r.types["counts"].attrs == {"unit": [1, 2], "counted": [2, 2]}


def test_one_prediction_can_recall_two_gold_entities_but_counts_once():
    _, g = gold(dates=[
        {"text": "2025年11月", "start": "2025-11", "end": "2025-11"},
        {"text": "11月中", "start": "2025-11", "end": "2025-11"},
    ])
    r = score(g, {"text": "", "dates": [mention("11月", start="2025-11", end="2025-11")]})
    assert figures(r.types["dates"].tally) == (1, 1, 2, 2, 1.0, 1.0, 1.0)


def test_pages_filter_scores_only_predictions_on_annotated_pages():
    header, g = ev.parse_gold({"doc": "r.pdf", "lang": "en", "pages": [1],
                               "organizations": [{"text": "World Bank"}]})
    text = "World Bank met\fUN-Habitat and World Bank"
    record = {"text": text, "pages": [{"number": 1, "span": {"start": 0, "end": 14}},
                                      {"number": 2, "span": {"start": 15, "end": 40}}],
              "organizations": [mention("World Bank", 0, page=1), mention("UN-Habitat", 15, page=2),
                                mention("World Bank", 30, page=2)]}
    r = ev.score_document(header, g, record)
    # only page 1 is scored: 1 prediction, correct → P = R = 1; UN-Habitat is not a false positive
    assert figures(r.types["organizations"].tally) == (1, 1, 1, 1, 1.0, 1.0, 1.0)
    assert r.types["organizations"].false_positives == []


def test_micro_average_pools_all_types():
    _, g = gold(cities=[{"text": "倉敷市", "country": "JP"}], dates=[{"text": "2024年", "start": "2024", "end": "2024"}],
                counts=[{"text": "68人", "value": 68, "modifier": None}])
    record = {"text": "", "cities": [mention("倉敷市", country="JP"), mention("岡山", 9, country="JP")],
              "dates": [mention("2024年", 20, start="2024", end="2024")], "counts": [], "organizations": []}
    r = score(g, record)
    # correct 2 of 3 predictions, recalled 2 of 3 gold → P = R = F1 = .6667
    assert figures(r.tally()) == (2, 3, 2, 3, 0.6667, 0.6667, 0.6667)


def test_no_predictions_and_no_gold_give_zero_not_an_error():
    _, g = gold()
    r = score(g, {"text": ""})
    assert figures(r.tally()) == (0, 0, 0, 0, 0.0, 0.0, 0.0)


def test_needs_ocr_passes_only_as_a_needs_ocr_error():
    header, g = ev.parse_gold({"doc": "scan.pdf", "lang": "ja", "needs_ocr": True})
    assert ev.score_document(header, g, None, "needs_ocr", "no text layer").ocr_pass is True
    assert ev.score_document(header, g, None, "corrupt_pdf", "bad").ocr_pass is False
    garbage = {"text": "(cid:12)", "cities": [mention("市", country="JP")]}
    r = ev.score_document(header, g, garbage)
    assert r.ocr_pass is False
    assert figures(r.tally()) == (0, 1, 0, 0, 0.0, 0.0, 0.0)  # garbage entities are false positives


def test_misses_and_false_positives_carry_context():
    _, g = gold(cities=[{"text": "揚州市", "country": "CN"}])
    text = "厚木市" + "x" * 22 + " 揚州市 " + "y" * 25
    r = score(g, {"text": text, "cities": [mention("厚木市", 0, country="CN")]})
    # 揚州市 is at 26..29: 20 characters either side, an ellipsis where the text goes on
    assert r.types["cities"].misses[0]["context"] == "…" + "x" * 19 + " [揚州市] " + "y" * 19 + "…"
    assert r.types["cities"].false_positives[0]["context"] == "[厚木市]" + "x" * 20 + "…"


@pytest.mark.parametrize("bad, message", [
    ({"lang": "ja"}, "doc"),
    ({"doc": "d.txt", "counts": [{"text": "約5名", "value": 5, "modifier": "about"}]}, "modifier"),
    ({"doc": "d.txt", "cities": [{"text": "Paris", "country": "France"}]}, "country"),
    ({"doc": "d.txt", "dates": [{"text": "2020年", "start": "2020"}]}, "start"),
    ({"doc": "d.txt", "organizations": [{"text": " "}]}, "text"),
])
def test_gold_errors_name_the_problem(bad, message):
    with pytest.raises(ev.GoldError, match=message):
        ev.parse_gold(bad, "x.json")


# --- whole evaluations: records folder, CLI, compare, thresholds ---------------------------------


def write_json(path: Path, data) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


@pytest.fixture
def run_folder(tmp_path):
    """A gold folder and an ``extract run`` output folder: one good record, one OCR error, one gap."""
    g = tmp_path / "gold"
    write_json(g / "a.json", {"doc": "a.txt", "lang": "en", "cities": [{"text": "Detroit", "country": "US"}],
                              "dates": [{"text": "July 2025", "start": "2025-07", "end": "2025-07"}]})
    write_json(g / "scan.json", {"doc": "scan.pdf", "lang": "ja", "needs_ocr": True})
    write_json(g / "gone.json", {"doc": "gone.txt", "lang": "ja", "organizations": [{"text": "環境省"}]})
    out = tmp_path / "out"
    text = "Detroit, July 2025. Atlanta."
    write_json(out / "records" / "a.txt.json", {
        "id": "a.txt", "text": text,
        "cities": [mention("Detroit", 0, country="US"), mention("Atlanta", 20, country="US")],
        "dates": [mention("July 2025", 9, start="2025-07", end="2025-07")]})
    write_json(out / "manifest.json", {"documents": {"a.txt": {"status": "ok"},
                                                     "scan.pdf": {"status": "error", "code": "needs_ocr"}}})
    return g, out


def test_evaluate_a_records_folder(run_folder):
    g, out = run_folder
    e = ev.evaluate(g, records=out)
    assert [d.doc for d in e.documents] == ["a.txt", "gone.txt", "scan.pdf"]
    assert [d.status for d in e.documents] == ["ok", "missing", "needs_ocr"]
    # a.txt: 3 predictions, 2 correct; gold 2 (a.txt) + 1 (gone.txt, all missed) → R 2/3
    assert figures(e.tally()) == (2, 3, 2, 3, 0.6667, 0.6667, 0.6667)
    assert figures(e.tally("cities", "en")) == (1, 2, 1, 1, 0.5, 1.0, 0.6667)
    assert e.problems == ["gone.txt: gold file without a document"]
    assert e.as_dict()["needs_ocr"] == [{"doc": "scan.pdf", "status": "needs_ocr", "pass": True}]


def test_cli_json_is_stable_and_keyed_in_order(run_folder, capsys):
    g, out = run_folder
    assert main(["eval", "--gold", str(g), "--records", str(out), "--json"]) == 0
    first = capsys.readouterr().out
    assert main(["eval", "--gold", str(g), "--records", str(out), "--json"]) == 0
    assert capsys.readouterr().out == first
    result = json.loads(first)
    assert list(result) == ["format", "gold", "documents_scored", "overall", "languages", "attributes",
                            "attributes_by_language", "needs_ocr", "documents", "unscored", "problems"]
    assert list(result["overall"]) == ["cities", "organizations", "dates", "counts", "micro"]
    fp = result["documents"][0]["false_positives"][0]
    assert (fp["text"], fp["value"], fp["context"]) == ("Atlanta", "US", "Detroit, July 2025. [Atlanta].")


def test_cli_text_report_lists_misses_and_false_positives(run_folder, capsys):
    g, out = run_folder
    assert main(["eval", "--gold", str(g), "--records", str(out)]) == 0
    text = capsys.readouterr().out
    assert "FP   cities        'Atlanta' = US" in text
    assert "MISS organizations '環境省'" in text
    assert "PASS  scan.pdf" in text


def test_compare_reports_gains_and_losses_mention_by_mention(run_folder, tmp_path, capsys):
    g, out = run_folder
    before = ev.evaluate(g, records=out).as_dict()
    # the next run gives Detroit the wrong country and no longer finds Atlanta
    record = json.loads((out / "records" / "a.txt.json").read_text(encoding="utf-8"))
    record["cities"] = [mention("Detroit", 0, country="CA")]
    write_json(out / "records" / "a.txt.json", record)
    after = ev.evaluate(g, records=out).as_dict()
    c = ev.compare(before, after)
    assert [(e["text"], e["change"]) for e in c["improved"]] == [("Atlanta", "false positive gone")]
    assert [(e["text"], e["change"]) for e in c["regressed"]] == [
        ("Detroit", "missed"), ("Detroit", "new false positive")]
    # cities recall 1/1 → 0/1
    assert c["deltas"]["cities"]["recall"] == -1.0
    write_json(tmp_path / "before.json", before)
    main(["eval", "--gold", str(g), "--records", str(out), "--compare", str(tmp_path / "before.json")])
    assert "- a  cities        missed: 'Detroit' = US" in capsys.readouterr().out


def test_thresholds_fail_below_a_floor_and_on_a_failed_ocr_check(run_folder, tmp_path):
    g, out = run_folder
    result = ev.evaluate(g, records=out).as_dict()
    floors = {"floors": {"all": {"cities": {"f1": 0.6}, "micro": {"precision": 0.7}}, "en": {"dates": {"recall": 1.0}}}}
    assert ev.check_thresholds(result, floors) == ["all micro precision 0.6667 < floor 0.7000"]
    result["needs_ocr"][0]["pass"] = False
    assert len(ev.check_thresholds(result, {"floors": {}})) == 1
    write_json(tmp_path / "t.json", floors)
    assert main(["eval", "--gold", str(g), "--records", str(out), "--thresholds", str(tmp_path / "t.json")]) == 1


def test_documents_match_gold_by_file_name_stem(tmp_path):
    g = tmp_path / "gold"
    write_json(g / "whatever.json", {"doc": "report.pdf", "lang": "en", "dates": [{"text": "2009", "start": "2009", "end": "2009"}]})
    doc = tmp_path / "docs" / "report.pdf"
    doc.parent.mkdir()
    doc.write_bytes(b"%PDF-1.4")
    other = tmp_path / "docs" / "notes.txt"
    other.write_text("x")
    seen = {}

    def runner(files):
        seen.update(files)
        return {s: ({"text": "in 2009", "dates": [mention("2009", 3, start="2009", end="2009")]}, "ok", "") for s in files}

    e = ev.evaluate(g, [tmp_path / "docs"], runner=runner)
    assert seen == {"report": doc}  # documents without gold are not run
    assert e.unscored == ["notes"]
    assert e.problems == []
    assert figures(e.tally()) == (1, 1, 1, 1, 1.0, 1.0, 1.0)
    write_json(g / "whatever.json", {"doc": "report.txt", "lang": "en"})
    e = ev.evaluate(g, [tmp_path / "docs"], runner=runner)
    assert e.problems == ["report.txt: the gold names 'report.txt', the document is 'report.pdf'"]


def test_wikipedia_org_detection_by_text_and_by_span(tmp_path, monkeypatch):
    sample = [
        {"curid": "1", "text": "元厚生労働省の官僚である。", "entities": [
            {"name": "厚生労働省", "span": [1, 6], "type": "政治的組織名"}]},
        {"curid": "2", "text": "宮崎放送を退社し、東京都に住む。", "entities": [
            {"name": "宮崎放送", "span": [0, 4], "type": "法人名"},
            {"name": "東京都", "span": [9, 12], "type": "地名"}]},
    ]
    write_json(tmp_path / "wiki.json", sample)
    predicted = {  # what a recogniser might find in each sentence
        "元厚生労働省の官僚である。": [mention("厚生労働省", 1)],
        "宮崎放送を退社し、東京都に住む。": [mention("宮崎", 0), mention("東京都", 9)],
    }

    class FakeRecord:
        def __init__(self, text):
            self.text = text

        def model_dump(self, mode="json"):
            return {"text": self.text, "organizations": predicted[self.text]}

    monkeypatch.setattr("extract.pipeline.process_text", lambda text, doc_id="t": FakeRecord(text))
    w = ev.evaluate_wikipedia(tmp_path / "wiki.json")
    # 3 predictions, 1 correct (厚生労働省); 2 gold organisations, 1 recalled
    assert (w["text"]["correct"], w["text"]["predicted"], w["text"]["recalled"], w["text"]["gold"]) == (1, 3, 1, 2)
    assert w["span"]["precision"] == 0.3333 and w["span"]["recall"] == 0.5
    assert w["false_positives_by_gold_label"] == {"(none)": 1, "地名": 1}
    assert [m["text"] for m in w["misses"]] == ["宮崎放送"]
    assert w["errors"] == []
