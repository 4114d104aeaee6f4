"""Benchmark: what the ``--jobs 2`` workers' extraction costs in CPU beyond one process's.

Extracts the given files (default: the bundled sample page and the invented articles) in three
ways, each in fresh processes, the rounds interleaved:

* ``alone``: the files split in two halves (alternate groups of 30 files, as a pool shares
  them), each half extracted in its own process, one after the other;
* ``together``: the same two processes at the same time (two cores shared by two processes
  that share nothing else: what the machine itself costs);
* ``pool``: all the files through :func:`kg.batch.extract_units` with ``jobs=2`` (forked
  workers, results pickled back to the parent).

Prints the CPU seconds (user + system; the workers' from ``RUSAGE_CHILDREN``) and minor page
faults of each, and the ratios ``together / alone`` (the machine's share) and ``pool /
together`` (the pool's own: the fork's copied pages, pickling, its collector). CPU seconds, not
wall-clock: other users of a shared machine disturb them less, though two processes on two
busy cores still slow each other. Usage::

    .venv/bin/python bench/bench_workers.py [FOLDER_OR_FILE ...] [--rounds 2]
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GROUP = 30  # files a half takes in turn


def _child(mode: str, files: list[str]) -> None:
    """Run one extraction in this (fresh) process and print its figures as one JSON line."""
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_build import clear_caches

    import kg.batch
    from kg.sources import iter_units

    if mode in ("0", "1"):
        files = [f for i, f in enumerate(files) if (i // GROUP) % 2 == int(mode)]
    kg.batch._load(None, warm=True)  # the tables loaded and warmed, as a --jobs parent before it forks
    clear_caches()
    me0, ch0 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    docs = sum(len(done.results) for done in kg.batch.extract_units(iter_units(files), None, 2 if mode == "pool" else 1))
    wall = time.perf_counter() - t0
    me1, ch1 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    who = (ch0, ch1) if mode == "pool" else (me0, me1)
    print(json.dumps({"docs": docs, "wall": wall,
                      "cpu": who[1].ru_utime + who[1].ru_stime - who[0].ru_utime - who[0].ru_stime,
                      "sys": who[1].ru_stime - who[0].ru_stime, "minflt": who[1].ru_minflt - who[0].ru_minflt,
                      "parent": me1.ru_utime + me1.ru_stime - me0.ru_utime - me0.ru_stime if mode == "pool" else 0.0}))


def _start(mode: str, files: list[str]) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, __file__, "--child", mode, *files], stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))})


def _read(proc: subprocess.Popen) -> dict:
    out, _ = proc.communicate()
    if proc.returncode:
        raise SystemExit(f"a child process failed (exit {proc.returncode})")
    return json.loads(out.strip().splitlines()[-1])


def _sum(rows: list[dict]) -> dict:
    return {k: sum(r[k] for r in rows) for k in ("docs", "cpu", "sys", "minflt", "parent")}


def main() -> None:
    """Print the table (see module docstring)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="*")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        _child(args.child, args.inputs)
        return
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_build import _inputs

    files = [str(f) for f in _inputs(args.inputs)]
    runs: dict[str, list[dict]] = {"alone": [], "together": [], "pool": []}
    for _ in range(args.rounds):
        runs["alone"].append(_sum([_read(_start("0", files)), _read(_start("1", files))]))
        both = [_start("0", files), _start("1", files)]
        runs["together"].append(_sum([_read(p) for p in both]))
        runs["pool"].append(_sum([_read(_start("pool", files))]))
        print(" ".join(f"{k} {v[-1]['cpu']:.2f} s" for k, v in runs.items()), "; load average",
              ", ".join(f"{x:.2f}" for x in os.getloadavg()), flush=True)
    med = {k: {f: statistics.median(r[f] for r in v) for f in v[0]} for k, v in runs.items()}
    print(f"files: {len(files)}, articles: {med['pool']['docs']:.0f}; CPU seconds (user + system), median of {args.rounds}")
    for k, m in med.items():
        extra = f", the parent {m['parent']:.2f} s" if k == "pool" else ""
        print(f"{k:9s} {m['cpu']:7.2f} s (system {m['sys']:.2f} s), {m['minflt']:8.0f} minor page faults{extra}")
    print(f"together / alone: {med['together']['cpu'] / med['alone']['cpu']:.3f}x (two processes sharing the machine)")
    print(f"pool / together:  {med['pool']['cpu'] / med['together']['cpu']:.3f}x (the pool's own cost)")


if __name__ == "__main__":
    main()
