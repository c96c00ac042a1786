"""Batch runs: many files, several workers, incremental, crash-safe, hostile-input proof.

Workers are processes that load the pipeline once and run each document under a time
limit (SIGALRM) and a memory limit (RLIMIT_AS), so one document cannot take the machine.
The parent alone writes files, each atomically; the manifest makes re-runs incremental.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from collections import Counter
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from .ingest import IngestError, Limits, sha256_file
from .models import DocumentError, RunSummary
from .resources import pipeline_version
from .write import atomic_write, clean_debris, record_path

MANIFEST = "manifest.json"
SUMMARY = "summary.json"
JSONL = "records.jsonl"


@dataclass(frozen=True)
class Item:
    path: Path
    id: str


def collect(paths: list[Path]) -> tuple[list[Item], list[DocumentError]]:
    """Files under the given paths, with ids relative to their common folder.

    Hidden files and folders (``.name``) are skipped; symlinked folders are not followed, so
    a link loop cannot make the walk endless — a link that does not resolve is reported.
    """
    files: list[Path] = []
    errors: list[DocumentError] = []
    for p in paths:
        if p.is_dir() and not p.is_symlink():
            for root, dirs, names in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for d in dirs:
                    if Path(root, d).is_symlink():
                        files.append(Path(root, d))
                files.extend(Path(root, n) for n in sorted(names) if not n.startswith("."))
        elif p.exists() or p.is_symlink():
            files.append(p)
        else:
            errors.append(DocumentError(path=str(p), code="not_found", message="no such file or folder"))
    if not files:
        return [], errors
    absolute = [Path(os.path.abspath(f)) for f in files]
    bases = [a.parent for a in absolute]
    base = Path(os.path.commonpath([str(b) for b in bases]))
    items = {}
    for f, a in zip(files, absolute, strict=True):
        doc_id = a.relative_to(base).as_posix()
        items[doc_id] = Item(f, doc_id)
    return [items[k] for k in sorted(items)], errors


# --- worker side ---------------------------------------------------------------------------

_LIMITS = Limits()


def _init_worker(limits: Limits) -> None:
    global _LIMITS
    _LIMITS = limits
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        import resource

        cap = limits.memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    except (ImportError, ValueError, OSError):
        pass
    from .recognisers import load_all

    load_all()  # load gazetteers and patterns once per worker


def _alarm(signum, frame):
    raise TimeoutError


def work(item: Item) -> tuple:
    """Process one document; never raises. Returns (status, id, payload...)."""
    from .pipeline import TIMINGS, process

    before = Counter(TIMINGS)
    old = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, _LIMITS.seconds)
    try:
        record = process(item.path, item.id, _LIMITS)
        body = record.model_dump_json(indent=1) + "\n"
        result: tuple = ("ok", item.id, body, record.source.sha256, len(record.text))
    except IngestError as e:
        result = ("error", item.id, e.code, e.message)
    except TimeoutError:
        result = ("error", item.id, "timeout", f"processing took longer than the limit of {_LIMITS.seconds:g} s")
    except MemoryError:
        result = ("error", item.id, "memory_limit", f"processing needed more than the limit of {_LIMITS.memory_mb} MB")
    except RecursionError:
        result = ("error", item.id, "too_complex", "the document is nested too deeply to process")
    except Exception as e:  # a bug must not stop the batch; report it plainly
        result = ("error", item.id, "internal_error", f"{type(e).__name__}: {e}"[:500])
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
    timings = {k: v - before.get(k, 0.0) for k, v in TIMINGS.items()}
    return (*result, timings)


# --- parent side ---------------------------------------------------------------------------


class Manifest:
    """What the output folder holds: per document id, its content hash and pipeline version."""

    def __init__(self, out: Path):
        self.path = out / MANIFEST
        self.docs: dict[str, dict] = {}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            self.docs = data.get("documents", {})
        except (FileNotFoundError, ValueError, AttributeError):
            self.docs = {}

    def save(self) -> None:
        body = {"documents": {k: self.docs[k] for k in sorted(self.docs)}}
        atomic_write(self.path, json.dumps(body, ensure_ascii=False, indent=1) + "\n")


def _fingerprint(item: Item, known: dict | None) -> tuple[str | None, int, int]:
    """Content hash, trusting the manifest's hash when size and mtime are unchanged."""
    try:
        st = item.path.stat()
    except OSError:
        return None, 0, 0
    if known and known.get("size") == st.st_size and known.get("mtime_ns") == st.st_mtime_ns:
        return known.get("sha256"), st.st_size, st.st_mtime_ns
    try:
        return sha256_file(item.path), st.st_size, st.st_mtime_ns
    except OSError:
        return None, st.st_size, st.st_mtime_ns


def run(
    paths: list[Path],
    out: Path,
    workers: int = 1,
    force: bool = False,
    limits: Limits | None = None,
    progress: bool = False,
) -> RunSummary:
    t0 = time.perf_counter()
    limits = limits or Limits()
    out.mkdir(parents=True, exist_ok=True)
    clean_debris(out)
    version = pipeline_version()
    items, errors = collect(paths)
    manifest = Manifest(out)
    todo: list[Item] = []
    skipped = 0
    fresh: dict[str, dict] = {}
    for item in items:
        known = manifest.docs.get(item.id)
        sha, size, mtime = _fingerprint(item, known)
        entry = {"sha256": sha, "size": size, "mtime_ns": mtime, "version": version}
        if (
            not force
            and known
            and known.get("status") == "ok"
            and known.get("sha256") == sha
            and known.get("version") == version
            and sha is not None
            and record_path(out, item.id).exists()
        ):
            skipped += 1
            fresh[item.id] = {**known, **entry}
            continue
        fresh[item.id] = entry
        todo.append(item)

    removed = sorted(set(manifest.docs) - set(fresh))
    for doc_id in removed:
        try:
            record_path(out, doc_id).unlink()
        except OSError:
            pass
        manifest.docs.pop(doc_id, None)
    changed = bool(removed)

    stage_seconds: Counter = Counter()
    results = _execute(todo, workers, limits, progress)
    last_save = time.monotonic()
    for res in results:
        status, doc_id = res[0], res[1]
        stage_seconds.update(res[-1])
        entry = fresh[doc_id]
        if status == "ok":
            atomic_write(record_path(out, doc_id), res[2])
            entry.update(status="ok", sha256=res[3])
        else:
            entry.update(status="error", code=res[2])
            errors.append(DocumentError(path=doc_id, code=res[2], message=res[3]))
            try:
                record_path(out, doc_id).unlink()
            except OSError:
                pass
        manifest.docs[doc_id] = entry
        changed = True
        if time.monotonic() - last_save > 2.0:
            manifest.save()
            last_save = time.monotonic()
    for doc_id, entry in fresh.items():
        manifest.docs.setdefault(doc_id, entry)
    manifest.save()

    ok_ids = [k for k in sorted(fresh) if manifest.docs[k].get("status") == "ok"]
    if changed or force or not (out / JSONL).exists():
        _write_jsonl(out, ok_ids)
    errors.sort(key=lambda e: e.path)
    summary = RunSummary(
        pipeline_version=version,
        documents=len(items),
        succeeded=len(ok_ids),
        skipped_unchanged=skipped,
        failed=len(errors),
        removed=removed,
        errors=errors,
        seconds=round(time.perf_counter() - t0, 3),
        stage_seconds={k: round(v, 4) for k, v in sorted(stage_seconds.items())},
    )
    atomic_write(out / SUMMARY, summary.model_dump_json(indent=1) + "\n")
    return summary


def _write_jsonl(out: Path, ids: list[str]) -> None:
    """records.jsonl in id order, one compact record per line, written atomically."""
    lines = []
    for doc_id in ids:
        data = json.loads(record_path(out, doc_id).read_text(encoding="utf-8"))
        lines.append(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
    atomic_write(out / JSONL, "\n".join(lines) + ("\n" if lines else ""))


def _execute(todo: list[Item], workers: int, limits: Limits, progress: bool):
    """Yield results; a worker that dies takes only its own document down."""
    if not todo:
        return
    bar = _progress(len(todo)) if progress else None
    try:
        # Always worker processes, even for one: the limits must not bind the parent.
        yield from _pool_run(todo, workers, limits, bar)
    finally:
        if bar is not None:
            bar.stop()


def _pool_run(todo: list[Item], workers: int, limits: Limits, bar):
    pending = list(reversed(todo))
    suspects: list[Item] = []
    while pending or suspects:
        if not pending:
            # Re-run documents that were in flight when a worker died, one at a time.
            item = suspects.pop()
            try:
                with ProcessPoolExecutor(1, initializer=_init_worker, initargs=(limits,)) as ex:
                    res = ex.submit(work, item).result()
            except BrokenProcessPool:
                res = ("error", item.id, "worker_crashed",
                       "the worker process died on this document (out of memory or a crash in a parser)", {})
            _tick(bar)
            yield res
            continue
        try:
            with ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(limits,)) as ex:
                inflight: dict[Future, Item] = {}
                while pending or inflight:
                    while pending and len(inflight) < workers * 2:
                        item = pending.pop()
                        inflight[ex.submit(work, item)] = item
                    done, _ = wait(inflight, return_when=FIRST_COMPLETED)
                    for fut in done:
                        item = inflight.pop(fut)
                        res = fut.result()  # raises BrokenProcessPool if a worker died
                        _tick(bar)
                        yield res
        except BrokenProcessPool:
            suspects.extend(inflight.values())
            inflight = {}


def _progress(total: int):
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    bar = Progress(
        "[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(),
        TimeRemainingColumn(), transient=False, console=None,
    )
    bar.add_task("extract", total=total)
    bar.start()
    return bar


def _tick(bar) -> None:
    if bar is not None:
        bar.advance(bar.task_ids[0])


def run_cli(args) -> int:
    limits = Limits(
        max_bytes=int(args.max_mb * 1024 * 1024), seconds=args.timeout, memory_mb=args.memory_mb
    )
    show = sys.stderr.isatty() and not args.quiet
    summary = run(args.paths, args.out, max(1, args.workers), args.force, limits, show)
    for e in summary.errors:
        print(f"FAILED {e.path}: [{e.code}] {e.message}", file=sys.stderr)
    for r in summary.removed:
        print(f"REMOVED {r}: no longer in the input; its record was deleted", file=sys.stderr)
    print(
        f"{summary.documents} documents: {summary.succeeded} ok "
        f"({summary.skipped_unchanged} unchanged, skipped), {summary.failed} failed "
        f"in {summary.seconds:.1f} s -> {args.out}",
        file=sys.stderr,
    )
    return 0 if summary.failed == 0 else 1
