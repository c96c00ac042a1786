"""The checked-in JSON Schemas are exactly what the pydantic models generate."""

from corpus_util import ROOT

from extract.schema import render


def test_schema_files_match_models():
    for name, text in render().items():
        path = ROOT / "schemas" / name
        assert path.exists(), f"missing {path}: run `extract schema`"
        assert path.read_text(encoding="utf-8") == text, f"{name} is stale: run `extract schema`"
