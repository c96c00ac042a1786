"""Batch runs an archivist can trust: every good file a record, every bad file a named error,
the same bytes whatever the number of workers, re-runs that redo only what changed, and
output after kill -9 and a re-run equal to that of a clean run.

Every input is generated here (PDFs by ``make_pdf`` in conftest); nothing binary is committed.
"""

from __future__ import annotations

import contextlib
import faulthandler
import fcntl
import io
import json
import multiprocessing as mp
import os
import signal
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest

from extract import batch
from extract.batch import BatchError, Item, pool_run, run
from extract.cli import main
from extract.ingest import Limits

JA = "令和7年4月1日、横浜市で国際会議が開かれ、約2,000名が参加した。会場はパシフィコ横浜。\n"
EN = "On 1 April 2025, about 2,000 delegates met in Yokohama, Japan, at Pacifico Yokohama.\n"
ROOT_USER = os.geteuid() == 0
# Fields of summary.json that describe the run rather than the output folder.
RUN_FIELDS = {"seconds", "stage_seconds", "started_at", "processed", "skipped_unchanged"}


def put(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def snapshot(out: Path) -> dict[str, bytes]:
    """Every file in an output folder (hidden ones too), summary.json without run figures.
    The stat cache is left out: it holds file times, a speed-up that is not output."""
    files = {}
    for p in sorted(out.rglob("*")):
        rel = p.relative_to(out).as_posix()
        if p.is_dir() or rel == batch.STAT_CACHE:
            continue
        data = p.read_bytes()
        if rel == batch.SUMMARY:
            summary = {k: v for k, v in json.loads(data).items() if k not in RUN_FIELDS}
            data = json.dumps(summary, ensure_ascii=False, sort_keys=True).encode()
        files[rel] = data
    return files


def jsonl_ids(out: Path) -> list[str]:
    return [json.loads(line)["id"] for line in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()]


def codes(summary) -> dict[str, str]:
    return {e.path: e.code for e in summary.errors}


# --- the hostile batch ---------------------------------------------------------------------


def make_hostile(root: Path, make_pdf) -> dict[str, str | None]:
    """Write a batch of hostile and awkward files; return id -> expected error code (None: a record)."""
    expect: dict[str, str | None] = {}

    def add(name: str, data: bytes | str, code: str | None) -> None:
        put(root / name, data)
        expect[name] = code

    # awkward but valid
    add("en/report.txt", EN, None)
    add("ja/report.txt", JA, None)  # the same file name in another folder
    add("ja/報告書 2025年 第1回.txt", JA, None)  # non-ASCII with spaces
    add("encodings/shift_jis.txt", JA.encode("cp932"), None)
    add("encodings/euc-jp.txt", JA.encode("euc_jp"), None)
    add("encodings/utf-16.txt", JA.encode("utf-16"), None)
    add("encodings/utf-8-bom.md", "\ufeff# 報告\n" + JA, None)
    add("encodings/crlf.txt", (EN + JA).replace("\n", "\r\n"), None)
    add("pdf/ja.pdf", make_pdf([JA.strip(), EN.strip()]), None)
    add("pdf/restricted.pdf", make_pdf([EN.strip()], encrypt="restricted"), None)
    add("pdf/400-pages.pdf", make_pdf([f"Page {i}: Kyoto, {i} May 2024" for i in range(1, 401)], compress=True), None)
    os.symlink(root / "en/report.txt", root / "link-to-report.txt")
    expect["link-to-report.txt"] = None
    bad_name = os.fsencode(root / "legacy") + b"/caf\xe9 \x93\xfa\x96{.txt"  # a cp932 name on Linux
    os.makedirs(os.fsencode(root / "legacy"), exist_ok=True)
    with open(bad_name, "wb") as f:
        f.write(EN.encode())
    expect["legacy/caf\\xe9 \\x93\\xfa\\x96{.txt"] = None
    # bad
    add("bad/empty.txt", b"", "empty")
    add("bad/blank.txt", " \r\n\u3000\n", "empty")
    add("bad/junk.txt", bytes(range(256)) * 8, "binary")
    add("bad/nul.txt", JA.encode() + b"\x00" + JA.encode(), "binary")
    add("bad/undecodable.txt", JA.encode()[:20] + b"\xff\xfe\xfd" + JA.encode()[20:], "undecodable")
    good_pdf = make_pdf([EN.strip()] * 3)
    add("bad/truncated.pdf", good_pdf[: len(good_pdf) // 2], "truncated_pdf")
    add("bad/corrupt.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 4 + b"\n%%EOF\n", "corrupt_pdf")
    add("bad/not-a-pdf.pdf", EN, "not_pdf")
    add("bad/encrypted.pdf", make_pdf([EN.strip()], encrypt="password"), "encrypted")
    add("bad/scan.pdf", make_pdf(["", ""], image_only=True), "needs_ocr")
    add("bad/huge.txt", EN * 30_000, "too_large")  # 2.6 MB over --max-mb 2
    add("bad/photo.jpg", b"\xff\xd8\xff\xe0" + bytes(64), "unsupported_format")
    add("bad/notes.docx", b"PK\x03\x04" + bytes(64), "unsupported_format")
    os.symlink(root / "bad/missing.txt", root / "bad/dangling.txt")
    expect["bad/dangling.txt"] = "bad_link"
    os.symlink(root / "bad/loop-b.txt", root / "bad/loop-a.txt")
    os.symlink(root / "bad/loop-a.txt", root / "bad/loop-b.txt")
    expect["bad/loop-a.txt"] = expect["bad/loop-b.txt"] = "bad_link"
    os.symlink(root / "bad", root / "bad/folder-loop")  # a folder link back to its own folder
    expect["bad/folder-loop"] = "bad_link"
    os.mkfifo(root / "bad/pipe.txt")
    expect["bad/pipe.txt"] = "not_a_file"
    if not ROOT_USER:  # root reads files whatever their mode
        add("bad/unreadable.txt", EN, "unreadable")
        (root / "bad/unreadable.txt").chmod(0)
    add("bad/" + "n" * 248 + ".txt", EN, "write_failed")  # a legal name, too long for name + ".json"
    put(root / ".DS_Store", b"\0\0\0\1Bud1")  # hidden: not a document at all
    put(root / "en/.~lock.report.txt#", b"")
    return expect


HOSTILE_LIMITS = Limits(max_bytes=2 * 1024 * 1024, seconds=120, memory_mb=1024)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """The hostile batch run twice with 2 workers, and once more with 1 worker elsewhere."""
    from conftest import pdf_bytes

    base = tmp_path_factory.mktemp("hostile")
    src = base / "in"
    expect = make_hostile(src, pdf_bytes)
    out = base / "out"
    first = run([src], out, workers=2, limits=HOSTILE_LIMITS)
    first_files = snapshot(out)
    jsonl_stat = (out / "records.jsonl").stat()
    second = run([src], out, workers=2, limits=HOSTILE_LIMITS)
    one = run([src], base / "out1", workers=1, limits=HOSTILE_LIMITS)
    return {
        "src": src, "out": out, "expect": expect, "first": first, "second": second, "one": one,
        "first_files": first_files, "jsonl_stat": jsonl_stat, "out1": base / "out1",
    }


def test_every_bad_file_is_named_with_its_error_code(hostile):
    bad = {k: v for k, v in hostile["expect"].items() if v}
    assert codes(hostile["first"]) == bad


def test_every_good_file_has_a_record_and_nothing_else_has(hostile):
    good = sorted(k for k, v in hostile["expect"].items() if v is None)
    out = hostile["out"]
    assert jsonl_ids(out) == good
    on_disk = sorted(p.relative_to(out / "records").as_posix()[: -len(".json")] for p in (out / "records").rglob("*.json"))
    assert on_disk == good
    for doc_id in good:
        record = json.loads((out / "records" / f"{doc_id}.json").read_text(encoding="utf-8"))
        assert record["id"] == record["source"]["path"] == doc_id
        assert record["text"].strip()


def test_summary_counts_add_up(hostile):
    s, expect = hostile["first"], hostile["expect"]
    assert s.documents == len(expect) == s.succeeded + s.failed
    assert s.succeeded == sum(v is None for v in expect.values())
    assert s.removed == [] and s.skipped_unchanged == 0
    for e in s.errors:
        assert e.message and "\n" not in e.message and "Traceback" not in e.message


def test_awkward_inputs_give_normal_records(hostile):
    out = hostile["out"] / "records"

    def rec(doc_id):
        return json.loads((out / f"{doc_id}.json").read_text(encoding="utf-8"))

    for doc_id in ("encodings/shift_jis.txt", "encodings/euc-jp.txt", "encodings/utf-16.txt"):
        assert rec(doc_id)["text"] == JA, doc_id
    assert rec("encodings/utf-8-bom.md")["text"].startswith("# 報告\n")
    assert "\r" not in rec("encodings/crlf.txt")["text"]
    long = rec("pdf/400-pages.pdf")
    assert long["source"]["pages"] == 400 and len(long["pages"]) == 400
    assert rec("pdf/restricted.pdf")["text"] == EN.strip()
    assert rec("ja/報告書 2025年 第1回.txt")["text"] == JA
    assert rec("en/report.txt")["text"] == rec("link-to-report.txt")["text"] == EN


def test_one_worker_and_two_workers_write_the_same_bytes(hostile):
    two, one = snapshot(hostile["out"]), snapshot(hostile["out1"])
    assert sorted(two) == sorted(one)
    for name in two:
        assert two[name] == one[name], name


def test_records_hold_nothing_from_the_run(hostile):
    text = (hostile["out"] / "records.jsonl").read_text(encoding="utf-8")
    assert str(hostile["src"]) not in text  # no absolute paths
    assert time.strftime("%Y-%m-%d") not in text  # no run dates


def test_second_run_redoes_nothing_and_changes_nothing(hostile):
    second, expect = hostile["second"], hostile["expect"]
    # content errors are reported from the manifest; link, pipe, size and format errors
    # are found again by looking at the file, without a worker; only the record that could
    # not be written (it might have been a full disk) is tried again
    assert second.processed == 1
    assert second.skipped_unchanged == second.succeeded + sum(
        c in batch.CONTENT_ERRORS for c in codes(second).values()
    )
    assert codes(second) == codes(hostile["first"])
    assert snapshot(hostile["out"]) == hostile["first_files"]
    st = (hostile["out"] / "records.jsonl").stat()
    assert (st.st_ino, st.st_mtime_ns) == (hostile["jsonl_stat"].st_ino, hostile["jsonl_stat"].st_mtime_ns)
    assert all(v is None or k in codes(second) for k, v in expect.items())


# --- limits: one document cannot take the machine ------------------------------------------


def test_time_and_memory_limits_stop_one_document_not_the_batch(tmp_path, make_pdf):
    src = tmp_path / "in"
    put(src / "good.txt", EN)
    # 128 MB of spaces in 130 KB: a decompression bomb
    c = zlib.compressobj(9)
    bomb = b"".join(c.compress(b" " * (1 << 20)) for _ in range(128)) + c.flush()
    put(src / "bomb.pdf", make_pdf(["x"], raw_content=bomb, raw_filter="FlateDecode"))
    # 200,000 drawing operators: seconds of parsing, little memory
    put(src / "slow.pdf", make_pdf(["x"], raw_content=zlib.compress(b"q Q " * 200_000), raw_filter="FlateDecode"))
    t = time.monotonic()
    s = run([src], tmp_path / "out", workers=2, limits=Limits(seconds=1.0, memory_mb=48))
    assert codes(s) == {"bomb.pdf": "memory_limit", "slow.pdf": "timeout"}
    assert s.succeeded == 1
    assert "1 s" in next(e.message for e in s.errors if e.code == "timeout")
    assert time.monotonic() - t < 20


def _stuck(item: Item) -> tuple:
    """Stand-in for a parser stuck in C code: the alarm cannot interrupt it."""
    if "stuck" in item.id:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(60)
    if "crash" in item.id:
        faulthandler.disable()  # pytest's would print the stack of this deliberate crash
        os.kill(os.getpid(), signal.SIGSEGV)
    return ("ok", item.id, "{}\n", "0" * 64, {})


def _no_init(limits: Limits) -> None:
    """Workers for the pool test need no pipeline."""


def test_a_stuck_or_crashing_worker_is_replaced_and_charged_to_its_document_only():
    items = [Item(Path(n), n) for n in ("a", "stuck", "b", "crash", "c", "d")]
    t = time.monotonic()
    fork = mp.get_context("fork")
    results = list(pool_run(items, 2, Limits(seconds=0.5), fn=_stuck, context=fork, init=_no_init))
    assert time.monotonic() - t < 15
    by_id = {r[1]: r for r in results}
    assert sorted(by_id) == ["a", "b", "c", "crash", "d", "stuck"] and len(results) == 6
    assert by_id["stuck"][2] == "timeout"
    assert by_id["crash"][2] == "worker_crashed" and "SIGSEGV" in by_id["crash"][3]
    assert all(by_id[k][0] == "ok" for k in "abcd")


# --- incremental ---------------------------------------------------------------------------


@pytest.fixture
def small(tmp_path):
    src = tmp_path / "in"
    put(src / "a.txt", EN)
    put(src / "b.txt", JA)
    put(src / "sub/c.txt", EN.replace("Yokohama", "Kobe"))
    return src, tmp_path / "out"


def test_rerun_redoes_changed_and_new_documents_and_reports_removed_ones(small):
    src, out = small
    assert run([src], out, workers=1).processed == 3
    s = run([src], out, workers=1)
    assert (s.processed, s.skipped_unchanged, s.succeeded) == (0, 3, 3)

    put(src / "a.txt", EN.replace("2,000", "3,000"))
    put(src / "d.txt", JA.replace("横浜", "神戸"))
    (src / "sub/c.txt").unlink()
    s = run([src], out, workers=1)
    assert (s.processed, s.skipped_unchanged, s.succeeded, s.removed) == (2, 1, 3, ["sub/c.txt"])
    assert not (out / "records/sub").exists()  # the record and its emptied folder are gone
    assert jsonl_ids(out) == ["a.txt", "b.txt", "d.txt"]
    assert "3,000" in json.loads((out / "records/a.txt.json").read_text(encoding="utf-8"))["text"]
    assert "sub/c.txt" not in json.loads((out / "manifest.json").read_text(encoding="utf-8"))["documents"]

    assert run([src], out, workers=1, force=True).processed == 3


def test_a_failed_document_is_reported_again_and_redone_once_fixed(small):
    src, out = small
    put(src / "bad.txt", "")
    s = run([src], out, workers=1)
    assert codes(s) == {"bad.txt": "empty"}
    s = run([src], out, workers=1)  # unchanged: not redone, still failed
    assert (s.processed, codes(s)) == (0, {"bad.txt": "empty"})
    put(src / "bad.txt", EN)
    s = run([src], out, workers=1)
    assert (s.processed, s.failed, s.succeeded) == (1, 0, 4)
    put(src / "a.txt", b"\x00\x01\x02")  # a good document turns bad: its record goes
    s = run([src], out, workers=1)
    assert codes(s) == {"a.txt": "binary"}
    assert not (out / "records/a.txt.json").exists() and "a.txt" not in jsonl_ids(out)


def test_errors_that_do_not_depend_on_the_content_are_tried_again(small):
    src, out = small
    os.symlink(src / "later.txt", src / "link.txt")
    assert codes(run([src], out, workers=1)) == {"link.txt": "bad_link"}
    put(src / "later.txt", EN)
    s = run([src], out, workers=1)
    assert s.failed == 0 and "link.txt" in jsonl_ids(out)


def test_a_lost_or_damaged_record_is_redone(small):
    src, out = small
    run([src], out, workers=1)
    clean = snapshot(out)
    (out / "records/a.txt.json").unlink()
    put(out / "records/b.txt.json", '{"id": "b.txt"}\n')
    s = run([src], out, workers=1)
    assert s.processed == 2
    assert snapshot(out) == clean


def test_records_jsonl_is_rebuilt_when_stale_or_missing(small):
    src, out = small
    run([src], out, workers=1)
    clean = snapshot(out)
    put(out / "records.jsonl", "stale\n")
    assert run([src], out, workers=1).processed == 0
    assert snapshot(out) == clean
    (out / "records.jsonl").unlink()
    assert run([src], out, workers=1).processed == 0
    assert snapshot(out) == clean


def test_debris_and_orphan_records_are_swept(small):
    src, out = small
    run([src], out, workers=1)
    clean = snapshot(out)
    put(out / "records/ghost.txt.json", "{}")
    put(out / "records/old/gone.txt.json", "{}")
    put(out / "records/sub/.tmp-x1y2", "{half")
    put(out / ".tmp-manifest", "{half")
    run([src], out, workers=1)
    assert snapshot(out) == clean
    assert not (out / "records/old").exists()


def test_unchanged_files_are_not_read_again(small, monkeypatch):
    src, out = small
    hashed: list[str] = []
    real = batch.sha256_file
    monkeypatch.setattr(batch, "sha256_file", lambda p: hashed.append(Path(p).name) or real(p))
    run([src], out, workers=1)
    # just written: within the clock's resolution, so hashed again next time
    run([src], out, workers=1)
    assert sorted(hashed) == ["a.txt", "a.txt", "b.txt", "b.txt", "c.txt", "c.txt"]
    monkeypatch.setattr(batch, "RACY_SECONDS", 0.0)
    run([src], out, workers=1)
    hashed.clear()
    s = run([src], out, workers=1)
    assert hashed == [] and s.skipped_unchanged == 3
    # same size, mtime put back: the inode change time still gives it away
    st = (src / "a.txt").stat()
    put(src / "a.txt", EN.replace("2,000", "9,000"))
    os.utime(src / "a.txt", ns=(st.st_atime_ns, st.st_mtime_ns))
    s = run([src], out, workers=1)
    assert hashed == ["a.txt"] and s.processed == 1
    assert "9,000" in (out / "records/a.txt.json").read_text(encoding="utf-8")


def test_interrupted_run_keeps_finished_documents(small, monkeypatch):
    src, out = small
    put(src / "e.txt", EN)
    real = batch.pool_run

    def interrupted(todo, *args, **kwargs):
        results = real(todo, *args, **kwargs)
        yield next(results)
        yield next(results)
        results.close()
        raise KeyboardInterrupt

    monkeypatch.setattr(batch, "pool_run", interrupted)
    with pytest.raises(KeyboardInterrupt):
        run([src], out, workers=1)
    assert not (out / "summary.json").exists()  # no summary: the run did not finish
    monkeypatch.setattr(batch, "pool_run", real)
    s = run([src], out, workers=1)
    assert (s.processed, s.succeeded) == (2, 4)


class Crash(BaseException):
    """Stands for kill -9: nothing catches it, nothing is tidied."""


@pytest.mark.parametrize("target", ["records.jsonl", "manifest.json", "summary.json"])
def test_a_crash_while_finishing_is_mended_by_the_next_run(tmp_path, monkeypatch, target):
    src = tmp_path / "in"
    put(src / "a.txt", EN)
    put(src / "b.txt", JA)
    put(src / "bad.txt", "")
    run([src], tmp_path / "clean", workers=1)
    real_writer, real_write = batch.atomic_writer, batch.atomic_write

    def writer(path, *a, **k):
        if path.name == target:
            raise Crash
        return real_writer(path, *a, **k)

    def write(path, *a, **k):
        if path.name == target:
            raise Crash
        return real_write(path, *a, **k)

    monkeypatch.setattr(batch, "atomic_writer", writer)
    monkeypatch.setattr(batch, "atomic_write", write)
    out = tmp_path / "out"
    with pytest.raises(Crash):
        run([src], out, workers=1)
    monkeypatch.setattr(batch, "atomic_writer", real_writer)
    monkeypatch.setattr(batch, "atomic_write", real_write)
    run([src], out, workers=1)
    assert snapshot(out) == snapshot(tmp_path / "clean")


# --- kill -9 -------------------------------------------------------------------------------


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "extract.cli", "run", *args, "--quiet"]


def test_kill_9_mid_run_then_rerun_equals_a_clean_run(tmp_path, make_pdf):
    src = tmp_path / "in"
    n = 300
    for i in range(n):
        folder = src / f"batch{i % 7}"
        if i % 50 == 7:
            put(folder / f"doc{i:03d}.pdf", make_pdf([f"Page one of {i}: Osaka, {i % 28 + 1} May 2024", JA.strip()]))
        elif i % 60 == 11:
            put(folder / f"doc{i:03d}.txt", b"\x00junk" * 9)
        elif i % 2:
            put(folder / f"doc{i:03d}.txt", JA.replace("2,000", f"{i},000"))
        else:
            put(folder / f"doc{i:03d}.txt", EN.replace("2,000", f"{i},000"))
    out = tmp_path / "out"
    proc = subprocess.Popen(_cli(str(src), "--out", str(out), "--workers", "2"),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        done = len(list((out / "records").rglob("*.json"))) if (out / "records").exists() else 0
        if done >= n // 3:
            break
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    records = list((out / "records").rglob("*.json"))
    assert n // 3 <= len(records) < n - 10, "the kill did not land mid-run"
    assert not (out / "summary.json").exists()
    for p in records:  # nothing half-written
        json.loads(p.read_bytes())
    resumed = batch.Manifest(out).docs  # manifest.json with the killed run's journal
    assert resumed, "the journal kept nothing of the work done"
    for doc_id, entry in resumed.items():  # it names only records on disk
        assert entry["status"] != "ok" or (out / "records" / f"{doc_id}.json").exists()

    for attempt in range(3):
        again = subprocess.run(_cli(str(src), "--out", str(out), "--workers", "2"), capture_output=True, text=True)
        clean_out = tmp_path / f"clean{attempt}"
        clean = subprocess.run(_cli(str(src), "--out", str(clean_out), "--workers", "2"),
                               capture_output=True, text=True)
        summary = json.loads((out / "summary.json").read_bytes())
        if attempt == 0 and {e["version"] for e in resumed.values()} == {summary["pipeline_version"]}:
            assert summary["processed"] == n - len(resumed)  # the re-run did only what was left
        versions = {json.loads((o / "summary.json").read_bytes())["pipeline_version"] for o in (out, clean_out)}
        if len(versions) == 1:
            break  # else the source tree was edited between the two runs: both run again
    assert again.returncode == clean.returncode == 1  # the junk files
    assert not list(out.rglob(".tmp-*"))
    a, b = snapshot(out), snapshot(clean_out)
    assert sorted(a) == sorted(b)
    for name in a:
        assert a[name].decode(errors="replace").splitlines() == b[name].decode(errors="replace").splitlines(), name
    assert len(jsonl_ids(out)) == n - sum(1 for i in range(n) if i % 60 == 11)


# --- the command line and the output folder -------------------------------------------------


def cli(*args: str) -> tuple[int, list[str]]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main(["run", *args, "--quiet", "--workers", "1"])
    return code, err.getvalue().splitlines()


def test_exit_status_and_one_line_reason_per_failure(small):
    src, out = small
    code, lines = cli(str(src), "--out", str(out))
    assert code == 0 and lines[-1].startswith("3 documents: 3 ok, 0 failed")
    put(src / "empty.txt", "")
    put(src / "x\ny.pdf", "not a pdf")
    code, lines = cli(str(src), "--out", str(out))
    assert code == 1
    assert lines[:2] == [
        "FAILED empty.txt: [empty] the file is empty",
        "FAILED x\\ny.pdf: [not_pdf] named .pdf but is not a PDF (no %PDF header)",
    ]
    (src / "empty.txt").unlink()
    (src / "x\ny.pdf").unlink()
    code, lines = cli(str(src), "--out", str(out))
    assert code == 0
    assert lines[0] == "REMOVED empty.txt: no longer in the input; its output was deleted"


def test_missing_input_is_an_error_and_a_failure(tmp_path):
    code, lines = cli(str(tmp_path / "nowhere"), "--out", str(tmp_path / "out"))
    assert code == 1 and lines[0].startswith("FAILED ") and "[not_found]" in lines[0]


def test_one_run_per_output_folder(small):
    src, out = small
    out.mkdir()
    with open(out / batch.LOCK, "w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        with pytest.raises(BatchError, match="another run"):
            run([src], out, workers=1)
        code, lines = cli(str(src), "--out", str(out))
        assert code == 2 and lines[0].startswith("error: another run")


def test_output_folder_inside_the_input_is_not_read_as_input(small):
    src, _ = small
    s = run([src], src / "out", workers=1)
    assert (s.documents, s.failed) == (3, 0)
    s = run([src], src / "out", workers=1)
    assert (s.documents, s.processed) == (3, 0)
    with pytest.raises(BatchError, match="also an input"):
        run([src], src, workers=1)


def test_file_arguments_and_ids(tmp_path):
    put(tmp_path / "x/a.txt", EN)
    put(tmp_path / "y/a.txt", JA)
    s = run([tmp_path / "x/a.txt", tmp_path / "y"], tmp_path / "out", workers=1)
    assert s.succeeded == 2 and jsonl_ids(tmp_path / "out") == ["x/a.txt", "y/a.txt"]
    # a folder argument gives ids relative to it, whatever sits inside
    put(tmp_path / "z/only/deep.txt", EN)
    run([tmp_path / "z"], tmp_path / "out2", workers=1)
    assert jsonl_ids(tmp_path / "out2") == ["only/deep.txt"]
