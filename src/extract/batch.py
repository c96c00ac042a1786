"""Batch runs: many files, several workers, incremental, crash-safe, hostile-input proof.

The output folder holds ``records/`` (one JSON file per document), ``records.jsonl`` (all of
them, one per line, in id order), ``manifest.json`` (per document: content hash, pipeline
version and outcome) and ``summary.json`` (this run: counts, errors, timings), written last.

- Workers are separate processes, each loading the pipeline once and handling one document
  at a time under a time limit (an alarm inside the worker, and a hard kill from the parent
  if the alarm cannot fire) and a memory limit (RLIMIT_AS). The parent knows which document
  each worker holds, so a crash or a kill is charged to that document alone.
- The parent alone writes, each file atomically; the manifest only ever names records that
  are on disk. A run killed at any moment leaves old or new files, never half-written ones,
  and the next run finishes the job: its output equals that of an uninterrupted run.
- Records hold nothing that depends on the run (no times, no worker ids), so the same inputs
  and version give the same bytes whatever the number of workers.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import gc
import hashlib
import json
import logging
import multiprocessing as mp
import multiprocessing.connection
import os
import signal
import sys
import time
import warnings
from collections import Counter, deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .ingest import IngestError, Limits, check_path, sha256_file
from .models import DocumentError, RunSummary
from .resources import pipeline_version
from .write import TMP_PREFIX, atomic_write, atomic_writer, clean_debris, fsync_dir, record_path

MANIFEST = "manifest.json"
JOURNAL = "manifest.journal"  # outcomes of a run in progress (or killed), merged at its end
SUMMARY = "summary.json"
JSONL = "records.jsonl"
STAT_CACHE = ".stat-cache.json"  # file sizes and times: lets a re-run skip reading unchanged files
LOCK = ".lock"
MANIFEST_FORMAT = 1
SAVE_EVERY = 0.25  # seconds between journal flushes: the most work a kill can undo
RACY_SECONDS = 2.0  # a file changed this recently is hashed again next time (coarse clocks)
INIT_SECONDS = 300.0  # longest a worker may take to load the pipeline

# Errors that follow from the file's bytes alone: an unchanged file fails the same way again,
# so a re-run reports them from the manifest instead of redoing the work. Other errors
# (limits, links, permissions, crashes) are tried again on every run.
CONTENT_ERRORS = frozenset(
    {"empty", "binary", "undecodable", "not_pdf", "truncated_pdf", "corrupt_pdf", "encrypted",
     "needs_ocr", "invalid_record"}
)
# After these a worker may hold half-updated state; it is replaced rather than reused.
_RECYCLE = frozenset({"timeout", "memory_limit", "too_complex", "internal_error"})


class BatchError(Exception):
    """The run as a whole cannot go on (not one document's problem)."""


class DocumentTimeout(BaseException):
    """Raised by the alarm in a worker; not an Exception, so no parser's ``except`` swallows it."""


@dataclass(frozen=True)
class Item:
    path: Path
    id: str


# --- collecting the input ------------------------------------------------------------------


def collect(paths: list[Path], exclude: Path | None = None) -> tuple[list[Item], list[DocumentError]]:
    """Files under the given paths, with ids relative to the arguments' common folder.

    Hidden files and folders (``.name``) are skipped, and so is ``exclude`` (the output
    folder). Symlinked folders are followed, but one that leads back to a folder it sits in
    is reported as a loop instead of being walked forever. A folder that cannot be listed is
    reported. Ids are valid text even for file names that are not UTF-8 (bytes → ``\\xNN``).
    """
    args = [Path(os.path.abspath(p)) for p in paths]
    roots = [a if os.path.isdir(a) else a.parent for a in args]
    base = Path(os.path.commonpath([str(r) for r in roots])) if roots else Path.cwd()
    skip = _dev_ino(exclude) if exclude is not None else None
    found: dict[str, Item] = {}
    errors: dict[str, DocumentError] = {}
    for given, a in zip(paths, args, strict=True):
        if os.path.isdir(a):
            _walk(a, base, skip, found, errors)
        elif os.path.lexists(a):
            doc_id = _doc_id(a, base)
            found[doc_id] = Item(a, doc_id)
        else:
            errors[str(given)] = DocumentError(path=str(given), code="not_found", message="no such file or folder")
    return [found[k] for k in sorted(found)], [errors[k] for k in sorted(errors)]


def _walk(root: Path, base: Path, skip, found: dict[str, Item], errors: dict[str, DocumentError]) -> None:
    todo: list[tuple[Path, tuple]] = [(root, ())]
    while todo:
        folder, ancestors = todo.pop()
        key = _dev_ino(folder)
        if key is None or key == skip:
            continue
        folder_id = _doc_id(folder, base) if folder != base else str(folder)
        if key in ancestors:
            errors[folder_id] = DocumentError(
                path=folder_id, code="bad_link",
                message="a symlink loop: this link leads back to a folder that contains it",
            )
            continue
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as e:
            why = "permission denied" if isinstance(e, PermissionError) else (e.strerror or str(e))
            errors[folder_id] = DocumentError(
                path=folder_id, code="unreadable", message=f"the folder cannot be listed: {why}"
            )
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            try:
                is_dir = entry.is_dir()  # follows symlinks; False for dangling links and loops
            except OSError:
                is_dir = False
            if is_dir:
                todo.append((path, (*ancestors, key)))
            else:
                doc_id = _doc_id(path, base)
                found[doc_id] = Item(path, doc_id)


def _dev_ino(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _doc_id(path: Path, base: Path) -> str:
    rel = Path(os.path.relpath(path, base)).as_posix()
    return rel.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


# --- worker side ---------------------------------------------------------------------------

_LIMITS = Limits()
_WARM_UP = (
    "令和7年4月1日、東京都千代田区で国際連合の会議が開かれ、約2,000名が参加した。",
    "On 1 April 2025, about 2,000 people from the United Nations met in Tokyo, Japan.",
)


def warm_up() -> None:
    """Load the pipeline with its tokenisers and gazetteers for both languages."""
    from .pipeline import process_text
    from .recognisers import load_all

    load_all()
    for i, text in enumerate(_WARM_UP):
        try:
            process_text(text, f"warm-up-{i}")
        except Exception:  # a recogniser bug: each document will report it as internal_error
            pass
    # The loaded tables live for the whole process: keep the garbage collector from walking
    # them again at every collection (and from touching pages that forked workers share).
    gc.collect()
    gc.freeze()


def _init_worker(limits: Limits) -> None:
    """Load everything once, then bind the limits (memory: on top of what loading took)."""
    global _LIMITS
    _LIMITS = limits
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    warnings.simplefilter("ignore")
    warm_up()  # at once when the fork server has done it (extract._preload)
    if hasattr(signal, "SIGALRM"):  # elsewhere only the parent's hard deadline applies
        signal.signal(signal.SIGALRM, _alarm)
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        loaded = _address_space()
        if loaded is not None:
            soft, hard = resource.getrlimit(resource.RLIMIT_AS)
            cap = loaded + limits.memory_mb * 1024 * 1024
            if hard != resource.RLIM_INFINITY:
                cap = min(cap, hard)
            resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    except (ImportError, ValueError, OSError):
        pass


def _address_space() -> int | None:
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


def _alarm(signum, frame):
    raise DocumentTimeout


def _timeout_message(limits: Limits) -> str:
    return f"processing took longer than the limit of {limits.seconds:g} s (--timeout)"


def work(item: Item) -> tuple:
    """Process one document; never raises. ``(status, id, payload..., stage timings)``."""
    from .pipeline import TIMINGS

    before = dict(TIMINGS)
    alarm = hasattr(signal, "setitimer")
    try:
        if alarm:
            signal.setitimer(signal.ITIMER_REAL, _LIMITS.seconds)
        try:
            result = _process(item)
        finally:
            if alarm:
                signal.setitimer(signal.ITIMER_REAL, 0)
    except DocumentTimeout:
        result = ("error", item.id, "timeout", _timeout_message(_LIMITS))
    timings = {k: v - before.get(k, 0.0) for k, v in TIMINGS.items() if v - before.get(k, 0.0)}
    return (*result, timings)


def _process(item: Item) -> tuple:
    from .pipeline import process

    try:
        record = process(item.path, item.id, _LIMITS)
        return ("ok", item.id, record.model_dump_json(indent=1) + "\n", record.source.sha256)
    except IngestError as e:
        return ("error", item.id, e.code, e.message)
    except MemoryError:
        return ("error", item.id, "memory_limit",
                f"processing needed more memory than the limit of {_LIMITS.memory_mb:,} MB (--memory-mb)")
    except RecursionError:
        return ("error", item.id, "too_complex", "the document is nested too deeply to process")
    except Exception as e:  # a bug must not stop the batch; report it plainly
        return ("error", item.id, "internal_error", f"{type(e).__name__}: {e}"[:500])


def _worker_main(conn, limits: Limits, fn: Callable[[Item], tuple], init=None) -> None:
    """A worker's life: load, say ready, then one document per message until told to stop."""
    try:
        (init or _init_worker)(limits)
    except BaseException as e:
        with contextlib.suppress(OSError, ValueError):
            conn.send(("init_failed", f"{type(e).__name__}: {e}"[:500]))
        return
    try:
        conn.send(("ready",))
    except (OSError, ValueError):
        return  # the parent is gone
    while True:
        try:
            item = conn.recv()
        except (EOFError, OSError):
            return  # the parent is gone
        if item is None:
            return
        try:
            result = fn(item)
        except DocumentTimeout:  # the alarm hit between the document's own handlers
            result = ("error", item.id, "timeout", _timeout_message(limits), {})
        try:
            conn.send(result)
        except (OSError, ValueError):
            return
        if result[0] == "error" and result[2] in _RECYCLE:
            return


# --- the pool ------------------------------------------------------------------------------


_CONTEXT = None


def _default_context():
    """Forkserver where there is one: workers fork from a clean process that has loaded the
    pipeline once (``extract._preload``), so they start at once and share its memory.

    The fork server runs with a fixed hash seed, so that workers iterate sets in the same
    order in every run (a safety net: outputs must not depend on it anyway).
    """
    global _CONTEXT
    if _CONTEXT is not None:
        return _CONTEXT
    if "forkserver" not in mp.get_all_start_methods():
        _CONTEXT = mp.get_context("spawn")
        return _CONTEXT
    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload(["extract._preload"])
    from multiprocessing import forkserver

    old = os.environ.get("PYTHONHASHSEED")
    os.environ["PYTHONHASHSEED"] = "0"
    try:
        forkserver.ensure_running()
    finally:
        if old is None:
            os.environ.pop("PYTHONHASHSEED", None)
        else:
            os.environ["PYTHONHASHSEED"] = old
    _CONTEXT = ctx
    return ctx


class _Worker:
    def __init__(self, ctx, limits: Limits, fn, init):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, limits, fn, init), daemon=True)
        self.proc.start()
        child.close()
        self.born = time.monotonic()
        self.ready = False
        self.item: Item | None = None
        self.since = 0.0

    def give(self, item: Item) -> None:
        self.item, self.since = item, time.monotonic()
        with contextlib.suppress(OSError, ValueError):  # if it died, the sentinel will say so
            self.conn.send(item)

    def stop(self, kill: bool = False) -> None:
        """Ask an idle, loaded worker to exit; kill one that is busy, loading or stuck."""
        if not kill and self.ready and self.item is None and self.proc.is_alive():
            with contextlib.suppress(OSError, ValueError):
                self.conn.send(None)
            self.proc.join(2.0)
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(5.0)
        self.conn.close()


def _died(proc) -> str:
    code = proc.exitcode
    if code is not None and code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        if -code == signal.SIGKILL:
            return f"the worker process was killed ({name}) while on this document, most likely by the system for using too much memory"
        return f"the worker process crashed ({name}) while on this document: a crash in a parser"
    return f"the worker process exited unexpectedly (exit code {code}) while on this document"


def pool_run(
    todo: list[Item],
    workers: int,
    limits: Limits,
    fn: Callable[[Item], tuple] = work,
    context=None,
    init: Callable[[Limits], None] | None = None,
) -> Iterator[tuple]:
    """Yield each item's result tuple, in completion order, from up to ``workers`` processes.

    A worker past the time limit (when its own alarm could not fire: stuck in C code) is
    killed and its document reported as a timeout; a worker that dies takes down only its
    own document, which is tried once more in a fresh worker before it is reported. A
    worker is started only while there is work for it.
    """
    if not todo:
        return
    ctx = context or _default_context()
    hard = limits.seconds + max(1.0, min(10.0, limits.seconds / 2))
    pending = deque(todo)
    tries: Counter = Counter()
    size = max(1, min(workers, len(todo)))
    pool: list[_Worker | None] = [None] * size
    load_failures = 0
    clean_exit = False
    try:
        while pending or any(w and w.item for w in pool):
            for i, w in enumerate(pool):
                if w is None and len(pending) > sum(1 for x in pool if x and x.item is None):
                    pool[i] = w = _Worker(ctx, limits, fn, init)
                if w is not None and w.ready and w.item is None and pending:
                    w.give(pending.popleft())
            live = [w for w in pool if w is not None]
            mp.connection.wait([w.conn for w in live] + [w.proc.sentinel for w in live], timeout=0.25)
            now = time.monotonic()
            for i, w in enumerate(pool):
                if w is None:
                    continue
                message = None
                try:
                    if w.conn.poll():
                        message = w.conn.recv()
                except (EOFError, OSError):
                    message = None
                if message is not None and message[0] == "init_failed":
                    raise BatchError(f"a worker could not load the pipeline: {message[1]}")
                if message is not None and message[0] == "ready":
                    w.ready = True
                    load_failures = 0
                    continue
                if message is not None:  # a result
                    w.item = None
                    if message[0] == "error" and message[2] in _RECYCLE:
                        w.stop()
                        pool[i] = None
                    elif pending:  # the next document first: it runs while the parent writes
                        w.give(pending.popleft())
                    yield message
                    continue
                if not w.proc.is_alive():
                    item = w.item
                    w.stop(kill=True)
                    pool[i] = None
                    if not w.ready:
                        load_failures += 1
                        if load_failures >= 3:
                            raise BatchError(f"worker processes keep dying while loading the pipeline ({_died(w.proc)})")
                    if item is not None:
                        tries[item.id] += 1
                        if tries[item.id] < 2:
                            pending.appendleft(item)
                        else:
                            yield ("error", item.id, "worker_crashed", _died(w.proc), {})
                    continue
                if w.item is not None and now - w.since > hard:
                    item = w.item
                    w.stop(kill=True)
                    pool[i] = None
                    yield ("error", item.id, "timeout", _timeout_message(limits), {})
                elif not w.ready and now - w.born > INIT_SECONDS:
                    raise BatchError(f"a worker took longer than {INIT_SECONDS:g} s to load the pipeline")
        clean_exit = True
    finally:
        for w in pool:
            if w is not None:
                w.stop(kill=not clean_exit)


# --- the output folder ---------------------------------------------------------------------


@lru_cache(maxsize=1)
def run_version() -> str:
    """The pipeline version plus the versions of the libraries that shape the output."""
    from importlib import metadata

    parts = [f"python {sys.version_info[0]}.{sys.version_info[1]}"]
    for name in ("pdfplumber", "pdfminer.six", "spacy", "fugashi", "unidic-lite", "pydantic",
                 "charset-normalizer"):
        try:
            parts.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{name} -")
    deps = hashlib.sha256("\n".join(parts).encode()).hexdigest()[:8]
    return f"{pipeline_version()}.{deps}"


class Manifest:
    """What the output folder holds: per document id, its content hash, version and outcome.

    ``manifest.json`` is rewritten whole at the end of a run; while documents are being
    processed, each outcome is appended to ``manifest.journal`` instead (a line per
    document, cheap however large the batch), so a killed run loses at most the last
    moment's work. Loading replays the journal over the manifest; a torn last line (the
    kill hit mid-write) is ignored. Invariant: an ``ok`` entry is only ever written, to
    either file, after its record file is durably on disk. ``records_jsonl`` names the
    record set that ``records.jsonl`` was last built from.
    """

    def __init__(self, out: Path):
        self.path = out / MANIFEST
        self.journal_path = out / JOURNAL
        self.docs: dict[str, dict] = {}
        self.jsonl: dict | None = None
        self._journal = None
        self._lines: list[str] = []
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = None
        if isinstance(data, dict) and data.get("format") == MANIFEST_FORMAT:
            docs = data.get("documents")
            if isinstance(docs, dict):
                self.docs = {k: v for k, v in docs.items() if _valid_entry(v)}
            if isinstance(data.get("records_jsonl"), dict):
                self.jsonl = data["records_jsonl"]
        self.replayed = self._replay()

    def _replay(self) -> bool:
        try:
            text = self.journal_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False
        for line in text.splitlines():
            try:
                rec = json.loads(line)
            except ValueError:
                continue
            if isinstance(rec, dict) and isinstance(rec.get("id"), str) and _valid_entry(rec.get("entry")):
                self.docs[rec["id"]] = rec["entry"]
        return True

    def record(self, doc_id: str, entry: dict) -> None:
        """Set an outcome; it reaches the journal at the next :meth:`flush`."""
        self.docs[doc_id] = entry
        self._lines.append(json.dumps({"id": doc_id, "entry": entry}, ensure_ascii=False) + "\n")

    def flush(self) -> None:
        """Append the outcomes recorded since the last flush (their records must be durable)."""
        if not self._lines:
            return
        if self._journal is None:
            self._journal = open(self.journal_path, "a", encoding="utf-8")
        self._journal.write("".join(self._lines))
        self._journal.flush()
        self._lines.clear()

    def save(self) -> None:
        """Write the whole manifest atomically; the journal it includes is then dropped."""
        body = {
            "format": MANIFEST_FORMAT,
            "documents": {k: self.docs[k] for k in sorted(self.docs)},
            "records_jsonl": self.jsonl,
        }
        atomic_write(self.path, json.dumps(body, ensure_ascii=False, indent=1) + "\n")
        self._lines.clear()
        if self._journal is not None:
            self._journal.close()
            self._journal = None
        _unlink(self.journal_path)

    def close(self) -> None:
        if self._journal is not None:
            self._journal.close()
            self._journal = None


def _valid_entry(v) -> bool:
    if not isinstance(v, dict) or not isinstance(v.get("version"), str):
        return False
    if v.get("status") == "ok":
        return (
            isinstance(v.get("sha256"), str)
            and isinstance(v.get("record_sha256"), str)
            and isinstance(v.get("record_bytes"), int)
        )
    return v.get("status") == "error" and isinstance(v.get("code"), str) and isinstance(v.get("message"), str)


class StatCache:
    """Size, times and inode of each file when it was last hashed: if none changed, the file
    is not read again. Only a cache: losing it costs one re-read of the input, nothing else."""

    def __init__(self, out: Path):
        self.path = out / STAT_CACHE
        self.old: dict[str, dict] = {}
        self.new: dict[str, dict] = {}
        with contextlib.suppress(OSError, ValueError, AttributeError):
            self.old = dict(json.loads(self.path.read_text(encoding="utf-8")).get("documents", {}))

    def fingerprint(self, item: Item) -> str:
        """The file's SHA-256, from the cache when its stat is unchanged; raises OSError."""
        st = os.stat(item.path)
        sig = [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns]
        known = self.old.get(item.id)
        if isinstance(known, dict) and known.get("stat") == sig and isinstance(known.get("sha256"), str):
            self.new[item.id] = known
            return known["sha256"]
        digest = sha256_file(item.path)
        st2 = os.stat(item.path)
        sig2 = [st2.st_dev, st2.st_ino, st2.st_size, st2.st_mtime_ns, st2.st_ctime_ns]
        # A file changed within the clock's resolution of being hashed could change again
        # without its times moving: such a file is hashed again next time (as git does).
        settled = time.time_ns() - max(st.st_mtime_ns, st.st_ctime_ns) > RACY_SECONDS * 1e9
        if sig == sig2 and settled:
            self.new[item.id] = {"stat": sig, "sha256": digest}
        return digest

    def save(self) -> None:
        body = {"documents": {k: self.new[k] for k in sorted(self.new)}}
        atomic_write(self.path, json.dumps(body, ensure_ascii=False) + "\n", sync_dir=False)


@contextlib.contextmanager
def _locked(out: Path) -> Iterator[None]:
    """One run per output folder at a time (the lock dies with its process, even on kill -9)."""
    try:
        import fcntl
    except ImportError:  # not POSIX: no locking
        yield
        return
    fd = os.open(out / LOCK, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as e:
            if e.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                raise BatchError(f"another run is writing to {out}; wait for it to finish") from None
            raise
        yield
    finally:
        os.close(fd)


def _unlink(path: Path) -> None:
    """Delete if there (a name too long to exist, or a folder, is not there either)."""
    with contextlib.suppress(OSError):
        path.unlink()


def _error_entry(sha: str | None, version: str, code: str, message: str) -> dict:
    return {"status": "error", "sha256": sha, "version": version, "code": code, "message": message}


def _unchanged(known: dict | None, sha: str, version: str, out: Path, doc_id: str) -> bool:
    """True when the manifest's outcome for this document still holds."""
    if not known or known.get("sha256") != sha or known.get("version") != version:
        return False
    if known["status"] == "error":
        return known["code"] in CONTENT_ERRORS
    try:
        return record_path(out, doc_id).stat().st_size == known["record_bytes"]
    except OSError:
        return False


def _sweep(out: Path, ok_ids: list[str]) -> None:
    """Leave in ``records/`` exactly the records of documents that succeeded (and no empty
    folders): records of removed documents or of a killed run's last moments go."""
    root = out / "records"
    keep = {str(record_path(out, i)) for i in ok_ids}
    for folder, _dirs, names in os.walk(root, topdown=False):
        for name in names:
            p = os.path.join(folder, name)
            if p not in keep and (name.endswith(".json") or name.startswith(TMP_PREFIX)):
                with contextlib.suppress(OSError):
                    os.unlink(p)
        if folder != str(root):
            with contextlib.suppress(OSError):
                os.rmdir(folder)  # only succeeds when empty


def _jsonl_key(manifest: Manifest, ok_ids: list[str]) -> str:
    h = hashlib.sha256()
    for doc_id in ok_ids:
        h.update(f"{doc_id}\t{manifest.docs[doc_id]['record_sha256']}\n".encode())
    return h.hexdigest()


def _write_jsonl(out: Path, ids: list[str]) -> int:
    """records.jsonl in id order, one compact record per line, streamed and written atomically."""
    size = 0
    with atomic_writer(out / JSONL) as f:
        for doc_id in ids:
            data = json.loads(record_path(out, doc_id).read_bytes())
            line = (json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")
            f.write(line)
            size += len(line)
    return size


def _check_not_input(paths: list[Path], out: Path) -> None:
    out_key = _dev_ino(out)
    for p in paths:
        if os.path.isdir(p) and _dev_ino(p) == out_key:
            raise BatchError(f"the output folder {out} is also an input folder; choose another --out")


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


# --- the run -------------------------------------------------------------------------------


def run(
    paths: list[Path],
    out: Path,
    workers: int | None = None,
    force: bool = False,
    limits: Limits | None = None,
    progress: bool = False,
    context=None,
) -> RunSummary:
    """Bring ``out`` up to date with the documents under ``paths``; return the run summary."""
    t0 = time.perf_counter()
    started = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    limits = limits or Limits()
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    _check_not_input(paths, out)
    with _locked(out):
        _unlink(out / SUMMARY)  # written last: no summary.json means the last run did not finish
        clean_debris(out)
        version = run_version()
        items, arg_errors = collect(paths, exclude=out)
        manifest = Manifest(out)
        if manifest.replayed:  # a killed run's journal: fold it in before anything else
            manifest.save()
        cache = StatCache(out)
        errors: dict[str, DocumentError] = {e.path: e for e in arg_errors}
        current = {item.id for item in items}
        removed = sorted(set(manifest.docs) - current)
        for doc_id in removed:
            _unlink(record_path(out, doc_id))
            del manifest.docs[doc_id]

        todo: list[Item] = []
        hashes: dict[str, str] = {}
        sizes: dict[str, int] = {}
        skipped = 0
        for item in items:
            known = manifest.docs.get(item.id)
            try:
                check_path(item.path, limits)
                sha = cache.fingerprint(item)
            except (IngestError, OSError) as e:
                if isinstance(e, OSError):
                    e = IngestError("unreadable", f"the file cannot be read: {e.strerror or e}")
                _unlink(record_path(out, item.id))
                manifest.docs[item.id] = _error_entry(None, version, e.code, e.message)
                errors[item.id] = DocumentError(path=item.id, code=e.code, message=e.message)
                continue
            if not force and _unchanged(known, sha, version, out, item.id):
                skipped += 1
                if known["status"] == "error":
                    errors[item.id] = DocumentError(path=item.id, code=known["code"], message=known["message"])
                continue
            hashes[item.id] = sha
            with contextlib.suppress(OSError):
                sizes[item.id] = os.stat(item.path).st_size
            todo.append(item)
        todo.sort(key=lambda it: (-sizes.get(it.id, 0), it.id))  # biggest first: even finish

        stage_seconds: Counter = Counter()
        dirty: set[Path] = set()
        last_flush = time.monotonic()
        bar = _progress(len(todo)) if progress and todo else None
        n = max(1, workers or default_workers())

        def flush() -> None:
            """Make the new records durable, then let the journal name them."""
            for folder in sorted(dirty, key=lambda p: -len(p.parts)):
                fsync_dir(folder)
            dirty.clear()
            manifest.flush()

        results = pool_run(todo, n, limits, context=context)
        try:
            for res in results:
                status, doc_id = res[0], res[1]
                stage_seconds.update(res[-1])
                path = record_path(out, doc_id)
                if status == "ok":
                    body = res[2].encode("utf-8")
                    try:
                        atomic_write(path, body, sync_dir=False)
                    except OSError as e:
                        status, res = "error", ("error", doc_id, "write_failed",
                                                f"the record could not be written: {e.strerror or e}", {})
                    else:
                        dirty.update(p for p in path.parents if out in p.parents or p == out)
                        manifest.record(doc_id, {
                            "status": "ok", "sha256": res[3], "version": version,
                            "record_sha256": hashlib.sha256(body).hexdigest(), "record_bytes": len(body),
                        })
                if status != "ok":
                    _unlink(path)
                    manifest.record(doc_id, _error_entry(hashes.get(doc_id), version, res[2], res[3]))
                    errors[doc_id] = DocumentError(path=doc_id, code=res[2], message=res[3])
                if bar is not None:
                    bar.advance(bar.task_ids[0])
                if time.monotonic() - last_flush > SAVE_EVERY:
                    flush()
                    last_flush = time.monotonic()
        except KeyboardInterrupt:
            flush()  # keep what is done: the next run resumes from here
            cache.save()
            raise
        finally:
            results.close()  # stops the workers now, also when interrupted
            manifest.close()
            if bar is not None:
                bar.stop()

        for folder in sorted(dirty, key=lambda p: -len(p.parts)):
            fsync_dir(folder)
        ok_ids = sorted(k for k in current if manifest.docs.get(k, {}).get("status") == "ok")
        _sweep(out, ok_ids)
        manifest.save()
        key = _jsonl_key(manifest, ok_ids)
        try:
            jsonl_size = (out / JSONL).stat().st_size
        except OSError:
            jsonl_size = -1
        if manifest.jsonl != {"key": key, "bytes": jsonl_size}:
            manifest.jsonl = {"key": key, "bytes": _write_jsonl(out, ok_ids)}
            manifest.save()
        cache.save()
        summary = RunSummary(
            pipeline_version=version,
            documents=len(items) + len(arg_errors),
            succeeded=len(ok_ids),
            processed=len(todo),
            skipped_unchanged=skipped,
            failed=len(errors),
            removed=removed,
            errors=[errors[k] for k in sorted(errors)],
            started_at=started,
            seconds=round(time.perf_counter() - t0, 3),
            stage_seconds={k: round(v, 4) for k, v in sorted(stage_seconds.items())},
        )
        atomic_write(out / SUMMARY, summary.model_dump_json(indent=1) + "\n")
        return summary


def _progress(total: int):
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    bar = Progress(
        "[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(),
        TimeRemainingColumn(), transient=True, console=Console(stderr=True),
    )
    bar.add_task("extract", total=total)
    bar.start()
    return bar


def _one_line(text: str) -> str:
    """Control characters (a newline in a file name) escaped: one failure, one line."""
    return "".join(c if c.isprintable() or c == " " else repr(c)[1:-1] for c in text)


def run_cli(args) -> int:
    limits = Limits(
        max_bytes=int(args.max_mb * 1024 * 1024), seconds=args.timeout, memory_mb=args.memory_mb
    )
    show = sys.stderr.isatty() and not args.quiet

    def terminate(signum, frame):
        raise KeyboardInterrupt

    old = signal.signal(signal.SIGTERM, terminate)
    try:
        summary = run(args.paths, args.out, args.workers, args.force, limits, show)
    except KeyboardInterrupt:
        print(
            "interrupted: finished documents are kept; run the same command again to resume",
            file=sys.stderr,
        )
        return 130
    except BatchError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except OSError as e:
        print(f"error: cannot write the output folder {args.out}: {e.strerror or e}", file=sys.stderr)
        return 2
    finally:
        signal.signal(signal.SIGTERM, old)
    for e in summary.errors:
        print(f"FAILED {_one_line(e.path)}: [{e.code}] {_one_line(e.message)}", file=sys.stderr)
    for r in summary.removed:
        print(f"REMOVED {_one_line(r)}: no longer in the input; its output was deleted", file=sys.stderr)
    if summary.documents == 0:
        print("warning: no documents found in the input", file=sys.stderr)
    print(
        f"{summary.documents} documents: {summary.succeeded} ok, {summary.failed} failed; "
        f"{summary.processed} processed, {summary.skipped_unchanged} unchanged (skipped); "
        f"{summary.seconds:.1f} s -> {args.out}",
        file=sys.stderr,
    )
    return 0 if summary.failed == 0 else 1
