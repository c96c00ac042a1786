"""Measurements that must run in a fresh process: ``python bench/probes.py NAME 'JSON-ARGS'``.

Each probe prints its result as one ``BENCH-RESULT {json}`` line; the harness runs it with
:func:`proc.run_measured`, so the process's peak memory is measured from outside as well.
Inputs are always files of the corpus, read through extract's own ``ingest`` so that every
probe sees exactly the text the pipeline sees.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

RESULT_MARK = "BENCH-RESULT "


def _rss_mb() -> float:
    """Current resident set of this process."""
    with open("/proc/self/statm") as f:
        pages = int(f.read().split()[1])
    return pages * resource.getpagesize() / (1024 * 1024)


def _maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _threads() -> int:
    return len(list(Path("/proc/self/task").iterdir()))


def _ingest_all(paths: list[str]):
    from extract.ingest import ingest

    return [(Path(p).name, ingest(Path(p))) for p in paths]


def _repeat(fn, chars: int, min_seconds: float) -> dict:
    """Run ``fn`` (one pass over all texts) until ``min_seconds`` of CPU time have passed.

    ``chars_per_s`` is per CPU-second of this process, so that other programs running on the
    machine at the same time do not depress it; the wall-clock rate is kept beside it.
    """
    passes, cpu, wall = 0, 0.0, 0.0
    while cpu < min_seconds or passes == 0:
        t, c = time.perf_counter(), time.process_time()
        fn()
        cpu += time.process_time() - c
        wall += time.perf_counter() - t
        passes += 1
    return {"passes": passes, "seconds": cpu, "wall_seconds": wall, "chars": chars * passes,
            "chars_per_s": chars * passes / cpu, "wall_chars_per_s": chars * passes / wall}


# --- the ceiling: fugashi alone --------------------------------------------------------------


def probe_fugashi(args: dict) -> dict:
    """MeCab through fugashi over the same texts: bare tokens, and tokens with features read."""
    texts = [src.text for _, src in _ingest_all(args["paths"])]
    chars = sum(len(t) for t in texts)
    import fugashi

    tagger = fugashi.Tagger()
    tagger(texts[0][:200])  # dictionary load and first-call costs stay out of the timing

    def bare():
        for t in texts:
            for n in tagger(t):
                n.surface  # noqa: B018 - the access is what is timed

    def features():
        for t in texts:
            for n in tagger(t):
                f = n.feature
                (n.surface, f.pos1, f.pos2, f.lemma, f.kana)  # noqa: B018

    return {
        "bare": _repeat(bare, chars, args["min_seconds"]),
        "features": _repeat(features, chars, args["min_seconds"]),
        "texts": len(texts),
        "fugashi": fugashi.__version__ if hasattr(fugashi, "__version__") else None,
    }


# --- our pipeline in process (no batch runner): per-language throughput, profile ------------


def probe_inproc(args: dict) -> dict:
    """The pipeline after ingest, in one process, over the same texts; optionally profiled.

    The pipeline's stage timers read ``time.perf_counter``; here they are pointed at
    ``time.process_time`` so that stage times are CPU times, which other programs on the
    machine do not inflate (this process only; src/ is not touched).
    """
    import types

    import extract.pipeline as pipeline
    from extract.pipeline import TIMINGS, process_ingested

    if isinstance(getattr(pipeline, "time", None), types.ModuleType):
        pipeline.time = types.SimpleNamespace(perf_counter=time.process_time)
    docs = _ingest_all(args["paths"])
    t = time.perf_counter()
    langs: dict[str, str] = {}
    for name, src in docs:  # first pass: lazy loads (tokenisers, gazetteers, patterns)
        langs[name] = process_ingested(src, name).language
    first_pass = time.perf_counter() - t
    chars = sum(len(src.text) for _, src in docs)
    per_lang: dict[str, list[float]] = {}
    before = dict(TIMINGS)

    lang_stages: dict[str, dict[str, float]] = {}

    def one_pass():
        for name, src in docs:
            lang = langs[name]
            stages_before = dict(TIMINGS)
            t0 = time.process_time()
            process_ingested(src, name)
            per_lang.setdefault(lang, [0.0, 0])
            per_lang[lang][0] += time.process_time() - t0
            per_lang[lang][1] += len(src.text)
            acc = lang_stages.setdefault(lang, {})
            for k, v in TIMINGS.items():
                acc[k] = acc.get(k, 0.0) + v - stages_before.get(k, 0.0)

    overall = _repeat(one_pass, chars, args["min_seconds"])
    stages = {k: v - before.get(k, 0.0) for k, v in sorted(TIMINGS.items())}
    result = {
        "first_pass_s": first_pass,
        "overall": overall,
        "per_language": {
            k: {"seconds": s, "chars": c, "chars_per_s": c / s,
                "stage_us_per_char": {st: v / c * 1e6 for st, v in sorted(lang_stages[k].items(), key=lambda kv: -kv[1])}}
            for k, (s, c) in sorted(per_lang.items())
        },
        "stage_seconds": stages,
        "stage_clock": "process_time" if isinstance(pipeline.time, types.SimpleNamespace) else "perf_counter",
        "docs": len(docs),
    }
    if args.get("profile"):
        result["profile"] = _profile(one_pass, args["profile"], args.get("profile_seconds", 3.0))
    return result


def _profile(fn, out: str, seconds: float) -> dict:
    """cProfile over repeated passes; the full listing goes to ``out``, the top to the result."""
    import cProfile

    prof = cProfile.Profile()
    spent = 0.0
    prof.enable()
    while spent < seconds:
        t = time.perf_counter()
        fn()
        spent += time.perf_counter() - t
    prof.disable()
    prof.dump_stats(out + ".pstats")
    return summarise_profile(out + ".pstats", out + ".txt")


def summarise_profile(pstats_file: str, out: str) -> dict:
    """Write the top of a cProfile dump as text to ``out``; return the top functions."""
    import io
    import pstats

    buf = io.StringIO()
    st = pstats.Stats(pstats_file, stream=buf)
    st.sort_stats("tottime").print_stats(40)
    st.sort_stats("cumulative").print_stats(40)
    Path(out).write_text(buf.getvalue(), encoding="utf-8")
    return top_functions(st)


def top_functions(st, n: int = 15) -> dict:
    total = st.total_tt or 1e-9
    rows = []
    for (file, line, func), (_cc, nc, tt, ct, _callers) in st.stats.items():
        rows.append({"function": f"{_short(file)}:{line}({func})", "calls": nc, "tottime": tt, "cumtime": ct})
    by_tt = sorted(rows, key=lambda r: -r["tottime"])[:n]
    by_ct = sorted(rows, key=lambda r: -r["cumtime"])[:n]
    for r in by_tt + by_ct:
        r["tottime_share"] = r["tottime"] / total
        r["cumtime_share"] = r["cumtime"] / total
    return {"total_s": total, "by_tottime": by_tt, "by_cumtime": by_ct}


def _short(file: str) -> str:
    for marker in ("/site-packages/", "/src/", "/lib/python3"):
        if marker in file:
            return file.split(marker, 1)[1]
    return file


# --- PDFs: pdfplumber's own extract_text over the same files ---------------------------------


def probe_pdfplumber(args: dict) -> dict:
    t = time.perf_counter()
    import pdfplumber

    import_s = time.perf_counter() - t
    files = []
    for p in args["paths"]:
        t, c = time.perf_counter(), time.process_time()
        chars = pages = 0
        with pdfplumber.open(p) as pdf:
            for page in pdf.pages:
                chars += len(page.extract_text() or "")
                pages += 1
        files.append({"path": Path(p).name, "seconds": time.perf_counter() - t, "cpu_s": time.process_time() - c,
                      "pages": pages, "chars": chars})
    return _file_totals(import_s, files)


def _file_totals(import_s: float, files: list[dict]) -> dict:
    """Per-file timings and their sums, the same shape for both PDF probes."""
    totals = {k: sum(f[k] for f in files) for k in ("seconds", "cpu_s", "pages", "chars")}
    return {"import_s": import_s, **totals, "files": files}


def probe_ingest(args: dict) -> dict:
    """Our PDF path (extract's ingest) over the same files, timed like the pdfplumber probe."""
    t = time.perf_counter()
    from extract.ingest import ingest

    import_s = time.perf_counter() - t
    files = []
    for p in args["paths"]:
        t, c = time.perf_counter(), time.process_time()
        src = ingest(Path(p))
        files.append({"path": Path(p).name, "seconds": time.perf_counter() - t, "cpu_s": time.process_time() - c,
                      "pages": len(src.pages), "chars": len(src.text)})
    return _file_totals(import_s, files)


# --- start-up: imports, recognisers, gazetteer, first documents ------------------------------


def probe_startup(args: dict) -> dict:
    """What a fresh worker pays before and during its first documents, in time and memory."""
    import importlib.util
    import inspect

    steps: list[dict] = []
    last = [time.perf_counter()]

    def mark(name: str) -> None:
        now = time.perf_counter()
        steps.append({"step": name, "seconds": now - last[0], "rss_mb": _rss_mb(), "maxrss_mb": _maxrss_mb()})
        last[0] = time.perf_counter()

    mark("python started")
    import extract.pipeline as pipeline

    mark("import extract.pipeline")
    from extract.recognisers import load_all

    load_all()
    mark("recognisers.load_all()")
    gazetteer = {"present": importlib.util.find_spec("extract.gazetteer") is not None, "loaders": []}
    if gazetteer["present"]:
        before_rss = _rss_mb()
        t = time.perf_counter()
        import extract.gazetteer as g

        mark("import extract.gazetteer")
        for name in sorted(dir(g)):
            fn = getattr(g, name)
            # A loader: load*/get*, a function named after the module, or a cached function
            # (functools.lru_cache) that takes no argument.
            named = name.startswith(("load", "get")) or name == "gazetteer" or hasattr(fn, "cache_info")
            if not (named and callable(fn)) or inspect.isclass(fn):
                continue
            if getattr(fn, "__module__", g.__name__) != g.__name__:
                continue
            try:
                sig = inspect.signature(fn)
            except (TypeError, ValueError):
                continue
            if any(p.default is p.empty and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
                   for p in sig.parameters.values()):
                continue
            try:
                fn()
                gazetteer["loaders"].append(name)
                mark(f"extract.gazetteer.{name}()")
            except Exception as e:  # a loader we guessed wrong must not stop the bench
                gazetteer.setdefault("errors", []).append(f"{name}: {type(e).__name__}: {e}"[:200])
        gazetteer["seconds"] = time.perf_counter() - t
        gazetteer["rss_added_mb"] = _rss_mb() - before_rss
    docs = _ingest_all(args["paths"])
    for name, src in docs:
        pipeline.process_ingested(src, name)
        mark(f"first document: {name} ({len(src.text)} chars)")
    for name, src in docs:
        pipeline.process_ingested(src, name)
        mark(f"again: {name}")
    from extract.resources import DATA

    data_files = sorted(
        ({"file": str(p.relative_to(DATA)), "bytes": p.stat().st_size} for p in DATA.rglob("*") if p.is_file()),
        key=lambda d: -d["bytes"],
    )
    return {"steps": steps, "gazetteer": gazetteer, "data_files": data_files[:15],
            "data_bytes": sum(d["bytes"] for d in data_files)}


# --- the peer: GiNZA ------------------------------------------------------------------------

# GiNZA (ja_ginza) tags Sekine's Extended Named Entity types. Which of them we count as our four
# kinds: a municipality is usually tagged Province (山梨県北杜市) or City, so both count as a city.
LABELS = {
    "city": {"City", "Province", "County", "GPE_Other"},
    "organization": {
        "Organization_Other", "International_Organization", "Show_Organization",
        "Sports_Organization_Other", "Pro_Sports_Organization", "Sports_League",
        "Corporation_Other", "Company", "Company_Group", "Political_Organization_Other",
        "Government", "Political_Party", "Cabinet", "Military", "School", "Research_Institute",
        "Public_Institution",
    },
    "date": {"Date"},
    "count": {
        "N_Person", "N_Organization", "N_Event", "N_Facility", "N_Location_Other", "N_Country",
        "N_Product", "N_Animal", "N_Flora", "N_Natural_Object_Other", "Countx_Other",
    },
}
KIND_OF = {label: kind for kind, labels in LABELS.items() for label in labels}


def _chunks(text: str, limit: int = 4000):
    """Line-aligned pieces short enough for Sudachi's input limit, with their offsets."""
    start = 0
    while start < len(text):
        end = min(len(text), start + limit)
        if end < len(text):
            cut = text.rfind("\n", start, end)
            end = cut + 1 if cut > start else end
        yield start, text[start:end]
        start = end


def probe_ginza(args: dict) -> dict:
    """GiNZA over the same Japanese texts: speed, and its entities written as records."""
    t = time.perf_counter()
    import spacy

    nlp = spacy.load("ja_ginza")
    load_s = time.perf_counter() - t
    load_rss = _rss_mb()
    docs = _ingest_all(args["paths"])
    first = docs[0][1].text[:300]
    nlp(first)  # warm-up outside the timing
    found: dict[str, list[tuple[str, int, int]]] = {}
    per_doc = []
    spent = 0.0
    for name, src in docs:
        pieces = list(_chunks(src.text))
        t, c = time.perf_counter(), time.process_time()
        parsed = list(nlp.pipe([p for _, p in pieces]))
        dt = time.process_time() - c
        spent += dt
        per_doc.append({"doc": name, "chars": len(src.text), "seconds": dt, "wall_seconds": time.perf_counter() - t})
        ents = found.setdefault(name, [])
        for (offset, _), d in zip(pieces, parsed, strict=True):
            ents.extend((e.label_, offset + e.start_char, offset + e.end_char) for e in d.ents)
    chars = sum(len(src.text) for _, src in docs)
    labels: dict[str, int] = {}
    for ents in found.values():
        for label, _, _ in ents:
            labels[label] = labels.get(label, 0) + 1
    written = _write_ginza_records(docs, found, Path(args["out"]))
    import ginza

    return {
        "model": nlp.meta.get("name"), "model_version": nlp.meta.get("version"),
        "ginza": getattr(ginza, "__version__", None),
        "load_s": load_s, "load_rss_mb": load_rss,
        "chars": chars, "seconds": spent, "chars_per_s": chars / spent, "per_doc": per_doc,
        "threads": _threads(),
        "labels": dict(sorted(labels.items(), key=lambda kv: -kv[1])),
        "mapping": {k: sorted(v) for k, v in LABELS.items()},
        "mentions": written,
    }


def _write_ginza_records(docs, found, out: Path) -> dict:
    """GiNZA's entities as extract records, so that one evaluator scores both systems.

    GiNZA gives no country for a place, no ISO value for a date and no number for a count: a
    city gets country ``ZZ`` (unknown), a date ``start``/``end`` null, and counts are left out of
    the records (they are kept, as text, in ``detections.json`` for the detection score).
    """
    from extract.models import (
        CityMention,
        DateMention,
        Metadata,
        OrganizationMention,
        Page,
        Record,
        Source,
        Span,
    )

    (out / "records").mkdir(parents=True, exist_ok=True)
    detections: dict[str, dict[str, list[str]]] = {}
    totals = {k: 0 for k in LABELS}
    lines = []
    for name, src in docs:
        det = detections.setdefault(name, {k: [] for k in LABELS})
        mentions: dict[str, list] = {"cities": [], "organizations": [], "dates": []}
        for label, a, b in sorted(set(found.get(name, []))):
            kind = KIND_OF.get(label)
            while a < b and src.text[a].isspace():
                a += 1
            while b > a and src.text[b - 1].isspace():
                b -= 1
            if kind is None or a >= b:
                continue
            text = src.text[a:b]
            det[kind].append(text)
            totals[kind] += 1
            page = next((i for i, (pa, pb) in enumerate(src.pages, 1) if pa <= a <= pb), None)
            common = {"text": text, "span": Span(start=a, end=b), "page": page, "rule": f"ginza.{label}"}
            if kind == "city":
                mentions["cities"].append(CityMention(**common, canonical=text, country="ZZ"))
            elif kind == "organization":
                mentions["organizations"].append(OrganizationMention(**common))
            elif kind == "date":
                mentions["dates"].append(DateMention(**common, start="", end="", flags=["not_normalised"]))
        record = Record(
            id=name,
            source=Source(path=name, sha256=src.sha256, format=src.format, encoding=src.encoding,
                          pages=len(src.pages) if src.format == "pdf" else None, bytes=src.size),
            language="ja",
            metadata=Metadata(),
            pages=[Page(number=i, span=Span(start=a, end=b)) for i, (a, b) in enumerate(src.pages, 1)],
            text=src.text,
            **mentions,
        )
        body = record.model_dump_json(indent=1)
        (out / "records" / f"{name}.json").write_text(body + "\n", encoding="utf-8")
        lines.append(record.model_dump_json())
    (out / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (out / "detections.json").write_text(json.dumps(detections, ensure_ascii=False, indent=1), encoding="utf-8")
    return totals


PROBES = {
    "fugashi": probe_fugashi,
    "inproc": probe_inproc,
    "pdfplumber": probe_pdfplumber,
    "ingest": probe_ingest,
    "startup": probe_startup,
    "ginza": probe_ginza,
}


def main() -> int:
    name, args = sys.argv[1], json.loads(sys.argv[2])
    result = PROBES[name](args)
    result["probe_maxrss_mb"] = _maxrss_mb()
    print(RESULT_MARK + json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
