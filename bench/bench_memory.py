"""Benchmark: peak memory and time of ``kg build PAGE --no-html`` against a baseline checkout, in one run.

Writes a generated page file of about ``--size`` megabytes (``bench/bench_stream.py``'s
``write_page``: real sentences recombined, names varied), then builds it with this checkout's
``kg`` and with ``--baseline``'s (PYTHONPATH; this virtualenv), each in a fresh process,
alternating, ``--repeat`` times, as ``kg build PAGE -o OUT --no-html --quiet --max-file-size 2G``
does it. Prints for each: the peak resident memory (``ru_maxrss``), CPU seconds (user + system),
wall-clock seconds, the ratios this / baseline (peak: the largest of the runs; times: the best),
the load average, and whether the two ``graph.ttl`` are byte-identical (they must be).

Usage::

    .venv/bin/python bench/bench_memory.py --baseline /path/to/main/checkout [--size 5] [--repeat 1] [--keep DIR]
"""
from __future__ import annotations

import argparse
import filecmp
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(page: Path, out: Path, tree: Path) -> tuple[float, float, float]:
    """Build ``page`` into ``out`` with the ``kg`` of ``tree``; (peak RSS MB, CPU s, wall s)."""
    env = dict(os.environ, PYTHONPATH=str(tree))
    cmd = [sys.executable, "-m", "kg", "build", str(page), "-o", str(out), "--no-html", "--quiet",
           "--max-file-size", "2G"]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=tree, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed ({tree}): {proc.stderr.read().decode()[-2000:]}")
    return usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime, wall


def main() -> None:
    """Command line (see the module docstring)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--baseline", required=True, help="a checkout whose kg package is the baseline")
    ap.add_argument("--size", type=float, default=5, help="megabytes of the page file")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--keep", help="write the page file and outputs here (the page is reused)")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_stream import write_page

    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="kg-bench-memory-"))
    folder.mkdir(parents=True, exist_ok=True)
    page = folder / f"page-{args.size:g}MB.txt"
    if not page.exists():
        write_page(page, args.size)
    trees = {"baseline": Path(args.baseline).resolve(), "this": ROOT}
    got: dict[str, list[tuple[float, float, float]]] = {name: [] for name in trees}
    for _ in range(args.repeat):
        for name, tree in trees.items():
            got[name].append(run(page, folder / f"out-{name}", tree))
    print(f"{page.name}: {page.stat().st_size / 1024 / 1024:.1f} MB; best of {args.repeat}")
    best = {name: (max(r[0] for r in runs), min(r[1] for r in runs), min(r[2] for r in runs))
            for name, runs in got.items()}
    for name, (peak, cpu, wall) in best.items():
        print(f"  {name:>8}: peak {peak:7.0f} MB   cpu {cpu:7.1f} s   wall {wall:7.1f} s")
    (p0, c0, w0), (p1, c1, w1) = best["baseline"], best["this"]
    print(f"  this / baseline: peak {p1 / p0:.2f}   cpu {c1 / c0:.2f}   wall {w1 / w0:.2f}")
    same = filecmp.cmp(folder / "out-baseline/graph.ttl", folder / "out-this/graph.ttl", shallow=False)
    print(f"  graph.ttl byte-identical: {same}; load average {', '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
