"""JSON Schema files generated from the pydantic models (the models are the source of truth)."""

from __future__ import annotations

import json
from pathlib import Path

from .models import DocumentError, Record, RunSummary
from .write import atomic_write

SCHEMAS = {"record": Record, "run-summary": RunSummary, "error": DocumentError}


def render() -> dict[str, str]:
    out = {}
    for name, model in SCHEMAS.items():
        schema = model.model_json_schema()
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        schema["$id"] = f"https://extract.invalid/schemas/{name}.schema.json"
        out[f"{name}.schema.json"] = json.dumps(schema, ensure_ascii=False, indent=2) + "\n"
    return out


def write_schemas(folder: Path, check: bool = False) -> int:
    stale = []
    for name, text in render().items():
        path = folder / name
        if check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            atomic_write(path, text)
    if stale:
        print(f"schemas out of date: {', '.join(stale)} (run: extract schema)")
        return 1
    return 0
