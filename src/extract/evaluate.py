"""``extract eval``: score records against gold annotations (../shared/gold-format.md).

The project's measuring instrument. It implements the format's scoring rule exactly, so its
figures can be compared with any other scorer of that format; where the rule is silent the
choice is written here, next to the code that makes it:

- Texts are compared after NFKC with all white space removed (``fold``).
- Predictions are collapsed per document and type to distinct (folded text, value), where the
  value is what the rule compares: a city's ``country``; nothing for an organisation (matching
  is on the text); a date's ``start``/``end``; a count's ``value``/``modifier``. A collapsed
  prediction's attributes and context come from its first mention in document order.
- Dates and counts: gold ``aliases`` (some annotators gave them) are accepted for the overlap
  test just like the gold ``text``. Overlap means one folded text contains the other.
- Numbers compare as numbers (2000 == 2000.0); modifiers ``None``/``""`` are the same.
- A prediction may be correct for several gold entities; it counts once for precision, and
  recalls each of them. Zero denominators give 0.0 (and the raw counts are always reported).
- Gold ``"pages": [..]``: only predictions whose ``page`` is listed are scored (a prediction
  without a page is then not scored). Gold ``"needs_ocr": true``: the document must end as a
  ``needs_ocr`` error; reported as pass/fail, and any record it yields is all false positives.
- Attribute accuracy (``cities.canonical``, ``organizations.canonical``, ``counts.unit``,
  ``counts.counted``): over recalled gold entities that give the attribute, one pair each —
  the correct prediction whose text equals the gold text (else an alias, else the first in
  document order). Equal after NFKC, accents dropped, case folded, white space collapsed; a
  missing predicted attribute is wrong; a ``canonical`` without a bracket of its own may omit
  the gold's trailing bracketed qualifier ("Ministry of Cities" = "Ministry of Cities (Brazil)").
- Wikipedia NER sample (``--wikipedia``): 法人名, 政治的組織名 and その他の組織名 are
  organisations. The headline figure uses the corpus rule per sentence (distinct folded texts,
  equal text); a strict exact-span figure is reported beside it.
"""

from __future__ import annotations

import json
import math
import os
import re
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TYPES = ("cities", "organizations", "dates", "counts")
MODIFIERS = (None, "approx", "at_least", "more_than", "at_most", "less_than")
ATTRIBUTES = {
    "cities": ("canonical",),
    "organizations": ("canonical",),
    "dates": (),
    "counts": ("unit", "counted"),
}
WIKI_ORG_TYPES = ("法人名", "政治的組織名", "その他の組織名")
SUPPORTED = (".txt", ".md", ".markdown", ".pdf")
FORMAT = "extract-eval/1"
CONTEXT = 20  # characters of source text either side of a listed mention

_WS = re.compile(r"\s+")


class EvalError(ValueError):
    """An input the evaluation cannot use; the message says which and why."""


class GoldError(EvalError):
    """A gold file that does not follow the format; named so the annotator can fix it."""


# --- normalisation ---------------------------------------------------------------------------


def fold(text: str) -> str:
    """The format's text comparison key: Unicode NFKC, then all white space removed."""
    return _WS.sub("", unicodedata.normalize("NFKC", text))


def fold_attr(value: Any) -> str | None:
    """Attribute comparison key: NFKC, accents dropped, case folded, white space collapsed."""
    if value is None:
        return None
    s = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", str(value)))
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = _WS.sub(" ", s).strip().casefold()
    return s or None


_QUALIFIER = re.compile(r"\s*\([^()]*\)$")


def attribute_equal(attr: str, got: Any, want: Any) -> bool:
    """Attributes agree after ``fold_attr``; a canonical name may omit the gold's qualifier.

    Annotators disambiguate canonical names with a trailing bracket ("Ministry of Cities
    (Brazil)"); a prediction without a bracket of its own matches the name before it. One with
    a different bracket ("Ministry of Finance (Japan)") does not.
    """
    a, b = fold_attr(got), fold_attr(want)
    if a is None or b is None:
        return a == b and a is not None
    if a == b:
        return True
    return attr == "canonical" and not _QUALIFIER.search(a) and _QUALIFIER.sub("", b) == a


def number(value: Any) -> int | float:
    """2000, 2000.0 and "2,000" are the same number."""
    if isinstance(value, bool):
        raise ValueError(f"not a number: {value!r}")
    if isinstance(value, str):
        value = float(value.replace(",", "").strip())
    x = float(value)
    if not math.isfinite(x):
        raise ValueError(f"not a finite number: {value!r}")
    return int(x) if x.is_integer() else round(x, 6)


def modifier(value: Any) -> str | None:
    if value is None or (isinstance(value, str) and value.strip().lower() in ("", "null", "none")):
        return None
    return str(value).strip()


def _iso(value: Any) -> str | None:
    return None if value is None else str(value).strip()


def value_of(kind: str, item: dict) -> tuple:
    """What the rule compares besides the text, normalised."""
    if kind == "cities":
        return (str(item.get("country") or "").strip().upper(),)
    if kind == "organizations":
        return ()
    if kind == "dates":
        return (_iso(item.get("start")), _iso(item.get("end")))
    return (number(item.get("value")), modifier(item.get("modifier")))


def show_value(kind: str, value: tuple) -> str:
    """A value as people read it: ``JP``, ``2025-11-25..2025-11-27``, ``2000 approx``."""
    if kind == "cities":
        return value[0]
    if kind == "organizations":
        return ""
    if kind == "dates":
        start, end = value
        return f"{start}" if start == end else f"{start}..{end}"
    n, mod = value
    return f"{n} {mod}" if mod else f"{n}"


def _overlap(a: str, b: str) -> bool:
    return bool(a) and bool(b) and (a in b or b in a)


# --- gold ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Gold:
    kind: str
    text: str
    aliases: tuple[str, ...]
    names: frozenset[str]  # folded text and aliases
    value: tuple
    attrs: dict

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.kind, self.text, show_value(self.kind, self.value))


def parse_gold(data: dict, source: str = "gold") -> tuple[dict, dict[str, list[Gold]]]:
    """Check one gold file and return (header, entities per type); GoldError names the problem."""
    if not isinstance(data, dict) or not isinstance(data.get("doc"), str) or not data["doc"]:
        raise GoldError(f"{source}: needs a \"doc\" (the document's file name)")
    pages = data.get("pages")
    if pages is not None and (not isinstance(pages, list) or not all(isinstance(p, int) for p in pages)):
        raise GoldError(f"{source}: \"pages\" must be a list of page numbers")
    header = {
        "doc": data["doc"],
        "lang": str(data.get("lang") or "?"),
        "pages": sorted(set(pages)) if pages is not None else None,
        "needs_ocr": bool(data.get("needs_ocr", False)),
    }
    out: dict[str, list[Gold]] = {}
    for kind in TYPES:
        items = data.get(kind, [])
        if not isinstance(items, list):
            raise GoldError(f"{source}: \"{kind}\" must be a list")
        golds = []
        for i, item in enumerate(items):
            where = f"{source}: {kind}[{i}]"
            text = item.get("text") if isinstance(item, dict) else None
            if not isinstance(text, str) or not fold(text):
                raise GoldError(f"{where}: needs a non-empty \"text\"")
            aliases = item.get("aliases") or []
            if not isinstance(aliases, list) or not all(isinstance(a, str) and fold(a) for a in aliases):
                raise GoldError(f"{where}: \"aliases\" must be a list of non-empty strings")
            try:
                value = value_of(kind, item)
            except (TypeError, ValueError) as e:
                raise GoldError(f"{where} ({text!r}): bad value: {e}") from None
            if kind == "cities" and not re.fullmatch(r"[A-Z]{2}", value[0]):
                raise GoldError(f"{where} ({text!r}): \"country\" must be an ISO alpha-2 code")
            if kind == "dates" and not (value[0] and value[1]):
                raise GoldError(f"{where} ({text!r}): needs \"start\" and \"end\"")
            if kind == "counts" and value[1] not in MODIFIERS:
                raise GoldError(f"{where} ({text!r}): unknown modifier {value[1]!r}")
            names = frozenset(fold(n) for n in [text, *aliases])
            attrs = {a: item.get(a) for a in ATTRIBUTES[kind] if item.get(a) is not None}
            golds.append(Gold(kind, text, tuple(aliases), names, value, attrs))
        out[kind] = golds
    return header, out


def load_gold_dir(gold_dir: Path) -> dict[str, tuple[dict, dict[str, list[Gold]]]]:
    """Gold files keyed by the stem of their ``doc`` (the document's file name)."""
    if not gold_dir.is_dir():
        raise GoldError(f"{gold_dir}: no such gold folder")
    out: dict[str, tuple[dict, dict[str, list[Gold]]]] = {}
    for path in sorted(gold_dir.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            raise GoldError(f"{path}: cannot be read as JSON ({e})") from None
        header, golds = parse_gold(data, str(path))
        stem = Path(header["doc"]).stem
        if stem in out:
            raise GoldError(f"{path}: a second gold file for {header['doc']}")
        out[stem] = (header, golds)
    return out


# --- predictions -----------------------------------------------------------------------------


@dataclass
class Prediction:
    """Distinct (folded text, value) of one type in one document, with its mentions."""

    kind: str
    key: str
    value: tuple
    mentions: list[dict]

    @property
    def first(self) -> dict:
        return self.mentions[0]


def collapse(kind: str, mentions: Iterable[dict], pages: list[int] | None = None) -> list[Prediction]:
    """Predictions of one type, collapsed as the rule says, in order of first mention."""
    allowed = set(pages) if pages is not None else None
    groups: dict[tuple, Prediction] = {}
    ordered = sorted(
        mentions, key=lambda m: ((m.get("span") or {}).get("start", 0), (m.get("span") or {}).get("end", 0))
    )
    for m in ordered:
        if allowed is not None and m.get("page") not in allowed:
            continue
        key = fold(m.get("text") or "")
        if not key:
            continue
        try:
            value = value_of(kind, m)
        except (TypeError, ValueError):
            value = (None, None)  # an unreadable count value can never be correct
        g = groups.get((key, value))
        if g is None:
            groups[(key, value)] = Prediction(kind, key, value, [m])
        else:
            g.mentions.append(m)
    return list(groups.values())


def correct(pred: Prediction, gold: Gold) -> bool:
    """The format's rule for one prediction against one gold entity of the same type."""
    if pred.kind in ("cities", "organizations"):
        return pred.key in gold.names and pred.value == gold.value
    return pred.value == gold.value and any(_overlap(pred.key, n) for n in gold.names)


# --- scoring ---------------------------------------------------------------------------------


@dataclass
class Tally:
    correct: int = 0
    predicted: int = 0
    recalled: int = 0
    gold: int = 0

    def add(self, other: Tally) -> None:
        self.correct += other.correct
        self.predicted += other.predicted
        self.recalled += other.recalled
        self.gold += other.gold

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.recalled / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "correct": self.correct,
            "predicted": self.predicted,
            "recalled": self.recalled,
            "gold": self.gold,
        }


@dataclass
class TypeResult:
    tally: Tally
    hits: list[dict] = field(default_factory=list)
    misses: list[dict] = field(default_factory=list)
    false_positives: list[dict] = field(default_factory=list)
    attrs: dict[str, list[int]] = field(default_factory=dict)  # attribute -> [right, total]
    attr_errors: list[dict] = field(default_factory=list)


@dataclass
class DocResult:
    doc: str
    lang: str
    status: str  # "ok", "missing", or the error code
    message: str
    pages: list[int] | None
    needs_ocr: bool
    types: dict[str, TypeResult]
    gold_not_in_text: list[str] = field(default_factory=list)

    @property
    def ocr_pass(self) -> bool | None:
        return self.status == "needs_ocr" if self.needs_ocr else None

    def tally(self, kind: str | None = None) -> Tally:
        t = Tally()
        for k in [kind] if kind else TYPES:
            t.add(self.types[k].tally)
        return t


def _context(text: str, start: int, end: int) -> str:
    left = text[max(0, start - CONTEXT) : start]
    right = text[end : end + CONTEXT]
    clean = lambda s: s.replace("\f", " ").replace("\n", "⏎").replace("\t", " ")  # noqa: E731
    return f"{'…' if start > CONTEXT else ''}{clean(left)}[{clean(text[start:end])}]{clean(right)}{'…' if end + CONTEXT < len(text) else ''}"


def _page_ranges(record: dict, pages: list[int] | None) -> list[tuple[int, int]]:
    text = record.get("text") or ""
    if pages is None or not record.get("pages"):
        return [(0, len(text))]
    return [
        (p["span"]["start"], p["span"]["end"]) for p in record["pages"] if p.get("number") in set(pages)
    ]


def _find(text: str, needle: str, ranges: list[tuple[int, int]]) -> int:
    for a, b in ranges:
        i = text.find(needle, a, b)
        if i >= 0:
            return i
    return -1


def _mention_context(record: dict | None, m: dict) -> str:
    span = m.get("span") or {}
    if record is None or "start" not in span:
        return ""
    return _context(record.get("text") or "", span["start"], span["end"])


def score_type(
    kind: str, golds: list[Gold], preds: list[Prediction], record: dict | None = None,
    ranges: list[tuple[int, int]] | None = None,
) -> TypeResult:
    """Score one document's predictions of one type against its gold entities."""
    matches = [[g for g in golds if correct(p, g)] for p in preds]
    recalled_by: dict[int, list[Prediction]] = defaultdict(list)
    for p, gs in zip(preds, matches, strict=True):
        for g in gs:
            recalled_by[id(g)].append(p)
    res = TypeResult(Tally(
        correct=sum(1 for gs in matches if gs),
        predicted=len(preds),
        recalled=sum(1 for g in golds if recalled_by[id(g)]),
        gold=len(golds),
    ))
    text = (record or {}).get("text") or ""
    ranges = ranges if ranges is not None else [(0, len(text))]
    for g in golds:
        entry = {"type": kind, "text": g.text, "value": show_value(kind, g.value)}
        ps = recalled_by[id(g)]
        if ps:
            res.hits.append(entry)
            _score_attributes(g, ps, res)
            continue
        ctx = ""
        for name in (g.text, *g.aliases):
            i = _find(text, name, ranges) if text else -1
            if i >= 0:
                ctx = _context(text, i, i + len(name))
                break
        near = [
            {"text": p.first.get("text"), "value": show_value(kind, p.value)}
            for p in preds
            if any(_overlap(p.key, n) for n in g.names)
        ][:3]
        res.misses.append({**entry, "context": ctx, "near": near})
    for p, gs in zip(preds, matches, strict=True):
        if not gs:
            m = p.first
            res.false_positives.append({
                "type": kind,
                "text": m.get("text"),
                "value": show_value(kind, p.value),
                "rule": m.get("rule"),
                "page": m.get("page"),
                "mentions": len(p.mentions),
                "context": _mention_context(record, m),
            })
    return res


def _score_attributes(g: Gold, preds: list[Prediction], res: TypeResult) -> None:
    """One matched pair per recalled gold entity: the prediction nearest its text."""
    gold_text = fold(g.text)
    best = min(
        preds,
        key=lambda p: (0 if p.key == gold_text else 1 if p.key in g.names else 2,
                       (p.first.get("span") or {}).get("start", 0)),
    )
    for attr, want in g.attrs.items():
        got = best.first.get(attr)
        right = attribute_equal(attr, got, want)
        tally = res.attrs.setdefault(attr, [0, 0])
        tally[0] += right
        tally[1] += 1
        if not right:
            res.attr_errors.append({
                "type": g.kind, "attribute": attr, "text": g.text, "gold": want, "predicted": got,
            })


def score_document(
    header: dict, golds: dict[str, list[Gold]], record: dict | None,
    status: str = "ok", message: str = "",
) -> DocResult:
    """Score one document: its record (a dict as in the JSON output) or the error it ended in."""
    pages = header.get("pages")
    types = {}
    ranges = _page_ranges(record, pages) if record else []
    for kind in TYPES:
        preds = collapse(kind, (record or {}).get(kind, []), pages) if record else []
        types[kind] = score_type(kind, golds.get(kind, []), preds, record, ranges)
    result = DocResult(
        doc=header["doc"], lang=header["lang"], status=status if record is None else "ok",
        message=message, pages=pages, needs_ocr=header.get("needs_ocr", False), types=types,
    )
    if record:
        text = record.get("text") or ""
        for kind in TYPES:
            for g in golds.get(kind, []):
                for name in (g.text, *g.aliases):
                    if _find(text, name, ranges) < 0:
                        result.gold_not_in_text.append(f"{kind}: {name!r}")
    return result


# --- running the pipeline or reading records -------------------------------------------------

Outcomes = dict[str, tuple[dict | None, str, str]]  # stem -> (record dict, status, message)


def _process_one(job: tuple[str, str]) -> tuple[str, dict | None, str, str]:
    """Run the pipeline on one file; never raises. (doc id, record dict, status, message)."""
    from .ingest import IngestError
    from .pipeline import process

    path, doc_id = job
    try:
        record = process(Path(path), doc_id)
        return doc_id, record.model_dump(mode="json"), "ok", ""
    except IngestError as e:
        return doc_id, None, e.code, e.message
    except Exception as e:  # a bug in one document must not hide the others' scores
        return doc_id, None, "internal_error", f"{type(e).__name__}: {e}"[:500]


def collect_documents(paths: list[Path], problems: list[str] | None = None) -> dict[str, Path]:
    """Supported files under the given paths (hidden ones skipped), keyed by file name stem."""
    out: dict[str, Path] = {}
    for p in paths:
        if p.is_dir():
            files = sorted(
                f for f in p.rglob("*")
                if f.is_file() and not any(part.startswith(".") for part in f.relative_to(p).parts)
            )
        else:
            files = [p]
        for f in files:
            if f.suffix.lower() not in SUPPORTED:
                continue
            if f.stem in out and out[f.stem] != f and problems is not None:
                problems.append(f"{f}: same file name stem as {out[f.stem]}, which is the one scored")
            out.setdefault(f.stem, f)
    return out


def run_documents(files: dict[str, Path], workers: int | None = None) -> Outcomes:
    """Process each file once (in parallel when there are cores); stem -> (record, status, msg)."""
    jobs = sorted(files.items(), key=lambda kv: -_size(kv[1]))  # biggest first: better balance
    workers = max(1, min(workers or os.cpu_count() or 1, len(jobs)))
    args = [(str(path), path.name) for _, path in jobs]
    if workers == 1:
        results = [_process_one(a) for a in args]
    else:
        from .recognisers import load_all

        load_all()  # imported once here, inherited by forked workers
        with ProcessPoolExecutor(workers) as ex:
            results = list(ex.map(_process_one, args))
    return {stem: res[1:] for (stem, _), res in zip(jobs, results, strict=True)}


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def read_records(out: Path) -> Outcomes:
    """Records of an ``extract run`` output folder, and its errors, keyed by file name stem."""
    found: Outcomes = {}
    manifest = {}
    try:
        manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8")).get("documents", {})
    except (OSError, ValueError, AttributeError):
        pass
    errors = {}
    try:
        for e in json.loads((out / "summary.json").read_text(encoding="utf-8")).get("errors", []):
            errors[e["path"]] = (e["code"], e.get("message", ""))
    except (OSError, ValueError, AttributeError, KeyError, TypeError):
        pass
    for doc_id, entry in manifest.items():
        if isinstance(entry, dict) and entry.get("status") == "error":
            code = entry.get("code", "error")
            errors.setdefault(doc_id, (code, errors.get(doc_id, (code, ""))[1]))
    for doc_id, (code, message) in sorted(errors.items()):
        found[Path(doc_id).stem] = (None, code, message)
    records_dir = out / "records"
    for path in sorted(records_dir.rglob("*.json")) if records_dir.is_dir() else []:
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        doc_id = record.get("id") or path.name[: -len(".json")]
        found[Path(doc_id).stem] = (record, "ok", "")
    return found


# --- the evaluation --------------------------------------------------------------------------


@dataclass
class Evaluation:
    gold_dir: str
    documents: list[DocResult]
    unscored: list[str]  # documents without a gold file
    problems: list[str]  # gold without document, gold text not found, ...

    def tally(self, kind: str | None = None, lang: str | None = None) -> Tally:
        t = Tally()
        for d in self.documents:
            if lang is None or d.lang == lang:
                t.add(d.tally(kind))
        return t

    @property
    def languages(self) -> list[str]:
        return sorted({d.lang for d in self.documents})

    def attributes(self, lang: str | None = None) -> dict[str, dict]:
        out = {}
        for kind in TYPES:
            for attr in ATTRIBUTES[kind]:
                right = total = 0
                for d in self.documents:
                    if lang is None or d.lang == lang:
                        r, t = d.types[kind].attrs.get(attr, [0, 0])
                        right += r
                        total += t
                out[f"{kind}.{attr}"] = {
                    "accuracy": round(right / total, 4) if total else None,
                    "correct": right,
                    "total": total,
                }
        return out

    def scores(self, lang: str | None = None) -> dict:
        out = {kind: self.tally(kind, lang).as_dict() for kind in TYPES}
        out["micro"] = self.tally(None, lang).as_dict()
        return out

    def as_dict(self) -> dict:
        return {
            "format": FORMAT,
            "gold": self.gold_dir,
            "documents_scored": len(self.documents),
            "overall": self.scores(),
            "languages": {lang: self.scores(lang) for lang in self.languages},
            "attributes": self.attributes(),
            "attributes_by_language": {lang: self.attributes(lang) for lang in self.languages},
            "needs_ocr": [
                {"doc": d.doc, "status": d.status, "pass": d.ocr_pass}
                for d in self.documents if d.needs_ocr
            ],
            "documents": [_doc_dict(d) for d in self.documents],
            "unscored": self.unscored,
            "problems": self.problems,
        }


def _doc_dict(d: DocResult) -> dict:
    scores = {kind: d.types[kind].tally.as_dict() for kind in TYPES}
    scores["micro"] = d.tally().as_dict()
    attrs = {
        f"{kind}.{a}": {"correct": r, "total": t}
        for kind in TYPES for a, (r, t) in sorted(d.types[kind].attrs.items())
    }
    return {
        "doc": d.doc,
        "lang": d.lang,
        "status": d.status,
        "message": d.message,
        "pages": d.pages,
        "needs_ocr": d.needs_ocr,
        "needs_ocr_pass": d.ocr_pass,
        "scores": scores,
        "attributes": attrs,
        "hits": [h for k in TYPES for h in d.types[k].hits],
        "misses": [m for k in TYPES for m in d.types[k].misses],
        "false_positives": [f for k in TYPES for f in d.types[k].false_positives],
        "attribute_errors": [e for k in TYPES for e in d.types[k].attr_errors],
        "gold_not_in_text": d.gold_not_in_text,
    }


def evaluate(
    gold_dir: Path, paths: list[Path] | None = None, records: Path | None = None,
    workers: int | None = None, runner: Callable[[dict[str, Path]], Outcomes] | None = None,
) -> Evaluation:
    """Score documents against the gold files: run the pipeline on ``paths``, or read ``records``.

    Without ``paths`` every gold file is scored, and a gold file whose document gives neither a
    record nor an error is scored as all misses (status ``missing``): a document that drops out
    must not make the figures look better. ``runner`` replaces the pipeline run (tests reuse
    records they already have).
    """
    gold = load_gold_dir(gold_dir)
    problems: list[str] = []
    if records is not None:
        outcome = read_records(records)
        wanted = set(collect_documents(paths, problems)) if paths else set(gold)
        unscored = sorted(s for s in set(outcome) - set(gold) if not paths or s in wanted)
        names = {s: Path((r or {}).get("id") or "").name for s, (r, _, _) in outcome.items()}
    else:
        files = collect_documents(paths or [Path("corpus/docs")], problems)
        wanted = set(files) if paths else set(gold) | set(files)
        unscored = sorted(set(files) - set(gold))
        todo = {s: f for s, f in files.items() if s in gold}
        outcome = runner(todo) if runner else run_documents(todo, workers)
        names = {s: f.name for s, f in files.items()}
    docs = []
    for stem in sorted(set(gold) & wanted):
        header, golds = gold[stem]
        if names.get(stem) and names[stem] != Path(header["doc"]).name:
            problems.append(f"{header['doc']}: the gold names {header['doc']!r}, the document is {names[stem]!r}")
        if stem in outcome:
            record, status, message = outcome[stem]
        else:
            record, status, message = None, "missing", "no document, record or error for this gold file"
            problems.append(f"{header['doc']}: gold file without a document")
        result = score_document(header, golds, record, status, message)
        problems.extend(f"{header['doc']}: gold text not in the document: {g}" for g in result.gold_not_in_text)
        docs.append(result)
    return Evaluation(str(gold_dir), docs, unscored, problems)


# --- Wikipedia organisation detection --------------------------------------------------------


def evaluate_wikipedia(path: Path) -> dict:
    """Organisation detection on a genre we do not tune to: report only."""
    from .pipeline import process_text

    data = _read_json(path, "the Wikipedia sample")
    text_t, span_t = Tally(), Tally()
    misses, fps, errors = [], [], []
    fp_as: Counter = Counter()
    for i, item in enumerate(data):
        text = item["text"]
        ents = item.get("entities", [])
        orgs = [e for e in ents if e.get("type") in WIKI_ORG_TYPES]
        try:
            mentions = process_text(text, f"wiki-{item.get('curid', i)}").model_dump(mode="json")["organizations"]
        except Exception as e:  # a sentence the pipeline fails on scores as no predictions
            errors.append({"sentence": i, "error": f"{type(e).__name__}: {e}"[:300]})
            mentions = []
        # exact span, mention by mention
        gold_spans = {tuple(e["span"]) for e in orgs}
        pred_spans = {(m["span"]["start"], m["span"]["end"]) for m in mentions}
        span_t.add(Tally(len(pred_spans & gold_spans), len(pred_spans), len(pred_spans & gold_spans), len(gold_spans)))
        # the corpus rule: distinct folded texts per sentence
        gold_keys = {fold(e["name"]): e["name"] for e in orgs}
        pred_keys: dict[str, dict] = {}
        for m in mentions:
            pred_keys.setdefault(fold(m["text"]), m)
        hit = set(pred_keys) & set(gold_keys)
        text_t.add(Tally(len(hit), len(pred_keys), len(hit), len(gold_keys)))
        other = {fold(e["name"]): e["type"] for e in ents if e.get("type") not in WIKI_ORG_TYPES}
        for k, m in pred_keys.items():
            if k not in gold_keys:
                fp_as[other.get(k, "(none)")] += 1
                a, b = m["span"]["start"], m["span"]["end"]
                fps.append({"sentence": i, "text": m["text"], "labelled": other.get(k), "context": _context(text, a, b)})
        for k, name in gold_keys.items():
            if k not in pred_keys:
                e = next(e for e in orgs if fold(e["name"]) == k)
                misses.append({"sentence": i, "text": name, "type": e["type"], "context": _context(text, *e["span"])})
    return {
        "file": str(path),
        "sentences": len(data),
        "text": text_t.as_dict(),
        "span": span_t.as_dict(),
        "false_positives_by_gold_label": dict(sorted(fp_as.items())),
        "misses": misses,
        "false_positives": fps,
        "errors": errors,
    }


# --- comparison with a previous run ----------------------------------------------------------


def compare(previous: dict, current: dict) -> dict:
    """What improved and what regressed since a previous ``--json`` result, mention by mention.

    Gold entities are identified by (document, type, text, value); only documents scored in
    both runs are compared, and gold entities that exist in one run only are listed as gold
    changes, not as gains or losses.
    """
    if previous.get("format") != FORMAT:
        raise ValueError(f"not an `extract eval --json` result of format {FORMAT}")
    prev_docs = {d["doc"]: d for d in previous["documents"]}
    cur_docs = {d["doc"]: d for d in current["documents"]}
    improved, regressed, gold_changes = [], [], []
    for doc in sorted(set(prev_docs) & set(cur_docs)):
        p, c = prev_docs[doc], cur_docs[doc]

        def gold_state(d: dict) -> dict[tuple, bool]:
            out = {(h["type"], h["text"], h["value"]): True for h in d["hits"]}
            out.update({(m["type"], m["text"], m["value"]): False for m in d["misses"]})
            return out

        pg, cg = gold_state(p), gold_state(c)
        for key in sorted(set(pg) | set(cg)):
            entry = {"doc": doc, "type": key[0], "text": key[1], "value": key[2]}
            if key not in pg or key not in cg:
                gold_changes.append({**entry, "change": "added" if key not in pg else "removed"})
            elif cg[key] and not pg[key]:
                improved.append({**entry, "change": "recalled"})
            elif pg[key] and not cg[key]:
                regressed.append({**entry, "change": "missed"})
        pf = {(f["type"], f["text"], f["value"]) for f in p["false_positives"]}
        cf = {(f["type"], f["text"], f["value"]): f for f in c["false_positives"]}
        for key in sorted(pf - set(cf)):
            improved.append({"doc": doc, "type": key[0], "text": key[1], "value": key[2], "change": "false positive gone"})
        for key in sorted(set(cf) - pf):
            regressed.append({"doc": doc, "type": key[0], "text": key[1], "value": key[2],
                              "change": "new false positive", "context": cf[key].get("context", "")})
        if p.get("status") != c.get("status"):
            better = c.get("needs_ocr_pass") if c.get("needs_ocr") else c.get("status") == "ok"
            (improved if better else regressed).append(
                {"doc": doc, "type": "", "text": "", "value": "", "change": f"status {p.get('status')} -> {c.get('status')}"}
            )
    deltas = {}
    for kind in (*TYPES, "micro"):
        a, b = previous["overall"].get(kind, {}), current["overall"][kind]
        deltas[kind] = {m: round(b[m] - a.get(m, 0.0), 4) for m in ("precision", "recall", "f1")}
    return {
        "previous": {k: previous["overall"][k]["f1"] for k in (*TYPES, "micro") if k in previous["overall"]},
        "deltas": deltas,
        "improved": improved,
        "regressed": regressed,
        "gold_changes": gold_changes,
        "documents_only_before": sorted(set(prev_docs) - set(cur_docs)),
        "documents_only_now": sorted(set(cur_docs) - set(prev_docs)),
    }


# --- thresholds ------------------------------------------------------------------------------


def check_thresholds(result: dict, thresholds: dict) -> list[str]:
    """Failures against ``corpus/thresholds.json``: every floor, and every needs_ocr document."""
    failures = []
    for scope, floors in sorted(thresholds.get("floors", {}).items()):
        scores = result["overall"] if scope == "all" else result["languages"].get(scope)
        if scores is None:
            failures.append(f"{scope}: no documents in this language were scored")
            continue
        for kind, metrics in sorted(floors.items()):
            for metric, floor in sorted(metrics.items()):
                got = scores[kind][metric]
                if got < floor:
                    failures.append(f"{scope} {kind} {metric} {got:.4f} < floor {floor:.4f}")
    if thresholds.get("needs_ocr", True):
        for n in result["needs_ocr"]:
            if not n["pass"]:
                failures.append(f"{n['doc']} must end as a needs_ocr error, ended as {n['status']}")
    return failures


# --- text report -----------------------------------------------------------------------------


def _f(x: float) -> str:
    return f"{x:.3f}"


def _score_table(scores: dict, indent: str = "  ") -> list[str]:
    lines = [f"{indent}{'type':<14} {'P':>6} {'R':>6} {'F1':>6}   correct/pred  recalled/gold"]
    for kind in (*TYPES, "micro"):
        s = scores[kind]
        lines.append(
            f"{indent}{kind:<14} {_f(s['precision']):>6} {_f(s['recall']):>6} {_f(s['f1']):>6}"
            f"   {s['correct']:>5}/{s['predicted']:<6} {s['recalled']:>5}/{s['gold']:<6}"
        )
    return lines


def render(result: dict) -> str:
    out = [f"extract eval: {result['documents_scored']} documents scored against {result['gold']}", ""]
    failed = [d for d in result["documents"] if d["status"] != "ok" and not d["needs_ocr_pass"]]
    if failed:
        out.append(f"{len(failed)} DOCUMENTS GAVE NO RECORD (scored as all misses):")
        out += [f"  {d['doc']}: [{d['status']}] {d['message']}" for d in failed]
        out.append("")
    out.append("All documents")
    out += _score_table(result["overall"])
    for lang, scores in result["languages"].items():
        out += ["", f"Language {lang}"] + _score_table(scores)
    out += ["", "Attribute accuracy (recalled gold entities that give the attribute)"]
    for name, a in result["attributes"].items():
        acc = "-" if a["accuracy"] is None else _f(a["accuracy"])
        out.append(f"  {name:<24} {acc:>6}  {a['correct']}/{a['total']}")
    if result["needs_ocr"]:
        out += ["", "Needs-OCR documents (must end as a needs_ocr error)"]
        for n in result["needs_ocr"]:
            out.append(f"  {'PASS' if n['pass'] else 'FAIL'}  {n['doc']}  ({n['status']})")
    out += ["", "Per document: recalled/gold correct/pred per type, micro F1"]
    width = max([len(Path(d["doc"]).stem) for d in result["documents"]] + [8])
    out.append(f"  {'document':<{width}} lang status     " + "".join(f"{k[:13]:<14}" for k in TYPES) + "  F1")
    for d in result["documents"]:
        cells = "".join(
            f"{str(d['scores'][k]['recalled']) + '/' + str(d['scores'][k]['gold']) + ' ' + str(d['scores'][k]['correct']) + '/' + str(d['scores'][k]['predicted']):<14}"
            for k in TYPES
        )
        out.append(f"  {Path(d['doc']).stem:<{width}} {d['lang']:<4} {d['status'][:10]:<10} {cells}  {_f(d['scores']['micro']['f1'])}")
    out += ["", "Misses and false positives"]
    for d in result["documents"]:
        if not (d["misses"] or d["false_positives"] or d["attribute_errors"]):
            continue
        out.append(f"  {d['doc']}" + (f"  [{d['status']}: {d['message']}]" if d["status"] != "ok" else ""))
        for m in d["misses"]:
            val = f" = {m['value']}" if m["value"] else ""
            near = "; ".join(f"{n['text']!r}{' = ' + n['value'] if n['value'] else ''}" for n in m["near"])
            out.append(f"    MISS {m['type']:<13} {m['text']!r}{val}   {m['context']}" + (f"   (predicted {near})" if near else ""))
        for f in d["false_positives"]:
            val = f" = {f['value']}" if f["value"] else ""
            page = f" p{f['page']}" if f["page"] else ""
            out.append(f"    FP   {f['type']:<13} {f['text']!r}{val}   {f['context']}   ({f['rule']}{page})")
        for e in d["attribute_errors"]:
            out.append(f"    ATTR {e['type']:<13} {e['text']!r} {e['attribute']}: {e['predicted']!r}, gold {e['gold']!r}")
    if result["unscored"]:
        out += ["", "Documents without a gold file (not scored): " + ", ".join(result["unscored"])]
    if result["problems"]:
        out += ["", "Problems"] + [f"  {p}" for p in result["problems"]]
    if "wikipedia" in result:
        w = result["wikipedia"]
        out += ["", f"Wikipedia NER sample, organisations ({w['sentences']} sentences; report only, no threshold)"]
        for name in ("text", "span"):
            s = w[name]
            out.append(
                f"  by {name:<5} P {_f(s['precision'])}  R {_f(s['recall'])}  F1 {_f(s['f1'])}"
                f"   ({s['correct']}/{s['predicted']} correct, {s['recalled']}/{s['gold']} recalled)"
            )
        labels = ", ".join(f"{k} {v}" for k, v in w["false_positives_by_gold_label"].items())
        out.append(f"  false positives by their gold label: {labels or '-'}")
        if w["errors"]:
            out.append(f"  PIPELINE ERRORS on {len(w['errors'])} sentences, e.g. {w['errors'][0]['error']}")
        for m in w["misses"][:15]:
            out.append(f"    MISS {m['type']:<8} {m['text']!r}   {m['context']}")
        for f in w["false_positives"][:15]:
            out.append(f"    FP   {str(f['labelled'] or '-'):<8} {f['text']!r}   {f['context']}")
    if "compare" in result:
        out += [""] + render_compare(result["compare"])
    if "thresholds" in result:
        t = result["thresholds"]
        out += ["", f"Thresholds {t['file']}: " + ("all floors met" if not t["failures"] else f"{len(t['failures'])} FAILED")]
        out += [f"  FAIL {f}" for f in t["failures"]]
    return "\n".join(out) + "\n"


def render_compare(c: dict) -> list[str]:
    out = ["Compared with the previous result (F1 before -> change)"]
    for kind, d in c["deltas"].items():
        before = c["previous"].get(kind)
        out.append(
            f"  {kind:<14} F1 {'-' if before is None else _f(before)} {d['f1']:+.3f}"
            f"   (P {d['precision']:+.3f}, R {d['recall']:+.3f})"
        )
    for title, items, sign in (("Improved", c["improved"], "+"), ("Regressed", c["regressed"], "-")):
        out.append(f"  {title} ({len(items)})")
        for e in items:
            val = f" = {e['value']}" if e["value"] else ""
            ctx = f"   {e['context']}" if e.get("context") else ""
            out.append(f"    {sign} {Path(e['doc']).stem}  {e['type']:<13} {e['change']}: {e['text']!r}{val}{ctx}")
    if c["gold_changes"]:
        out.append(f"  Gold changed ({len(c['gold_changes'])}; not counted as gains or losses)")
        for e in c["gold_changes"]:
            out.append(f"    {e['change']:<7} {Path(e['doc']).stem}  {e['type']:<13} {e['text']!r} = {e['value']}")
    for key, title in (("documents_only_before", "Scored before only"), ("documents_only_now", "Scored now only")):
        if c[key]:
            out.append(f"  {title}: " + ", ".join(c[key]))
    return out


# --- command line ----------------------------------------------------------------------------


def _read_json(path: Path, what: str) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise EvalError(f"cannot read {what} {path}: {e}") from None


def run_cli(args) -> int:
    t0 = time.perf_counter()
    try:
        previous = _read_json(args.compare, "the previous result") if args.compare else None
        thresholds = _read_json(args.thresholds, "thresholds") if args.thresholds else None
        ev = evaluate(args.gold, list(args.paths) or None, args.records, getattr(args, "workers", None))
        result = ev.as_dict()
        if args.wikipedia:
            result["wikipedia"] = evaluate_wikipedia(args.wikipedia)
        if previous is not None:
            try:
                result["compare"] = compare(previous, result)
            except (ValueError, KeyError, TypeError) as e:
                raise EvalError(f"cannot compare with {args.compare}: {e}") from None
    except EvalError as e:
        print(f"extract eval: {e}", file=sys.stderr)
        return 2
    status = 0
    if thresholds is not None:
        failures = check_thresholds(result, thresholds)
        result["thresholds"] = {"file": str(args.thresholds), "failures": failures}
        status = 1 if failures else 0
    if args.json:
        sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=1) + "\n")
    else:
        sys.stdout.write(render(result))
        print(f"({time.perf_counter() - t0:.1f} s)", file=sys.stderr)
    return status
