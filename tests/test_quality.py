"""The CI gate: extraction quality on the corpus must not fall below corpus/thresholds.json.

The evaluation is ``extract eval`` itself (same scorer, same gold); it reuses the records the
other corpus tests already made (corpus_util.record_for), so the corpus is processed once per
test session. Raise a floor when quality improves; never lower one without saying why in the
commit.
"""

from __future__ import annotations

import json

import pytest
from corpus_util import DOCS, ROOT, record_for

from extract import evaluate as ev
from extract.ingest import IngestError

THRESHOLDS = json.loads((ROOT / "corpus" / "thresholds.json").read_text(encoding="utf-8"))
FLOORS = [
    (scope, kind, metric, floor)
    for scope, kinds in THRESHOLDS["floors"].items()
    for kind, metrics in kinds.items()
    for metric, floor in metrics.items()
]


def _runner(files):
    out = {}
    for stem, path in files.items():
        try:
            out[stem] = (record_for(path.name).model_dump(mode="json"), "ok", "")
        except IngestError as e:
            out[stem] = (None, e.code, e.message)
    return out


@pytest.fixture(scope="module")
def result() -> dict:
    return ev.evaluate(ROOT / "corpus" / "gold", [DOCS], runner=_runner).as_dict()


@pytest.mark.parametrize("scope, kind, metric, floor", FLOORS, ids=[f"{s}-{k}-{m}" for s, k, m, _ in FLOORS])
def test_score_is_not_below_its_floor(result, scope, kind, metric, floor):
    if floor <= 0:
        pytest.skip("floor 0: nothing to guard yet — raise it once the recogniser scores")
    scores = result["overall"] if scope == "all" else result["languages"][scope]
    got = scores[kind][metric]
    assert got >= floor, f"{scope} {kind} {metric} fell to {got:.4f}, below its floor {floor:.4f}"


def test_thresholds_give_a_floor_for_every_type_and_the_micro_average():
    for scope in ("all", "en", "ja"):
        assert set(THRESHOLDS["floors"][scope]) == {*ev.TYPES, "micro"}, scope
        for kind, metrics in THRESHOLDS["floors"][scope].items():
            assert set(metrics) == {"precision", "recall", "f1"}, (scope, kind)


def test_scanned_pdf_ends_as_needs_ocr(result):
    assert result["needs_ocr"], "the corpus keeps a scanned PDF whose gold says needs_ocr"
    for n in result["needs_ocr"]:
        assert n["pass"], f"{n['doc']} ended as {n['status']}, not needs_ocr"


def test_every_document_has_gold_and_every_gold_text_is_in_its_document(result):
    assert result["unscored"] == []
    assert result["problems"] == []
    assert all(d["status"] == "ok" or d["needs_ocr"] for d in result["documents"]), [
        (d["doc"], d["status"], d["message"]) for d in result["documents"] if d["status"] != "ok"
    ]


def test_the_gate_and_the_cli_agree(result):
    assert ev.check_thresholds(result, THRESHOLDS) == []
