"""Run a command as a user would and measure it: wall time, CPU time, peak memory.

Peak memory is taken two ways:
- ``maxrss_mb``: the kernel's peak resident set of the largest single process in the tree
  (``wait4`` rusage: the child's own peak and those of the descendants it waited for);
- ``tree_rss_mb`` / ``tree_pss_mb``: the peak of the summed RSS (and PSS, which counts pages
  shared by forked workers once) over the whole process tree, sampled with psutil when the
  ``bench`` extra is installed. PSS is the honest "how much memory does the run take" figure.

``extract run`` starts its workers from a forkserver that it does not wait for, so the kernel's
rusage of the run (``wait4``) covers the parent alone: worker memory and CPU time are only seen
by sampling. The sampler also reads the CPU time the rest of the machine used meanwhile, so a
figure taken while other programs were busy says so.
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

try:
    import psutil
except ImportError:  # the bench extra is optional
    psutil = None

RESULT_MARK = "BENCH-RESULT "


@dataclass
class Measured:
    argv: list[str]
    returncode: int
    wall_s: float
    user_s: float
    sys_s: float
    maxrss_mb: float
    tree_rss_mb: float | None = None
    tree_pss_mb: float | None = None
    tree_procs_max: int | None = None
    proc_rss_max_mb: float | None = None  # the largest single process seen by the sampler
    parent_rss_max_mb: float | None = None  # the command's own process (the run's parent)
    tree_cpu_s: float | None = None  # CPU seconds of every process of the tree (sampled)
    parent_cpu_s: float | None = None  # CPU seconds of the command's own process (sampled)
    machine_busy_s: float | None = None  # CPU seconds the whole machine was busy meanwhile
    others_cpu_s: float | None = None  # machine_busy_s - tree_cpu_s: other programs
    loadavg_start: float | None = None
    stdout: str = ""
    stderr: str = ""
    result: dict | None = field(default=None)

    def brief(self) -> dict:
        d = asdict(self)
        d.pop("stdout")
        d["stderr"] = self.stderr[-2000:]
        return d


class _Sampler(threading.Thread):
    """Sum RSS and PSS over a process and all its descendants, at a fixed interval."""

    def __init__(self, pid: int, interval: float = 0.05, pss_every: int = 4):
        super().__init__(daemon=True)
        self.pid = pid
        self.interval = interval
        self.pss_every = pss_every
        self.stop = threading.Event()
        self.rss = 0
        self.pss = 0
        self.procs = 0
        self.proc_rss = 0
        self.root_rss = 0
        self.cpu: dict[int, float] = {}  # pid -> last seen user + system seconds
        self.cached: dict[int, psutil.Process] = {}

    def run(self) -> None:
        try:
            root = psutil.Process(self.pid)
        except psutil.Error:
            return
        tick = 0
        while not self.stop.is_set():
            try:
                procs = [root, *root.children(recursive=True)]
            except psutil.Error:
                break
            rss = pss = 0
            for p in procs:
                p = self.cached.setdefault(p.pid, p)  # one object per pid
                try:
                    one = p.memory_info().rss
                    rss += one
                    self.proc_rss = max(self.proc_rss, one)
                    if p.pid == self.pid:
                        self.root_rss = max(self.root_rss, one)
                    t = p.cpu_times()
                    self.cpu[p.pid] = t.user + t.system
                    if tick % self.pss_every == 0:
                        pss += p.memory_full_info().pss
                except (psutil.Error, AttributeError):
                    pass
            self.rss = max(self.rss, rss)
            self.pss = max(self.pss, pss)
            self.procs = max(self.procs, len(procs))
            tick += 1
            self.stop.wait(self.interval)


def _busy() -> float | None:
    """CPU seconds the whole machine has been busy (all cores), from psutil."""
    if psutil is None:
        return None
    t = psutil.cpu_times()
    return sum(t) - t.idle - getattr(t, "iowait", 0.0)


def run_measured(argv: list[str], cwd: Path | None = None, env: dict | None = None) -> Measured:
    """Run ``argv`` to completion; a probe's last ``BENCH-RESULT {json}`` line is parsed."""
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    busy0 = _busy()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        p = subprocess.Popen(argv, cwd=cwd, env=env, stdout=out, stderr=err, stdin=subprocess.DEVNULL)
        sampler = _Sampler(p.pid) if psutil is not None else None
        if sampler:
            sampler.start()
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
        p.returncode = os.waitstatus_to_exitcode(status)
        busy = _busy() - busy0 if busy0 is not None else None
        if sampler:
            sampler.stop.set()
            sampler.join()
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    result = None
    for line in reversed(stdout.splitlines()):
        if line.startswith(RESULT_MARK):
            result = json.loads(line[len(RESULT_MARK):])
            break
    mb = 1024 * 1024
    tree_cpu = None
    if sampler and sampler.cpu:
        # Sampled per-process times miss each process's last tick; wait4's figure covers the
        # parent and the children it waited for. Take the larger.
        tree_cpu = max(sum(sampler.cpu.values()), ru.ru_utime + ru.ru_stime)
    return Measured(
        argv=[str(a) for a in argv],
        returncode=p.returncode,
        wall_s=wall,
        user_s=ru.ru_utime,
        sys_s=ru.ru_stime,
        maxrss_mb=ru.ru_maxrss / 1024,  # kilobytes on Linux
        tree_rss_mb=sampler.rss / mb if sampler and sampler.rss else None,
        tree_pss_mb=sampler.pss / mb if sampler and sampler.pss else None,
        tree_procs_max=sampler.procs if sampler else None,
        proc_rss_max_mb=sampler.proc_rss / mb if sampler and sampler.proc_rss else None,
        parent_rss_max_mb=max(sampler.root_rss / mb, ru.ru_maxrss / 1024) if sampler else None,
        tree_cpu_s=tree_cpu,
        parent_cpu_s=sampler.cpu.get(p.pid) if sampler else None,
        machine_busy_s=busy,
        others_cpu_s=max(0.0, busy - tree_cpu) if busy is not None and tree_cpu is not None else None,
        loadavg_start=load,
        stdout=stdout,
        stderr=stderr,
        result=result,
    )
