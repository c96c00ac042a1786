"""Scoring the peer beside us.

Two scores, because GiNZA finds spans but gives no normalised values:
- strict: extract's own evaluator (``extract eval --records DIR --json``) on both systems' records,
  the rule of /work/shared/gold-format.md. Organisations are compared fairly there (the rule is on
  text); a GiNZA city has no country, a GiNZA date no ISO value, so those score as they would
  for a user of GiNZA: not correct.
- detection: the same rule with every value check dropped — did the system find the span? City
  and organisation texts must equal a gold text or alias, date and count texts must overlap one
  (one contains the other), after NFKC and with white space removed. Both systems are scored
  this way by the code below, so the comparison is like for like.
"""

from __future__ import annotations

import json
import re
import subprocess
import unicodedata
from pathlib import Path

TYPES = {"city": "cities", "organization": "organizations", "date": "dates", "count": "counts"}
EXACT = {"city", "organization"}
_WS = re.compile(r"\s+")


def norm(s: str) -> str:
    return _WS.sub("", unicodedata.normalize("NFKC", s))


def _prf(correct: int, predicted: int, recalled: int, gold: int) -> dict:
    p = correct / predicted if predicted else 0.0
    r = recalled / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"correct": correct, "predicted": predicted, "recalled": recalled, "gold": gold,
            "precision": p, "recall": r, "f1": f}


def detection(pred: dict[str, dict[str, list[str]]], gold: dict[str, dict]) -> dict:
    """Span-detection P/R/F1 per kind and micro-averaged; ``pred[doc][kind]`` are texts."""
    counts = {k: [0, 0, 0, 0] for k in TYPES}
    for doc, g in gold.items():
        p = pred.get(doc, {})
        for kind, field in TYPES.items():
            entities = [{norm(t) for t in [e["text"], *e.get("aliases", [])] if norm(t)} for e in g.get(field, [])]
            texts = sorted({norm(t) for t in p.get(kind, []) if norm(t)})

            def hit(t: str, names: set[str], kind: str = kind) -> bool:
                if kind in EXACT:
                    return t in names
                return any(t in n or n in t for n in names)

            c = counts[kind]
            c[0] += sum(1 for t in texts if any(hit(t, names) for names in entities))
            c[1] += len(texts)
            c[2] += sum(1 for names in entities if any(hit(t, names) for t in texts))
            c[3] += len(entities)
    out = {k: _prf(*v) for k, v in counts.items()}
    out["micro"] = _prf(*(sum(v[i] for v in counts.values()) for i in range(4)))
    return out


def record_texts(records_dir: Path, docs: list[str]) -> dict[str, dict[str, list[str]]]:
    """Mention texts per document and kind from an ``extract run`` output folder."""
    out: dict[str, dict[str, list[str]]] = {}
    for doc in docs:
        path = records_dir / "records" / f"{doc}.json"
        if not path.exists():
            out[doc] = {k: [] for k in TYPES}
            continue
        rec = json.loads(path.read_text(encoding="utf-8"))
        out[doc] = {k: [m["text"] for m in rec.get(f, [])] for k, f in TYPES.items()}
    return out


def load_gold(gold_dir: Path, docs: list[str]) -> dict[str, dict]:
    gold = {}
    for doc in docs:
        p = gold_dir / f"{Path(doc).stem}.json"
        if p.exists():
            gold[doc] = json.loads(p.read_text(encoding="utf-8"))
    return gold


def evaluator(extract_cmd: list[str], doc_paths: list[Path], records: Path, gold: Path, cwd: Path,
              env: dict | None = None) -> dict:
    """Run extract's evaluator on a records folder; its JSON, or why it could not run."""
    argv = [*extract_cmd, "eval", *map(str, doc_paths), "--records", str(records), "--gold", str(gold), "--json"]
    p = subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    if "No module named 'extract.evaluate'" in p.stderr:
        return {"available": False, "why": "src/extract/evaluate.py does not exist yet"}
    try:
        data = json.loads(p.stdout)
    except ValueError:
        return {"available": False, "why": f"extract eval exited {p.returncode}: {(p.stderr or p.stdout)[-600:]}"}
    return {"available": True, "returncode": p.returncode, "f1": find_f1(data), "raw": data}


def find_f1(data) -> dict[str, float]:
    """Per-kind F1 from the evaluator's JSON, wherever it nests it (its layout is its own)."""
    names = {"cities": "city", "city": "city", "organizations": "organization", "organization": "organization",
             "dates": "date", "date": "date", "counts": "count", "count": "count",
             "micro": "micro", "all": "micro", "overall": "micro", "total": "micro"}
    found: dict[str, float] = {}

    def walk(node, depth: int = 0) -> None:
        if depth > 6 or not isinstance(node, dict):
            return
        for key, val in node.items():
            if isinstance(val, dict) and key in names and isinstance(val.get("f1"), int | float):
                found.setdefault(names[key], float(val["f1"]))
        for val in node.values():
            walk(val, depth + 1)

    walk(data.get("overall", data) if isinstance(data, dict) else data)
    return found
